"""The one core of "a name holds a proper element" (ingest/extract/proper_elements.py), read
by platforms, bodies and cited titles (issue 19). Invented names, not from the gold files."""

from __future__ import annotations

from policykg.ingest.extract.proper_elements import (
    AUTHORITY_LISTS,
    has_proper_element,
    in_authority_lists,
)

_PLACES = frozenset({"ns"})


def test_which_tags_count_is_the_callers() -> None:
    words = [("评审", "vn"), ("委员会", "nt")]
    assert has_proper_element(words, "评审委员会", frozenset({"nt"}))
    assert not has_proper_element(words, "评审委员会", _PLACES)


def test_a_place_a_latin_word_or_a_short_name_of_places() -> None:
    assert has_proper_element([("前海", "n"), ("服务中心", "n")], "前海服务中心", _PLACES)
    assert has_proper_element([("AI", "eng"), ("委员会", "n")], "AI委员会", frozenset())
    assert has_proper_element([("深港", "j"), ("委员会", "n")], "深港委员会", frozenset())
    assert not has_proper_element([("专业", "n"), ("委员会", "n")], "专业委员会", _PLACES)


def test_the_authority_lists() -> None:
    assert AUTHORITY_LISTS == ("courts", "organisation_acts", "national_bodies")
    assert in_authority_lists("最高人民法院")
    assert not in_authority_lists("专业委员会")
