"""Reach of the two readings of session 26 on the scale corpus (issue 19): bodies named by
their scope (`international_bodies`: 国际某某联合会) and bodies written with the bare level
of the document's own place (`own_level`: 市律师协会 in a regulation of 本市).

Every law of the corpus (`scale_corpus.read_corpus`, gold documents left out) the reading
can touch (a scope word within twelve characters before a membership head; 本 and a level)
is extracted with the reading and without it; each label gained or lost is printed with the
sentence of its first use, for reading by hand.

    .venv/bin/python benchmarks/reach_scope_bodies.py --reading international [--corpus DIR]
    .venv/bin/python benchmarks/reach_scope_bodies.py --reading own-level
"""

from __future__ import annotations

import argparse
import re
import sys
from pathlib import Path

from list_entity_labels import labels_of
from policykg.ingest.extract import entities, head_names
from policykg.ingest.extract.international_bodies import MEMBERSHIP_HEADS, SCOPE_WORDS
from policykg.ingest.extract.own_level import LEVELS
from policykg.ingest.script import to_simplified

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "scripts"))
from scale_corpus import DEFAULT_CORPUS, read_corpus

_TOUCHED = {
    "international": re.compile(
        f"(?:{'|'.join(SCOPE_WORDS)})[^，。、；：\\s]{{1,12}}?(?:{'|'.join(MEMBERSHIP_HEADS)})"
    ),
    "own-level": re.compile(f"本[{LEVELS}]"),
}
# each reading, switched off: the module attribute its caller reads, and what it returns off
_SWITCHES = {
    "international": (entities, "international_bodies", lambda text, tokens: []),
    "own-level": (head_names, "own_levels", lambda text, start, end: frozenset()),
}


def _labels(path: Path, reading: str, on: bool) -> set[str]:
    module, name, off = _SWITCHES[reading]
    original = getattr(module, name)
    if not on:
        setattr(module, name, off)
    try:
        return set(labels_of(path))
    finally:
        setattr(module, name, original)


def _sentence(text: str, label: str) -> str:
    at = text.find(label)
    if at < 0:
        return ""
    start = max(text.rfind("。", 0, at), text.rfind("\n", 0, at)) + 1
    end = min(x for x in (text.find("。", at), text.find("\n", at), len(text)) if x >= 0)
    return text[start : end + 1].strip()[:160]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--reading", choices=sorted(_SWITCHES), required=True)
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    args = parser.parse_args()
    touched = _TOUCHED[args.reading]
    files = gained = lost = 0
    for law in read_corpus(args.corpus):
        if not touched.search(to_simplified(law.text)):
            continue
        files += 1
        path = args.corpus / law.path
        before = _labels(path, args.reading, on=False)
        after = _labels(path, args.reading, on=True)
        for label in sorted(after - before):
            gained += 1
            print(f"+\t{label}\t{law.path}\t{_sentence(law.text, label)}")
        for label in sorted(before - after):
            lost += 1
            print(f"-\t{label}\t{law.path}\t{_sentence(law.text, label)}")
    print(
        f"# {args.reading}: {files} files the reading can touch; {gained} labels gained, {lost} lost"
    )


if __name__ == "__main__":
    main()
