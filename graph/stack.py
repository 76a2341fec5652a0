"""Run the query engine on a thread with a deep stack.

The engine's parser and evaluator recurse once per level of nesting: ten thousand `{`,
`(` or `!`, or a chain of ten thousand `+` or `UNION`, overflow the default 8 MB stack and
the process dies of SIGSEGV, which no Python code can catch. `safety.check_nesting`
refuses deep nesting before the engine sees it; the chains it lets through are made
harmless by evaluating on a stack large enough for any query of the accepted size
(measured: every such form up to 100 kB runs in 512 MB). The stack is address space,
not memory: only the pages a query touches are ever allocated.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import TypeVar

T = TypeVar("T")

DEEP_STACK_BYTES = 512 * 1024 * 1024
_stack_size_lock = threading.Lock()


def deep_thread(
    target: Callable[[], object], *, name: str, daemon: bool = True
) -> threading.Thread:
    """A started thread running `target` on a `DEEP_STACK_BYTES` stack."""
    with _stack_size_lock:  # the size is process-wide: set it only for this thread
        previous = threading.stack_size(DEEP_STACK_BYTES)
        try:
            thread = threading.Thread(target=target, name=name, daemon=daemon)
            thread.start()
        finally:
            threading.stack_size(previous)
    return thread


def on_deep_stack(function: Callable[[], T], *, name: str = "policykg-engine") -> T:
    """`function()` evaluated on a deep-stack thread; its result, or its exception."""
    outcome: list = []

    def run() -> None:
        try:
            outcome.append((True, function()))
        except BaseException as exc:  # handed back to the caller's thread
            outcome.append((False, exc))

    deep_thread(run, name=name, daemon=False).join()
    ok, value = outcome[0]
    if not ok:
        raise value
    return value
