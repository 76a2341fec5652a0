"""List the dated events the extraction stage finds, for a reader to check (issue #20).

    .venv/bin/python benchmarks/list_events.py                      # the embedded corpus (data/)
    .venv/bin/python benchmarks/list_events.py --scale 300 --seed 20 # a seeded sample of the scale corpus

One line per event: file, date, label (subject + verb + object), and the clause it is told in,
so each can be judged an event or not. The sample is `random.Random(seed).sample` of the
scale corpus's files (.md, .json, .txt) sorted by path, so the same command lists the same
files on any machine holding `../shared/corpus/scale/`.
"""

from __future__ import annotations

import argparse
import random
from pathlib import Path

from policykg.ingest.extract import extract
from policykg.ingest.extract.tidy import tidy_name
from policykg.ingest.pipeline import process_file

from policykg.errors import PolicyKGError

ROOT = Path(__file__).resolve().parent.parent
SCALE = ROOT.parent / "shared" / "corpus" / "scale"


def sample(root: Path, size: int, seed: int) -> list[Path]:
    files = sorted(p for p in root.rglob("*") if p.suffix in (".md", ".json", ".txt"))
    return sorted(random.Random(seed).sample(files, min(size, len(files))))


def events_of(path: Path):
    record = process_file(path)
    for document in (record, *record.annexes):
        text = document.clean.text
        for event in extract(document).events:
            clause = text[event.clause.start : event.clause.end].replace("\n", " ")
            yield event.date.value.lexical(), tidy_name(event.label(text)), clause


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--scale", type=int, metavar="N", help="sample N files of the scale corpus")
    parser.add_argument("--seed", type=int, default=20)
    parser.add_argument("--root", type=Path, default=SCALE)
    args = parser.parse_args()
    files = (
        sample(args.root, args.scale, args.seed)
        if args.scale
        else sorted((ROOT / "data").glob("*.txt"))
    )
    count = with_events = refused = 0
    for path in files:
        try:
            found = list(events_of(path))
        except PolicyKGError:  # what ingest refuses too (an empty index page)
            refused += 1
            continue
        with_events += bool(found)
        for date, label, clause in found:
            count += 1
            name = path.relative_to(args.root) if args.scale else path.name
            print(f"{count}\t{name}\t{date}\t{label}\t{clause}")
    print(f"# {len(files)} files ({refused} unreadable), {with_events} with events, {count} events")


if __name__ == "__main__":
    main()
