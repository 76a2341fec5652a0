"""Answers that depend only on the store's contents, computed once per store generation.

The runners count the store's writes (`generation`, bumped by `store_changed`); a page's
parts that scan a kind of node across the whole store (counts, the party graph, the
latest dates, an ordered listing) are kept until the next write, so a page that shows a
fixed number of things costs the same however large the store. Without a generation
(queries straight on a store, as the command line runs them) nothing is kept.
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from collections.abc import Callable, Hashable
from typing import TypeVar

T = TypeVar("T")


class GenerationCache:
    """At most `size` answers, the least recently used dropped first; all of them
    dropped when `generation()` changes."""

    def __init__(self, generation: Callable[[], int | None], size: int = 128) -> None:
        self._generation = generation
        self._size = size
        self._kept: OrderedDict[Hashable, object] = OrderedDict()
        self._kept_generation: int | None = None
        self._lock = threading.Lock()

    def get(self, key: Hashable, compute: Callable[[], T]) -> T:
        generation = self._generation()
        if generation is None:
            return compute()
        with self._lock:
            if generation != self._kept_generation:
                self._kept.clear()
                self._kept_generation = generation
            if key in self._kept:
                self._kept.move_to_end(key)
                return self._kept[key]  # type: ignore[return-value]
        value = compute()  # outside the lock: a slow answer does not hold up the others
        with self._lock:
            if generation == self._kept_generation:  # no write happened meanwhile
                self._kept[key] = value
                while len(self._kept) > self._size:
                    self._kept.popitem(last=False)
        return value

    def advance(
        self, before: int | None, after: int | None, carry: Callable[[Hashable, object], object]
    ) -> None:
        """A write the caller understands took the store from generation `before` to
        `after`: the answers kept for `before` become `after`'s through `carry(key,
        value)`, which returns the answer after the write or DROP (read it again), so a
        list need not be read whole again for a write that changed one row of it. Nothing
        happens when the answers kept are not `before`'s (a reader already saw `after`)."""
        if before is None or after is None:
            return
        with self._lock:
            if self._kept_generation != before:
                return
            carried: OrderedDict[Hashable, object] = OrderedDict()
            for key, value in self._kept.items():
                new = carry(key, value)
                if new is not DROP:
                    carried[key] = new
            self._kept, self._kept_generation = carried, after


DROP = object()  # what `carry` returns for an answer the write may have changed
