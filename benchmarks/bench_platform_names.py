"""Platform names from an anchor and the parks of a list (issue 19, session 16), the
places around a platform's name (session 17), the named places of a list before 等 and
the planned descriptions (session 18), and the frames of use (session 19) on 1, 4 and
16 MB of Mainland laws: linear?

The text is the scale corpus's LawRefBook Markdown files in sorted order, concatenated until
the size is reached (Simplified, as the extractor reads it), segmented line by line as
`entities.recognise` segments a paragraph; the segmentation is not timed. Each step is
timed once per size over every line, with no name found before it (so every platform head
is read: the most work it can do), after one warm-up call that loads its data. `placed` is
given a platform over every two neighbouring words (every word is a name's first);
`members` no name found before it; `planned` is asked of a candidate over every two
neighbouring words whose second ends like a platform head, the whole text one document
(its evidence read once, inside the timing of the first line). Session 19: `used`
(platform_use.used_platforms, the frames of use; its class evidence is the document's,
read by `planned` already) and `offered` (offered_as_a_kind, asked as `planned` is).

    .venv/bin/python benchmarks/bench_platform_names.py [--corpus ../shared/corpus/scale]
"""

from __future__ import annotations

import argparse
import time
from itertools import pairwise
from pathlib import Path

from bench_recognisers import MB, laws_text
from policykg.ingest.extract.phrases import tokenise
from policykg.ingest.extract.platform_anchors import anchored_platforms
from policykg.ingest.extract.platform_lists import listed_parks
from policykg.ingest.extract.platform_members import listed_places
from policykg.ingest.extract.platform_places import placed_platforms
from policykg.ingest.extract.platform_plans import described_as_planned
from policykg.ingest.extract.platform_use import offered_as_a_kind, used_platforms
from policykg.ingest.extract.records import Candidate
from policykg.ingest.extract.vocabulary import heads_by_last_char


def main() -> None:
    parser = argparse.ArgumentParser(description=(__doc__ or "").split("\n\n")[0])
    parser.add_argument("--corpus", type=Path, default=Path("../shared/corpus/scale"))
    args = parser.parse_args()
    warm = "推广应用国家农产品质量安全追溯平台，由海淀园、丰台园、昌平园组成。"
    anchored_platforms(warm, tokenise(warm, 0, len(warm)), [])
    listed_parks(warm, tokenise(warm, 0, len(warm)))
    for size in (1, 4, 16):
        text = laws_text(args.corpus, size * MB)
        lines, start = [], 0
        for line in text.split("\n"):
            if line.strip():
                lines.append(tokenise(text, start, start + len(line)))
            start += len(line) + 1
        for name, step in (
            ("anchored", lambda tokens, text=text: anchored_platforms(text, tokens, [])),
            ("parks", lambda tokens, text=text: listed_parks(text, tokens)),
            ("placed", lambda tokens: placed_platforms(tokens, _pairs(tokens))),
            ("members", lambda tokens, text=text: listed_places(text, tokens, [])),
            ("planned", lambda tokens, text=text: _planned(text, tokens)),
            ("used", lambda tokens, text=text: used_platforms(text, tokens)),
            ("offered", lambda tokens, text=text: _offered(text, tokens)),
        ):
            started = time.perf_counter()
            found = sum(len(step(tokens)) for tokens in lines)
            seconds = time.perf_counter() - started
            print(f"{size:>3} MB  {name:<9}  {found:>6} found  {seconds:.2f} s")


def _head_pairs(tokens) -> list[tuple[int, int]]:
    endings = heads_by_last_char()
    return [(a.start, b.end) for a, b in pairwise(tokens) if b.word[-1:] in endings]


def _planned(text, tokens) -> list[bool]:
    return [True for s, e in _head_pairs(tokens) if described_as_planned(text, s, e)]


def _offered(text, tokens) -> list[bool]:
    return [True for s, e in _head_pairs(tokens) if offered_as_a_kind(text, s, e)]


def _pairs(tokens):
    return [Candidate("Platform", a.start, b.end) for a, b in pairwise(tokens)]


if __name__ == "__main__":
    main()
