"""Spans of the text searched by position: what the extraction steps ask about every
mention, date or name of a document, answered by bisection instead of a scan of all
the spans (which made those steps grow with the square of the document's length)."""

from __future__ import annotations

import itertools
from bisect import bisect_right
from collections.abc import Iterable


class Covering:
    """Spans (start, end) asked whether one of them holds a range: sorted by start, with
    the furthest end reached so far."""

    def __init__(self, spans: Iterable[tuple[int, int]]) -> None:
        ordered = sorted(spans)
        self._starts = [s for s, _ in ordered]
        self._reach = list(itertools.accumulate((e for _, e in ordered), max))

    def holds(self, start: int, end: int) -> bool:
        """Is there a span (s, e) with s <= start and end <= e?"""
        i = bisect_right(self._starts, start)
        return i > 0 and self._reach[i - 1] >= end
