"""The members of a list of parks (ingest/extract/platform_lists.py, issue 19, session 16).
Every sentence here is invented, of other wording than the gold documents."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from policykg.ingest.extract.entities import recognise
from policykg.ingest.extract.phrases import tokenise
from policykg.ingest.extract.platform_lists import (
    MIN_MEMBERS,
    listed_parks,
    parallel_members,
    park_endings,
)
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


# a series of platforms with one head (session 21): sentences invented, other provinces
@pytest.mark.parametrize(
    ("text", "name"),
    [
        # a stem the segmenter calls a common noun (宝鸡 n), beside two places
        ("自贸试验区包括西安片区、咸阳片区、宝鸡片区。", "宝鸡片区"),
        # a time word for a stem (明日 t), inside the list
        ("支持沣东科学城、明日科学城、滨海科学城建设。", "明日科学城"),
        # a city the laws never name (烟台 n) stays a stem
        ("高新区划分为滨江片区、临港片区、烟台片区三部分。", "烟台片区"),
    ],
)
def test_a_member_of_a_series_is_a_platform(text, name):
    assert name in platforms(text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("推动咸阳片区、宝鸡片区发展。", "宝鸡片区"),  # one named sibling is no series
        ("支持沣东科学城、滨海科学城、其他科学城建设。", "其他科学城"),  # a pronoun: which, not one
        # a common noun the laws use everywhere is no stem (重点, 中心: n like 烟台)
        ("高新区划分为滨江片区、临港片区、重点片区三部分。", "重点片区"),
        ("高新区划分为滨江片区、临港片区、中心片区三部分。", "中心片区"),
    ],
)
def test_no_series_no_member(text, name):
    assert name not in platforms(text)


def test_members_of_a_series_are_items_of_the_text():
    text = "自贸试验区包括西安片区、咸阳片区、宝鸡片区。"
    tokens = tokenise(text, 0, len(text))
    found = [c for c in recognise(text, 0, len(text)) if c.rule != "rule:parallel-member"]
    assert [text[c.start : c.end] for c in parallel_members(tokens, found)] == ["宝鸡片区"]
