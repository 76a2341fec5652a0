"""Funds a list names as members of a class of earmarked funds (issue 19, session 33).

A text that lists its funds and closes the list with 等 and the class they belong to
(甲资金、乙资金、丙资金等专项资金, 甲基金和乙基金等政府性基金) says of each item that it is one
fund of that class: the document's own evidence that a 资金 written without 专项 is a fund by
name here, not money in general. The class must be earmarked — 专项 in it, or a 基金 — since
a list closed by money (…资金等财政资金, …基金等社会资金) says the items are money of a kind.

Between two separators of such a list an item is a noun phrase, a member of the class, so it
begins right after the separator before it (、扶持|企业|创新|资金、: 扶持 is the item's first
word, no verb of the clause, which stands before the list's first item).

Each test reads forward over at most MAX_LIST_WORDS words from one head: linear in the text.
"""

from __future__ import annotations

from collections.abc import Sequence

from . import conjunctions
from .fund_purposes import EARMARKED
from .fund_words import HEADS
from .phrases import PUNCT, Token

__all__ = ["MAX_LIST_WORDS", "listed_item_start", "member_of_a_listed_class"]

MAX_LIST_WORDS = 48  # words read forward from a head to the list's 等: a dozen items
ENUMERATION = "、"
_CLOSING = "等"
# 等|政府|性|基金 (the segmenter cuts 政府性), 等|专项资金: the class in three words
_CLASS_WORDS = 3


def _separator(token: Token) -> bool:
    return token.word == ENUMERATION or token.word in conjunctions.AND


def _ends_with_head(word: str) -> bool:
    return word.endswith(HEADS)


def _earmarked_class(tokens: Sequence[Token], at: int) -> bool:
    """tokens[at:] begin with the class a list closes with: a head within _CLASS_WORDS
    words, the class earmarked (专项 in it, or a 基金)."""
    words = []
    for token in tokens[at : at + _CLASS_WORDS]:
        if PUNCT.search(token.word):
            return False
        words.append(token.word)
        if _ends_with_head(token.word):
            phrase = "".join(words)
            return EARMARKED in phrase or phrase.endswith(HEADS[0])
    return False


def member_of_a_listed_class(tokens: Sequence[Token], index: int) -> bool:
    """The fund head tokens[index] ends an item of a list of two items or more that 等 and an
    earmarked class close (…资金、乙资金等专项资金): each item is one fund of that class."""
    items = 1 if _separator_before(tokens, index) is None else 2
    at = index + 1
    end = min(len(tokens), index + 1 + MAX_LIST_WORDS)
    while at < end:
        token = tokens[at]
        if token.word == _CLOSING:
            return (
                _ends_with_head(tokens[at - 1].word)
                and items >= 2
                and _earmarked_class(tokens, at + 1)
            )
        if _separator(token):
            if not _ends_with_head(tokens[at - 1].word):
                return False  # 甲资金、乙项目: a list of other things
            items += 1
        elif PUNCT.search(token.word):
            return False
        at += 1
    return False


def _separator_before(tokens: Sequence[Token], index: int) -> int | None:
    """The separator before the item that tokens[index] (a fund head) ends, when the item
    before it ends with a fund head too (甲资金、|乙…资金), and the item has words of its own."""
    at = index - 1
    while at > 0 and not _separator(tokens[at]):
        if PUNCT.search(tokens[at].word) or _ends_with_head(tokens[at].word):
            return None
        at -= 1
    if at <= 0 or not _ends_with_head(tokens[at - 1].word) or at + 1 >= index:
        return None
    return at


def listed_item_start(tokens: Sequence[Token], index: int) -> int | None:
    """Where the item that tokens[index] (a fund head) ends begins, when it is an item after a
    separator of a list member_of_a_listed_class reads: right after that separator, which
    follows the item before (甲资金、|扶持企业创新资金); None otherwise."""
    at = _separator_before(tokens, index)
    return at + 1 if at is not None and member_of_a_listed_class(tokens, index) else None
