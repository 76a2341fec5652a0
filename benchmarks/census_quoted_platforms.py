"""Census of the platforms the laws name in quotation marks (issue #19, session 28).

    .venv/bin/python benchmarks/census_quoted_platforms.py [--corpus DIR] [--sample 40 --seed 5]

Over the scale corpus (`scale_corpus.read_corpus`, gold documents left out), each text
folded to Simplified, two shapes of a quoted span:

- **ends**: the quote's last word is a platform head (a head of kind Platform of
  `vocabulary`, or one of `quoted_platforms.HEADS`): “中国某某港”, “某某航运枢纽”;
- **before**: a platform head right after the closing quote: “12345”热线, “某某”系统.

For each, the recogniser (`entities.recognise`) is run on its sentence alone, and the
census counts whether a platform candidate covers the whole name (`whole`), only part of it
(`cut`), or nothing (`none`), split by whether the quote holds a verb of action
(`quoted_platforms._is_slogan`, `ends` only). `--sample N` prints N spans drawn with `--seed`,
with their sentences, to be read by hand. `--without-rule` runs the recogniser with the
quoted-platform rule switched off (the state before it; the gate and plus-sign changes
of the same commit stay: they touch no candidate but the rule's and “甲+乙”平台).
"""

from __future__ import annotations

import argparse
import random
import re
import sys
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

from policykg.ingest.extract import entities
from policykg.ingest.extract.quoted_platforms import quoted_platform_spans
from policykg.ingest.script import to_simplified

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "scripts"))
from scale_corpus import DEFAULT_CORPUS, read_corpus

_SENTENCE = re.compile(r"[^。；！？\n]+")


@dataclass(frozen=True)
class Hit:
    shape: str  # ends | before
    slogan: bool
    outcome: str  # whole | cut | none
    name: str
    sentence: str
    path: str


def _outcome(sentence: str, start: int, end: int) -> str:
    """whole / cut / none: what the recogniser names of sentence[start:end]."""
    found = [
        (c.start, c.end)
        for c in entities.recognise(sentence, 0, len(sentence))
        if c.kind == "Platform" and c.start < end and start < c.end
    ]
    inner = (start + 1, end) if sentence[start] in "“「‘『《" else (start, end)
    if any((a <= start and end <= b) or (a, b) == inner for a, b in found):
        return "whole"
    return "cut" if found else "none"


def census(root: Path) -> list[Hit]:
    hits = []
    for law in read_corpus(root):
        text = to_simplified(law.text)
        for m in _SENTENCE.finditer(text):
            sentence = m.group()
            if "“" not in sentence and "「" not in sentence and "‘" not in sentence:
                continue
            for span in quoted_platform_spans(sentence, 0, len(sentence), keep_slogans=True):
                name = sentence[span.start : span.end]
                outcome = _outcome(sentence, span.start, span.end)
                hits.append(Hit(span.shape, span.slogan, outcome, name, sentence, str(law.path)))
    return hits


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--sample", type=int, default=0)
    parser.add_argument("--seed", type=int, default=5)
    parser.add_argument("--without-rule", action="store_true")
    args = parser.parse_args(argv)
    if args.without_rule:
        entities.quoted_platforms = lambda *_: []
    hits = census(args.corpus)
    counts = Counter((h.shape, h.slogan, h.outcome) for h in hits)
    print("shape\tslogan\toutcome\tspans\tdistinct")
    for key in sorted(counts):
        distinct = len({h.name for h in hits if (h.shape, h.slogan, h.outcome) == key})
        print(f"{key[0]}\t{key[1]}\t{key[2]}\t{counts[key]}\t{distinct}")
    if args.sample:
        for hit in random.Random(args.seed).sample(hits, min(args.sample, len(hits))):
            print(f"\n{hit.shape} slogan={hit.slogan} {hit.outcome}\t{hit.name}\t{hit.path}")
            print(f"  {hit.sentence[:160]}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
