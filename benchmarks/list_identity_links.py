"""The identity stage's decisions on a store, for a reader to check by hand.

    .venv/bin/python benchmarks/list_identity_links.py --store DIR [--limit N] [--seed S]

Reads the store read-only, decides identity over it (graph/identity.py, what ingest's
last step does) and prints each joined name with the name it joined and the rule, with
counts per rule and the time taken by each part; `--limit` prints a seeded sample.
"""

from __future__ import annotations

import argparse
import random
import re
import time
from collections import Counter

from policykg.graph.identity import resolve
from policykg.graph.identity_settle import KINDS, _entities, _read_nodes
from policykg.graph.store import PolicyStore

from policykg.settings import Settings


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--store", required=True)
    parser.add_argument("--limit", type=int, default=0, help="print a sample of N links")
    parser.add_argument("--seed", type=int, default=19)
    args = parser.parse_args()
    base = Settings().base_iri
    shared = re.compile(rf"^{re.escape(base)}({'|'.join(KINDS)})/[0-9a-f]{{16}}$")
    store = PolicyStore.open(args.store, read_only=True)
    started = time.perf_counter()
    nodes = _read_nodes(store, shared)
    read = time.perf_counter()
    entities = _entities(nodes, shared)
    links = resolve(entities)
    decided = time.perf_counter()
    names = {e.iri: min(e.names, key=len, default="") for e in entities}
    print(f"{len(nodes)} nodes in graphs, {len(entities)} minted entities, {len(links)} joined")
    print(f"read {read - started:.2f} s, decide {decided - read:.2f} s")
    print("by rule:", dict(Counter(link.method for link in links.values())))
    rows = sorted(links.values(), key=lambda link: link.iri)
    if args.limit:
        rows = sorted(random.Random(args.seed).sample(rows, min(args.limit, len(rows))),
                      key=lambda link: link.iri)  # fmt: skip
    for link in rows:
        kind = link.iri.removeprefix(base).split("/")[0]
        # a title's own IRI that only dated citations mint has no entity here: its name
        # is the citations' (`link.name`)
        short = names.get(link.iri) or link.name
        print(f"{kind}\t{link.method}\t{short}\t→\t{names.get(link.into) or link.long}")


if __name__ == "__main__":
    main()
