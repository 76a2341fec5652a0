"""The organisation labels of a seeded sample of the scale corpus's regional laws that write a
verb of making a kind, with the kind-use evidence on or off (issue 19, session 28: the reach of
`kind_uses`), one line per label and document with the first mention's context, to diff:

    .venv/bin/python benchmarks/labels_without_kind_uses.py --files 120 > on.tsv
    .venv/bin/python benchmarks/labels_without_kind_uses.py --files 120 --off > off.tsv

The sample: the regional laws (LawRefBook-Laws/DLC) of the scale corpus, shuffled with the seed,
the first 600 of them, of those the ones that write 培育, 引进, 认定一批, 打造, 升级为, 新建 or 创建.
"""

from __future__ import annotations

import argparse
import random
import re
from pathlib import Path

from policykg.ingest.extract import body_classes, extract
from policykg.ingest.pipeline import process_file

from policykg.errors import PolicyKGError

ROOT = Path(__file__).resolve().parent.parent
REGIONAL = ROOT.parent / "shared" / "corpus" / "scale" / "LawRefBook-Laws" / "DLC"
_MAKING = re.compile("培育|引进|认定一批|打造|升级为|新建|创建")
_CONTEXT = 40  # characters before the first mention, 25 after it


def sample(root: Path, size: int, seed: int) -> list[Path]:
    files = sorted(root.rglob("*.md"))
    random.Random(seed).shuffle(files)
    return [p for p in files[:600] if _MAKING.search(p.read_text(encoding="utf-8"))][:size]


def main() -> None:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--files", type=int, default=120)
    parser.add_argument("--seed", type=int, default=28)
    parser.add_argument("--root", type=Path, default=REGIONAL)
    parser.add_argument("--off", action="store_true", help="switch the kind-use evidence off")
    args = parser.parse_args()
    if args.off:
        body_classes.used_only_as_a_kind = lambda *_args: False
    for path in sample(args.root, args.files, args.seed):
        try:
            record = process_file(path)
        except PolicyKGError:
            continue
        for document in (record, *record.annexes):
            text = document.clean.text
            for entity in extract(document).entities:
                if entity.kind != "Organization" or not entity.mentions:
                    continue
                first = entity.mentions[0]
                context = text[max(0, first.start - _CONTEXT) : first.end + 25].replace("\n", " ")
                print(f"{entity.name}\t{path.relative_to(args.root)}\t{context}")


if __name__ == "__main__":
    main()
