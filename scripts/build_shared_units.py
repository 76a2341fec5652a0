"""Build the units that many bodies list under one name (issue 19, session 22):
`shared_units.tsv`.

    .venv/bin/python scripts/build_shared_units.py [--corpus ../shared/corpus/scale]
        [--moj MIRROR]

Writes `ingest/resources/shared_units.tsv`, read by `policykg.ingest.extract.unit_lists`:
a unit a body's own list names (本部設下列司、處：一、…) is not read as a name when it is
one of these, the units whose name alone says which unit of which body it is for none.

Source: the lists of a body's units in Taiwan's orders (office rules, organisation rules:
本館設下列組、室：一、研究組。…), read with the extractor's own reader
(`unit_lists.read_unit_lists`) over each record's Simplified text: the scale corpus's
mojLawSplitJSON records and, with `--moj`, every record of the Ministry of Justice
database's orders in a checkout or git mirror of kong0107/mojLawSplitJSON (its
FalVMingLing/, 11,547 records at commit 0d26e6c; the scale corpus holds 2,603 of them).
A unit is kept when the lists of MIN_BODIES bodies or more name it: the auxiliary offices
every body has, named by their function (秘書室, 人事室, 主計室, 政風室), the departments
every hospital has (外科, 藥劑科) and the units named by a common field (研究組, 工務組,
綜合規劃處), which belong to one body only with its name. A body is the body a record's
title names before the words of an organisation rule (…處務規程, …辦事細則, …組織規程:
文化部處務規程 → 文化部), else the title itself, so two versions of one body's rules
count once. Records of the gold sets are left out (scripts/held_out.py).

Columns: unit (Simplified), bodies (that list it), example (one body).
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
from collections import defaultdict
from collections.abc import Iterator
from pathlib import Path

from policykg.ingest.extract.unit_lists import body_of_title, read_unit_lists
from policykg.ingest.mojlaw import render_record
from policykg.ingest.script import to_simplified

sys.path.insert(0, str(Path(__file__).resolve().parent))
from held_out import held_out_beside
from scale_corpus import DEFAULT_CORPUS, read_corpus, write_table

OUTPUT = Path(__file__).resolve().parents[1] / "ingest" / "resources" / "shared_units.tsv"
FORMAT = "policykg-shared-units 1"
MIN_BODIES = 2
MOJ_COMMIT = "0d26e6c7c759821bbb6465162ffe149af5aed203"
ORDERS = "FalVMingLing"


def body_of(title: str) -> str:
    """The body a title's organisation rule is about (Simplified), or the title."""
    simplified = to_simplified(title)
    return body_of_title(simplified) or simplified


def moj_records(mirror: Path, corpus: Path) -> Iterator[tuple[str, str]]:
    """(title, text) of every order of a mojLawSplitJSON checkout or git mirror (taken at
    MOJ_COMMIT with `git archive`), less the gold documents."""
    held = held_out_beside(corpus.resolve())
    with tempfile.TemporaryDirectory() as folder:
        root = mirror
        if not (mirror / ORDERS).is_dir():
            archive = subprocess.run(
                ["git", "-C", str(mirror), "archive", MOJ_COMMIT, ORDERS],
                check=True,
                capture_output=True,
            ).stdout
            subprocess.run(["tar", "-x", "-C", folder], input=archive, check=True)
            root = Path(folder)
        for path in sorted((root / ORDERS).glob("*.json")):
            try:
                text = render_record(path.read_bytes(), path)
            except Exception:  # not a law record: skipped, as ingest would reject it
                continue
            title = text.split("\n", 1)[0].lstrip("# ").strip()
            if not held.match(f"mojLawSplitJSON/{ORDERS}/{path.name}", title, text):
                yield title, text


def build(corpus: Path, mirror: Path | None = None) -> list[tuple[str, int, str]]:
    records = [(law.title, law.text) for law in read_corpus(corpus)]
    if mirror is not None:
        records += list(moj_records(mirror, corpus))
    bodies: dict[str, set[str]] = defaultdict(set)
    for title, text in records:
        text = to_simplified(text)
        for found in read_unit_lists(text):
            for a, b in found.units:
                bodies[text[a:b]].add(body_of(title))
    return sorted(
        (unit, len(owners), min(owners))
        for unit, owners in bodies.items()
        if len(owners) >= MIN_BODIES
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").split("\n")[0])
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--moj", type=Path, help="a checkout or git mirror of mojLawSplitJSON")
    parser.add_argument("--output", type=Path, default=OUTPUT)
    args = parser.parse_args(argv)
    rows = build(args.corpus, args.moj)
    source = f"; and kong0107/mojLawSplitJSON {ORDERS} at {MOJ_COMMIT[:7]}" if args.moj else ""
    write_table(
        args.output,
        FORMAT,
        "build_shared_units.py",
        __doc__ or "",
        f"{len(rows)} shared units{source}",
        ("unit", "bodies", "example"),
        rows,
    )
    print(f"{len(rows)} shared units → {args.output}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
