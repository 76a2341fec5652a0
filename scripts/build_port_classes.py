"""Build the words the laws put before a port, airport or crossing head as a class (issue 19).

    .venv/bin/python scripts/build_port_classes.py [--corpus ../shared/corpus/scale]

Writes `ingest/resources/port_classes.tsv`, read by `policykg.ingest.extract.port_names`.

Source: the scale corpus (LawRefBook-Laws, mojLawSplitJSON), folded to Simplified, read
    by scripts/scale_corpus.py (gold documents left out). Each line that holds one of the
    facility heads of platform_heads.tsv (港口, 口岸, 机场 …, built by build_platform_heads.py)
    or 码头, 港区 is segmented (rjieba); a word of two Han characters or more standing right
    before such a head, with a tag of a content word (noun, place, adjective, distinguishing
    word, localiser, abbreviation: 内河|港口, 国境|口岸, 民用|机场, 沿海|港口, 专用|码头), is
    a class of facilities when it stands there in at least MIN_FILES files: the national
    laws write kinds of ports by what passes through them, where they lie and who uses them,
    and name a particular port by its place only in a file or two (上海港区). A word the
    segmenter's dictionary reads as a city or county with 市 or 县 after it (上海市, 宁波市)
    is left out: a place, not a class, however often it is written there.

Columns: the modifier, the heads it was seen before, the files it was seen in.
"""

from __future__ import annotations

import re
import sys
from collections import defaultdict
from itertools import pairwise
from pathlib import Path

import rjieba
from policykg.ingest.script import to_simplified

sys.path.insert(0, str(Path(__file__).resolve().parent))
from scale_corpus import read_corpus, run_build

RESOURCES = Path(__file__).resolve().parents[1] / "ingest" / "resources"
OUTPUT = RESOURCES / "port_classes.tsv"
MIN_FILES = 2
# the heads the laws write particular ports with (platform_heads.tsv) and two more the
# gold convention counts as a port's: a wharf (码头) and a port's area (港区)
EXTRA_HEADS = ("码头", "港区")
CONTENT_TAGS = frozenset({"n", "vn", "ns", "nz", "a", "b", "f", "s", "j", "l"})
_HAN = re.compile(r"^[\u4e00-\u9fff]{2,}$")


def facility_heads() -> tuple[str, ...]:
    """The learnt facility heads (platform_heads.tsv) and EXTRA_HEADS."""
    rows = (
        line.split("\t")[0] for line in (RESOURCES / "platform_heads.tsv").open(encoding="utf-8")
    )
    return tuple(
        sorted({h for h in rows if not h.startswith("#") and h.strip()} | set(EXTRA_HEADS))
    )


def city_or_county(word: str) -> bool:
    """The segmenter's dictionary reads word + 市 or word + 县 as one place or proper noun."""
    for level in "市县":
        tagged = rjieba.tag(word + level)
        if len(tagged) == 1 and tagged[0][1] in {"ns", "nr", "nz"}:
            return True
    return False


def build(corpus: Path) -> list[tuple[str, str, int]]:
    heads = facility_heads()
    seen_files: dict[str, set[str]] = defaultdict(set)
    seen_heads: dict[str, set[str]] = defaultdict(set)
    for law in read_corpus(corpus):
        for line in to_simplified(law.text).split("\n"):
            if not any(h in line for h in heads):
                continue
            words = rjieba.tag(line)
            for (before, tag), (word, _) in pairwise(words):
                if word in heads and tag in CONTENT_TAGS and _HAN.match(before):
                    seen_files[before].add(law.path)
                    seen_heads[before].add(word)
    rows = [
        (word, " ".join(sorted(seen_heads[word])), len(files))
        for word, files in seen_files.items()
        if len(files) >= MIN_FILES and not city_or_county(word)
    ]
    return sorted(rows, key=lambda r: (-r[2], r[0]))


def main(argv: list[str] | None = None) -> int:
    return run_build(
        argv,
        __doc__ or "",
        OUTPUT,
        build,
        "Words before a port, airport or crossing head that make it a class (port_names.py)",
        "build_port_classes.py",
        "class words",
        ("modifier", "heads", "files"),
    )


if __name__ == "__main__":
    sys.exit(main())
