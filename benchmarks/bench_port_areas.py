"""A port's named areas (port_areas.py, issue 19, session 25) on 1, 4 and 16 MB of Mainland
laws read as one document, and on made-up documents of the same sizes where every paragraph
names a port and a list of its areas: linear?

The laws' text is that of `bench_recognisers.laws_text`. Per size, each paragraph's words
are read first (as `entities.recognise` has them) and a port candidate is made for every
place + 港 of the made-up text; the clock times `port_areas` over every paragraph.

    .venv/bin/python benchmarks/bench_port_areas.py [--corpus ../shared/corpus/scale]
"""

from __future__ import annotations

import argparse
import re
import sys
import time
from pathlib import Path

from policykg.ingest.extract.boundary_evidence import load_evidence
from policykg.ingest.extract.phrases import tokenise
from policykg.ingest.extract.port_areas import port_areas
from policykg.ingest.extract.records import Candidate

sys.path.insert(0, str(Path(__file__).resolve().parent))
from bench_recognisers import MB, laws_text, made_up_text

_PARAGRAPH = re.compile(r"[^\n]+")
_PORT = re.compile("(?:九江|芜湖|安庆|岳阳|宜昌)港")
# the made-up document's ports, areas and kinds (not the gold's)
_PORTS = ("九江", "芜湖", "安庆", "岳阳", "宜昌")
_AREAS = ("湖口", "彭泽", "城陵矶", "猇亭", "枝江", "长风", "宿松", "望江")
_SENTENCES = (
    "{p}港包括{a}港区、{b}港区和{c}作业区。",
    "{p}港{a}港区应当优先发展集装箱运输。",
    "集装箱港区、散货港区和危险品作业区应当分开设置。",
    "在勘查作业区、安全作业区内不得停泊船舶。",
)


def many_areas(size: int) -> str:
    """A document of `size` bytes or more whose every paragraph names port areas or kinds."""

    def paragraph(i: int) -> str:
        return _SENTENCES[i % len(_SENTENCES)].format(
            p=_PORTS[i % len(_PORTS)],
            a=_AREAS[i % len(_AREAS)],
            b=_AREAS[(i + 3) % len(_AREAS)],
            c=_AREAS[(i + 5) % len(_AREAS)],
        )

    return made_up_text(size, paragraph)


def timed(text: str) -> tuple[float, int, int]:
    """Seconds `port_areas` takes over every paragraph; words read; areas added."""
    work = []
    for m in _PARAGRAPH.finditer(text):
        words = tokenise(text, *m.span())
        ports = [Candidate("Platform", p.start(), p.end()) for p in _PORT.finditer(text, *m.span())]
        work.append((words, ports))
    started = time.perf_counter()
    added = sum(len(port_areas(text, words, ports)) - len(ports) for words, ports in work)
    return time.perf_counter() - started, sum(len(w) for w, _ in work), added


def main() -> None:
    parser = argparse.ArgumentParser(description=(__doc__ or "").split("\n\n")[0])
    parser.add_argument("--corpus", type=Path, default=Path("../shared/corpus/scale"))
    args = parser.parse_args()
    load_evidence()  # the corpus evidence (seconds), which the first unknown stem would load
    warm = "甲港包括湖口港区、彭泽港区"  # the dictionary and the lists
    port_areas(warm, tokenise(warm, 0, len(warm)), [])
    for size in (1, 4, 16):
        for label, text in (
            ("laws", laws_text(args.corpus, size * MB)),
            ("many areas", many_areas(size * MB)),
        ):
            seconds, words, added = timed(text)
            print(f"{size:>3} MB {label:<10} {seconds:6.2f} s  ({words} words, {added} areas)")


if __name__ == "__main__":
    main()
