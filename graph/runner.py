"""Where queries run, and how a query that runs too long is stopped.

Neither engine can cancel a query from Python (FACTS.md), and a query such as a
three-way cross product spends all its time inside one call into the engine. So a store
that can be opened read-only from disk gets `ProcessQueryRunner`: a pool of worker
processes, each with its own read-only handle on the store; a query past its time limit
is stopped by killing its worker, which is replaced. A store in memory, or one open for
writing, gets `ThreadQueryRunner`: queries run in threads of this process; a timed-out
query is answered with an error on time, but the engine finishes it in the background.

Both answer with the complete rendered body, so an error is never sent after a 200.
"""

from __future__ import annotations

import asyncio
import os
import queue
import subprocess
import sys
import threading
import time
from concurrent.futures import Future, ThreadPoolExecutor
from concurrent.futures import TimeoutError as FutureTimeout
from contextlib import suppress
from multiprocessing.connection import Connection
from pathlib import Path
from typing import Protocol

from policykg import errors
from policykg.errors import PolicyKGError, ProtocolError, QueryError, QueryTimeoutError

from .query import QueryJob, RenderedResult, run_job
from .store import BaseStore, PolicyStore


class QueryRunner(Protocol):
    async def run_async(self, job: QueryJob, timeout: float) -> RenderedResult: ...

    def close(self) -> None: ...


def _busy(limit: int) -> ProtocolError:
    return ProtocolError(
        503,
        f"all {limit} query slots stayed busy for the whole time limit",
        hint="retry in a moment",
    )


def _timed_out(timeout: float) -> QueryTimeoutError:
    return QueryTimeoutError(
        f"the query ran longer than the {timeout:g} s limit and was stopped",
        hint="narrow the query (more specific patterns, LIMIT) or ask the operator to "
        "raise POLICYKG_QUERY_TIMEOUT",
    )


class ThreadQueryRunner:
    """Queries in threads of this process, at most `max_concurrent` at a time."""

    stops_queries = False  # a timed-out query's thread runs on until the engine is done

    def __init__(self, store: BaseStore, max_concurrent: int) -> None:
        self._store = store
        self._limit = max_concurrent
        self._slots = threading.BoundedSemaphore(max_concurrent)

    def run(self, job: QueryJob, timeout: float) -> RenderedResult:
        deadline = time.monotonic() + timeout
        if not self._slots.acquire(timeout=timeout):
            raise _busy(self._limit)
        future: Future = Future()

        def work() -> None:
            try:
                future.set_result(run_job(self._store, job))
            except BaseException as exc:
                future.set_exception(exc)
            finally:
                self._slots.release()

        # a daemon thread: a timed-out query cannot be stopped, and a pool's threads would
        # keep the process from exiting until the engine is done with it
        threading.Thread(target=work, name="policykg-query", daemon=True).start()
        try:
            return future.result(timeout=max(0.0, deadline - time.monotonic()))
        except FutureTimeout:
            raise _timed_out(timeout) from None

    async def run_async(self, job: QueryJob, timeout: float) -> RenderedResult:
        return await asyncio.get_running_loop().run_in_executor(None, self.run, job, timeout)

    def close(self) -> None:
        """Nothing to release: each query's thread ends with its query."""


class _Worker:
    """A worker process: `python -m policykg.graph.runner STORE`, speaking pickled
    frames over its stdin and stdout. Started as a fresh interpreter (not forked: fork
    is unsafe with RocksDB's threads; and not multiprocessing's spawn, which re-imports
    the parent's main module)."""

    def __init__(self, store_path: Path) -> None:
        self.process = subprocess.Popen(
            [sys.executable, "-m", "policykg.graph.runner", str(store_path)],
            stdin=subprocess.PIPE, stdout=subprocess.PIPE,
        )  # fmt: skip
        self.requests = Connection(os.dup(self.process.stdin.fileno()), readable=False)
        self.replies = Connection(os.dup(self.process.stdout.fileno()), writable=False)
        self.process.stdin.close()
        self.process.stdout.close()

    @property
    def alive(self) -> bool:
        return self.process.poll() is None

    def stop(self) -> None:
        if self.alive:
            self.process.kill()
        with suppress(subprocess.TimeoutExpired):
            self.process.wait(timeout=5)
        self.requests.close()
        self.replies.close()


