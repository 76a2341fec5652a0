"""Zones named the official way, and the bodies named after them (issue 19, session 20).

The State Council names a zone by the nation, the place in full-width brackets and the kind
of zone: 中国（上海）自由贸易试验区, 中国（成都、重庆）跨境电子商务综合试验区; a part or a body
of the zone is named after it (中国（山东）自由贸易试验区青岛片区, …试验区工作领导小组). The
boundary evidence of the laws reads the kind's first word as a predicate (自由贸易 follows an
adverb in 2 of its 29 uses), so a name ending in 试验区 or 领导小组 lost the words before it.
Two rules, each asked by `boundary_evidence.name_start` before it stops at a word that is
not a hard stop (punctuation, number, function word):

- `official_tail`: the word stands between an official prefix (中国, a bracket, one or more
  places joined by 、, the closing bracket) and the first zone head after it (a platform
  head ending in 区: 试验区, 片区, 示范区), at most MAX_TAIL words on: the prefix says a
  zone's name is written there, whatever the kind of zone (any place, any kind);
- `zone_tail`: the word is inside a kind of zone the laws write after official prefixes of
  two places or more (`zone_tails.tsv`, built by `scripts/build_zone_tails.py` from the
  scale corpus and the regional regulations, gold documents left out): 自由贸易|试验区 in
  国务院自由贸易试验区工作领导小组办公室.

`ends_zone_tail` tells the conjunction rule of `name_start` that a zone's kind ends a name
(中国（广东）自由贸易试验区|和|广州…开发区: two names, not one).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache
from importlib import resources

from ..script import to_simplified
from .place_words import TagSource, is_place
from .vocabulary import level_words

__all__ = [
    "NATION",
    "ends_zone_tail",
    "holds_together",
    "is_zone_head",
    "official_prefix",
    "zone_tails",
]

NATION = "中国"
MAX_TAIL = 5  # words from the closing bracket to the zone head (跨境|电子商务|综合|试验区)
MAX_PLACES = 3  # places in one bracket (成都、重庆)
MAX_FIELD = 3  # words of a national zone's field before its bracket (大|数据)
_NAME_WORD = re.compile(r"^[\u4e00-\u9fff]+$")  # a word of Han characters, no punctuation
_OPEN = frozenset("（(")
_CLOSE = frozenset("）)")
_ZONE_ENDS = "区區"  # the last character of a zone's head (platform_starts.zone_heads)
TAILS_FILE = "zone_tails.tsv"


def official_prefix(words: Sequence[str], at: int) -> int:
    """The index after the closing bracket of an official prefix that begins at words[at]
    (中国|（|上海|）, 中国|（|郑州|、|洛阳|）), 0 when there is none there."""
    if words[at] != NATION or at + 1 >= len(words):
        return 0
    return _bracketed_places(words, at + 1)


def _bracketed_places(words: Sequence[str], at: int) -> int:
    """The index after the closing bracket when words[at] opens a bracket of one or more
    places joined by 、 (（|郑州|、|洛阳|）), 0 otherwise."""
    if words[at] not in _OPEN:
        return 0
    places = 0
    for k in range(at + 1, min(len(words), at + 1 + 2 * MAX_PLACES)):
        if words[k] in _CLOSE:
            return k + 1 if places and words[k - 1] != "、" else 0
        if words[k] == "、" and places:
            continue
        # the segmenter's dictionary alone, as it read the words (上海, 郑州, 海南)
        place = to_simplified(words[k])
        if not is_place(place, tagged_by=TagSource.SEGMENTER, region=False):
            return 0
        places += 1
    return 0


def _national_form(words: Sequence[str], i: int) -> bool:
    """words[i] is inside a national pilot zone's name: the level word (国家), the field
    (at most MAX_FIELD words), the places in brackets, the kind (国家|大|数据|（|贵州|）|
    综合|试验区; the State Council names its national pilot zones so)."""
    reach = MAX_FIELD + 2 * MAX_PLACES + 2
    for s in range(i - 1, max(-1, i - reach - 1), -1):
        if to_simplified(words[s]) not in level_words():
            continue
        for o in range(s + 1, min(len(words), s + 2 + MAX_FIELD)):
            close = _bracketed_places(words, o)
            if close:
                heads = range(close, min(len(words), close + MAX_TAIL))
                head = next((h for h in heads if is_zone_head(words[h])), None)
                return head is not None and i <= head and o > s + 1
            if not _NAME_WORD.search(words[o]):
                break
    return False


def is_zone_head(word: str) -> bool:
    """The word (either script) ends in a zone's head."""
    from .platform_starts import zone_heads  # the head list, read once

    if not word or word[-1] not in _ZONE_ENDS:
        return False
    return to_simplified(word).endswith(tuple(zone_heads()))


def _official_tail(words: Sequence[str], i: int) -> bool:
    for k in range(i - 1, max(-1, i - MAX_TAIL - 1), -1):
        if words[k] in _CLOSE:
            start = next((j for j in range(k - 1, max(-1, k - 2 * MAX_PLACES - 2), -1)
                          if words[j] == NATION), None)  # fmt: skip
            if start is None or official_prefix(words, start) != k + 1:
                return False
            return any(is_zone_head(w) for w in words[i : k + 1 + MAX_TAIL])
        if is_zone_head(words[k]):
            return False  # past the zone head: what follows is named after the zone
    return False


@lru_cache(maxsize=1)
def zone_tails() -> frozenset[tuple[str, ...]]:
    """The kinds of zone of `zone_tails.tsv`, as word tuples (Simplified)."""
    text = resources.files("policykg.ingest").joinpath(f"resources/{TAILS_FILE}")
    lines = text.read_text(encoding="utf-8").splitlines()
    return frozenset(
        tuple(line.split("\t")[0].split(" ")) for line in lines if line and line[0] != "#"
    )


@lru_cache(maxsize=1)
def _tail_words() -> frozenset[str]:
    return frozenset(word for tail in zone_tails() for word in tail)


def _in_zone_tail(words: Sequence[str], i: int) -> bool:
    if to_simplified(words[i]) not in _tail_words():
        return False
    folded = [to_simplified(w) for w in words[max(0, i - MAX_TAIL) : i + MAX_TAIL]]
    at = min(i, MAX_TAIL)
    for tail in zone_tails():
        for s in range(max(0, at - len(tail) + 1), at + 1):
            if tuple(folded[s : s + len(tail)]) == tail:
                return True
    return False


def holds_together(words: Sequence[str], i: int) -> bool:
    """words[i] is inside a zone's name (`official_tail`, `zone_tail`, a national pilot
    zone's form): the name that ends with words[-1] does not begin after it."""
    return _official_tail(words, i) or _in_zone_tail(words, i) or _national_form(words, i)


def ends_zone_tail(words: Sequence[str], i: int) -> bool:
    """words[i] is the head that ends a kind of zone of `zone_tails.tsv` (自由贸易|试验区)."""
    word = to_simplified(words[i])
    return any(
        tail[-1] == word
        and [to_simplified(w) for w in words[i - len(tail) + 1 : i + 1]] == list(tail)
        for tail in zone_tails()
        if i + 1 >= len(tail)
    )
