"""Named zones listed together: 甲金融城、乙商务区等区域 (issue 19, session 33).

A regulation lists the zones of its city by name, each a place and a kind of area: 甲金融城、
乙金融集聚带、丙产业基地等区域, 甲生态旅游区、乙文化产业带等旅游区, 甲开发区、乙出口加工区和丙
产业园区. Many kinds are in no head list (商务区, 金融城, 产业带, 加工区: a city coins its
own), and their words are verbs to the segmenter (集聚|带), so neither the head reading nor
the list readers (`lists.coordinated` stops at a verb) take them. The list says what its
items are:

- **a list of areas**: it closes with 等 and a sort of area (等区域, 等精品旅游区, 等…承载区:
  at most `_SORT_WORDS` words ending in an area's character, `AREA_ENDS`, or in 区域), or
- **a list beside a zone**: another of its items is a platform found already that ends in
  an area's character (甲开发区、乙加工区: the head reading found the first);

and an item of such a list is one named zone when (the tests of `platform_members`, whose
list of 甲、乙等 + a sort of platform this one extends to areas):

- it ends in an area's character (区 带 城 湾: 商务区, 产业带, 金融城, 号湾) and is no
  place alone (the segmenter's dictionary reads 甲新区 as one district: a place);
- **a proper element decides**: a place stands before its last word
  (`platform_anchors.is_anchor`), and more than the place and one word the laws use
  (甲|地区, 乙|新区: where, not which zone; 甲|商务区 names one, the laws never write
  商务区); a word of land the segmenter tags a place is none (山区: `land_words`, written
  by the regulations of nearly every region, no unit's name); a level or a kind alone (市级开发区, 资源型城市转型示范区) holds no place;
- its kind is no kind of land the laws protect more than they develop (`region_kinds.tsv`,
  built by `scripts/build_region_kinds.py`: 功能区, 源头区, 保护区), and the list's sentence
  protects nothing (在甲平原区、乙沙化区等实施生态修复: land);
- its last word is not a bare sort's (甲两岸重点发展|区域、…等|区域: the sort itself; after
  等|精品|旅游区 an item's 旅游区 is one of the sort), and it is no class and overlaps no name
  found already.

The list's first item runs back into its clause; it begins where the platform anchors say
(`platform_anchors.anchor_start`: the leftmost place that is no subject), as in
`platform_members`. Linear in the words: each list is read once, at most
`lists.MAX_ITEMS` items, each item looked at once.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

from .boundary_evidence import load_evidence
from .land_words import is_land_word
from .lists import SEPARATORS
from .orgnames import names_a_class
from .phrases import MAX_LENGTH, PUNCT, STOP_TAGS, Token
from .place_words import TagSource, is_place
from .platform_anchors import PLACE, anchor_start, is_anchor
from .records import Candidate
from .region_names import names_a_region
from .vocabulary import category_of, head_kind, lines_of

__all__ = [
    "AREA_ENDS",
    "DEVELOP",
    "LISTED_ZONE_RULE",
    "PROTECT",
    "listed_zones",
    "names_a_zone",
    "proper_element",
    "region_kinds",
]

LISTED_ZONE_RULE = "rule:listed-zone"  # found_by.RULES
# the last character of a kind of area: a district or zone (区), a belt (带), a city of a
# trade (金融城, 科学城), a bay (号湾)
AREA_ENDS = frozenset("区带城湾")
_SORT_ENDS = AREA_ENDS | {"域"}  # and 区域, "an area", a sort only
# what the laws do to zones and what they do to land: a closed set of verbs of each
# activity (scripts/build_region_kinds.py counts the kinds written with them)
DEVELOP = re.compile("建设|开发|设立|发展|招商|入驻|培育|打造")
PROTECT = re.compile("保护|治理|修复|防治|涵养|恢复|划定")
_SENTENCE_END = re.compile("[。；;！？!?\n]")
REGION_KINDS_FILE = "region_kinds.tsv"
_CLOSES_LIST = frozenset({"等", "等等"})
_SORT_WORDS = 6  # 等|科技|创新|中心|重要|承载|区: the sort's noun phrase
_MIN_NAME = 4  # characters: a place of two and a kind of two (甲乙商务区 is five)
# the segmenter's tags of a place, an abbreviation and other proper nouns (南|太行: ns, j)
_PROPER_TAGS = frozenset({"ns", "j", "nr", "nz"})
_PLATFORM = "Platform"


@dataclass(frozen=True)
class _List:
    """A list's items as (first, last) token indices, left to right, and the index of the
    word that closes it (等, punctuation, a function word; len(tokens) at the end)."""

    items: tuple[tuple[int, int], ...]
    closed_at: int


def listed_zones(text: str, tokens: list[Token], found: Sequence[Candidate]) -> list[Candidate]:
    """The named zones of the lists of areas in `tokens` (over `text`, Simplified) that no
    candidate of `found` overlaps (module docstring)."""
    zones = [
        (c.start, c.end)
        for c in found
        if c.kind == _PLATFORM and not c.parts and text[c.end - 1] in AREA_ENDS
    ]
    out: list[Candidate] = []
    lists = _lists(tokens)
    # the sentence marks of the paragraph, read once for all its lists
    marks = (
        [m.start() for m in _SENTENCE_END.finditer(text, tokens[0].start, tokens[-1].end)]
        if lists
        else []
    )
    for listed in lists:
        sort = _sort_of_area(tokens, listed.closed_at)
        # the items that are zones found whole by their heads (甲开发区、乙加工区)
        zone_items = {
            n
            for n, (first, last) in enumerate(listed.items)
            for s, e in zones
            if e == tokens[last].end and tokens[first].start <= s
        }
        if (sort is None and not zone_items) or _land_protected(text, tokens, listed, marks):
            continue
        for n, (first, last) in enumerate(listed.items):
            if sort is None and not zone_items - {n}:
                continue  # beside a zone: another item is one (甲经济带|地区 holds its own)
            if n == len(listed.items) - 1 and sort is None:
                last = _area_word_from(tokens, first, last)  # 乙集聚带|实行…: open on the right
            start = first if n else _first_item_start(text, tokens, first, last)
            if start is None or not names_a_zone(text, tokens[start : last + 1], sort):
                continue
            span = (tokens[start].start, tokens[last].end)
            if any(_overlaps_not_inside(c, span) for c in found):
                continue  # named already, or part of a name; one inside it is cut short
            out.append(Candidate(_PLATFORM, *span, rule=LISTED_ZONE_RULE))
    return out


def _lists(tokens: list[Token]) -> list[_List]:
    """The runs of words between punctuation and function words that a separator splits
    into two items or more. Verbs do not end a run: the segmenter reads words of zones'
    names as verbs (集聚|带); the first item is cut where its name begins later."""
    found: list[_List] = []
    items: list[tuple[int, int]] = []
    edge = 0
    for k, token in enumerate([*tokens, None]):
        if token is not None and token.word in SEPARATORS:
            if k > edge:
                items.append((edge, k - 1))
            edge = k + 1
            continue
        if token is None or _ends_run(token):
            if k > edge and items:
                items.append((edge, k - 1))
            if len(items) >= 2:
                found.append(_List(tuple(items), k))
            items, edge = [], k + 1
    return found


def _ends_run(token: Token) -> bool:
    return bool(PUNCT.search(token.word)) or token.tag in STOP_TAGS or token.word in _CLOSES_LIST


def _sort_of_area(tokens: list[Token], closed_at: int) -> tuple[str, ...] | None:
    """The words of the sort after 等 at tokens[closed_at] when the sort ends in an area's
    character or in 区域, the word for an area (等|区域, 等|精品|旅游区, 等…承载|区), None
    otherwise."""
    if closed_at >= len(tokens) or tokens[closed_at].word not in _CLOSES_LIST:
        return None
    words: list[str] = []
    for token in tokens[closed_at + 1 : closed_at + 1 + _SORT_WORDS]:
        if PUNCT.search(token.word) or token.tag in STOP_TAGS:
            break
        words.append(token.word)
        if token.word[-1] in _SORT_ENDS:
            return tuple(words)  # 等|精品|旅游区|建设: the sort ends at its area word
    return None


@lru_cache(maxsize=1)
def region_kinds() -> frozenset[str]:
    """Kinds of area the laws protect more than they develop (resources/region_kinds.tsv,
    built by scripts/build_region_kinds.py from the scale corpus): 功能区, 源头区, 保护区."""
    return frozenset(line.split("\t")[0] for line in lines_of(REGION_KINDS_FILE))


def _land_protected(text: str, tokens: list[Token], listed: _List, marks: list[int]) -> bool:
    """The sentence of the list protects (在甲平原区、乙沙化区等重点区域实施生态修复;
    严格保护甲源头区、…乙调蓄区, though 开发 is said in it too): stretches of land, not
    zones. `marks`: where the paragraph's sentence marks stand, in order."""
    start = tokens[listed.items[0][0]].start
    at = bisect_left(marks, start)  # the marks before the list, and the first one from it
    begin = marks[at - 1] + 1 if at else tokens[0].start
    end = marks[at] if at < len(marks) else tokens[-1].end
    return bool(PROTECT.search(text[begin:end]))


