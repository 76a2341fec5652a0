"""The review pages of issue #23, session 12: the queue's low-confidence facts and the
review page of one entity or document, on the embedded corpus or on a whole store.

    .venv/bin/python benchmarks/bench_review_forms.py                     # embedded corpus
    .venv/bin/python benchmarks/bench_review_forms.py --store /tmp/scale-store

The store is opened read-only (nothing is written). Times `doubtful_facts` (what /review
reads once per store generation: every party, issuer, signatory and sum, with its span)
and GET /review/item for the nodes given, in process, best of 3 after a first run.
"""

from __future__ import annotations

import argparse
import tempfile
import time
from pathlib import Path
from urllib.parse import urlencode

from fastapi.testclient import TestClient
from policykg.api.app import create_app
from policykg.graph.bound import StoreQueries
from policykg.graph.confidence import doubtful_facts
from policykg.graph.store import PolicyStore

from policykg.ingestion import Ingestor
from policykg.settings import Settings

ROOT = Path(__file__).resolve().parent.parent
ID = "https://w3id.org/policykg/id/"
NODES = (
    ID + "org/c2ca847a7c31d4ac",  # 科學技術部: named across the corpus
    ID + "fund/ce1e96b57cc6c5b7",  # InnoHK
    ID + "work/3af520b6a3316de7",  # seed 004, the longest seed
)


def timed(step) -> tuple[float, object]:
    started = time.perf_counter()
    value = step()
    return time.perf_counter() - started, value


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--store", help="a store directory, opened read-only")
    parser.add_argument("--node", action="append", help="an IRI to open /review/item for")
    args = parser.parse_args()
    settings = Settings.from_env(environ={}, store_path="/nonexistent")
    if args.store:
        store = PolicyStore.open(args.store, read_only=True)
    else:
        path = Path(tempfile.mkdtemp()) / "store"
        store = PolicyStore.open(path)
        Ingestor(store, settings).ingest([ROOT / "data"])
    queries = StoreQueries(store)
    first, (found, total) = timed(lambda: doubtful_facts(queries))
    runs = [timed(lambda: doubtful_facts(queries))[0] for _ in range(3)]
    reasons: dict[str, int] = {}
    for fact in found:
        for reason in fact.reasons:
            reasons[reason] = reasons.get(reason, 0) + 1
    print(f"doubtful facts: {total} (first 100 by reason: {reasons})")
    print(f"  doubtful_facts: first {first * 1000:.0f} ms, best of 3 {min(runs) * 1000:.0f} ms")
    with TestClient(create_app(store, settings)) as client:
        for node in args.node or NODES:
            url = "/review/item?" + urlencode({"iri": node})
            first, answer = timed(lambda url=url: client.get(url))
            runs = [timed(lambda url=url: client.get(url))[0] for _ in range(3)]
            print(f"  /review/item {node.rsplit('/', 2)[-2:]}: {answer.status_code}, first"
                  f" {first * 1000:.0f} ms, best of 3 {min(runs) * 1000:.0f} ms,"
                  f" {len(answer.content) // 1024} KB")  # fmt: skip
        first, answer = timed(lambda: client.get("/review"))
        runs = [timed(lambda: client.get("/review"))[0] for _ in range(3)]
        print(f"  /review: {answer.status_code}, first {first * 1000:.0f} ms,"
              f" best of 3 {min(runs) * 1000:.0f} ms")  # fmt: skip
    store.close()


if __name__ == "__main__":
    main()
