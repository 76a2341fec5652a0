"""The organisation labels of a seeded sample of the scale corpus, one line per label and file,
with the number of mentions, the rules that found them and the first mention's sentence, to
judge by hand and to diff two branches (issue 19, session 28; the sample is
`list_entity_labels.sample`, so the seeds are the same):

    .venv/bin/python benchmarks/org_labels_in_context.py --seed 271 > before.tsv
"""

from __future__ import annotations

import argparse
from pathlib import Path

from list_entity_labels import SCALE, sample
from policykg.ingest.extract import extract
from policykg.ingest.pipeline import process_file

from policykg.errors import PolicyKGError

_BEFORE, _AFTER = 30, 30  # characters of the first mention's context


def print_organisations(path: Path, root: Path) -> None:
    """One line per organisation label of the file: label, mentions, rules, file, context."""
    try:
        record = process_file(path)
    except PolicyKGError:
        return
    for document in (record, *record.annexes):
        text = document.clean.text
        for entity in extract(document).entities:
            if entity.kind != "Organization" or not entity.mentions:
                continue
            rules = ",".join(sorted({m.rule.removeprefix("rule:") for m in entity.mentions}))
            first = entity.mentions[0]
            context = text[max(0, first.start - _BEFORE) : first.end + _AFTER]
            print(
                f"{entity.name}\t{len(entity.mentions)}\t{rules}\t"
                f"{path.relative_to(root)}\t{context.replace(chr(10), ' ')}"
            )


def main() -> None:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--scale", type=int, default=300)
    parser.add_argument("--seed", type=int, default=19)
    parser.add_argument("--root", type=Path, default=SCALE)
    args = parser.parse_args()
    for path in sample(args.root, args.scale, args.seed):
        print_organisations(path, args.root)


if __name__ == "__main__":
    main()
