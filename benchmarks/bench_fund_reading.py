"""The fund reader (fundnames.read_funds, with fund_objects' check of a governing verb, issue 19,
session 23) on 1, 4 and 16 MB of Mainland laws: linear?

The text is bench_recognisers.laws_text (the scale corpus's LawRefBook Markdown in sorted
order, the regional laws left out). Its paragraphs that hold a fund head are tokenised
outside the timer (the segmenter's cost is not the reader's); the reader is then timed over
all of them once, after one warm-up call that loads its data files. Run it with another
checkout's interpreter to compare (it imports nothing new).

    .venv/bin/python benchmarks/bench_fund_reading.py [--corpus ../shared/corpus/scale]
"""

from __future__ import annotations

import argparse
import time
from pathlib import Path

from bench_recognisers import MB, laws_text
from policykg.ingest.extract.fundnames import named, read_funds
from policykg.ingest.extract.phrases import tokenise
from policykg.ingest.script import to_simplified

_HEADS = ("基金", "资金")


def main() -> None:
    parser = argparse.ArgumentParser(description=(__doc__ or "").split("\n\n")[0])
    parser.add_argument("--corpus", type=Path, default=Path("../shared/corpus/scale"))
    args = parser.parse_args()
    warm = to_simplified("申请人申请基金。")
    read_funds(tokenise(warm, 0, len(warm)))
    for size in (1, 4, 16):
        text = to_simplified(laws_text(args.corpus, size * MB, skip=("DLC",)))
        paragraphs = [p for p in text.split("\n") if any(h in p for h in _HEADS)]
        tokens = [tokenise(p, 0, len(p)) for p in paragraphs]
        started = time.perf_counter()
        found = sum(len(named(read_funds(words))) for words in tokens)
        seconds = time.perf_counter() - started
        print(f"{size:>3} MB  {len(paragraphs):>6} paragraphs  {found:>6} funds  {seconds:.2f} s")


if __name__ == "__main__":
    main()
