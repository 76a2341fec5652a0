"""The reach of title_subjects.py on the scale corpus (issue #19, session 28).

    .venv/bin/python benchmarks/title_subject_reach.py --titles titles.tsv
    .venv/bin/python benchmarks/title_subject_reach.py --labels titles.tsv > labels.txt

`--titles OUT`: every law of the corpus (`scale_corpus.read_corpus`, gold documents left out)
whose own title has a subject (`title_subjects.title_subject`), one a line: path, title,
subject, kind, the body's whole mentions, its 本 + head pointers, and whether the rule names
it (tab-separated). Needs the branch's code.

`--labels FILE`: for each path of such a file, the document's Fund and Platform labels with
their mention counts (JSON), to compare main's run with the branch's. Imports only the
extractor, so it runs with main's environment too.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "scripts"))
from scale_corpus import DEFAULT_CORPUS, read_corpus  # noqa: E402


def write_titles(out: Path) -> None:
    from policykg.ingest.extract import title_subjects
    from policykg.ingest.script import to_simplified

    rows = []
    for law in read_corpus(DEFAULT_CORPUS):
        subject = title_subjects.title_subject(law.title.strip())
        if subject is None:
            continue
        text, name = to_simplified(law.text), to_simplified(subject.name)
        body = (text.find("\n"), len(text))
        reading = title_subjects._read(text, *body, name, subject.heads)
        names = title_subjects._names_one_thing(subject, name, reading, text, (0, len(text)))
        counts = (len(reading.whole), len(reading.pointers))
        rows.append((law.path, law.title, subject.name, subject.kind, *counts, names))
    out.write_text("".join("\t".join(map(str, row)) + "\n" for row in rows), encoding="utf-8")
    print(f"{len(rows)} titles with a subject, {sum(row[-1] for row in rows)} name one → {out}")


def print_labels(titles: Path) -> None:
    from policykg.ingest.extract import extract
    from policykg.ingest.pipeline import process_file

    for line in titles.read_text(encoding="utf-8").splitlines():
        path = line.split("\t")[0]
        record = process_file(DEFAULT_CORPUS / path)
        labels = sorted(
            (e.kind, e.name, len(e.mentions))
            for e in extract(record).entities
            if e.kind in ("Fund", "Platform")
        )
        print(path, record.title, json.dumps(labels, ensure_ascii=False))


def main() -> None:
    parser = argparse.ArgumentParser(description=(__doc__ or "").split("\n\n")[0])
    group = parser.add_mutually_exclusive_group(required=True)
    group.add_argument("--titles", type=Path)
    group.add_argument("--labels", type=Path)
    args = parser.parse_args()
    if args.titles:
        write_titles(args.titles)
    else:
        print_labels(args.labels)


if __name__ == "__main__":
    main()
