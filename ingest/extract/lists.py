"""Names known by where they stand, not by a head noun of their own.

- in a list beside a name of known kind: 阿里巴巴、商湯科技及香港科技園公司 (companies);
- before 等 and a class noun: 國家超算中心、散裂中子源等國家重大科技基礎設施 (facilities);
- quoted before a head noun they share: “醫療科技”創新平台, “智慧城市”“金融科技”等創新平台.
"""

from __future__ import annotations

import re

from .orgnames import is_organisation, names_a_class
from .phrases import NAME_START_WORDS, PUNCT, STOP_TAGS, Token, is_verb, known, qualifies_a_noun
from .records import Candidate
from .vocabulary import category_of, ends_with_head, head_kind, stop_words

_OPEN, _CLOSE = "“「『", "”」』"
SEPARATORS = frozenset({"、", "和", "及", "与", "以及"})  # between a list's items
_NAME_TAGS = {"n", "nz", "nr", "nrt", "nt", "ns", "eng", "j", "nrfg", "vn", "b"}
_ANCHORS = {"ns", "nt", "nz", "nrt", "eng"}
_NOUN_TAGS = frozenset({"n"})
_PEOPLE = re.compile(r"[者人员家士师生]$")
MAX_ITEMS = 12


def quoted_before_head(tokens: list[Token], first: int, index: int, kind: str) -> list[Candidate]:
    """Names made of quoted words and the head phrase tokens[first:index + 1] after them."""
    if index - first >= 3 or any(t.tag in ("ns", "nt", "nr", "eng") for t in tokens[first:index]):
        return []
    i = first - 1
    if i >= 0 and tokens[i].word == "等":
        i -= 1
    items: list[tuple[int, int]] = []
    while i >= 1 and tokens[i].word in _CLOSE and len(items) < MAX_ITEMS:
        j = i - 1
        while j >= 0 and tokens[j].word not in _OPEN and i - j <= 8:
            if PUNCT.search(tokens[j].word) and tokens[j].word != " ":
                return []
            j -= 1
        if j < 0 or tokens[j].word not in _OPEN or j + 1 > i - 1:
            return []
        inner = (tokens[j + 1].start, tokens[i - 1].end)
        if not 2 <= inner[1] - inner[0] <= 15 or _named_whole(tokens[j + 1 : i]):
            return []  # 「經濟合作暨發展組織」政府開發援助: the quote names a body already
        items.append((j, inner))
        i = j - 1
        if i >= 1 and tokens[i].word in SEPARATORS and tokens[i - 1].word in _CLOSE:
            i -= 1
    head = (tokens[first].start, tokens[index].end)
    return [Candidate(kind, tokens[j].start, head[1], (inner, head)) for j, inner in items]


def _named_whole(words: list[Token]) -> bool:
    """The quote names a body already (「甲乙合作暨發展組織」); not when it ends in a verb of
    one character that only looks like a head (“甲乙通办”: 办 handles, it is no office)."""
    if len(words[-1].word) == 1 and words[-1].tag.startswith("v"):
        return False
    text = _text(words)
    return ends_with_head(text) or is_organisation(text)


def enumerated(tokens: list[Token], found: list[Candidate]) -> list[Candidate]:
    """甲、乙等＋class noun: 甲 and 乙 are things of that class."""
    out = []
    for k, token in enumerate(tokens):
        if token.word not in ("等", "等等"):
            continue
        kind = _class_after(tokens, k + 1)
        if kind is None:
            continue
        for first, last in _items(tokens, k - 1, direction=-1):
            if _name_like(tokens[first : last + 1], found, min_length=2):
                out.append(Candidate(kind, tokens[first].start, tokens[last].end))
    return out


def _class_after(tokens: list[Token], start: int) -> str | None:
    """The kind named by the noun phrase at tokens[start:] (等國家重大科技基礎設施)."""
    words = []
    for token in tokens[start : start + 5]:
        if token.tag not in _NAME_TAGS and token.tag not in ("a", "m", "q"):
            break
        words.append(token.word)
    return category_of("".join(words), named=True) if words else None


