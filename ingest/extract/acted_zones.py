"""A zone named once where the document acts on it: 加快甲科创港湾建设 (issue 19, session 34).

A plan or a regulation names its zones once as often as in a list: 加快甲零碳产业先行区建设,
以甲科创港湾建设为抓手, 推动甲国家公园总体规划编制, 在甲保税区推进…. Their kinds are a city's
coinage (港湾, 先行区) that no head list holds, so the head reading passes them by, and
`listed_zones` reads lists only. The frame says that the words name an area the document
develops:

- a verb of development or of pushing work on stands right before the name (`ACT`: the
  verbs `listed_zones.DEVELOP` counts for `region_kinds.tsv`, 建设 开发 设立 发展 招商 入驻
  培育 打造, and 推进 加快 推动), or
- 以 or 在 stands right before it and such a word right after it (以甲港湾|建设, 在甲保税区|推进);
- and when a word of the phrase follows the kind, the verb pushes work on
  (推动甲国家公园|总体规划) or that word is the area's development (甲港湾|建设), for
  设立甲古城|专项经费 and 设立甲古城|保护|机构 set up what the area has, not the area;

and the words between that frame and a word ending in an area's character (区 带 城 湾) or
a park's (园: 国家公园) name one zone: it begins with its proper element, holds no verb
before another proper element (`_a_clause`: 甲|参与|乙|大湾区)
(`listed_zones.proper_element`: a place, not a word of land, `land_words`), its kind is
coined, not the word for an area nor a verb (`_coined_kind`: 先行|区, 金融|港湾,
甲|国家|公园; not 甲|地区, 甲|沿岸地区, 美丽|家园, 退城), and `listed_zones.names_a_zone`'s tests hold: more than a place and one
word of the laws, no kind of land the laws protect, no class, no place alone.

Linear in the words: each word ending in an area's character looks back at most
`_MAX_WORDS` words.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache

import rjieba

from .dictionary import prepare
from .listed_zones import AREA_ENDS, DEVELOP, names_a_zone, proper_element
from .phrases import PUNCT, STOP_TAGS, Token
from .records import Candidate

__all__ = ["ACTED_ZONE_RULE", "acted_zones"]

ACTED_ZONE_RULE = "rule:acted-zone"  # found_by.RULES
# the last character of a kind of area, and of a park (国家|公园, 文化|公园)
_ENDS = AREA_ENDS | {"园"}
_PARK = "公园"
_COMMON_NOUN = "n"
_VERB = "v"
_PUSH = frozenset({"推进", "加快", "推动"})  # verbs of pushing a piece of work on
_BEFORE_AND_AFTER = frozenset({"以", "在"})  # 以…建设为抓手, 在…推进
_MAX_WORDS = 8  # a place, its field and its kind: 甲|低碳|认证|先行|区
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
        if not names_a_zone(text, item, None, _ENDS):
            continue
        span = (item[0].start, item[-1].end)
        if any(c.start < span[1] and span[0] < c.end for c in [*found, *out]):
            continue  # named already, or part of a name
        out.append(Candidate(_PLATFORM, *span, rule=ACTED_ZONE_RULE))
    return out


def _coined_kind(item: list[Token]) -> bool:
    """The item ends in a kind of area a document coins, not in the word for an area: a
    park after its sort (甲|国家|公园, not 美丽|家园), a lone 区 or 带 after its field (先行|区,
    旅游|带), or a kind whose last two characters are no common noun to the segmenter
    (商务区, 港湾: ns); not 地区, 甲|沿岸地区, 乙|老城区 (the word for an area of the place
    before it) nor a verb that ends as an area does (退城)."""
    kind = item[-1]
    if kind.word[-1] not in AREA_ENDS:
        return kind.word.endswith(_PARK) and len(item) >= 3
    if len(kind.word) == 1:
        return True  # 先行|区
    if kind.tag.startswith(_VERB):
        return False
    return _segmenter_tag(kind.word[-2:]) != _COMMON_NOUN


@lru_cache(maxsize=4096)
def _segmenter_tag(word: str) -> str | None:
    """The segmenter's tag of `word` when its dictionary reads it as one word, else None."""
    prepare()  # the dictionary tokenise sees (dictionary.py)
    tagged = rjieba.tag(word, hmm=False)  # the dictionary's words, no guessed new word
    return tagged[0][1] if len(tagged) == 1 else None


def _a_clause(item: list[Token]) -> bool:
    """A verb stands before another proper element of the item: a place, what it does and
    the place it does it in (甲|融入|乙|大湾区), not one zone (甲|低碳|认证|先行区: no place
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
