"""How a function's cost grows: its CPU time at n and at 4n, each the best of several
runs taken in turn, with the garbage collector off. CPU time, not wall time: other work
on the machine (a CI runner, other developers) stretches wall time by the moment, and a
linear step looked quadratic. Linear code takes about 4× as long on 4× the input,
quadratic about 16×."""

from __future__ import annotations

import gc
import time
from collections.abc import Callable
from typing import Any


def _seconds(run: Callable[[], Any]) -> float:
    started = time.process_time()
    run()
    return time.process_time() - started


def growth(
    make: Callable[[int], Callable[[], Any]], n: int, factor: int = 4, repeats: int = 7
) -> float:
    """time(factor × n) / time(n) for the runs `make(size)` returns."""
    small, large = make(n), make(factor * n)
    best_small = best_large = float("inf")
    enabled = gc.isenabled()
    gc.disable()
    try:
        for _ in range(repeats):
            best_small = min(best_small, _seconds(small))
            best_large = min(best_large, _seconds(large))
    finally:
        if enabled:
            gc.enable()
    return best_large / best_small
