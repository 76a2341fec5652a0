"""The document-level platform evidence (issue 19, session 15) on 1, 4 and 16 MB of Mainland
laws read as one document: linear?

The text is that of `bench_recognisers.laws_text` (LawRefBook Markdown in sorted order). Timed
per size: reading the document's evidence once (`document_evidence`), then asking
`treated_as_class` for every platform head of the text (平台, 基地, 园区, 中心) with the eight
characters before it as the candidate's name.

    .venv/bin/python benchmarks/bench_platform_evidence.py [--corpus ../shared/corpus/scale]
"""

from __future__ import annotations

import argparse
import re
import sys
import time
from pathlib import Path

from policykg.ingest.extract.platform_evidence import document_evidence, treated_as_class

sys.path.insert(0, str(Path(__file__).resolve().parent))
from bench_recognisers import MB, laws_text

_HEADS = re.compile("平台|基地|园区|中心")


def main() -> None:
    parser = argparse.ArgumentParser(description=(__doc__ or "").split("\n\n")[0])
    parser.add_argument("--corpus", type=Path, default=Path("../shared/corpus/scale"))
    args = parser.parse_args()
    treated_as_class("建设农业服务平台等设施", "农业服务平台", 2)  # loads the corpus evidence
    for size in (1, 4, 16):
        text = laws_text(args.corpus, size * MB)
        document_evidence.cache_clear()
        started = time.perf_counter()
        document_evidence(text)
        read = time.perf_counter() - started
        heads = [m.end() for m in _HEADS.finditer(text) if m.start() >= 8]
        started = time.perf_counter()
        classes = sum(treated_as_class(text, text[end - 10 : end], end - 10) for end in heads)
        asked = time.perf_counter() - started
        print(
            f"{size:>3} MB  evidence {read:6.2f} s  {len(heads):>6} candidates asked "
            f"{asked:6.2f} s  ({classes} read as classes)"
        )


if __name__ == "__main__":
    main()
