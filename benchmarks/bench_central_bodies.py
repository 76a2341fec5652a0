"""The central bodies' names and short forms (issue 19, session 19) on 1, 4 and 16 MB of
Mainland laws: linear? Also the short forms read back by `shortforms.abbreviated_bodies`,
whose list of bodies the roster's names now extend.

The text is the scale corpus's LawRefBook Markdown files outside the regional DLC folders,
in sorted order, concatenated until the size is reached (Simplified), segmented once (not
timed); each stage is then timed once per size after a warm-up call that loads its data.

    .venv/bin/python benchmarks/bench_central_bodies.py [--corpus ../shared/corpus/scale]
"""

from __future__ import annotations

import argparse
import time
from pathlib import Path

from bench_recognisers import MB, laws_text
from policykg.ingest.extract.central_bodies import central_bodies, without_session
from policykg.ingest.extract.phrases import tokenise
from policykg.ingest.extract.records import Candidate
from policykg.ingest.extract.shortforms import abbreviated_bodies


def main() -> None:
    parser = argparse.ArgumentParser(description=(__doc__ or "").split("\n\n")[0])
    parser.add_argument("--corpus", type=Path, default=Path("../shared/corpus/scale"))
    args = parser.parse_args()
    warm = "由住房城乡建设部、全国政协负责"
    central_bodies(tokenise(warm, 0, len(warm)))
    abbreviated_bodies(warm, 0, len(warm))
    for size in (1, 4, 16):
        text = laws_text(args.corpus, size * MB, skip=("DLC",))  # regional laws: not read
        tokens = tokenise(text, 0, len(text))
        for name, stage, arguments in (
            ("central bodies", central_bodies, (tokens,)),
            ("short forms read back", abbreviated_bodies, (text, 0, len(text))),
        ):
            started = time.perf_counter()
            found = stage(*arguments)
            seconds = time.perf_counter() - started
            print(f"{size:>3} MB  {name:<22}  {len(found):>6} found  {seconds:.2f} s")
        bodies = [Candidate("Organization", t.start, t.end) for t in tokens if t.tag == "nt"]
        started = time.perf_counter()
        for candidate in bodies:
            without_session(text, candidate)
        seconds = time.perf_counter() - started
        print(f"{size:>3} MB  {'without session':<22}  {len(bodies):>6} read   {seconds:.2f} s")


if __name__ == "__main__":
    main()
