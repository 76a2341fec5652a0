"""Generic names are local: whose platform or fund a name without a proper element is.

A platform's or a fund's IRI is minted from its name (policykg/iris.py), so one name is one
node in every document. That is right for a name that says whose thing it is (全国信用信息
共享平台, 深圳市公共信用信息平台, 国家科技成果转化引导基金), and wrong for a generic one: a
city's regulation says 本市公共信用信息平台 and the name is what follows 本市 (the gold, and
`platform_use`, write 公共信用信息平台), which Shanghai's regulation and Shenzhen's both
say of two different platforms. So a generic name is keyed by the place the document is
issued for as well (`IriMinter.platform(name, within=place)`): two cities' platforms are two
nodes, one city's documents share one. The label stays the name as written.

- generic: no proper element (`platform_evidence.has_proper_element`: a place, a body, a
  Latin word, a known platform) and not begun by a word for the nation (国家, 全国, 中国,
  中央: a national service or fund is one thing everywhere);
- the document's place: the place its title begins with (上海市…条例, 深圳经济特区…条例,
  广东省…办法), else the place its first issuer begins with (a gov.cn page's 发文机关); the
  level word and what follows it are dropped (深圳市 and 深圳经济特区 are one place, and
  上海市浦东新区 is Shanghai's: its regulations say 本市 of the city). A national document (国务院
  关于…, 中华人民共和国…法) or one without a place keeps the name alone.

Linear: the title and each entity's name are segmented once.
"""

from __future__ import annotations

from collections.abc import Iterable

import rjieba
from policykg.ingest.extract.kinds import NATION_WORDS
from policykg.ingest.extract.platform_evidence import has_proper_element
from policykg.ingest.script import to_simplified

__all__ = ["document_place", "is_generic", "scope_of"]

# a place's level as titles write it after the place; longest first (自治区 before 区)
_LEVELS = ("特别行政区", "经济特区", "自治区", "自治州", "省", "市")
_NATION = ("中华人民共和国", *sorted(NATION_WORDS))
_PLACE_TAG = "ns"
_BODY_TAG = "nt"  # the segmenter tags 深圳经济特区, 成都市人民政府 as bodies


def _leading_place(text: str) -> str:
    """The place a title or a body's name begins with, without its level; "" for none or
    the nation."""
    simplified = to_simplified(text.strip().lstrip("#").strip())
    words = rjieba.tag(simplified)
    if not words or simplified.startswith(_NATION):
        return ""
    word, tag = words[0]
    # the first level ends the place: 上海市浦东新区 (one word to the segmenter) is Shanghai's,
    # whose documents say 本市 of the city
    cuts = [at for level in _LEVELS if (at := word.find(level, 2)) > 0]
    place = word[: min(cuts)] if cuts else word
    if tag == _PLACE_TAG:
        return place
    # a body the segmenter keeps whole (深圳经济特区, 成都市人民政府): its place, if a place
    proper = cuts and rjieba.tag(place) == [(place, _PLACE_TAG)]
    return place if tag == _BODY_TAG and proper else ""


def document_place(title: str, issuers: Iterable[str] = ()) -> str:
    """The place a document is issued for (Simplified, without its level), or ""."""
    return _leading_place(title) or next(
        (place for issuer in issuers if (place := _leading_place(issuer))), ""
    )


def is_generic(name: str) -> bool:
    """A name (either script) that does not say whose thing it is."""
    simplified = to_simplified(name)
    if simplified.startswith(_NATION):
        return False
    return not has_proper_element(rjieba.tag(simplified), simplified)


def scope_of(name: str, place: str) -> str | None:
    """The place that qualifies a name's identity: the document's, for a generic name."""
    return place if place and is_generic(name) else None
