"""The facade's fixed cost per request, in parts: what any HTTP server in this Python costs,
what handing the query to a worker process costs, and what the facade costs end to end,
each for `ASK {}` (which the engine answers in a few microseconds).

    .venv/bin/python benchmarks/bench_floor.py [--store benchmarks/out/sparql/corpus-store] [--rounds 400]

- *raw HTTP*: a do-nothing ASGI application (a constant SPARQL JSON body) under the same
  uvicorn, uvloop and httptools as `policykg serve`, from the same keep-alive client as
  bench_sparql.py: the least any HTTP facade written in Python can cost a request here;
- *worker round trip*: `ProcessQueryRunner.run_async` from an event loop, no HTTP;
- *engine*: `run_job` in-process (the query and its serialisation);
- *facade*: `policykg serve` over HTTP.

The p50 target of issue #5 (facade ≤ 1.3× the engine) leaves a query that takes the engine
t ms at most 0.3·t ms of fixed cost: 0.16 ms for a 0.54 ms query.
"""

from __future__ import annotations

import argparse
import asyncio
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from urllib.parse import urlencode

import uvloop
from bench_sparql import OUT, LeanConnection, start_facade, stop

QUERY = "ASK {}"
RAW_APP = """
BODY = b'{"head":{},"boolean":true}'


async def app(scope, receive, send):
    if scope["type"] != "http":
        return
    while (await receive()).get("more_body"):
        pass
    await send({"type": "http.response.start", "status": 200,
                "headers": [(b"content-type", b"application/sparql-results+json")]})
    await send({"type": "http.response.body", "body": BODY})
"""


WARM_UP = 30


async def _p50_ms(call, rounds: int) -> float:
    """The median time of `rounds` awaited calls, after WARM_UP more."""
    times = []
    for index in range(rounds + WARM_UP):
        started = time.perf_counter()
        await call()
        if index >= WARM_UP:
            times.append(time.perf_counter() - started)
    return statistics.median(times) * 1000


async def _http_p50(port: int, rounds: int) -> float:
    connection = LeanConnection("127.0.0.1", port, "/sparql")
    body = urlencode({"query": QUERY}).encode()

    async def ask() -> None:
        status = await connection.post(body, "application/sparql-results+json")
        if status != 200:
            raise SystemExit(f"port {port} answered {status}")

    try:
        return await _p50_ms(ask, rounds)
    finally:
        await connection.close()


def _engine_and_worker(store_path: Path, rounds: int) -> tuple[float, float]:
    from policykg.graph.query import QueryJob, run_job
    from policykg.graph.runner import ProcessQueryRunner
    from policykg.graph.store import PolicyStore

    store = PolicyStore.open(store_path, read_only=True)
    job = QueryJob(QUERY)

    async def engine() -> None:  # in the loop's thread, as a plain call
        run_job(store, job)

    runner = None
    try:
        engine_ms = uvloop.run(_p50_ms(engine, rounds))
        runner = ProcessQueryRunner(store, 1)  # started after: its start-up takes a core
        runner.warm_up(1)
        return engine_ms, uvloop.run(_p50_ms(lambda: runner.run_async(job, 10), rounds))
    finally:
        if runner is not None:
            runner.close()
        store.close()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--store", type=Path, default=OUT / "corpus-store")
    parser.add_argument("--rounds", type=int, default=400)
    parser.add_argument("--port", type=int, default=8941)
    args = parser.parse_args()
    if not args.store.exists():
        raise SystemExit(f"no store at {args.store}: run bench_sparql.py once, or pass --store")
    engine, worker = _engine_and_worker(args.store, args.rounds)
    with tempfile.TemporaryDirectory(prefix="policykg-floor-") as folder:
        (Path(folder) / "raw_app.py").write_text(RAW_APP)
        raw = subprocess.Popen(
            [sys.executable, "-m", "uvicorn", "--app-dir", folder, "raw_app:app",
             "--host", "127.0.0.1", "--port", str(args.port + 1), "--loop", "uvloop",
             "--http", "httptools", "--log-level", "warning"],
        )  # fmt: skip
        facade = start_facade(args.store, args.port)
        try:
            time.sleep(1)
            raw_ms = asyncio.run(_http_p50(args.port + 1, args.rounds))
            facade_ms = asyncio.run(_http_p50(args.port, args.rounds))
        finally:
            stop(facade)
            stop(raw)
    print(f"{QUERY}, p50 of {args.rounds} sequential requests (ms):")
    print(f"  engine in-process (run_job)   {engine:.3f}")
    print(f"  worker round trip             {worker:.3f}")
    print(f"  raw HTTP (do-nothing ASGI)    {raw_ms:.3f}")
    print(f"  facade (policykg serve)       {facade_ms:.3f}")


if __name__ == "__main__":
    main()
