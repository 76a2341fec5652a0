"""Named zones listed together (listed_zones.py, issue 19, session 33) and named once where
the document develops them (acted_zones.py, session 34) on 1, 4 and 16 MB of Mainland laws
read as one document, and on made-up documents of the same sizes where every paragraph
lists zones, regions or kinds or develops one: linear?

The laws' text is that of `bench_recognisers.laws_text`. Per size, each paragraph's words
are read first (as `entities.recognise` has them) and a zone candidate is made for every
place + 开发区 of the made-up text; the clock times `listed_zones` over every paragraph,
then `acted_zones` over every paragraph.

    .venv/bin/python benchmarks/bench_listed_zones.py [--corpus ../shared/corpus/scale]
"""

from __future__ import annotations

import argparse
import re
import sys
import time
from pathlib import Path

from policykg.ingest.extract.acted_zones import acted_zones
from policykg.ingest.extract.boundary_evidence import load_evidence
from policykg.ingest.extract.listed_zones import listed_zones
from policykg.ingest.extract.phrases import tokenise
from policykg.ingest.extract.records import Candidate

sys.path.insert(0, str(Path(__file__).resolve().parent))
from bench_recognisers import MB, laws_text, made_up_text

_PARAGRAPH = re.compile(r"[^\n]+")
_ZONE = re.compile("(?:衢州|温岭|柳州|钦州|桂林)经济开发区")
# the made-up document's places and kinds (not the gold's)
_PLACES = ("衢州", "温岭", "柳州", "钦州", "桂林")
_SENTENCES = (
    "支持{a}金融城、{b}金融集聚带等区域发展。",
    "{a}经济开发区、{b}出口加工区和{c}商务区实行统一的招商政策。",
    "在{a}平原区、{b}土地沙化区等重点区域开展生态修复。",
    "推进市级开发区、国家级示范区等园区建设。",
    "着力培育{a}跨境数字集聚区，在{b}滨湖会展城培育新业态，加快山区生态带建设。",
)


def many_zones(size: int) -> str:
    """A document of `size` bytes or more whose every paragraph lists zones or kinds."""

    def paragraph(i: int) -> str:
        return _SENTENCES[i % len(_SENTENCES)].format(
            a=_PLACES[i % len(_PLACES)], b=_PLACES[(i + 2) % len(_PLACES)], c=_PLACES[(i + 3) % 5]
        )

    return made_up_text(size, paragraph)


def timed(text: str) -> tuple[float, float, int, int, int]:
    """Seconds `listed_zones` and `acted_zones` take over every paragraph; words read;
    zones each found."""
    work = []
    for m in _PARAGRAPH.finditer(text):
        words = tokenise(text, *m.span())
        zones = [Candidate("Platform", z.start(), z.end()) for z in _ZONE.finditer(text, *m.span())]
        work.append((words, zones))
    started = time.perf_counter()
    found = sum(len(listed_zones(text, words, zones)) for words, zones in work)
    listed = time.perf_counter() - started
    started = time.perf_counter()
    acted = sum(len(acted_zones(text, words, zones)) for words, zones in work)
    words = sum(len(w) for w, _ in work)
    return listed, time.perf_counter() - started, words, found, acted


def main() -> None:
    parser = argparse.ArgumentParser(description=(__doc__ or "").split("\n\n")[0])
    parser.add_argument("--corpus", type=Path, default=Path("../shared/corpus/scale"))
    parser.add_argument("--sizes", type=int, nargs="+", default=[1, 4, 16], help="MB")
    args = parser.parse_args()
    load_evidence()  # the corpus evidence (seconds), which the first item would load
    warm = "支持甲金融城、乙金融集聚带等区域发展。"  # the dictionary and the lists
    listed_zones(warm, tokenise(warm, 0, len(warm)), [])
    acted_zones(warm, tokenise(warm, 0, len(warm)), [])
    for size in args.sizes:
        for label, text in (
            ("laws", laws_text(args.corpus, size * MB)),
            ("many zones", many_zones(size * MB)),
        ):
            listed, acted, words, found, once = timed(text)
            print(
                f"{size:>3} MB {label:<10} listed {listed:6.2f} s, acted {acted:6.2f} s  "
                f"({words} words; {found} listed zones, {once} acted)"
            )


if __name__ == "__main__":
    main()
