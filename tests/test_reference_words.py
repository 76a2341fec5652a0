"""A word of reference, 所 and a verb of saying or setting (所定, 所稱, 所列), inside a label
(ingest/extract/clause_reading.py, `after_a_reference`; issue 19, session 32).

Every label and sentence is written for the test: other texts, bodies and kinds than the
scale sample's case (a bureau's list of firms) and the gold files'. The name begins after
the word whatever stands before it — a text (本條例, 第三款, 某某法) or a body; a bare head
left after it is dropped by the caller. 所屬 and 所在 make a body's own unit or a place's
body and stay, and so does a 所 that closes a word of its own (派出所, 事務所).
"""

from __future__ import annotations

import pytest
from policykg.ingest.extract import entities, name_checks
from policykg.ingest.extract.clause_reading import clause_start, reference_words
from policykg.ingest.script import to_simplified


@pytest.mark.parametrize(
    ("label", "name"),
    [
        ("水利署所定河川巡守協會", "河川巡守協會"),  # a body before the word
        ("森林法所定林業保育基金", "林業保育基金"),  # a law's title, a fund: read for funds too
        ("漁業法中所定漁業救助基金", "漁業救助基金"),  # 中|所定: the segmenter's 中所定
        ("第三款所列临川水务集团有限公司", "临川水务集团有限公司"),
        ("前項所稱海港市交通建設基金", "海港市交通建設基金"),
        ("本细则所指江北农业担保公司", "江北农业担保公司"),
        ("所定山城地方文化基金", "山城地方文化基金"),  # the word first (a verb-first label)
    ],
)
def test_the_name_begins_after_a_word_of_reference(label, name):
    assert label[clause_start(label) :] == name


@pytest.mark.parametrize(
    "label",
    [
        "經濟部所屬海港加工區管理處",  # a ministry's own unit: 所屬 is a word of names
        "土地所在地鄉鎮公所",  # a place's body
        "甲市派出所定點醫院",  # 派出所 closes a word: no reference
        "山城測量事務所列名委員會",  # 事務所 closes a word
        "海港市政府漁業處",
    ],
)
def test_words_of_names_and_closed_words_stay(label):
    assert clause_start(label) == 0


def test_the_table_holds_words_of_reference_and_no_word_of_names():
    words = reference_words()
    assert {"所定", "所称", "所列"} <= words
    assert not words & {"所属", "所在", "所得", "所有"}


def _names(text: str, *, step: bool = True) -> set[str]:
    simplified = to_simplified(text)
    saved = name_checks.clause_start
    if not step:
        name_checks.clause_start = lambda label, before="": 0
    try:
        return {simplified[c.start : c.end] for c in entities.recognise(simplified, 0, len(text))}
    finally:
        name_checks.clause_start = saved


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("所需經費由漁業法中所定漁業救助基金支應。", "渔业救助基金"),  # a fund's head reader
        ("申請人應委託本部港務署所定船舶檢驗公司辦理檢驗。", None),  # a class of firms: gone
    ],
)
def test_recognise_reads_the_name_after_the_word(text, name):
    found = _names(text)
    assert not any(word in n for n in found for word in reference_words())
    assert name is None or name in found
    without = _names(text, step=False)  # the step is what reads it
    assert any(word in n for n in without for word in reference_words())
