"""Build `ingest/resources/plan_kinds.tsv`: the kinds of plan that title one document of a
place (issue 19, session 23): 总体规划, 总体方案, 保护规划 …

    .venv/bin/python scripts/build_plan_kinds.py [--corpus ../shared/corpus/scale] [--local DIR]

Read by `ingest/extract/plan_titles.py`, which reads 慈溪市土地利用总体规划 after 按照 as one
document's title: a place, a topic and one of these kinds.

Source: the scale corpus (LawRefBook-Laws, mojLawSplitJSON) and, with `--local DIR`, the
    local regulations of a checkout of LawRefBook/Laws (`DLC/<region>地方法规`, all seven
    regions: 上海 北京 山东 广东 河南 浙江 重庆) not held in the scale corpus already; from both,
    less the documents of the gold sets (scripts/held_out.py: seeds, dev gold,
    benchmarks/heldout). Regional regulations cite the plans of their places in 《》.
    Each 《》 title ending in a plan's head (规划, 方案, 计划: `plan_titles.PLAN_HEADS`),
    a bracketed note (（2016-2035年）) left off, is folded to Simplified and segmented by
    rjieba. Its kind is its last word when that is longer than the head (总体规划 as one
    word), else its last two words (保护|规划). A kind ending at least MIN_TITLES different
    titles is kept: a place titles one document with it. The kind words of the running text
    (城乡规划, 发展规划 after 本级, 有关) end no or few 《》 titles and stay kinds.

Columns: the kind (Simplified), the titles ending in it, an example title.
"""

from __future__ import annotations

import re
import sys
from collections import defaultdict
from collections.abc import Iterable
from pathlib import Path

import rjieba
from policykg.ingest.extract.dictionary import prepare
from policykg.ingest.extract.plan_titles import PLAN_HEADS
from policykg.ingest.script import to_simplified

sys.path.insert(0, str(Path(__file__).resolve().parent))
from scale_corpus import REGIONS, BuiltRows, run_regional_build

ROOT = Path(__file__).resolve().parents[1]
RESOURCES = ROOT / "ingest" / "resources"
OUTPUT = "plan_kinds.tsv"
MIN_TITLES = 3
_HEADS = "|".join(PLAN_HEADS)
_TITLE = re.compile(
    rf"《(?P<title>[^《》\n（(]{{2,60}}?(?:{_HEADS}))(?:[（(][^《》\n]{{0,20}}[）)])?》"
)


def kind_of(title: str) -> str:
    """The kind a plan's title (Simplified) ends with: its last word if longer than the
    head, else its last two words; "" if the title is the kind alone."""
    prepare()  # the dictionary the extractors segment with
    words = rjieba.cut(title, False)
    if len(words) < 2:
        return ""
    if len(words[-1]) > 2:
        kind = words[-1]
    else:
        kind = words[-2] + words[-1]
        if len(words) < 3:
            return ""
    return kind if kind != title and re.fullmatch(r"[\u4e00-\u9fff]+", kind) else ""


def count_kinds(texts: Iterable[tuple[str, str]]) -> dict[str, set[str]]:
    titles: dict[str, set[str]] = defaultdict(set)
    for _, text in texts:
        for m in _TITLE.finditer(to_simplified(text)):
            title = m.group("title")
            if kind := kind_of(title):
                titles[kind].add(title)
    return titles


def built_rows(texts: Iterable[tuple[str, str]]) -> BuiltRows:
    """The kinds ending MIN_TITLES titles or more, most titles first, with a note of how
    many kinds end any; the 80 commonest printed with their titles, to read."""
    titles = count_kinds(texts)
    rows = sorted(
        ((kind, len(ts), min(ts)) for kind, ts in titles.items() if len(ts) >= MIN_TITLES),
        key=lambda r: (-r[1], r[0]),
    )
    for kind, ts in sorted(titles.items(), key=lambda kv: -len(kv[1]))[:80]:
        print(kind, len(ts), " ".join(sorted(ts)[:4]))
    note = f"# {len(titles)} kinds end 《》 titles of plans; {len(rows)} end {MIN_TITLES} or more"
    return BuiltRows(rows, (note,))


def main(argv: list[str] | None = None) -> int:
    title = "Plan kinds, built by scripts/build_plan_kinds.py"
    columns = ["kind", "titles", "example"]
    return run_regional_build(
        argv, __doc__ or "", REGIONS, RESOURCES, OUTPUT, title, columns, built_rows
    )


if __name__ == "__main__":
    sys.exit(main())
