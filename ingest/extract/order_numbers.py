"""The body that an order's number follows, and never the number itself (issue 19,
session 19).

A Taiwan statute's history opens each item with the order that made or amended it:
經濟部（90）經工字第 90123456 號令, 行政院院臺規字第 1110182320 號, 科技部科部產字第 …號,
國家科學及技術委員會會授竹建字第 …號. What stands between the body and 字第 is the
order's number, not the body: the year in brackets (（90）, （九十）) and the body's own
word for its orders (經工, 院臺規, 科部產, 會授竹建), which repeats characters of the body's
name (its first, its head: 經濟部|經工, 行政院|院臺, 科技部|科部). A name read up to 字
would take them in (行政院國家科學委員會（91）臺會, 科技部科部), so:

- the name ends before the first bracket (a body's name in a history holds none);
- a name that ends with a short run of its own characters (科技部|科部, 行政院|院) is the
  shorter name and the order's word.
"""

from __future__ import annotations

import re
from collections.abc import Callable

__all__ = ["body_before_number", "holds_an_order_number"]

MAX_ORDER_WORD = 3  # characters of the body's own word glued to its name (科部, 會, 院臺)
_GOVERNMENT = "臺台"  # the government's own character, first in many orders' words (臺財稅)
_BRACKET = re.compile(r"[（(]")
_NUMERAL = r"[\d〇○零一二三四五六七八九十百千]"
# an order's number inside a name: a bracketed year of two or three characters (（91）,
# （九十）, （一一〇）: not an item's number, （一）, (2)), or 字第 where the name ends or
# its number and 號 follow (院臺規字第, 經工字第 90123456 號: not 數字第一…, 文字第三…)
_ORDER_NUMBER = re.compile(
    rf"[（(]{_NUMERAL}{{2,3}}[）)]|字\s*第(?:\s*{_NUMERAL}*\s*$|\s*{_NUMERAL}+\s*[號号])"
)


def holds_an_order_number(name: str) -> bool:
    """The name holds a piece of an order's number: a bracketed year (（91）, （九十）)
    or 字第 at its end or before the number and 號. No body's name does."""
    return _ORDER_NUMBER.search(name) is not None


def body_before_number(head: str, is_body: Callable[[str], bool]) -> str | None:
    """The body's name at the start of `head` (the text of a history item up to the
    order's 字), by `is_body`: the longest name before any bracket, less an order's word
    glued to it (科技部|科部, 行政院|院); None when no prefix is a body."""
    head = head[: m.start()] if (m := _BRACKET.search(head)) else head
    for end in range(len(head), 1, -1):
        name = head[:end]
        if is_body(name):
            return _without_order_word(name, is_body)
    return None


def _without_order_word(name: str, is_body: Callable[[str], bool]) -> str:
    """科技部科部 → 科技部: a shorter body whose characters make all of the rest (the body's
    own abbreviation, the first word of its orders' numbers), or whose head the rest
    repeats first (司法院|院台廳: the word of a Yuan's office opens with 院; a unit of a
    ministry opens with its own word, 農業部|農糧署, and keeps its name), after the
    government's 臺 if the word opens with it (某部|臺某部)."""
    for cut in range(len(name) - MAX_ORDER_WORD, len(name)):
        if cut < 2:
            continue
        shorter, rest = name[:cut], name[cut:]
        # 審計部|台審部: an order's word may open with the government's 臺 before its own
        word = rest[1:] if rest[0] in _GOVERNMENT and len(rest) > 1 else rest
        own_word = all(c in shorter for c in word) or word[0] == shorter[-1]
        if own_word and is_body(shorter):
            return shorter
    return name
