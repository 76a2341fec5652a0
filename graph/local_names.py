"""Generic names are local: whose platform or fund a name without a proper element is.

A platform's or a fund's IRI is minted from its name (policykg/iris.py), so one name is one
node in every document. That is right for a name that says whose thing it is (全国信用信息
共享平台, 深圳市公共信用信息平台, 国家海洋装备创新引导基金), and wrong for a generic one: a
city's regulation says 本市公共信用信息平台 and the name is what follows 本市 (the gold, and
`platform_use`, write 公共信用信息平台), which Shanghai's regulation and Shenzhen's both
say of two different platforms. So a generic name is keyed by the place the document is
issued for as well (`IriMinter.platform(name, within=place)`): two cities' platforms are two
nodes, one city's documents share one. The label stays the name as written.

- generic: no proper element (`platform_evidence.has_proper_element`: a place, a body, a
  Latin word, a known platform), not begun by a word for the nation (国家, 全国, 中国,
  中央: a national service or fund is one thing everywhere) and not a national service the
  laws name written without its word for the nation (企业信用信息公示系统 of 国家企业信用信息
  公示系统, `service_names.tsv`);
- said as the document's own: 本市/全省/本区… right before it, or a bare level word leading
  it (`said_as_own`); a generic name a document uses without that is another place's or
  everyone's (a Shenzhen paper naming Hong Kong's 创新及科技基金) and keeps the name alone;
- the name keyed: without a leading bare level word (市公共信用信息平台, 本市公共信用信息平台
  and 公共信用信息平台 of one city are one thing);
- the document's place: the places its title begins with (上海市…条例, 深圳经济特区…条例,
  深圳市南山区…办法, 中国（上海）自由贸易试验区…), else those its first issuer begins with
  (a gov.cn page's 发文机关), with their level words: 吉林省 and 吉林市 are two places, a
  district is its own (深圳市南山区), 经济特区 is its city's (深圳经济特区 is 深圳市), an
  autonomous region is its bare name (广西壮族自治区 and 广西 are 广西). A national
  document (国务院关于…, 中华人民共和国…法) or one without a place keeps the name alone.

An organisation written with the bare level of the document's own place (市律师协会 in a
regulation of 本市: `own_level.py`, rule:own-level-body) is that place's one body, so it is
minted from its full name (`own_level_full_name`: 甲市 + 律师协会), the node the name
written in full has: two cities' bar associations are two nodes, and a document that writes the
name both ways has one.

Linear: the title and each entity's name are segmented once.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache

import rjieba
from policykg.ingest.extract.kinds import NATION_WORDS
from policykg.ingest.extract.own_level import LEVELS as OWN_LEVELS
from policykg.ingest.extract.platform_evidence import has_proper_element
from policykg.ingest.extract.vocabulary import lines_of
from policykg.ingest.script import to_simplified

from policykg.iris import canonical_title, title_key

__all__ = [
    "document_place",
    "is_generic",
    "is_local",
    "local_identity",
    "own_level_full_name",
    "said_as_own",
    "scope_of",
]

# a place's level as titles write it after the place; longest first (自治区 before 区)
_LEVELS = ("特别行政区", "经济特区", "自治区", "自治州", "自治县", "新区", "省", "市", "区", "县")
_AUTONOMOUS = ("自治区", "自治州", "自治县")  # keyed by the bare name: 广西壮族自治区 is 广西
_SAME_LEVEL = {"经济特区": "市"}  # 深圳经济特区 is the city of 深圳 (深圳市)
# a level word standing alone before a generic name: 市公共信用信息平台 is the city's
_BARE_LEVELS = frozenset({"省", "市", "区", "县", "本省", "本市", "本区", "本县"})
_NATION = ("中华人民共和国", *sorted(NATION_WORDS))
_NATION_OF_PLACE = re.compile(r"^中国[（(]([^）)]{2,8})[）)]")  # 中国（上海）自由贸易试验区
_PLACE_TAG = "ns"
_MIN_NAME = 2  # characters of a place before its level: 城市 is no city of 城


def _unit(word: str) -> tuple[str, str] | None:
    """(place, level) of a word that is a place followed by its level, else None."""
    for level in _LEVELS:
        if word.endswith(level) and len(word) - len(level) >= _MIN_NAME:
            return word[: -len(level)], level
    return None


def _is_place(text: str) -> bool:
    return rjieba.tag(text) == [(text, _PLACE_TAG)]


def _autonomous(place: str) -> str:
    """The bare name of an autonomous region or prefecture: the shortest place word it begins
    with, followed by its people's name (广西|壮族, 新疆|维吾尔, 延边|朝鲜族; 内蒙古 whole)."""
    return next(
        (place[:end] for end in range(_MIN_NAME, len(place) - 1) if _is_place(place[:end])),
        place,
    )


def _key(place: str, level: str) -> str:
    if level in _AUTONOMOUS:
        return _autonomous(place)
    return place + _SAME_LEVEL.get(level, level)


def _body_place(word: str) -> str:
    """The place a body the segmenter keeps whole begins with (成都市人民政府, 深圳经济特区,
    广西壮族自治区人民政府), with its level; "" if it begins with none."""
    for at in range(_MIN_NAME, len(word)):
        level = next((lv for lv in _LEVELS if word.startswith(lv, at)), None)
        if level is not None:
            place = word[:at]
            bare = _autonomous(place) if level in _AUTONOMOUS else place
            return _key(place, level) if _is_place(bare) else ""
    return ""


