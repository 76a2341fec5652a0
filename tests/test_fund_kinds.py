"""Kinds of funds a text defines or governs are no fund names (issue 19, session 25).
Sentences of our own wording, other bodies and other funds than the text that showed the
need (both scripts)."""

from __future__ import annotations

import pytest
from policykg.ingest.extract.entities import recognise
from policykg.ingest.extract.fund_kinds import after_negated_attribute, object_of_a_predicate
from policykg.ingest.extract.phrases import tokenise
from policykg.ingest.script import to_simplified


def funds(text: str) -> list[str]:
    simplified = to_simplified(text)
    return [c.name_in(text) for c in recognise(simplified, 0, len(text)) if c.kind == "Fund"]


@pytest.mark.parametrize(
    "text",
    [
        # a verb right before a bare head after a norm, an adverb or glued to one: its object
        "此外，依照前条规定审查基金运用情况。",
        "此外，各委員會應逐年審查基金運用之績效。",
        "此外，受托机构应依合同约定募集基金，不得公开宣传。",
        "此外，該法人應依本條例募集基金，並報主管機關備查。",
        # a modal glued to the verb (应|审酌) or an adverb before it (已|载明): the clause's
        "此外，受托人应审酌基金的规模，确定费率。",
        "此外，受託人應審酌基金之規模，酌定費率。",
        "此外，其他条例已载明基金之运用者，依其规定。",
        "此外，設置辦法已訂明基金之收支項目者，從其規定。",
    ],
)
def test_a_predicate_before_a_bare_head_names_no_fund(text):
    assert funds(text) == []


@pytest.mark.parametrize(
    "text",
    [
        # a negated attribute before a kind: a class by exclusion
        "此外，各部门不得擅自新设非经营性专项基金。",
        "此外，各部會不得擅自增設非營業循環基金。",
        "此外，該法人得設立非營利公益基金。",
        "此外，协会可以设立非营利公益基金。",
    ],
)
def test_a_negated_attribute_before_a_kind_is_a_kind(text):
    assert funds(text) == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # a word the laws' fund names hold before their head stays the name's
        ("此外，省人民政府设立海洋生态保护基金，", "海洋生态保护基金"),
        ("此外，由渔业灾害救助基金给予补助。", "渔业灾害救助基金"),
        ("此外，市政府設立文化藝術發展基金，", "文化藝術發展基金"),
        # a negated word before a phrase that names one fund: the fund stays
        ("此外，市政府设立非物质文化遗产传承保护基金，", "非物质文化遗产传承保护基金"),
        # a two-character word 非 begins is a word, not a negation (a continent, heritage)
        ("此外，市政府设立非遗保护基金，", "非遗保护基金"),
        ("此外，本署得設立非洲農業合作基金，", "非洲農業合作基金"),
    ],
)
def test_named_funds_stay(text, name):
    assert name in funds(text)


def _tokens(simplified: str):
    return tokenise(simplified, 0, len(simplified))


def test_the_predicate_must_stand_right_before_a_bare_head():
    tokens = _tokens("审议会依本规定审查基金存续")
    head = next(i for i, t in enumerate(tokens) if t.word == "基金")
    assert object_of_a_predicate(tokens, 0, head)
    assert not object_of_a_predicate(tokens, head, head)  # no word of the phrase before it
    named = _tokens("设立渔业灾害救助基金")
    head = next(i for i, t in enumerate(named) if t.word == "基金")
    assert not object_of_a_predicate(named, 0, head)  # 救助: a fund name's word


def test_after_a_negated_attribute():
    assert after_negated_attribute(["非", "营利", "公益", "基金"]) == ["公益", "基金"]
    assert after_negated_attribute(["非营利", "公益", "基金"]) == ["公益", "基金"]
    assert after_negated_attribute(["非遗", "保护", "基金"]) is None
    assert after_negated_attribute(["非洲", "合作", "基金"]) is None
    assert after_negated_attribute(["公益", "基金"]) is None
    assert after_negated_attribute(["非", "营利"]) is None
    assert after_negated_attribute(["新设", "非", "营业", "循环", "基金"]) == ["循环", "基金"]
