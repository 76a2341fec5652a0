"""Where queries run, and how a query that runs too long is stopped.

Neither engine can cancel a query from Python (FACTS.md), and a query such as a
three-way cross product spends all its time inside one call into the engine. So a store
on disk gets `ProcessQueryRunner`: a pool of worker processes, each with its own
read-only handle on the store (also while the server holds it open for updates); a
query past its time limit is stopped by killing its worker, which is replaced, and a
query that crashes the engine takes only its worker with it. A store in memory or on a
SPARQL server gets `ThreadQueryRunner`: queries run in threads of this process; a
timed-out query is answered with an error on time, but the engine finishes it in the
background.

Both answer with the complete rendered body, so an error is never sent after a 200.
"""

from __future__ import annotations

import asyncio
import os
import queue
import signal
import subprocess
import sys
import threading
import time
from concurrent.futures import Future, ThreadPoolExecutor
from concurrent.futures import TimeoutError as FutureTimeout
from contextlib import suppress
from dataclasses import dataclass
from multiprocessing.connection import Connection
from pathlib import Path
from typing import Protocol

from policykg.errors import PolicyKGError, ProtocolError, QueryTimeoutError

from .query import QueryJob, RenderedResult, resident_bytes, run_job, store_cache_allowance
from .stack import deep_thread
from .store import BaseStore
from .worker import memory_refusal, rebuild_error


class QueryRunner(Protocol):
    def run(self, job: QueryJob, timeout: float, *, lane: str = "pages") -> RenderedResult: ...

    async def run_async(
        self, job: QueryJob, timeout: float, *, lane: str = "sparql"
    ) -> RenderedResult: ...

    def store_changed(self) -> None: ...

    @property
    def generation(self) -> int: ...

    def close(self) -> None: ...


# A query that has run this long is a long query; a lane lets only so many of them run.
QUICK_SECONDS = 1.0
# Queries of /sparql admitted beyond `max_concurrent` while that many long ones run: they
# keep the endpoint answering light queries whatever the long ones do, but are stopped
# if they too run past QUICK_SECONDS.
QUICK_RESERVE = 2
# Queries of the web pages and the REST API: the app's own, on a budget of their own.
PAGE_SLOTS = 2
# Threads that start workers: a query that finds no idle worker does not wait behind
# the spare being started.
SPAWNERS = 2


@dataclass(frozen=True)
class Lane:
    """A share of the workers: how many queries of its kind run at once, and how many of
    them may run past QUICK_SECONDS (None: every one)."""

    limit: int
    long: int | None = None


def lanes_for(max_concurrent: int, quick_reserve: int = QUICK_RESERVE) -> dict[str, Lane]:
    return {
        "sparql": Lane(max_concurrent + quick_reserve, long=max_concurrent),
        "pages": Lane(PAGE_SLOTS),
    }


def _busy(limit: int) -> ProtocolError:
    return ProtocolError(
        503,
        f"all {limit} query slots stayed busy for the whole time limit",
        hint="retry in a moment",
    )


def _crowded(long: int) -> ProtocolError:
    return ProtocolError(
        503,
        f"the query ran past {QUICK_SECONDS:g} s while {long} other long queries were "
        "running, and was stopped",
        hint="retry when the server is less busy, or narrow the query",
    )


def _timed_out(timeout: float) -> QueryTimeoutError:
    return QueryTimeoutError(
        f"the query ran longer than the {timeout:g} s limit and was stopped",
        hint="narrow the query (more specific patterns, LIMIT) or ask the operator to "
        "raise POLICYKG_QUERY_TIMEOUT",
    )


class ThreadQueryRunner:
    """Queries in threads of this process, at most `max_concurrent` at a time: for a
    store in memory or on another server, which worker processes cannot open."""

    stops_queries = False  # a timed-out query's thread runs on until the engine is done

    def __init__(self, store: BaseStore, max_concurrent: int) -> None:
        self._store = store
        self._limit = max_concurrent
        self._slots = threading.BoundedSemaphore(max_concurrent)
        self.generation = 0  # writes to the store so far (`store_changed`)

    def run(self, job: QueryJob, timeout: float, *, lane: str = "pages") -> RenderedResult:
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
        deep_thread(work, name="policykg-query")
        try:
            return future.result(timeout=max(0.0, deadline - time.monotonic()))
        except FutureTimeout:
            raise _timed_out(timeout) from None

    async def run_async(
        self, job: QueryJob, timeout: float, *, lane: str = "sparql"
    ) -> RenderedResult:
        return await asyncio.get_running_loop().run_in_executor(None, self.run, job, timeout)

    def store_changed(self) -> None:
        """Nothing to stop: the threads query the store itself. Counted, for caches."""
        self.generation += 1

    def close(self) -> None:
        """Nothing to release: each query's thread ends with its query."""


