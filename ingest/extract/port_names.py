"""Ports, airports and crossings named by their place, and the kinds that only look so
(issue 19, session 24).

The gold convention keeps a particular port, airport or boundary crossing as a platform
(郑州机场, 平潭口岸) and leaves kinds of them out. The laws write the kinds by what passes
through them, where they lie or who uses them (内河|港口, 国境|口岸); a particular one by
its place. (Kinds the segmenter reads as one word, 民用机场 and 沿海港口, are no candidate
of any recogniser and never reach this module.) So, over the candidates every recogniser
found, and the words:

- **a port named by its place(s)**: one or more places and 港 (甲港, 甲乙港 for a combined
  port), or places, 国际 and a word of two characters ending in 港 (甲国际陆港, a land port):
  a name, though 港 alone is no head of ours (香港, 深港 and 港澳 use it as a place, and
  places end in it: 屏东|枫港, so a two-character 港 word counts only after 国际). A place
  is one of the region's places (places.txt) or a word the segmenter's dictionary reads as
  a city, county or district with 市, 县 or 区 after it (宁波|市, 义乌|市) — not a word the
  tagger merely calls a place (内河, 长三角);
- **a zone written with 港 for 区** (session 29): places and a kind of zone whose 区 form is
  a zone head of the vocabulary, with 港 for 区 (甲省自由贸易港: 自由贸易区 is a head; 乙市自贸港),
  is that place's zone; 内 or 外 the segmenter glued to 港 stays out;
- **a port named in brackets right after its class word** (港口（甲港）, 机场（乙机场）): the
  brackets give the class's name, whatever its stem (a county, a town, a river's bend);
  its words are nouns (not 以下简称…, 含…) and not class words only (港口（内河港口）);
- **a place and the general word for ports** (甲市港口) is the place's port (甲市港): the
  mention is cut to the port's name, as the gold writes it;
- **a kind**: a facility candidate whose words before the head are all class words the
  laws put before such heads (resources/port_classes.tsv, built by
  scripts/build_port_classes.py: 内河, 国境, 边防, 边境) or a deictic place (外省市, 本市:
  "other provinces", "this city"), or two words or more of which none is a place nor a
  word the laws never use standing first or tagged a proper noun (离岛|地区|港口), or whose
  head is followed by an area or group the facility only names (甲机场|群, 甲机场|地区,
  港口|岸线, 口岸|限定区域): the name is that longer phrase's, not the facility's.

Cost: a pass over the paragraph's words and one over its candidates; a place is a cached
dictionary look-up per word.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from functools import lru_cache

from .boundary_evidence import load_evidence
from .candidate_merge import within
from .dictionary import places
from .found_by import tagged
from .kinds import facility_heads
from .phrases import Token, tokenise
from .place_words import TagSource, is_place, is_relational_place
from .records import Candidate
from .vocabulary import category_of, head_kind, lines_of
from .zone_names import is_zone_head

__all__ = [
    "is_city_or_county",
    "is_place_word",
    "port_classes",
    "port_names",
    "without_kinds",
    "zone_port_first",
]

PORT_RULE = "rule:named-port"
# the general word for ports: after a place it is that place's port (上海港口 → 上海港)
GENERAL_PORT = "港口"
# 国际 may stand between a place and its port (甲地国际陆港), as in airports' names
_INTERNATIONAL = "国际"
# the characters after which 港 begins a longer word: a port's area (港区), the general
# word (港口), port affairs (港务), Hong Kong and Macao (港澳)
_PORT_WORD_GOES_ON = frozenset("区口务澳")
# a place's level said after its name; the dictionary reading name + level as one proper
# noun says the name is a city, county or district
_LEVELS = "市县区"
_UPPER_LEVELS = ("省", "特别行政区")
# the segmenter's tags of proper nouns (facility_kinds.NAMER_TAGS less nt: a body before
# the head says whose port, not which: 经济部|商品|检验局|港口)
_NAMER_TAGS = frozenset({"ns", "nr", "nz", "j"})
# what a facility's name can stand before when it only names an area or a group: a
# group of airports (机场群), the area around one (机场地区, 区域), a port's shoreline
# (港口岸线), a port's restricted area (口岸限定区域)
_NAMES_ONLY = re.compile(r"(?:群|地区|区域|岸线|限定区域)")


@lru_cache(maxsize=65536)
def is_city_or_county(word: str) -> bool:
    """`word` (Simplified, two characters or more) is one of the region's places or a word
    the segmenter's dictionary reads as one place (ns) with 市 or 县 after it (宁波|市), or
    with 区 after it when it is a place itself (北仑|区): its 区 words include kinds of area
    (中心区, 枢纽区), and its 县 readings other proper nouns (边境县: nr)."""
    if len(word) < 2:
        return False
    if word in places():
        return True
    levels = _LEVELS if _one_place(word) else _LEVELS[:2]
    return any(_one_place(word + level) for level in levels)


def is_place_word(word: str) -> bool:
    """`word` is a city, county or district, a province or a special administrative
    region: what this module and scripts/build_port_classes.py take for a place."""
    return is_city_or_county(word) or _province_or_region(word)


def _one_place(word: str) -> bool:
    return is_place(word, tagged_by=TagSource.SEGMENTER, region=False)


@lru_cache(maxsize=1)
def port_classes() -> frozenset[str]:
    """The words the laws put before port, airport and crossing heads as classes
    (resources/port_classes.tsv)."""
    return frozenset(line.split("\t")[0] for line in lines_of("port_classes.tsv"))


def port_names(text: str, tokens: list[Token], found: list[Candidate]) -> list[Candidate]:
    """`found` (over `text`, Simplified) without the facility kinds, with a place's general
    port word cut to the place's port, and with the ports named by their places that no
    recogniser found (module docstring)."""
    kept = without_kinds(text, found)
    found_ports = _ports_by_place(text, tokens) + _ports_in_brackets(text, tokens)
    ports = [p for p in found_ports if not within(p, kept)]
    kept = [c for c in kept if not within(c, ports)]
    return sorted(kept + tagged(PORT_RULE, ports), key=lambda c: (c.start, c.end))


def without_kinds(text: str, found: list[Candidate]) -> list[Candidate]:
    """`found` without the facility kinds (内河|港口, 外省市|机场) and with a place's general
    port word cut to the place's port: the test a facility passes whichever pass kept it
    (list_siblings re-checks the names it lifts with it)."""
    kept = []
    for candidate in found:
        if candidate.kind != "Platform" or candidate.parts:
            kept.append(candidate)
        elif not _a_kind(text, candidate):
            kept.append(_port_of_place(text, _after_its_body(text, candidate)))
    return kept


def _after_its_body(text: str, candidate: Candidate) -> Candidate:
    """部门主管|甲港口, 乙公司|丙港口 → 甲港口, 丙港口: a facility named by its places, with
    a body's word glued before them (a head or class of bodies: 部门, 公司), begins at its
    places. The body is the clause's subject or the facility's user (the laws write 主管|甲港口,
    经营|甲机场 after it), never a part of a port's name, which its places make."""
    name = text[candidate.start : candidate.end]
    head = _facility_head(name)
    if not head:
        return candidate
    words = tokenise(text, candidate.start, candidate.end - len(head))
    first = len(words)
    while first > 0 and (
        is_place_word(words[first - 1].word) or words[first - 1].word == _INTERNATIONAL
    ):
        first -= 1
    while first < len(words) and words[first].word == _INTERNATIONAL:
        first += 1  # the places begin the name, 国际 only follows them
    if 0 < first < len(words) and any(_names_a_body(w.word) for w in words[:first]):
        return replace(candidate, start=words[first].start)
    return candidate


