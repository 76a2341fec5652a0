"""The body-verb-object check (body_predicates.object_start, issue 19, session 20) on 1, 4
and 16 MB of Mainland laws: linear?

`entities.recognise` runs paragraph by paragraph over the scale corpus's LawRefBook files
(`bench_recognisers.laws_text`); every call of `object_start` it makes (once per candidate)
is timed apart, so the check's own cost is seen beside the recogniser's. `time_check` does
the same for any check `entities` calls by name (bench_glued_clause_words.py).

    .venv/bin/python benchmarks/bench_body_predicates.py [--corpus ../shared/corpus/scale]
"""

from __future__ import annotations

import argparse
import time
from collections.abc import Callable
from pathlib import Path

from bench_recognisers import MB, laws_text
from policykg.ingest.extract import entities, name_checks
from policykg.ingest.extract.body_predicates import object_start


def time_check(name: str, check: Callable[[str], int], description: str) -> None:
    """Replace `name_checks.<name>` (the checks every candidate passes) by a timed `check` and run recognise over 1, 4, 16 MB."""
    parser = argparse.ArgumentParser(description=description)
    parser.add_argument("--corpus", type=Path, default=Path("../shared/corpus/scale"))
    parser.add_argument("--sizes", type=int, nargs="+", default=[1, 4, 16])
    args = parser.parse_args()
    spent = [0.0, 0, 0]  # seconds, calls, cuts

    def timed(label: str) -> int:
        started = time.process_time()
        cut = check(label)
        spent[0] += time.process_time() - started
        spent[1] += 1
        spent[2] += bool(cut)
        return cut

    setattr(name_checks, name, timed)
    entities.recognise("市人民政府核定县级人民政府", 0, 13)  # loads the data files
    for size in args.sizes:
        text = laws_text(args.corpus, size * MB)
        spent[:] = [0.0, 0, 0]
        started = time.process_time()
        names = position = 0
        for paragraph in text.split("\n"):
            names += len(entities.recognise(text, position, position + len(paragraph)))
            position += len(paragraph) + 1
        seconds = time.process_time() - started
        print(
            f"{size:>3} MB  recognise {seconds:7.1f} s CPU, {names} names;"
            f"  {name} {spent[0]:.2f} s, {spent[1]} calls, {spent[2]} cuts"
        )


def main() -> None:
    time_check("object_start", object_start, (__doc__ or "").split("\n\n")[0])


if __name__ == "__main__":
    main()
