"""A file of decisions (issue #23): exporting the queue and applying decided rows, at
4, 16 and 64 generated agreements stored with warnings, to check the cost grows with the
rows (linear), and what applying the same file a second time costs (nothing stored).

With `--withdraw`: after the rejections, every other agreement is ingested again without
科學技術部, so its rejection is stale, and a second file withdraws every stale one (W
withdrawals over C = 1.5 W corrections): the cost of withdrawals in a file.

    .venv/bin/python benchmarks/bench_decisions.py [--sizes 4 16 64] [--withdraw]
"""

from __future__ import annotations

import argparse
import csv
import tempfile
import time
from pathlib import Path

from policykg.graph.bound import StoreQueries
from policykg.graph.corrections import Reviewer
from policykg.graph.decisions import apply_decisions, queue_rows, read_rows, write_queue
from policykg.graph.review import corrections
from policykg.graph.store import PolicyStore

from policykg.ingestion import Ingestor
from policykg.settings import Settings

NUMERALS = "〇一二三四五六七八九"
MOST = "https://w3id.org/policykg/id/org/c2ca847a7c31d4ac"  # 科學技術部


def agreement(n: int) -> str:
    """A small agreement with two parties and a date, and no signatory (a warning)."""
    number = "".join(NUMERALS[int(d)] for d in str(n))
    return (
        f"第{number}號科技合作協議\n\n"
        "第一條 科學技術部與香港特別行政區政府於2020年1月2日簽署本協議。\n\n"
        "第二條 雙方加強科技合作。\n"
    )


def decide(path: Path, rows: list[dict], wanted, **change: str) -> int:
    """Write `rows` back to `path` with `change` made to each row `wanted` picks."""
    for row in rows:
        if wanted(row):
            row.update(change)
    with path.open("w", encoding="utf-8-sig", newline="") as out:
        writer = csv.DictWriter(out, fieldnames=list(rows[0]))
        writer.writeheader()
        writer.writerows(rows)
    return sum(bool(r["decision"]) for r in rows)


def withdraw_stale(folder: Path, store, reviewer: Reviewer, settings: Settings, size: int) -> dict:
    """Make every other agreement's rejection stale (the agreement ingested again
    without 科學技術部), then apply a file withdrawing each stale one."""
    inputs = folder / "in"
    changed = sorted(inputs.iterdir())[::2]
    for path in changed:
        path.write_text(path.read_text("utf-8").replace("科學技術部", "商務部"), "utf-8")
    Ingestor(store, settings).ingest(changed)
    queue = folder / "stale.csv"
    write_queue(queue_rows(reviewer, StoreQueries(store)), queue)
    rows = [row for _, row in read_rows(queue)]
    decided = decide(queue, rows, lambda r: r["item"] == "stale", decision="reject",
                     reason="benchmark")  # fmt: skip
    stored = sum(1 for _ in corrections(store))
    started = time.perf_counter()
    outcome = apply_decisions(reviewer, queue, default_reviewer="bench")
    applied = time.perf_counter() - started
    assert decided == len(changed) and len(outcome.stored) == decided
    return {"withdrawn": decided, "corrections": stored, "withdraw": applied}


def run(size: int, folder: Path, settings: Settings, withdraw: bool = False) -> dict:
    inputs = folder / "in"
    inputs.mkdir()
    for n in range(1, size + 1):
        (inputs / f"agreement-{n:04d}.txt").write_text(agreement(n), "utf-8")
    store = PolicyStore.open(folder / "store")
    with store:
        report = Ingestor(store, settings).ingest(sorted(inputs.iterdir()))
        assert report.count("ingested") == size, report.summary()
        reviewer = Reviewer(store, settings.base_iri)
        queue = folder / "queue.csv"
        started = time.perf_counter()
        write_queue(queue_rows(reviewer, StoreQueries(store)), queue)
        exported = time.perf_counter() - started
        rows = [row for _, row in read_rows(queue)]
        # reject 科學技術部 as a party of each: one correction a document
        decided = decide(queue, rows, lambda r: r["item"] == "statement" and r["object"] == MOST,
                         decision="reject", reason="benchmark")  # fmt: skip
        started = time.perf_counter()
        outcome = apply_decisions(reviewer, queue, default_reviewer="bench")
        applied = time.perf_counter() - started
        started = time.perf_counter()
        again = apply_decisions(reviewer, queue, default_reviewer="bench")
        second = time.perf_counter() - started
        withdrawn = withdraw_stale(folder, store, reviewer, settings, size) if withdraw else {}
    assert len(outcome.stored) == decided and not again.stored
    return {"docs": size, "rows": len(rows), "decided": decided, "export": exported,
            "apply": applied, "second": second, **withdrawn}  # fmt: skip


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[4, 16, 64])
    parser.add_argument("--withdraw", action="store_true", help="also withdraw in a file")
    args = parser.parse_args()
    settings = Settings.from_env(environ={}, store_path="/nonexistent")
    if args.withdraw:
        print(
            "| agreements | corrections stored | withdrawn in one file | apply | per withdrawal |"
        )
        print("|---|---|---|---|---|")
        for size in args.sizes:
            with tempfile.TemporaryDirectory() as tmp:
                r = run(size, Path(tmp), settings, withdraw=True)
            print(f"| {r['docs']} | {r['corrections']} | {r['withdrawn']} | {r['withdraw']:.2f} s "
                  f"| {1000 * r['withdraw'] / r['withdrawn']:.0f} ms |")  # fmt: skip
        return
    print(
        "| agreements | queue rows | decided (rejections) | export | apply | per decided row | apply again |"
    )
    print("|---|---|---|---|---|---|---|")
    for size in args.sizes:
        with tempfile.TemporaryDirectory() as tmp:
            r = run(size, Path(tmp), settings)
        print(f"| {r['docs']} | {r['rows']} | {r['decided']} | {r['export']:.2f} s | "
              f"{r['apply']:.2f} s | {1000 * r['apply'] / r['decided']:.0f} ms | "
              f"{r['second']:.2f} s |")  # fmt: skip


if __name__ == "__main__":
    main()
