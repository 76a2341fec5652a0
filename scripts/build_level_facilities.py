"""Build the platform phrases every jurisdiction has one of (issue 19, session 30).

    .venv/bin/python scripts/build_level_facilities.py [--corpus ../shared/corpus/scale]

Writes `ingest/resources/level_facilities.tsv`, read by `own_level.each_jurisdiction_has`:
a phrase the laws say as a kind (`kind_phrases.tsv`) may be a kind of market service, many
in one city (电商平台), or a facility each province, city or county runs one of, which the
laws write after the level that runs it (省级…平台, 县级…系统). After a definite act and
the document's own jurisdiction (通过|本市|…), the second is that jurisdiction's one
(`platform_use.OWN_JURISDICTION_RULE`); the first stays a kind.

Source: the Mainland laws of the scale corpus (LawRefBook-Laws, https://github.com/LawRefBook/Laws,
read through `scale_corpus.read_corpus`, which leaves out every gold document). Each phrase of
`kind_phrases.tsv` that ends in a platform head (`platform_use.HEADS`) is counted where a
level adjective of a jurisdiction below the nation (`LEVELS`: 省级, 地市级, 市级, 县级, 区级,
乡级) stands right before it; a phrase so written in at least `MIN_FILES` files is kept.
国家级 is left out: it ranks things of which the nation has many (国家级开发区).

Columns: phrase, uses after a level, files.
"""

from __future__ import annotations

import sys
from collections import Counter, defaultdict
from pathlib import Path

from policykg.ingest.extract.kind_phrases import phrase_uses
from policykg.ingest.extract.platform_use import HEADS
from policykg.ingest.script import to_simplified

sys.path.insert(0, str(Path(__file__).resolve().parent))
from scale_corpus import read_corpus, run_build

OUTPUT = Path(__file__).resolve().parents[1] / "ingest" / "resources" / "level_facilities.tsv"
FORMAT = "policykg-level-facilities 1"
# the level adjectives of jurisdictions below the nation (grammar: a closed set)
LEVELS = ("省级", "地市级", "市级", "县级", "区级", "乡级")
MIN_FILES = 2


def count(texts, phrases: list[str]) -> tuple[Counter, dict]:
    """Uses of each phrase right after a level adjective, and the files (numbers) with one."""
    uses: Counter[str] = Counter()
    files: dict[str, set[int]] = defaultdict(set)
    for number, text in enumerate(texts):
        for phrase in phrases:
            at = text.find(phrase)
            while at >= 0:
                if text.endswith(LEVELS, 0, at):
                    uses[phrase] += 1
                    files[phrase].add(number)
                at = text.find(phrase, at + len(phrase))
    return uses, files


def build(corpus: Path) -> list[tuple[str, int, int]]:
    phrases = sorted(p for p in phrase_uses() if p.endswith(HEADS))
    texts = (
        to_simplified(law.text)
        for law in read_corpus(corpus)
        if law.collection == "LawRefBook-Laws"
    )
    uses, files = count(texts, phrases)
    rows = [(p, uses[p], len(files[p])) for p in phrases if len(files[p]) >= MIN_FILES]
    return sorted(rows, key=lambda row: (-row[2], row[0]))


def main(argv: list[str] | None = None) -> int:
    return run_build(
        argv,
        __doc__ or "",
        OUTPUT,
        build,
        FORMAT,
        "build_level_facilities.py",
        "phrases written after a level",
        ("phrase", "after_level", "files"),
    )


if __name__ == "__main__":
    sys.exit(main())
