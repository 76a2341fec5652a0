"""The gold-document check of every build script (scripts/held_out.py, session 20) on 1, 4
and 16 MB of Mainland laws: linear?

The text is the scale corpus's LawRefBook Markdown files in sorted order, concatenated until
the size is reached (bench_recognisers.laws_text), cut back into one file per heading; each
is matched against the gold documents (title, then sampled shingles of its text) as
`scale_corpus.read_corpus` matches every corpus file. Loading the gold documents is not
timed.

    .venv/bin/python benchmarks/bench_held_out.py [--corpus ../shared/corpus/scale]
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

from bench_recognisers import MB, laws_text

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "scripts"))
from held_out import held_out_beside
from scale_corpus import DEFAULT_CORPUS


def main() -> None:
    parser = argparse.ArgumentParser(description=(__doc__ or "").split("\n\n")[0])
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    args = parser.parse_args()
    held = held_out_beside(args.corpus.resolve())
    for size in (1, 4, 16):
        files = laws_text(args.corpus, size * MB).split("\n# ")
        started = time.perf_counter()
        for i, text in enumerate(files):
            held.match(f"LawRefBook-Laws/bench/{i}.md", "", text)
        took = time.perf_counter() - started
        print(f"{size:>2} MB: {len(files)} files in {took:.2f} s ({took / size:.2f} s/MB)")


if __name__ == "__main__":
    main()
