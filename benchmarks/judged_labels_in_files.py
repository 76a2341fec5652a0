"""Are labels judged bad still given? (issue #19, session 25)

    .venv/bin/python benchmarks/judged_labels_in_files.py J      # every label judged J
    .venv/bin/python benchmarks/judged_labels_in_files.py JS     # J and S

For each distinct label of the given classes in benchmarks/labels_checked_*.tsv, the scale-corpus
files that hold its text (up to three) are extracted (`list_entity_labels.labels_of`) and the
label is printed `kept` when one of them still gives it, `gone` when none does, `nofile` when
no file holds it verbatim. A look at the judged labels in their own documents without
running a whole seeded sample. Cost: one extraction per file that holds a label.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from list_entity_labels import SCALE, labels_of
from policykg.ingest.script import to_simplified

from policykg.errors import PolicyKGError

BENCHMARKS = Path(__file__).resolve().parent
_FILES_PER_LABEL = 3


def judged_of(classes: str) -> dict[str, str]:
    out: dict[str, str] = {}
    for path in sorted(BENCHMARKS.glob("labels_checked_*.tsv")):
        for line in path.read_text(encoding="utf-8").splitlines():
            fields = line.split("\t")
            if len(fields) >= 2 and fields[0] in classes and not line.startswith("#"):
                out.setdefault(fields[1], fields[0])
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("classes", help="the classes to look up (J, JS, F)")
    parser.add_argument("--root", type=Path, default=SCALE)
    args = parser.parse_args()
    files = sorted(p for p in args.root.rglob("*") if p.suffix in (".md", ".json", ".txt"))
    texts = {p: p.read_text(encoding="utf-8", errors="ignore") for p in files}
    given: dict[Path, set[str]] = {}
    for label, found in sorted(judged_of(args.classes).items()):
        holding = [p for p, text in texts.items() if label in text][:_FILES_PER_LABEL]
        for path in holding:
            if path not in given:
                try:
                    given[path] = {to_simplified(name) for name in labels_of(path)}
                except PolicyKGError:  # what ingest refuses too
                    given[path] = set()
        kept = any(to_simplified(label) in given[p] for p in holding)
        state = "nofile" if not holding else ("kept" if kept else "gone")
        print(f"{found}\t{label}\t{state}\t{len(holding)}", flush=True)


if __name__ == "__main__":
    main()
