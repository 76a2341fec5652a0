"""The actors a document encourages or guides: a kind of body, not one body (issue 19, session 27).

A law or a policy encourages kinds of actors (鼓励|科研院所…开展…, 引导|行业协会…参与…): the
phrase right after 鼓励 or 引导 names whichever bodies of that kind there are. A named body is
told or commissioned (由|某某委员会负责, 委托|某某中心), not encouraged; one that is encouraged
holds a proper element (a place, a Latin word, a body of the gazetteers), which
`body_classes.treated_as_a_kind` reads first and which spares it. The document's own level
between the verb and the phrase (鼓励本市|…) says whose bodies of that kind, not which one.

One regular-expression pass per document: each verb adds the prefixes of the clause after it,
up to `LONGEST` characters, so asking for a candidate is a set look-up. Linear in the
document's length.
"""

from __future__ import annotations

import re
from functools import lru_cache

__all__ = ["encouraged_actors", "told_elsewhere"]

LONGEST = 16  # characters: the longest phrase read after the verb
SHORTEST = 2
# 鼓励, 引导, and joined verbs after them (鼓励和支持, 鼓励、引导); then the document's own level
_ENCOURAGED = re.compile(
    r"(?:鼓励|引导)(?:[和、及与并]?(?:支持|引导|鼓励|推动))*(?:本(?:市|省|区|县|自治区))?"
)
_CLAUSE_END = re.compile(r"[，。；！？：、\n,;:!?（）()《》“”「」]")


@lru_cache(maxsize=2)  # asked per candidate: one pass per document
def encouraged_actors(text: str, start: int = 0, end: int | None = None) -> frozenset[str]:
    """The phrases (Simplified) `text[start:end]` writes right after 鼓励 or 引导 (module
    docstring): every prefix of at least `SHORTEST` characters of what follows the verb, up to
    the clause's end or `LONGEST` characters."""
    stop = len(text) if end is None else end
    found: set[str] = set()
    for match in _ENCOURAGED.finditer(text, start, stop):
        after = text[match.end() : min(stop, match.end() + LONGEST)]
        clause_end = _CLAUSE_END.search(after)
        phrase = after[: clause_end.start()] if clause_end else after
        found.update(phrase[:size] for size in range(SHORTEST, len(phrase) + 1))
    return frozenset(found)


# a body the document tells or commissions (the second review: 鼓励省甲院…，省甲院应当每年报告)
_TOLD_AFTER = "(?:应当|负责|必须|须)"
_TOLD_BEFORE = "(?:由|委托|责成)"


def told_elsewhere(text: str, name: str, start: int = 0, end: int | None = None) -> bool:
    """Does `text[start:end]` (Simplified) also tell or commission `name` — the name before
    应当/负责/必须/须, or after 由/委托/责成? Then it is one body the document encourages too,
    not a kind of actor. Asked only of names `encouraged_actors` holds (few a document)."""
    stop = len(text) if end is None else end
    named = re.escape(name)
    pattern = re.compile(f"{named}{_TOLD_AFTER}|{_TOLD_BEFORE}{named}")
    return pattern.search(text, start, stop) is not None
