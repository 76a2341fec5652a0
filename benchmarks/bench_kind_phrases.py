"""A kind by the laws' use of the whole phrase (issue 19, session 22) on 1, 4 and 16 MB of
Mainland laws: linear? The candidates asked are the distinct phrases of one to three words
that end in a body's or a platform's head (vocabulary.head_kind), each asked once: their
number grows with the text. The whole text is one document, its evidence (shared with
body_classes and platform_evidence) read once, warmed before the timing, so what is timed is
the stage's own work: per candidate one segmentation and a bounded look-up per word boundary.

The text is the scale corpus's LawRefBook Markdown files in sorted order, concatenated until
the size is reached (Simplified), segmented once (not timed).

    .venv/bin/python benchmarks/bench_kind_phrases.py [--corpus ../shared/corpus/scale]
"""

from __future__ import annotations

import argparse
import time
from pathlib import Path

from bench_recognisers import MB, laws_text
from policykg.ingest.extract.body_classes import act_bodies
from policykg.ingest.extract.kind_phrases import kind_by_usage, said_as_a_kind
from policykg.ingest.extract.phrases import tokenise
from policykg.ingest.extract.platform_evidence import document_evidence
from policykg.ingest.extract.vocabulary import head_kind


def main() -> None:
    parser = argparse.ArgumentParser(description=(__doc__ or "").split("\n\n")[0])
    parser.add_argument("--corpus", type=Path, default=Path("../shared/corpus/scale"))
    args = parser.parse_args()
    said_as_a_kind("各群团组织应当配合。", "群团组织", "Organization")
    time_decisions(args.corpus, said_as_a_kind, ("Organization", "Platform"), kind_by_usage)


def time_decisions(corpus: Path, decide, kinds: tuple[str, ...], cached) -> None:
    """Print, on 1, 4 and 16 MB, how long `decide(text, name, kind)` takes over the
    distinct phrases of one to three words that end in a head of `kinds`, the document's
    evidence warmed first and `cached` (the decision's lru_cache) cleared."""
    for size in (1, 4, 16):
        text = laws_text(corpus, size * MB)
        tokens = tokenise(text, 0, len(text))
        names = sorted(
            {
                (name, kind)
                for k in range(len(tokens))
                for words in (0, 1, 2)
                if (name := "".join(t.word for t in tokens[max(0, k - words) : k + 1]))
                and (kind := head_kind(name)) in kinds
            }
        )
        document_evidence(text, 0, None)  # the evidence body_classes reads first, shared
        act_bodies(text, 0, None)
        cached.cache_clear()
        started = time.perf_counter()
        decided = sum(decide(text, name, kind) is not None for name, kind in names)
        seconds = time.perf_counter() - started
        print(f"{size:>3} MB  {len(names):>7} distinct names  {decided:>6} kinds  {seconds:.2f} s")


if __name__ == "__main__":
    main()
