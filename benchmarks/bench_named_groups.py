"""Groups named by their task and bodies of roster lines (issue 19, session 18), and
enterprises read back from their form (session 21), on 1, 4 and 16 MB of Mainland laws:
linear? And which names the stages read there (`--show N`: the N commonest of the groups
and of the enterprises).

The text is the scale corpus's LawRefBook Markdown files in sorted order, concatenated until
the size is reached (Simplified), segmented once (not timed); the stage is then timed once
per size (CPU time of the process: the machine is shared) after a warm-up call that
loads its data.

    cd benchmarks && ../.venv/bin/python bench_named_groups.py [--corpus ../../shared/corpus/scale]
"""

from __future__ import annotations

import argparse
import time
from collections import Counter
from pathlib import Path

from bench_recognisers import MB, laws_text
from policykg.ingest.extract.enterprise_names import enterprises
from policykg.ingest.extract.named_groups import named_groups
from policykg.ingest.extract.phrases import tokenise
from policykg.ingest.extract.rosters import roster_bodies


def main() -> None:
    parser = argparse.ArgumentParser(description=(__doc__ or "").split("\n\n")[0])
    parser.add_argument("--corpus", type=Path, default=Path("../shared/corpus/scale"))
    parser.add_argument("--show", type=int, default=0)
    args = parser.parse_args()
    warm = "落实中央教育工作领导小组各项要求"
    named_groups(warm, tokenise(warm, 0, len(warm)))
    enterprises(warm, tokenise(warm, 0, len(warm)), (0, len(warm)))
    for size in (1, 4, 16):
        text = laws_text(args.corpus, size * MB)
        tokens = tokenise(text, 0, len(text))
        started = time.process_time()
        found = named_groups(text, tokens)
        seconds = time.process_time() - started
        print(f"{size:>3} MB  named groups  {len(found):>6} found  {seconds:.2f} s")
        started = time.process_time()
        rostered = roster_bodies(text, 0, len(text))
        seconds = time.process_time() - started
        print(f"{size:>3} MB  roster lines  {len(rostered):>6} found  {seconds:.2f} s")
        started = time.process_time()
        companies = enterprises(text, tokens, (0, len(text)))
        seconds = time.process_time() - started
        print(f"{size:>3} MB  enterprises   {len(companies):>6} found  {seconds:.2f} s")
        if size == 16 and args.show:
            for stage in (found, companies):
                names = Counter(c.name_in(text) for c in stage)
                for name, n in names.most_common(args.show):
                    print(f"   {n:>4}  {name}")


if __name__ == "__main__":
    main()
