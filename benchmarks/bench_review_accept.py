"""Accept from the queue (issue #23, session 13): what the queue page costs with the
acceptances in force, and what storing one costs, on the embedded corpus (`data/`).

    .venv/bin/python benchmarks/bench_review_accept.py [--accepts N]

Ingests `data/` into a fresh store in a temporary folder, times GET /review (the page
with the forms: best of 5, each after a write so that the low-confidence facts and
look-alikes are read again, as the first visitor after a write pays), then accepts every
low-confidence fact, then N more acceptances (the queue's facts accepted again by other
reviewers: each its own correction graph), timing the page again each time. Run with
main's interpreter on this file (`/work/main/.venv/bin/python`) it times main's page.
"""

from __future__ import annotations

import argparse
import statistics
import tempfile
import time
from pathlib import Path

import pyoxigraph as ox
from fastapi.testclient import TestClient
from policykg.api.app import create_app
from policykg.graph.bound import StoreQueries
from policykg.graph.confidence import doubtful_facts
from policykg.graph.store import PolicyStore

from policykg.ingestion import Ingestor
from policykg.settings import Settings

ROOT = Path(__file__).resolve().parent.parent
TOKEN = "a-long-enough-benchmark-token"


def page_median(client, runs: int = 7) -> float:
    """GET /review, its lists kept (per store generation), median of `runs`."""
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        assert client.get("/review").status_code == 200
        times.append(time.perf_counter() - started)
    return statistics.median(times)


def lists_median(store, runs: int = 5) -> float:
    """The low-confidence facts read again, as the first visitor after a write pays."""
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        doubtful_facts(StoreQueries(store), None)
        times.append(time.perf_counter() - started)
    return statistics.median(times)


def served(store, settings) -> float:
    with TestClient(create_app(store, settings.with_(update_token=TOKEN))) as client:
        client.get("/review")  # the workers start, the lists are read
        return page_median(client)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--accepts", type=int, default=200)
    args = parser.parse_args()
    settings = Settings.from_env(environ={}, store_path="/nonexistent")
    store = PolicyStore.open(Path(tempfile.mkdtemp()) / "store")
    Ingestor(store, settings).ingest([ROOT / "data"])
    facts, total = doubtful_facts(StoreQueries(store), None)
    print(f"embedded corpus: {total} low-confidence facts")
    print(f"  no acceptance: /review {served(store, settings) * 1000:.1f} ms (median, lists "
          f"kept); the low-confidence facts read after a write {lists_median(store) * 1000:.1f} ms")  # fmt: skip
    try:
        from policykg.graph.accept import accepted_statements
        from policykg.graph.corrections import Reviewer
        from policykg.graph.review import Anchor, Correction
    except ImportError:  # main's code: no acceptance
        store.close()
        return
    reviewer = Reviewer(store, settings.base_iri)

    def accept(fact, who: str) -> float:
        started = time.perf_counter()
        reviewer.correct(Correction(
            kind="accept", anchor=Anchor(fact.document), reviewer=who, reason="",
            statement=(ox.NamedNode(fact.subject), ox.NamedNode(fact.predicate),
                       ox.NamedNode(fact.value)),
        ))  # fmt: skip
        return time.perf_counter() - started

    stored = [accept(f, "bench") for f in facts]
    stored += [accept(facts[n % len(facts)], f"bench {n}") for n in range(args.accepts)]
    started = time.perf_counter()
    in_force = accepted_statements(StoreQueries(store))
    read = time.perf_counter() - started
    left, _ = doubtful_facts(StoreQueries(store), None)
    print(f"  stored {len(stored)} acceptances, median {statistics.median(stored) * 1000:.1f} ms "
          f"each; the accepted facts read in {read * 1000:.1f} ms ({len(in_force)} distinct); "
          f"low-confidence facts left: {len(left)}")  # fmt: skip
    print(f"  {len(stored)} acceptances: /review {served(store, settings) * 1000:.1f} ms (median, "
          f"lists kept); the low-confidence facts read after a write "
          f"{lists_median(store) * 1000:.1f} ms")  # fmt: skip
    store.close()


if __name__ == "__main__":
    main()
