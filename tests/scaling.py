"""How a function's cost grows: the time at n and at 4n, each the best of several runs
taken in turn (so that other work on the machine weighs on both alike), with the garbage
collector off. Linear code takes about 4× as long on 4× the input, quadratic about 16×."""

from __future__ import annotations

import gc
import time
from collections.abc import Callable
from typing import Any


def _seconds(run: Callable[[], Any]) -> float:
    started = time.perf_counter()
    run()
    return time.perf_counter() - started


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
