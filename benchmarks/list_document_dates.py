"""Where the document dates of the scale corpus come from, for a reader to check (issue #20).

    .venv/bin/python benchmarks/list_document_dates.py versions    # LawRefBook: version dates
    .venv/bin/python benchmarks/list_document_dates.py order       # mojLaw: dates out of order

`versions` counts the LawRefBook files whose eli:version_date comes from the text, from
the file's name (某法(2017-11-04).md) or from neither, with three names of each kind.
`order` lists the Taiwan law records whose document date falls after their entry into
force, or whose entry into force falls after their end (what the gate's
pkgsh:DateOrderShape warns of): file, title, the problem, and the text around the
in-force date. Reading and metadata only (no extraction, no store).
"""

from __future__ import annotations

import argparse
from collections import Counter, defaultdict
from pathlib import Path

from policykg.graph.build import document_date
from policykg.ingest.pipeline import process_file

from policykg.errors import InputError

SCALE = Path(__file__).resolve().parent.parent.parent / "shared" / "corpus" / "scale"


def versions(root: Path) -> None:
    counts: Counter = Counter()
    examples: dict = defaultdict(list)
    for path in sorted(root.rglob("*.md")):
        try:
            record = process_file(path)
        except InputError:
            counts["refused (malformed)"] += 1
            continue
        found = [d for d in record.dates if d.role == "version"]
        source = "name" if found and found[0].from_file_name else "text" if found else "none"
        dated = path.stem.endswith(")") and "(" in path.stem
        key = f"version from {source}, {'dated' if dated else 'plain'} file name"
        counts[key] += 1
        examples[key].append(path.name)
    for key, count in sorted(counts.items()):
        print(f"{count}\t{key}\t{' '.join(examples[key][:3])}")


def _later(a: str, b: str) -> bool:
    n = min(len(a), len(b))
    return a[:n] > b[:n]


def order(root: Path) -> None:
    for path in sorted(root.rglob("*.json")):
        try:
            record = process_file(path)
        except InputError:
            continue
        for doc in (record, *record.annexes):
            roles = {d.role: d for d in doc.dates}
            chosen = document_date(doc.dates)
            dated = chosen.value.lexical() if chosen else None
            force, until = roles.get("in_force"), roles.get("valid_until")
            problems = []
            if dated and force and _later(dated, force.value.lexical()):
                problems.append(f"date {dated} > in force {force.value.lexical()}")
            if force and until and _later(force.value.lexical(), until.value.lexical()):
                problems.append("in force > valid until")
            if dated and until and _later(dated, until.value.lexical()):
                problems.append("date > valid until")
            if problems:
                text = record.clean.text
                around = text[max(0, force.start - 80) : force.end + 30] if force else ""
                fields = (path.name, doc.title, "; ".join(problems), around.replace("\n", "⏎"))
                print(*fields, sep="\t")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("what", choices=("versions", "order"))
    parser.add_argument("--root", type=Path, default=SCALE)
    args = parser.parse_args()
    if args.what == "versions":
        versions(args.root / "LawRefBook-Laws")
    else:
        order(args.root / "mojLawSplitJSON")


if __name__ == "__main__":
    main()
