"""A zone named once where the document acts on it: 培育甲数字贸易集聚区 (issue 19, session 34).

A plan or a regulation names its zones once as often as in a list: 着力培育甲数字贸易集聚区,
在甲滨江会展城招商引资, 打造甲海洋未来城. Their kinds are a city's coinage (集聚区, 会展城)
that no head list holds, so the head reading passes them by, and `listed_zones` reads
lists only. The frame says that the words name an area the document develops:

- a verb of development or of pushing work on stands right before the name (`_acts`: the
  verbs `listed_zones.DEVELOP` counts for `region_kinds.tsv`, 建设 开发 设立 发展 招商 入驻
  培育 打造, and `_PUSH`, 推进 加快 推动), or
- 以 or 在 stands right before it and such a word right after it (在甲会展城|招商);
- and when a word of the phrase follows the kind, the verb pushes work on or that word is
  the area's development (甲会展城|开发), for 设立甲古城|专项经费 and 设立甲古城|保护|机构
  set up what the area has, not the area;

and the words between that frame and a word ending in an area's character (区 带 城 湾) or
a park's (园: 湿地|公园) name one zone: it begins with its proper element
(`listed_zones.proper_element`: a place, not a word of land, `land_words`), holds no verb
before another proper element (`_a_clause`: 甲|参与|乙|大湾区) and no word of position
(`_a_location`: 甲|南岸|居民区 says where, not which), its kind is coined, not a common
noun nor a verb (`_coined_kind`: 集聚|区, 会展|城, 甲|湿地|公园; not 甲|地区, 甲|沿岸地区,
甲|棚户区, 美丽|家园, 退城), and `listed_zones.names_a_zone`'s tests hold: more than a place
and one word of the laws, no kind of land the laws protect, no class, no place alone.

The verbs of the frame are sets of the grammar, not counts: the eight of development are
`listed_zones.DEVELOP`'s closed set, the three of pushing work on and the prepositions 以/在
are written here; every fire on the scale corpus and the regional regulations is listed
and judged in benchmarks/RESULTS.md (issue 19, session 34).

Linear in the words: each word ending in an area's character looks back at most
`_MAX_WORDS` words, each suffix of its last word looked up once (cached).
"""

from __future__ import annotations

from collections.abc import Sequence

from .listed_zones import AREA_ENDS, DEVELOP, names_a_zone, proper_element
from .phrases import PUNCT, STOP_TAGS, Token
from .place_words import segmenter_tag
from .records import Candidate
from .vocabulary import heads_by_last_char

__all__ = ["ACTED_ZONE_RULE", "acted_zones"]

ACTED_ZONE_RULE = "rule:acted-zone"  # found_by.RULES
# the last character of a kind of area, and of a park (国家|公园, 文化|公园)
_ENDS = AREA_ENDS | {"园"}
_PARK = "公园"
_COMMON_NOUN = "n"
_VERB = "v"
# verbs of pushing a piece of work on: a closed set of the grammar, written here, not
# counted (module docstring)
_PUSH = frozenset({"推进", "加快", "推动"})
_BEFORE_AND_AFTER = frozenset({"以", "在"})  # prepositions: 在甲会展城招商, 以甲集聚区开发为…
_POSITION = frozenset({"f", "s"})  # the tags of position and of a locality: 北岸, 沿线, 东岸
_MAX_WORDS = 8  # a place, its field and its kind: 甲|跨境|数字|贸易|集聚|区
_PLATFORM = "Platform"


def _acts(word: str) -> bool:
    """A verb of development (`DEVELOP`, the whole word) or of pushing work on."""
    return word in _PUSH or DEVELOP.fullmatch(word) is not None


