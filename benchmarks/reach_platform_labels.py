"""The platform labels the extractor gives on a seeded sample of the scale corpus and of the
regional laws of LawRefBook/Laws, and the labels two such runs differ by: the reach of a
platform rule where nobody tuned (issue 19, session 22).

    # in a checkout of the base and in the branch, each with its own .venv:
    .venv/bin/python benchmarks/reach_platform_labels.py --seed 23 --size 300 \
        --regional LAWREFBOOK_CHECKOUT --out /tmp/base.json
    .venv/bin/python benchmarks/reach_platform_labels.py --compare /tmp/base.json /tmp/branch.json

`--size` files of the scale corpus (`scale_corpus.read_corpus`, gold documents left out) and
as many of the regions' local laws (`scale_corpus.read_regional`: 河南, 浙江, 重庆, 广东, the
regions `build_platform_frames.py` reads; the others feed fresh test batches), each drawn with
the seed. The output maps each file to its platform labels and the rules of their mentions.
`--containing 港 机场 口岸` draws the corpus files among those holding one of the words: the
reach of a rule for a class of text the plain sample holds too few of (session 24's ports).
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from pathlib import Path

from policykg.ingest.extract import extract
from policykg.ingest.pipeline import process_file

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts"))
from scale_corpus import DEFAULT_CORPUS, read_corpus, read_regional  # noqa: E402

REGIONS = ("河南", "浙江", "重庆", "广东")


def sample(
    corpus: Path, regional: Path | None, size: int, seed: int, containing: tuple[str, ...] = ()
) -> list[Path]:
    """`size` files of the corpus (those holding one of the words `containing`, if given)
    and as many of the regional laws, each drawn with `seed`."""
    files = sorted(
        corpus / law.path
        for law in read_corpus(corpus)
        if not containing or any(word in law.text for word in containing)
    )
    local = (
        sorted(regional / path for path, _ in read_regional(regional, REGIONS, corpus))
        if regional
        else []
    )
    return random.Random(seed).sample(files, min(size, len(files))) + random.Random(seed).sample(
        local, min(size, len(local))
    )


def platform_labels(path: Path) -> dict[str, list[str]]:
    """label -> the rules of its mentions, over the file's documents and annexes."""
    record = process_file(path)
    labels: dict[str, set[str]] = {}
    for document in (record, *record.annexes):
        for entity in extract(document).entities:
            if entity.kind == "Platform":
                labels.setdefault(entity.name, set()).update(m.rule for m in entity.mentions)
    return {label: sorted(rules) for label, rules in labels.items()}


def compare(before: dict, after: dict) -> None:
    for verb, old, new in (("added", before, after), ("dropped", after, before)):
        changed = [
            (label, new[path][label], Path(path).name)
            for path in new
            for label in new[path]
            if label not in old.get(path, {})
        ]
        print(f"{verb}: {len(changed)}")
        for label, rules, name in changed:
            print(f"  {label}\t{','.join(rules)}\t{name}")


def main() -> None:
    parser = argparse.ArgumentParser(description=(__doc__ or "").split("\n\n")[0])
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--regional", type=Path, help="a checkout of LawRefBook/Laws")
    parser.add_argument("--seed", type=int, default=23)
    parser.add_argument("--size", type=int, default=300)
    parser.add_argument("--out", type=Path)
    parser.add_argument(
        "--containing", nargs="+", default=(), help="sample only files holding one of these words"
    )
    parser.add_argument("--compare", nargs=2, type=Path, metavar=("BEFORE", "AFTER"))
    args = parser.parse_args()
    if args.compare:
        before, after = (json.loads(p.read_text(encoding="utf-8")) for p in args.compare)
        compare(before, after)
        return
    labels = {
        str(path): platform_labels(path)
        for path in sample(args.corpus, args.regional, args.size, args.seed, tuple(args.containing))
    }
    text = json.dumps(labels, ensure_ascii=False, indent=0)
    if args.out:
        args.out.write_text(text, encoding="utf-8")
    else:
        print(text)


if __name__ == "__main__":
    main()
