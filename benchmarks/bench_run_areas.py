"""The areas a document runs (issue 19, session 23) on 1, 4 and 16 MB of Mainland laws read as
one document: linear?

The text is that of `bench_recognisers.laws_text` (LawRefBook Markdown in sorted order). Timed
per size: reading the document's marked areas once (`marked_areas`), then `run_areas` over
each paragraph's words (as `entities.recognise` calls it), then `goal_of_area` for every
word ending in 区 with the ten characters before it as the candidate's name (the document's
platform evidence, which the other platform rules read too, is read before the clock starts).
Then the same two steps on a made-up document of the same sizes that marks many areas (each
paragraph a place, a word and a kind of area with its management committee, and the area
named again), where a scan of the document per name's word made the cost quadratic.

    .venv/bin/python benchmarks/bench_run_areas.py [--corpus ../shared/corpus/scale]
"""

from __future__ import annotations

import argparse
import re
import sys
import time
from pathlib import Path

from policykg.ingest.extract.phrases import tokenise
from policykg.ingest.extract.platform_evidence import document_evidence
from policykg.ingest.extract.run_areas import goal_of_area, marked_areas, run_areas

sys.path.insert(0, str(Path(__file__).resolve().parent))
from bench_recognisers import MB, laws_text

_PARAGRAPH = re.compile(r"[^\n]+")
_AREA = re.compile("区")
# the made-up document's words (a few places, words of a zone's name and kinds of area)
_PLACES = ("温州", "嘉兴", "芜湖", "兰州", "青岛", "绍兴", "南通", "洛阳", "宜宾", "遵义")
_WORDS = ("临港", "航空", "科技", "滨江", "东部", "丝路", "物流", "数字")
_KINDS = ("新区", "开发区", "产业园区", "示范区", "片区", "度假区")


def many_areas(size: int) -> str:
    """A document of `size` characters or more whose every paragraph marks an area."""
    paragraphs = []
    length = 0
    i = 0
    while length < size:
        place = _PLACES[i % len(_PLACES)]
        word = _WORDS[i // len(_PLACES) % len(_WORDS)]
        kind = _KINDS[i // (len(_PLACES) * len(_WORDS)) % len(_KINDS)]
        name = f"{place}{word}{kind}"
        paragraph = f"第{i + 1}条 {name}管理委员会负责{name}的规划和建设，支持{name}发展。"
        paragraphs.append(paragraph)
        length += len(paragraph) * 3  # bytes of UTF-8
        i += 1
    return "\n".join(paragraphs)


def main() -> None:
    parser = argparse.ArgumentParser(description=(__doc__ or "").split("\n\n")[0])
    parser.add_argument("--corpus", type=Path, default=Path("../shared/corpus/scale"))
    args = parser.parse_args()
    marked_areas("甲新区管理委员会负责乙事务。")  # loads the corpus evidence
    for size in (1, 4, 16):
        text = laws_text(args.corpus, size * MB)
        marked_areas.cache_clear()
        started = time.perf_counter()
        names = marked_areas(text, 0, None)  # the key run_areas reads the cache by
        read = time.perf_counter() - started
        paragraphs = [m.span() for m in _PARAGRAPH.finditer(text)]
        tokens = [tokenise(text, a, b) for a, b in paragraphs]
        started = time.perf_counter()
        found = sum(len(run_areas(text, words)) for words in tokens)
        mentions = time.perf_counter() - started
        ends = [m.end() for m in _AREA.finditer(text) if m.start() >= 10]
        document_evidence(text, 0, None)  # read once per document by the other platform rules too
        started = time.perf_counter()
        goals = sum(goal_of_area(text, end - 10, end) for end in ends)
        asked = time.perf_counter() - started
        print(
            f"{size:>3} MB  marked {read:6.2f} s ({len(names)} areas)  mentions {mentions:6.2f} s "
            f"({found})  {len(ends)} candidates asked {asked:6.2f} s ({goals} goals)"
        )
    for size in (1, 4, 16):
        text = many_areas(size * MB)
        marked_areas.cache_clear()
        started = time.perf_counter()
        names = marked_areas(text, 0, None)  # the key run_areas reads the cache by
        read = time.perf_counter() - started
        tokens = [tokenise(text, a, b) for a, b in (m.span() for m in _PARAGRAPH.finditer(text))]
        started = time.perf_counter()
        found = sum(len(run_areas(text, words)) for words in tokens)
        mentions = time.perf_counter() - started
        print(
            f"{size:>3} MB of many areas  marked {read:6.2f} s ({len(names)} areas)  "
            f"mentions {mentions:6.2f} s ({found})"
        )


if __name__ == "__main__":
    main()
