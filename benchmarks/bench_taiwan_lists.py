"""Taiwan's boards and listed funds (issue 19, session 19) on 1, 4 and 16 MB of Taiwan's
laws: linear? And what the two readings find there (`--show N`: the N commonest).

The text is the scale corpus's mojLawSplitJSON records, rendered as ingest reads them
(`scripts/scale_corpus.read_corpus`), in sorted order, concatenated until the size is
reached (Simplified), segmented once (not timed); each stage is then timed once per size
(CPU time of the process: the machine is shared) after a warm-up call that loads its data.
`fund readings` is fundnames.read_funds whole (the list's readings run inside it, per head).
`--list` times entities.recognise on one list of 1000, 2000 and 4000 boards instead
(港務審議會、×N, written for the benchmark): lists.coordinated walks a list past the names
found in it, which must stay linear in the list's length.

    cd benchmarks && ../.venv/bin/python bench_taiwan_lists.py [--corpus ../../shared/corpus/scale]
"""

from __future__ import annotations

import argparse
import sys
import time
from collections import Counter
from pathlib import Path

from bench_recognisers import MB
from policykg.ingest.extract.board_names import board_names
from policykg.ingest.extract.entities import recognise
from policykg.ingest.extract.fundnames import named, read_funds
from policykg.ingest.extract.phrases import tokenise
from policykg.ingest.script import to_simplified

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "scripts"))
from scale_corpus import read_corpus


def records_text(corpus: Path, size: int) -> str:
    """Taiwan's records of the corpus as ingest renders them, until `size` bytes."""
    parts, total = [], 0
    for law in read_corpus(corpus):
        if law.collection != "mojLawSplitJSON":
            continue
        parts.append(law.text)
        total += len(law.text.encode("utf-8"))
        if total >= size:
            break
    return "\n".join(parts)


def taiwan_text(corpus: Path, size: int) -> str:
    return to_simplified(records_text(corpus, size))


def main() -> None:
    parser = argparse.ArgumentParser(description=(__doc__ or "").split("\n\n")[0])
    parser.add_argument("--corpus", type=Path, default=Path("../../shared/corpus/scale"))
    parser.add_argument("--show", type=int, default=0)
    parser.add_argument("--list", action="store_true")
    args = parser.parse_args()
    if args.list:
        long_list()
        return
    warm = "得申请电业争议调处审议会处理，隶属于经济特别收入基金项下"
    warm_tokens = tokenise(warm, 0, len(warm))
    board_names(warm_tokens)
    read_funds(warm_tokens)
    for size in (1, 4, 16):
        text = taiwan_text(args.corpus, size * MB)
        tokens = tokenise(text, 0, len(text))
        for label, stage in (
            ("boards", board_names),
            ("fund readings", lambda tokens: named(read_funds(tokens))),
        ):
            started = time.process_time()
            found = stage(tokens)
            seconds = time.process_time() - started
            print(f"{size:>3} MB  {label:<13}  {len(found):>6} found  {seconds:.2f} s")
            if args.show and size == 16:
                names = Counter(c.name_in(text) for c in found)
                print("   ", ", ".join(f"{n} ×{k}" for n, k in names.most_common(args.show)))


def long_list() -> None:
    recognise("港务审议会、", 0, 6)  # warm-up: loads the data
    for count in (1000, 2000, 4000):
        text = to_simplified("港務審議會、" * count)
        started = time.process_time()
        found = recognise(text, 0, len(text))
        seconds = time.process_time() - started
        print(f"{count:>5} items  {len(found):>5} found  {seconds:.2f} s")


if __name__ == "__main__":
    main()