class ProcessQueryRunner:
    """Queries in worker processes with read-only handles on a store on disk; at most
    `max_concurrent` workers, started when first needed and kept for later queries."""

    stops_queries = True

    def __init__(self, store: BaseStore, max_concurrent: int) -> None:
        if store.path is None:
            raise ValueError("worker processes need a store on disk")
        self._store = store
        self._limit = max_concurrent
        self._slots = threading.BoundedSemaphore(max_concurrent)
        self._idle: queue.LifoQueue[_Worker] = queue.LifoQueue()
        self._workers: set[_Worker] = set()
        self._lock = threading.Lock()
        self._closed = False
        self._spawner = ThreadPoolExecutor(1, thread_name_prefix="policykg-spawn")

    async def run_async(self, job: QueryJob, timeout: float) -> RenderedResult:
        """`run` for an event loop: waits for the worker's reply without a thread, and a
        request cancelled while waiting (the client went away) stops its worker too."""
        loop = asyncio.get_running_loop()
        deadline = time.monotonic() + timeout
        # Polling, not a thread blocked on the semaphore: a request cancelled while it
        # waits then holds nothing (a waiting thread would take a slot for nobody).
        while not self._slots.acquire(blocking=False):
            if time.monotonic() >= deadline:
                raise _busy(self._limit)
            await asyncio.sleep(0.005)
        try:
            worker = self._idle_nowait() or await self._spawn_async()
            try:
                worker.requests.send(job)
                ready = loop.create_future()
                fd = worker.replies.fileno()
                loop.add_reader(fd, lambda: ready.done() or ready.set_result(None))
                try:
                    await asyncio.wait_for(ready, max(0.0, deadline - time.monotonic()))
                finally:
                    loop.remove_reader(fd)
                    os.set_blocking(fd, True)  # uvloop leaves watched descriptors non-blocking
                reply = worker.replies.recv()
            except TimeoutError:
                self._discard(worker)
                raise _timed_out(timeout) from None
            except BaseException as exc:  # cancelled, or the worker died: it cannot be reused
                self._discard(worker)
                if isinstance(exc, EOFError | OSError):
                    raise _worker_died() from None
                raise
            self._idle.put(worker)
        finally:
            self._slots.release()
        return _unpack(reply)

    async def _spawn_async(self) -> _Worker:
        """A new worker, started in a thread (it takes a fraction of a second); if the
        request is cancelled meanwhile, the worker still joins the idle pool."""
        started = self._spawner.submit(self._live_worker)
        try:
            return await asyncio.wrap_future(started)
        except asyncio.CancelledError:
            started.add_done_callback(
                lambda f: f.cancelled() or f.exception() is not None or self._idle.put(f.result())
            )
            raise

    def _idle_nowait(self) -> _Worker | None:
        while True:
            try:
                worker = self._idle.get_nowait()
            except queue.Empty:
                return None
            if worker.alive:
                return worker
            self._discard(worker)

    def _live_worker(self) -> _Worker:
        worker = self._take()
        while not worker.alive:  # it died while idle: take another
            self._discard(worker)
            worker = self._take()
        return worker

    def _take(self) -> _Worker:
        try:
            return self._idle.get_nowait()
        except queue.Empty:
            pass
        with self._lock:
            if self._closed:
                raise ProtocolError(503, "the server is shutting down")
            worker = _Worker(self._store.path)  # type: ignore[arg-type]
            self._workers.add(worker)
            return worker

    def _discard(self, worker: _Worker) -> None:
        with self._lock:
            self._workers.discard(worker)
        worker.stop()

    def worker_pids(self) -> list[int]:
        """The process ids of the live workers (for monitoring and tests)."""
        with self._lock:
            return sorted(w.process.pid for w in self._workers)

    def warm_up(self, count: int = 1) -> None:
        """Start workers ahead of the first queries (each takes a fraction of a second)."""
        started = [self._take() for _ in range(min(count, self._limit))]
        for worker in started:
            self._idle.put(worker)

    def close(self) -> None:
        self._spawner.shutdown(wait=False, cancel_futures=True)
        with self._lock:
            self._closed = True
            workers = list(self._workers)
            self._workers.clear()
        for worker in workers:
            worker.stop()


def make_runner(store: BaseStore, max_concurrent: int) -> ThreadQueryRunner | ProcessQueryRunner:
    """Worker processes when the store is on disk and read-only (nothing can change it
    under the workers' own read-only handles); threads otherwise."""
    if store.path is not None and store.read_only:
        return ProcessQueryRunner(store, max_concurrent)
    return ThreadQueryRunner(store, max_concurrent)


# -- the worker process ------------------------------------------------------------------


def _worker_main(store_path: str) -> None:
    """The worker's loop: a job in, ("ok", RenderedResult) or ("error", …) out."""
    requests = Connection(os.dup(0), writable=False)
    replies = Connection(os.dup(1), readable=False)
    sys.stdout = sys.stderr  # a stray print must not corrupt the reply stream
    store = PolicyStore.open(store_path, read_only=True)
    while True:
        try:
            job = requests.recv()
        except (EOFError, OSError, KeyboardInterrupt):
            return
        try:
            replies.send(("ok", run_job(store, job)))
        except PolicyKGError as exc:
            replies.send(("error", _error_payload(exc)))
        except Exception as exc:  # a bug: report it instead of dying silently
            replies.send(("error", ("PolicyKGError", f"internal error: {exc!r}", None, None, 500)))


def _worker_died() -> PolicyKGError:
    return PolicyKGError(
        "the query worker stopped unexpectedly", hint="retry; report it if it repeats"
    )


def _unpack(reply: tuple) -> RenderedResult:
    status, payload = reply
    if status == "ok":
        return payload
    raise _rebuild_error(payload)


def _error_payload(exc: PolicyKGError) -> tuple:
    return (type(exc).__name__, exc.message, exc.hint, getattr(exc, "position", None),
            exc.http_status)  # fmt: skip


def _rebuild_error(payload: tuple) -> PolicyKGError:
    name, message, hint, position, status = payload
    cls = getattr(errors, name, PolicyKGError)
    if issubclass(cls, ProtocolError):
        return ProtocolError(status, message, hint=hint)
    if issubclass(cls, QueryError):
        return cls(message, hint=hint, position=position)
    error = PolicyKGError(message, hint=hint)
    error.http_status = status
    return error


if __name__ == "__main__":
    _worker_main(sys.argv[1])
