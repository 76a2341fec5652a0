"""Two more rules of the names vocabulary (ingest/extract/name_words.py, issue 19, session 15):
`object_after_verb` (a subject, a clause verb no name holds, then its object of several
words) and `joined_alternatives` (或, and a conjunction before a head with no field of its
own).

Every phrase is written for the test from the statutes' formulas (…人辦理…, …機關核准…,
當事人主張…, 縣或市政府, 倉庫和機場), not taken from a scale sample or a gold file; the names
that must stay whole are real bodies, platforms and funds of the kinds the rules could cut.
"""

from __future__ import annotations

import pytest
from policykg.ingest.extract import name_words
from policykg.ingest.extract.entities import recognise
from policykg.ingest.extract.name_words import alternative_start, name_words_start, object_start
from policykg.ingest.extract.phrases import tokenise
from policykg.ingest.script import to_simplified


def _words(label: str) -> list[str]:
    simplified = to_simplified(label)
    return [token.word for token in tokenise(simplified, 0, len(simplified))]


def _rest(words: list[str], start: int) -> str:
    return "".join(words[start:])


@pytest.mark.parametrize(
    ("label", "rest"),
    [
        ("承辦人辦理採購工作小組", "采购工作小组"),  # a person, 辦理, an object of three words
        ("經營者辦理資訊服務平台", "资讯服务平台"),
        ("保險業者辦理資訊服務平台", "资讯服务平台"),  # the person cut off by the segmenter: 業|者
        ("當事人主張網路交易平台", "网路交易平台"),  # 主張: a predicate in 6.8 % of its uses
        ("主管機關核准設立分公司", "设立分公司"),  # a body as the subject
    ],
)
def test_a_clause_verb_after_a_subject_leaves_its_object_to_be_judged_alone(label, rest):
    words = _words(label)
    start = object_start(words)
    assert start > 0
    assert _rest(words, start) == rest


@pytest.mark.parametrize(
    "name",
    [
        "行政院消費者保護委員會",  # 保護: a verb names hold
        "勞動部勞動基金運用局",  # 運用: the same
        "中小企業信用保證基金",
        "科技型企業融資網上服務平台",  # 融資: a verbal noun, seldom a predicate (1.8 %)
        "投資人保護中心",
        "經濟部投資審議委員會",
    ],
)
def test_names_that_hold_a_verb_after_a_body_or_person_stay_whole(name):
    assert object_start(_words(name)) == 0
    assert name_words_start(_words(name)) == 0


@pytest.mark.parametrize(
    ("label", "rest"),
    [
        ("縣或市政府", "市政府"),  # 或 lists alternatives: no name holds it
        ("中央或地方主管機關", "地方主管机关"),
        ("國家或省人民政府", "人民政府"),  # the segmenter glues 或省: cut after it
        ("設備及平台", "平台"),  # a head with no field of its own after 及
        ("港口和機場", "机场"),
    ],
)
def test_alternatives_and_a_bare_head_after_a_conjunction_are_two_things(label, rest):
    words = _words(label)
    start = alternative_start(words)
    assert start > 0
    assert _rest(words, start) == rest


@pytest.mark.parametrize(
    "name",
    [
        "創新及科技局",  # two fields share the head
        "港深創新及科技園",  # the field is inside the head word (科技園)
        "文化和旅遊部",
        "國家科學及技術委員會",
        "研究及發展中心",
    ],
)
def test_fields_joined_before_a_shared_head_stay_one_name(name):
    assert alternative_start(_words(name)) == 0
    assert name_words_start(_words(name)) == 0


@pytest.mark.parametrize(
    ("sentence", "glued", "kept"),
    [
        ("當事人主張網路交易平台應負連帶責任者，從其主張。", "当事人主张网路交易平台", None),
        ("得報請國家或省人民政府核准。", "国家或省人民政府", None),
        ("保險業者辦理資訊服務平台之建置。", "保险业者办理资讯服务平台", None),
        ("應由行政院消費者保護委員會審議。", None, "行政院消费者保护委员会"),
    ],
)
def test_the_extractor_no_longer_glues_a_clause_or_alternatives_into_a_name(
    sentence, glued, kept, monkeypatch
):
    """Each glued label is what the extractor gives with the two rules switched off, and
    is gone with them on; a real name is given either way."""
    simplified = to_simplified(sentence)

    def names() -> set[str]:
        return {c.name_in(simplified) for c in recognise(simplified, 0, len(simplified))}

    with_rules = names()
    monkeypatch.setattr(name_words, "object_start", lambda words: 0)
    monkeypatch.setattr(name_words, "alternative_start", lambda words: 0)
    without_rules = names()
    if glued:
        assert glued in without_rules
        assert glued not in with_rules
    if kept:
        assert kept in with_rules and kept in without_rules
