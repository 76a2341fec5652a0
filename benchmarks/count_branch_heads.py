"""Count the branches that `local_bodies.branch_bodies` names on the scale corpus, by the
shape of what stands before the branch head (issue #19, session 32).

    .venv/bin/python benchmarks/count_branch_heads.py [--root ../shared/corpus/scale] [--show 30]

Shapes: `place` (中国人民银行|郑州|分行, the one reading before session 32), `district` (a
second place: 某市|某区|支行) and `qualified` (a word the laws hold inside names before the
head: 某市|中心|支行). Only the lines holding 分 or 支 before a head's last character are
read (a branch head needs one), each line on its own, as the tests read their sentences;
gold documents are left out by `scale_corpus.read_corpus`. Prints the count of each shape
and of each branch head, how many files the later shapes fire in, and `--show` of their
labels (a seeded draw) with the line each stands in, for reading by hand.
"""

from __future__ import annotations

import argparse
import random
import re
import sys
from collections import Counter
from pathlib import Path

from policykg.ingest.extract.entities import recognise
from policykg.ingest.extract.phrases import tokenise
from policykg.ingest.extract.place_words import TagSource, is_place
from policykg.ingest.script import to_simplified

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "scripts"))
from scale_corpus import DEFAULT_CORPUS, read_corpus

_BRANCH = re.compile(r"[分支][行局署院处處所会會]")  # 分/支 + a head's last character
_RULE = "rule:branch-body"
_HEAD = 2  # characters of a branch head: 分 or 支 + the parent's last


def shape(label: str) -> str:
    """`place`, `district` or `qualified`: the words of a branch label (Simplified) before
    its head, read from the right."""
    words = [t.word for t in tokenise(label, 0, len(label) - _HEAD)]
    before = words[-1] if words else ""
    if not is_place(before, tagged_by=TagSource.SEGMENTER):
        return "qualified"
    if len(words) >= 2 and is_place(words[-2], tagged_by=TagSource.SEGMENTER):
        return "district"
    return "place"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--root", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--show", type=int, default=30, help="labels of the later shapes to print")
    parser.add_argument("--seed", type=int, default=467)
    args = parser.parse_args(argv)
    shapes: Counter = Counter()
    heads: Counter = Counter()
    files: dict[str, set[str]] = {}
    later: list[tuple[str, str, str]] = []
    for law in read_corpus(args.root):
        for line in law.text.splitlines():
            if not _BRANCH.search(line):
                continue
            simplified = to_simplified(line)
            for found in recognise(simplified, 0, len(simplified)):
                if found.rule != _RULE:
                    continue
                label = simplified[found.start : found.end]
                kind = shape(label)
                shapes[kind] += 1
                heads[label[-_HEAD:] if kind != "qualified" else label[-4:]] += 1
                files.setdefault(kind, set()).add(law.path)
                if kind != "place":
                    later.append((kind, line[found.start : found.end], line.strip()))
    print("shape\tlabels\tfiles")
    for kind, count in shapes.most_common():
        print(f"{kind}\t{count}\t{len(files[kind])}")
    print("\nbranch head\tlabels")
    for head, count in heads.most_common():
        print(f"{head}\t{count}")
    random.Random(args.seed).shuffle(later)
    print(f"\n{min(args.show, len(later))} of the {len(later)} district/qualified labels:")
    for kind, label, line in later[: args.show]:
        print(f"{kind}\t{label}\t{line[:160]}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
