"""与 before a list of partners: the preposition "with", not "and" (issue 19, session 27).

In a coordination the conjunction stands before the last member (甲、乙与丙), so a 与 whose
next member is followed by more members, the last after "or" (与丙、丁或戊), does not join
the last pair of a list: it is the preposition of a clause, "(agree) with 丙, 丁 or 戊"
(…權與|某政府、法人或個人約定). The head path reads the words before it and the first
partner as one name (J: a thing or a role joined to a body).

`with_before_partners(text, start, end)` asks the text around one candidate, not the label
alone: the label holds 与 as a word of its own (the segmenter's, so not the 与 inside a
word), with two characters or more before it and three or more after it; the text right
after the label is 、 or 或; and the label does not begin where a list member or a name
would (after punctuation, a bracket, a line break or the start of the text), since a unit
listed among others may join two fields with 与 (某某与某某组、…). It returns how many
characters go (through the 与); the caller keeps the partner if it can stand as a name
(立法院) and drops the label when it is a class (国外政府).

Measured first as a classifier on the judged labels with their documents
(benchmarks/RESULTS.md, session 27, "与 before a list of partners"): 4 J, no good label.
和, 及 and 暨 join fields inside names that lists then separate (国民及学前教育署、…), so
they are left out. Cost: one segmentation of the label: linear in its length.
"""

from __future__ import annotations

from ..script import to_simplified
from .boundary_evidence import load_evidence

__all__ = ["with_before_partners"]

WITH = "与"
# what follows the first partner when others follow it (、 a list's separator, 或 "or")
_NEXT_PARTNER = frozenset("、或")
# the end of a clause, where a list of partners ends
_CLAUSE_END = frozenset("，,。；;：:\n\r")
_OR = "或"
_PARTNERS_REACH = 30  # characters after the first partner read for the 或 (a list of a few)
# characters a name or a list member begins after: a list's or a sentence's punctuation,
# brackets and quotation marks, a line break
_OPENING = frozenset("、，,。；;：:\n\r「“『‘（(《〈[ \t")
_SHORTEST_BEFORE = 2  # characters before 与 (業務)
_SHORTEST_PARTNER = 3  # characters of the first partner (立法院)


def with_before_partners(text: str, start: int, end: int) -> int:
    """Characters of text[start:end] (a candidate) before the first of a list of
    partners, through the preposition 与; 0 when the label holds no such 与."""
    if end >= len(text) or text[end] not in _NEXT_PARTNER:
        return 0
    if start == 0 or text[start - 1] in _OPENING or not _alternatives_follow(text, end):
        return 0
    label = to_simplified(text[start:end])
    for word, first, last in load_evidence().segment(label):
        if word == WITH and first >= _SHORTEST_BEFORE and len(label) - last >= _SHORTEST_PARTNER:
            return last
    return 0


def _alternatives_follow(text: str, end: int) -> bool:
    """The clause after the first partner names others, the last after 或."""
    for char in text[end : end + _PARTNERS_REACH]:
        if char in _CLAUSE_END:
            return False
        if char == _OR:
            return True
    return False
