"""The named areas of a port: 甲港区, 乙作业区 (issue 19, session 25).

A port regulation names its port and then the port's areas, each by its place and the
word for a port area (港区) or a port's working area (作业区): a list of place + 港区, or
one area written right after its port (甲港乙港区). The gold keeps each such area as a
platform, like its port; the laws also write kinds with the same heads (集装箱港区,
安全作业区, 勘查作业区: what is handled or done there), which are not.

An area is **named** when the words before its head (up to `MAX_STEM_WORDS`, after the
last separator, verb, function word or port) begin with a place or a word the laws never
use (`platform_lists.particular_stem`: 沙洲, 汇川; not 集装箱, 安全, 危险品). A named area is a
platform when
- it follows a port found in the text right before it (甲港|乙港区), or
- it is an item of a list of at least `MIN_ITEMS` areas (甲港区、乙港区和丙作业区) in which
  every item is named (a list decides together: one kind among them makes all of them
  kinds), and the list holds a 港区 or a port stands before it in the text: a list of
  作业区 alone may be an oil or mining field's, whose areas are no platforms.

A single place + 港区 with no port and no list (甲市港区) is left alone: it is as often
the port itself as an area of it.

Cost: one pass over the words; each head looks back at most `MAX_STEM_WORDS` words and
asks a cached look-up of its stem's first word (benchmarks/bench_port_areas.py).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

from .candidate_merge import within
from .found_by import tagged
from .lists import SEPARATORS
from .phrases import PUNCT, STOP_TAGS, Token
from .platform_lists import particular_stem
from .port_names import is_place_word
from .records import Candidate

__all__ = ["AREA_HEADS", "port_areas"]

PORT_AREA_RULE = "rule:port-area"
# the words for a port's area and a port's working area; 港区 alone says "port"
AREA_HEADS = frozenset({"港区", "作业区"})
_PORT_AREA = "港区"
MAX_STEM_WORDS = 3  # 甲|乙|港区: a place, a second word (中心, 桥) and the head
MIN_ITEMS = 2


@dataclass(frozen=True)
class _Area:
    """An area head with the words before it: tokens[first..head]."""

    first: int  # the stem's first word (== head when there is no stem)
    head: int
    named: bool
    after_port: bool


def port_areas(text: str, tokens: Sequence[Token], found: list[Candidate]) -> list[Candidate]:
    """`found` (over `text`, Simplified) with the named port areas (module docstring) that
    no candidate covers yet."""
    port_ends = {
        c.end for c in found if c.kind == "Platform" and text[c.start : c.end].endswith("港")
    }
    first_port = min((c.start for c in found if c.end in port_ends), default=len(text))
    areas = [_area(tokens, j, port_ends) for j, t in enumerate(tokens) if t.word in AREA_HEADS]
    new = []
    for items in _lists(tokens, areas):
        in_list = (
            len(items) >= MIN_ITEMS
            and all(a.named for a in items)
            and (
                any(tokens[a.head].word == _PORT_AREA for a in items)
                or first_port < tokens[items[0].first].start
            )
        )
        for area in items:
            if area.named and (in_list or area.after_port):
                span = Candidate("Platform", tokens[area.first].start, tokens[area.head].end)
                if not within(span, found):
                    new.append(span)
    return sorted(found + tagged(PORT_AREA_RULE, new), key=lambda c: (c.start, c.end))


def _area(tokens: Sequence[Token], head: int, port_ends: set[int]) -> _Area:
    """The area whose head is tokens[head]: its stem read back to a separator, a verb, a
    function word, punctuation or a port's end, and whether it is named."""
    first = head
    while first > max(0, head - MAX_STEM_WORDS) and not _stops_stem(tokens, first - 1, port_ends):
        first -= 1
    after_port = first > 0 and tokens[first - 1].end in port_ends
    stem = "".join(t.word for t in tokens[first:head])
    return _Area(first, head, len(stem) >= 2 and _names(tokens[first].word), after_port)


def _stops_stem(tokens: Sequence[Token], k: int, port_ends: set[int]) -> bool:
    token = tokens[k]
    return (
        token.word in SEPARATORS
        or bool(PUNCT.search(token.word))
        or token.tag in STOP_TAGS
        or token.tag.startswith("v")
        or token.end in port_ends
    )


@lru_cache(maxsize=65536)
def _names(word: str) -> bool:
    """A stem's first word that names: a place or a word the laws never use."""
    return is_place_word(word) or particular_stem(word)


def _lists(tokens: Sequence[Token], areas: list[_Area]) -> list[list[_Area]]:
    """The areas grouped into lists: consecutive areas with only separators between one's
    head and the next one's stem."""
    lists: list[list[_Area]] = []
    for area in areas:
        previous = lists[-1][-1] if lists else None
        if (
            previous
            and all(t.word in SEPARATORS for t in tokens[previous.head + 1 : area.first])
            and area.first > previous.head + 1
        ):
            lists[-1].append(area)
        else:
            lists.append([area])
    return lists
