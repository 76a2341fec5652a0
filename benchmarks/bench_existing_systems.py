"""The systems a rule's text says exist (existing_systems.py, issue 19, session 30) on 1, 4
and 16 MB: linear? The pass reads each token once; at a system's head it reads a bounded
window before it (the frame, the clause of making, a parenthesis) and the short form after
it, and asks the laws' tables and the document's class evidence
(platform_evidence.document_evidence: read once per document and shared with the other
recognisers; timed apart) once per candidate.

The text is the scale corpus's LawRefBook Markdown files in sorted order up to the size
(Simplified), with a made-up sentence every 2,000 characters that the rule names, so the
rule has work throughout. The segmentation (the recognisers' shared input) is timed apart.

    .venv/bin/python benchmarks/bench_existing_systems.py [--corpus ../shared/corpus/scale]
"""

from __future__ import annotations

import argparse
import time
from pathlib import Path

from bench_recognisers import MB, laws_text, with_sentences
from policykg.ingest.extract.existing_systems import existing_systems
from policykg.ingest.extract.phrases import tokenise
from policykg.ingest.extract.platform_evidence import document_evidence

SENTENCES = (
    "申请人应于主管机关建置之渔船动态申报系统填写资料。",
    "检验结果应上传至海洋渔获检验通报系统（以下简称通报系统）。",
)


def main() -> None:
    parser = argparse.ArgumentParser(description=(__doc__ or "").split("\n\n")[0])
    parser.add_argument("--corpus", type=Path, default=Path("../shared/corpus/scale"))
    args = parser.parse_args()
    existing_systems(SENTENCES[0], tokenise(SENTENCES[0], 0, len(SENTENCES[0])))  # warm-up
    for size in (1, 4, 16):
        text = with_sentences(laws_text(args.corpus, size * MB), SENTENCES)
        started = time.perf_counter()
        tokens = tokenise(text, 0, len(text))
        segmenting = time.perf_counter() - started
        started = time.perf_counter()
        document_evidence(text, 0, len(text))  # the recognisers' pass, cached
        evidence = time.perf_counter() - started
        started = time.perf_counter()
        found = existing_systems(text, tokens, (0, len(text)))
        seconds = time.perf_counter() - started
        print(
            f"{size:>3} MB  {len(tokens):>9} tokens  {len(found):>6} systems  {seconds:.2f} s"
            f"  (segmentation {segmenting:.2f} s, the document's evidence {evidence:.2f} s,"
            " shared)"
        )


if __name__ == "__main__":
    main()
