"""Cost of the left-boundary step (`name_checks.without_clause_words`, left_boundary.py) on
the candidates of 1, 4 and 16 MB documents (issue 19, session 18): the step runs once per
candidate, whatever recogniser made it, so its time must grow linearly with the text.

    nice -n 10 .venv/bin/python benchmarks/bench_left_boundary.py [--repeats N]

A synthetic document: each 40-character clause holds three candidates, a name with a
clause word glued before it (委任|…管理局 after 得, 经商|外交部, 额度|由市人民政府) and a
coinage before 委员会, so that every call segments a label the caches have not seen. Prints
the seconds for each size (best of N runs, default three) and the growth per 4×.
"""

from __future__ import annotations

import argparse
import itertools
import random
import time

from policykg.ingest.extract.name_checks import without_clause_words
from policykg.ingest.extract.records import Candidate

CLAUSE = 40  # characters of text per three candidates
SIZES_MB = (1, 4, 16)
_CHARS = "甪甭甯甮甴甶畀畁畂畃畄畅畇畈畉畊畋畍畎畐畑畒畓畕畖畗畘"


def document(megabytes: int) -> tuple[str, list[Candidate]]:
    clauses = megabytes * 1_000_000 // (3 * CLAUSE)  # 3 bytes a character in UTF-8
    rng = random.Random(megabytes)
    text: list[str] = []
    found: list[Candidate] = []
    offset = 0
    for _ in range(clauses):
        code = "".join(rng.choice(_CHARS) for _ in range(4))
        names = (f"委任{code}管理局", "经商外交部", f"{code}委员会")
        clause = f"得{names[0]}，{names[1]}，{names[2]}".ljust(CLAUSE, "。")
        position = offset
        for name in names:
            position = clause.index(name, position - offset) + offset
            found.append(Candidate("Organization", position, position + len(name)))
        text.append(clause)
        offset += len(clause)
    return "".join(text), found


def seconds(megabytes: int, repeats: int) -> float:
    best = float("inf")
    for _ in range(repeats):
        text, found = document(megabytes)
        began = time.perf_counter()
        for candidate in found:
            without_clause_words(text, candidate)
        best = min(best, time.perf_counter() - began)
    return best


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeats", type=int, default=3)
    repeats = parser.parse_args().repeats
    times = [seconds(size, repeats) for size in SIZES_MB]
    for size, taken in zip(SIZES_MB, times, strict=True):
        print(f"{size:>3} MB: {taken:.2f} s", flush=True)
    print("growth per 4x:", ", ".join(f"{b / a:.2f}" for a, b in itertools.pairwise(times)))


if __name__ == "__main__":
    main()