def coordinated(tokens: list[Token], found: list[Candidate]) -> list[Candidate]:
    """Names listed beside a name of known kind are of that kind (阿里巴巴、商湯科技及香港科技園公司).
    An item with nothing name-like in it (商湯科技) counts only in a list that has another
    item that has (阿里巴巴): 圖書館、青少年宮 beside a name are still common nouns."""
    at_start = {t.start: i for i, t in enumerate(tokens)}
    at_end = {t.end: i for i, t in enumerate(tokens)}
    whole = {(c.start, c.end) for c in found if not c.parts}  # once: a list may be long
    out = []
    for candidate in found:
        if candidate.parts or candidate.start not in at_start or candidate.end not in at_end:
            continue
        span = tokens[at_start[candidate.start] : at_end[candidate.end] + 1]
        if not any(t.tag in _ANCHORS for t in span) and candidate.end - candidate.start < 5:
            continue  # 黑社會 is not a name to go by
        if qualifies_a_noun(tokens, at_end[candidate.end] + 1, _NOUN_TAGS):
            continue  # 广东省政府|规章: the name qualifies a noun; its list lists such nouns
        listed: list[tuple[list[Token], str]] = []  # each item and the kind it takes
        for direction, edge in (
            (-1, at_start[candidate.start] - 1),
            (1, at_end[candidate.end] + 1),
        ):
            if not (0 <= edge < len(tokens) and tokens[edge].word in SEPARATORS):
                continue
            # an item without a head takes the kind of the nearest item that says one
            # (甲基金、乙公司和丙集团: 丙集团 is a company's, as 乙公司 is, not a fund)
            kind = candidate.kind
            for first, last in _items(tokens, edge + direction, direction):
                item = tokens[first : last + 1]
                kind = head_kind(_text(item)) or kind
                if (item[0].start, item[-1].end) in whole:
                    continue  # a name already (微眾銀行): the list goes on past it
                if not _name_like(item, found, min_length=2, strict=True):
                    break
                if len(_text(item)) < 3 and not _names_something(item):
                    break
                listed.append((item, kind))
        if any(_names_something(item) for item, _ in listed):
            out += [Candidate(kind, item[0].start, item[-1].end) for item, kind in listed]
    return out


def _text(item: list[Token]) -> str:
    return "".join(t.word for t in item).strip()


def items_before(tokens: list[Token], start: int) -> list[tuple[int, int]]:
    """The (first, last) token indices of the items of the list that ends at tokens[start],
    nearest first (甲、乙|等: start is 乙's last word)."""
    return _items(tokens, start, -1)


def _items(tokens: list[Token], start: int, direction: int) -> list[tuple[int, int]]:
    """The (first, last) token indices of the list items from tokens[start] onwards, to
    the left (direction -1) or right (+1), nearest first, up to a word that ends the list."""
    items: list[tuple[int, int]] = []
    i, edge = start, start
    while 0 <= i < len(tokens) and len(items) < MAX_ITEMS:
        token = tokens[i]
        if token.word in SEPARATORS:
            if i != edge:
                items.append((min(edge, i - direction), max(edge, i - direction)))
            edge = i + direction
        elif _ends_list(token):
            break
        i += direction
    if i != edge and 0 <= edge < len(tokens):
        items.append((min(edge, i - direction), max(edge, i - direction)))
    return items


def _ends_list(token: Token) -> bool:
    return bool(
        (PUNCT.search(token.word) and token.word != " ")
        or token.word in stop_words()
        or token.tag in STOP_TAGS
        or (is_verb(token) and known(token.word))
    )


def _name_like(item: list[Token], found: list[Candidate], min_length: int, strict=False) -> bool:
    """Could the item be a name? Not a class, a person, a place alone or a common word
    (公安、民政): something in it must say `name` (see _names_something), except in a list
    beside a name of known kind (`strict`: see `coordinated`)."""
    text = _text(item)
    start, end = item[0].start, item[-1].end
    if any(c.start < end and start < c.end for c in found):
        return False  # already a name, or part of one
    return (
        min_length <= len(text) <= (8 if strict else 15)
        and not names_a_class(text)
        and not category_of(text)
        and not _PEOPLE.search(text)
        and not all(t.tag == "ns" for t in item if t.word.strip())
        and all(t.tag in _NAME_TAGS or t.word == " " or not known(t.word) for t in item)
        and item[-1].tag not in ("v", "vn")  # 毒品犯罪, 頒給與註記: names end in nouns
        and (strict or _names_something(item))
    )


def _names_something(item: list[Token]) -> bool:
    """A word the dictionary lacks (超算, 散裂: new coinages are names), a word it knows as a
    name (not nt: it tags 音樂廳, 美術館 so), Latin letters, or a place or 國家 opening a
    longer phrase (國家超算中心)."""
    return any(
        not known(t.word) or t.tag in ("nz", "nrt", "eng") or t.word.isascii()
        for t in item
        if t.word.strip()
    ) or (len(item) >= 2 and (item[0].tag == "ns" or item[0].word in NAME_START_WORDS))