def _overlaps_not_inside(candidate: Candidate, span: tuple[int, int]) -> bool:
    """The candidate overlaps the span and is not strictly inside it (甲金融|集聚带 read as
    甲金融 by a list reader that stops at the verb is inside; the same span is not)."""
    start, end = span
    inside = (
        start <= candidate.start
        and candidate.end <= end
        and candidate.end - candidate.start < end - start
    )
    return candidate.start < end and start < candidate.end and not inside


def _area_word_from(tokens: list[Token], first: int, last: int) -> int:
    """The index of the first word from tokens[first] to tokens[last] that ends in an area's
    character (the last item of a list that no 等 closes ends there), else `last`."""
    return next((k for k in range(first, last + 1) if tokens[k].word[-1] in AREA_ENDS), last)


def _first_item_start(text: str, tokens: list[Token], first: int, last: int) -> int | None:
    """Where the list's first item, tokens[first..last], begins as a name: at the anchor the
    platform anchors begin a name at (依托|甲商务区); else right after the clause's last
    verb in it when a place or a proper noun follows the verb (加快|南|太行…旅游区: the
    anchors take no place of one character); None otherwise."""
    begun = anchor_start(text, tokens, last)
    if begun:
        return begun[0]
    verbs = [k for k in range(first, last) if tokens[k].tag.startswith("v")]
    after = verbs[-1] + 1 if verbs else None
    if after is not None and after < last and tokens[after].tag in _PROPER_TAGS:
        return after
    return None


