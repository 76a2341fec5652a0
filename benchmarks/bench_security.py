"""Issue 18's figures: a light query while four heavy anonymous queries run, and a query
worker's memory during a CONSTRUCT over a cross product.

    .venv/bin/python benchmarks/bench_security.py [--rounds 50]

Ingests the embedded corpus into a temporary store, serves it with `policykg serve` on
127.0.0.1 (with an update token: the server's worst case before issue 18), and prints
the medians. Everything runs on this machine and stops by itself.
"""

from __future__ import annotations

import argparse
import contextlib
import os
import re
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

import httpx

ROOT = Path(__file__).resolve().parent.parent
CROSS = "SELECT (COUNT(*) AS ?n) { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l }"
LIGHT = "ASK { ?s ?p ?o }"
CONSTRUCT = "CONSTRUCT { ?a ?b ?f } WHERE { ?a ?b ?c . ?d ?e ?f }"


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def children(pid: int) -> list[int]:
    found = []
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                fields = (entry / "stat").read_text().rsplit(")", 1)[1].split()
            except OSError:
                continue
            if int(fields[1]) == pid:
                found.append(int(entry.name))
    return found


def nice(pid: int) -> int | None:
    try:
        return int(Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[16])
    except (OSError, ValueError):
        return None


def timed(url: str, params: dict, rounds: int) -> list[float]:
    out = []
    with httpx.Client(timeout=30) as client:
        for _ in range(rounds):
            started = time.perf_counter()
            response = client.get(url, params=params)
            out.append((time.perf_counter() - started) * 1000)
            assert response.status_code == 200, response.text[:200]
    return out


def light_under_load(store: Path, rounds: int) -> dict[str, float]:
    port = free_port()
    base = f"http://127.0.0.1:{port}"
    env = {**os.environ, "POLICYKG_STORE": str(store), "POLICYKG_UPDATE_TOKEN": "b" * 24,
           "POLICYKG_QUERY_TIMEOUT": "60"}  # fmt: skip
    server = subprocess.Popen(
        [sys.executable, "-m", "policykg.cli", "serve", "--no-ingest", "--port", str(port)],
        env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )  # fmt: skip
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                if httpx.get(f"{base}/sparql", params={"query": "ASK {}"}).status_code == 200:
                    break
            except httpx.HTTPError:
                pass
            assert time.monotonic() < deadline, "the server did not start"
            time.sleep(0.2)
        idle = timed(f"{base}/sparql", {"query": LIGHT}, rounds)
        idle_page = timed(f"{base}/", {}, max(5, rounds // 5))

        def run_heavy() -> None:
            with contextlib.suppress(httpx.HTTPError):  # cut when the server stops
                httpx.post(f"{base}/sparql", data={"query": CROSS}, timeout=90)

        heavy = [threading.Thread(target=run_heavy, daemon=True) for _ in range(4)]
        for thread in heavy:
            thread.start()
        deadline = time.monotonic() + 30
        while sum(nice(p) == 19 for p in children(server.pid)) < 4:
            assert time.monotonic() < deadline, "the heavy queries did not start"
            time.sleep(0.1)
        loaded = timed(f"{base}/sparql", {"query": LIGHT}, rounds)
        loaded_page = timed(f"{base}/", {}, max(5, rounds // 5))
        return {
            "light p50 idle (ms)": statistics.median(idle),
            "light p50 with 4 heavy (ms)": statistics.median(loaded),
            "light max with 4 heavy (ms)": max(loaded),
            "home page p50 idle (ms)": statistics.median(idle_page),
            "home page p50 with 4 heavy (ms)": statistics.median(loaded_page),
        }
    finally:
        server.terminate()
        server.wait(timeout=30)


def construct_memory(store: Path, max_bytes: int) -> dict[str, float]:
    from policykg.graph.query import QueryJob
    from policykg.graph.runner import ProcessQueryRunner
    from policykg.graph.store import PolicyStore

    from policykg.errors import PolicyKGError

    opened = PolicyStore.open(store, read_only=True)
    runner = ProcessQueryRunner(opened, max_concurrent=1)
    try:
        runner.run(QueryJob(text=LIGHT), 30)
        pid = runner.worker_pids()[0]
        status = Path(f"/proc/{pid}/status")
        idle = int(re.search(r"VmRSS:\s+(\d+)", status.read_text()).group(1)) * 1024
        peaks = [idle]
        done = threading.Event()

        def watch() -> None:
            while not done.is_set():
                try:
                    peaks.append(
                        int(re.search(r"VmHWM:\s+(\d+)", status.read_text()).group(1)) * 1024
                    )
                except (OSError, AttributeError):
                    return
                time.sleep(0.01)

        watcher = threading.Thread(target=watch)
        watcher.start()
        started = time.perf_counter()
        try:
            runner.run(QueryJob(text=CONSTRUCT, max_bytes=max_bytes), 120, lane="sparql")
            answer = "answered"
        except PolicyKGError as exc:
            answer = exc.message
        finally:
            done.set()
            watcher.join()
        return {
            "worker idle RSS (MB)": idle / 1e6,
            "max_result_bytes (MB)": max_bytes / 1e6,
            "worker peak RSS during CONSTRUCT (MB)": max(peaks) / 1e6,
            "target: 2 x idle + max_result_bytes (MB)": (2 * idle + max_bytes) / 1e6,
            "seconds": time.perf_counter() - started,
            "answer": answer,  # type: ignore[dict-item]
        }
    finally:
        runner.close()
        opened.close()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=50)
    parser.add_argument("--max-bytes", type=int, default=64_000_000)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        store = Path(tmp) / "store"
        subprocess.run(
            [sys.executable, "-m", "policykg.cli", "--store", str(store), "ingest", "--quiet",
             str(ROOT / "data")],
            check=True, stdout=subprocess.DEVNULL,
        )  # fmt: skip
        for name, value in {**light_under_load(store, args.rounds),
                            **construct_memory(store, args.max_bytes)}.items():  # fmt: skip
            print(f"{name:45} {value:.1f}" if isinstance(value, float) else f"{name:45} {value}")


if __name__ == "__main__":
    main()
