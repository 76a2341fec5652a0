"""Retype (issue #23): changing the kind of an entity named in N documents, at 4, 16 and
64 generated agreements that all name 科學技術部, to check the cost grows with the
documents naming it (each one's graph is checked against the shapes), and its withdrawal.

    .venv/bin/python benchmarks/bench_retype.py [--sizes 4 16 64]
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

import pyoxigraph as ox
from policykg.graph.corrections import Reviewer
from policykg.graph.review import Anchor, Correction
from policykg.graph.store import PolicyStore

from policykg.ingestion import Ingestor
from policykg.settings import Settings

sys.path.insert(0, str(Path(__file__).resolve().parent))
from bench_decisions import MOST, agreement  # the same generated agreements

PLATFORM = ox.NamedNode("https://w3id.org/policykg/ontology#Platform")


def run(size: int, folder: Path, settings: Settings) -> dict:
    for n in range(1, size + 1):
        (folder / f"agreement-{n:04d}.txt").write_text(agreement(n), "utf-8")
    store = PolicyStore.in_memory()
    report = Ingestor(store, settings).ingest(sorted(folder.iterdir()))
    assert report.count("ingested") == size, report.summary()
    document = next(iter(store.query(f"SELECT ?g {{ GRAPH ?g {{ <{MOST}> ?p ?o }} }} LIMIT 1")))
    reviewer = Reviewer(store, settings.base_iri)
    started = time.perf_counter()
    stored = reviewer.correct(
        Correction(kind="retype", anchor=Anchor(document["g"].value), reviewer="bench",
                   reason="benchmark", entity=ox.NamedNode(MOST), new_type=PLATFORM)
    )  # fmt: skip
    retyped = time.perf_counter() - started
    started = time.perf_counter()
    reviewer.withdraw(stored.iri, "bench", "benchmark")
    withdrawn = time.perf_counter() - started
    return {"docs": size, "moved": len(stored.removed), "retype": retyped, "withdraw": withdrawn}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[4, 16, 64])
    args = parser.parse_args()
    settings = Settings.from_env(environ={}, store_path="/nonexistent")
    print("| documents naming it | statements moved | retype | per document | withdraw |")
    print("|---|---|---|---|---|")
    for size in args.sizes:
        with tempfile.TemporaryDirectory() as folder:
            r = run(size, Path(folder), settings)
        print(f"| {r['docs']} | {r['moved']} | {r['retype']:.2f} s | "
              f"{r['retype'] / r['docs'] * 1000:.0f} ms | {r['withdraw']:.2f} s |")  # fmt: skip


if __name__ == "__main__":
    main()
