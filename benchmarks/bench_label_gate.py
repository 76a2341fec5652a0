"""Cost of the label gate's per-document step (`label_gate.merge_glued`) on 1, 4 and 16 MB
documents (issue 19, session 16): the step sees every name of a document at once, so its
time must grow linearly with the document.

    nice -n 10 .venv/bin/python benchmarks/bench_label_gate.py

A synthetic document: each 40-character clause names a body of its own (a three-character
coinage before 委员会) once glued to a verb (纵容…) and once on its own, so the number of
distinct names grows with the text, the worst case for the step (a real document repeats
its names). Prints the seconds for each size (best of three) and the growth per 4×.
"""

from __future__ import annotations

import itertools
import random
import time

from policykg.ingest.extract.label_gate import merge_glued
from policykg.ingest.extract.records import Mention, NamedEntity

CLAUSE = 40  # characters of text per pair of names
SIZES_MB = (1, 4, 16)
# Han characters the laws seldom use, for coinages the evidence does not know
_CHARS = "甪甭甯甮甴甶畀畁畂畃畄畅畇畈畉畊畋畍畎畐畑畒畓畕畖畗畘"


def document(megabytes: int) -> tuple[dict[str, NamedEntity], str]:
    pairs = megabytes * 1_000_000 // (3 * CLAUSE)  # 3 bytes a character in UTF-8
    rng = random.Random(megabytes)
    text: list[str] = []
    by_name: dict[str, NamedEntity] = {}
    seen: set[str] = set()
    offset = 0
    while len(seen) < pairs:
        code = "".join(rng.choice(_CHARS) for _ in range(5))
        if code in seen:
            continue
        seen.add(code)
        name = code + "委员会"
        glued = "纵容" + name
        clause = f"不得{glued}。{name}依法处理，".ljust(CLAUSE, "。")
        start = offset + 2
        by_name[glued] = NamedEntity(glued, "Organization", [Mention(start, start + len(glued))])
        second = start + len(glued) + 1
        by_name[name] = NamedEntity(name, "Organization", [Mention(second, second + len(name))])
        text.append(clause)
        offset += len(clause)
    return by_name, "".join(text)


def seconds(megabytes: int) -> float:
    best = float("inf")
    for _ in range(3):
        by_name, text = document(megabytes)
        began = time.perf_counter()
        merge_glued(by_name, text, {})
        best = min(best, time.perf_counter() - began)
        assert len(by_name) == len(text) // CLAUSE  # every glued name went
    return best


def main() -> None:
    merge_glued(*document(1)[:2], {})  # load the evidence once
    times = [seconds(size) for size in SIZES_MB]
    for size, took in zip(SIZES_MB, times, strict=True):
        print(f"{size:>3} MB: {took:.2f} s")
    growth = [round(b / a, 2) for a, b in itertools.pairwise(times)]
    print(f"growth per 4x: {growth}")


if __name__ == "__main__":
    main()
