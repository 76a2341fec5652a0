"""The fund reader over every line with a fund head of the whole scale corpus, to measure what
a change to the reader's rules reaches (issue 19, session 25). Faster than `fund_reach.py`
(no ingest, no document context: 本基金 and defined short forms are not seen), so it can read
all 4,173 laws instead of a sample.

    .venv/bin/python benchmarks/fund_reader_reach.py --out /tmp/reader-after.tsv
    .venv/bin/python benchmarks/fund_reader_reach.py --diff /tmp/reader-before.tsv /tmp/reader-after.tsv

One TSV line per name read: the law's path, the name, the line (Simplified, first 160
characters). Gold documents are left out (`scale_corpus.read_corpus`).
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path

from policykg.ingest.extract.fundnames import read_funds
from policykg.ingest.extract.phrases import tokenise
from policykg.ingest.script import to_simplified

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "scripts"))
from scale_corpus import DEFAULT_CORPUS, read_corpus

HEADS = ("基金", "资金")
MAX_LINE = 2000  # characters of a line read: a table flattened into one line stays bounded
SHOWN = 160


def names_read(root: Path) -> list[str]:
    lines = []
    for law in read_corpus(root):
        for line in to_simplified(law.text).split("\n"):
            if not any(head in line for head in HEADS):
                continue
            line = line[:MAX_LINE]
            for reading in read_funds(tokenise(line, 0, len(line))):
                if reading.name is not None:
                    lines.append(f"{law.path}\t{reading.name.name_in(line)}\t{line[:SHOWN]}")
    return lines


def diff(before: Path, after: Path) -> None:
    old = Counter(before.read_text(encoding="utf-8").splitlines())
    new = Counter(after.read_text(encoding="utf-8").splitlines())
    print(f"# names before {sum(old.values())}, after {sum(new.values())}")
    for title, lines in (("dropped", old - new), ("added", new - old)):
        print(f"## {title}: {sum(lines.values())}")
        for line, count in sorted(lines.items()):
            print(f"{count}\t{line}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--root", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--out", type=Path)
    parser.add_argument("--diff", nargs=2, type=Path, metavar=("BEFORE", "AFTER"))
    args = parser.parse_args()
    if args.diff:
        diff(*args.diff)
        return
    lines = names_read(args.root)
    text = "\n".join(lines) + "\n"
    if args.out:
        args.out.write_text(text, encoding="utf-8")
    else:
        sys.stdout.write(text)


if __name__ == "__main__":
    main()
