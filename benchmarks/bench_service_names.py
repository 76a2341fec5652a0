"""A body's portal (platform_portals.owned_portals) and the known platforms with the learnt
service names (orgnames.known_platforms, service_names.tsv; issue 19, session 18) on 1, 4
and 16 MB of Mainland laws: linear?

The text is the scale corpus's LawRefBook Markdown files in sorted order, concatenated until
the size is reached (Simplified). `portals` is given an organisation over every word (every
word could own a portal: the most work it can do); `known` runs the known platforms'
pattern over every line, as `entities._known` does. Segmentation is not timed, and the
inputs are frozen out of the garbage collector (`gc.freeze`) before the timing.

    .venv/bin/python benchmarks/bench_service_names.py [--corpus ../shared/corpus/scale]
"""

from __future__ import annotations

import argparse
import gc
import time
from pathlib import Path

from bench_recognisers import MB, laws_text
from policykg.ingest.extract.orgnames import known_platforms
from policykg.ingest.extract.phrases import tokenise
from policykg.ingest.extract.platform_portals import owned_portals
from policykg.ingest.extract.records import Candidate


def main() -> None:
    parser = argparse.ArgumentParser(description=(__doc__ or "").split("\n\n")[0])
    parser.add_argument("--corpus", type=Path, default=Path("../shared/corpus/scale"))
    args = parser.parse_args()
    known_platforms()  # load the data once
    for size in (1, 4, 16):
        text = laws_text(args.corpus, size * MB)
        lines, words, start = [], [], 0
        for line in text.split("\n"):
            if line.strip():
                lines.append((start, start + len(line)))
                words.append(
                    [Candidate("Organization", t.start, t.end) for t in tokenise(text, *lines[-1])]
                )
            start += len(line) + 1
        gc.freeze()  # the inputs' millions of candidates: not rescanned by each collection
        started = time.perf_counter()
        found = sum(len(owned_portals(text, candidates)) for candidates in words)
        portals = time.perf_counter() - started
        started = time.perf_counter()
        known = sum(len(known_platforms().findall(text, a, b)) for a, b in lines)
        pattern = time.perf_counter() - started
        print(
            f"{size:>3} MB  portals {found:>5} found {portals:.2f} s  known {known:>5} found {pattern:.2f} s"
        )


if __name__ == "__main__":
    main()
