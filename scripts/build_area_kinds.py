"""Build the kinds of area the laws give a management body of their own (issue 19, session 23).

    .venv/bin/python scripts/build_area_kinds.py [--corpus ../shared/corpus/scale] [--local CHECKOUT]

Writes `ingest/resources/area_kinds.tsv`, read by `policykg.ingest.extract.run_areas`: an
area named in the sentence of a document's scope or after its approval is a run area (a
platform) only when its kind is one of these. Not 地区, 市区, 辖区: the laws write those
after places as often as zones, but never give them a management body.

Source: the scale corpus (`scripts/scale_corpus.py`, gold documents left out) and, with
--local, the regional regulations of a checkout of LawRefBook/Laws (DLC/*地方法规).
Each text is folded to Simplified; at each management body written right after a word that
ends in 区 (…区管理委员会, …区管委会, …区开发建设管理委员会, …区管理局, …区管理机构,
…区管理办公室), rjieba segments the 12 characters before the body; the kind is the last
word (joined with the word before it when it is 区 alone: 集聚|区). A kind is kept when
the laws write it with at least MIN_NAMERS different words before it in at least MIN_FILES
files, a management body follows at least MIN_SHARE of its uses (地区, 社区, 管理区: far
less) and more often than a people's government, and it is no place's name (西城区).

Columns: kind, different words before it, files, times run (a management body after it),
times written.
"""

from __future__ import annotations

import re
import sys
from collections import defaultdict
from pathlib import Path

import rjieba
from policykg.ingest.extract.place_words import TagSource, is_place
from policykg.ingest.script import to_simplified

sys.path.insert(0, str(Path(__file__).resolve().parent))
from scale_corpus import REGIONS, BuiltRows, run_regional_build

RESOURCES = Path(__file__).resolve().parents[1] / "ingest" / "resources"
OUTPUT = "area_kinds.tsv"
# the run_areas module's management bodies (run_areas._RUN_BY), without the short form
BODY = re.compile(r"(?<=区)(?:开发建设|建设|开发)?(?:管理委员会|管委会|管理局|管理机构|管理办公室)")
GOVERNMENT = re.compile(r"(?<=区)人民政府")  # a district's own body (西城区人民政府)
BEFORE = 12  # characters segmented before the body
MIN_NAMERS = 2
MIN_FILES = 2
MIN_SHARE = 0.02  # of the kind's uses, those followed by a management body
AREA_END = "区"
BARE_KIND = 2  # 新区, 片区: a kind alone


def kind_before(text: str, end: int) -> tuple[str, str] | None:
    """(the word before the kind, the kind) ending at `end`, or None."""
    words = [w for w in rjieba.cut(text[max(0, end - BEFORE) : end]) if w.strip()]
    if words and words[-1] == AREA_END and len(words) >= 2:
        words[-2:] = [words[-2] + AREA_END]
    if len(words) < 2 or not words[-1].endswith(AREA_END) or len(words[-1]) < 2:
        return None
    return words[-2], words[-1]


def _place(kind: str) -> bool:
    """A place's name, not a kind: one word the segmenter tags a place, longer than a bare
    kind (西城区; not 新区, which it tags a place too)."""
    return len(kind) > BARE_KIND and is_place(kind, tagged_by=TagSource.SEGMENTER, region=False)


def count_kinds(texts) -> list[tuple[str, int, int, int, int]]:
    """(kind, different words before it, files, times run, times written), kept kinds
    only, the most run first."""
    namers: dict[str, set[str]] = defaultdict(set)
    files: dict[str, set[str]] = defaultdict(set)
    run: dict[str, int] = defaultdict(int)
    simplified_texts = [(path, to_simplified(text)) for path, text in texts]
    for path, simplified in simplified_texts:
        for m in BODY.finditer(simplified):
            found = kind_before(simplified, m.start())
            if found:
                namers[found[1]].add(found[0])
                files[found[1]].add(path)
                run[found[1]] += 1
    governed: dict[str, int] = defaultdict(int)
    for _, simplified in simplified_texts:
        for m in GOVERNMENT.finditer(simplified):
            found = kind_before(simplified, m.start())
            if found and found[1] in namers:
                governed[found[1]] += 1
    kinds = [
        k
        for k in namers
        if len(namers[k]) >= MIN_NAMERS
        and len(files[k]) >= MIN_FILES
        and run[k] > governed[k]
        and not _place(k)
    ]
    written = {k: sum(text.count(k) for _, text in simplified_texts) for k in kinds}
    rows = [
        (k, len(namers[k]), len(files[k]), run[k], written[k])
        for k in kinds
        if run[k] >= MIN_SHARE * written[k]
    ]
    return sorted(rows, key=lambda r: (-r[2], -r[1], r[0]))


def built_rows(texts) -> BuiltRows:
    rows = count_kinds(texts)
    print(f"{len(rows)} kinds: {' '.join(r[0] for r in rows)}")
    return BuiltRows(rows, (f"# {len(rows)} kinds",))


def main(argv: list[str] | None = None) -> int:
    title = "Kinds of area the laws give a management body (area_kinds.tsv)"
    columns = ["kind", "different words before it", "files", "times run", "times written"]
    return run_regional_build(
        argv, __doc__ or "", REGIONS, RESOURCES, OUTPUT, title, columns, built_rows
    )


if __name__ == "__main__":
    sys.exit(main())
