"""The fund labels the extractor gives on a seeded sample of laws that name a fund head, to
measure what a change to the fund rules reaches beyond the gold sets (issue 19, session 22).

    .venv/bin/python benchmarks/fund_reach.py --scale 400 --regional 400 --seed 22 \
        --regional-root /tmp/funds-dlc --out /tmp/funds-before.tsv
    .venv/bin/python benchmarks/fund_reach.py --diff /tmp/funds-before.tsv /tmp/funds-after.tsv

The sample: files of the scale corpus (`../shared/corpus/scale`, Mainland Markdown and Taiwan
JSON) and of the LawRefBook regional laws (a `git archive` of `DLC/` of LawRefBook/Laws,
`--regional-root`: `git -C LAWREFBOOK archive 2f4c5c2 DLC | tar -x -C /tmp/funds-dlc`) whose text holds a fund head (基金, 资金, 经费 in either script), drawn
with the seed, in sorted order, gold documents left out (`scale_corpus.read_corpus`, `read_regional`). Each file goes through the whole ingest reading
(`process_file`, `extract`); one TSV line per fund label: the file, the label, its rules and
the sentence of its first mention. `--diff` prints the labels one run has and the other
lacks, the file and the sentence with each, for a reader to judge.
"""

from __future__ import annotations

import argparse
import random
import re
import sys
from pathlib import Path

from policykg.ingest.extract import extract
from policykg.ingest.pipeline import process_file

from policykg.errors import PolicyKGError

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "scripts"))
from scale_corpus import DEFAULT_CORPUS as SCALE
from scale_corpus import read_corpus, read_regional

_FUND_HEAD = re.compile("基金|资金|資金|经费|經費")
_SENTENCE = re.compile(r"[^。；\n]*")


def _scale_files(size: int, seed: int) -> list[Path]:
    """Files of the scale corpus that name a fund head, gold documents left out."""
    files = [SCALE / law.path for law in read_corpus(SCALE) if _FUND_HEAD.search(law.text)]
    return sorted(random.Random(seed).sample(files, min(size, len(files))))


def _regional_files(checkout: Path, size: int, seed: int) -> list[Path]:
    """Files of the regional laws that name a fund head, gold documents left out."""
    regions = sorted(p.name.removesuffix("地方法规") for p in (checkout / "DLC").iterdir())
    files = [
        checkout / path
        for path, text in read_regional(checkout, regions, SCALE)
        if _FUND_HEAD.search(text)
    ]
    return sorted(random.Random(seed).sample(files, min(size, len(files))))


def _sentence(text: str, start: int) -> str:
    begin = max(text.rfind(c, 0, start) for c in "。；\n") + 1
    return _SENTENCE.match(text, begin).group(0)[:120]


def fund_lines(path: Path, root: Path) -> list[str]:
    """One TSV line per fund label of the file."""
    try:
        record = process_file(path)
    except PolicyKGError:
        return []
    lines = []
    for document in (record, *record.annexes):
        for entity in extract(document).entities:
            if entity.kind != "Fund" or not entity.mentions:
                continue
            rules = ",".join(sorted({m.rule.removeprefix("rule:") for m in entity.mentions}))
            context = _sentence(document.clean.text, entity.mentions[0].start)
            lines.append(f"{path.relative_to(root)}\t{entity.name}\t{rules}\t{context}")
    return lines


def _diff(before: Path, after: Path) -> None:
    def read(path: Path) -> dict[tuple[str, str], str]:
        out = {}
        for line in path.read_text(encoding="utf-8").splitlines():
            fields = line.split("\t")
            if len(fields) == 4:
                out[(fields[0], fields[1])] = f"{fields[2]}\t{fields[3]}"
        return out

    old, new = read(before), read(after)
    dropped = sorted(set(old) - set(new))
    added = sorted(set(new) - set(old))
    print(
        f"# labels before {len(old)}, after {len(new)}: added {len(added)}, dropped {len(dropped)}"
    )
    for sign, keys, table in (("+", added, new), ("-", dropped, old)):
        for file, name in keys:
            print(f"{sign}\t{name}\t{file}\t{table[(file, name)]}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--scale", type=int, default=400, help="files of the scale corpus")
    parser.add_argument("--regional", type=int, default=400, help="files of the regional laws")
    parser.add_argument("--regional-root", type=Path, help="a git archive of LawRefBook DLC/")
    parser.add_argument("--seed", type=int, default=22)
    parser.add_argument("--out", type=Path)
    parser.add_argument("--diff", type=Path, nargs=2, metavar=("BEFORE", "AFTER"))
    args = parser.parse_args()
    if args.diff:
        _diff(*args.diff)
        return
    roots = [(SCALE, _scale_files(args.scale, args.seed))]
    if args.regional_root:
        roots.append(
            (args.regional_root, _regional_files(args.regional_root, args.regional, args.seed))
        )
    lines = []
    for root, files in roots:
        for path in files:
            lines += fund_lines(path, root)
    text = "\n".join(lines) + "\n"
    if args.out:
        args.out.write_text(text, encoding="utf-8")
    else:
        print(text, end="")


if __name__ == "__main__":
    main()
