"""Ports named by their place and the kinds of ports (issue 19, session 24) on 1, 4 and 16 MB
of Mainland laws read as one document, and on made-up documents of the same sizes where every
paragraph names ports: linear?

The laws' text is that of `bench_recognisers.laws_text` (LawRefBook Markdown in sorted
order). Per size, each paragraph's words are read first (as `entities.recognise` has them),
and a platform candidate is made for every 港口, 口岸 and 机场 with the six characters before
it (what the head-noun reading would ask about); the clock times `port_names` over every
paragraph, its words and its candidates.

    .venv/bin/python benchmarks/bench_port_names.py [--corpus ../shared/corpus/scale]
"""

from __future__ import annotations

import argparse
import re
import sys
import time
from pathlib import Path

from policykg.ingest.extract.phrases import tokenise
from policykg.ingest.extract.port_names import port_names
from policykg.ingest.extract.records import Candidate

sys.path.insert(0, str(Path(__file__).resolve().parent))
from bench_recognisers import MB, laws_text, made_up_text

_PARAGRAPH = re.compile(r"[^\n]+")
_HEAD = re.compile("港口|口岸|机场")
# the made-up document's places and sentences (other cities' ports, kinds of ports)
_PLACES = ("温州", "嘉兴", "芜湖", "兰州", "青岛", "绍兴", "南通", "洛阳", "宜宾", "遵义")
_SENTENCES = (
    "支持{a}港与{b}港合作，推进{a}{b}港一体化。",
    "船舶进出内河港口，应当向{a}海事管理机构报告。",
    "推进{a}国际陆港建设，依托{b}港口开辟航线。",
    "加快{a}机场建设，推进长三角机场群协调发展。",
)


def many_ports(size: int) -> str:
    """A document of `size` bytes or more whose every paragraph names ports or kinds."""

    def paragraph(i: int) -> str:
        a, b = _PLACES[i % len(_PLACES)], _PLACES[(i + 3) % len(_PLACES)]
        return _SENTENCES[i % len(_SENTENCES)].format(a=a, b=b)

    return made_up_text(size, paragraph)


def timed(text: str) -> tuple[float, int, int]:
    """Seconds `port_names` takes over every paragraph; candidates asked; names kept."""
    work = []
    for m in _PARAGRAPH.finditer(text):
        words = tokenise(text, *m.span())
        found = [
            Candidate("Platform", max(m.start(), h.start() - 6), h.end())
            for h in _HEAD.finditer(text, *m.span())
        ]
        work.append((words, found))
    started = time.perf_counter()
    kept = sum(len(port_names(text, words, found)) for words, found in work)
    return time.perf_counter() - started, sum(len(f) for _, f in work), kept


def main() -> None:
    parser = argparse.ArgumentParser(description=(__doc__ or "").split("\n\n")[0])
    parser.add_argument("--corpus", type=Path, default=Path("../shared/corpus/scale"))
    args = parser.parse_args()
    warm = "内河港口和上海港"  # loads the dictionary, the lists and the corpus evidence
    port_names(warm, tokenise(warm, 0, len(warm)), [Candidate("Platform", 0, 4)])
    for size in (1, 4, 16):
        for label, text in (
            ("laws", laws_text(args.corpus, size * MB)),
            ("many ports", many_ports(size * MB)),
        ):
            seconds, asked, kept = timed(text)
            print(f"{size:>3} MB {label:<10} {seconds:6.2f} s  ({asked} candidates, {kept} kept)")


if __name__ == "__main__":
    main()
