"""Bodies named after a place or a parent, national bodies named in full (issue 19,
session 15) and bodies listed among bodies (session 16) on 1, 4 and 16 MB of Mainland laws:
linear? (The bodies the last two stages read are the words the segmenter tags nt.)

The text is the scale corpus's LawRefBook Markdown files in sorted order, concatenated until
the size is reached (Simplified), segmented once (not timed); each stage is then timed once
per size after a warm-up call that loads its data.

    .venv/bin/python benchmarks/bench_local_bodies.py [--corpus ../shared/corpus/scale]
"""

from __future__ import annotations

import argparse
import time
from pathlib import Path

from bench_recognisers import MB, laws_text
from policykg.ingest.extract.body_lists import listed_among_bodies
from policykg.ingest.extract.local_bodies import branch_bodies, local_bodies
from policykg.ingest.extract.phrases import tokenise
from policykg.ingest.extract.records import Candidate
from policykg.ingest.extract.shortforms import bodies_named_in_full


def main() -> None:
    parser = argparse.ArgumentParser(description=(__doc__ or "").split("\n\n")[0])
    parser.add_argument("--corpus", type=Path, default=Path("../shared/corpus/scale"))
    args = parser.parse_args()
    warm = "由上海海关、生态环境部负责"
    local_bodies(tokenise(warm, 0, len(warm)))
    bodies_named_in_full(warm, tokenise(warm, 0, len(warm)), 0, len(warm))
    for size in (1, 4, 16):
        text = laws_text(args.corpus, size * MB)
        tokens = tokenise(text, 0, len(text))
        bodies = [Candidate("Organization", t.start, t.end) for t in tokens if t.tag == "nt"]
        for name, stage, arguments in (
            ("place + local head", local_bodies, (tokens,)),
            ("body + place + branch", branch_bodies, (text, tokens, bodies)),
            ("named in full", bodies_named_in_full, (text, tokens, 0, len(text))),
            ("listed among bodies", listed_among_bodies, (text, 0, len(text), bodies)),
        ):
            started = time.perf_counter()
            found = stage(*arguments)
            seconds = time.perf_counter() - started
            print(f"{size:>3} MB  {name:<22}  {len(found):>6} found  {seconds:.2f} s")


if __name__ == "__main__":
    main()