def acted_zones(text: str, tokens: list[Token], found: Sequence[Candidate]) -> list[Candidate]:
    """The zones of `tokens` (over `text`, Simplified) named in a frame of development
    (module docstring) that no candidate of `found` overlaps."""
    out: list[Candidate] = []
    for last, token in enumerate(tokens):
        if token.word[-1] not in _ENDS:
            continue
        before = _frame_word(tokens, last)
        if before is None:
            continue
        after = tokens[last + 1] if last + 1 < len(tokens) else None
        frame = tokens[before].word
        if frame in _BEFORE_AND_AFTER and not (after and _acts(after.word)):
            continue
        if after and not _ends_phrase(after) and not (frame in _PUSH or _acts(after.word)):
            continue  # 设立甲古城|专项经费: the verb acts on what the area has, not on it
        item = tokens[before + 1 : last + 1]
        if not item or not proper_element(item[0]) or not _coined_kind(item):
            continue  # 有利于维护甲地区: the name begins at its place
        if _a_clause(item):
            continue  # 甲|深度|参与|乙|大湾区: a subject, its verb and its object
        if _a_location(item):
            continue  # 甲|两岸|商业区: where an area lies, not its name
        if not names_a_zone(text, item, None, _ENDS):
            continue
        span = (item[0].start, item[-1].end)
        if any(c.start < span[1] and span[0] < c.end for c in [*found, *out]):
            continue  # named already, or part of a name
        out.append(Candidate(_PLATFORM, *span, rule=ACTED_ZONE_RULE))
    return out


def _coined_kind(item: list[Token]) -> bool:
    """The item ends in a kind of area a document coins, not in a common noun: a park after
    its sort (甲|湿地|公园, not 美丽|家园), a lone 区 or 带 after its field (集聚|区,
    旅游|带), or a last word no suffix of which (the whole word, its last three, its last
    two characters) the segmenter's dictionary reads as a common noun (商务区: nt, 港湾: ns),
    unless that noun is a platform's head (试验区: `entity_heads.tsv`); not 地区, 甲|沿岸地区,
    乙|老城区, 甲|棚户区, 甲|居民区 (nouns for an area of the place before them) nor a verb
    that ends as an area does (退城)."""
    kind = item[-1]
    if kind.word[-1] not in AREA_ENDS:
        return kind.word.endswith(_PARK) and len(item) >= 3
    if len(kind.word) == 1:
        return True  # 集聚|区
    if kind.tag.startswith(_VERB):
        return False
    return not any(_common_noun(kind.word[k:]) for k in range(len(kind.word) - 1))


def _common_noun(word: str) -> bool:
    """The segmenter's dictionary reads `word` as one common noun that heads no platform."""
    if segmenter_tag(word, guess=False) != _COMMON_NOUN:  # the dictionary's own words
        return False
    return (word, _PLATFORM) not in heads_by_last_char().get(word[-1], ())


def _a_location(item: list[Token]) -> bool:
    """A word of position stands between the place and the kind (甲|南岸|居民区, 甲|沿线|
    生活区): the words say where an area lies, not which zone it is."""
    return any(t.tag in _POSITION for t in item[1:-1])


def _a_clause(item: list[Token]) -> bool:
    """A verb stands before another proper element of the item: a place, what it does and
    the place it does it in (甲|融入|乙|大湾区), not one zone (甲|跨境|贸易|集聚区: no place
    after the verb)."""
    verbs = [k for k, t in enumerate(item[1:-1], 1) if t.tag.startswith(_VERB)]
    return bool(verbs) and any(proper_element(t) for t in item[verbs[0] + 1 : -1])


def _ends_phrase(token: Token) -> bool:
    """Punctuation or a function word: the name's phrase ends before it."""
    return bool(PUNCT.search(token.word)) or token.tag in STOP_TAGS


def _frame_word(tokens: list[Token], last: int) -> int | None:
    """The index of the nearest word before tokens[last] that opens the frame (a verb of
    `_acts`, 以 or 在), within `_MAX_WORDS` words and no punctuation or function word
    between; None otherwise."""
    for k in range(last - 1, max(-1, last - 1 - _MAX_WORDS), -1):
        word = tokens[k].word
        if _acts(word) or word in _BEFORE_AND_AFTER:
            return k
        if PUNCT.search(word) or tokens[k].tag in STOP_TAGS:
            return None
    return None
