"""Cost of the identity stage on the real names of 1, 4 and 16 MB of the scale corpus, step
by step (issue 19, session 28): linear?

The laws of `scale_corpus.read_corpus` (gold documents left out), in a seeded random order
(both collections, Mainland laws and Taiwan records, mixed), are read and their graphs built
once as `policykg ingest` builds them (graph/build.py), up to 16 MB of files; only the statements the identity stage reads are kept (names, redirects, document
dates, units' bodies), cached in a file. Then, for the files of the first 1, 4 and 16 MB,
those statements are loaded into an in-memory store and the stage is timed apart from the
extraction: reading the nodes and entities (graph/identity_settle.py) and each step of
`graph/identity.resolve` (`identity.STEPS`) on the organisations and platforms (`--kinds`).
A step is linear when its time per entity stays flat from 1 to 16 MB.

`--check` also resolves the names with the letters join reading every candidate
(`identity_letters.every_match`, the reference) and says whether the links are the same;
`--links FILE` writes each size's links (size, IRI, into, rule, name, long name; TSV) to
compare two versions of the stage on the same names (run this file with each version's
Python: it imports nothing newer than session 28 unless `--check` is given).

    .venv/bin/python benchmarks/bench_identity_names.py [--cache /tmp/identity-names.jsonl] \
        [--kinds org platform] [--seed 28] [--check] [--links FILE]
"""

from __future__ import annotations

import argparse
import json
import random
import re
import sys
import time
from pathlib import Path

from policykg.graph import identity
from policykg.graph.build import build_graphs
from policykg.graph.identity_settle import (
    ALT,
    DATE_PREDICATES,
    KINDS,
    OWL_SAME_AS,
    PREF,
    SUB_ORGANIZATION_OF,
    _entities,
    _read_nodes,
)
from policykg.graph.store import PolicyStore
from policykg.ingest.pipeline import process_file

from policykg.errors import InputError
from policykg.iris import IriMinter
from policykg.settings import Settings

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "scripts"))
from scale_corpus import DEFAULT_CORPUS, read_corpus

MB = 1_000_000
SIZES = (1, 4, 16)
READ = {PREF, ALT, OWL_SAME_AS, SUB_ORGANIZATION_OF, *DATE_PREDICATES}


def _identity_statements(statements: list[str]) -> list[str]:
    """The statements of a graph the identity stage reads (N-Triples, no final dot)."""
    return [s for s in statements if s.split(" ", 2)[1][1:-1] in READ]


def build_cache(root: Path, cache: Path, size: int, seed: int) -> None:
    """Build the graphs of the first `size` bytes of the corpus's files in the seed's order,
    one JSON line a file: its bytes and the identity statements of each of its graphs."""
    minter = IriMinter(Settings().base_iri)
    total, started = 0, time.perf_counter()
    laws = list(read_corpus(root))
    random.Random(seed).shuffle(laws)
    with cache.open("w", encoding="utf-8") as out:
        for law in laws:
            try:
                graphs = build_graphs(process_file(root / law.path), minter).graphs
            except InputError:
                continue  # a file ingest rejects
            kept = {g: _identity_statements(s) for g, s in graphs.items()}
            out.write(json.dumps({"path": law.path, "bytes": law.size, "graphs": kept},
                                 ensure_ascii=False) + "\n")  # fmt: skip
            total += law.size
            if total >= size:
                break
    print(f"built {total / MB:.1f} MB of graphs in {time.perf_counter() - started:.0f} s")


def load_store(cache: Path, size: int) -> tuple[PolicyStore, int, int]:
    """An in-memory store of the cached graphs of the first `size` bytes of files, the
    files and bytes it holds."""
    store, files, total = PolicyStore.in_memory(), 0, 0
    with cache.open(encoding="utf-8") as lines:
        for line in lines:
            if total >= size:
                break
            record = json.loads(line)
            store.replace_graphs(remove=[], add=record["graphs"])
            files, total = files + 1, total + record["bytes"]
    return store, files, total


def main() -> None:
    parser = argparse.ArgumentParser(description=(__doc__ or "").split("\n\n")[0])
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--cache", type=Path, default=Path("/tmp/identity-names.jsonl"))
    parser.add_argument("--kinds", nargs="+", default=["org", "platform"], choices=KINDS)
    parser.add_argument("--seed", type=int, default=28, help="the order of the files")
    parser.add_argument(
        "--check", action="store_true", help="and the links of the join reading every match"
    )
    parser.add_argument("--rebuild", action="store_true", help="build the cache again")
    parser.add_argument("--links", type=Path, help="write each size's links to this TSV file")
    args = parser.parse_args()
    base = Settings().base_iri
    if args.rebuild or not args.cache.exists():
        build_cache(args.corpus, args.cache, SIZES[-1] * MB, args.seed)
    shared = re.compile(rf"^{re.escape(base)}({'|'.join(KINDS)})/[0-9a-f]{{16}}$")
    warm, _, _ = load_store(args.cache, SIZES[0] * MB)  # the word lists and gazetteers the
    identity.resolve(_entities(_read_nodes(warm, shared), shared))  # rules read load once
    written = args.links.open("w", encoding="utf-8") if args.links else None
    for size in SIZES:
        store, files, total = load_store(args.cache, size * MB)
        started = time.process_time()
        nodes = _read_nodes(store, shared)
        read = time.process_time() - started
        started = time.process_time()
        entities = [e for e in _entities(nodes, shared) if e.kind in args.kinds]
        made = time.process_time() - started
        times: dict[str, float] = {}
        links = identity.run_steps(entities, times)
        if args.check:  # the letters join reading every candidate, as before session 28
            from policykg.graph.identity_letters import every_match

            same = identity.run_steps(entities, read_matches=every_match) == links
            print(f"{size:>2} MB: the same links as reading every match: {same}")
        if written is not None:
            for link in sorted(links.values(), key=lambda link: link.iri):
                fields = (size, link.iri, link.into, link.method, link.name, link.long)
                written.write("\t".join(map(str, fields)) + "\n")
        per = 1e6 / max(len(entities), 1)
        steps = "  ".join(
            f"{name} {took:.2f} s ({took * per:.0f} µs)" for name, took in times.items()
        )
        print(
            f"{size:>2} MB ({files} files, {total / MB:.1f} MB): {len(entities):,} entities, "
            f"{len(links):,} joined | read nodes {read:.2f} s, entities {made:.2f} s | "
            f"resolve {sum(times.values()):.2f} s ({sum(times.values()) * per:.0f} µs an "
            f"entity): {steps}",
            flush=True,
        )
    if written is not None:
        written.close()


if __name__ == "__main__":
    main()
