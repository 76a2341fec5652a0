"""Funds whose head is a money word other than 基金 (money_pools.py, issue 19, session 34).
Sentences of our own wording, invented funds and places, not the documents' (both scripts)."""

from __future__ import annotations

import pytest
from policykg.ingest.extract.entities import recognise
from policykg.ingest.extract.money_pools import money_head, money_heads, pooled_in
from policykg.ingest.script import to_simplified


def funds(text: str) -> list[tuple[str, str]]:
    simplified = to_simplified(text)
    return [
        (c.name_in(text), c.rule) for c in recognise(simplified, 0, len(text)) if c.kind == "Fund"
    ]


def test_the_heads_come_from_the_corpus_and_leave_payments_out():
    heads = money_heads()
    assert "准备金" in heads and "储金" in heads and "周转金" in heads
    for payment in ("罚金", "抚恤金", "保证金", "违约金", "奖学金", "现金", "公积金"):
        assert payment not in heads
    assert not money_head("发展基金")  # the fund reader's own head
    assert money_head("准备金")


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("县人民政府应当设立防汛救灾准备金，用于应对突发事件。", "防汛救灾准备金"),
        ("农业产业周转金的筹集和使用办法由省人民政府规定。", "农业产业周转金"),
        ("資遣離職儲金之收支及管理，由監理會辦理。", "資遣離職儲金"),
        ("所需費用由農業災害準備金中支應。", "農業災害準備金"),
    ],
)
def test_a_pool_the_document_sets_up_manages_or_draws_from_is_a_fund(text, name):
    assert (name, "rule:money-pool") in funds(text)


@pytest.mark.parametrize(
    "text",
    [
        "民政部门按月发给困难家庭救助储金。",  # paid to a person only
        "当事人应当缴纳履约保证金。",  # a deposit: no head of the list
        "对其并处罚金。",
        "本公司之災害準備金依規定提列。",  # 提列, no frame of a pool
    ],
)
def test_a_payment_or_a_head_named_without_a_pool_is_none(text):
    assert funds(text) == []


def test_pooled_in_reads_the_frames():
    text = "从甲乙准备金中支付；丙丁储金之收支；挪用戊己周转金"
    assert pooled_in(text, 0, len(text), "甲乙准备金")
    assert pooled_in(text, 0, len(text), "丙丁储金")
    assert pooled_in(text, 0, len(text), "戊己周转金")
    assert not pooled_in(text, 0, len(text), "庚辛准备金")


def test_a_reserve_one_employer_keeps_in_its_account_is_none():
    # 专户 (an account) is no frame of a pool: every employer keeps one for its reserve
    assert funds("本公司提撥之員工資遣準備金，應存入本公司員工資遣準備金專戶。") == []


def test_a_reserve_a_firm_sets_aside_from_its_surplus_is_none():
    # 提撥 (set aside from one's own surplus) is how a firm keeps its reserve: no pool
    assert funds("本公司如有盈餘，應優先提撥員工資遣準備金。") == []
