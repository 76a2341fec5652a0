"""Accept from the queue (issue #23, sessions 13 and 14): what a reviewer waits for as the
acceptances grow, on the embedded corpus (`data/`) or a copy of a whole store.

    .venv/bin/python benchmarks/bench_review_accept.py [--accepts 0,200,2000] [--repeat 5]
    .venv/bin/python benchmarks/bench_review_accept.py --store /tmp/copy-of-scale --accepts 0,200

Without --store, ingests `data/` into a fresh store in a temporary folder. WRITES to the
store given (acceptances): give a copy. For each count N of acceptances in force (made
by `Reviewer.correct` directly, the low-confidence facts accepted again and again by
other reviewers, each its own correction graph), in process through the app
(TestClient, the update token set), medians of --repeat:

- accept: POST /api/corrections of one acceptance (checks, shapes, one update, the
  full-text index, the review lists carried);
- first /review after it: GET /review right after that POST (with --as-main every kept
  answer is dropped by the write and the store is not flushed, as before session 14:
  the low-confidence facts and look-alikes read whole again, by query workers that
  open the store anew and replay its write-ahead log);
- /review, lists kept: GET /review again;
- the listing: GET /api/corrections (its first 500), and in process on the store the
  query before session 14 (`OLD_LIST`, every correction's record ordered by time) against
  the two steps now (the order, then the details of a page of 200).
"""

from __future__ import annotations

import argparse
import statistics
import tempfile
import time
from pathlib import Path

import pyoxigraph as ox
from fastapi.testclient import TestClient
from policykg.api import app as app_module
from policykg.api.app import create_app
from policykg.graph.bound import PROLOGUE, StoreQueries, bind
from policykg.graph.cache import DROP
from policykg.graph.confidence import doubtful_facts
from policykg.graph.corrections import Reviewer
from policykg.graph.recent import recent_corrections
from policykg.graph.review import Anchor, Correction
from policykg.graph.store import PolicyStore

from policykg.ingestion import Ingestor
from policykg.settings import Settings

ROOT = Path(__file__).resolve().parent.parent
TOKEN = "a-long-enough-benchmark-token"
OLD_LIST = (
    PROLOGUE
    + """SELECT ?c ?kind ?doc ?who ?when ?why ?status ?stale WHERE {
  GRAPH ?c { ?c a pkg:Correction ; pkg:correctionKind ?kind ; pkg:correctsDocument ?doc ;
             prov:generatedAtTime ?when ; pkg:reason ?why ; pkg:reviewStatus ?status ;
             prov:wasAttributedTo ?agent . ?agent schema:name ?who
             OPTIONAL { ?c pkg:staleReason ?stale } } }
ORDER BY DESC(?when) ?c"""
)


def timed(step) -> float:
    started = time.perf_counter()
    step()
    return (time.perf_counter() - started) * 1000


def median(step, runs: int) -> float:
    return statistics.median(timed(step) for _ in range(runs))


def ok(answer, status: int = 200):
    assert answer.status_code == status, answer.text[:500]
    return answer


def open_store(copy: Path | None, settings: Settings) -> PolicyStore:
    """The store given (a COPY: the benchmarks write to it), else `data/` ingested into a
    fresh store in a temporary folder."""
    if copy:
        print(f"store {copy}")
        return PolicyStore.open(copy)
    store = PolicyStore.open(Path(tempfile.mkdtemp()) / "store")
    Ingestor(store, settings).ingest([ROOT / "data"])
    print("embedded corpus (data/)")
    return store


def as_main() -> None:
    """Every kept answer dropped by a write, and the store never flushed by the server,
    as before session 14."""
    app_module.carry_over = lambda stored, *more: lambda key, value: DROP
    app_module._flush = lambda store: None


def body(fact, who: str) -> dict:
    return {"kind": "accept", "document": fact.document, "subject": fact.subject,
            "predicate": fact.predicate, "object": {"iri": fact.value}, "reviewer": who}  # fmt: skip


def served(store, settings, facts, repeat: int, count: int) -> dict[str, float]:
    """The served figures at `count` acceptances in force."""
    auth = {"Authorization": f"Bearer {TOKEN}"}
    times: dict[str, list[float]] = {"accept": [], "first": []}
    with TestClient(create_app(store, settings.with_(update_token=TOKEN))) as client:
        ok(client.get("/review"))  # the workers start, the lists are read
        for n in range(repeat):
            fact = facts[n % len(facts)]
            started = time.perf_counter()
            ok(client.post("/api/corrections", json=body(fact, f"served {count} {n}"),
                           headers=auth), 201)  # fmt: skip
            times["accept"].append((time.perf_counter() - started) * 1000)
            times["first"].append(timed(lambda: ok(client.get("/review"))))
        figures = {k: statistics.median(v) for k, v in times.items()}
        figures["kept"] = median(lambda: ok(client.get("/review")), repeat)
        figures["api"] = median(lambda: ok(client.get("/api/corrections")), repeat)
    queries = StoreQueries(store)
    figures["old list"] = median(lambda: queries.select(bind(OLD_LIST, limit=200)), repeat)
    figures["steps"] = median(lambda: recent_corrections(queries, 1, 200), repeat)
    return figures


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--accepts", default="0,200,2000", help="counts, ascending")
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--store", type=Path, help="a COPY of a store (it is written)")
    parser.add_argument("--as-main", action="store_true", help="as before session 14")
    parser.add_argument("--query-timeout", type=float, default=30.0, help="seconds a query may run")
    args = parser.parse_args()
    if args.as_main:
        as_main()
    counts = [int(n) for n in args.accepts.split(",")]
    settings = Settings.from_env(environ={}, store_path="/nonexistent")
    settings = settings.with_(query_timeout=args.query_timeout)
    store = open_store(args.store, settings)
    facts, total = doubtful_facts(StoreQueries(store), None)
    print(f"{total} low-confidence facts")
    reviewer = Reviewer(store, settings.base_iri)
    made = 0
    print(f"{'as before session 14' if args.as_main else 'this code'}")
    print("| acceptances | accept ms | first /review after it ms | /review, kept ms "
          "| GET /api/corrections ms | listing: old query / steps ms |")  # fmt: skip
    print("|---|---|---|---|---|---|")
    for count in counts:
        while made < count:
            fact = facts[made % len(facts)]
            reviewer.correct(Correction(
                kind="accept", anchor=Anchor(fact.document), reviewer=f"bench {made}", reason="",
                statement=(ox.NamedNode(fact.subject), ox.NamedNode(fact.predicate),
                           ox.NamedNode(fact.value)),
            ))  # fmt: skip
            made += 1
        f = served(store, settings, facts, args.repeat, count)
        print(f"| {made} | {f['accept']:.1f} | {f['first']:.1f} "
              f"| {f['kept']:.1f} | {f['api']:.1f} | {f['old list']:.1f} / {f['steps']:.1f} |",
              flush=True)  # fmt: skip
        made += args.repeat  # those the served figures stored
    store.close()


if __name__ == "__main__":
    main()
