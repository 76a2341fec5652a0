"""The platforms recognised in every scale-corpus sentence that holds a quote with a platform
head at most 10 characters after it, or a plus sign inside a quote (issue 19, session 29).

    .venv/bin/python benchmarks/quoted_head_sentences.py > OUT

The wider net of `census_quoted_platforms.py`: a quote and head read by any rule (head_names'
quoted-before-head too). One line per sentence: file, the Platform names (`entities.recognise`
on the sentence alone, sorted), the sentence. Run it on two trees and `diff` the outputs to see
what a change moves. Gold documents are left out (`scale_corpus.read_corpus`).
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

from policykg.ingest.extract.entities import recognise
from policykg.ingest.extract.quoted_platforms import HEADS
from policykg.ingest.extract.vocabulary import heads
from policykg.ingest.script import to_simplified

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "scripts"))
from scale_corpus import DEFAULT_CORPUS, read_corpus

_SENTENCE = re.compile(r"[^。；！？\n]+")


def main() -> int:
    platform_heads = {head for head, kind in heads() if kind == "Platform"} | set(HEADS)
    alternatives = "|".join(map(re.escape, sorted(platform_heads, key=len, reverse=True)))
    near = re.compile(
        f"[”」’』][^。；，\\n]{{0,10}}(?:{alternatives})|[“「][^”」]*[+＋][^”」]*[”」]"
    )
    count = 0
    for law in read_corpus(DEFAULT_CORPUS):
        for match in _SENTENCE.finditer(to_simplified(law.text)):
            sentence = match.group()
            if not near.search(sentence):
                continue
            count += 1
            found = recognise(sentence, 0, len(sentence))
            names = sorted(sentence[c.start : c.end] for c in found if c.kind == "Platform")
            print(law.path, " ; ".join(names), sentence.strip()[:150], sep="\t")
    print(f"sentences: {count}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
