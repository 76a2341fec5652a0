"""Regions read as platforms: 甲经济带, 大都市圈, 省大湾区 (issue 19, session 25).

A belt, a metropolitan circle, a city cluster or a bay area named by the places it spans
(a river, two cities' short names, a province) is a region, a place: the gold keeps it out
of the platforms (borderline at most), as it keeps a bay area of several places. One that
names what it is built on besides its places (甲乙口岸经济带: a belt of crossings the
document plans and runs) stays a platform: the region check asks that every word before the region word be a
place, a size or level word, or nothing at all (大都市圈: no name, a class of regions).

The region words are a closed class of the planning vocabulary, not a list of names.
"""

from __future__ import annotations

from .orgnames import place_abbreviations
from .phrases import places, tokenise
from .place_words import is_relational_place
from .port_names import is_place_word
from .records import Candidate

__all__ = ["REGION_WORDS", "names_a_region"]

# belt, circle, city cluster, economic circle, bay area: regions of the planning texts
REGION_WORDS = ("经济带", "都市圈", "经济圈", "城市群", "湾区")
# a size or a level said before a region word (大湾区, 省大湾区, 环渤海: 环 "around"), as
# words of their own or run together by the segmenter (省|大湾区 or 省大|湾区)
_SIZE_OR_LEVEL = frozenset({"全省", "全市"})
_SIZE_OR_LEVEL_CHARACTERS = frozenset("大省市环")
_PLACE_TAGS = frozenset({"ns"})


def names_a_region(text: str, candidate: Candidate) -> bool:
    """The platform candidate is a region word after places only (module docstring)."""
    if candidate.kind != "Platform" or candidate.parts:
        return False
    name = text[candidate.start : candidate.end]
    head = next((w for w in REGION_WORDS if name.endswith(w)), None)
    if head is None:
        return False
    end = candidate.end - len(head)
    if end == candidate.start:
        return True
    return all(_a_place_or_size(t.word, t.tag) for t in tokenise(text, candidate.start, end))


def _a_place_or_size(word: str, tag: str) -> bool:
    if word in _SIZE_OR_LEVEL or set(word) <= _SIZE_OR_LEVEL_CHARACTERS:
        return True
    if tag in _PLACE_TAGS or word in places():
        return True
    if is_relational_place(word) or is_place_word(word):
        return True
    table = place_abbreviations()  # 甲乙, 甲乙丙: places' one-character short names
    return 2 <= len(word) <= 3 and all(c in table for c in word)
