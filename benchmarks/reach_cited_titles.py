"""Reach of a reader of bare titles (issue 19, session 22): the cited works `find_citations`
adds with it on a seeded sample of the scale corpus, against the same run without it.

    nice .venv/bin/python benchmarks/reach_cited_titles.py --reader kind_titles --files 4000
    nice .venv/bin/python benchmarks/reach_cited_titles.py --reader short_law_titles
    nice .venv/bin/python benchmarks/reach_cited_titles.py --reader _own_title_written --files 5000

(`_own_title_written` is no reader but a check: without it the own title's words after its
place are read as a cited work, so its reach shows as works removed.)

Prints the count of files, of works added and removed, and `--show` of the added works at
random (seeded), each with the words around its first mention, to be read by hand.
"""

from __future__ import annotations

import argparse
import random
import sys
from pathlib import Path

from policykg.ingest.extract import citations

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "scripts"))
from scale_corpus import DEFAULT_CORPUS, read_corpus

READERS = ("kind_titles", "short_law_titles", "_own_title_written")


def _titles(text: str, title: str) -> set[str]:
    return {work.title for work in citations.find_citations(text, 0, len(text), title)[0]}


def main() -> None:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--reader", choices=READERS, default=READERS[0])
    parser.add_argument("--files", type=int, default=300)
    parser.add_argument("--seed", type=int, default=22)
    parser.add_argument("--show", type=int, default=30)
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    args = parser.parse_args()
    laws = list(read_corpus(args.corpus))
    sample = random.Random(args.seed).sample(laws, min(args.files, len(laws)))
    reader = getattr(citations, args.reader)
    added, removed = [], []
    for law in sample:
        with_it = _titles(law.text, law.title)
        setattr(citations, args.reader, lambda *_: {} if args.reader.startswith("_") else [])
        without = _titles(law.text, law.title)
        setattr(citations, args.reader, reader)
        for title in sorted(with_it - without):
            at = law.text.find(title)
            around = law.text[max(0, at - 6) : at], law.text[at + len(title) : at + len(title) + 5]
            added.append((law.path.rsplit("/", 1)[-1], around[0], title, around[1]))
        removed += [(law.path, title) for title in sorted(without - with_it)]
    print(f"{args.reader}: {len(sample)} files, {len(added)} works added, {len(removed)} removed")
    for row in random.Random(0).sample(added, min(args.show, len(added))):
        print("  ", " | ".join(part.replace("\n", " ") for part in row))
    for row in removed:
        print("  removed:", *row)


if __name__ == "__main__":
    main()
