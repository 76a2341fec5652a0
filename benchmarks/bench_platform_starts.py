"""Session 20's platform steps (issue 19) on 1, 4 and 16 MB of Mainland laws: linear?

The text is that of `bench_recognisers.laws_text` (LawRefBook Markdown in sorted order). Timed
per size: `platform_starts.platform_start` and `facility_kinds.names_a_facility_kind` asked
for every platform head of the text (平台, 基地, 园区, 中心, 口岸, 港口, 机场, 片区) with the eight
characters before it as the candidate, as the recogniser asks them once per candidate.

    .venv/bin/python benchmarks/bench_platform_starts.py [--corpus ../shared/corpus/scale]
"""

from __future__ import annotations

import argparse
import re
import sys
import time
from pathlib import Path

from policykg.ingest.extract.facility_kinds import names_a_facility_kind
from policykg.ingest.extract.platform_starts import platform_start
from policykg.ingest.extract.records import Candidate
from policykg.ingest.script import to_simplified

sys.path.insert(0, str(Path(__file__).resolve().parent))
from bench_recognisers import MB, laws_text

_HEADS = re.compile("平台|基地|园区|中心|口岸|港口|机场|片区")
_BEFORE = 8


def main() -> None:
    parser = argparse.ArgumentParser(description=(__doc__ or "").split("\n\n")[0])
    parser.add_argument("--corpus", type=Path, default=Path("../shared/corpus/scale"))
    args = parser.parse_args()
    platform_start("促进公共服务平台", Candidate("Platform", 0, 8))  # loads the evidence
    # CPU time: eight engineers share two cores, and wall time stretches by the moment
    for size in (1, 1, 4, 16):  # the first 1 MB warms the segmenter's and the votes' caches
        text = to_simplified(laws_text(args.corpus, size * MB))
        found = [
            Candidate("Platform", m.end() - _BEFORE - 2, m.end())
            for m in _HEADS.finditer(text)
            if m.end() >= _BEFORE + 2
        ]
        dropped, starts = _timed(
            lambda t, f: [platform_start(t, c) for c in f].count(None), text, found
        )
        kinds, facility = _timed(
            lambda t, f: sum(names_a_facility_kind(t, c) for c in f), text, found
        )
        print(
            f"{size:>3} MB  {len(found):>6} candidates  platform_start {starts:6.2f} s "
            f"({dropped} dropped)  names_a_facility_kind {facility:6.2f} s ({kinds} kinds)"
        )


def _timed(run, *args):
    """run(*args)'s result and the CPU seconds it took."""
    started = time.process_time()
    result = run(*args)
    return result, time.process_time() - started


if __name__ == "__main__":
    main()
