"""One body or a kind of body (issue 19, session 17) on 1, 4 and 16 MB of Mainland laws:
linear? The candidates asked are the words the segmenter tags nt, the whole text one
document (the document's evidence is read once, then each candidate is asked).

The text is the scale corpus's LawRefBook Markdown files in sorted order, concatenated until
the size is reached (Simplified), segmented once (not timed); the stage is timed once per
size after a warm-up call that loads its data.

    .venv/bin/python benchmarks/bench_body_classes.py [--corpus ../shared/corpus/scale]
"""

from __future__ import annotations

import argparse
import time
from pathlib import Path

from bench_recognisers import MB, laws_text
from policykg.ingest.extract.body_classes import treated_as_a_kind
from policykg.ingest.extract.phrases import tokenise


def main() -> None:
    parser = argparse.ArgumentParser(description=(__doc__ or "").split("\n\n")[0])
    parser.add_argument("--corpus", type=Path, default=Path("../shared/corpus/scale"))
    args = parser.parse_args()
    treated_as_a_kind("报各级人民代表大会审议", "人民代表大会")
    for size in (1, 4, 16):
        text = laws_text(args.corpus, size * MB)
        names = [t.word for t in tokenise(text, 0, len(text)) if t.tag == "nt"]
        started = time.perf_counter()
        kinds = sum(treated_as_a_kind(text, name) for name in names)
        seconds = time.perf_counter() - started
        print(f"{size:>3} MB  {len(names):>7} nt words  {kinds:>6} kinds  {seconds:.2f} s")


if __name__ == "__main__":
    main()
