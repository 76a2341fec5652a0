"""The segmentation of a head glued to a localiser (phrases.tokenise, issue 19, session 27)
on 1, 4 and 16 MB of Mainland laws read as one document, and on made-up documents of the same
sizes where every paragraph writes a zone before 内 or 外: linear?

The laws' text is that of `bench_recognisers.laws_text`. Per size, the clock times
`tokenise` over every paragraph twice: as it is, and with the cut switched off (one
segmentation), so the cost of the second pass where a glued head is found shows apart.

    .venv/bin/python benchmarks/bench_glued_heads.py [--corpus ../shared/corpus/scale]
"""

from __future__ import annotations

import argparse
import re
import sys
import time
from pathlib import Path

from policykg.ingest.extract import phrases
from policykg.ingest.extract.phrases import tokenise

sys.path.insert(0, str(Path(__file__).resolve().parent))
from bench_recognisers import MB, laws_text, made_up_text

_PARAGRAPH = re.compile(r"[^\n]+")
# the made-up document's places and zones (not the gold's)
_PLACES = ("荆州", "绵阳", "赣州", "柳州", "遵义")
_SENTENCES = (
    "在中国（{p}）自由贸易试验区内注册的企业，可以申请补贴。",
    "{p}高新技术产业合作区外的项目，不适用本条。",
    "凡在{p}科技园内租用厂房的单位，应当登记。",
    "在本区内设立的企业，应当遵守本办法。",
)


def many_zones(size: int) -> str:
    """A document of `size` bytes or more whose every paragraph writes a zone and a localiser."""
    return made_up_text(
        size, lambda i: _SENTENCES[i % len(_SENTENCES)].format(p=_PLACES[i % len(_PLACES)])
    )


def timed(text: str) -> tuple[float, int]:
    """Seconds `tokenise` takes over every paragraph; words read."""
    started = time.perf_counter()
    words = sum(len(tokenise(text, *m.span())) for m in _PARAGRAPH.finditer(text))
    return time.perf_counter() - started, words


def main() -> None:
    parser = argparse.ArgumentParser(description=(__doc__ or "").split("\n\n")[0])
    parser.add_argument("--corpus", type=Path, default=Path("../shared/corpus/scale"))
    args = parser.parse_args()
    tokenise("在甲乙试验区内", 0, 7)  # the dictionary and the lists
    cut = phrases._glued_heads
    for size in (1, 4, 16):
        for label, text in (
            ("laws", laws_text(args.corpus, size * MB)),
            ("many zones", many_zones(size * MB)),
        ):
            seconds, words = timed(text)
            phrases._glued_heads = lambda words, start: []
            plain, _ = timed(text)
            phrases._glued_heads = cut
            print(
                f"{size:>3} MB {label:<10} {seconds:6.2f} s, without the cut {plain:6.2f} s  ({words} words)"
            )


if __name__ == "__main__":
    main()