class _Worker:
    """A worker process: `python -m policykg.graph.worker STORE`, speaking pickled
    frames over its stdin and stdout. Started as a fresh interpreter (not forked: fork
    is unsafe with RocksDB's threads; and not multiprocessing's spawn, which re-imports
    the parent's main module). `generation` is the store's state it opened."""

    def __init__(self, store_path: Path, generation: int) -> None:
        self.generation = generation
        self.lowered = False  # its priority was lowered for a long query
        self.process = subprocess.Popen(
            [sys.executable, "-m", "policykg.graph.worker", str(store_path)],
            stdin=subprocess.PIPE, stdout=subprocess.PIPE,
        )  # fmt: skip
        self.requests = Connection(os.dup(self.process.stdin.fileno()), readable=False)
        self.replies = Connection(os.dup(self.process.stdout.fileno()), writable=False)
        self.process.stdin.close()
        self.process.stdout.close()
        # what the engine's caches of this store may add to the worker (graph/query.py)
        self.cache_allowance = store_cache_allowance(store_path)
        try:  # it says when it is ready, and its size then (the base of its memory cap)
            self.idle_bytes = int(self.replies.recv())
        except (EOFError, OSError, ValueError):
            self.stop()
            raise _worker_died() from None

    @property
    def alive(self) -> bool:
        return self.process.poll() is None

    def lower_priority(self) -> None:
        """Let quick queries and the pages go first (the lowest CPU priority)."""
        with suppress(OSError):
            os.setpriority(os.PRIO_PROCESS, self.process.pid, 19)
        self.lowered = True

    def stop(self) -> None:
        if self.alive:
            self.process.kill()
        with suppress(subprocess.TimeoutExpired):
            self.process.wait(timeout=5)
        self.requests.close()
        self.replies.close()


# How often a running query's worker is looked at (time, long-query budget, memory).
WATCH_SECONDS = 0.05


class _Watch:
    """What the runner checks while a worker computes: the time limit, the lane's budget
    of long queries, and the worker's memory (its size when the job was sent, twice, plus
    the result-size limit: a query that grows past it, by sorting or grouping a huge
    intermediate result, is stopped; the result itself stops at the size limit)."""

    def __init__(
        self, runner: ProcessQueryRunner, lane: str, job: QueryJob, deadline: float
    ) -> None:
        self.runner, self.lane, self.job, self.deadline = runner, lane, job, deadline
        self.long = False
        self.worker: _Worker | None = None
        self.quick_until = 0.0
        self.memory_cap = 0

    def start(self, worker: _Worker) -> None:
        self.worker = worker
        if self.job.max_bytes is not None:
            self.memory_cap = 2 * worker.idle_bytes + self.job.max_bytes + worker.cache_allowance
        worker.requests.send(self.job)
        self.quick_until = time.monotonic() + QUICK_SECONDS

    def step(self) -> float:
        return max(0.0, min(WATCH_SECONDS, self.deadline - time.monotonic()))

    def check(self) -> None:
        """Raise if the query must stop now (the caller stops its worker)."""
        now = time.monotonic()
        if now >= self.deadline:
            raise TimeoutError
        assert self.worker is not None
        if self.memory_cap and resident_bytes(self.worker.process.pid) > self.memory_cap:
            raise memory_refusal(self.job.max_bytes)
        if not self.long and now >= self.quick_until:
            self.long = self.runner._go_long(self.lane, self.worker)
            if not self.long:
                raise _crowded(self.runner._lanes[self.lane].long or 0)


