"""Settling the queue (issue #23, session 14): what the queue of documents costs with
acceptances of their versions in force, what storing one costs, and the re-anchoring
search of a stale correction's quote on 1, 4 and 16 MB of text.

    .venv/bin/python benchmarks/bench_review_settle.py [--sizes 100 400 1600]

For each size D: D documents stored with a warning (generated graphs: the document, its
pkg:needsReview, pkg:sha256, a warning and a title) in a store in memory; the queue
(`review_queue`, all of it) is timed with none accepted, then half of them are accepted
(`Reviewer.correct` of `document_acceptance`, each timed) and the queue timed again.
The re-anchoring search (`settle.nearest`) looks for a 20-character quote whose old
position was the middle of a text with the quote near its end (every earlier place
read once).
"""

from __future__ import annotations

import argparse
import hashlib
import statistics
import time

import pyoxigraph as ox
from policykg.graph.corrections import Reviewer
from policykg.graph.review_queue import review_queue
from policykg.graph.settle import document_acceptance, nearest
from policykg.graph.store import PolicyStore

BASE = "https://w3id.org/policykg/id/"
PKG = "https://w3id.org/policykg/ontology#"


def flagged_store(documents: int) -> tuple[PolicyStore, list[tuple[ox.NamedNode, str]]]:
    store, made = PolicyStore.in_memory(), []
    for i in range(documents):
        doc = ox.NamedNode(f"{BASE}work/{i:016x}")
        sha = hashlib.sha256(str(i).encode()).hexdigest()
        store.update(
            f"""INSERT DATA {{ GRAPH {doc} {{ {doc} a <http://data.europa.eu/eli/ontology#Work> ;
              <{PKG}needsReview> true ; <{PKG}sha256> "{sha}" ;
              <{PKG}validationWarning> "no party was found"@en ;
              <http://purl.org/dc/terms/title> "文件{i}"@zh-Hant }} }}"""
        )
        made.append((doc, sha))
    return store, made


def best(work, runs: int = 5) -> float:
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        work()
        times.append(time.perf_counter() - started)
    return min(times)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[100, 400, 1600])
    args = parser.parse_args()
    print("| documents to review | queue, none accepted | acceptances stored (median each) "
          "| queue, half accepted (rows) |")  # fmt: skip
    print("|---|---|---|---|")
    for size in args.sizes:
        store, made = flagged_store(size)
        reviewer = Reviewer(store, BASE)
        before = best(lambda s=store: review_queue(s, limit=None))
        stores = []
        for doc, sha in made[::2]:
            started = time.perf_counter()
            reviewer.correct(document_acceptance(doc, ox.Literal(sha), "bench"))
            stores.append(time.perf_counter() - started)
        rows = len(review_queue(store, limit=None))
        after = best(lambda s=store: review_queue(s, limit=None))
        print(f"| {size} | {before * 1000:.1f} ms | {len(stores)} "
              f"({statistics.median(stores) * 1000:.1f} ms) | {after * 1000:.1f} ms ({rows}) |")  # fmt: skip
    print()
    print("| text | nearest (quote found near the end) |")
    print("|---|---|")
    quote = "粵港澳大灣區國際科技創新中心建設"[:20]
    for megabytes in (1, 4, 16):
        characters = megabytes * 1_000_000 // 3  # UTF-8: three bytes a character
        text = "內地與香港" * (characters // 5) + quote
        found = best(lambda t=text: nearest(t, quote, len(t) // 2), runs=3)
        assert nearest(text, quote, len(text) // 2) == len(text) - len(quote)
        print(f"| {megabytes} MB ({len(text):,} characters) | {found * 1000:.1f} ms |")


if __name__ == "__main__":
    main()
