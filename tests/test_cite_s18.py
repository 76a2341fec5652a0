"""Cited documents, session 18 (issue 19): a listed law after 依 or joined to a cited one, a
defined short form with a verb glued before it, a programme done well. Sentences of our own
wording, in both scripts."""

from __future__ import annotations

import pytest
from policykg.ingest.extract.citations import find_citations
from policykg.ingest.extract.law_titles import cited_law_titles


def _titles(text: str) -> list[str]:
    return [name for _, _, name in cited_law_titles(text, 0, len(text))]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("工資依勞動基準法計算之。", ["勞動基準法"]),  # 依, then a verb
        ("由主管機關依土壤及地下水污染整治法劃定之。", ["土壤及地下水污染整治法"]),
        (
            "其税捐依所得税法及加值型及非加值型营业税法课征之。",
            ["所得税法", "加值型及非加值型营业税法"],
        ),
        ("人員之聘用，依就業服務法及職業安全衛生法辦理。", ["就業服務法", "職業安全衛生法"]),
    ],
)
def test_a_listed_title_after_yi_or_joined_to_a_cited_one(text, expected):
    assert _titles(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # 法人: the title's 法 begins a word; not in 保护法人员, which the dictionary reads
        # 法|人员 (staff, as 司法|人员 of the laws): law_titles._fa_begins_a_word
        "依个人资料保护法人资格之规定",
        "依職業安全衛生法定程序辦理",  # 法定
        "參加就業服務法研習者",  # no 依, nothing a law takes after it
    ],
)
def test_no_bare_title_is_read_from_these(text):
    assert _titles(text) == []


def test_a_verb_glued_to_a_defined_short_form_is_left_out():
    text = (
        "被保險人依勞工保險條例（以下簡稱勞保條例）投保；"
        "其後，參加勞保條例第九條所定之保險者，亦同。"
    )
    works, _ = find_citations(text, 0, len(text), "")
    assert [(w.title, [text[m.start : m.end] for m in w.mentions]) for w in works] == [
        ("勞工保險條例", ["勞工保險條例", "勞保條例"])
    ]


def test_a_programme_done_well_is_no_document():
    for text in ("各地要认真实施好青年英才培养计划，", "各地要實施好鄉村教師支持計劃。"):
        works, _ = find_citations(text, 0, len(text), "")
        assert works == []
    text = "今年实施了青年英才培养计划，"
    works, _ = find_citations(text, 0, len(text), "")
    assert [w.title for w in works] == ["青年英才培养计划"]
