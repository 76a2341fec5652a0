"""List the links between documents the extraction stage finds, for a reader to check (issue #20).

    .venv/bin/python benchmarks/list_relations.py ../shared/gold-dev/docs/*.md
    .venv/bin/python benchmarks/list_relations.py --scale 5000   # the whole scale corpus

One line per link: file, kind (based_on, repeals, amends, supersedes, extends,
continues_in_force), the rule that found it, the work linked to, and the clause that states
it. `--scale N --seed S` draws the same files as benchmarks/list_events.py.
"""

from __future__ import annotations

import argparse
from collections import Counter
from pathlib import Path

from list_events import SCALE, sample
from policykg.ingest.extract import extract
from policykg.ingest.pipeline import process_file

from policykg.errors import PolicyKGError


def links_of(path: Path):
    record = process_file(path)
    for document in (record, *record.annexes):
        text = document.clean.text
        for relation in extract(document).relations:
            clause = text[relation.mention.start : relation.mention.end].replace("\n", " ")
            yield relation.kind, relation.rule, relation.work.title, clause


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("files", nargs="*", type=Path)
    parser.add_argument("--scale", type=int, metavar="N", help="sample N files of the scale corpus")
    parser.add_argument("--seed", type=int, default=20)
    args = parser.parse_args()
    files = [*args.files, *(sample(SCALE, args.scale, args.seed) if args.scale else [])]
    rules: Counter[str] = Counter()
    for path in files:
        try:
            links = list(links_of(path))
        except PolicyKGError:
            continue
        for kind, rule, title, clause in links:
            rules[rule] += 1
            print("\t".join((path.name, kind, rule, title, clause)))
    print(f"# {len(files)} files; " + ", ".join(f"{r} {n}" for r, n in sorted(rules.items())))


if __name__ == "__main__":
    main()
