"""Build the kinds of area the laws protect rather than develop (issue 19, session 33).

    .venv/bin/python scripts/build_region_kinds.py [--corpus ../shared/corpus/scale]

Writes `ingest/resources/region_kinds.tsv`, read by `policykg.ingest.extract.listed_zones`:
an item of a list of areas whose kind is one of these is a stretch of land the laws
describe (甲平原区, 乙生态功能区, 丙源头区), not a zone a city sets up and runs (甲商务区,
乙加工区), so it is no platform. A kind the laws never write is a city's own coinage
(商务区, 金融城) and is no region kind.

Source: the scale corpus (`scripts/scale_corpus.py`, gold documents left out).
Each text is folded to Simplified and cut into sentences; rjieba segments each sentence
that holds 区, 带, 城 or 湾; a kind is a word ending in one of them (joined with the word
before it when it is that character alone: 沙化|区). Around each use (the kind and
CONTEXT characters on each side) it is counted as protected when a verb of protection
stands there (保护, 治理, 修复, 防治, 涵养, 恢复, 划定: what the laws do to land) and as
developed when a verb of development does (建设, 开发, 设立, 发展, 招商, 入驻, 培育, 打造:
what they do to zones). A kind is a region kind when it is protected more often than
developed, at least MIN_PROTECTED times; the verbs are a closed set of the laws' two
activities, the kinds are what the laws write with them.

Columns: kind, times written, times developed, times protected.
"""

from __future__ import annotations

import re
import sys
from collections import Counter
from pathlib import Path

import rjieba
from policykg.ingest.extract.listed_zones import AREA_ENDS, DEVELOP, PROTECT
from policykg.ingest.script import to_simplified

sys.path.insert(0, str(Path(__file__).resolve().parent))
from scale_corpus import DEFAULT_CORPUS, read_corpus, run_build

OUTPUT = Path(__file__).resolve().parents[1] / "ingest" / "resources" / "region_kinds.tsv"
FORMAT = "policykg region kinds 1: kinds of area the laws protect more than they develop"
CONTEXT = 6  # characters read on each side of a use
MIN_PROTECTED = 1
HAN = re.compile(r"^[\u4e00-\u9fff]+$")
SENTENCE = re.compile(r"[^。；;\n]+")


def kinds_in(sentence: str):
    """(kind, start, end) of each word of the sentence ending in an area's character."""
    at, previous = 0, ""
    for word in rjieba.cut(sentence):
        at += len(word)
        kind = word if len(word) >= 2 else previous + word
        if word[-1] in AREA_ENDS and len(kind) >= 2 and HAN.match(kind):
            yield kind, at - len(kind), at
        previous = word


def build(corpus: Path = DEFAULT_CORPUS) -> list[tuple[str, int, int, int]]:
    written: Counter = Counter()
    developed: Counter = Counter()
    protected: Counter = Counter()
    for law in read_corpus(corpus):
        for m in SENTENCE.finditer(to_simplified(law.text)):
            sentence = m.group()
            if not any(c in sentence for c in AREA_ENDS):
                continue
            for kind, start, end in kinds_in(sentence):
                # the kind itself is left out of its context (保护区 protects nothing)
                around = sentence[max(0, start - CONTEXT) : start] + sentence[end : end + CONTEXT]
                written[kind] += 1
                developed[kind] += bool(DEVELOP.search(around))
                protected[kind] += bool(PROTECT.search(around))
    return sorted(
        (kind, written[kind], developed[kind], protected[kind])
        for kind in written
        if protected[kind] >= MIN_PROTECTED and protected[kind] > developed[kind]
    )


def main(argv: list[str] | None = None) -> int:
    return run_build(
        argv,
        __doc__,
        OUTPUT,
        build,
        FORMAT,
        "build_region_kinds.py",
        "region kinds",
        ("kind", "written", "developed", "protected"),
    )


if __name__ == "__main__":
    raise SystemExit(main())
