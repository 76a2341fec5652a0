"""Build the words the laws put before a port, airport or crossing head as a class (issue 19).

    .venv/bin/python scripts/build_port_classes.py [--corpus ../shared/corpus/scale]

Writes `ingest/resources/port_classes.tsv`, read by `policykg.ingest.extract.port_names`.

Source: the scale corpus (LawRefBook-Laws, mojLawSplitJSON), folded to Simplified, read
    by scripts/scale_corpus.py (gold documents left out). Each line that holds one of the
    facility heads of platform_heads.tsv (港口, 口岸, 机场: the heads port_names judges,
    built by build_platform_heads.py) is segmented (rjieba); a word of two Han characters or
    more standing right before such a head, with a tag of a content word (noun, place,
    adjective, distinguishing word, localiser, abbreviation: 内河|港口, 国境|口岸), is a
    class of facilities when it stands there in at least MIN_FILES files: the national laws
    write kinds of ports by what passes through them, where they lie and who uses them, and
    name a particular port by its place only in a file or two. A word port_names takes for a
    place (is_place_word: a city, county, district, province or region) is left out, however
    often it is written there. Kinds the segmenter reads as one word (民用机场, 沿海港口) have
    no word before their head and are never learnt here; no recogniser finds them as
    candidates either.

Columns: the modifier, the heads it was seen before, the files it was seen in.
"""

from __future__ import annotations

import re
import sys
from collections import defaultdict
from itertools import pairwise
from pathlib import Path

import rjieba
from policykg.ingest.extract.port_names import is_place_word
from policykg.ingest.script import to_simplified

sys.path.insert(0, str(Path(__file__).resolve().parent))
from scale_corpus import read_corpus, run_build

RESOURCES = Path(__file__).resolve().parents[1] / "ingest" / "resources"
OUTPUT = RESOURCES / "port_classes.tsv"
MIN_FILES = 2
CONTENT_TAGS = frozenset({"n", "vn", "ns", "nz", "a", "b", "f", "s", "j", "l"})
_HAN = re.compile(r"^[\u4e00-\u9fff]{2,}$")


def facility_heads() -> tuple[str, ...]:
    """The learnt facility heads (platform_heads.tsv): the heads port_names judges."""
    rows = (
        line.split("\t")[0] for line in (RESOURCES / "platform_heads.tsv").open(encoding="utf-8")
    )
    return tuple(sorted({h for h in rows if not h.startswith("#") and h.strip()}))


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
        if len(files) >= MIN_FILES and not is_place_word(word)
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
