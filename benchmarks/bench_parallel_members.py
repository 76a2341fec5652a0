"""Session 21's series members (issue 19) on 1, 4 and 16 MB of Mainland laws: linear?

The text is that of `bench_recognisers.laws_text` (LawRefBook Markdown in sorted order),
segmented once (`phrases.tokenise`). Timed per size: `platform_lists.parallel_members` with
a platform candidate on every word the head list calls a platform's head and its word
before (many more than the recogniser finds, so every list is read in full).

    .venv/bin/python benchmarks/bench_parallel_members.py [--corpus ../shared/corpus/scale]
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

from policykg.ingest.extract.phrases import tokenise
from policykg.ingest.extract.platform_lists import parallel_members
from policykg.ingest.extract.records import Candidate
from policykg.ingest.extract.vocabulary import head_kind
from policykg.ingest.script import to_simplified

sys.path.insert(0, str(Path(__file__).resolve().parent))
from bench_recognisers import MB, laws_text


def main() -> None:
    parser = argparse.ArgumentParser(description=(__doc__ or "").split("\n\n")[0])
    parser.add_argument("--corpus", type=Path, default=Path("../shared/corpus/scale"))
    args = parser.parse_args()
    # CPU time: eight engineers share two cores, and wall time stretches by the moment
    for size in (1, 1, 4, 16):  # the first 1 MB warms the segmenter's caches
        text = to_simplified(laws_text(args.corpus, size * MB))
        tokens = tokenise(text, 0, len(text))
        found = [
            Candidate("Platform", tokens[k - 1].start, token.end)
            for k, token in enumerate(tokens)
            if k and len(token.word) >= 2 and head_kind(token.word) == "Platform"
        ]
        started = time.process_time()
        members = parallel_members(tokens, found)
        seconds = time.process_time() - started
        print(
            f"{size:>3} MB  {len(tokens):>8} words  {len(found):>6} candidates  "
            f"parallel_members {seconds:6.2f} s ({len(members)} members)"
        )


if __name__ == "__main__":
    main()
