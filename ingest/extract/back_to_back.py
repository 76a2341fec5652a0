"""Two names written back to back, read as one label (issue 19, session 30).

A Taiwan rule names the bodies that make it jointly without a mark between them (外交部教育部
會同訂定, 國防部教育部共同辦理); the label reader, reading back from the last head, takes both.
A body and its unit are written the same way (經濟部|工業局, 行政院|衛生署, 國防部|軍備局), so
what tells two bodies from one is their rank: a unit ends in a head of its own rank below
its parent's (部 → 局, 署, 司; 院 → 部, 會), while two names of one rank (部|部, 院|院:
外交部|教育部, 最高人民法院|最高人民检察院) are two bodies side by side.

`back_to_back(label)` (Simplified) returns where the second name begins when the label's
words are two known names (`clauses.known_name`: listed bodies or units the laws repeat
whole) ending in the same head character, None otherwise. Measured before it was written on
the ~3,100 labels judged by hand (`benchmarks/labels_checked_*.tsv`): 24 are two known names
back to back; the 2 whose names end alike are both judged J, the 22 that end otherwise
(a body and its unit) all good; no gazetteer name (1,884) is two known names ending alike.
A committee is left out: a committee's unit is a committee too (某常务委员会|法制工作委员会).

Cost: one segmentation of the label and a look-up per word boundary.
"""

from __future__ import annotations

from .boundary_evidence import load_evidence
from .clauses import known_name

__all__ = ["back_to_back"]

# heads whose units end otherwise: a ministry's are 局, 署, 司, a Yuan's or court's 部, 會,
# 庭; a committee's are committees, so 会 is no such head
_RANKED_HEADS = frozenset("部院")


def back_to_back(label: str) -> int | None:
    """Where the second of two known names of one rank begins in `label` (module
    docstring), or None."""
    if label[-1:] not in _RANKED_HEADS:
        return None
    words = load_evidence().segment(label)
    for at in range(1, len(words)):
        start = words[at][1]
        left, right = [w for w, _, _ in words[:at]], [w for w, _, _ in words[at:]]
        if label[start - 1] == label[-1] and known_name(left) and known_name(right):
            return start
    return None
