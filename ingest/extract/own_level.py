"""A body written with the bare level of the document's own place (issue 19, session 26):
市律师协会 in a city's regulation, 省科学院 in a province's.

A level character alone before a body's head (市, 省, 县) makes the phrase a kind in a law of
the nation (市律师协会: each city's bar association, `kinds.modifies_a_kind`; 市人民法院,
`name_acceptance.every_level_has`). A regulation that calls its own jurisdiction by that
level (本市, 本省: `this_word`'s pointing 本 and a level) writes the level for its own
place: 市律师协会 there is the one bar association of the city the regulation governs, as
甲市律师协会 would be, and 市旅游行业协会 the city's one association of its trade.
A level the document does not call its own stays a kind (区人民法院 in a city's regulation
is each district's court). The head-noun reading tags such a name OWN_LEVEL_RULE, and the
gates that drop a kind for want of a proper part (`gate_exemptions`: said as a kind, a
kind extended by a level, treated as a kind, no proper part) let it through: the level
is its proper part, the place the document governs.

`own_levels` reads the document once (a regular expression over its range, the last few
documents' kept), so each sentence's call is a look-up: linear in the text.

A platform phrase the laws say as a kind is, after the document's own jurisdiction, that
jurisdiction's one when the laws write it after the level that runs it (省级…平台: each
province runs one; `each_jurisdiction_has`, resources/level_facilities.tsv, built by
scripts/build_level_facilities.py); a kind of market service (电商平台) is not.
"""

from __future__ import annotations

import re
from functools import lru_cache

from .boundary_evidence import load_evidence
from .phrases import Token
from .vocabulary import lines_of

__all__ = [
    "LEVELS",
    "OWN_LEVEL_RULE",
    "below_own_level",
    "each_jurisdiction_has",
    "own_level_at",
    "own_levels",
]

OWN_LEVEL_RULE = "rule:own-level-body"  # found_by.RULES

# the levels a regulation calls its own jurisdiction by (本省, 本市, 本州, 本县, 本区), highest first
LEVELS = "省市州县区"
# 本 and a level, not a longer word that 本 begins or the level begins (本市场, 本区域)
_OWN = re.compile(f"本([{LEVELS}])(?![场域别间])")


@lru_cache(maxsize=4)
def own_levels(simplified: str, start: int, end: int) -> frozenset[str]:
    """The level the document simplified[start:end] calls its own (本市 → 市): the highest
    it names so. A city's regulation that also says 本区 lets each district speak of its own
    area (区人民政府…本区), so 区 there is still each district's (区科学技术协会: a kind)."""
    named = {m.group(1) for m in _OWN.finditer(simplified, start, end)}
    return frozenset(next(([level] for level in LEVELS if level in named), []))


def own_level_at(tokens: list[Token], first: int, levels: frozenset[str]) -> int | None:
    """The offset of a bare level the document calls its own at tokens[first], or None:
    the word is the level alone, not after a word that makes it a kind (设区的|市; 全市 is
    one word to the segmenter), or a preposition or conjunction the segmenter glued to it
    (向市|人民检察院, 由省|…)."""
    if first < 0 or first >= len(tokens):
        return None
    word, _, start = tokens[first]
    if word in levels:
        before_a_kind = first > 0 and tokens[first - 1].tag in _BEFORE_A_KIND_TAGS
        return None if before_a_kind else start
    if len(word) == 2 and word[1] in levels and load_evidence().tag(word[0]) in _GLUED_TAGS:
        return start + 1
    return None


def below_own_level(tokens: list[Token], first: int, levels: frozenset[str]) -> bool:
    """tokens[first] is a bare level below the one the document calls its own (区 or 县 in
    a regulation that says 本市): each district's or county's, so the phrase it begins is
    one per district, a kind (市、区|中小企业服务平台), where 市 stands for the one city."""
    lower = frozenset(LEVELS[LEVELS.index(own) + 1 :] for own in levels)
    below = frozenset(level for levels_below in lower for level in levels_below)
    return bool(below) and own_level_at(tokens, first, below) is not None


# a word before the level that makes it a kind (设区的市, 各市, 所在市, 地级市): a particle,
# a determiner or pronoun, a numeral or measure word, a noun or place it qualifies
_BEFORE_A_KIND_TAGS = frozenset({"uj", "u", "r", "m", "q", "n", "ns", "nr", "nz", "nt", "b", "a"})
# a function character the segmenter glues to the level: a preposition or conjunction
_GLUED_TAGS = frozenset({"p", "c"})


@lru_cache(maxsize=1)
def _level_facilities() -> frozenset[str]:
    return frozenset(line.split("\t")[0] for line in lines_of("level_facilities.tsv"))


def each_jurisdiction_has(phrase: str) -> bool:
    """The laws write `phrase` (Simplified) after the level of a jurisdiction that runs it
    (省级|…平台, in two laws or more): a facility every province, city or county has one of."""
    return phrase in _level_facilities()
