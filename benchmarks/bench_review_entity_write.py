"""A relabel from the queue, then the low-confidence list (session 15): what a reviewer
waits for after a correction of an entity (relabel; merge, split, retype and withdrawal
are carried the same way), on the embedded corpus (`data/`) or a copy of a whole store.

    .venv/bin/python benchmarks/bench_review_entity_write.py [--repeat 5]
    .venv/bin/python benchmarks/bench_review_entity_write.py --store /tmp/copy-of-a-store
    .venv/bin/python benchmarks/bench_review_entity_write.py --drop   # as before session 15

Without --store, ingests `data/` into a fresh store in a temporary folder. WRITES to the
store given (relabels): give a copy. In process through the app (TestClient, the update
token set), medians of --repeat: POST /api/corrections of one relabel of an entity some
a document names as a party or issuer, then GET /api/review/low-confidence right after it (with
--drop the list is dropped by the write and read whole again, as before session 15; else
the facts about the entity are read again and the rest kept).
"""

from __future__ import annotations

import argparse
import statistics
import time
from pathlib import Path

from bench_review_accept import TOKEN, ok, open_store
from fastapi.testclient import TestClient
from policykg.api import app as app_module
from policykg.api.app import create_app
from policykg.graph.bound import StoreQueries
from policykg.graph.cache import DROP
from policykg.graph.confidence import doubtful_facts

from policykg.settings import Settings


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--store", type=Path, help="a COPY of a store (it is written)")
    parser.add_argument("--drop", action="store_true", help="as before session 15")
    parser.add_argument("--query-timeout", type=float, default=60.0)
    args = parser.parse_args()
    if args.drop:  # every kept answer dropped by a correction of an entity
        app_module.carry_over = lambda stored, *more: lambda key, value: DROP
    settings = Settings.from_env(environ={}, store_path="/nonexistent")
    settings = settings.with_(query_timeout=args.query_timeout)
    store = open_store(args.store, settings)
    started = time.perf_counter()
    _, total = doubtful_facts(StoreQueries(store), None)
    print(f"the whole list read in process: {(time.perf_counter() - started) * 1000:.0f} ms")
    parties = store.query(  # bodies some document names as its party or issuer, to relabel
        "SELECT ?g ?o WHERE { VALUES ?p { <https://w3id.org/policykg/ontology#party> "
        "<http://data.europa.eu/eli/ontology#passed_by> } GRAPH ?g { ?g ?p ?o } } LIMIT 50"
    )
    linked = [(row["g"].value, row["o"].value) for row in parties]
    print(f"{total} low-confidence facts; {'--drop' if args.drop else 'this code'}")
    auth = {"Authorization": f"Bearer {TOKEN}"}
    write, after, refused = [], [], []
    with TestClient(create_app(store, settings.with_(update_token=TOKEN))) as client:
        ok(client.get("/api/review/low-confidence"))  # the workers start, the list is read
        for document, entity in linked:  # the shapes may refuse one: the next is tried
            if len(write) == args.repeat:
                break
            body = {"kind": "relabel", "document": document, "entity": entity,
                    "label": f"名稱{len(write)}", "lang": "zh-Hant", "reviewer": "bench",
                    "reason": "bench"}  # fmt: skip
            started = time.perf_counter()
            answer = client.post("/api/corrections", json=body, headers=auth)
            if answer.status_code != 201:
                refused.append(answer.text[:300])
                continue
            write.append((time.perf_counter() - started) * 1000)
            started = time.perf_counter()
            ok(client.get("/api/review/low-confidence"))
            after.append((time.perf_counter() - started) * 1000)
    print(f"{len(refused)} relabels refused by the shapes{': ' + refused[0] if refused else ''}")
    print("| relabel ms | low-confidence list after it ms |")
    print("|---|---|")
    print(f"| {statistics.median(write):.0f} | {statistics.median(after):.0f} |")


if __name__ == "__main__":
    main()
