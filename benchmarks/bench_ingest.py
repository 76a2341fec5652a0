"""Ingest benchmark: the five seeds from cold, and slices of the scale corpus.

Each measurement runs `policykg ingest` in a fresh child process on a fresh store and
reports wall time, text throughput and the child's peak resident memory. Then the parts
of the seeds' ingest nothing can skip, alone (libraries and writes), and the store's own
ceiling on the last slice's quads.

    .venv/bin/python benchmarks/bench_ingest.py [--corpus ../shared/corpus/scale/LawRefBook-Laws]
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_CORPUS = ROOT.parent / "shared" / "corpus" / "scale" / "LawRefBook-Laws"
SLICES_MB = (2.5, 5.0, 10.0)


def child(store: str, paths: list[str]) -> None:
    """Run inside the measured process: ingest, then print timings as JSON."""
    from policykg.cli import main

    started = time.perf_counter()
    code = main(["--store", store, "ingest", "--quiet", *paths])
    elapsed = time.perf_counter() - started
    peak_kb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    print(json.dumps({"exit": code, "seconds": elapsed, "peak_mb": peak_kb / 1024}))


def floor_child(dump: str, store: str) -> None:
    """Run inside the measured process: the parts of ingesting the seeds that nothing
    can skip — jieba's dictionary (segmentation), OpenCC's two converters (both scripts),
    and writing the graph the contract asks for, one transaction per document, then the
    flush that closing the store makes — with no reading, extraction or validation."""
    import pyoxigraph as ox

    graphs: dict[bytes, list[bytes]] = {}
    for line in Path(dump).read_bytes().splitlines(keepends=True):
        graphs.setdefault(line.rsplit(b" ", 2)[-2], []).append(line)
    started = time.perf_counter()
    import rjieba  # noqa: F401  (importing it loads the dictionary)
    from policykg.ingest.script import to_simplified, to_traditional

    to_simplified("測試")  # each converter is made on first use
    to_traditional("测试")
    libraries = time.perf_counter()
    target = ox.Store(store)
    for lines in graphs.values():
        target.load(b"".join(lines), format=ox.RdfFormat.N_QUADS)
    target.flush()
    done = time.perf_counter()
    print(
        json.dumps(
            {
                "libraries": libraries - started,
                "writes": done - libraries,
                "seconds": done - started,
                "quads": sum(map(len, graphs.values())),
            }
        )
    )


def embedded_floor(store: str, work: Path, runs: int = 3) -> list[dict]:
    """`floor_child` on the five seeds' own graphs (exported from `store`, the ontology
    left out: every version of the project writes it when the store is created)."""
    from policykg.vocab import ONTOLOGY_IRI

    dump = work / "seeds.nq"
    subprocess.run(
        [sys.executable, "-m", "policykg.cli", "--store", store, "export", "--output", str(dump)],
        check=True,
        capture_output=True,
    )
    ontology = f"<{ONTOLOGY_IRI}> .".encode()
    kept = [line for line in dump.read_bytes().splitlines() if not line.endswith(ontology)]
    dump.write_bytes(b"\n".join(kept) + b"\n")
    results = []
    for _ in range(runs):
        out = subprocess.run(
            [sys.executable, __file__, "--floor-child", str(dump), tempfile.mkdtemp(dir=work)],
            capture_output=True,
            text=True,
            check=True,
        )
        results.append(json.loads(out.stdout.strip().splitlines()[-1]))
    return results


def store_ceiling(store: str, work: Path) -> dict:
    """How fast the store alone takes the same quads, with no parsing of Chinese: the
    N-Quads export of an ingested store loaded back into fresh stores three ways —
    in document-sized transactions (600 quads, as ingest writes), with Oxigraph's
    non-transactional bulk loader, and into an in-memory store (no disk at all)."""
    import pyoxigraph as ox

    from policykg.ingestion import FLUSH_EVERY_TRIPLES  # imported here: not in the child's timing

    dump = work / "dump.nq"
    subprocess.run(
        [sys.executable, "-m", "policykg.cli", "--store", store, "export", "--output", str(dump)],
        check=True,
        capture_output=True,
    )
    data = dump.read_bytes()
    lines = data.splitlines(keepends=True)

    def timed(load, target: ox.Store) -> float:
        started = time.perf_counter()
        load(target)
        target.flush()
        return time.perf_counter() - started

    def transactions(target: ox.Store) -> None:
        # flushed as often as ingest flushes: without it, RocksDB's final flush can wait
        # forever on a write stall (seen with pyoxigraph 0.5.13 after ~690,000 quads)
        unflushed = 0
        for i in range(0, len(lines), 600):
            target.load(b"".join(lines[i : i + 600]), format=ox.RdfFormat.N_QUADS)
            unflushed += 600
            if unflushed >= FLUSH_EVERY_TRIPLES:
                target.flush()
                unflushed = 0

    def fresh() -> ox.Store:
        return ox.Store(tempfile.mkdtemp(prefix="ceiling-", dir=work))

    seconds = {
        "transactions": timed(transactions, fresh()),
        "bulk": timed(lambda t: t.bulk_load(data, format=ox.RdfFormat.N_QUADS), fresh()),
        "memory": timed(lambda t: t.load(data, format=ox.RdfFormat.N_QUADS), ox.Store()),
    }
    return {"quads": len(lines), "seconds": seconds}


def measure(paths: list[Path], label: str, work: Path) -> dict:
    store = tempfile.mkdtemp(prefix="store-", dir=work)
    started = time.perf_counter()
    out = subprocess.run(
        [sys.executable, __file__, "--child", store, *map(str, paths)],
        capture_output=True,
        text=True,
        check=False,
    )
    wall = time.perf_counter() - started  # includes interpreter start and imports: "cold"
    result = json.loads(out.stdout.strip().splitlines()[-1])
    summary = [line for line in out.stderr.splitlines() if " files: " in line]
    size = sum(p.stat().st_size for p in _files(paths))
    return {
        "label": label,
        "mb": size / 1e6,
        "wall": wall,
        "ingest": result["seconds"],
        "mb_per_s": size / 1e6 / result["seconds"],
        "peak_mb": result["peak_mb"],
        "summary": summary[-1] if summary else "",
        "store": store,
    }


def _files(paths: list[Path]) -> list[Path]:
    files = []
    for path in paths:
        files += sorted(p for p in path.rglob("*") if p.is_file()) if path.is_dir() else [path]
    return files


def corpus_slice(corpus: Path, megabytes: float, work: Path) -> Path:
    """A folder of links to the first files (in sorted order) adding up to `megabytes`."""
    folder = work / f"slice-{megabytes:g}MB"
    folder.mkdir()
    total = 0
    for index, path in enumerate(sorted(corpus.rglob("*.md"))):
        if total >= megabytes * 1e6:
            break
        (folder / f"{index:05d}_{path.name}").symlink_to(path)
        total += path.stat().st_size
    return folder


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--child", nargs="+", help=argparse.SUPPRESS)
    parser.add_argument("--floor-child", nargs=2, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        child(args.child[0], args.child[1:])
        return
    if args.floor_child:
        floor_child(*args.floor_child)
        return
    with tempfile.TemporaryDirectory(prefix="policykg-bench-") as tmp:
        work = Path(tmp)
        rows = [measure([ROOT / "data"], "five seeds, cold", work)]
        floor = embedded_floor(rows[0]["store"], work)
        if args.corpus.exists():
            for megabytes in SLICES_MB:
                rows.append(
                    measure(
                        [corpus_slice(args.corpus, megabytes, work)],
                        f"scale slice {megabytes:g} MB",
                        work,
                    )
                )
            ceiling = store_ceiling(rows[-1]["store"], work)
        else:
            ceiling = None
            print(f"(no scale corpus at {args.corpus}: slices skipped)", file=sys.stderr)
    print(f"machine: {os.cpu_count()} cores, Python {sys.version.split()[0]}")
    print(
        "| run | text MB | wall s (cold, incl. start-up) | ingest s | MB/s | peak RSS MB | outcome |"
    )
    print("|---|---|---|---|---|---|---|")
    for r in rows:
        print(
            f"| {r['label']} | {r['mb']:.2f} | {r['wall']:.2f} | {r['ingest']:.2f} | "
            f"{r['mb_per_s']:.2f} | {r['peak_mb']:.0f} | {r['summary']} |"
        )
    print(
        f"\nthe seeds' unavoidable parts alone ({floor[0]['quads']} quads), "
        "seconds as `ingest s` above:"
    )
    for run in floor:
        print(
            f"  {run['seconds']:.2f} = jieba dictionary and OpenCC {run['libraries']:.2f}"
            f" + writing and flushing the graphs {run['writes']:.2f}"
        )
    if ceiling:
        mb = rows[-1]["mb"]
        print(f"\nstore alone, the {ceiling['quads']} quads of the last slice:")
        for way, seconds in ceiling["seconds"].items():
            print(
                f"  {way}: {seconds:.2f} s = {ceiling['quads'] / seconds:,.0f} quads/s, "
                f"at most {mb / seconds:.2f} MB/s of this text before any parsing"
            )


if __name__ == "__main__":
    main()
