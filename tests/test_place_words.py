"""place_words: the one answer to "is this word a place, does this name begin with one"
(moved here from test_local_bodies, with the variants the callers ask for)."""

from __future__ import annotations

import pytest
from policykg.ingest.extract.place_words import (
    TagSource,
    begins_with_a_place,
    is_place,
    is_relational_place,
)


def test_places_are_what_the_segmenter_reads_as_one():
    # local_bodies, rosters, central_bodies, catalogue_titles ask the segmenter
    segmenter = TagSource.SEGMENTER
    assert is_place("郑州", tagged_by=segmenter) and is_place("广东省", tagged_by=segmenter)
    assert is_place("前海", tagged_by=segmenter)
    assert not is_place("各地", tagged_by=segmenter) and not is_place("出入境", tagged_by=segmenter)


@pytest.mark.parametrize("source", list(TagSource))
def test_the_region_s_places_are_places_whoever_tags_them(source):
    # 前海 is tagged no place by the laws (f) nor by the segmenter; the region's list says it is
    assert is_place("前海", tagged_by=source)
    assert not is_place("前海", tagged_by=source, region=False)


def test_the_laws_tag_falls_back_to_the_segmenter_only_when_asked():
    # 郑州 is no word of the laws' evidence: LAWS asks the segmenter then, LAWS_ONLY does not
    assert is_place("郑州")
    assert not is_place("郑州", tagged_by=TagSource.LAWS_ONLY)
    assert is_place("湖北省", tagged_by=TagSource.LAWS_ONLY)


def test_a_proper_noun_counts_only_when_asked():
    # label_gate's question: a place or a proper noun (a body, tagged nt by the laws)
    assert not is_place("国务院")
    assert is_place("国务院", or_proper_noun=True)
    assert not is_place("各地", or_proper_noun=True)


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("湖北省地震局", True),  # the laws' place word 湖北省 first
        ("中国银行", True),  # one word to the segmenter; its first two characters a place
        ("人民银行", False),
        ("社会组织", False),
        ("中国", False),  # the whole name is no prefix of itself
    ],
)
def test_a_name_begins_with_a_place(name, expected):
    assert begins_with_a_place(name) is expected


@pytest.mark.parametrize(
    ("word", "relational"),
    [
        *[("外国", True), ("本市", True), ("外省市", True), ("当地", True), ("所在地", True)],
        *[("各县", True), ("广州", False), ("外交", False), ("本溪", False), ("当地人", False)],
    ],
)
def test_a_place_named_by_its_relation_to_the_text(word: str, relational: bool) -> None:
    assert is_relational_place(word) is relational
