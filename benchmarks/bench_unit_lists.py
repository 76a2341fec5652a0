"""The reader of a body's unit lists (issue 19, session 22) on 1, 4 and 16 MB of laws:
linear?

Timed per size: `unit_lists.read_unit_lists` over the whole text (every list and its
items), `inline_units.read_inline_lists` over it (the lists written inline after 設,
session 26), then `unit_lists.listed_units` called once per line, as `entities.recognise` calls
it once per paragraph (the document's units read once, looked up per paragraph), then
`unit_lists.units_of_bodies` over the whole text as one document, with an entity for each
unit (no subject is an entity by its name: each is looked up among the document's
definitions of short forms, 以下简称本部, read once).

The text is the scale corpus's Taiwan records rendered as ingest reads them (the office
rules and organisation acts hold the lists), then its Mainland laws, in sorted order,
folded to Simplified and concatenated until the size is reached (repeated if short).

    .venv/bin/python benchmarks/bench_unit_lists.py [--corpus ../shared/corpus/scale]
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

from policykg.ingest.extract import inline_units, unit_lists
from policykg.ingest.extract.records import Mention, NamedEntity
from policykg.ingest.script import to_simplified

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "scripts"))
from scale_corpus import DEFAULT_CORPUS, read_corpus

MB = 1024 * 1024


def corpus_text(corpus: Path, size: int) -> str:
    laws = sorted(read_corpus(corpus), key=lambda law: law.collection != "mojLawSplitJSON")
    parts, total = [], 0
    while total < size:
        for law in laws:
            part = to_simplified(law.text) + "\n"
            parts.append(part)
            total += len(part.encode("utf-8"))
            if total >= size:
                break
    return "".join(parts)


def main() -> None:
    parser = argparse.ArgumentParser(description=(__doc__ or "").split("\n\n")[0])
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    args = parser.parse_args()
    unit_lists.shared_units()  # the data files, read once
    unit_lists.pointer_endings()
    for size in (1, 4, 16):
        text = corpus_text(args.corpus, size * MB)
        started = time.perf_counter()
        lists = unit_lists.read_unit_lists(text)
        read = time.perf_counter() - started
        started = time.perf_counter()
        inline = inline_units.read_inline_lists(
            text, 0, len(text), unit_lists._subject, unit_lists.pointer_endings()
        )
        inline_read = time.perf_counter() - started
        unit_lists._document_units.cache_clear()
        started = time.perf_counter()
        found = line_start = 0
        while line_start < len(text):
            line_end = text.find("\n", line_start)
            line_end = len(text) if line_end < 0 else line_end
            found += len(unit_lists.listed_units(text, line_start, line_end))
            line_start = line_end + 1
        per_line = time.perf_counter() - started
        units = sum(len(found_list.units) for found_list in lists)
        spans = {(a, b) for found_list in lists for a, b in found_list.units}
        entities = [NamedEntity(text[a:b], mentions=[Mention(a, b)]) for a, b in sorted(spans)]
        started = time.perf_counter()
        parts = unit_lists.units_of_bodies(text, 0, len(text), entities)
        bodies = time.perf_counter() - started
        print(
            f"{size:>3} MB ({len(text):>9} chars)  lists {len(lists):>5}  items {units:>6}"
            f"  read {read:6.3f} s  inline {len(inline):>4} {inline_read:6.3f} s  per line, units named {found:>6} {per_line:6.3f} s"
            f"  units_of_bodies {len(parts):>6} {bodies:6.3f} s"
        )


if __name__ == "__main__":
    raise SystemExit(main())
