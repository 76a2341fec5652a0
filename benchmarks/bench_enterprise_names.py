"""Enterprises read back from their form (issue 19, session 21) on 1, 4 and 16 MB of
Mainland laws: linear? And which names the stage reads there (`--show N`: the N commonest),
to read its precision on text nobody tuned it for.

The text is the scale corpus's LawRefBook Markdown files in sorted order, concatenated until
the size is reached (Simplified), segmented once (not timed); the stage is then timed once
per size (CPU time of the process: the machine is shared) after a warm-up call that
loads its data.

    cd benchmarks && ../.venv/bin/python bench_enterprise_names.py [--corpus ../../shared/corpus/scale]
"""

from __future__ import annotations

import argparse
import time
from collections import Counter
from pathlib import Path

from bench_recognisers import MB, laws_text
from policykg.ingest.extract.enterprise_names import enterprises
from policykg.ingest.extract.phrases import tokenise


def main() -> None:
    parser = argparse.ArgumentParser(description=(__doc__ or "").split("\n\n")[0])
    parser.add_argument("--corpus", type=Path, default=Path("../shared/corpus/scale"))
    parser.add_argument("--show", type=int, default=0)
    args = parser.parse_args()
    warm = "联合大连船用柴油机厂开展试点"
    enterprises(warm, tokenise(warm, 0, len(warm)), (0, len(warm)))
    for size in (1, 4, 16):
        text = laws_text(args.corpus, size * MB)
        tokens = tokenise(text, 0, len(text))
        started = time.process_time()
        found = enterprises(text, tokens, (0, len(text)))
        seconds = time.process_time() - started
        print(f"{size:>3} MB  enterprises  {len(found):>6} found  {seconds:.2f} s")
        if size == 16 and args.show:
            names = Counter(c.name_in(text) for c in found)
            for name, n in names.most_common(args.show):
                print(f"   {n:>4}  {name}")


if __name__ == "__main__":
    main()
