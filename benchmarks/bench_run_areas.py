"""The areas a document runs (issue 19, session 23) on 1, 4 and 16 MB of Mainland laws read as
one document: linear?

The text is that of `bench_recognisers.laws_text` (LawRefBook Markdown in sorted order). Timed
per size: reading the document's marked areas once (`marked_areas`), then `run_areas` over
each paragraph's words (as `entities.recognise` calls it), then `goal_of_area` for every
word ending in 区 with the ten characters before it as the candidate's name (the document's
platform evidence, which the other platform rules read too, is read before the clock starts).

    .venv/bin/python benchmarks/bench_run_areas.py [--corpus ../shared/corpus/scale]
"""

from __future__ import annotations

import argparse
import re
import sys
import time
from pathlib import Path

from policykg.ingest.extract.phrases import tokenise
from policykg.ingest.extract.platform_evidence import document_evidence
from policykg.ingest.extract.run_areas import goal_of_area, marked_areas, run_areas

sys.path.insert(0, str(Path(__file__).resolve().parent))
from bench_recognisers import MB, laws_text

_PARAGRAPH = re.compile(r"[^\n]+")
_AREA = re.compile("区")


def main() -> None:
    parser = argparse.ArgumentParser(description=(__doc__ or "").split("\n\n")[0])
    parser.add_argument("--corpus", type=Path, default=Path("../shared/corpus/scale"))
    args = parser.parse_args()
    marked_areas("甲新区管理委员会负责乙事务。")  # loads the corpus evidence
    for size in (1, 4, 16):
        text = laws_text(args.corpus, size * MB)
        marked_areas.cache_clear()
        started = time.perf_counter()
        names = marked_areas(text)
        read = time.perf_counter() - started
        paragraphs = [m.span() for m in _PARAGRAPH.finditer(text)]
        tokens = [tokenise(text, a, b) for a, b in paragraphs]
        started = time.perf_counter()
        found = sum(len(run_areas(text, words)) for words in tokens)
        mentions = time.perf_counter() - started
        ends = [m.end() for m in _AREA.finditer(text) if m.start() >= 10]
        document_evidence(text, 0, None)  # read once per document by the other platform rules too
        started = time.perf_counter()
        goals = sum(goal_of_area(text, end - 10, end) for end in ends)
        asked = time.perf_counter() - started
        print(
            f"{size:>3} MB  marked {read:6.2f} s ({len(names)} areas)  mentions {mentions:6.2f} s "
            f"({found})  {len(ends)} candidates asked {asked:6.2f} s ({goals} goals)"
        )


if __name__ == "__main__":
    main()
