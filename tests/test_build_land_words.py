"""The counts of scripts/build_land_words.py (issue 19, session 34): a word the segmenter
tags a place names a unit when its own name ends in a level (甲县) or a local organ of state
follows it (…|人民政府); a word of land ending in 区 or 村 (山区) does not by its ending.
Sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.builders import load_builder


@pytest.fixture(scope="module")
def builder():
    return load_builder("build_land_words")


def _count(builder, sentences: list[str]):
    texts = [(f"DLC/甲{k}地方法规/条例.md", s) for k, s in enumerate(sentences)]
    uses, units, regions, _ = builder.count(texts)
    return uses, units, regions


def test_a_word_ending_in_a_level_names_a_unit(builder):
    uses, units, _ = _count(builder, ["凤县的山区实行封山育林。"])
    assert uses["凤县"] == 1 and units["凤县"] == 1
    assert uses["山区"] == 1 and units["山区"] == 0  # 区: a word of land ends in it too


def test_a_word_before_a_local_organ_of_state_names_a_unit(builder):
    _, units, _ = _count(builder, ["瓯江人民政府负责江河的管理。"])
    assert units["瓯江"] == 1
    assert units["江河"] == 0


def test_a_place_of_the_gazetteer_is_no_land_word(builder, monkeypatch):
    sentences = ["山区和江河的管理。"] * builder.MIN_USES
    texts = [(f"DLC/{r}地方法规/条例.md", s) for r in "甲乙丙丁戊" for s in sentences]
    assert {"山区", "江河"} <= {row[0] for row in builder.land_words(texts).rows}
    # a gazetteer of places that held 山区 (resources/places.txt holds the region's places)
    monkeypatch.setattr(builder, "places", lambda: frozenset({"山区"}))
    words = {row[0] for row in builder.land_words(texts).rows}
    assert "山区" not in words and "江河" in words
