"""Bulk ingest of the whole scale corpus (issue 7): into the embedded store and into
Oxigraph server, with 1 and 2 workers, then again over the unchanged corpus; then the
competency queries through the facade on each store.

Each run is `policykg ingest` in a child process; its peak memory is the largest sum
of resident memory over the child and its worker processes, sampled every 0.2 s.

    .venv/bin/python benchmarks/bench_bulk.py [--corpus ../shared/corpus/scale] \\
        [--runs embedded:1,embedded:2,oxigraph:2] [--out benchmarks/out/bulk.json]
"""

from __future__ import annotations

import argparse
import json
import re
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import httpx

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
from tests.live import free_port  # noqa: E402
from tests.sparql_servers import oxigraph_server, wait_until_answering  # noqa: E402

DEFAULT_CORPUS = ROOT.parent / "shared" / "corpus" / "scale"
POLICYKG = [sys.executable, "-m", "policykg.cli"]
SUMMARY = re.compile(
    r"(\d+) files: (\d+) ingested, (\d+) replaced, (\d+) unchanged, (\d+) rejected; (\d+) triples"
)


def tree_rss_mb(pid: int) -> float:
    """Resident memory of a process and all its descendants, in MB."""
    total = 0
    pids = [pid]
    while pids:
        current = pids.pop()
        try:
            total += int(Path(f"/proc/{current}/statm").read_text().split()[1]) * 4096
            children = Path(f"/proc/{current}/task/{current}/children").read_text().split()
        except (OSError, IndexError):
            continue
        pids.extend(int(c) for c in children)
    return total / 1e6


def ingest(store: str, corpus: Path, workers: int) -> dict:
    command = [
        *POLICYKG,
        "--store",
        store,
        "ingest",
        "--quiet",
        "--workers",
        str(workers),
        str(corpus),
    ]
    started = time.perf_counter()
    # a file, not a pipe: thousands of warnings would fill a pipe nobody reads until the end
    with tempfile.TemporaryFile("w+", encoding="utf-8") as log:
        process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=log, text=True)
        peak = 0.0
        while process.poll() is None:
            peak = max(peak, tree_rss_mb(process.pid))
            time.sleep(0.2)
        seconds = time.perf_counter() - started
        log.seek(0)
        err = log.read()
    match = SUMMARY.search(err)
    if not match:
        raise RuntimeError(f"no summary from the ingest:\n{err[-3000:]}")
    files, ingested, _replaced, unchanged, rejected, triples = map(int, match.groups())
    return {"seconds": round(seconds, 1), "peak_mb": round(peak), "files": files,
            "ingested": ingested, "unchanged": unchanged, "rejected": rejected,
            "triples": triples}  # fmt: skip


def query_latency(store: str, label: str) -> dict:
    """Median of 5 runs of each competency query through `policykg serve`."""
    port = free_port()
    server = subprocess.Popen(
        [*POLICYKG, "--store", store, "serve", "--no-ingest", "--port", str(port)],
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )  # fmt: skip
    url = f"http://127.0.0.1:{port}/sparql"
    try:
        wait_until_answering(url, server, timeout=60)
        results = {}
        for query in sorted((ROOT / "graph" / "queries").glob("*.rq")):
            text = query.read_text(encoding="utf-8")
            times = []
            for _ in range(5):
                started = time.perf_counter()
                response = httpx.post(url, data={"query": text}, timeout=120,
                                      headers={"Accept": "application/sparql-results+json"})  # fmt: skip
                times.append(time.perf_counter() - started)
            results[query.stem[:3]] = {"status": response.status_code,
                                       "median_ms": round(1000 * statistics.median(times), 1)}  # fmt: skip
        print(f"  queries on {label}: {results}", flush=True)
        return results
    finally:
        server.terminate()
        server.wait(timeout=30)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--runs", default="embedded:1,embedded:2,oxigraph:2")
    parser.add_argument("--out", type=Path, default=ROOT / "benchmarks" / "out" / "bulk.json")
    args = parser.parse_args()
    mb = sum(p.stat().st_size for p in args.corpus.rglob("*") if p.is_file()) / 1e6
    print(f"corpus {args.corpus}: {mb:.1f} MB", flush=True)
    work = Path(tempfile.mkdtemp(prefix="bulk-", dir=ROOT / "benchmarks" / "out"))
    results = []
    for run in args.runs.split(","):
        kind, workers = run.split(":")
        with tempfile.TemporaryDirectory(dir=work) as folder:
            if kind == "embedded":
                stores = [str(Path(folder) / "store")]
                context = None
            else:
                context = oxigraph_server(Path(folder))
                stores = [context.__enter__()]
            try:
                first = ingest(stores[0], args.corpus, int(workers))
                first.update(kind=kind, workers=int(workers), mb=round(mb, 1),
                             mb_per_s=round(mb / first["seconds"], 3),
                             triples_per_s=round(first["triples"] / first["seconds"]))  # fmt: skip
                print(f"{run} first: {first}", flush=True)
                second = ingest(stores[0], args.corpus, int(workers))
                second["share_of_first"] = round(second["seconds"] / first["seconds"], 3)
                print(f"{run} again: {second}", flush=True)
                latency = query_latency(stores[0], run)
                results.append({"run": run, "first": first, "again": second, "queries": latency})
            finally:
                if context is not None:
                    context.__exit__(None, None, None)
        args.out.write_text(json.dumps(results, indent=1))


if __name__ == "__main__":
    main()
