"""A number's unit glued to the word after it (issue 19): the 條 of an article number
(第 5 條由…, 第8條新創…) or the 內 of a time limit (十五日內向…, 30天內報…), which the
segmenter joins to the first character of the name that follows; `entities` reads the name
from the rest of that word. Moved out of entities.py in session 19.

`number_unit_residue(label, before)` (session 26) asks the same of a finished label, whatever
recogniser made it and however the segmenter cut: a date's unit or an article's unit that
begins the label right after a number of the text (…年3月1|日|原某某局令, 第二|項|所稱…基金,
一〇九|年度|中央政府總預算) is the number's, never the name's: 日原某某局 and 年度中央政府 are the
residue class A of the judged labels.

`article_reference(label)` (session 27) asks it of an article cited by its place instead of
its number (前條|某審查委員會, 本款|某基金, 同項|…): the reference is the clause's, the name
follows it."""

from __future__ import annotations

import re
from collections.abc import Sequence

from ..script import to_simplified
from .boundary_evidence import load_evidence
from .phrases import Token

__all__ = ["article_reference", "article_residue", "number_unit_residue"]

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


# the unit a number takes before a name can follow it: a date's (年度 before 年: the longer
# first) and an article's; 號/号 closes a number of an order (第7號), not a name's first word
_NUMBER_UNIT = re.compile("^(?:年度|月份|年|月|日|号|號|条|條|款|项|項)")
# the last character of a number written in digits or in Chinese numerals, 〇 of 二〇一九 too
_NUMBER_END = re.compile("[0-9０-９〇零一二三四五六七八九十百千两兩]$")


def number_unit_residue(label: str, before: str) -> int:
    """Characters at the start of `label` that are the unit of the number the text writes
    right before it (`before`, the text before the label; spaces between are skipped), 0
    when the label does not begin so or is nothing but the unit. Either script."""
    unit = _NUMBER_UNIT.match(label)
    if unit is None or unit.end() == len(label):
        return 0
    return unit.end() if _NUMBER_END.search(before.rstrip()) else 0


# an article cited by its place: the one before (前), this (本), the same (同), the said (該)
# or the one above (上), then the unit; one word to the segmenter (前條, 本款; not 本條例)
_ARTICLE_REFERENCE = re.compile("^[前本同该上][条款项]$")


def article_reference(label: str) -> int:
    """Characters at the start of `label` (either script) that cite an article by its place
    (前條|審查委員會: the committee of the article before), 0 when it does not begin so or
    nothing follows. On the judged labels: 3 A, no good label."""
    words = load_evidence().segment(to_simplified(label))
    if len(words) < 2:
        return 0
    first = words[0][0]
    return len(first) if _ARTICLE_REFERENCE.match(first) else 0
