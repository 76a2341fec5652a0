"""A name without a proper part (issue 19, session 23) on 1, 4 and 16 MB of Mainland laws:
linear? The candidates asked are the distinct phrases of one to three words that end in a
body's or a fund's head (vocabulary.head_kind), each asked once: their number grows with
the text. The whole text is one document, its evidence (shared with body_classes,
kind_phrases and platform_evidence) read once, warmed before the timing, so what is timed
is the stage's own work: per candidate one segmentation and a look-up per word.

The text is the scale corpus's LawRefBook Markdown files in sorted order, concatenated until
the size is reached (Simplified), segmented once (not timed).

    .venv/bin/python benchmarks/bench_proper_part.py [--corpus ../shared/corpus/scale]
"""

from __future__ import annotations

import argparse
from pathlib import Path

from bench_kind_phrases import time_decisions
from policykg.ingest.extract.proper_part import _generic_words, names_no_one


def main() -> None:
    parser = argparse.ArgumentParser(description=(__doc__ or "").split("\n\n")[0])
    parser.add_argument("--corpus", type=Path, default=Path("../shared/corpus/scale"))
    args = parser.parse_args()
    names_no_one("鼓励设立投资咨询公司。", "投资咨询公司", "Organization")
    time_decisions(args.corpus, names_no_one, ("Organization", "Fund"), _generic_words)


if __name__ == "__main__":
    main()