class ProcessQueryRunner:
    """Queries in worker processes with read-only handles on a store on disk.

    Workers are shared by lanes (`lanes_for`): the endpoint's queries and the pages'
    each have their own number of slots, so neither can starve the other, and in the
    endpoint's lane only `max_concurrent` queries may run past QUICK_SECONDS (they are
    then moved to the lowest CPU priority); a further long one is stopped. A query past
    the time limit is stopped by killing its worker, which is replaced. After the store
    changes (`store_changed`), each worker is replaced once it is idle, so every query
    started afterwards sees the change."""

    stops_queries = True

    def __init__(
        self, store: BaseStore, max_concurrent: int, *, quick_reserve: int = QUICK_RESERVE
    ) -> None:
        if store.path is None:
            raise ValueError("worker processes need a store on disk")
        self._store = store
        self._lanes = lanes_for(max_concurrent, quick_reserve)
        self._running = dict.fromkeys(self._lanes, 0)
        self._long = dict.fromkeys(self._lanes, 0)
        self._idle: queue.LifoQueue[_Worker] = queue.LifoQueue()
        self._workers: set[_Worker] = set()
        self._lock = threading.Lock()
        self._generation = 0
        self._closed = False
        self._spawner = ThreadPoolExecutor(SPAWNERS, thread_name_prefix="policykg-spawn")

    # -- admission ---------------------------------------------------------------------

    def _try_enter(self, lane: str) -> bool:
        with self._lock:
            if self._closed:
                raise ProtocolError(503, "the server is shutting down")
            if self._running[lane] >= self._lanes[lane].limit:
                return False
            self._running[lane] += 1
            return True

    def _leave(self, lane: str, long: bool) -> None:
        with self._lock:
            self._running[lane] -= 1
            if long:
                self._long[lane] -= 1

    def _go_long(self, lane: str, worker: _Worker) -> bool:
        """Whether the query may run on past QUICK_SECONDS (then at low priority)."""
        allowed = self._lanes[lane].long
        if allowed is None:
            return True
        with self._lock:
            if self._long[lane] >= allowed:
                return False
            self._long[lane] += 1
        worker.lower_priority()
        return True

    # -- running a job -----------------------------------------------------------------

    def run(self, job: QueryJob, timeout: float, *, lane: str = "pages") -> RenderedResult:
        """Run a job from a thread (the pages' handlers): blocks until its answer."""
        deadline = time.monotonic() + timeout
        while not self._try_enter(lane):
            if time.monotonic() >= deadline:
                raise _busy(self._lanes[lane].limit)
            time.sleep(0.005)
        watch = _Watch(self, lane, job, deadline)
        try:
            worker = self._idle_nowait() or self._spawner.submit(self._live_worker).result()
            try:
                watch.start(worker)
                while not worker.replies.poll(watch.step()):
                    watch.check()
                reply = worker.replies.recv()
            except BaseException as exc:
                raise self._failed(worker, exc, timeout, watch) from None
            self._release(worker)
        finally:
            self._leave(lane, watch.long)
        return _unpack(reply)

    async def run_async(
        self, job: QueryJob, timeout: float, *, lane: str = "sparql"
    ) -> RenderedResult:
        """`run` for an event loop: waits for the worker's reply without a thread, and a
        request cancelled while waiting (the client went away) stops its worker too."""
        loop = asyncio.get_running_loop()
        deadline = time.monotonic() + timeout
        # Polling, not a thread blocked on a semaphore: a request cancelled while it
        # waits then holds nothing (a waiting thread would take a slot for nobody).
        while not self._try_enter(lane):
            if time.monotonic() >= deadline:
                raise _busy(self._lanes[lane].limit)
            await asyncio.sleep(0.005)
        watch = _Watch(self, lane, job, deadline)
        try:
            worker = self._idle_nowait() or await self._spawn_async()
            try:
                ready = loop.create_future()
                fd = worker.replies.fileno()
                loop.add_reader(fd, lambda: ready.done() or ready.set_result(None))
                try:
                    watch.start(worker)
                    while not ready.done():
                        with suppress(TimeoutError):
                            await asyncio.wait_for(asyncio.shield(ready), watch.step())
                        if not ready.done():
                            watch.check()
                finally:
                    loop.remove_reader(fd)
                    os.set_blocking(fd, True)  # uvloop leaves watched descriptors non-blocking
                reply = worker.replies.recv()
            except BaseException as exc:
                raise self._failed(worker, exc, timeout, watch) from None
            self._release(worker)
        finally:
            self._leave(lane, watch.long)
        return _unpack(reply)

    def _failed(
        self, worker: _Worker, exc: BaseException, timeout: float, watch: _Watch
    ) -> BaseException:
        """The worker cannot be reused (timed out, cancelled, stopped, or dead): stop it
        and say why."""
        if isinstance(exc, TimeoutError):  # (an OSError too: tested first)
            self._discard(worker)
            return _timed_out(timeout)
        died = isinstance(exc, EOFError | OSError)
        # only a job with a memory cap can abort at the data cap: no wait for the others
        aborted = died and bool(watch.memory_cap) and _aborted(worker)
        self._discard(worker)
        if aborted:  # the engine's allocation failed at the data cap
            return memory_refusal(watch.job.max_bytes)
        if died:
            return _worker_died()
        return exc

    # -- workers -----------------------------------------------------------------------

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
            if worker.alive and worker.generation == self._generation:
                self._replenish()  # the next query finds a worker ready too
                return worker
            self._discard(worker)

    def _live_worker(self) -> _Worker:
        worker = self._take()
        while not worker.alive or worker.generation != self._generation:
            self._discard(worker)
            worker = self._take()
        self._replenish()
        return worker

    def _take(self) -> _Worker:
        # Only ever called on the spawner's thread: a worker dies with the thread that
        # started it (PR_SET_PDEATHSIG), and that thread lives as long as the runner.
        try:
            return self._idle.get_nowait()
        except queue.Empty:
            pass
        if self._closed:
            raise ProtocolError(503, "the server is shutting down")
        # started outside the lock: it takes a moment, and admission needs the lock
        worker = _Worker(self._store.path, self._generation)  # type: ignore[arg-type]
        with self._lock:
            self._workers.add(worker)
            if self._closed:  # closed meanwhile: close() did not see this one
                self._workers.discard(worker)
                worker.stop()
                raise ProtocolError(503, "the server is shutting down")
        return worker

    def _release(self, worker: _Worker) -> None:
        """Back to the idle pool, unless it was slowed down or the store has changed."""
        if worker.lowered or worker.generation != self._generation:
            self._discard(worker)
            self._replenish()
        else:
            self._idle.put(worker)

    def _discard(self, worker: _Worker) -> None:
        with self._lock:
            self._workers.discard(worker)
        worker.stop()

    def _replenish(self) -> None:
        """Start a worker in the background when none is idle, so that the next query
        does not wait for one to start (up to one more than all lanes can use). One
        spare, not more: starting a worker costs a core for a fraction of a second."""
        most = sum(lane.limit for lane in self._lanes.values()) + 1
        if self._idle.empty() and not self._closed and len(self._workers) < most:
            with suppress(RuntimeError):  # the spawner is shut down: closing
                self._spawner.submit(self._warm_if_needed)

    def _warm_if_needed(self) -> None:
        if self._idle.empty():  # a query may have given its worker back meanwhile
            self._warm(1)

    def worker_pids(self) -> list[int]:
        """The process ids of the live workers (for monitoring and tests)."""
        with self._lock:
            return sorted(w.process.pid for w in self._workers if w.alive)

    def warm_up(self, count: int = 1) -> None:
        """Start workers ahead of the first queries (each takes a fraction of a second)."""
        self._spawner.submit(self._warm, count).result()

    def _warm(self, count: int) -> None:
        for _ in range(count):
            if self._closed:  # shutting down: nothing to warm up for
                return
            with suppress(ProtocolError):  # closed while the worker started
                self._idle.put(self._take())

    @property
    def generation(self) -> int:
        """Writes to the store so far (`store_changed`): what caches are keyed by."""
        return self._generation

    def store_changed(self) -> None:
        """The store was written: queries from now on need workers that open it anew."""
        with self._lock:
            self._generation += 1
        self._replenish()

    def close(self) -> None:
        self._spawner.shutdown(wait=False, cancel_futures=True)
        with self._lock:
            self._closed = True
            workers = list(self._workers)
            self._workers.clear()
        for worker in workers:
            worker.stop()


def make_runner(store: BaseStore, max_concurrent: int) -> ThreadQueryRunner | ProcessQueryRunner:
    """Worker processes whenever the store is on disk: each opens it read-only (also
    while this process holds it open for updates), so no query runs in the server's own
    process; threads for a store in memory or on a SPARQL server."""
    if store.path is not None:
        return ProcessQueryRunner(store, max_concurrent)
    return ThreadQueryRunner(store, max_concurrent)


def _aborted(worker: _Worker) -> bool:
    """Whether the worker ended by SIGABRT (what the engine does when an allocation
    fails); its exit is waited for briefly, as the closed pipe may be seen first."""
    with suppress(subprocess.TimeoutExpired):
        return worker.process.wait(timeout=2) == -signal.SIGABRT
    return False


def _worker_died() -> PolicyKGError:
    return PolicyKGError(
        "the query worker stopped unexpectedly", hint="retry; report it if it repeats"
    )


def _unpack(reply: tuple) -> RenderedResult:
    status, payload = reply
    if status == "ok":
        return payload
    raise rebuild_error(payload)
