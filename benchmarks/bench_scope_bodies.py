"""The two readings of session 26 (issue 19) on 1, 4 and 16 MB of Mainland laws: linear?
`international_bodies` (国际 + a field + a membership head: each token asked once as a
scope word, then at most a few words) and `own_levels` (the levels a document calls its own:
one regular-expression pass over the document, its cache cleared first). The whole text is
one document and one token list, segmented once (not timed).

The text is the scale corpus's LawRefBook Markdown files in sorted order, concatenated until
the size is reached (Simplified).

    .venv/bin/python benchmarks/bench_scope_bodies.py [--corpus ../shared/corpus/scale]
"""

from __future__ import annotations

import argparse
import time
from pathlib import Path

from bench_recognisers import MB, laws_text
from policykg.ingest.extract.international_bodies import international_bodies
from policykg.ingest.extract.own_level import own_levels
from policykg.ingest.extract.phrases import tokenise


def main() -> None:
    parser = argparse.ArgumentParser(description=(__doc__ or "").split("\n\n")[0])
    parser.add_argument("--corpus", type=Path, default=Path("../shared/corpus/scale"))
    args = parser.parse_args()
    sample = "支持国际港口协会。"
    international_bodies(sample, tokenise(sample, 0, len(sample)))  # evidence loaded, not timed
    for size in (1, 4, 16):
        text = laws_text(args.corpus, size * MB)
        tokens = tokenise(text, 0, len(text))
        started = time.perf_counter()
        found = international_bodies(text, tokens)
        international = time.perf_counter() - started
        own_levels.cache_clear()
        started = time.perf_counter()
        levels = own_levels(text, 0, len(text))
        own = time.perf_counter() - started
        print(
            f"{size:>3} MB  {len(tokens):>8} words  international {len(found):>4} found"
            f" {international:.2f} s  own levels {''.join(sorted(levels))} {own:.3f} s",
            flush=True,
        )


if __name__ == "__main__":
    main()
