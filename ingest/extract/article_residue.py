"""A number's unit glued to the word after it (issue 19): the 條 of an article number
(第 5 條由…, 第8條新創…) or the 內 of a time limit (十五日內向…, 30天內報…), which the
segmenter joins to the first character of the name that follows; `entities` reads the name
from the rest of that word. Moved out of entities.py in session 19."""

from __future__ import annotations

from collections.abc import Sequence

from .phrases import Token

__all__ = ["article_residue"]

# the unit of an article number (第 5 條由…) and the 內 of a time limit (三十日內報…)
_ARTICLE_UNITS = frozenset("条款项章节编内")
_NUMBER_TAGS = frozenset({"m", "t", "mq"})


def article_residue(tokens: Sequence[Token], first: int) -> int:
    """1 when tokens[first] begins with the unit of an article number written before it
    (第 5 條由…, 第8條新創…: digits, then 條 glued to the next word) or with the 內 of a
    time limit (十五日|內向…, 三十日|內報…, 30|天|內向…: a number and its measure word),
    else 0."""
    if tokens[first].word[0] not in _ARTICLE_UNITS:
        return 0
    before = _before(tokens, first)
    if before >= 0 and tokens[before].tag == "q":  # 30|天, 6|个月: the number's measure word
        before = _before(tokens, before)
    return int(before >= 0 and _number(tokens[before]))


def _before(tokens: Sequence[Token], index: int) -> int:
    """The index of the last word before tokens[index] that is not a space, or -1."""
    index -= 1
    while index >= 0 and tokens[index].word.isspace():
        index -= 1
    return index


def _number(token: Token) -> bool:
    return token.tag in _NUMBER_TAGS or token.word.isdigit()
