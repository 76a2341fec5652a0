"""Cited titles on a text kept as one line (ingest/extract/citations.py): linear?

A page whose text lost its line breaks holds every title on one line. `_amending_act`
read the whole line around each title until 0e72b28 (500 titles in 13 KB: 217 s at
9b111f3); it now reads a window either side. `find_citations` is timed on 500, 1,000,
2,000 and 4,000 titles, one clause each, best of three.

    .venv/bin/python benchmarks/bench_titles_one_line.py
"""

from __future__ import annotations

import time

from policykg.ingest.extract.citations import find_citations

CLAUSE = "根据有关规定参照执行《某某第{}号管理办法》的要求，"


def main() -> None:
    for titles in (500, 1_000, 2_000, 4_000):
        text = "".join(CLAUSE.format(i) for i in range(titles))
        best = float("inf")
        for _ in range(3):
            started = time.perf_counter()
            works, _aliases = find_citations(text, 0, len(text), "本法")
            best = min(best, time.perf_counter() - started)
        print(f"{titles:>6} titles  {len(text):>7} characters  {len(works):>5} works  {best:.3f} s")


if __name__ == "__main__":
    main()
