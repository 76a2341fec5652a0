"""Named services where a frame of use stands before them (issue 19, session 19) on 1, 4
and 16 MB of Mainland laws: linear?

The text is the scale corpus's LawRefBook Markdown files in sorted order, concatenated until
the size is reached (Simplified, as the extractor reads it), segmented line by line as
`entities.recognise` segments a paragraph; the segmentation is not timed. `used_platforms`
is timed once per size over every line, the whole text one document, after one warm-up
call that loads the frames. The document's class evidence (`platform_evidence.
document_evidence`, read once per document and shared with the main recogniser, which
asks for it first in `entities.recognise`) is timed apart, before. `offered_as_a_kind` is asked of every two neighbouring words
whose second ends like a platform head.

    .venv/bin/python benchmarks/bench_platform_use.py [--corpus ../shared/corpus/scale]
"""

from __future__ import annotations

import argparse
import time
from itertools import pairwise
from pathlib import Path

from bench_recognisers import MB, laws_text
from policykg.ingest.extract.phrases import tokenise
from policykg.ingest.extract.platform_evidence import document_evidence
from policykg.ingest.extract.platform_use import offered_as_a_kind, used_platforms
from policykg.ingest.extract.vocabulary import heads_by_last_char


def main() -> None:
    parser = argparse.ArgumentParser(description=(__doc__ or "").split("\n\n")[0])
    parser.add_argument("--corpus", type=Path, default=Path("../shared/corpus/scale"))
    args = parser.parse_args()
    warm = "申请人可以通过湖南政务服务网提交材料。"
    used_platforms(warm, tokenise(warm, 0, len(warm)))
    for size in (1, 4, 16):
        text = laws_text(args.corpus, size * MB)
        lines, start = [], 0
        for line in text.split("\n"):
            if line.strip():
                lines.append(tokenise(text, start, start + len(line)))
            start += len(line) + 1
        document = (0, len(text))
        started = time.perf_counter()
        document_evidence(text, *document)
        print(f"{size:>3} MB  document evidence  {time.perf_counter() - started:.2f} s")
        started = time.perf_counter()
        found = sum(len(used_platforms(text, tokens, document)) for tokens in lines)
        seconds = time.perf_counter() - started
        print(f"{size:>3} MB  used  {found:>6} found  {seconds:.2f} s")
        started = time.perf_counter()
        found = sum(len(_offered(text, tokens, document)) for tokens in lines)
        seconds = time.perf_counter() - started
        print(f"{size:>3} MB  offered  {found:>6} found  {seconds:.2f} s")


def _offered(text, tokens, document) -> list[bool]:
    """offered_as_a_kind asked of every two neighbouring words whose second ends like a
    platform head (the most candidates it could be asked about)."""
    endings = heads_by_last_char()
    spans = [(a.start, b.end) for a, b in pairwise(tokens) if b.word[-1:] in endings]
    return [True for s, e in spans if offered_as_a_kind(text, s, e, document)]


if __name__ == "__main__":
    main()
