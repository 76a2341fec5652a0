"""A body a party forms for each case is a kind of body, not one body (issue 19, session 32).

A procedure has a committee or a group formed for each case it handles: whoever invites
tenders forms an evaluation committee for that tender, a buyer forms a negotiating group for
that purchase. The text names the body as formed (组建, 成立) by a party of the case, and the
phrase names whichever committee each case has, as 其|开户银行 names whichever bank each
taxpayer has (`scripts/owned_classes.py`).

Read from the document: the nearest actor before a forming verb, in its sentence, is the
party that forms it,

- a party word: a word of three characters or more ending in 人, or 人 alone after a word of
  two (a person or a party in a role: the one who invites tenders, buys, applies; not
  人民政府, whose word ends in 府, nor 个人 or 法人, which name any person), or
- the case itself: a word holding 项目 (a project, its unit);

and the phrase after the verb (its 的 skipped) is what it forms, each item of a 、 list.
A body of government forms standing bodies (某市人民政府|成立|某某领导小组): the nearest actor
is a body (a word with a body's head), and the phrase stays one body. 组成 is not read: 由…专家组成 names the members,
not who forms the body. A name with a proper element (a place, a listed body) is spared by
`body_classes.treated_as_a_kind` before this evidence is asked.

One regular-expression pass per document; each verb segments at most `SENTENCE_BEFORE`
characters before it and adds the prefixes of the items in at most `CLAUSE_AFTER` characters
after it, so
asking for a candidate is a set look-up. Linear in the document's length.
"""

from __future__ import annotations

import re
from functools import lru_cache

import rjieba

from .dictionary import prepare
from .orgnames import has_body_suffix

__all__ = ["formed_for_a_case", "formed_for_each_case", "party_of_a_case"]

LONGEST = 16  # characters: the longest item read after the verb
CLAUSE_AFTER = 48  # characters read after the verb: a list of several items
SHORTEST = 2
SENTENCE_BEFORE = 40  # characters read before the verb for the party that forms the body
_PARTY_END = "人"
_PARTY_SHORTEST = 3  # 招标人, 当事人; not 个人, 法人 (any person)
_CASE_WORD = "项目"
_FORMED = re.compile(r"(?:组建|成立)的?")
_CLAUSE_BEFORE = re.compile(r"[，,]")
_SENTENCE_END = re.compile(r"[。；！？\n;!?]")
_CLAUSE_END = re.compile(r"[，。；！？：\n,;:!?（）()《》“”「」]")
_ITEM_SEPARATOR = "、"
_FORMER = "原"  # the case's former committee (原|…委员会) is the same kind


def party_of_a_case(sentence: str) -> bool:
    """`sentence` (Simplified, the text before a forming verb) names a party of a case as the
    nearest actor before the verb: a word ending in 人 of at least three characters (采购|人
    as the segmenter cuts it, 招标人), or a word holding 项目; not a body whose head comes
    after it (为保障申请人权益，某市人民政府|成立…: the government forms it)."""
    prepare()  # the dictionary the extractor segments with (dictionary.py)
    words = rjieba.cut(sentence, False)
    for at in range(len(words) - 1, -1, -1):
        word = words[at]
        if has_body_suffix(word):
            return False  # the nearest actor is a body: a standing body it sets up
        if _CASE_WORD in word:
            return True
        glued = word == _PARTY_END and at > 0 and len(words[at - 1]) + 1 >= _PARTY_SHORTEST
        if glued or (len(word) >= _PARTY_SHORTEST and word.endswith(_PARTY_END)):
            return True
    return False


@lru_cache(maxsize=2)  # asked per candidate: one pass per document
def formed_for_each_case(text: str, start: int = 0, end: int | None = None) -> frozenset[str]:
    """The phrases (Simplified) `text[start:end]` writes as formed by a party of a case
    (module docstring): every prefix of `SHORTEST` to `LONGEST` characters of each item
    after the verb, up to the clause's end or `CLAUSE_AFTER` characters."""
    stop = len(text) if end is None else end
    found: set[str] = set()
    for match in _FORMED.finditer(text, start, stop):
        before = text[max(start, match.start() - SENTENCE_BEFORE) : match.start()]
        # the verb's own clause: a party in a clause of purpose or condition before it
        # (为保护投资人权益，本市成立…) forms nothing
        sentence = _CLAUSE_BEFORE.split(_SENTENCE_END.split(before)[-1])[-1]
        if not party_of_a_case(sentence):
            continue
        after = text[match.end() : min(stop, match.end() + CLAUSE_AFTER)]
        clause_end = _CLAUSE_END.search(after)
        phrase = after[: clause_end.start()] if clause_end else after
        for item in phrase.split(_ITEM_SEPARATOR):
            found.update(item[:size] for size in range(SHORTEST, min(len(item), LONGEST) + 1))
    return frozenset(found)


def formed_for_a_case(text: str, name: str, start: int = 0, end: int | None = None) -> bool:
    """`name` (Simplified) is a body `text[start:end]` says a party of a case forms, or
    that body's former one (原|…)."""
    formed = formed_for_each_case(text, start, end)
    return name in formed or (name.startswith(_FORMER) and name[len(_FORMER) :] in formed)
