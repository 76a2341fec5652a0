"""A service the document itself sets out to make (issue 19, session 31).

The gold convention leaves a platform with a descriptive name out when the text only says
it shall be built (应当建立…平台: a planned item). A regulation that makes one and then
sends things to it (市甲部门建立乙平台 … 向市乙平台报送) still names the planned item: the
level before it in the later clause says whose it will be, not that it exists. So a phrase
a verb of making (`platform_plans.MAKING_VERBS`: 建立, 建设, 搭建 …) takes as its object
anywhere in the document, with or without the level or 本市/本省 before it, is one the
document makes.

`made_in_document` reads the document once (a regular expression over its range, the last
few documents' readings kept): every object of a verb of making, to the end of its clause
and at most `_LONGEST` characters, and each of its prefixes, so a candidate's question is a
set look-up: linear in the text.
"""

from __future__ import annotations

import re
from functools import lru_cache

from .platform_plans import MAKING_VERBS

__all__ = ["made_in_document"]

_LONGEST = 24  # characters of a verb's object read
_SHORTEST = 4  # characters of a prefix kept: 信息平台
# a verb of making, the words that complete it (建立健全, 建立并完善), the level or the
# document's own jurisdiction (建设本市…, 建立市…), then its object to the clause's end
_MADE = re.compile(
    "(?:" + "|".join(sorted(MAKING_VERBS)) + ")"
    r"(?:[并和]?(?:健全|完善))?(?:本[市省]|[市省])?"
    rf"([^，。；！？：、\n,;:!?（）()]{{{_SHORTEST},{_LONGEST}}})"
)


@lru_cache(maxsize=4)
def _made_objects(text: str, start: int, end: int) -> frozenset[str]:
    """Every prefix of at least `_SHORTEST` characters of an object of a verb of making in
    text[start:end]."""
    made: set[str] = set()
    for match in _MADE.finditer(text, start, end):
        thing = match.group(1)
        made.update(thing[:n] for n in range(_SHORTEST, len(thing) + 1))
    return frozenset(made)


def made_in_document(text: str, start: int, end: int, phrase: str) -> bool:
    """A verb of making takes `phrase` (Simplified, without its level) as its object, or the
    start of it, somewhere in the document text[start:end] (建立|乙平台, 建设|本市乙平台)."""
    return phrase in _made_objects(text, start, end)
