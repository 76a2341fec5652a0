"""The members of a list of parks: …园、…园、…园 (issue 19, session 16).

A zone made of parks names them in one list (海淀园、丰台园、昌平园、电子城、…): each item is a
place and one character that ends platform heads (园 of 科技园, 城 of 科技城), too short for
a head noun of its own. One such item is no evidence, a list of them is: a list (items
between 、, 及, 和, 与, 以及) in which at least `MIN_MEMBERS` items are a particular stem and
the same ending names its members as platforms, and also its other items that are a
particular stem and the last character of a platform head (电子城 beside …园).

- an ending is the last character of a platform head (`vocabulary.heads_by_last_char`) that
  does not end the laws' place names: a character that ends at least `PLACE_ENDING_MIN`
  words the scale corpus tags as places (区, 市, 县: 海淀区、丰台区 are districts) is none;
  nor is one whose heads end in a word of two characters the laws use (心 of 中心, 地 of
  基地: …中心、…中心 is a list of centres, read by their own head);
- a stem is particular when it is a place (`resources/places.txt`) or a word of two
  characters or more that the scale corpus never uses (海淀, 丰台, 雍和, 电子城 whole), not a
  word of the laws (植物园、动物园: 植物 is a common word).

A list can also name its members by a head of their own (济南片区、青岛片区、…;
甲科学城、乙科学城、…) where the recogniser names only some of them: a stem the segmenter
calls a common noun or a time word (未来) has no proper element to begin a name. When at
least `MIN_SIBLINGS` items of a list are platforms found already that end in the same head
word (a platform head of two characters or more), an item made of one more noun or time
word and that head names a platform of the same series (`parallel_members`). A list of
kinds (工业园区、产业园区) has no named item to go by.

Linear in the words of the text: each word is read once as part of at most one item.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from functools import lru_cache

from .boundary_evidence import load_evidence
from .lists import SEPARATORS as _SEPARATORS
from .phrases import MAX_LENGTH, PUNCT, STOP_TAGS, Token, places
from .records import Candidate
from .vocabulary import head_kind, heads_by_last_char

__all__ = ["listed_parks", "parallel_members", "park_endings", "particular_stem"]

MIN_MEMBERS = 3  # items with one ending that make the list a list of parks
PLACE_ENDING_MIN = 10  # place words of the laws ending in a character that make it a place's
_MAX_ITEM = 8  # characters: a place of up to seven and its ending
_HAN = re.compile("^[\u3400-\u9fff]+$")
MIN_SIBLINGS = 2  # named items with one head that make a list a series of such platforms
# the segmenter's tags of a series member's stem: a noun (烟台 n), a proper noun, a time
# word (未来 t); not a verb, adjective or pronoun (其他, 有关, 新建: which, not one)
_STEM_TAGS = frozenset({"n", "nr", "ns", "nz", "t", "j"})


@lru_cache(maxsize=1)
def park_endings() -> frozenset[str]:
    """Last characters of platform heads that are not place endings in the laws."""
    evidence = load_evidence()
    places_by_end = Counter(
        word[-1] for word, found in evidence.words.items() if found.tag == "ns" and len(word) >= 2
    )
    return frozenset(
        char
        for char, heads in heads_by_last_char().items()
        if any(kind == "Platform" for _, kind in heads)
        and places_by_end[char] < PLACE_ENDING_MIN
        and not any(evidence.word(head[-2:]) for head, _ in heads)
    )


def particular_stem(stem: str) -> bool:
    """A place, or one word (to the evidence's segmenter) that the laws never use: 海淀,
    亦庄, 电子城; not 建设植物 nor 儿童公 (words of the laws)."""
    if not _HAN.match(stem):
        return False
    if stem in places():
        return True
    words = load_evidence().segment(stem)
    return len(stem) >= 2 and len(words) == 1 and load_evidence().word(stem) is None


def _member(item: str) -> bool:
    """A particular stem and an ending (海淀|园), or one word the laws never use that ends
    in an ending (电子城)."""
    if not 3 <= len(item) <= _MAX_ITEM or item[-1] not in park_endings():
        return False
    return particular_stem(item[:-1]) or particular_stem(item)


def _headed_span(text: str, tokens: Sequence[Token], a: int, b: int) -> tuple[int, int] | None:
    """The longest part of the item tokens[a..b] from its first word that is `_headed`."""
    for j in range(b, a, -1):
        if _headed(text[tokens[a].start : tokens[j].end]):
            return tokens[a].start, tokens[j].end
    return None


def _headed(item: str) -> bool:
    """A particular first word and a platform head: 大兴|生物医药|产业基地 (beside parks)."""
    words = load_evidence().segment(item)
    return (
        len(words) >= 2
        and head_kind(item) == "Platform"
        and particular_stem(words[0][0])
        and len(item) <= MAX_LENGTH
    )


def _lists(tokens: Sequence[Token]) -> list[list[tuple[int, int]]]:
    """The lists of the text: runs of items (first, last token indices) joined by
    separators, each item a run of words without punctuation or function words."""
    lists: list[list[tuple[int, int]]] = []
    current: list[tuple[int, int]] = []
    first = None
    for k, token in enumerate(tokens):
        if token.word in _SEPARATORS:
            if first is not None:
                current.append((first, k - 1))
            first = None
        elif first is None and k > 0 and tokens[k - 1].word in _SEPARATORS and _glued(token):
            first = k  # 、亦|庄园: the segmenter read an item's first character as a word
        elif PUNCT.search(token.word) or token.tag in STOP_TAGS:
            if first is not None:
                current.append((first, k - 1))
            if len(current) >= 2:
                lists.append(current)
            current, first = [], None
        elif first is None:
            first = k
    if first is not None:
        current.append((first, len(tokens) - 1))
    if len(current) >= 2:
        lists.append(current)
    return lists


_EDGE_WORDS = 3  # words an item at a list's edge may keep: 包括|海淀|园, 汐止|园|组成


def _span(
    text: str, tokens: Sequence[Token], a: int, b: int, k: int, count: int
) -> tuple[int, int] | None:
    """The item tokens[a..b], the `k`-th of `count`. The first item may begin with words of
    the clause before the list (包括|海淀园) and the last end with words after it (汐止园|组成):
    there the shortest member at the list's side of the item (of up to three words) is
    the item; an inner item is taken whole."""
    if 0 < k < count - 1:
        return tokens[a].start, tokens[b].end
    if k == 0:
        edges = [
            (tokens[j].start, tokens[b].end) for j in range(b, max(a, b - _EDGE_WORDS + 1) - 1, -1)
        ]
    else:
        edges = [
            (tokens[a].start, tokens[j].end) for j in range(a, min(b, a + _EDGE_WORDS - 1) + 1)
        ]
    return next((span for span in edges if _member(text[span[0] : span[1]])), None)


def _glued(token: Token) -> bool:
    return len(token.word) == 1 and bool(_HAN.match(token.word))


def listed_parks(text: str, tokens: Sequence[Token]) -> list[Candidate]:
    """Platforms named as members of a list of parks (module docstring)."""
    out = []
    for items in _lists(tokens):
        spans = [_span(text, tokens, a, b, k, len(items)) for k, (a, b) in enumerate(items)]
        members = [span for span in spans if span and _member(text[span[0] : span[1]])]
        endings = Counter(text[e - 1] for _, e in members)
        if endings and max(endings.values()) >= MIN_MEMBERS:
            headed = [span for a, b in items if (span := _headed_span(text, tokens, a, b))]
            spans = sorted(set(members) | {h for h in headed if h[0] not in dict(members)})
            out += [Candidate("Platform", s, e) for s, e in spans]
    return out


def parallel_members(tokens: Sequence[Token], found: Sequence[Candidate]) -> list[Candidate]:
    """Platforms named as members of a series: an item of a stem and the head that at least
    `MIN_SIBLINGS` platforms found in the same list end in (module docstring)."""
    ends = {c.end: c for c in found if c.kind == "Platform"}
    covered = {at for c in found for at in range(c.start, c.end)}  # once: found is long
    out = []
    for items in _lists(tokens):
        heads = Counter(
            tokens[j].word
            for a, b in items
            for j in range(a + 1, b + 1)
            if (c := ends.get(tokens[j].end)) and tokens[a].start <= c.start < tokens[j].start
        )
        for k, (a, b) in enumerate(items):
            # the first item may begin with words before the list (包括|甲|片区), the last
            # end with words after it (乙|片区|建设); an inner item is the stem and the head
            j = next((j for j in range(a + 1, b + 1) if heads[tokens[j].word] >= MIN_SIBLINGS), b)
            if j == b and heads[tokens[j].word] < MIN_SIBLINGS:
                continue
            if (k > 0 and j - 1 != a) or (k < len(items) - 1 and j != b):
                continue
            stem, head = tokens[j - 1], tokens[j]
            if (
                len(head.word) >= 2
                and head.end not in ends
                and stem.tag in _STEM_TAGS
                and len(stem.word) >= 2
                # a common noun of the laws is no stem: 重点|片区, 中心|片区 (烟台|片区 is)
                and (stem.tag != "n" or particular_stem(stem.word))
                and head_kind(head.word) == "Platform"
                and covered.isdisjoint(range(stem.start, head.end))
            ):
                out.append(Candidate("Platform", stem.start, head.end))
    return out
