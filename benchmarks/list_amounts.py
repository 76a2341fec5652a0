"""List sums of money with what they fund and what they measure, for a reader to check (issue #20).

    .venv/bin/python benchmarks/list_amounts.py data/*.txt            # given files
    .venv/bin/python benchmarks/list_amounts.py --scale 5000 --linked # every linked sum of the scale corpus

One line per sum: file, value, currency, the fund or platform it is linked to (pkg:amount,
with the rule that linked it) or "-", what it is about (pkg:about) or "-", and its purpose
(the clause it measures, pkg:purpose). `--scale N --seed S` draws the same files as
benchmarks/list_events.py.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from list_events import SCALE, sample
from policykg.ingest.extract import extract
from policykg.ingest.pipeline import process_file

from policykg.errors import PolicyKGError


def sums_of(path: Path):
    record = process_file(path)
    for document in (record, *record.annexes):
        text = document.clean.text
        extraction = extract(document)
        links = {id(link.amount): link for link in extraction.funded}
        about = {id(amount): entity.name for amount, entity in extraction.amount_about}
        for amount in extraction.amounts:
            link = links.get(id(amount))
            clause = amount.clause
            yield (
                format(amount.value.normalize(), "f"),
                amount.currency,
                f"{link.entity.name} ({link.rule})" if link else "-",
                about.get(id(amount), "-"),
                text[clause.start : clause.end].replace("\n", " "),
            )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("files", nargs="*", type=Path)
    parser.add_argument("--scale", type=int, metavar="N", help="sample N files of the scale corpus")
    parser.add_argument("--seed", type=int, default=20)
    parser.add_argument("--linked", action="store_true", help="only sums linked to a fund")
    args = parser.parse_args()
    files = [*args.files, *(sample(SCALE, args.scale, args.seed) if args.scale else [])]
    count = linked = 0
    for path in files:
        try:
            rows = list(sums_of(path))
        except PolicyKGError:
            continue
        for row in rows:
            count += 1
            linked += row[2] != "-"
            if row[2] != "-" or not args.linked:
                print("\t".join((path.name, *row)))
    print(f"# {len(files)} files, {count} sums, {linked} linked to a fund or platform")


if __name__ == "__main__":
    main()
