"""A label's left edge by the name the document writes free (issue 19, session 25:
document_edges.py) on 1, 4 and 16 MB of Mainland laws: linear? The whole text is one
document; the labels asked are the phrases of two to four words that end in a body's,
platform's or fund's head (vocabulary.head_kind), each occurrence asked once, so their
number grows with the text. What is timed: the document's index of free positions (one
pass, built on the first question; its cache cleared before the timing) and per label one
segmentation, a few word tests and a dictionary look-up per word boundary.

The text is the scale corpus's LawRefBook Markdown files in sorted order, concatenated until
the size is reached (Simplified), segmented once (not timed).

    .venv/bin/python benchmarks/bench_document_edges.py [--corpus ../shared/corpus/scale]
"""

from __future__ import annotations

import argparse
import time
from pathlib import Path

from bench_recognisers import MB, laws_text
from policykg.ingest.extract.document_edges import _free_index, document_cut
from policykg.ingest.extract.phrases import tokenise
from policykg.ingest.extract.vocabulary import head_kind


def main() -> None:
    parser = argparse.ArgumentParser(description=(__doc__ or "").split("\n\n")[0])
    parser.add_argument("--corpus", type=Path, default=Path("../shared/corpus/scale"))
    args = parser.parse_args()
    document_cut("审计机关分析住房公积金。住房公积金", 4, 11)  # the evidence loaded, not timed
    for size in (1, 4, 16):
        text = laws_text(args.corpus, size * MB)
        tokens = tokenise(text, 0, len(text))
        labels = [
            (tokens[k - words].start, token.end)
            for k, token in enumerate(tokens)
            if head_kind(token.word)
            for words in (1, 2, 3)
            if k >= words
        ]
        _free_index.cache_clear()
        started = time.perf_counter()
        cut = sum(bool(document_cut(text, start, end)) for start, end in labels)
        seconds = time.perf_counter() - started
        print(f"{size:>3} MB  {len(labels):>7} labels  {cut:>6} cut  {seconds:.2f} s", flush=True)


if __name__ == "__main__":
    main()