def _names_a_body(word: str) -> bool:
    """A body's head or a class of bodies (公司, 甲糖公司, 部门, 管理局)."""
    return head_kind(word) == "Organization" or category_of(word) == "Organization"


def _facility_head(name: str) -> str:
    return next(
        (h for h in sorted(facility_heads(), key=len, reverse=True) if name.endswith(h)), ""
    )


def _a_kind(text: str, candidate: Candidate) -> bool:
    """A facility candidate of class words or a deictic place only, or naming an area or a
    group after its head (module docstring)."""
    name = text[candidate.start : candidate.end]
    head = _facility_head(name)
    if not head:
        return False
    if _NAMES_ONLY.match(text, candidate.end):
        return True
    modifier = name[: -len(head)]
    if not modifier or is_relational_place(modifier):
        return bool(modifier)
    return _all_classes(modifier) or _a_phrase_without_place(
        tokenise(text, candidate.start, candidate.end - len(head))
    )


def _a_phrase_without_place(words: list[Token]) -> bool:
    """Two words or more before the head (less 国际) and none of them a place (a city,
    county, district, province or region) nor a word the laws never use that names: the
    words describe the facility (离岛|地区|港口, 国界|江河|口岸, 航空器|飞离|机场), they do not
    name it. A word the laws never use names whatever its tag when it stands first, where a
    name's own part stands before its class words (樟木|公路|口岸, 磨|憨|铁路|口岸: the
    segmenter tags such names n or nrt, or splits them into a verb and a fragment); after a
    word the laws use, only when tagged a proper noun (港珠澳|大桥 is first anyway; 航空器|飞离:
    a rare verb glued in, tagged n). One word is left to facility_kinds (康定|机场,
    首都|国际|机场)."""
    words = [w for w in words if w.word != _INTERNATIONAL]
    if len(words) < 2:
        return False
    evidence = load_evidence()
    return not any(
        is_place_word(w.word)
        or (evidence.word(w.word) is None and (at == 0 or w.tag in _NAMER_TAGS))
        for at, w in enumerate(words)
    )


