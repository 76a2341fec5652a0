"""A province written before the place a platform's name begins with (issue 19, session 17).

Lists of local practices head each item with where it comes from, province first, then the
city or district: 湖北省武汉东湖新技术开发区…, 陕西省杨凌农业高新技术产业示范区…, 宁夏回族
自治区宁东能源化工基地…. The zone itself is named from its city or local place: the State
Council's replies are addressed to the province's government and give the zone its name
without the province (国务院关于同意黄石大冶湖高新技术产业园区升级为国家高新技术产业开发区
的批复, to 湖北省人民政府: "定名为黄石大冶湖高新技术产业开发区"), and the laws name a body of
the zone after the same place. So a province right before a word that begins with a place
is where the item is, not part of the name: the name begins at the inner place.

A province is a place word (the dictionary's tag ns) ending in 省 or 自治区, the first level
of the country's division (宪法第三十条: 全国分为省、自治区、直辖市). A municipality
directly under the central government (上海市, 北京市) is a province and a city at once and
names zones itself (上海市漕河泾新兴技术开发区): it is left alone. A province before a word
that is no place names its own platform (广东省一体化政务服务平台) and is kept. Only
platforms: a body keeps its province (湖北省武汉市中级人民法院 is a court's full name).

The State Council names zones of several cities with the cities in parentheses after the
country (中国（杭州、宁波）跨境电子商务综合试验区: the 2015 reply 国务院关于同意设立中国（杭州）
跨境电子商务综合试验区的批复 and its successors, the free trade zones 中国（上海）自由贸易试验区):
the recogniser stops at a parenthesis that holds more than one place, so a platform right
after （place、place…） that follows the nation or a place takes them in.

A platform that begins with a jurisdiction followed by a verb or a predicate
(安徽省合肥市大力培育创新平台: the place is the subject of 培育) is dropped, by the test that
keeps the anchors of `platform_anchors` from such phrases.

Linear: one look at the first words of each platform found.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from .boundary_evidence import load_evidence
from .kinds import NATION_WORDS
from .platform_anchors import PLACE, is_anchor, jurisdiction_acts
from .records import Candidate

__all__ = ["PROVINCE_ENDINGS", "begins_with_place", "is_province", "placed_platforms"]

# the first level of the division of the country (Constitution, article 30), without the
# municipalities, whose names end in 市 like any city's
PROVINCE_ENDINGS = ("省", "自治区")
_PLACE_TAG = "ns"
_LONGEST_PLACE_PREFIX = 4  # 武汉|东湖…, 杨凌|农业…: the place a long word begins with


def is_province(word: str, tag: str) -> bool:
    """湖北省, 宁夏回族自治区: a place word ending in a province's suffix."""
    return tag == _PLACE_TAG and len(word) >= 3 and word.endswith(PROVINCE_ENDINGS)


def begins_with_place(word: str, tag: str) -> bool:
    """`word` (Simplified) is a place or begins with one: 宁东 (ns), 武汉东湖新技术开发区
    (武汉: ns), 杨凌农业高新技术产业示范区 (杨凌: a proper noun the laws never use). Not
    一体化, 新兴产业, 科技."""
    if tag == _PLACE_TAG or is_anchor(word, tag) == PLACE:
        return True
    evidence = load_evidence()
    for k in range(2, min(len(word), _LONGEST_PLACE_PREFIX) + 1):
        prefix = word[:k]
        prefix_tag = evidence.tag(prefix)
        if prefix_tag == _PLACE_TAG or is_anchor(prefix, prefix_tag) == PLACE:
            return True
    return False


def placed_platforms(tokens: Sequence, found: Sequence[Candidate]) -> list[Candidate]:
    """`found` (tokens: the text's words, phrases.Token, in order) with each platform that
    begins with a province followed by a word that begins with a place named from that
    place (module docstring), and without each platform that begins with a jurisdiction
    acting: 安徽省合肥市|大力|培育…平台 (platform_anchors.jurisdiction_acts: the subject and
    its verb, not a name; the same test that keeps such names from the anchors)."""
    index_at = {token.start: k for k, token in enumerate(tokens)}
    index_ending = {token.end: k for k, token in enumerate(tokens)}
    out = []
    for candidate in found:
        k, last = index_at.get(candidate.start), index_ending.get(candidate.end)
        if candidate.kind != "Platform" or candidate.parts or k is None or last is None:
            out.append(candidate)
            continue
        if jurisdiction_acts(tokens, k, last):
            continue
        if (opening := _places_in_parentheses(tokens, k)) is not None:
            candidate = replace(candidate, start=tokens[opening].start)  # keeps its rule
            out.append(candidate)
            continue
        if (
            k + 1 <= last
            and is_province(tokens[k].word, tokens[k].tag)
            and begins_with_place(tokens[k + 1].word, tokens[k + 1].tag)
        ):
            candidate = replace(candidate, start=tokens[k + 1].start)
        out.append(candidate)
    return out


_LIST_MARK = "、"


def _places_in_parentheses(tokens: Sequence, k: int) -> int | None:
    """The index of the nation or place word before （甲、乙…） that ends right before
    tokens[k], when the parentheses hold only places separated by 、 (two or more:
    one place in parentheses the recogniser reads itself); None otherwise."""
    j = k - 1
    if j < 0 or tokens[j].word != "）":
        return None
    places = 0
    j -= 1
    while j >= 0 and tokens[j].word != "（":
        expected_place = places == 0 or tokens[j + 1].word == _LIST_MARK
        if expected_place and tokens[j].tag == _PLACE_TAG:
            places += 1
        elif not (tokens[j].word == _LIST_MARK and tokens[j + 1].tag == _PLACE_TAG):
            return None
        j -= 1
    if j < 1 or places < 2:
        return None
    before = tokens[j - 1]
    return j - 1 if before.word in NATION_WORDS or before.tag == _PLACE_TAG else None
