"""Build `ingest/resources/plan_kind_names.tsv`: the names of kinds of plans and lists that
many laws write (国土空间规划, 控制性详细规划, 社会发展规划), which name no one document
(issue 19, session 24).

    .venv/bin/python scripts/build_plan_kind_names.py [--corpus ../shared/corpus/scale]

Read by `ingest/extract/repeated_plans.py`, which reads a bare name a regulation repeats after
a citing frame (根据本市氢能产业发展规划) as one document's title unless it, or a tail of it,
is listed here.

Source: the scale corpus (LawRefBook-Laws, mojLawSplitJSON), less the documents of the gold
    sets (scripts/held_out.py: seeds, dev gold, benchmarks/heldout). In each law, the names
    `repeated_plans.framed_names` reads after a citing frame (citing_frames.tsv, 纳入, 不受)
    or a drafting verb (编制, 制定 …: the plans a law orders made), folded to Simplified: a
    topic of four characters or more and a head (规划, 计划, 方案, 目录, 名录, 清单). A name
    written so in MIN_LAWS laws or more is a kind: the national laws define the plans each
    place makes (城乡规划法: 控制性详细规划), so the name recurs across laws; one place's
    own plan or list (a city's 公共数据共享目录) is written in its own regulation only. The
    scale corpus's own regional regulations (LawRefBook-Laws/DLC/广东地方法规: 84 files, 68
    after the gold documents are left out) are part of it and read like the rest; the
    LawRefBook mirror's other regional regulations are not read.
    Left out: a name that is 国家 and the name of a plan or list (a topic of MIN_TOPIC
    characters and a head: 国家重点保护野生动物名录): the state's own plan or list, one
    document the laws all cite, not a kind each place makes one of; 国家发展规划 (国家 and
    a kind's short name) stays a kind.

Columns: the name (Simplified), the laws writing it, the first of them.
"""

from __future__ import annotations

import sys
from collections import defaultdict
from pathlib import Path

from policykg.ingest.extract.law_titles import DRAFTING_VERBS
from policykg.ingest.extract.repeated_plans import HEADS, MIN_TOPIC, framed_names, reading_frames
from policykg.ingest.script import to_simplified

sys.path.insert(0, str(Path(__file__).resolve().parent))
from scale_corpus import read_corpus, run_build

OUT = Path(__file__).resolve().parents[1] / "ingest" / "resources" / "plan_kind_names.tsv"
MIN_LAWS = 2
STATE = "国家"


def the_states_own(name: str) -> bool:
    """国家 and the name of a plan or list (module docstring): one document, not a kind."""
    rest = name.removeprefix(STATE)
    return rest != name and rest.endswith(HEADS) and len(rest) >= MIN_TOPIC + 2


def build(corpus: Path) -> list[tuple[str, int, str]]:
    frames = (*reading_frames(), *DRAFTING_VERBS)
    laws: dict[str, list[str]] = defaultdict(list)
    for law in read_corpus(corpus):
        text = to_simplified(law.text)
        for name in {name for _, _, name in framed_names(text, 0, len(text), frames)}:
            laws[name].append(law.path)
    return sorted(
        (
            (name, len(paths), min(paths))
            for name, paths in laws.items()
            if len(paths) >= MIN_LAWS and not the_states_own(name)
        ),
        key=lambda row: (-row[1], row[0]),
    )


def main(argv: list[str] | None = None) -> int:
    return run_build(
        argv,
        __doc__ or "",
        OUT,
        build,
        "policykg plan kind names 1",
        "build_plan_kind_names.py",
        "names of kinds of plans and lists",
        ["name", "laws", "first"],
    )


if __name__ == "__main__":
    sys.exit(main())
