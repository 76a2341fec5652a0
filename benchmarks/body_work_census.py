"""Every sentence of the scale corpus where a body's work word may stand before its head,
read with and without `body_work` (issue 19, session 30).

The sentences are those holding a verb and a committee's or group's head that the boundary
evidence knows as one unit (审议|委员会, 复审|委员会: `body_work.field_start`'s first test,
read from the units table); each is recognised twice, the rule switched off and on, and
every organisation label that differs is printed with its sentence (`-` gone, `+` new), then
the counts. Gold documents are left out (`scale_corpus.read_corpus`).

    .venv/bin/python benchmarks/body_work_census.py [--root CORPUS] [--limit N]
"""

from __future__ import annotations

import argparse
import re
import sys
from pathlib import Path
from unittest import mock

from policykg.ingest.extract import head_names
from policykg.ingest.extract.body_work import COLLEGIAL_ENDINGS
from policykg.ingest.extract.boundary_evidence import load_evidence
from policykg.ingest.extract.entities import recognise
from policykg.ingest.extract.vocabulary import head_kind
from policykg.ingest.script import to_simplified

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "scripts"))
from scale_corpus import DEFAULT_CORPUS, read_corpus

_SENTENCE = re.compile(r"[^。；！？\n]+")


def work_units() -> list[str]:
    """The verb + collegial head n-grams of the units table, as strings (审议委员会)."""
    evidence = load_evidence()
    found = set()
    for words in evidence.units:
        head = "".join(words[1:])
        if (
            len(words) >= 2
            and evidence.tag(words[0]) == "v"
            and head_kind(head) == "Organization"
            and words[-1].endswith(COLLEGIAL_ENDINGS)
            and evidence.is_unit(list(words))
        ):
            found.add("".join(words))
    return sorted(found, key=len, reverse=True)


def organisations(sentence: str) -> set[str]:
    return {c.name_in(sentence) for c in recognise(sentence, 0, len(sentence))}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--root", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--limit", type=int, default=0, help="stop after N sentences")
    args = parser.parse_args()
    units = re.compile("|".join(map(re.escape, work_units())))
    sentences = gained = lost = 0
    for law in read_corpus(args.root):
        for found in _SENTENCE.finditer(to_simplified(law.text)):
            sentence = found.group(0)
            if not units.search(sentence):
                continue
            sentences += 1
            with mock.patch.object(head_names, "field_start", lambda *_: None):
                before = organisations(sentence)
            after = organisations(sentence)
            for label in sorted(before - after):
                lost += 1
                print(f"-\t{label}\t{law.path}\t{sentence.strip()[:120]}")
            for label in sorted(after - before):
                gained += 1
                print(f"+\t{label}\t{law.path}\t{sentence.strip()[:120]}")
            if args.limit and sentences >= args.limit:
                break
        if args.limit and sentences >= args.limit:
            break
    print(f"# {sentences} sentences, {gained} labels added, {lost} dropped", file=sys.stderr)


if __name__ == "__main__":
    main()
