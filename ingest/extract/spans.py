"""Spans of the text searched by position: what the extraction steps ask about every
mention, date, sum or name of a document, answered by bisection instead of a scan of all
the spans (which made those steps grow with the square of the document's length)."""

from __future__ import annotations

import itertools
from bisect import bisect_left, bisect_right
from collections.abc import Iterable


class Spans:
    """Spans (start, end) asked whether one of them holds, overlaps or crosses a range:
    sorted by start with the furthest end reached so far, and by end."""

    def __init__(self, spans: Iterable[tuple[int, int]]) -> None:
        self._by_start = sorted(spans)
        self._starts = [s for s, _ in self._by_start]
        self._reach = list(itertools.accumulate((e for _, e in self._by_start), max))
        self._by_end = sorted(self._by_start, key=lambda span: span[1])
        self._ends = [e for _, e in self._by_end]

    def holds(self, start: int, end: int) -> bool:
        """Is there a span (s, e) with s <= start and end <= e?"""
        i = bisect_right(self._starts, start)
        return i > 0 and self._reach[i - 1] >= end

    def overlaps(self, start: int, end: int) -> bool:
        """Is there a span (s, e) with s < end and start < e?"""
        i = bisect_left(self._starts, end)  # the spans starting before `end`…
        return i > 0 and self._reach[i - 1] > start  # …one of them reaching past `start`

    def crossed_by(self, start: int, end: int) -> bool:
        """Does [start, end) cross a span's edge: start < s < end < e, or s < start < e < end?
        Only the spans with an edge inside the range are looked at."""
        lo, hi = bisect_right(self._starts, start), bisect_left(self._starts, end)
        if any(e > end for _, e in self._by_start[lo:hi]):
            return True
        lo, hi = bisect_right(self._ends, start), bisect_left(self._ends, end)
        return any(s < start for s, _ in self._by_end[lo:hi])
