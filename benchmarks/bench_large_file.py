"""Ingest of one large file (issue #18): is the cost linear in the document's length?

Builds single text files of 1, 4 and 16 MB from the scale corpus — whole laws, Simplified
Markdown (LawRefBook-Laws) and Traditional JSON records (mojLawSplitJSON, rendered as the
reader renders them), picked in a seeded random order and joined with blank lines until
the size is reached, so the text has real structure (編/章/節, 第N条/第N條, history lines)
— then ingests each one (`policykg ingest --quiet --workers 1 FILE`) in a fresh child
process on a fresh store and reports its wall time, CPU time (user + system, less moved
than wall time by other work on a shared machine) and peak resident memory.

    .venv/bin/python benchmarks/bench_large_file.py [--sizes 1 4 16] [--stages]
        [--no-validate] [--keep DIR]
    .venv/bin/python benchmarks/bench_large_file.py --build-only --keep DIR

With `--stages`, the child also reports the seconds spent in each stage of the pipeline
(read, clean, both scripts, annexes, title, segment, dates, extract, build — which holds
extract —, gate, write), wall and CPU ("… cpu"). `--no-validate` ingests without the SHACL gate (a file the gate
refuses is never written, so its write stage is measured this way).
"""

from __future__ import annotations

import argparse
import json
import random
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SCALE = ROOT.parent / "shared" / "corpus" / "scale"
SEED = 18


def corpus_texts(scale: Path) -> list[Path]:
    """Every law of the scale corpus, in a fixed order."""
    markdown = sorted((scale / "LawRefBook-Laws").rglob("*.md"))
    records = sorted((scale / "mojLawSplitJSON").rglob("*.json"))
    return [p for p in markdown if p.name != "_index.md"] + [
        p for p in records if p.name != "index.json"
    ]


def law_text(path: Path) -> str | None:
    """The law's text as the reader would see it (a JSON record rendered), or None."""
    from policykg.ingest.mojlaw import render_record

    from policykg.errors import InputError

    data = path.read_bytes()
    if path.suffix == ".json":
        try:
            return render_record(data, path)
        except InputError:
            return None
    return data.decode("utf-8").replace("\r\n", "\n")


def build(size_mb: float, out: Path, scale: Path = SCALE, seed: int = SEED) -> Path:
    """One file of about `size_mb` MB (UTF-8 bytes) of whole laws, seeded and deterministic."""
    paths = corpus_texts(scale)
    random.Random(seed).shuffle(paths)
    target = int(size_mb * 1_000_000)
    pieces: list[str] = []
    size = 0
    for path in paths:
        text = law_text(path)
        if not text or not text.strip():
            continue
        pieces.append(text.strip() + "\n")
        size += len(pieces[-1].encode("utf-8")) + 1
        if size >= target:
            break
    else:
        raise SystemExit(f"the corpus holds only {size / 1e6:.1f} MB")
    out.write_text("\n".join(pieces), encoding="utf-8")
    return out


def child(store: str, path: str, stages: bool, validate: bool) -> None:
    """Run inside the measured process: ingest one file, print timings as JSON."""
    from policykg.cli import main

    timings: dict[str, float] = {}
    if stages:
        _time_stages(timings)
    started = time.perf_counter()
    flags = [] if validate else ["--no-validate"]
    code = main(["--store", store, "ingest", "--quiet", "--workers", "1", *flags, path])
    elapsed = time.perf_counter() - started
    usage = resource.getrusage(resource.RUSAGE_SELF)
    result = {
        "exit": code,
        "seconds": round(elapsed, 2),
        # CPU time: less moved than wall time by other work on a shared machine
        "cpu_seconds": round(usage.ru_utime + usage.ru_stime, 2),
        "peak_mb": round(usage.ru_maxrss / 1024),
    }
    if stages:
        result["stages"] = {k: round(v, 2) for k, v in timings.items()}
    print(json.dumps(result))


def _time_stages(timings: dict[str, float]) -> None:
    """Wrap each stage's function so that its seconds add up in `timings`."""
    import policykg.ingest.pipeline as pipeline
    from policykg.graph import build as graph_build
    from policykg.graph import fulltext
    from policykg.graph import store as graph_store

    import policykg.ingestion as ingestion

    def timed(module, name: str, label: str) -> None:
        inner = getattr(module, name)

        def wrapper(*args, **kwargs):
            started, cpu = time.perf_counter(), time.process_time()
            try:
                return inner(*args, **kwargs)
            finally:
                timings[label] = timings.get(label, 0.0) + time.perf_counter() - started
                cpu_label = f"{label} cpu"
                timings[cpu_label] = timings.get(cpu_label, 0.0) + time.process_time() - cpu

        setattr(module, name, wrapper)

    timed(ingestion, "read_source", "read")
    timed(pipeline, "clean_text", "clean")
    timed(pipeline, "both_scripts", "scripts")
    timed(pipeline, "split_annexes", "annexes")
    timed(pipeline, "find_title", "title")
    timed(pipeline, "segment", "segment")
    timed(pipeline, "find_dates_of_document", "dates")
    timed(graph_build, "extract", "extract")
    timed(ingestion, "build_graphs", "build (with extract)")
    timed(ingestion.Ingestor, "_gate", "gate")
    timed(graph_store.PolicyStore, "replace_graphs", "write")
    timed(fulltext.FullTextIndex, "sync", "full-text index")


def measure(path: Path, stages: bool, validate: bool) -> dict:
    with tempfile.TemporaryDirectory(prefix="policykg-bench-") as store:
        out = subprocess.run(
            [sys.executable, __file__, "--child", store, str(path)]
            + (["--stages"] if stages else [])
            + ([] if validate else ["--no-validate"]),
            capture_output=True,
            text=True,
            check=True,
        )
    return json.loads(out.stdout.strip().splitlines()[-1])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", nargs="+", type=float, default=[1, 4, 16])
    parser.add_argument("--scale", type=Path, default=SCALE)
    parser.add_argument("--keep", type=Path, help="write the files here (default: a temp dir)")
    parser.add_argument("--build-only", action="store_true")
    parser.add_argument("--stages", action="store_true", help="time each stage too")
    parser.add_argument("--no-validate", action="store_true", help="ingest without the SHACL gate")
    parser.add_argument("--child", nargs=2, metavar=("STORE", "FILE"), help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        child(*args.child, stages=args.stages, validate=not args.no_validate)
        return
    with tempfile.TemporaryDirectory(prefix="policykg-large-") as temp:
        folder = args.keep or Path(temp)
        folder.mkdir(parents=True, exist_ok=True)
        rows = []
        for size in args.sizes:
            path = build(size, folder / f"large-{size:g}mb.txt", args.scale)
            chars = len(path.read_text(encoding="utf-8"))
            print(f"{path.name}: {path.stat().st_size / 1e6:.2f} MB, {chars:,} characters")
            if args.build_only:
                continue
            result = measure(path, args.stages, not args.no_validate)
            rows.append((size, result))
            print(f"  {json.dumps(result, ensure_ascii=False)}", flush=True)
        if len(rows) > 1:
            base_size, base = rows[-2]
            size, last = rows[-1]
            print(
                f"{size:g} MB / {base_size:g} MB: "
                f"{last['seconds'] / base['seconds']:.2f}x the time for {size / base_size:g}x the size"
            )


if __name__ == "__main__":
    main()
