"""Named places listed before 等 and a sort of platform (issue 19, session 18).

甲、乙等计算平台, 甲、乙等载体: the list's items are things of that sort, and the text names
them when they hold a place (利用国家超级计算济南中心、齐鲁云脑等计算平台; 打造南沙粤港澳
青创谷…等载体). Many such names end in a word that heads no platform name elsewhere (云脑,
青创谷, 济南中心), so the head recogniser leaves them; the list and the place make them names.

An item is named as a platform when:
- the phrase after 等 is short (at most `_CLASS_WORDS` words, no punctuation or function
  word) and ends in a class noun of platforms (`resources/category_nouns.tsv`: 平台, 载体,
  基地, 设施 …), and the words of the list do not name a body (深圳大学、…等高校平台: the
  item itself must not end in a body's head);
- the item (the list's first one from the anchor `platform_anchors` would begin a name at:
  利用|国家超级计算济南中心) holds a place (`platform_anchors.is_anchor`: a place of
  resources/places.txt or their short names, a proper noun the laws never use; not a
  place word the laws use as a common noun, 城镇|生活污水、…等处理设施) before its last word
  (a name says where, then what) and
  more than that place (北京、上海等平台 lists places) and one word of the laws after it
  (济南|中心 says where a centre is, not which; 齐鲁|云脑, 苏州|纳米|城 name one);
- it is no class by the shared tests (`orgnames.names_a_class`, a class noun at its end)
  and overlaps no name found already.

Without a place an item stays with the other steps: 实验室、技术中心等研发平台 lists kinds.
Known gap (review, session 18): the place test before the last word (`is_anchor`) takes a
proper noun the laws never use for a place, and rjieba calls 纪念塔 one, so 纪念塔|祠 (an
item of a list of memorials in the laws) is named; the count of the other words asks the
segmenter's place tag instead. One test for both is open: the tag alone (ns) takes 城镇
for a place and loses 齐鲁 (nr), `is_anchor` alone loses 杭州 (a word of the laws).
Linear in the words of the text: each 等 reads its list once (lists.MAX_ITEMS items).
"""

from __future__ import annotations

from collections.abc import Sequence

from .boundary_evidence import load_evidence
from .lists import items_before
from .orgnames import is_organisation, names_a_class
from .phrases import MAX_LENGTH, PUNCT, STOP_TAGS, Token
from .platform_anchors import PLACE, anchor_start, is_anchor
from .records import Candidate
from .vocabulary import category_of, head_kind

__all__ = ["listed_places"]

_CLOSES_LIST = frozenset({"等", "等等"})
_CLASS_WORDS = 3  # 等|计算|平台, 等|载体: a short noun phrase of the sort
_PLATFORM = "Platform"
_PLACE_TAG = "ns"  # a place word to the segmenter (深圳), or of resources/places.txt


def _sort_after(tokens: Sequence[Token], start: int) -> bool:
    """The words from tokens[start] (at most `_CLASS_WORDS`, up to punctuation or a
    function word) end in a class noun of platforms."""
    words = []
    for token in tokens[start : start + _CLASS_WORDS]:
        if PUNCT.search(token.word) or token.tag in STOP_TAGS:
            break
        words.append(token.word)
        if category_of("".join(words)) == _PLATFORM:
            return True
    return False


def _item_start(
    text: str, tokens: list[Token], first: int, last: int, opens_list: bool
) -> int | None:
    """Where the item tokens[first..last] begins as a name. An inner item begins after its
    separator; the list's first item runs back into its clause over the words of a noun
    phrase (利用|国家超级计算济南中心: the list reader stops at 计算), so it begins where the
    platform anchors say (`platform_anchors.anchor_start`: the leftmost place or nation
    word that is no subject), None when no anchor begins it."""
    if not opens_list:
        return first
    found = anchor_start(text, tokens, last)
    return found[0] if found else None


def _named_item(
    text: str, tokens: list[Token], first: int, last: int, opens_list: bool
) -> int | None:
    """The index the item tokens[first..last] begins at as a name, or None when it is no
    named place of the sort (module docstring)."""
    start = _item_start(text, tokens, first, last, opens_list)
    if start is None:
        return None
    item = tokens[start : last + 1]
    name = "".join(t.word for t in item)
    if not 3 <= len(name) <= MAX_LENGTH or names_a_class(name) or category_of(name):
        return None
    if head_kind(name) not in (None, _PLATFORM) or is_organisation(name):
        return None  # 深圳大学: a body
    if not any(is_anchor(t.word, t.tag) == PLACE for t in item[:-1]):
        return None  # no place before what it is: 实验室、研发中心 list kinds (城镇 is one too)
    rest = [t.word for t in item if t.tag != _PLACE_TAG]
    if not rest or (len(rest) == 1 and load_evidence().word(rest[0]) is not None):
        return None  # places alone (北京、上海等), or 济南|中心: where a centre is, not which
    return start


def listed_places(text: str, tokens: list[Token], found: Sequence[Candidate]) -> list[Candidate]:
    """Platforms named as items of 甲、乙等 + a sort of platform (module docstring)."""
    out: list[Candidate] = []
    for k, token in enumerate(tokens):
        if token.word not in _CLOSES_LIST or k == 0 or not _sort_after(tokens, k + 1):
            continue
        items = items_before(tokens, k - 1)
        for n, (first, last) in enumerate(items):
            start = _named_item(text, tokens, first, last, opens_list=n == len(items) - 1)
            if start is None:
                continue
            span = (tokens[start].start, tokens[last].end)
            if any(c.start < span[1] and span[0] < c.end for c in found):
                continue  # named already, or part of a name
            out.append(Candidate(_PLATFORM, *span))
    return out
