"""The organisation labels of a seeded sample of the scale corpus's regional laws that write a
verb of making a kind, with the kind-use evidence on or off (issue 19, session 28: the reach of
`kind_uses`), one line per label and document with its mentions, rules and first mention's context (`org_labels_in_context`), to diff:

    .venv/bin/python benchmarks/labels_without_kind_uses.py --files 120 > on.tsv
    .venv/bin/python benchmarks/labels_without_kind_uses.py --files 120 --off > off.tsv

The sample: the regional laws (LawRefBook-Laws/DLC) of the scale corpus as
`scale_corpus.read_corpus` gives them (every gold document left out), shuffled with the seed,
the first `--files` of them that write 培育, 引进, 认定一批, 打造, 升级为, 新建 or 创建.
"""

from __future__ import annotations

import argparse
import random
import re
import sys
from pathlib import Path

from org_labels_in_context import print_organisations
from policykg.ingest.extract import body_classes

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "scripts"))

from scale_corpus import DEFAULT_CORPUS, read_corpus

REGIONAL = "LawRefBook-Laws/DLC/"
_MAKING = re.compile("培育|引进|认定一批|打造|升级为|新建|创建")


def sample(root: Path, size: int, seed: int) -> list[Path]:
    laws = [law for law in read_corpus(root) if law.path.startswith(REGIONAL)]
    random.Random(seed).shuffle(laws)
    return [root / law.path for law in laws if _MAKING.search(law.text)][:size]


def main() -> None:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--files", type=int, default=120)
    parser.add_argument("--seed", type=int, default=28)
    parser.add_argument("--root", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--off", action="store_true", help="switch the kind-use evidence off")
    args = parser.parse_args()
    if args.off:
        body_classes.used_only_as_a_kind = lambda *_args: False
    for path in sample(args.root, args.files, args.seed):
        print_organisations(path, args.root)


if __name__ == "__main__":
    main()
