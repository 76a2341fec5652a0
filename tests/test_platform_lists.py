"""The members of a list of parks (ingest/extract/platform_lists.py, issue 19, session 16).
Every sentence here is invented, of other wording than the gold documents."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st
from policykg.ingest.extract.phrases import tokenise
from policykg.ingest.extract.platform_lists import MIN_MEMBERS, listed_parks, park_endings
from policykg.ingest.extract.vocabulary import head_kind

from .recognised import platforms


def test_the_parks_of_a_zone_are_platforms():
    text = "本示范区由闵行园、漕泾园、金桥园、嘉定园和临港科技城组成。"
    names = platforms(text)
    for name in ("闵行园", "漕泾园", "金桥园", "嘉定园"):
        assert name in names


def test_in_either_script():
    names = platforms("該園區由內湖園、南港園、汐止園組成。")
    assert {"內湖園", "南港園", "汐止園"} <= set(names)


def test_two_parks_are_no_list_of_parks():
    assert MIN_MEMBERS == 3
    assert "闵行园" not in platforms("由闵行园、漕泾园组成。")


def test_common_words_and_districts_are_not_parks():
    # 植物, 动物 are words of the laws; 区 ends the laws' place names (districts)
    assert platforms("本市建设植物园、动物园、儿童公园和湿地公园。") == []
    assert "区" not in park_endings() and "市" not in park_endings()
    names = platforms("闵行区、嘉定区、金山区、松江区的人民政府应当配合。")
    assert not any(n.endswith("区") and len(n) == 3 for n in names)


@settings(max_examples=60, deadline=None)
@given(st.text(alphabet="闵行嘉定金桥园城区基地、和，。植物由组成", max_size=40))
def test_members_are_items_of_the_text(text):
    tokens = tokenise(text, 0, len(text))
    for candidate in listed_parks(text, tokens):
        item = text[candidate.start : candidate.end]
        assert item and (item[-1] in park_endings() or head_kind(item) == "Platform")
        assert "、" not in item and "，" not in item
