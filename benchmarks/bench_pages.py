"""Web page benchmark: every kind of page of the embedded corpus, served by `policykg
serve` on 127.0.0.1, fetched one at a time after a warm-up (targets: p50 ≤ 100 ms on the
embedded corpus, ≤ 300 ms on a store that also holds the whole scale corpus).

    .venv/bin/python benchmarks/bench_pages.py [--repeat 20]
    .venv/bin/python benchmarks/bench_pages.py --store PATH   # a copy of PATH, served as it is

The pages measured are found by searching for the embedded corpus's documents; on a
store without them (the scale corpus alone) by the site's own lists and a few SPARQL
queries to `/sparql` (an ingested agreement, a document that repeals another, the
organisation named in most provisions). The store is copied first (with its full-text
index, if one lies beside it), so the benchmark never changes it.
"""

from __future__ import annotations

import argparse
import re
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import httpx

ROOT = Path(__file__).resolve().parent.parent
HTML = {"Accept": "text/html"}


PREFIXES = """PREFIX pkg: <https://w3id.org/policykg/ontology#>
PREFIX eli: <http://data.europa.eu/eli/ontology#> PREFIX oa: <http://www.w3.org/ns/oa#>
"""
# Examples on a store without the embedded corpus, chosen by the data (the first by IRI)
AN_AGREEMENT = (
    PREFIXES
    + """SELECT ?x WHERE { GRAPH ?x { ?x a pkg:Agreement ; pkg:sourceText ?t } }
ORDER BY ?x LIMIT 1"""
)
A_REPEALING_DOCUMENT = PREFIXES + "SELECT ?x WHERE { ?x eli:repeals ?y } ORDER BY ?x LIMIT 1"
MOST_NAMED = (
    PREFIXES
    + """SELECT ?x (COUNT(*) AS ?n) WHERE { ?x pkg:mentionedIn ?p
  FILTER(CONTAINS(STR(?x), "/id/org/")) } GROUP BY ?x ORDER BY DESC(?n) LIMIT 1"""
)
AN_ANNOTATION = (
    PREFIXES + "SELECT ?x WHERE { GRAPH <%s> { ?x a oa:Annotation } } ORDER BY ?x LIMIT 1"
)


def pages(base: str) -> dict[str, str]:
    """One URL per kind of page, found by following the site's own links."""

    def first_link(url: str, pattern: str) -> str | None:
        found = re.search(pattern, httpx.get(base + url, headers=HTML, timeout=60).text)
        return found.group(1).replace("&amp;", "&") if found else None

    def first_iri(query: str) -> str:
        answer = httpx.post(base + "/sparql", data={"query": query}, timeout=60,
                            headers={"Accept": "application/sparql-results+json"})  # fmt: skip
        answer.raise_for_status()
        iri = answer.json()["results"]["bindings"][0]["x"]["value"]
        return "/id/" + iri.split("/id/", 1)[1]

    # the embedded corpus's documents, or (a store of the scale corpus alone, which cites
    # some of them by title) examples the data offers
    embedded = httpx.get(base + "/id/work/e692bd296803040e", headers=HTML).status_code == 200
    agreement = (
        first_link(
            "/search?q=" + "內地與香港關於加強創新科技合作的安排", r'href="(/id/work/[^"]+)"'
        )
        if embedded
        else first_iri(AN_AGREEMENT)
    )
    organisation = first_link("/search?q=" + "科學技術部", r'href="(/id/org/[^"]+)"')
    platform = first_link("/search?q=" + "科學園", r'href="(/id/platform/[^"]+)"') or first_link(
        "/list/platforms", r'href="(/id/platform/[^"]+)"'
    )
    fund = first_link("/search?q=" + "基金", r'href="(/id/fund/[^"]+)"') or first_link(
        "/list/funds", r'href="(/id/fund/[^"]+)"'
    )
    annotation = (
        agreement + "/annotation/3"
        if embedded
        else first_iri(AN_ANNOTATION % ("https://w3id.org/policykg" + agreement))
    )
    reader = (
        first_link(agreement, r'href="(/read/[^"]+\?start[^"]+)"')
        or first_link(annotation, r'href="(/read/[^"]+\?start[^"]+)"')
        or first_link(agreement, r'href="(/read/[^"]+)"')
    )
    versions = "/id/work/e692bd296803040e" if embedded else first_iri(A_REPEALING_DOCUMENT)
    return {
        "home": "/", "search": "/search?q=科学技术部", "agreement": agreement,
        "organisation": organisation, "organisation named most": first_iri(MOST_NAMED),
        "platform": platform, "fund": fund, "reader": reader,
        "network": "/network", "query editor": "/sparql",
        "agreement JSON-LD": agreement + "?format=application/ld%2Bjson",
        "REST list": "/api/agreements?size=50", "REST search": "/api/search?q=科學技術部",
        "search by words": "/search?q=2018 安排",
        "search the text": "/search?q=内地与香港 国家重点实验室",
        "list, in force on a day": "/list/agreements?in_force_on=2023-01-01",
        "list of organisations": "/list/organisations?size=50",
        # issue 21, session 11: versions and the timeline, the reader with a span in
        # context and its contents, an annotation's page, the network with its labels
        "document with versions": versions,
        "reader, span in context": reader,
        "reader, whole document": reader.split("?", 1)[0],
        "annotation": annotation,
        "network, labels placed": "/network",
        # issue 21, session 12: the review queue (its look-alikes kept per generation)
        "review queue": "/review",
    }  # fmt: skip


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=20)
    parser.add_argument("--store", type=Path, help="serve a copy of this store")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="policykg-pages-") as tmp:
        port = free_port()  # other benchmarks may run beside this one
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
            print("| page | URL | first ms | p50 ms | p99 ms | max ms | bytes |")
            print("|---|---|---|---|---|---|---|")
            with httpx.Client(headers=HTML, timeout=120) as client:
                for name, url in pages(base).items():
                    started = time.perf_counter()
                    client.get(base + url)  # the first request (then kept answers are warm)
                    first = 1000 * (time.perf_counter() - started)
                    times, size, statuses = [], 0, set()
                    for _ in range(args.repeat):
                        started = time.perf_counter()
                        response = client.get(base + url)
                        times.append(1000 * (time.perf_counter() - started))
                        statuses.add(response.status_code)
                        size = len(response.content)
                    times.sort()
                    p99 = times[min(len(times) - 1, int(0.99 * len(times)))]
                    print(
                        f"| {name}{'' if statuses == {200} else f' (status {sorted(statuses)})'} "
                        f"| `{url}` | {first:.0f} | {statistics.median(times):.1f} "
                        f"| {p99:.1f} | {times[-1]:.1f} | {size} |",
                        flush=True,
                    )
        finally:
            server.terminate()
            server.wait(timeout=15)


if __name__ == "__main__":
    main()
