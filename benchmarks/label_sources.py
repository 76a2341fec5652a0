"""Which function of `entities.recognise` made each of the given labels (issue 19): group the
bad labels of a hand-checked sample by the code that produced them.

    .venv/bin/python benchmarks/label_sources.py --seed 7 LABELS_FILE

LABELS_FILE holds one label a line (or a `labels_checked_*.tsv`: the column `label` is read).
The script samples the scale corpus as `list_entity_labels.py --scale 300 --seed N` does,
wraps the candidate sources of `entities` (the head path, `quoted_before_head`, `_two_names`,
`_quoted_names`, `_known`, `abbreviated_bodies`, `_phases`, `enumerated`, `coordinated`, `named` (the funds),
`local_bodies`, `bodies_named_in_full`, `branch_bodies`, and a
merge by `longest`) to record which made each candidate first, and prints one line per label
found (source, label, file) and the count per source. Labels are matched in Simplified script.
A measuring tool: it changes nothing the extractor stores.
"""

from __future__ import annotations

import argparse
from collections import Counter
from pathlib import Path

from list_entity_labels import SCALE, labels_of, sample
from policykg.ingest.extract import entities, head_names, run
from policykg.ingest.script import to_simplified

from policykg.errors import PolicyKGError

# each source, by the module that calls it (the head-noun reading moved to head_names.py)
SOURCES = (
    (head_names, "quoted_before_head"),
    (head_names, "_two_names"),
    (entities, "quoted_names"),
    (entities, "known_names"),
    (entities, "abbreviated_bodies"),
    (entities, "phases"),
    (entities, "enumerated"),
    (entities, "coordinated"),
    (entities, "named"),  # fundnames.named: the fund readings (fund_names before 96a8664)
    (entities, "local_bodies"),
    (entities, "bodies_named_in_full"),
    (entities, "branch_bodies"),
)


class Tracer:
    """Records, per paragraph's text, the first source that gave each candidate's name."""

    def __init__(self) -> None:
        self.source: dict[str, str] = {}
        self.text = ""

    def wrap(self, name: str, function):
        def traced(*args, **kwargs):
            out = function(*args, **kwargs)
            for candidate in out:
                self.source.setdefault(candidate.name_in(self.text), name)
            return out

        return traced

    def install(self) -> None:
        for module, name in SOURCES:
            setattr(module, name, self.wrap(name, getattr(module, name)))
        longest = entities.longest

        def merged(candidates):
            out = longest(candidates)
            given = set(candidates)
            for candidate in out:
                if candidate not in given:
                    self.source.setdefault(candidate.name_in(self.text), "longest (merged)")
            return out

        entities.longest = merged
        recognise = entities.recognise

        def traced_recognise(text, start, end, *rest):
            self.text = text
            out = recognise(text, start, end, *rest)
            for candidate in out:  # what no other source gave: a head noun reached leftwards
                self.source.setdefault(candidate.name_in(text), "head")
            return out

        run.recognise = traced_recognise


def read_labels(path: Path) -> set[str]:
    labels = set()
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#") or line.startswith("class\t"):
            continue
        cells = line.split("\t")
        labels.add(to_simplified(cells[1] if len(cells) > 1 else cells[0]).strip())
    return labels


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("labels", type=Path, help="one label a line, or a labels_checked tsv")
    parser.add_argument("--seed", type=int, default=19)
    parser.add_argument("--scale", type=int, default=300)
    parser.add_argument("--root", type=Path, default=SCALE)
    args = parser.parse_args()
    wanted = read_labels(args.labels)
    tracer = Tracer()
    tracer.install()
    found: dict[str, tuple[str, str, str]] = {}
    for path in sample(args.root, args.scale, args.seed):
        tracer.source.clear()
        try:
            labels = labels_of(path)
        except PolicyKGError:  # what ingest refuses too
            continue
        for label in labels:
            simplified = to_simplified(label)
            if simplified in wanted and simplified not in found:
                where = str(path.relative_to(args.root))
                found[simplified] = (tracer.source.get(simplified, "after recognise"), label, where)
    for source, label, where in sorted(found.values()):
        print(f"{source}\t{label}\t{where}")
    print(f"# {len(found)} of {len(wanted)} labels found; by source:", end=" ")
    print(", ".join(f"{s} {n}" for s, n in Counter(s for s, _, _ in found.values()).most_common()))


if __name__ == "__main__":
    main()
