"""Zones named by a dash's pair and zones written with 港 on 1, 4 and 16 MB (issue 19,
session 29): linear?

`pair_zones.pair_zones` (rule:pair-zone) and `port_names.port_names` with no candidates
(its ports by place now read 甲省自由贸易港 too) over the words of each paragraph,
segmented before the clock starts:
the laws of the scale corpus, and a made-up text whose every paragraph holds a pair zone, a
body as a partner, a dash between years and a province's free trade port. Prints the size,
the zones found and the best of `--repeats` runs (CPU s).

    nice -n 10 .venv/bin/python benchmarks/bench_pair_zones.py --corpus ../shared/corpus/scale
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

from policykg.ingest.extract.pair_zones import pair_zones
from policykg.ingest.extract.phrases import tokenise
from policykg.ingest.extract.port_names import port_names

sys.path.insert(0, str(Path(__file__).resolve().parent))
from bench_recognisers import MB, laws_text, made_up_text

ROOT = Path(__file__).resolve().parent.parent
PARAGRAPH = (
    "支持中国—新西兰第{i}农业合作示范区、中国─国际劳工组织职业技能合作示范区建设，"
    "规划期为2023—2025年，货物由浙江自由贸易港进入内地。"
)


def paragraphs(text: str) -> list[tuple[str, list]]:
    """Each line and its words (Simplified text)."""
    return [(line, tokenise(line, 0, len(line))) for line in text.split("\n") if line.strip()]


def run(lines: list[tuple[str, list]]) -> int:
    return sum(
        len(pair_zones(line, words)) + len(port_names(line, words, [])) for line, words in lines
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=ROOT.parent / "shared" / "corpus" / "scale")
    parser.add_argument("--sizes", type=int, nargs="*", default=[1, 4, 16], metavar="MB")
    parser.add_argument("--repeats", type=int, default=2)
    args = parser.parse_args()
    for name, make in (
        ("laws", lambda size: laws_text(args.corpus, size * MB)),
        ("made-up", lambda size: made_up_text(size * MB, lambda i: PARAGRAPH.format(i=i))),
    ):
        previous = None
        for megabytes in args.sizes:
            lines = paragraphs(make(megabytes))
            best, found = float("inf"), 0
            for _ in range(args.repeats):
                started = time.process_time()
                found = run(lines)
                best = min(best, time.process_time() - started)
            ratio = f"  ×{best / previous:.1f}" if previous else ""
            print(
                f"{name:>8} {megabytes:>3} MB  {len(lines):>7} paragraphs  {found:>7} zones  {best:.2f} s{ratio}"
            )
            previous = best


if __name__ == "__main__":
    main()
