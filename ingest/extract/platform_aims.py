"""A platform the sentence aims at: what something is to become, said by its qualities
(issue 19, session 20).

本市推进甲科学城建设成为科学特征明显、…、宜居宜业的世界一流科学城; 逐步建成贸易投资便利、…
辐射带动作用突出的高标准高质量自由贸易园区. The candidate ends in a platform head and reads
like a name, but it is the complement of a verb of becoming, and a 的-phrase right before it
says what it is to be like: an aim, described, not a facility named. `platform_plans` reads
verbs of making only in the candidate's own clause, at most `phrases.MAX_LENGTH` characters
back; an aim's 的-phrase is a list of qualities joined by 、 that runs longer.

So a platform candidate with no proper element (`platform_evidence.has_proper_element`: a
place, a body) right after 的 is an aim when a verb of becoming (成为, 建成) stands before it
in the same sentence part (no ，。；：between), at most `LONGEST_AIM` characters back, unless
its document gives it a short form, quotes it or refers back to it (`document_evidence`).
Not the verbs of making (建立, 建设): 建立统一的国家地下水监测站网 makes the nation's one
network, which is named so (the laws: 4 such in 5,200 files, two of them names).

Linear: each candidate right after 的 reads at most `LONGEST_AIM` characters before it.
"""

from __future__ import annotations

import re

from .boundary_evidence import load_evidence
from .phrases import tokenise
from .platform_evidence import document_evidence, has_proper_element

__all__ = ["BECOMING_VERBS", "LONGEST_AIM", "described_as_aim"]

# verbs of becoming: what follows is what the subject is to be (grammar, a closed set)
BECOMING_VERBS = frozenset({"成为", "建成"})
LONGEST_AIM = 120  # characters: a list of qualities before the aim
_PART_END = re.compile(r"[，。；！？：\n,;:!?]")
_OF = "的"


def described_as_aim(
    text: str, start: int, end: int, document: tuple[int, int] | None = None
) -> bool:
    """The platform candidate text[start:end] (Simplified) is an aim (module docstring)."""
    if text[start - 1 : start] != _OF:
        return False
    name = text[start:end]
    if has_proper_element([(t.word, t.tag) for t in tokenise(text, start, end)], name):
        return False
    before = _PART_END.split(text[max(0, start - LONGEST_AIM) : start])[-1]
    words = {w for w, _, _ in load_evidence().segment(before)}
    if not words & BECOMING_VERBS:
        return False
    said = document_evidence(text, *(document or (0, None)))
    return not (name in said.defined or name[-2:] in said.referred)
