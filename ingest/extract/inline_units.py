"""The units a body's act sets up in one sentence, written inline (issue 19, session 26).

Organisation acts often name a body's inner units in the sentence that sets them up, with no
colon and no numbered items (`unit_lists` reads those):

    本局設甲乙處、丙丁處、戊己處及庚室，分別掌理前條所列事項。
    本部設第一廳、第二廳、第三廳，掌理…。
    本署因業務需要，得設甲乙中心及丙丁中心。

The list is read by its grammar: a subject that is a body (the one `unit_lists` reads before
設, or 本 + a body noun that begins the sentence when a condition stands between it and
得設), 設/設置/設立, then items parted by 、 (the last one by 及, 和, 與 or 暨) up to the
clause's end. Every item must end with a unit word (處 室 司 廳 組 科 課 or 中心) and have
words of its own before it, and there must be two items at least: a list of other things
(設置標準、設施) or one office alone is not read. Which items name one unit is decided where
the other lists' are (`unit_lists.names_one_unit`): the offices every body has (秘書室,
人事室) are left out there. A numbered unit (第一廳) is kept: the held-out precedent names an
audit office's numbered halls as organisations, each with its own duties.

Linear: the text is searched once for the verb; each list is read once, item by item.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

__all__ = ["InlineList", "read_inline_lists"]

# the verb (Simplified); 设下列 / 设左列 / 设以下 / 设如下 open a list with a colon, read by
# unit_lists
_VERB = re.compile("设(?:置|立)?(?!下列|左列|以下|如下)")
# the unit words of a body's inner units in the laws (Simplified): 處 室 司 廳 組 科 課, 中心
_UNIT_ENDING = re.compile("(?:[处室司厅组科课]|中心)$")
# a count of units, not a unit (本局设七组、法务室: seven divisions), and a count written after
# the last item (…、物理组及分析组十一组: eleven divisions in all), which is cut off
_NUMERALS = "0-9一二三四五六七八九十百"
_COUNT = re.compile(f"^[{_NUMERALS}]+(?:[处室司厅组科课]|中心)$")
_COUNT_AFTER = re.compile(f"(?<=[处室司厅组科课心])[{_NUMERALS}]+(?:[处室司厅组科课]|中心)$")
_ITEM_SEPARATOR = "、"
# the word joining two items (the last two) (及, 和, 与, 暨); 以及 too
_LAST_JOIN = re.compile("以及|及|和|与|暨")
_CLAUSE_END = re.compile("[，,。；;：:\n（(]")
MAX_CLAUSE = 240  # characters of a list (fourteen divisions of some eight characters each)
MAX_ITEM = 20  # characters of one unit's name
MIN_ITEMS = 2
# a condition between the body and 得设 (本署因业务需要，得设…; 本局于必要时得设…): the
# sentence's subject is 本 + a body noun at its start, followed by one of these
_SENTENCE_STOPS = "。；;\n"
_AFTER_POINTER = "于因为视在，,得应另并下内分设"
MAX_SENTENCE_BACK = 40  # characters from 得设 back to the sentence's start
_MODAL = re.compile("(?:得|应当|应|另|并)+$")

SubjectReader = Callable[[str, int, int], "tuple[int, int] | None"]


@dataclass(frozen=True)
class InlineList:
    """One inline list of a body's units: its subject's span and each unit's span."""

    owner: tuple[int, int]
    units: tuple[tuple[int, int], ...]


def read_inline_lists(
    text: str,
    start: int,
    end: int,
    subject_of: SubjectReader,
    pointer_endings: frozenset[str],
) -> list[InlineList]:
    """Every inline list of a body's units in text[start:end] (Simplified). `subject_of` is
    the subject reader of `unit_lists` (text, the verb's offset, the limit)."""
    lists = []
    for m in _VERB.finditer(text, start, end):
        units = _items(text, m.end(), end)
        if not units:
            continue
        owner = subject_of(text, m.start(), start) or _sentence_subject(
            text, m.start(), start, pointer_endings
        )
        if owner is not None:
            lists.append(InlineList(owner, tuple(units)))
    return lists


def _items(text: str, at: int, limit: int) -> list[tuple[int, int]]:
    """The spans of the units listed from `at` to the clause's end, when there are two at
    least and every one ends with a unit word; else []."""
    stop = _CLAUSE_END.search(text, at, min(limit, at + MAX_CLAUSE))
    if stop is None:
        return []
    spans = []
    offset = at
    for part in text[at : stop.start()].split(_ITEM_SEPARATOR):
        spans += _split_join(part, offset)
        offset += len(part) + len(_ITEM_SEPARATOR)
    if spans and (count := _COUNT_AFTER.search(text, *spans[-1])):
        spans[-1] = (spans[-1][0], count.start())
    if len(spans) < MIN_ITEMS or not all(_is_unit(text[a:b]) for a, b in spans):
        return []
    return spans


def _split_join(part: str, offset: int) -> list[tuple[int, int]]:
    """The part at `offset` as one item, or two joined by 及 / 和 (甲处及乙室): the join read
    where both sides end with a unit word, so 和 inside a name (和平处) is left alone."""
    for join in _LAST_JOIN.finditer(part):
        left, right = part[: join.start()], part[join.end() :]
        if _is_unit(left) and _is_unit(right):
            return [(offset, offset + join.start()), (offset + join.end(), offset + len(part))]
    return [(offset, offset + len(part))]


def _is_unit(part: str) -> bool:
    ending = _UNIT_ENDING.search(part)
    return (
        ending is not None
        and ending.start() >= 1  # words of its own before the unit word
        and not _COUNT.match(part)
        and len(part) <= MAX_ITEM
        and all("\u3400" <= c <= "\u9fff" for c in part)
    )


def _sentence_subject(
    text: str, verb: int, limit: int, pointer_endings: frozenset[str]
) -> tuple[int, int] | None:
    """本 + a body noun beginning the sentence of 得设 (本署因业务需要，得设): the body a
    condition parts from its modal verb. Only for a modal verb: 设 alone after a comma is
    another clause's."""
    if not _MODAL.search(text, max(limit, verb - 4), verb):
        return None
    begin = verb
    while (
        begin > limit
        and verb - begin < MAX_SENTENCE_BACK
        and text[begin - 1] not in _SENTENCE_STOPS
    ):
        begin -= 1
    while begin < verb and text[begin] in " \u3000\t":
        begin += 1
    if not text.startswith("本", begin):
        return None
    for length in range(2, 6):
        noun_end = begin + length
        if (
            noun_end < verb
            and text[noun_end - 1] in pointer_endings
            and text[noun_end] in _AFTER_POINTER
        ):
            return begin, noun_end
    return None