@lru_cache(maxsize=65536)
def _province_or_region(word: str) -> bool:
    """The segmenter's dictionary reads word + 省 or + 特别行政区 as one proper noun
    (台湾|省, 香港|特别行政区): a province or a special administrative region."""
    return any(
        is_place(word + level, tagged_by=TagSource.SEGMENTER, region=False, or_proper_noun=True)
        for level in _UPPER_LEVELS
    )


def _all_classes(modifier: str) -> bool:
    """The modifier is one or more class words of port_classes.tsv and nothing else."""
    classes, longest_class = port_classes(), _longest_class()
    ends = {0}
    for at in range(len(modifier)):
        if at in ends:
            ends |= {
                at + k for k in range(2, longest_class + 1) if modifier[at : at + k] in classes
            }
    return len(modifier) in ends


@lru_cache(maxsize=1)
def _longest_class() -> int:
    return max(map(len, port_classes()), default=0)


def _port_of_place(text: str, candidate: Candidate) -> Candidate:
    """甲市港口 → 甲市港: a place's general port word names the place's port."""
    name = text[candidate.start : candidate.end]
    if name.endswith(GENERAL_PORT) and _places_only(name[: -len(GENERAL_PORT)]):
        return replace(candidate, end=candidate.end - 1, rule=PORT_RULE)
    return candidate


def _places_only(words: str) -> bool:
    """`words` are one or two places (宁波舟山), each a city, county or district."""
    if is_city_or_county(words):
        return True
    return any(
        is_city_or_county(words[:k]) and is_city_or_county(words[k:])
        for k in range(2, len(words) - 1)
    )


def _ports_by_place(text: str, tokens: list[Token]) -> list[Candidate]:
    """Places (and 国际) right before a word ending in 港: 上海港, 宁波|舟山|港, 义乌|国际|陆港."""
    found = []
    for index, token in enumerate(tokens):
        if (zone_port := _zone_port(text, tokens, index)) is not None:
            found.append(zone_port)  # 甲省|自由贸易|港, 乙市|自贸港
            continue
        word = token.word
        if not word.endswith("港") or text[token.end : token.end + 1] in _PORT_WORD_GOES_ON:
            continue
        if len(word) >= 3 and _places_only(word[:-1]):
            first = _places_before(tokens, index)  # 宁波|舟山港
            found.append(Candidate("Platform", tokens[first].start, token.end))
            continue
        international = index > 0 and tokens[index - 1].word == _INTERNATIONAL
        if len(word) > 2 or (len(word) == 2 and not international):
            continue  # 香港, 深港, 屏东|枫港: places ending in 港; 甲国际陆港 is a port's name
        at = index - 1 if international else index
        first = _places_before(tokens, at)
        if first < at:
            found.append(Candidate("Platform", tokens[first].start, token.end))
    return found


