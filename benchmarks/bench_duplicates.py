"""Duplicate-looking entities (issue #23, second step): how finding them grows with the
number of entities, and what the review queue's look-alikes cost on a whole store.

    .venv/bin/python benchmarks/bench_duplicates.py                       # 1, 4, 16 x names
    .venv/bin/python benchmarks/bench_duplicates.py --store /tmp/copy-of-scale-store

The first run times `find_look_alikes` on random organisation names (20k, 80k, 320k, drawn
from the characters of the seeds' names, so names share pieces as real ones do). The
second opens a store read-only and times reading every name, finding the look-alikes and
reading the spans of the first 100 (what /review, /api/review/duplicates and `policykg
review` do). Open a copy of a store you care about: nothing is written, but a copy is safe.
"""

from __future__ import annotations

import argparse
import random
import time

from policykg.graph.bound import StoreQueries
from policykg.graph.duplicates import Named, add_spans, find_look_alikes, read_names
from policykg.graph.store import PolicyStore

# pieces real names are made of (read from the seeds' organisation and platform names)
PIECES = ("香港", "深圳", "科技", "創新", "合作區", "委員會", "大學", "研究院", "基金", "中心",
          "發展", "管理局", "特別行政區", "政府", "河套", "園區", "國際", "金融", "醫學院", "公司")  # fmt: skip


def random_names(count: int, seed: int = 23) -> list[Named]:
    rng = random.Random(seed)
    names = []
    for n in range(count):
        label = "".join(rng.choice(PIECES) for _ in range(rng.randint(2, 6)))
        names.append(Named(f"urn:e:{n}", "Organization", label, "urn:doc"))
    return names


def scaling() -> None:
    # the work is one pass over the names plus one step per (inner, outer) pair found; on
    # random names the pairs per name grow as the key space fills, so both are shown
    print("| names | look-alikes | pairs | time | per 1k names | per 1k (names + pairs) |")
    print("|---|---|---|---|---|---|")
    for count in (20_000, 80_000, 320_000):
        names = random_names(count)
        started = time.perf_counter()
        found = find_look_alikes(names)
        took = time.perf_counter() - started
        pairs = sum(len(f.entities) + f.more for f in found)
        print(f"| {count:,} | {len(found):,} | {pairs:,} | {took:.2f} s |"
              f" {took / count * 1e6:.1f} ms | {took / (count + pairs) * 1e6:.1f} ms |")  # fmt: skip


def on_store(path: str) -> None:
    store = PolicyStore.open(path, read_only=True)
    queries = StoreQueries(store)
    for attempt in (1, 2):  # the first reads from a cold cache
        started = time.perf_counter()
        names = read_names(queries)
        read = time.perf_counter()
        found = find_look_alikes(names)
        found_at = time.perf_counter()
        add_spans(queries, found, 100)
        done = time.perf_counter()
        same = sum(f.reason == "same" for f in found)
        print(f"run {attempt}: {len(names):,} labels of {len({n.iri for n in names}):,} entities;"
              f" {len(found):,} look-alikes ({same} same name, {len(found) - same} inside);"
              f" read {read - started:.2f} s, find {found_at - read:.2f} s,"
              f" spans of 100 {done - found_at:.2f} s, total {done - started:.2f} s")  # fmt: skip


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--store", help="a store to open read-only (a copy)")
    args = parser.parse_args()
    on_store(args.store) if args.store else scaling()
