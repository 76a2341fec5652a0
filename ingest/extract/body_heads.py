"""Heads of bodies that the organisation acts name (issue 19): …中心, …管理处, …基金会.

`body_heads.tsv` (built by `scripts/build_body_heads.py` from the bodies the organisation
acts of the laws set up, and the uses of their last words in the laws) lists words that end
the names of many bodies with different words before them and that the head nouns of
`entity_heads.tsv` lack. A head the laws seldom write alone (`name`: 分院) ends a name as
those heads do. One the laws also write alone as a common noun (`evidenced`: 中心 in
以…为中心, 学校 of any school) ends a name only where the sentence says a body is named:

- a post of the body right after it (…检测中心|主任: `roster_posts.tsv`, built from the
  staffing clauses of the laws): a body, named or of a kind, read over the verbs of its
  field and judged as every name (head_names.py);
- a verb of setting a body up before it, in the same phrase (设立|甲市|乙|中心, 成立…筹备处):
  a body, named or of a kind (设立托育中心); the verb's object is the name, kept only
  when it holds a place or an institution (设立|宁波市…指导中心).

Whatever the evidence, a name of a body head whose words before the head are a head or a
class and nothing more (研究院|筹备处) is a kind; so is one whose words before the head hold
no place and a word that says any body (a `common` word: 学校, a class noun: 单位, a
determiner or relative word: 各, 该校, 所属), the unit every such body has (`unit_of_any_body`);
and one that begins where a verbal noun follows a noun (国民兵|训练…中心) was cut inside: none
is read.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import Protocol

from .class_words import DETERMINERS, RELATIVE_WORDS, SET_UP_VERBS
from .dictionary import places
from .vocabulary import is_class_noun, is_head, lines_of

__all__ = [
    "AFTER",
    "BODY_HEAD_RULE",
    "LISTED",
    "SET_UP",
    "SET_UP_EVIDENCE",
    "BodyHead",
    "body_head_at",
    "bound_start",
    "common_words",
    "cut_inside",
    "evidenced_heads",
    "name_heads",
    "names_its_place",
    "of_a_kind",
    "set_up_object",
    "unit_of_any_body",
]

BODY_HEAD_RULE = "rule:body-head"
LISTED = "listed"  # a head the laws seldom write alone: read as every head is
AFTER = "after"  # a post right after it (…中心|主任)
SET_UP_EVIDENCE = "set-up"  # a verb of setting up before it: a body, named or of a kind
# the verbs that set a body up: the set funds and boards read (class_words.SET_UP_VERBS)
SET_UP = SET_UP_VERBS
_DEFINED = ("（以下简称", "(以下简称", "（简称", "(简称")
SET_UP_REACH = 8  # words between the verb and the head, none of them punctuation
_BREAKS = frozenset("，。；：、！？,;:!?\n（）()《》“”「」")


@lru_cache(maxsize=1)
def _rows() -> tuple[tuple[str, str], ...]:
    rows = (line.split("\t") for line in lines_of("body_heads.tsv"))
    return tuple(sorted(((r[0], r[6]) for r in rows), key=lambda r: -len(r[0])))


@lru_cache(maxsize=1)
def name_heads() -> tuple[str, ...]:
    return tuple(h for h, reading in _rows() if reading == "name")


@lru_cache(maxsize=1)
def evidenced_heads() -> tuple[str, ...]:
    return tuple(h for h, reading in _rows() if reading == "evidenced")


@lru_cache(maxsize=1)
def common_words() -> tuple[str, ...]:
    """Words of bodies the laws write alone most of the time (学校, 医院): no heads."""
    return tuple(h for h, reading in _rows() if reading == "common")


@lru_cache(maxsize=1)
def _last_characters() -> frozenset[str]:
    return frozenset(head[-1] for head, reading in _rows() if reading != "common")


@lru_cache(maxsize=1)
def _posts() -> tuple[str, ...]:
    posts = (line.split("\t")[0] for line in lines_of("roster_posts.tsv"))
    return tuple(sorted(posts, key=len, reverse=True))


class _Word(Protocol):
    word: str
    tag: str


# the one-character determiners of class_words (各, 该, 本, 其, 此): the first character of
# a pronoun the segmenter makes one word (该校, 本校, 各校: the school of the text, any school)
_DETERMINER_CHARACTERS = tuple(sorted(w for w in DETERMINERS if len(w) == 1))
_PRONOUN = "r"


@dataclass(frozen=True)
class BodyHead:
    head: str
    evidence: str  # LISTED (a `name` head), AFTER or SET_UP_EVIDENCE


def body_head_at(text: str, tokens: Sequence[_Word], index: int, end: int) -> BodyHead | None:
    """The body head that tokens[index] (ending at `end` in `text`) ends, if the sentence
    lets it end a name there."""
    word = tokens[index].word
    if word[-1:] not in _last_characters():
        return None  # most words: no body head ends in their last character
    head = next((h for h in name_heads() if word.endswith(h)), "")
    if head:
        return BodyHead(head, LISTED)
    head = next((h for h in evidenced_heads() if word.endswith(h)), "")
    if head and text.startswith(_DEFINED, end):
        return None  # 甲乙中心（以下简称乙中心）: the abbreviated-name rule's (defined_forms.py)
    evidence = _evidence(text, tokens, index, end) if head else ""
    return BodyHead(head, evidence) if evidence else None


def _evidence(text: str, tokens: Sequence[_Word], index: int, end: int) -> str:
    """What the sentence says of the head: AFTER (a post right after it), SET_UP_EVIDENCE (a
    verb of setting up before it within the phrase), else "". A head with a short form
    defined after it is left to the abbreviated-name rule (defined_forms.py), which reads the
    name when the short form keeps its characters (交易中心（以下简称丙丁中心） names none)."""
    if text.startswith(_posts(), end):
        return AFTER
    return SET_UP_EVIDENCE if set_up_object(tokens, index) is not None else ""


def set_up_object(tokens: Sequence[_Word], index: int) -> int | None:
    """The first word after a verb of setting up whose object ends with tokens[index] (设立|
    甲市|乙|中心 → the index of 甲市), within `SET_UP_REACH` words and no punctuation; None
    if no such verb."""
    for k in range(index - 1, max(-1, index - 1 - SET_UP_REACH), -1):
        word = tokens[k].word
        if any(c in _BREAKS for c in word):
            return None
        if word in SET_UP:
            return k + 1 if k + 1 < index else None
    return None


def bound_start(tokens: Sequence[_Word], first: int) -> int:
    """The word a name read from a body head begins with: one word earlier when tokens[first]
    is a one-character noun morpheme (rjieba's ng: 志愿|役) that cannot stand alone and ends
    the word of Han characters before it."""
    if first > 0 and tokens[first].tag == "ng" and len(tokens[first].word) == 1:
        before = tokens[first - 1]
        if before.word and all("\u4e00" <= c <= "\u9fff" for c in before.word):
            return first - 1
    return first


def of_a_kind(modifier: str) -> bool:
    """The words before a body head are a head or a class of bodies and nothing more
    (研究院|筹备处, 机构|中心): the unit every such body has, no name."""
    return is_head(modifier) or is_class_noun(modifier)


def cut_inside(tokens: Sequence[_Word], first: int) -> bool:
    """A name read from a body head begins with a verb or verbal noun right after a noun
    (国民兵|训练及管理中心): the noun is its field, cut off by the boundary reading; what is
    left is a fragment, not the name."""
    if first == 0 or tokens[first].tag not in ("v", "vn"):
        return False
    return tokens[first - 1].tag in ("n", "ng", "nz")


def names_its_place(words: Sequence[_Word]) -> bool:
    """A word of the phrase is a place or an institution (宁波市, 国家税务总局)."""
    return any(t.tag in ("ns", "nt") or t.word in places() for t in words)


def unit_of_any_body(modifier: str, words: Sequence[_Word]) -> bool:
    """The words before a body head (`modifier`, the words `words`) hold no place nor
    institution and a word that says any body: the unit every such body has, a kind. Such a
    word is a word of bodies the laws write alone (body_heads.tsv's `common`: 学校, 医院), a
    class noun (单位, 机构: category_nouns.tsv), or a determiner or relative word
    (class_words.DETERMINERS and RELATIVE_WORDS: 各, 其他, 所在|单位; a pronoun
    the segmenter glued to a determiner, 该校). An institution that ends in a `common` word
    is no proper element where the modifier ends in one (公立|高级|中等学校|筹备处); one
    inside the modifier is (甲乙医院|急诊中心: the centre of one hospital)."""
    ends = modifier.endswith(common_words())
    proper = any(
        t.tag == "ns"
        or t.word in places()
        or (t.tag == "nt" and not (ends and t.word.endswith(common_words())))
        for t in words
    )
    return not proper and (ends or any(_says_any_body(t) for t in words))


def _says_any_body(word: _Word) -> bool:
    """A common word (学校, 公立学校), a class noun (单位), or a determiner or relative word
    (各, 其他, 所属, 所在单位, 该校)."""
    w = word.word
    return (
        w.endswith(common_words())
        or is_class_noun(w)
        or w in DETERMINERS
        or w.startswith(tuple(RELATIVE_WORDS))
        or (word.tag == _PRONOUN and w.startswith(_DETERMINER_CHARACTERS))
    )
