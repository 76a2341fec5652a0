"""Review and corrections (issue #23): what a correction costs, and what the reviewed view
costs queries, on the embedded corpus; and the mechanism measured against a query-time
dataset (a default graph listing every graph), with `--laws N` LawRefBook files added.

    .venv/bin/python benchmarks/bench_review.py [--laws 100]
"""

from __future__ import annotations

import argparse
import random
import shutil
import tempfile
import time
from pathlib import Path

import pyoxigraph as ox
from policykg.graph.corrections import Reviewer
from policykg.graph.review import Anchor, Correction
from policykg.graph.store import PolicyStore

from policykg.ingestion import Ingestor
from policykg.settings import Settings

ROOT = Path(__file__).resolve().parents[1]
LAWS = ROOT.parent / "shared" / "corpus" / "scale" / "LawRefBook-Laws"
QUERIES = sorted((ROOT / "graph" / "queries").glob("*.rq"))
DOC = ox.NamedNode("https://w3id.org/policykg/id/work/83802cbc5b8c9c75")
MOST = ox.NamedNode("https://w3id.org/policykg/id/org/c2ca847a7c31d4ac")
HKSARG = ox.NamedNode("https://w3id.org/policykg/id/org/fd266a329f5d62e0")
SZ = ox.NamedNode("https://w3id.org/policykg/id/org/0803528e29b47a94")
PKG = "https://w3id.org/policykg/ontology#"


def best(run, repeat: int = 3) -> float:
    times = []
    for _ in range(repeat):
        started = time.perf_counter()
        run()
        times.append(time.perf_counter() - started)
    return min(times)


def competency(store: ox.Store, graphs: list[ox.NamedNode] | None) -> float:
    total = 0.0
    for path in QUERIES:
        text = path.read_text("utf-8")
        options = (
            {"use_default_graph_as_union": True}
            if graphs is None
            else {"default_graph": graphs, "named_graphs": graphs}
        )
        total += best(lambda text=text, options=options: list(store.query(text, **options)))
    return total


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--laws", type=int, default=0, help="LawRefBook files to add")
    args = parser.parse_args()
    settings = Settings()
    folder = Path(tempfile.mkdtemp())
    try:
        store = PolicyStore.open(folder / "store")
        files = [ROOT / "data"]
        if args.laws:
            laws = sorted(LAWS.rglob("*.md"))
            random.Random(1).shuffle(laws)
            files += laws[: args.laws]
        Ingestor(store, settings, validate=not args.laws).ingest(files)
        graphs = list(store.oxigraph.named_graphs())
        print(f"{len(graphs)} graphs, {len(store)} quads")
        union = competency(store.oxigraph, None)
        listed = competency(store.oxigraph, graphs)
        print(f"competency queries: union {union * 1000:.0f} ms, explicit default graph list "
              f"{listed * 1000:.0f} ms ({listed / union:.1f}x)")  # fmt: skip
        if args.laws:
            return
        reviewer = Reviewer(store, settings.base_iri)
        text = next(iter(store.query(f"SELECT ?t {{ {DOC} <{PKG}sourceText> ?t }}")))["t"].value
        start = text.index("科學技術部與香港特別行政區政府")
        span = Anchor(DOC.value, start, start + 15, text[start : start + 15])
        kinds = [
            Correction(kind="reject", anchor=Anchor(DOC.value), reviewer="b", reason="b",
                       statement=(DOC, ox.NamedNode(PKG + "party"), MOST)),
            Correction(kind="relabel", anchor=Anchor(DOC.value), reviewer="b", reason="b",
                       entity=HKSARG, label=ox.Literal("香港特區政府", language="zh-Hant")),
            Correction(kind="add", anchor=span, reviewer="b", reason="b",
                       statement=(DOC, ox.NamedNode(PKG + "party"), SZ)),
            Correction(kind="merge", anchor=Anchor(DOC.value), reviewer="b", reason="b",
                       entity=MOST, into=HKSARG),
        ]  # fmt: skip
        for correction in kinds:
            started = time.perf_counter()
            stored = reviewer.correct(correction)
            took = time.perf_counter() - started
            print(f"correct {correction.kind:8s} {took * 1000:7.0f} ms "
                  f"({len(stored.removed)} statements withdrawn)")  # fmt: skip
        after = competency(store.oxigraph, None)
        print(f"competency queries with 4 corrections: {after * 1000:.0f} ms (union, as before)")
        reapply = best(reviewer.reapply, repeat=1)
        print(f"reapply 4 corrections after an ingest: {reapply * 1000:.0f} ms")
        store.close()
    finally:
        shutil.rmtree(folder, ignore_errors=True)


if __name__ == "__main__":
    main()