# the localisers the segmenter glues after 港 (港内, 港外)
_LOCALISERS = frozenset("内外")
# a facility's class word and how the names in brackets after it end: 港口（甲港）
_BRACKETED_HEADS = {"港口": "港", "机场": "机场", "口岸": "口岸", "码头": "码头"}
_OPENING, _CLOSING = "（(", "）)"
_NOUN_TAGS = frozenset({"n", "ns", "nr", "nrt", "nrfg", "nz", "j"})


def _ports_in_brackets(text: str, tokens: list[Token]) -> list[Candidate]:
    """港口（甲港）, 机场（乙机场）: the name in brackets right after its class word."""
    found = []
    for index in range(len(tokens) - 2):
        head = _BRACKETED_HEADS.get(tokens[index].word)
        if head is None or tokens[index + 1].word not in _OPENING:
            continue
        close = next(
            (
                k
                for k in range(index + 2, min(len(tokens), index + 7))
                if tokens[k].word in _CLOSING
            ),
            None,
        )
        if close is None or close == index + 2:
            continue
        inside = tokens[index + 2 : close]
        name = text[inside[0].start : inside[-1].end]
        stem = name[: -len(head)]
        if (
            name.endswith(head)
            and len(stem) >= 2
            and all(t.tag in _NOUN_TAGS for t in inside)
            and not is_relational_place(stem)
            and not _all_classes(stem)
        ):
            found.append(Candidate("Platform", inside[0].start, inside[-1].end))
    return found


def _zone_port(text: str, tokens: list[Token], index: int) -> Candidate | None:
    """甲省|自由贸易|港, 乙市|自贸港, 丙市|自由贸易|港内: a kind of zone written with 港 for
    its 区 (the words before 港, and 区, are a zone head of the vocabulary: 自由贸易区,
    自贸区) after a city, county, district or province: that place's zone. The segmenter
    may glue 内 or 外 after 港 (港内); the name ends before it."""
    token = tokens[index]
    word = token.word[:-1] if token.word[-1:] in _LOCALISERS else token.word
    end = token.start + len(word)
    first = zone_port_first(tokens, index, text[end : end + 1])
    return None if first is None else Candidate("Platform", tokens[first].start, end)


def zone_port_first(tokens: Sequence[Token], index: int, following: str) -> int | None:
    """The index of the first place word of the zone written with 港 that tokens[index]
    ends (`_zone_port`'s reading; `following`: the character after 港, which may make it a
    longer word: 港区, 港口), or None when tokens[index] ends no such zone. The fund reader
    asks it too: a zone's name before a fund's kind is the fund's proper element."""
    word = tokens[index].word
    word = word[:-1] if word[-1:] in _LOCALISERS else word
    if not word.endswith("港") or following in _PORT_WORD_GOES_ON:
        return None
    kind_at, stem = index, word[:-1]  # 自贸|港 in one word, or 自由贸易 the word before
    if not stem and index > 0:
        kind_at, stem = index - 1, tokens[index - 1].word
    if not stem or not is_zone_head(stem + "区"):
        return None
    first = kind_at
    while first > 0 and _place_with_or_without_level(tokens[first - 1].word):
        first -= 1
    return first if first < kind_at else None


_LEVEL_WORDS = frozenset(_LEVELS + "省")  # the levels a place word is written with


def _place_with_or_without_level(word: str) -> bool:
    """A place word (`is_place_word`: 海南, 厦门) or one written with its level, which the
    segmenter keeps in one word (海南省, 厦门市)."""
    return is_place_word(word) or (
        len(word) >= 3 and word[-1] in _LEVEL_WORDS and is_place_word(word[:-1])
    )


def _places_before(tokens: list[Token], index: int) -> int:
    """The first of the place words right before tokens[index] (index if none)."""
    first = index
    while first > 0 and is_city_or_county(tokens[first - 1].word):
        first -= 1
    return first
