"""Build the head nouns of platform names (issue 19) from the scale corpus.

    .venv/bin/python scripts/build_platform_heads.py [--corpus ../shared/corpus/scale]

Writes `ingest/resources/platform_heads.tsv` (read by `policykg.ingest.extract.vocabulary`
beside the hand-kept `entity_heads.tsv`): one head a line, its kind and the evidence.

The gold convention (`../shared/gold-dev/README.md`, the `conventions` field) counts as
platforms the facilities and infrastructure a text names: parks, zones, labs, centres,
airports, ports, stations, networks. FACILITY_ENDINGS holds the words of those classes
that end such names; which words ending in them are head nouns is read from the laws:
a word of two characters or more (rjieba's segmentation of the text folded to Simplified,
a noun or place-word tag) is a head when it stands directly after at least MIN_NAMERS
different proper nouns (tags ns, nr, nz, nt, j: 郑州|机场, 福州|港口) in at least
MIN_FILES files: a noun that many particular names end with. Endings of areas (区 alone:
地区, 社区, 辖区) and rooms (室: 办公室, 教室) are not in FACILITY_ENDINGS: the laws name
particular areas as often as particular zones, so the statistic cannot tell them apart;
zones keep their compound heads (开发区, 试验区, 园区) in `entity_heads.tsv`. Nor is 网: the
laws' networks are names themselves (中国人大网) and 互联网 is a medium, not a head; nor 站
alone: a website is named by its owner (貿易署網站), which made 連結貿易署網站 a name in the
seeded scale sample. Heads that
list already holds are left out. Output is deterministic.
"""

from __future__ import annotations

import argparse
import sys
import time
from collections import defaultdict
from itertools import pairwise
from pathlib import Path

import rjieba
from policykg.ingest.script import to_simplified

sys.path.insert(0, str(Path(__file__).resolve().parent))
from scale_corpus import DEFAULT_CORPUS, read_corpus, source_lines, write_resource

RESOURCES = Path(__file__).resolve().parents[1] / "ingest" / "resources"
OUTPUT = "platform_heads.tsv"
# the facility classes of the gold convention, as the words that end their names
FACILITY_ENDINGS = ("机场", "口岸", "港口", "港区", "码头", "车站", "园区", "基地")
PROPER_TAGS = frozenset({"ns", "nr", "nz", "nt", "j"})
HEAD_TAGS = frozenset({"n", "nz", "vn", "l", "s"})
MIN_NAMERS = 3  # different proper nouns directly before the head
MIN_FILES = 3


def known_heads() -> frozenset[str]:
    """The head nouns `entity_heads.tsv` already lists (Simplified)."""
    path = RESOURCES / "entity_heads.tsv"
    rows = (line.split("#")[0].split() for line in path.read_text("utf-8").splitlines())
    return frozenset(row[0] for row in rows if row)


def count_heads(texts) -> tuple[dict[str, set[str]], dict[str, set[str]]]:
    """For each candidate head: the proper nouns seen right before it, and the files."""
    namers: dict[str, set[str]] = defaultdict(set)
    files: dict[str, set[str]] = defaultdict(set)
    for name, text in texts:
        for line in to_simplified(text).split("\n"):
            words = rjieba.tag(line)
            for (before, before_tag), (word, tag) in pairwise(words):
                if (
                    before_tag in PROPER_TAGS
                    and len(before) >= 2
                    and len(word) >= 2
                    and tag in HEAD_TAGS
                    and word.endswith(FACILITY_ENDINGS)
                ):
                    namers[word].add(before)
                    files[word].add(name)
    return namers, files


def select(namers, files, known: frozenset[str]) -> list[tuple[str, int, int]]:
    """(head, proper nouns before it, files), the most used first, then by the head."""
    rows = [
        (word, len(namers[word]), len(files[word]))
        for word in namers
        if len(namers[word]) >= MIN_NAMERS and len(files[word]) >= MIN_FILES and word not in known
    ]
    return sorted(rows, key=lambda r: (-r[1], -r[2], r[0]))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").split("\n\n")[0])
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--out", type=Path, default=RESOURCES)
    args = parser.parse_args(argv)
    started = time.monotonic()
    laws = list(read_corpus(args.corpus))
    namers, files = count_heads((law.path, law.text) for law in laws)
    rows = select(namers, files, known_heads())
    lines = [
        "# Head nouns of platform names, built by scripts/build_platform_heads.py from the scale corpus:",
        *source_lines(laws),
        f"# a noun ending in one of {' '.join(FACILITY_ENDINGS)} after >= {MIN_NAMERS} different",
        f"# proper nouns in >= {MIN_FILES} files (rjieba tags, Simplified); head, kind, proper nouns, files",
        *(f"{word}\tPlatform\t{n}\t{f}" for word, n, f in rows),
    ]
    write_resource(args.out, OUTPUT, lines)
    print(f"{len(rows)} heads: {' '.join(r[0] for r in rows)}")
    print(f"time: {time.monotonic() - started:.1f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
