"""A number's unit glued to the next word (article_residue.py, moved out of entities.py in
session 19). Sentences written for these tests."""

from __future__ import annotations

import pytest
from policykg.ingest.extract.article_residue import (
    article_reference,
    article_residue,
    number_unit_residue,
)
from policykg.ingest.extract.entities import recognise
from policykg.ingest.extract.phrases import tokenise
from policykg.ingest.script import to_simplified


def _first_glued(text: str, glued: str) -> int:
    simplified = to_simplified(text)
    tokens = tokenise(simplified, 0, len(simplified))
    index = next(i for i, t in enumerate(tokens) if t.word.startswith(glued))
    return article_residue(tokens, index)


@pytest.mark.parametrize(
    ("text", "glued"),
    [
        ("第 7 條由漁業署辦理。", "条"),
        ("應於二十日內報農業部備查。", "内"),
        ("申請人應於15天內向港務局申報。", "内"),
    ],
)
def test_a_unit_after_a_number_is_glued_residue(text, glued):
    assert _first_glued(text, glued) == 1


def test_a_unit_after_no_number_is_no_residue():
    assert _first_glued("本條例內容由漁業署解釋。", "内") == 0


# number_unit_residue (session 26): a finished label that begins with the unit of the number
# written before it. Sentences of our own wording, other bodies and dates than the laws'.
@pytest.mark.parametrize(
    ("label", "before", "cut"),
    [
        ("日原国家海洋渔政局令第3号", "2003年7月15", 1),  # a date in digits
        ("日前身林业总署公告", "一九八八年二月十", 1),  # in Chinese numerals
        ("年度中央政府總預算", "一一二", 2),  # 年度 whole, not 年 alone
        ("項所稱營運基金", "第三", 1),  # an article's unit
        ("月份地方政府報表", "每年 6 ", 2),  # a space between
    ],
)
def test_a_label_opened_by_the_unit_of_the_number_before_it_loses_it(label, before, cut):
    assert number_unit_residue(label, before) == cut


@pytest.mark.parametrize(
    ("label", "before"),
    [
        ("日照市人民政府", "并报"),  # 日 of a place, no number before it
        ("日本国政府", "会同"),
        ("年度预算委员会", "各"),  # no number before: a unit's own word
        ("日", "3月1"),  # the unit alone is no label to cut
    ],
)
def test_a_label_opened_by_such_a_character_without_a_number_stays(label, before):
    assert number_unit_residue(label, before) == 0


@pytest.mark.parametrize(
    ("text", "name", "glued"),
    [
        # the segmenter glues 日原 into one word: the date's unit goes, then the former's 原
        # (left_boundary's former_before_a_name)
        (
            "自2001年6月1日原中华人民共和国林业部公布的办法同时废止。",
            "中华人民共和国林业部",
            "日原",
        ),
        ("2005年3月1日原国家环境保护总局发布的规定废止。", "国家环境保护总局", "日原"),
    ],
)
def test_the_recognisers_labels_lose_a_date_s_unit(text, name, glued, monkeypatch):
    """entities.recognise (every recogniser's candidate passes name_checks): the body after
    a date is read without the date's 日; with the step switched off it keeps it."""
    from policykg.ingest.extract import entities, name_checks

    def found() -> list[str]:
        simplified = to_simplified(text)
        return [c.name_in(text) for c in entities.recognise(simplified, 0, len(text))]

    assert found() == [name]
    monkeypatch.setattr(name_checks, "number_unit_residue", lambda label, before: 0)
    assert found() == [glued + name]


# article_reference (session 27): an article cited by its place before a name. Labels and
# sentences of our own wording.
@pytest.mark.parametrize(
    ("label", "cut"),
    [
        ("前條評鑑委員會", 2),
        ("前款漁業發展基金", 2),
        ("本款諮詢委員會", 2),
        ("前项农业保险基金", 2),
        ("前台湾省政府", 0),  # 前: former, no article
        ("本条例委员会", 0),  # 本條例: the act, one word
        ("同济大学", 0),
        ("前條", 0),  # nothing after it
    ],
)
def test_an_article_cited_by_its_place_is_residue(label, cut):
    assert article_reference(label) == cut


@pytest.mark.parametrize(
    ("text", "gone"),
    [
        ("前條評鑑委員會之委員任期二年。", "前条评鉴委员会"),  # a bare class: dropped
        ("本款諮詢委員會由主管機關召集。", "本款咨询委员会"),
    ],
)
def test_recognise_leaves_no_article_reference_on_a_name(text, gone):
    simplified = to_simplified(text)
    found = {simplified[c.start : c.end] for c in recognise(simplified, 0, len(simplified))}
    assert gone not in found and not any(name.startswith(gone[:2]) for name in found)
