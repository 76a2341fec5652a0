"""A query worker's memory during a CONSTRUCT over a cross product, sampled every 5 ms
(the test `test_construct_memory_stays_bounded` asserts the bound; this prints the figures).

    .venv/bin/python benchmarks/bench_construct_memory.py [--runs 3] [--max-bytes 20000000]

Ingests the embedded corpus into a temporary store, runs the CONSTRUCT in a worker
process (`ProcessQueryRunner`) and prints, per run, the worker's peak private memory (what
the runner's cap counts: resident less shared) against that cap.
"""

from __future__ import annotations

import argparse
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

CONSTRUCT = "CONSTRUCT { ?a ?b ?f } WHERE { ?a ?b ?c . ?d ?e ?f }"


def main() -> None:
    from policykg.graph.query import QueryJob, resident_bytes, store_cache_allowance
    from policykg.graph.runner import ProcessQueryRunner
    from policykg.graph.store import PolicyStore

    from policykg.errors import PolicyKGError
    from policykg.ingestion import Ingestor
    from policykg.settings import Settings

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--max-bytes", type=int, default=20_000_000)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "store"
        with PolicyStore.open(path) as store:
            settings = Settings.from_env(environ={}, store_path=str(path))
            Ingestor(store, settings).ingest(sorted((ROOT / "data").glob("*.txt")))
        allowance = store_cache_allowance(path)
        for run in range(args.runs):
            store = PolicyStore.open(path, read_only=True)
            runner = ProcessQueryRunner(store, max_concurrent=1)
            try:
                runner.run(QueryJob(text="ASK { ?s ?p ?o }"), 30)
                (pid,) = runner.worker_pids()
                idle = resident_bytes(pid)
                peaks = [idle]
                done = threading.Event()

                def watch(pid: int = pid, peaks: list[int] = peaks, done=done) -> None:
                    while not done.is_set():
                        peaks.append(resident_bytes(pid))
                        time.sleep(0.005)

                watcher = threading.Thread(target=watch)
                watcher.start()
                started = time.monotonic()
                try:
                    runner.run(
                        QueryJob(text=CONSTRUCT, max_bytes=args.max_bytes), 60, lane="sparql"
                    )
                    answer = "answered"
                except PolicyKGError as exc:
                    answer = exc.message[:60]
                finally:
                    done.set()
                    watcher.join(timeout=5)
                cap = 2 * idle + args.max_bytes + allowance
                print(f"run {run + 1}: idle {idle / 1e6:.1f} MB, peak {max(peaks) / 1e6:.1f} MB, "
                      f"cap {cap / 1e6:.1f} MB, {time.monotonic() - started:.1f} s: {answer}")  # fmt: skip
            finally:
                runner.close()
                store.close()


if __name__ == "__main__":
    main()
