"""Check the boundary evidence (issue 19) on glued labels and on correct names.

    .venv/bin/python benchmarks/check_boundaries.py [--gold ../shared/gold-dev ../shared/gold]

1. Glued labels: the labels quoted in issue 19 (the embedded corpus and a 300-file sample
   of the scale corpus) where words were glued before a name; each with the name it should
   be cut to. `trim_name` must return that name.
2. Correct names: every organisation name of the gold folders (hand-made annotations);
   `trim_name` must return each whole. Reported for all names and for those rjieba cuts into
   two words or more (a one-word name cannot be cut).
3. With `--extracted FILE...`: what `trim_name` would change in the labels that today's
   extractor gives those files (organisations, platforms, funds), one line each.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

from policykg.ingest.extract.boundary_evidence import load_evidence

ROOT = Path(__file__).resolve().parents[1]
# (label as quoted in issue 19, the name in it)
GLUED = [
    ("中央高度重視河套合作區", "河套合作區"),
    ("充分肯定特區政府", "特區政府"),
    ("特區政府高層次督導河套香港園區", "河套香港園區"),
    ("積極壯大創科人才庫", "創科人才庫"),
    ("發展河套合作區", "河套合作區"),
    ("致力發展河套香港園區", "河套香港園區"),
    ("又稱河套深圳園區公司", "河套深圳園區公司"),
    ("有助河套園區", "河套園區"),
    ("三人报教育部", "教育部"),
    ("不征询香港特别行政区政府", "香港特别行政区政府"),
    ("06015", ""),
    ("一九五○年三月三日中央人民政府政务院", "中央人民政府政务院"),
    # the patterns in unseen statutes: 第N條 + a body; 會商/洽商 + a ministry;
    # 係指 + a law's title; two names joined by a conjunction
    ("第十二條經濟部", "經濟部"),
    ("會商外交部", "外交部"),
    ("洽商財政部", "財政部"),
    ("係指中華民國憲法", "中華民國憲法"),
    ("上级公安机关和同级人民政府", "同级人民政府"),
    ("代表团及办事处", "办事处"),
    ("特區政府及港深創科園公司", "港深創科園公司"),
]


def gold_names(folders: list[Path]) -> list[str]:
    names: dict[str, None] = {}
    for folder in folders:
        for path in sorted(folder.glob("*.json")):
            for org in json.loads(path.read_text(encoding="utf-8")).get("organizations", []):
                names[org["name"]] = None
    return list(names)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "--gold", type=Path, nargs="+", default=[ROOT / ".." / "shared" / "gold-dev"]
    )
    parser.add_argument("--extracted", type=Path, nargs="*", default=[])
    args = parser.parse_args(argv)
    started = time.monotonic()
    ev = load_evidence()
    print(f"loaded in {time.monotonic() - started:.2f} s")
    right = 0
    print("\n## glued labels")
    for label, expected in GLUED:
        got = ev.trim_name(label)
        ok = got == expected
        right += ok
        why = [(w, [r for r, _ in ev.votes(w)]) for w, _, _ in ev.segment(label) if ev.votes(w)]
        print(f"{'ok ' if ok else 'BAD'} {label} → {got or '∅'} (expected {expected or '∅'}) {why}")
    print(f"glued: {right}/{len(GLUED)} cut where the name begins")
    names = gold_names(args.gold)
    kept = multi = multi_kept = 0
    print("\n## correct names")
    for name in names:
        got = ev.trim_name(name)
        words = len(ev.segment(name))
        multi += words > 1
        if got == name:
            kept += 1
            multi_kept += words > 1
        else:
            print(f"CUT {name} → {got} ({'|'.join(w for w, _, _ in ev.segment(name))})")
    print(f"names: {kept}/{len(names)} kept whole; of {multi} with two words or more: {multi_kept}")
    if args.extracted:
        extracted(ev, args.extracted)
    return 0


def extracted(ev, paths: list[Path]) -> None:
    from policykg.ingest.extract.run import extract
    from policykg.ingest.pipeline import process_file

    print("\n## labels of today's extractor")
    total = changed = 0
    for path in paths:
        labels = {(e.kind, e.name) for e in extract(process_file(path)).entities}
        for kind, name in sorted(labels):
            total += 1
            trimmed = ev.trim_name(name)
            if trimmed != name:
                changed += 1
                print(f"{path.name}\t{kind}\t{name} → {trimmed or '∅'}")
    print(f"labels: {total}, changed by trim_name: {changed}")


if __name__ == "__main__":
    sys.exit(main())
