"""Reach of the per-case evidence (per_case_bodies.py, issue 19, session 32) on the scale corpus.

    .venv/bin/python benchmarks/per_case_reach.py labels with OUT_WITH.json
    .venv/bin/python benchmarks/per_case_reach.py labels without OUT_WITHOUT.json
    .venv/bin/python benchmarks/per_case_reach.py compare OUT_WITH.json OUT_WITHOUT.json
    .venv/bin/python benchmarks/per_case_reach.py places          # every party + verb + phrase

`labels` reads every file `scale_corpus.read_corpus` yields (gold documents left out) where the
pass finds a phrase formed by a party, and writes its organisation labels, with the evidence or
with `body_classes.formed_for_a_case` switched off (one run each, in separate processes, so no
cache of one run serves the other); `compare` prints what changed, file by file. `places`
prints each place where a party of a case stands before 组建/成立, with its sentence's end and
what follows (tab-separated: file, sentence, verb, phrase), to read by hand.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "scripts"))
from policykg.ingest.extract import body_classes, per_case_bodies
from policykg.ingest.extract.entities import recognise
from policykg.ingest.script import to_simplified
from scale_corpus import DEFAULT_CORPUS, read_corpus


def labels(switched_on: bool, out: Path) -> None:
    if not switched_on:
        body_classes.formed_for_a_case = lambda *_args, **_kwargs: False
    found: dict[str, list[str]] = {}
    for law in read_corpus(DEFAULT_CORPUS):
        text = to_simplified(law.text)
        if per_case_bodies.formed_for_each_case(text):
            candidates = recognise(text, 0, len(text))
            found[law.path] = sorted(
                {c.name_in(text) for c in candidates if c.kind == "Organization"}
            )
    out.write_text(json.dumps(found, ensure_ascii=False, indent=1), "utf-8")
    print(f"{len(found)} files where the evidence fires")


def compare(with_path: Path, without_path: Path) -> None:
    with_, without = (json.loads(p.read_text("utf-8")) for p in (with_path, without_path))
    changed = 0
    for path, names in with_.items():
        dropped, added = set(without[path]) - set(names), set(names) - set(without[path])
        changed += bool(dropped or added)
        for name in sorted(dropped):
            print(f"dropped\t{name}\t{path}")
        for name in sorted(added):
            print(f"added\t{name}\t{path}")
    print(f"# {len(with_)} files fire, {changed} change")


def places() -> None:
    for law in read_corpus(DEFAULT_CORPUS):
        text = to_simplified(law.text)
        for match in per_case_bodies._FORMED.finditer(text):
            before = text[max(0, match.start() - per_case_bodies.SENTENCE_BEFORE) : match.start()]
            sentence = per_case_bodies._SENTENCE_END.split(before)[-1]
            if per_case_bodies.party_of_a_case(sentence):
                after = text[match.end() : match.end() + per_case_bodies.CLAUSE_AFTER]
                end = per_case_bodies._CLAUSE_END.search(after)
                phrase = after[: end.start()] if end else after
                print(f"{law.path}\t{sentence[-25:]}\t{match.group()}\t{phrase}")


def main() -> None:
    command, *rest = sys.argv[1:]
    if command == "labels":
        labels(rest[0] == "with", Path(rest[1]))
    elif command == "compare":
        compare(Path(rest[0]), Path(rest[1]))
    else:
        places()


if __name__ == "__main__":
    main()
