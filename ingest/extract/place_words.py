"""Is this word a place, does this name begin with one (issue 19; one answer since session
23, where joined_things, local_bodies, kind_phrases and label_gate each had their own).

Two witnesses say a word (Simplified) names a place:

- the region's places (`dictionary.places`, resources/places.txt: 前海, 河套, 沙田), which
  neither the laws nor the segmenter tag as places reliably (17 of 35 are n, nr or f to both);
- a tag, read from one of three sources, the caller's choice (`TagSource`):
  - `LAWS`: the word's majority tag in the scale corpus (the boundary evidence), or the
    segmenter's tag of it alone when the laws never use it (`BoundaryEvidence.tag`);
  - `LAWS_ONLY`: the corpus tag, and no tag at all for a word the laws never use;
  - `SEGMENTER`: the segmenter's dictionary reads the word as one word with that tag.

The tags asked for are a place's (ns) by default, or every proper noun's (a place, a
person, a body: `boundary_evidence.PROPER_TAGS`) for a caller that asks "a place or a proper noun".

`begins_with_a_place(name)` asks it of the name's first two to four characters, for a
name the segmenter reads whole (中国银行: one word, its place unseen by the words).

Cost: one dictionary look-up per word (cached for the segmenter), at most three per name.
"""

from __future__ import annotations

import re
from enum import Enum
from functools import lru_cache

import rjieba

# the module, not its names: boundary_evidence imports zone_names, which asks is_place
from . import boundary_evidence
from .dictionary import places, prepare

__all__ = [
    "PLACE_TAGS",
    "TagSource",
    "begins_with_a_place",
    "is_place",
    "is_relational_place",
    "segmenter_tag",
]

PLACE_TAGS = frozenset({"ns"})
# a deictic or relative prefix (a closed grammatical class: other, this, local, different,
# that, each) before a word for a state, a place or a level: the place is named by its
# relation to the text (外国: whichever foreign state; 外省市, 当地, 所在地), not by its name
_RELATIONAL_PLACE = re.compile(r"[外本当异他该各](?:省市|[国地省市县区方])|所在地")


class TagSource(Enum):
    """Whose tag of a word says it is a place (module docstring)."""

    LAWS = "laws"
    LAWS_ONLY = "laws-only"
    SEGMENTER = "segmenter"


def is_place(
    word: str,
    *,
    tagged_by: TagSource = TagSource.LAWS,
    region: bool = True,
    or_proper_noun: bool = False,
) -> bool:
    """`word` (Simplified) is one of the region's places (unless `region` is False) or is
    tagged a place by `tagged_by`; with `or_proper_noun`, any proper noun's tag will do."""
    if region and word in places():
        return True
    tags = boundary_evidence.PROPER_TAGS if or_proper_noun else PLACE_TAGS
    if tagged_by is TagSource.SEGMENTER:
        return segmenter_tag(word) in tags
    if tagged_by is TagSource.LAWS_ONLY:
        found = boundary_evidence.load_evidence().word(word)
        return found is not None and found.tag in tags
    return boundary_evidence.load_evidence().tag(word) in tags


_PLACE_PREFIX = range(2, 5)  # characters: 中国, 内蒙古, 乌鲁木齐


def begins_with_a_place(name: str) -> bool:
    """The name begins with a word the laws tag as a place, though the segmenter reads the
    whole name as one word (中国银行: nt, its place unseen by its words). Only a prefix the
    laws write as a word counts (`LAWS_ONLY`, no region list): a prefix is cut at every
    character, and the segmenter tags fragments it has never seen."""
    return any(
        is_place(name[:k], tagged_by=TagSource.LAWS_ONLY, region=False)
        for k in _PLACE_PREFIX
        if k < len(name)
    )


def only_places(phrase: str) -> bool:
    """Is every word of `phrase` (Simplified), as the laws' evidence segments it, a place
    (浙江, 甲省乙市)?"""
    evidence = boundary_evidence.load_evidence()
    words = evidence.segment(phrase)
    return bool(words) and all(evidence.tag(word) == "ns" for word, _, _ in words)


@lru_cache(maxsize=65536)
def segmenter_tag(word: str, guess: bool = True) -> str | None:
    """The segmenter's tag of `word` when it reads it as one word, else None; with `guess`
    off, only a word of its dictionary (no new word guessed by its HMM)."""
    prepare()  # the dictionary tokenise sees (dictionary.py)
    tagged = rjieba.tag(word, hmm=guess)
    return tagged[0][1] if len(tagged) == 1 else None


def is_relational_place(word: str) -> bool:
    """Is `word` a place named by its relation to the text (外国, 本市, 外省市, 当地, 所在地)?"""
    return _RELATIONAL_PLACE.fullmatch(word) is not None
