"""Micro-averaged recall and precision over several `score.py --json` outputs.

The scorer prints one line per gold folder; a batch of unseen documents is often split over two
folders (two annotators), so this sums found, gold, correct and emitted over every document of
every file given and prints one line per entity kind.

    .venv/bin/python benchmarks/combine_scores.py /tmp/o.json /tmp/p.json
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

KINDS = ("agreements", "organizations", "platforms", "funds", "amounts")


def _ratio(part: int, whole: int) -> str:
    return f"{part / whole:.2f} ({part}/{whole})" if whole else "–"


def combine(paths: list[Path]) -> dict[str, list[int]]:
    """found, gold, correct, emitted per kind; correct, gold (twice) for dates."""
    totals: dict[str, list[int]] = {}
    for path in paths:
        for result in json.loads(path.read_text(encoding="utf-8")).values():
            for kind in KINDS:
                counts = result.get(kind)
                if not counts:
                    continue
                # amounts carry no "correct": the scorer's precision there is found/emitted
                correct = counts.get("correct")
                if correct is None:
                    correct = round((counts.get("precision") or 0) * counts["emitted"])
                row = totals.setdefault(kind, [0, 0, 0, 0])
                for i, value in enumerate(
                    (counts["found"], counts["gold"], correct, counts["emitted"])
                ):
                    row[i] += value
            dates = result.get("dates")
            if dates:
                row = totals.setdefault("dates", [0, 0, 0, 0])
                row[0] += dates["correct"]
                row[1] += dates["gold"]
    return totals


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("json", nargs="+", type=Path, help="outputs of score.py --json")
    args = parser.parse_args(argv)
    try:
        totals = combine(args.json)
    except (OSError, ValueError, KeyError, AttributeError) as exc:
        print(
            f"error: cannot read a score.py --json output ({exc}); "
            "give the files written by `score.py --run --json`",
            file=sys.stderr,
        )
        return 2
    for kind, (found, gold, correct, emitted) in totals.items():
        if kind == "dates":
            print(f"dates: {found}/{gold}")
        else:
            print(f"{kind}: R {_ratio(found, gold)}  P {_ratio(correct, emitted)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
