"""What the reader of a body's unit lists (issue 19, session 22) changes in the scale
corpus: the labels the extraction gives with it and without it, file by file.

    .venv/bin/python benchmarks/unit_list_reach.py --scale 300 --seed 22   # seeded sample
    .venv/bin/python benchmarks/unit_list_reach.py --lists                 # every file with a list

`--lists` takes every file of the scale corpus (gold documents left out, as the build
scripts leave them out) in which `unit_lists.read_unit_lists` finds a list. Each file is
extracted twice, the second time with `entities.listed_units` switched off, and the
organisation labels that differ are printed (`+` added by the reader, `-` gone with it),
then the totals.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from unittest import mock

from policykg.ingest.extract import entities
from policykg.ingest.extract.unit_lists import read_unit_lists
from policykg.ingest.script import to_simplified

from policykg.errors import PolicyKGError

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "scripts"))
from list_entity_labels import labels_of, sample
from scale_corpus import DEFAULT_CORPUS, read_corpus


def files_with_lists(root: Path) -> list[Path]:
    return [
        root / law.path for law in read_corpus(root) if read_unit_lists(to_simplified(law.text))
    ]


def main() -> None:
    parser = argparse.ArgumentParser(description=(__doc__ or "").split("\n\n")[0])
    parser.add_argument("--scale", type=int, metavar="N", help="sample N files of the corpus")
    parser.add_argument("--seed", type=int, default=22)
    parser.add_argument("--lists", action="store_true", help="every file with a unit list")
    parser.add_argument("--root", type=Path, default=DEFAULT_CORPUS)
    args = parser.parse_args()
    files = files_with_lists(args.root) if args.lists else sample(args.root, args.scale, args.seed)
    added = removed = changed_files = 0
    for path in files:
        try:
            with_reader = set(labels_of(path))
            with mock.patch.object(entities, "listed_units", lambda *a, **k: []):
                without = set(labels_of(path))
        except PolicyKGError:
            continue
        plus, minus = sorted(with_reader - without), sorted(without - with_reader)
        changed_files += bool(plus or minus)
        added, removed = added + len(plus), removed + len(minus)
        name = path.relative_to(args.root)
        for label in plus:
            print(f"+\t{label}\t{name}")
        for label in minus:
            print(f"-\t{label}\t{name}")
    print(f"# {len(files)} files, {changed_files} changed: {added} labels added, {removed} gone")


if __name__ == "__main__":
    main()
