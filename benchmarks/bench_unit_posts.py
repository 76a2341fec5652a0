"""Units before their head's post (issue 19, session 20) on 1, 4 and 16 MB of Mainland laws:
linear? `unit_posts.units_before_posts` finds each 处处长 / 司司长 … with one regular
expression over the text and reads each unit back over at most `WINDOW` words.

The text is the scale corpus's LawRefBook Markdown files outside the regional DLC folders,
in sorted order, concatenated until the size is reached (Simplified), segmented once (not
timed); the stage is then timed once per size after a warm-up call.

    .venv/bin/python benchmarks/bench_unit_posts.py [--corpus ../shared/corpus/scale]
"""

from __future__ import annotations

import argparse
import time
from pathlib import Path

from bench_recognisers import MB, laws_text
from policykg.ingest.extract.phrases import tokenise
from policykg.ingest.extract.unit_posts import units_before_posts


def main() -> None:
    parser = argparse.ArgumentParser(description=(__doc__ or "").split("\n\n")[0])
    parser.add_argument("--corpus", type=Path, default=Path("../shared/corpus/scale"))
    args = parser.parse_args()
    warm = "由交通运输部公路局局长兼任。"
    units_before_posts(warm, tokenise(warm, 0, len(warm)))
    for size in (1, 4, 16):
        text = laws_text(args.corpus, size * MB, skip=("DLC",))  # regional laws: not read
        tokens = tokenise(text, 0, len(text))
        started = time.perf_counter()
        found = units_before_posts(text, tokens)
        seconds = time.perf_counter() - started
        print(f"{size:>3} MB  {'units before posts':<22}  {len(found):>6} found  {seconds:.3f} s")


if __name__ == "__main__":
    raise SystemExit(main())
