"""A place's plans cited by bare title (plan_titles.py, issue 19, session 23), plans and lists
cited by a bare name the text repeats (repeated_plans.py, session 24) and a verb cut before a
known law's title (law_patterns._without_leading_verb) on 1, 4 and 16 MB of Mainland laws:
linear? plan_titles reads each citing frame once, at most MAX_LIST characters after it (the
frames are looked for only before a kind word); repeated_plans reads each frame once too and
counts the names at each head's position against a set by length; the law names are the
ones citations' patterns find (found before the timing), each segmented once.

The text is the scale corpus's LawRefBook Markdown files in sorted order, concatenated until
the size is reached (Simplified).

    .venv/bin/python benchmarks/bench_plan_titles.py [--corpus ../shared/corpus/scale]
"""

from __future__ import annotations

import argparse
import time
from itertools import chain
from pathlib import Path

from bench_recognisers import MB, laws_text
from policykg.ingest.extract import law_patterns
from policykg.ingest.extract.plan_titles import plan_titles
from policykg.ingest.extract.repeated_plans import repeated_plans


def main() -> None:
    parser = argparse.ArgumentParser(description=(__doc__ or "").split("\n\n")[0])
    parser.add_argument("--corpus", type=Path, default=Path("../shared/corpus/scale"))
    args = parser.parse_args()
    plan_titles("按照甲市土地利用总体规划", 0, 12)  # the lists and patterns, loaded once
    repeated_plans("按照甲乙发展规划。按照甲乙发展规划。", 0, 18)
    law_patterns._without_leading_verb("犯刑法", 0)  # the evidence and the lists, loaded once
    for size in (1, 4, 16):
        text = laws_text(args.corpus, size * MB)
        started = time.perf_counter()
        plans = plan_titles(text, 0, len(text))
        plan_seconds = time.perf_counter() - started
        started = time.perf_counter()
        repeated = repeated_plans(text, 0, len(text))
        repeated_seconds = time.perf_counter() - started
        laws = (law_patterns._LAW_CITED, law_patterns._LAW_APPLIED)
        names = [  # what citations' patterns find (not timed: the patterns are not new)
            name
            for m in chain.from_iterable(pattern.finditer(text) for pattern in laws)
            for name in m.group("names").split("、")
        ]
        started = time.perf_counter()
        for name in names:
            law_patterns._without_leading_verb(name, 0)
        cut_seconds = time.perf_counter() - started
        print(
            f"{size:>3} MB  {len(plans):>5} plans {plan_seconds:.2f} s"
            f"  {len(repeated):>5} repeated {repeated_seconds:.2f} s"
            f"  {len(names):>6} law names cut {cut_seconds:.2f} s"
        )


if __name__ == "__main__":
    main()
