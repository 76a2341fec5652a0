"""Validation benchmark: one seed document through the ingest gate, the whole embedded
corpus with `policykg validate`, and one document against a store of 500,000+ triples.

    .venv/bin/python benchmarks/bench_validate.py [--corpus ../shared/corpus/scale/LawRefBook-Laws]
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "benchmarks"))

from bench_ingest import DEFAULT_CORPUS, corpus_slice  # noqa: E402
from policykg.graph.build import build_graphs  # noqa: E402
from policykg.graph.store import PolicyStore  # noqa: E402
from policykg.graph.validate import validate_document  # noqa: E402
from policykg.ingest.pipeline import process_file  # noqa: E402

from policykg.ingestion import Ingestor  # noqa: E402
from policykg.iris import IriMinter  # noqa: E402
from policykg.settings import Settings  # noqa: E402

SEED = ROOT / "data" / "004_281f81e4466a18af.txt"  # the largest seed


def one_document(store: PolicyStore, path: Path, repeats: int = 3) -> float:
    """Best of `repeats` gate validations of `path` against `store`."""
    built = build_graphs(process_file(path), IriMinter(Settings.from_env(environ={}).base_iri))
    validate_document(store, built, [])  # warm: pySHACL import, shapes parsed once
    times = []
    for _ in range(repeats):
        started = time.perf_counter()
        report, _ = validate_document(store, built, [])
        times.append(time.perf_counter() - started)
    assert report.conforms, report.violations
    return min(times)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--megabytes", type=float, default=10.0)
    args = parser.parse_args()
    settings = Settings.from_env(environ={})
    with tempfile.TemporaryDirectory(prefix="policykg-validate-") as tmp:
        work = Path(tmp)
        with PolicyStore.open(work / "seeds") as store:
            Ingestor(store, settings).ingest(sorted((ROOT / "data").glob("*.txt")))
            seeds_triples = len(store)
            seed_time = one_document(store, SEED)
        started = time.perf_counter()
        subprocess.run(
            [sys.executable, "-m", "policykg.cli", "--store", str(work / "seeds"), "validate"],
            check=True, capture_output=True,
        )  # fmt: skip
        corpus_time = time.perf_counter() - started
        folder = corpus_slice(args.corpus, args.megabytes, work)
        with PolicyStore.open(work / "big") as store:
            Ingestor(store, settings, validate=False).ingest([folder])
            Ingestor(store, settings).ingest(sorted((ROOT / "data").glob("*.txt")))
            big_triples = len(store)
            big_time = one_document(store, SEED)
    print("| what | store triples | seconds |")
    print("|---|---|---|")
    print(f"| one document (004) through the ingest gate | {seeds_triples} | {seed_time:.2f} |")
    print(
        f"| `policykg validate`, whole embedded corpus (cold process) | {seeds_triples} | {corpus_time:.2f} |"
    )
    print(f"| one document (004) through the ingest gate | {big_triples} | {big_time:.2f} |")


if __name__ == "__main__":
    main()
