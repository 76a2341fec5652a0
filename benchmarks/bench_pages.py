"""Web page benchmark: every kind of page of the embedded corpus, served by `policykg
serve` on 127.0.0.1, fetched one at a time after a warm-up (targets: p50 ≤ 100 ms on the
embedded corpus, ≤ 300 ms on a store that also holds the whole scale corpus).

    .venv/bin/python benchmarks/bench_pages.py [--repeat 20]
    .venv/bin/python benchmarks/bench_pages.py --store PATH   # a copy of PATH, served as it is

A `--store` must hold the embedded corpus (`policykg --store PATH ingest data`): the pages
measured are found by searching for its documents. The store is copied first (with its
full-text index, if one lies beside it), so the benchmark never changes it.
"""

from __future__ import annotations

import argparse
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import httpx

ROOT = Path(__file__).resolve().parent.parent
HTML = {"Accept": "text/html"}


def pages(base: str) -> dict[str, str]:
    """One URL per kind of page, found by following the site's own links."""

    def first_link(url: str, pattern: str) -> str:
        found = re.search(pattern, httpx.get(base + url, headers=HTML, timeout=30).text)
        return found.group(1).replace("&amp;", "&")

    agreement = first_link(
        "/search?q=" + "內地與香港關於加強創新科技合作的安排", r'href="(/id/work/[^"]+)"'
    )
    organisation = first_link("/search?q=" + "科學技術部", r'href="(/id/org/[^"]+)"')
    platform = first_link("/search?q=" + "科學園", r'href="(/id/platform/[^"]+)"')
    fund = first_link("/search?q=" + "基金", r'href="(/id/fund/[^"]+)"')
    reader = first_link(agreement, r'href="(/read/[^"]+)"')
    return {
        "home": "/", "search": "/search?q=科学技术部", "agreement": agreement,
        "organisation": organisation, "platform": platform, "fund": fund, "reader": reader,
        "network": "/network", "query editor": "/sparql",
        "agreement JSON-LD": agreement + "?format=application/ld%2Bjson",
        "REST list": "/api/agreements?size=50", "REST search": "/api/search?q=科學技術部",
        "search by words": "/search?q=2018 安排",
        "search the text": "/search?q=内地与香港 国家重点实验室",
        "list, in force on a day": "/list/agreements?in_force_on=2023-01-01",
        "list of organisations": "/list/organisations?size=50",
        # issue 21, session 11: versions and the timeline, the reader with a span in
        # context and its contents, an annotation's page, the network with its labels
        "document with versions": "/id/work/e692bd296803040e",
        "reader, span in context": reader,
        "reader, whole document": reader.split("?", 1)[0],
        "annotation": agreement + "/annotation/3",
        "network, labels placed": "/network",
    }  # fmt: skip


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=20)
    parser.add_argument("--store", type=Path, help="serve a copy of this store")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="policykg-pages-") as tmp:
        port = 18300
        store = Path(tmp) / "store"
        if args.store:
            if not (args.store / "CURRENT").exists():
                raise SystemExit(f"{args.store} is not a policykg store (no RocksDB CURRENT file)")
            shutil.copytree(args.store, store)
            index = args.store.with_name(args.store.name + ".fulltext.sqlite")
            if index.exists():
                shutil.copy(index, store.with_name(store.name + ".fulltext.sqlite"))
        server = subprocess.Popen(
            [sys.executable, "-m", "policykg.cli", "--store", str(store), "serve", "--port", str(port)],
            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
        )  # fmt: skip
        base = f"http://127.0.0.1:{port}"
        try:
            deadline = time.monotonic() + 600  # a large store's index sync
            while True:
                try:
                    if httpx.get(base + "/", headers=HTML, timeout=5).status_code == 200:
                        break
                except httpx.HTTPError:
                    pass
                if time.monotonic() > deadline:
                    raise SystemExit("the server did not start")
                time.sleep(0.5)
            print("| page | p50 ms | p99 ms | max ms | bytes |")
            print("|---|---|---|---|---|")
            with httpx.Client(headers=HTML, timeout=30) as client:
                for name, url in pages(base).items():
                    client.get(base + url)  # warm-up
                    times, size = [], 0
                    for _ in range(args.repeat):
                        started = time.perf_counter()
                        response = client.get(base + url)
                        times.append(1000 * (time.perf_counter() - started))
                        assert response.status_code == 200, (url, response.status_code)
                        size = len(response.content)
                    times.sort()
                    p99 = times[min(len(times) - 1, int(0.99 * len(times)))]
                    print(
                        f"| {name} | {statistics.median(times):.1f} | {p99:.1f} | {times[-1]:.1f} | {size} |"
                    )
        finally:
            server.terminate()
            server.wait(timeout=15)


if __name__ == "__main__":
    main()