def _bare_place(name: str) -> str:
    """A place written without its level (中国（上海）…): the level the segmenter's dictionary
    knows it by when it knows one only (上海市, not 上海省); else the bare name."""
    levels = [lv for lv in ("省", "市") if _is_place(name + lv)]
    return name + levels[0] if len(levels) == 1 else name


def _leading_place(text: str) -> str:
    """The places a title or a body's name begins with, with their levels; "" for none or
    the nation."""
    simplified = to_simplified(text.strip().lstrip("#").strip())
    if m := _NATION_OF_PLACE.match(simplified):
        inner = rjieba.tag(m.group(1))
        bare = len(inner) == 1 and inner[0][1] == _PLACE_TAG and not _unit(m.group(1))
        return _bare_place(m.group(1)) if bare else _leading_place(m.group(1))
    if simplified.startswith(_NATION):
        return ""
    words = rjieba.tag(simplified)
    keys: list[str] = []
    at = 0
    while at < len(words):
        word, tag = words[at]
        following = words[at + 1][0] if at + 1 < len(words) else ""
        if tag == _PLACE_TAG and (unit := _unit(word)):
            keys.append(_key(*unit))
        elif tag == _PLACE_TAG and following in _LEVELS:  # 两江|新区
            keys.append(_key(word, following))
            at += 1
        elif tag == _PLACE_TAG and not keys:  # a place without its level: 广西…条例
            return word
        else:  # a body the segmenter keeps whole: its place, if a place
            keys.append(_body_place(word))
            break
        at += 1
    return "".join(keys)


def document_place(title: str, issuers: Iterable[str] = ()) -> str:
    """The place a document is issued for (Simplified, with its level), or ""."""
    return _leading_place(title) or next(
        (place for issuer in issuers if (place := _leading_place(issuer))), ""
    )


@lru_cache(maxsize=1)
def _national_services() -> frozenset[str]:
    """The national services the laws name (service_names.tsv, scripts/build_service_names.py),
    without their word for the nation: 企业信用信息公示系统 is the nation's one system."""
    names = (line.split("\t")[0] for line in lines_of("service_names.tsv"))
    return frozenset(
        name[len(word) :] for name in names for word in _NATION if name.startswith(word)
    )


def is_generic(name: str) -> bool:
    """A name (either script) that does not say whose thing it is."""
    simplified = to_simplified(name)
    if simplified.startswith(_NATION) or simplified in _national_services():
        return False
    return not has_proper_element(rjieba.tag(simplified), simplified)


def scope_of(name: str, place: str) -> str | None:
    """The place that qualifies a name's identity: the document's, for a generic name."""
    return place if place and is_generic(name) else None


# what marks a name as the document's own jurisdiction's when written right before it:
# 本市公共信用信息平台, 全省…系统 (a closed grammatical set: 本/全 + a level word)
_OWN_BEFORE = re.compile(r"(?:本|全)(?:自治区|自治州|特区|省|市|区|县)$")


def said_as_own(before: str, name: str) -> bool:
    """Does the text say a generic name is the document's own place's thing: 本市 (全省, 本区…)
    right before it, or a bare level word leading the name itself (市公共信用信息平台)? A
    generic name a document uses without it is another's or everyone's (a city's paper
    naming Hong Kong's 创新及科技基金), and keeps the name alone."""
    if _OWN_BEFORE.search(to_simplified("".join(before.split()))):
        return True
    return bool(_leading_level(name))


@lru_cache(maxsize=4096)
def _leading_level(name: str) -> str:
    """The bare level word a name begins with as a word of its own (市 of 市公共信用信息平台,
    not of 市场…), or ""; segmented once per name for both callers."""
    words = rjieba.tag(to_simplified(name))
    return words[0][0] if len(words) > 1 and words[0][0] in _BARE_LEVELS else ""


def local_identity(name: str, place: str) -> tuple[str, str | None]:
    """What a platform's or fund's IRI is minted from: (name, place) for a generic name in
    a document of a place, the name without a leading bare level word (市…平台 is the
    city's …平台); (name, None) otherwise."""
    within = scope_of(name, place)
    if within is None:
        return name, None
    return name[len(_leading_level(name)) :], within


def is_local(iri: str, names: Iterable[str]) -> bool:
    """Is a platform's or fund's IRI a generic name keyed by a place: every name generic
    and none minting the IRI alone? (A reviewer's split IRI of a named thing is not.)"""
    names = [n for n in names if canonical_title(n)]
    return bool(names) and all(
        not iri.endswith("/" + title_key(n)) and is_generic(n) for n in names
    )


def own_level_full_name(name: str, place: str) -> str:
    """The full name (Simplified) of a body written with the bare level of the document's own
    place: the place, then the name after its level (市律师协会 in a document of 甲市 is
    甲市律师协会); "" when the document has no place or its place is of another level (a
    province's document naming 市…: own_level.py reads the level the document calls its own,
    so this is a place the title did not give)."""
    simplified = to_simplified(name)
    level = simplified[:1]
    if not place or not level or level not in OWN_LEVELS or not place.endswith(level):
        return ""
    return place + simplified[1:]