def names_a_zone(
    text: str, item: list[Token], sort: tuple[str, ...] | None, ends: frozenset[str] = AREA_ENDS
) -> bool:
    """The item's words name one zone (module docstring); `ends`: the last characters of
    a kind of area the caller reads (acted_zones adds a park's 园)."""
    name = "".join(t.word for t in item)
    if not _MIN_NAME <= len(name) <= MAX_LENGTH or name[-1] not in ends:
        return False
    if is_place(name, tagged_by=TagSource.SEGMENTER, region=False):
        return False  # 甲新区 read as one word: a district
    if sort is not None and len(sort) == 1 and item[-1].word == sort[0]:
        return False  # the bare sort itself (…发展|区域、…等|区域); 等|精品|旅游区 has members
    if item[-1].word in region_kinds() or "".join(t.word for t in item[-2:]) in region_kinds():
        return False  # a kind of land the laws protect (甲生态|功能区, 乙沙化|区)
    if len(item) >= 2 and names_a_region(text, Candidate(_PLATFORM, item[0].start, item[-2].end)):
        return False  # 甲经济带|地区: the area of a region (region_names), a place
    if names_a_class(name) or category_of(name) or head_kind(name) not in (None, _PLATFORM):
        return False
    if not any(proper_element(t) for t in item[:-1]):
        return False  # no place before what it is: a level or a kind alone
    # what is said besides the places: the last word always (甲|金融城: its kind)
    rest = [t.word for t in item[:-1] if t.tag not in _PROPER_TAGS and not proper_element(t)]
    rest.append(item[-1].word)
    return not (len(rest) == 1 and load_evidence().word(rest[0]) is not None)


def proper_element(token: Token) -> bool:
    """A proper element before the kind: an anchor's place (陆家嘴), a word of two
    characters or more the laws tag a place (黄河, 洋山: the anchors leave out places the
    laws also use as words), or a proper noun the laws never use (太行); not a word of land
    the segmenter tags a place (山区: `land_words`)."""
    if is_land_word(token.word):
        return False  # whichever mountain district: no place of its own
    if is_anchor(token.word, token.tag) == PLACE:
        return True
    if len(token.word) >= 2 and is_place(token.word):
        return True
    # another proper element: a proper noun or abbreviation the laws never use (太行: j)
    return token.tag in _PROPER_TAGS and load_evidence().word(token.word) is None
