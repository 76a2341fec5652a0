"""The zone rules (ingest/extract/zone_names.py, issue 19, session 20) on 1, 4 and 16 MB of
Mainland laws: linear?

The text is that of `bench_recognisers.laws_text` (LawRefBook Markdown in sorted order). For
every organisation or zone head of the text (区, 中心, 委员会, 小组, 办公室, 法院) the words of
the twelve characters before it and the head are asked `holds_together` at every index, as
`boundary_evidence.name_start` may ask them once per word of a candidate (far more often than
it does: it asks only at words that stop a name). CPU time, segmentation not counted.

    .venv/bin/python benchmarks/bench_zone_names.py [--corpus ../shared/corpus/scale]
"""

from __future__ import annotations

import argparse
import re
import sys
import time
from pathlib import Path

import rjieba
from policykg.ingest.extract.dictionary import prepare
from policykg.ingest.extract.zone_names import holds_together
from policykg.ingest.script import to_simplified

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "scripts"))
from bench_recognisers import MB, laws_text
from scale_corpus import DEFAULT_CORPUS

_HEADS = re.compile("区|中心|委员会|小组|办公室|法院")
_BEFORE = 12


def main() -> None:
    parser = argparse.ArgumentParser(description=(__doc__ or "").split("\n\n")[0])
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    args = parser.parse_args()
    prepare()
    holds_together(["中国", "（", "上海", "）", "自由贸易", "试验区"], 4)  # loads the data
    for size in (1, 1, 4, 16):  # the first 1 MB warms the caches
        text = to_simplified(laws_text(args.corpus, size * MB))
        candidates = [
            [w for w, _, _ in rjieba.tokenize(text[max(0, m.start() - _BEFORE) : m.end()])]
            for m in _HEADS.finditer(text)
        ]
        started = time.process_time()
        held = sum(holds_together(words, i) for words in candidates for i in range(len(words)))
        took = time.process_time() - started
        asked = sum(map(len, candidates))
        print(f"{size:>3} MB  {len(candidates):>7} candidates  {asked:>8} words asked"
              f"  {took:6.2f} s  ({held} inside a zone's name)")  # fmt: skip


if __name__ == "__main__":
    main()
