"""SPARQL benchmark: the facade (`policykg serve`) side by side with (a) pyoxigraph
in-process on the same store and (b) rdflib-endpoint serving the same data.

Two datasets: the embedded corpus, and a store of at least one million triples (the
corpus plus the first files of the scale corpus). Queries: the competency queries in
graph/queries/ and an aggregate (triples per predicate over the whole union graph).
Each cell runs closed-loop clients (1, 8, 32) for a time budget and records every
request's latency; a request that fails or does not answer with 200 is an error.

    .venv/bin/python benchmarks/bench_sparql.py [--budget 2] [--skip-rdflib]

The stores are built once under benchmarks/out/sparql/ and reused. rdflib-endpoint
runs in its own virtual environment there (installed from PyPI on first use), so its
dependencies never touch the project's.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import statistics
import subprocess
import sys
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "benchmarks" / "out" / "sparql"
SCALE = ROOT.parent / "shared" / "corpus" / "scale" / "LawRefBook-Laws"
PEER_VENV = OUT / "peer-venv"
PEER_PACKAGES = ("rdflib-endpoint==0.6.3", "uvicorn==0.54.0")
CLIENTS = (1, 8, 32)
AGGREGATE = "SELECT ?p (COUNT(*) AS ?n) WHERE { ?s ?p ?o } GROUP BY ?p ORDER BY DESC(?n)"
ONE_MILLION = 1_000_000
PY = sys.executable


@dataclass
class Cell:
    target: str
    dataset: str
    query: str
    clients: int
    requests: int = 0
    errors: int = 0
    seconds: float = 0.0
    latencies: list[float] = field(default_factory=list, repr=False)
    note: str = ""

    def summary(self) -> dict:
        lat = sorted(self.latencies)
        return {
            "target": self.target, "dataset": self.dataset, "query": self.query,
            "clients": self.clients, "requests": self.requests, "errors": self.errors,
            "p50_ms": 1000 * statistics.median(lat) if lat else None,
            "p99_ms": 1000 * lat[min(len(lat) - 1, int(0.99 * len(lat)))] if lat else None,
            "rps": len(lat) / self.seconds if self.seconds else 0.0, "note": self.note,
        }  # fmt: skip


def queries() -> dict[str, str]:
    chosen = {
        p.stem[:3]: p.read_text("utf-8") for p in sorted((ROOT / "graph" / "queries").glob("*.rq"))
    }
    chosen["agg"] = AGGREGATE
    return chosen


# -- stores ------------------------------------------------------------------------------


def cli(store: Path, *args: str, check: bool = True) -> subprocess.CompletedProcess:
    return subprocess.run([PY, "-m", "policykg.cli", "--store", str(store), *args],
                          capture_output=True, text=True, check=check)  # fmt: skip


def triples(store: Path) -> int:
    return json.loads(cli(store, "stats", "--format", "json").stdout)["triples"]


def build_stores() -> dict[str, Path]:
    corpus = OUT / "corpus-store"
    if not (corpus / "CURRENT").exists():
        cli(corpus, "ingest", "--quiet", str(ROOT / "data"))
    large = OUT / "large-store"
    if not (large / "CURRENT").exists() or triples(large) < ONE_MILLION:
        files = sorted(SCALE.rglob("*.md"))
        cli(large, "ingest", "--quiet", str(ROOT / "data"))
        batch = 150
        for start in range(0, len(files), batch):
            cli(
                large,
                "ingest",
                "--quiet",
                "--no-validate",
                *map(str, files[start : start + batch]),
                check=False,
            )  # fmt: skip  (rejected files are the corpus's own, see RESULTS.md)
            if triples(large) >= ONE_MILLION:
                break
    return {"corpus": corpus, "1M": large}


def export_nquads(store: Path) -> Path:
    target = store.with_suffix(".nq")
    if not target.exists():
        cli(store, "export", "--format", "nquads", "--output", str(target))
    return target


# -- load generation ---------------------------------------------------------------------


def run_in_process(
    store_path: Path, dataset: str, name: str, query: str, clients: int, budget: float
) -> Cell:
    """The engine's limit: the same store opened read-only, results serialised as
    SPARQL JSON by pyoxigraph itself, from `clients` threads."""
    import pyoxigraph as ox

    store = _in_process_store(store_path)
    cell = Cell("pyoxigraph in-process", dataset, name, clients)
    stop = time.perf_counter() + budget
    lock = threading.Lock()

    def client() -> None:
        while time.perf_counter() < stop:
            started = time.perf_counter()
            try:
                result = store.query(query, use_default_graph_as_union=True)
                if isinstance(result, ox.QuerySolutions | ox.QueryBoolean):
                    result.serialize(format=ox.QueryResultsFormat.JSON)
                else:
                    result.serialize(format=ox.RdfFormat.TURTLE)
                ok = True
            except Exception:
                ok = False
            with lock:
                cell.requests += 1
                if ok:
                    cell.latencies.append(time.perf_counter() - started)
                else:
                    cell.errors += 1

    started = time.perf_counter()
    threads = [threading.Thread(target=client) for _ in range(clients)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    cell.seconds = time.perf_counter() - started
    return cell


_STORES: dict[Path, object] = {}


def _in_process_store(path: Path):
    import pyoxigraph as ox

    if path not in _STORES:
        _STORES.clear()
        _STORES[path] = ox.Store.read_only(str(path))
    return _STORES[path]


class LeanConnection:
    """One keep-alive HTTP/1.1 connection that does only what the benchmark needs, so
    the client's own cost (httpx takes about a millisecond a request) stays out of
    the latencies: POST a form, read the status and the whole body."""

    def __init__(self, host: str, port: int, path: str) -> None:
        self.host, self.port, self.path = host, port, path
        self.reader: asyncio.StreamReader | None = None
        self.writer: asyncio.StreamWriter | None = None

    async def post(self, body: bytes, accept: str) -> int:
        if self.writer is None:
            self.reader, self.writer = await asyncio.open_connection(self.host, self.port)
        head = (
            f"POST {self.path} HTTP/1.1\r\nHost: {self.host}:{self.port}\r\n"
            f"Content-Type: application/x-www-form-urlencoded\r\nAccept: {accept}\r\n"
            f"Content-Length: {len(body)}\r\n\r\n"
        ).encode()
        self.writer.write(head + body)
        await self.writer.drain()
        status = int((await self.reader.readline()).split()[1])
        length, chunked, close = 0, False, False
        while (line := await self.reader.readline()) not in (b"\r\n", b""):
            name, _, value = line.decode("latin-1").partition(":")
            name, value = name.strip().lower(), value.strip().lower()
            if name == "content-length":
                length = int(value)
            elif name == "transfer-encoding" and "chunked" in value:
                chunked = True
            elif name == "connection" and value == "close":
                close = True
        if chunked:
            while (size := int((await self.reader.readline()).split(b";")[0], 16)) > 0:
                await self.reader.readexactly(size + 2)
            await self.reader.readline()
        else:
            await self.reader.readexactly(length)
        if close:
            await self.close()
        return status

    async def close(self) -> None:
        if self.writer is not None:
            self.writer.close()
            self.writer = None


async def _http_cell(url: str, cell: Cell, query: str, budget: float, hard_cap: float) -> None:
    from urllib.parse import urlencode, urlsplit

    parts = urlsplit(url)
    body = urlencode({"query": query}).encode()
    accept = "application/sparql-results+json, text/turtle;q=0.9"
    stop = time.perf_counter() + budget

    async def client() -> None:
        connection = LeanConnection(parts.hostname, parts.port, parts.path)
        try:
            while time.perf_counter() < stop:
                started = time.perf_counter()
                try:
                    ok = await asyncio.wait_for(connection.post(body, accept), hard_cap) == 200
                except (OSError, ValueError, IndexError, asyncio.IncompleteReadError, TimeoutError):
                    ok = False
                    await connection.close()
                cell.requests += 1
                if ok:
                    cell.latencies.append(time.perf_counter() - started)
                else:
                    cell.errors += 1
        finally:
            await connection.close()

    started = time.perf_counter()
    tasks = [asyncio.create_task(client()) for _ in range(cell.clients)]
    _done, pending = await asyncio.wait(tasks, timeout=budget + hard_cap)
    for task in pending:
        task.cancel()
    if pending:
        cell.note = f"{len(pending)} clients still waiting after {budget + hard_cap:.0f} s"
        await asyncio.wait(pending)
    cell.seconds = time.perf_counter() - started


def run_http(url: str, target: str, dataset: str, name: str, query: str, clients: int,
             budget: float, hard_cap: float) -> Cell:  # fmt: skip
    cell = Cell(target, dataset, name, clients)
    asyncio.run(_http_cell(url, cell, query, budget, hard_cap))
    return cell


# -- servers -----------------------------------------------------------------------------


def wait_ready(url: str, process: subprocess.Popen, limit: float) -> None:
    import httpx

    deadline = time.monotonic() + limit
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"server exited: {process.stdout.read() if process.stdout else ''}")
        try:
            if httpx.post(url, data={"query": "ASK {}"}, timeout=5).status_code == 200:
                return
        except httpx.HTTPError:
            pass
        time.sleep(0.5)
    raise RuntimeError(f"{url} not ready after {limit} s")


def start_facade(store: Path, port: int) -> subprocess.Popen:
    env = {**os.environ, "POLICYKG_STORE": str(store), "POLICYKG_QUERY_TIMEOUT": "120",
           "POLICYKG_MAX_CONCURRENT_QUERIES": "4"}  # fmt: skip
    process = subprocess.Popen(
        [PY, "-m", "policykg.cli", "serve", "--no-ingest", "--port", str(port)],
        env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )  # fmt: skip
    wait_ready(f"http://127.0.0.1:{port}/sparql", process, 60)
    return process


def ensure_peer_venv() -> Path:
    python = PEER_VENV / "bin" / "python"
    if not python.exists():
        subprocess.run([sys.executable, "-m", "venv", str(PEER_VENV)], check=True)
        subprocess.run([str(python), "-m", "pip", "install", "--quiet", *PEER_PACKAGES], check=True)
    return python


PEER_SCRIPT = """
import sys, uvicorn
from rdflib import Dataset
from rdflib_endpoint import SparqlEndpoint
data = Dataset(default_union=True)
data.parse(sys.argv[1], format="nquads")
app = SparqlEndpoint(graph=data, path="/sparql", cors_enabled=True)
uvicorn.run(app, host="127.0.0.1", port=int(sys.argv[2]), log_level="error")
"""


def start_rdflib(nquads: Path, port: int) -> subprocess.Popen:
    process = subprocess.Popen(
        [str(ensure_peer_venv()), "-c", PEER_SCRIPT, str(nquads), str(port)],
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )  # fmt: skip
    wait_ready(f"http://127.0.0.1:{port}/sparql", process, 900)
    return process


def stop(process: subprocess.Popen) -> None:
    process.terminate()
    try:
        process.wait(timeout=15)
    except subprocess.TimeoutExpired:
        process.kill()


# -- the run -----------------------------------------------------------------------------


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--budget", type=float, default=2.0, help="seconds per cell")
    parser.add_argument("--rdflib-cap", type=float, default=60.0,
                        help="seconds rdflib-endpoint may take past the budget before a cell is cut")  # fmt: skip
    parser.add_argument("--skip-rdflib", action="store_true")
    parser.add_argument("--paired", type=int, metavar="ROUNDS",
                        help="only the paired one-client comparison, ROUNDS requests a query")  # fmt: skip
    args = parser.parse_args()
    OUT.mkdir(parents=True, exist_ok=True)
    stores = build_stores()
    all_queries = queries()
    if args.paired:
        print(paired(stores, all_queries, args.paired))
        return
    cells: list[Cell] = []
    for dataset, store in stores.items():
        size = triples(store)
        print(f"dataset {dataset}: {size} triples", file=sys.stderr)
        for name, query in all_queries.items():
            for clients in CLIENTS:
                cells.append(run_in_process(store, dataset, name, query, clients, args.budget))
                log(cells[-1])
        _STORES.clear()
        facade = start_facade(store, 18080)
        try:
            for name, query in all_queries.items():
                for clients in CLIENTS:
                    cells.append(run_http("http://127.0.0.1:18080/sparql", "policykg facade",
                                          dataset, name, query, clients, args.budget, 120))  # fmt: skip
                    log(cells[-1])
        finally:
            stop(facade)
        if not args.skip_rdflib:
            cells += run_rdflib(store, dataset, all_queries, args)
        print(f"dataset {dataset} done", file=sys.stderr)
    results = [c.summary() for c in cells]
    (OUT / "results.json").write_text(json.dumps(results, indent=1))
    print(report(results, {d: triples(s) for d, s in stores.items()}))


def run_rdflib(store: Path, dataset: str, all_queries: dict[str, str], args) -> list[Cell]:
    """rdflib-endpoint evaluates each query on its event loop, one at a time, so a cell
    cut at the cap (or whose requests timed out) leaves a backlog: the server is then
    restarted, lest it slow the next cell. At a million triples one query takes from
    seconds to minutes and a restart minutes, so there only the aggregate (the target's
    query) is measured, at every concurrency."""
    nquads = export_nquads(store)
    large = dataset != "corpus"
    cap = args.rdflib_cap * (4 if large else 1)
    chosen = {"agg": all_queries["agg"]} if large else all_queries
    cells = []
    peer = start_rdflib(nquads, 18081)
    try:
        for name, query in chosen.items():
            for clients in CLIENTS:
                cell = run_http("http://127.0.0.1:18081/sparql", "rdflib-endpoint", dataset, name,
                                query, clients, args.budget, cap)  # fmt: skip
                cells.append(cell)
                log(cell)
                if cell.note or cell.errors:
                    stop(peer)
                    peer = start_rdflib(nquads, 18081)
    finally:
        stop(peer)
    return cells


def paired(stores: dict[str, Path], all_queries: dict[str, str], rounds: int) -> str:
    """One client, the engine and the facade taking turns request by request, so the
    machine's drift (this VM's speed wanders by tens of percent over minutes) falls on
    both alike: the measurement of record for the p50 ratio."""
    from urllib.parse import urlencode

    import pyoxigraph as ox

    lines = [
        "| dataset | query | in-process p50 ms | facade p50 ms | ratio |",
        "|---|---|---|---|---|",
    ]
    for dataset, path in stores.items():
        engine = ox.Store.read_only(str(path))
        facade = start_facade(path, 18082)
        try:

            async def measure(engine: ox.Store, dataset: str) -> None:
                connection = LeanConnection("127.0.0.1", 18082, "/sparql")
                for name, query in all_queries.items():
                    body = urlencode({"query": query}).encode()
                    inner, outer = [], []
                    for turn in range(rounds + 2):  # two warm-up turns
                        started = time.perf_counter()
                        engine.query(query, use_default_graph_as_union=True).serialize(
                            format=ox.QueryResultsFormat.JSON
                        )
                        middle = time.perf_counter()
                        status = await connection.post(body, "application/sparql-results+json")
                        assert status == 200, (name, status)
                        if turn >= 2:
                            inner.append(middle - started)
                            outer.append(time.perf_counter() - middle)
                    a, f = statistics.median(inner) * 1000, statistics.median(outer) * 1000
                    lines.append(f"| {dataset} | {name} | {a:.2f} | {f:.2f} | {f / a:.2f} |")
                    print(lines[-1], file=sys.stderr, flush=True)
                await connection.close()

            asyncio.run(measure(engine, dataset))
        finally:
            stop(facade)
    return "\n".join(lines)


def log(cell: Cell) -> None:
    s = cell.summary()
    print(f"{s['target']:24} {s['dataset']:7} {s['query']:4} c={s['clients']:<3} n={s['requests']:<6} "
          f"err={s['errors']} p50={s['p50_ms']} rps={s['rps']:.1f} {s['note']}", file=sys.stderr, flush=True)  # fmt: skip


def report(results: list[dict], sizes: dict[str, int]) -> str:
    def fmt(value: float | None) -> str:
        return "–" if value is None else f"{value:.1f}" if value < 100 else f"{value:.0f}"

    by_key = {(r["target"], r["dataset"], r["query"], r["clients"]): r for r in results}
    lines = []
    for dataset, size in sizes.items():
        lines += [f"\n### {dataset} ({size:,} triples)\n",
                  "| query | clients | in-process p50 / p99 ms | rps | facade p50 / p99 ms | rps | errors | "
                  "facade p50 ÷ in-process | rdflib-endpoint p50 ms | rps | errors | facade rps ÷ rdflib |",
                  "|---|---|---|---|---|---|---|---|---|---|---|---|"]  # fmt: skip
        for name in sorted({r["query"] for r in results if r["dataset"] == dataset}):
            for clients in CLIENTS:
                a = by_key.get(("pyoxigraph in-process", dataset, name, clients))
                f = by_key.get(("policykg facade", dataset, name, clients))
                b = by_key.get(("rdflib-endpoint", dataset, name, clients))
                if not a or not f:
                    continue
                ratio = f["p50_ms"] / a["p50_ms"] if f["p50_ms"] and a["p50_ms"] else None
                versus = f["rps"] / b["rps"] if b and b["rps"] else None
                rdflib_cells = (
                    [fmt(b["p50_ms"]), fmt(b["rps"]), f"{b['errors']}{' (cut)' if b['note'] else ''}"]
                    if b else ["–", "–", "–"]
                )  # fmt: skip
                versus_text = fmt(versus) if versus else ("none answered" if b else "–")
                lines.append("| " + " | ".join([
                    name, str(clients), f"{fmt(a['p50_ms'])} / {fmt(a['p99_ms'])}", fmt(a["rps"]),
                    f"{fmt(f['p50_ms'])} / {fmt(f['p99_ms'])}", fmt(f["rps"]), str(f["errors"]),
                    fmt(ratio), *rdflib_cells, versus_text,
                ]) + " |")  # fmt: skip
    return "\n".join(lines)


if __name__ == "__main__":
    main()
