"""Build the words of land that the segmenter calls places (issue 19, session 34).

    .venv/bin/python scripts/build_land_words.py [--corpus ../shared/corpus/scale] --local CHECKOUT

Writes `ingest/resources/land_words.tsv`, read by `policykg.ingest.extract.land_words`: a
word the segmenter tags a place (ns) that the laws use as a common word of land or position
(山区, 平原: a terrain every region has), not as the name of one place. A zone's proper
element must name one place (甲山区生态带 names none: whichever mountain district).

A name picks out one place, so the regulations that write it are those of the places
around it (黄河: the provinces of its basin; 西湖: one city), and it is the name of an
administrative unit or stands beside one; a word of terrain is written by the
regulations of nearly every region and is no unit's name. Both are counted:

- the regions whose regulations write the word as a word of its own (rjieba's tokens);
- its uses as a unit's name: followed by an administrative level of the constitution's
  closed set (`kind_extended.LEVEL_WORDS` less the levels written with 级 and the local
  level 地方/地区, which a common word takes too: 沿海地区; and Art. 31's 特别行政区) or by
  a local organ of state the constitution sets up in every unit (`ORGANS`: 甲县|人民政府),
  or the first part of one token that ends in such a level (浦东|新区 read whole, 江北区),
  or a token that ends in such a level itself (甲特别行政区, 和县: a county's name, though
  市和县 glues the conjunction to the level), but for the levels that end common words of
  land as often (`COMMON_ENDS`: 区 and 村, 山区, 城中村).

A word is a land word when the laws use it at least MIN_USES times, the regulations of at
least MIN_REGIONS of the regions read write it, at most MAX_UNIT_SHARE of its uses name a
unit, the project's gazetteer of places does not hold it (`resources/places.txt`,
`dictionary.places`), and no law of the Mainland texts read is named after it (a word of its title, read
from the file name: 长江保护法, 中国（甲）自由贸易试验区条例, 澳门特别行政区… name one place
the whole country writes). The thresholds are written here; the words are what the laws
write.

Source: the scale corpus (`scripts/scale_corpus.py`, gold documents left out) and, with
--local, the regional regulations of a checkout of LawRefBook/Laws (DLC/*地方法规 of the
regions `scale_corpus.REGIONS`), their region read from the folder. Without --local no
region is seen and no word is written. Each text is folded to Simplified, cut into
sentences and tagged by rjieba with the project's dictionary.

Columns: word, uses, uses naming a unit, regions writing it.
"""

from __future__ import annotations

import re
import sys
from collections import Counter, defaultdict
from pathlib import Path

import rjieba
from policykg.ingest.extract.dictionary import places, prepare
from policykg.ingest.extract.kind_extended import LEVEL_WORDS
from policykg.ingest.script import to_simplified

sys.path.insert(0, str(Path(__file__).resolve().parent))
from scale_corpus import REGIONS, BuiltRows, run_regional_build

RESOURCES = Path(__file__).resolve().parents[1] / "ingest" / "resources"
OUTPUT = "land_words.tsv"
MIN_USES = 10
MIN_REGIONS = 5  # of the seven regions read (scale_corpus.REGIONS)
MAX_UNIT_SHARE = 0.05
# a unit's level: the constitution's levels, not those of 级 nor the local level as such
UNITS = frozenset(
    {w for w in LEVEL_WORDS if not w.endswith("级") and w not in ("地方", "地区")}
    | {"特别行政区"}  # the constitution's Art. 31
)
UNIT_ENDS = frozenset(w[-1] for w in UNITS)
# the levels a common word of land ends in as well (山区, 旧城区, 城中村): a word ending in
# them is a unit's name only by the other counts
COMMON_ENDS = frozenset({"区", "村"})
# the local organs of state power, administration, supervision, justice and prosecution
# the constitution sets up in every unit (Arts. 95, 124, 129, 136 of the 2018 text): a closed
# set of the grammar of a unit's name, as UNITS is
ORGANS = frozenset({"人民代表大会", "人民政府", "监察委员会", "人民法院", "人民检察院"})
PLACE_TAG = "ns"
SENTENCE = re.compile(r"[^。；;\n]+")
REGION_FOLDER = re.compile(r"DLC/(.+?)地方法规/")
TITLE = re.compile(r"([^/]+?)(?:\(\d{4}-\d\d-\d\d\))?\.md$")  # a Mainland file's name


def count(texts) -> tuple[Counter, Counter, dict[str, set[str]], set[str]]:
    """(uses, uses naming a unit, regions) of every word tagged a place in `texts`, and
    the words of the Mainland laws' titles."""
    prepare()  # the project's dictionary, as the extractor segments
    uses: Counter = Counter()
    units: Counter = Counter()
    regions: dict[str, set[str]] = defaultdict(set)
    titled: set[str] = set()
    for path, text in texts:
        region = REGION_FOLDER.search(path)
        title = TITLE.search(path)
        if title:
            titled.update(rjieba.cut(to_simplified(title.group(1))))
        for m in SENTENCE.finditer(to_simplified(text)):
            tagged = rjieba.tag(m.group())
            for k, (word, tag) in enumerate(tagged):
                if tag != PLACE_TAG:
                    continue
                if len(word) >= 2:
                    uses[word] += 1
                    if region:
                        regions[word].add(region.group(1))
                    if any(
                        word.endswith(u) and len(u) < len(word) and u not in COMMON_ENDS
                        for u in UNITS
                    ):
                        units[word] += 1  # 甲特别行政区, 和县: the unit's level in its name
                    elif k + 1 < len(tagged) and tagged[k + 1][0] in UNITS | ORGANS:
                        units[word] += 1
                if len(word) >= 3 and word[-1] in UNIT_ENDS:
                    # 江北区, 浦东新区: the unit read whole credits the name inside it
                    for cut in range(2, len(word)):
                        if word[cut:] in UNITS or word[cut:] == "新区":
                            units[word[:cut]] += 1
    return uses, units, regions, titled


def land_words(texts) -> BuiltRows:
    uses, units, regions, titled = count(texts)
    gazetteer = places()
    rows = sorted(
        (word, uses[word], units[word], len(regions[word]))
        for word in uses
        if uses[word] >= MIN_USES
        and len(regions[word]) >= MIN_REGIONS
        and units[word] <= MAX_UNIT_SHARE * uses[word]
        and word not in gazetteer
        and word not in titled
    )
    print(f"{len(rows)} land words: {' '.join(r[0] for r in rows)}")
    notes = (
        f"# thresholds: uses >= {MIN_USES}, regions >= {MIN_REGIONS} of {len(REGIONS)}, "
        f"unit share <= {MAX_UNIT_SHARE}, no place of places.txt, no title's word",
        f"# {len(rows)} land words",
    )
    return BuiltRows(rows, notes)


def main(argv: list[str] | None = None) -> int:
    title = "Words of land the segmenter calls places (land_words.tsv, built by scripts/build_land_words.py)"
    columns = ["word", "uses", "uses naming a unit", "regions writing it"]
    return run_regional_build(
        argv, __doc__ or "", REGIONS, RESOURCES, OUTPUT, title, columns, land_words
    )


if __name__ == "__main__":
    sys.exit(main())
