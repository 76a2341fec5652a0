"""What the identity step costs one small ingest, by the size of the store it goes into.

    .venv/bin/python benchmarks/bench_identity_ingest.py [--sizes 1 4 16] [--work DIR]

For each size, a store of that many MB of the scale corpus (its files in a seeded order,
ingested with `--no-validate` once and kept in `--work`), then one small file (seed 001 of
data/) ingested into a copy of it: the wall time of that ingest and of its identity step
(`settle_identity`, read every name + decide + rewrite) alone. The identity step runs over
the whole store on every ingest run (benchmarks/RESULTS.md, "Identity (issue #19)"), so its
time grows with the store, not with the file.
"""

from __future__ import annotations

import argparse
import random
import shutil
import time
from pathlib import Path

from policykg.graph import identity_settle
from policykg.graph.store import PolicyStore

from policykg.ingestion import Ingestor
from policykg.settings import Settings

ROOT = Path(__file__).resolve().parent.parent
SCALE = ROOT.parent / "shared" / "corpus" / "scale"
SMALL = sorted((ROOT / "data").glob("001_*.txt"))[0]
LABELLED = "SELECT DISTINCT ?s WHERE { GRAPH ?g { ?s <http://www.w3.org/2004/02/skos/core#prefLabel> ?l } }"


def files_up_to(megabytes: float, seed: int = 19) -> list[Path]:
    files = sorted(p for p in SCALE.rglob("*") if p.suffix in (".md", ".json", ".txt"))
    random.Random(seed).shuffle(files)
    chosen, size = [], 0
    for path in files:
        if size >= megabytes * 1_000_000:
            break
        chosen.append(path)
        size += path.stat().st_size
    return chosen


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=float, nargs="+", default=[1, 4, 16])
    parser.add_argument("--work", default="/tmp/bench-identity-ingest")
    args = parser.parse_args()
    work = Path(args.work)
    timed: list[float] = []
    settle = identity_settle.settle_identity

    def timed_settle(*a, **k):
        started = time.perf_counter()
        try:
            return settle(*a, **k)
        finally:
            timed.append(time.perf_counter() - started)

    import policykg.ingestion as ingestion

    ingestion.settle_identity = timed_settle
    print("MB\tfiles\tentities\tingest s\tidentity s")
    for megabytes in args.sizes:
        base = work / f"scale-{megabytes:g}"
        files = files_up_to(megabytes)
        if not base.exists():
            with PolicyStore.open(base) as store:
                settings = Settings.from_env(environ={}, store_path=str(base))
                Ingestor(store, settings, validate=False).ingest(files)
        copy = work / f"copy-{megabytes:g}"
        shutil.rmtree(copy, ignore_errors=True)
        shutil.copytree(base, copy)
        with PolicyStore.open(copy) as store:
            settings = Settings.from_env(environ={}, store_path=str(copy))
            timed.clear()
            started = time.perf_counter()
            Ingestor(store, settings).ingest([SMALL])
            total = time.perf_counter() - started
            entities = len(list(store.query(LABELLED)))
        shutil.rmtree(copy, ignore_errors=True)
        print(f"{megabytes:g}\t{len(files)}\t{entities}\t{total:.2f}\t{sum(timed):.2f}", flush=True)


if __name__ == "__main__":
    main()
