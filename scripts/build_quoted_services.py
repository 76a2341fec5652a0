"""Build `ingest/resources/quoted_services.tsv`: services the laws name by a field word and a
quoted coin (issue 19, session 21).

    .venv/bin/python scripts/build_quoted_services.py [--corpus ../shared/corpus/scale] [--local DIR]

Read by `orgnames.platform_names` beside `service_names.tsv`. Some national services have
no head the recognisers know and no word for the nation: the laws write them as a field
word and a quoted coin (国际贸易“单一窗口”), use them as an instrument (通过…办理, 依托…)
and, once the coin has become the service's name, write the same unit without the quotes
too. A slogan or a legal term in quotes (深化“放管服”, 定的“情节严重”) is neither used as an
instrument nor written bare; a campaign a field word introduces (服务“一网通办”) is written
bare in one law only.

Source: the scale corpus (LawRefBook-Laws, mojLawSplitJSON) and, with `--local DIR`, the
    local regulations of a checkout of LawRefBook/Laws (`DLC/<region>地方法规`, the seven
    regions 上海 北京 山东 广东 河南 浙江 重庆) not held in the scale corpus already; from both,
    less the documents of the gold sets (scripts/held_out.py: seeds, dev gold,
    benchmarks/heldout). Services are set up by regional regulations: the scale corpus alone
    writes 国际贸易“单一窗口” in 3 files.
    Each text is folded to Simplified. Before each quote of 2 to MAX_COIN characters, the
    last word of the text before it (rjieba without its guesser, so that an unknown
    string is not glued into one word) is the *field word* when it is a noun of at least two
    characters; the field word and the quote are a *unit*. A unit is a service when it is
    quoted in at least MIN_QUOTED files, used in at least MIN_USED (a frame of use,
    `platform_use.use_frames`, right before the field word, or a service head right after
    the closing quote) and written without the quotes in at least MIN_BARE.

Columns: the unit as quoted, the unit bare, files quoted, files used, files bare.
"""

from __future__ import annotations

import re
import sys
from collections import defaultdict
from collections.abc import Iterable
from pathlib import Path

import rjieba
from policykg.ingest.extract.dictionary import prepare
from policykg.ingest.extract.platform_use import use_frames
from policykg.ingest.extract.service_heads import SERVICE_HEADS
from policykg.ingest.script import to_simplified

sys.path.insert(0, str(Path(__file__).resolve().parent))
from scale_corpus import REGIONS, run_regional_build

ROOT = Path(__file__).resolve().parents[1]
RESOURCES = ROOT / "ingest" / "resources"
OUTPUT = "quoted_services.tsv"
MAX_COIN = 10
MIN_QUOTED = 5
MIN_USED = 3
MIN_BARE = 3
_QUOTE = re.compile(rf"(“([^“”]{{2,{MAX_COIN}}})”|「([^「」]{{2,{MAX_COIN}}})」)")
# the tags of a noun a field word can be (rjieba): nouns, proper nouns, verbal nouns,
# abbreviations and set phrases; not a verb (标明“广告”) nor a function word
_FIELD_TAGS = frozenset({"n", "nz", "vn", "j", "ns", "l"})
_LOOK_BACK = 12  # characters segmented before a quote: the field word and the word before it
_HEADS = (*SERVICE_HEADS, "平台")


def units_in(text: str, frames: frozenset[str]) -> Iterable[tuple[str, str, bool]]:
    """(quoted unit, bare unit, used) for each field word and quoted coin of one text
    (Simplified)."""
    for m in _QUOTE.finditer(text):
        words = rjieba.tag(text[max(0, m.start() - _LOOK_BACK) : m.start()], hmm=False)
        if not words:
            continue
        field, tag = words[-1]
        if len(field) < 2 or tag not in _FIELD_TAGS:
            continue
        coin = m.group(2) or m.group(3)
        used = (len(words) >= 2 and words[-2][0] in frames) or text.startswith(_HEADS, m.end())
        yield field + m.group(1), field + coin, used


def count_units(texts: list[tuple[str, str]]) -> list[tuple[str, str, int, int, int]]:
    """The units that pass the thresholds of the module docstring, as rows."""
    prepare()
    frames = use_frames()
    quoted: dict[str, set[str]] = defaultdict(set)
    used: dict[str, set[str]] = defaultdict(set)
    bare_of: dict[str, str] = {}
    folded = [(path, to_simplified(text)) for path, text in texts]
    for path, text in folded:
        for unit, bare, is_used in units_in(text, frames):
            quoted[unit].add(path)
            bare_of[unit] = bare
            if is_used:
                used[unit].add(path)
    rows = []
    for unit, files in quoted.items():
        if len(files) < MIN_QUOTED or len(used[unit]) < MIN_USED:
            continue
        bare = sum(1 for _, text in folded if bare_of[unit] in text)
        if bare >= MIN_BARE:
            rows.append((unit, bare_of[unit], len(files), len(used[unit]), bare))
    return sorted(rows, key=lambda r: (-r[2], r[0]))


def main(argv: list[str] | None = None) -> int:
    title = "Services named by a field word and a quoted coin, built by scripts/build_quoted_services.py"
    columns = ["quoted", "bare", "quoted_files", "used_files", "bare_files"]
    return run_regional_build(
        argv, __doc__ or "", REGIONS, RESOURCES, OUTPUT, title, columns, count_units
    )


if __name__ == "__main__":
    sys.exit(main())
