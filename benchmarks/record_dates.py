"""Taiwan law-database records: is the latest change date the database gives (最新異動日期)
one of the document's dates (its enactment, version or day in force)? And how many of a
record's lines does the cleaner drop as page furniture (a record has no pages: none)?
(issue 19, session 29)

Runs `process_file` on every record of the scale corpus (no extraction: read, clean,
segment, describe), prints the records whose date is missed, and the totals:

    .venv/bin/python benchmarks/record_dates.py --root ../shared/corpus/scale [--out dates.tsv]

`--out` writes one line per record (pcode, latest change date, repealed, the dates found) to
compare two revisions line by line.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from policykg.ingest.pipeline import process_file

RECORDS = Path("mojLawSplitJSON") / "FalVMingLing"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--root", type=Path, default=Path("../shared/corpus/scale"))
    parser.add_argument("--out", type=Path)
    parser.add_argument("--quiet", action="store_true", help="totals only")
    args = parser.parse_args()
    files = sorted((args.root / RECORDS).glob("*.json"))
    if not files:
        parser.error(f"no records under {args.root / RECORDS}: give the scale corpus with --root")
    dated = dropped_lines = dropping_records = 0
    lines = []
    for path in files:
        record = json.loads(path.read_text(encoding="utf-8"))
        latest = str(record.get("最新異動日期") or "")
        document = process_file(path)
        found = {fact.role: fact.value.lexical() for fact in document.dates}
        furniture = [
            a for a in document.clean.artefacts if a.kind in ("running_header", "page_number")
        ]
        dropped_lines += len(furniture)
        dropping_records += bool(furniture)
        hit = any(value.replace("-", "") == latest for value in found.values())
        dated += hit
        if not hit and not args.quiet:
            print(f"{path.stem}\t{latest}\t{json.dumps(found, sort_keys=True)}")
        repealed = bool(record.get("廢止註記"))
        lines.append(f"{path.stem}\t{latest}\t{repealed}\t{json.dumps(found, sort_keys=True)}\n")
    if args.out:
        args.out.write_text("".join(lines), encoding="utf-8")
    print(
        f"# {len(files)} records: the latest change date is a document date in {dated}; "
        f"{dropped_lines} lines of {dropping_records} records dropped as page furniture"
    )


if __name__ == "__main__":
    main()
