"""How the document refers to a platform phrase (issue 19, session 22) on 1, 4 and 16 MB of
Mainland laws read as one document: linear?

The text is that of `bench_recognisers.laws_text` (LawRefBook Markdown in sorted order),
segmented beforehand (the recognisers' own cost, not this step's). Timed per size, CPU:
the per-document index of phrases ending at heads (`mentions`), the reading of phrases
after frames of use (`referenced_platforms`) over the whole token list (after the
document evidence of `platform_evidence`, which the other platform rules read too, timed
apart), and `aimed_at`
asked for every head right before 建设/发展 with the eight characters before it as the name.

    .venv/bin/python benchmarks/bench_platform_reference.py [--corpus ../shared/corpus/scale]
"""

from __future__ import annotations

import argparse
import re
import sys
import time
from pathlib import Path

from policykg.ingest.extract.phrases import tokenise
from policykg.ingest.extract.platform_evidence import document_evidence
from policykg.ingest.extract.platform_reference import aimed_at, mentions, referenced_platforms

sys.path.insert(0, str(Path(__file__).resolve().parent))
from bench_recognisers import MB, laws_text

_BEFORE_ACTIVITY = re.compile("(?:平台|中心|基地|园区)(?=建设|发展)")


def main() -> None:
    parser = argparse.ArgumentParser(description=(__doc__ or "").split("\n\n")[0])
    parser.add_argument("--corpus", type=Path, default=Path("../shared/corpus/scale"))
    args = parser.parse_args()
    aimed_at("加强服务中心建设", 2, 6)  # loads the corpus evidence
    for size in (1, 4, 16):
        text = laws_text(args.corpus, size * MB)
        tokens = tokenise(text, 0, len(text))
        mentions.cache_clear()
        started = time.process_time()
        mentions(text)
        indexed = time.process_time() - started
        document_evidence.cache_clear()
        started = time.process_time()
        document_evidence(text)  # shared with the other platform rules: timed apart
        shared = time.process_time() - started
        started = time.process_time()
        found = referenced_platforms(text, tokens)
        referenced = time.process_time() - started
        ends = [m.end() for m in _BEFORE_ACTIVITY.finditer(text) if m.start() >= 8]
        started = time.process_time()
        aims = sum(aimed_at(text, end - 8, end) for end in ends)
        asked = time.process_time() - started
        print(
            f"{size:>3} MB  index {indexed:6.2f} s  (document evidence {shared:6.2f} s)  "
            f"references {referenced:6.2f} s "
            f"({len(found)} found)  aims {asked:6.2f} s ({len(ends)} asked, {aims} aims)"
        )


if __name__ == "__main__":
    main()
