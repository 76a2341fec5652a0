"""The query worker process: `python -m policykg.graph.worker STORE` (started by
`ProcessQueryRunner`, graph/runner.py). It opens the store read-only, reads pickled jobs on
its standard input and answers each with ("ok", RenderedResult) or ("error", payload) on
its standard output; it dies with the server, and the kernel bounds what a job may
allocate."""

from __future__ import annotations

import ctypes
import os
import resource
import signal
import sys
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from multiprocessing.connection import Connection

from policykg import errors
from policykg.errors import PolicyKGError, ProtocolError, QueryError

from .query import QueryJob, resident_bytes, run_job, store_cache_allowance
from .stack import deep_thread
from .store import PolicyStore


def worker_main(store_path: str) -> None:
    """The worker's loop: a job in, ("ok", RenderedResult) or ("error", …) out. It runs
    on a deep stack (graph/stack.py), and the worker dies with the server."""
    _die_with_parent()
    requests = Connection(os.dup(0), writable=False)
    replies = Connection(os.dup(1), readable=False)
    sys.stdout = sys.stderr  # a stray print must not corrupt the reply stream
    store = PolicyStore.open(store_path, read_only=True)
    run_job(store, QueryJob(text="ASK { ?s ?p ?o }"))  # the engine's first-use allocations
    idle = resident_bytes()
    replies.send(idle)
    allowance = store_cache_allowance(store_path)

    def serve() -> None:
        while True:
            try:
                job = requests.recv()
            except (EOFError, OSError):
                return
            try:
                with _data_growth_capped(job, idle + allowance):
                    rendered = run_job(store, job, cache_allowance=allowance)
                replies.send(("ok", rendered))
            except PolicyKGError as exc:
                replies.send(("error", error_payload(exc)))
            except MemoryError:
                replies.send(("error", error_payload(memory_refusal(job.max_bytes))))
            except Exception as exc:  # a bug: report it instead of dying silently
                replies.send(
                    ("error", ("PolicyKGError", f"internal error: {exc!r}", None, None, 500))
                )

    with suppress(KeyboardInterrupt):
        deep_thread(serve, name="policykg-worker", daemon=True).join()


@contextmanager
def _data_growth_capped(job: QueryJob, slack: int) -> Iterator[None]:
    """While a bounded job runs, the kernel refuses this process more private memory
    than the runner's watch allows it to grow (`slack` plus the result limit).

    The watch looks at the worker's memory every WATCH_SECONDS, but the engine grows in
    jumps (its table of CONSTRUCT triples written doubles: 130 to 260 MB at once), too
    fast to catch by looking. Past the limit an allocation fails: Python raises
    MemoryError, the engine aborts the worker (SIGABRT), and the runner reports either
    as the query's memory limit."""
    if job.max_bytes is None or not hasattr(resource, "RLIMIT_DATA"):
        yield
        return
    soft, hard = resource.getrlimit(resource.RLIMIT_DATA)
    cap = _data_bytes() + slack + job.max_bytes
    if hard != resource.RLIM_INFINITY:
        cap = min(cap, hard)
    if soft != resource.RLIM_INFINITY:
        cap = min(cap, soft)
    try:
        resource.setrlimit(resource.RLIMIT_DATA, (cap, hard))
    except (OSError, ValueError):  # a platform that will not: the watch alone remains
        yield
        return
    try:
        yield
    finally:
        resource.setrlimit(resource.RLIMIT_DATA, (soft, hard))


def _data_bytes() -> int:
    """This process's private writable address space (what RLIMIT_DATA counts)."""
    with suppress(OSError, ValueError, IndexError), open("/proc/self/status", "rb") as status:
        for line in status:
            if line.startswith(b"VmData:"):
                return int(line.split()[1]) * 1024
    return 0


def _die_with_parent() -> None:
    """Ask Linux to kill this process when the server dies, even mid-query (a worker
    blocked reading its requests would notice by itself, one computing would not)."""
    if not sys.platform.startswith("linux"):
        return
    with suppress(OSError, AttributeError):
        libc = ctypes.CDLL(None, use_errno=True)
        libc.prctl(1, signal.SIGKILL)  # PR_SET_PDEATHSIG
        if os.getppid() == 1:  # the parent was already gone before the call
            os._exit(0)


def error_payload(exc: PolicyKGError) -> tuple:
    return (type(exc).__name__, exc.message, exc.hint, getattr(exc, "position", None),
            exc.http_status)  # fmt: skip


def rebuild_error(payload: tuple) -> PolicyKGError:
    name, message, hint, position, status = payload
    cls = getattr(errors, name, PolicyKGError)
    if issubclass(cls, ProtocolError):
        return ProtocolError(status, message, hint=hint)
    if issubclass(cls, QueryError):
        return cls(message, hint=hint, position=position)
    error = PolicyKGError(message, hint=hint)
    error.http_status = status
    return error


def memory_refusal(max_bytes: int | None) -> ProtocolError:
    return ProtocolError(
        503,
        "the query needed more memory than the server allows one query "
        f"(twice a worker's size, the store's cache allowance and the {max_bytes} byte "
        "result limit) and was stopped",
        hint="narrow the query (more specific patterns, LIMIT)",
    )


if __name__ == "__main__":
    worker_main(sys.argv[1])
