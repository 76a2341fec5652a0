"""The first word of a fund's name checked by the evidence (fund_first_word.py, issue 19,
session 34). Sentences of our own wording, invented funds, not the documents' (both scripts)."""

from __future__ import annotations

import pytest
from policykg.ingest.extract.entities import recognise
from policykg.ingest.extract.fund_first_word import (
    clause_verb_first_word,
    completes_the_clause_word,
)
from policykg.ingest.script import to_simplified


def funds(text: str) -> list[str]:
    simplified = to_simplified(text)
    return [c.name_in(text) for c in recognise(simplified, 0, len(text)) if c.kind == "Fund"]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # a verb of the clause first: its object is the fund
        ("各区卫生部门，测算渔船保险基金收支缺口。", "渔船保险基金"),
        ("各縣市政府，測算漁船保險基金收支缺口。", "漁船保險基金"),
        # a modal inside the phrase: the predicate follows it
        ("市人社部门应当测算渔船保险基金收支缺口。", "渔船保险基金"),
        # a person a cut verb qualifies (参保|人员)
        ("不得截留参保人员渔船保险基金缴费记录。", "渔船保险基金"),
        # the rest of a copula the segmenter cut (是|指)
        ("本办法所称补助标准，是指渔船保险互助基金按月拨付的数额。", "渔船保险互助基金"),
    ],
)
def test_a_clause_word_begins_no_fund_name(text, name):
    found = funds(text)
    assert name in found
    assert not [f for f in found if f != name and f.endswith(name)]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("本省设立应用技术研究专项资金，", "应用技术研究专项资金"),  # a fund verb's object
        ("由推广贸易基金支付。", "推广贸易基金"),  # a verb a fund name of the laws begins with
        ("教育發展基金由本會監督。", "教育發展基金"),  # a verb mostly inside names
    ],
)
def test_a_verb_the_name_holds_stays(text, name):
    assert name in funds(text)


def test_a_clause_verb_is_left_out_even_where_the_rest_names_a_kind():
    # 工伤保险|基金: one modifier, a kind to fund_classes; no label glued to the verb either
    assert not [
        f for f in funds("市人社部门应当测算护理保险基金收支缺口。") if f.startswith("测算")
    ]


def test_the_evidence_reads_the_words_so():
    assert clause_verb_first_word("测算")
    assert not clause_verb_first_word("教育")  # inside units as often as outside
    assert not clause_verb_first_word("推广")  # a first word of the laws' fund names
    assert completes_the_clause_word("人员")
    assert completes_the_clause_word("指")
    assert not completes_the_clause_word("市")  # a level of government alone


def test_a_noun_of_its_own_after_a_verb_begins_the_name():
    # 保险 is seldom inside units, yet no person's role nor a piece of the verb
    assert "渔业保险保障基金" in funds("投保机构应当按期缴纳渔业保险保障基金。")
    assert not completes_the_clause_word("保险")
