"""Build the heads of Taiwan's boards that the segmenter cuts (issue 19, session 19):
`board_heads.tsv`.

    .venv/bin/python scripts/build_board_heads.py [--corpus ../shared/corpus/scale]

Writes `ingest/resources/board_heads.tsv`, read by `policykg.ingest.extract.phrases`: the
words added to the segmenter's dictionary as nouns, so that a board's head stays one word
(電業爭議調處|審議會, not 審議|會, where 會 reads as the modal "will" and the head is lost).

Source: the titles of Taiwan's law index (mojLawSplitJSON/index.json, the Ministry of
Justice database, https://law.moj.gov.tw/) that set a body up or govern how it works:
a title ending in 組織…, 組成…, 設置… (規程, 準則, 辦法, 條例, 法, 通則, 要點),
審議規則, 會議規則 or 辦事細則 names its body before those words (保險審議會組織規程 →
保險審議會, 文化資產審議會組織及運作辦法 → 文化資產審議會). A body ending in 會 whose last
word the segmenter cuts off as 會 alone gives the head of its last two words (審議|會 →
審議會, 監理|會 → 監理會); a head is kept when MIN_BODIES bodies or more end with it.

Columns: head (Simplified), bodies (of the titles that end with it), example (one body).
"""

from __future__ import annotations

import re
import sys
from collections import Counter
from pathlib import Path

import rjieba
from policykg.ingest.script import to_simplified

sys.path.insert(0, str(Path(__file__).resolve().parent))
from scale_corpus import read_index, run_build

OUTPUT = Path(__file__).resolve().parents[1] / "ingest" / "resources" / "board_heads.tsv"
FORMAT = "policykg-board-heads 1"
MIN_BODIES = 2
BOARD_END = "会"  # the last character of a board's name (审议会, 委员会, 监理会)
# what a title that sets a body up or rules how it works says after the body's name
_ORGANISATION_RULE = re.compile(
    r"(?:(?:组织|组成|设置)[^会]{0,6}(?:规程|准则|办法|条例|法|通则|要点)"
    r"|审议规则|会议规则|办事细则)$"
)


def board_of(title: str) -> str | None:
    """The body a title sets up or rules (Simplified), or None."""
    simplified = to_simplified(title)
    m = _ORGANISATION_RULE.search(simplified)
    return simplified[: m.start()] if m and m.start() >= 3 else None


def head_of(body: str) -> str | None:
    """The head the segmenter cuts off a board's name (审议|会 → 审议会), or None when the
    name ends in a word of its own (委员会) or is no board's."""
    if not body.endswith(BOARD_END):
        return None
    words = rjieba.cut(body)
    if len(words) < 3 or words[-1] != BOARD_END or len(words[-2]) < 2:
        return None
    return words[-2] + BOARD_END


def build(corpus: Path) -> list[tuple[str, int, str]]:
    bodies: Counter = Counter()
    examples: dict[str, str] = {}
    for body in sorted({b for _, title in read_index(corpus) if (b := board_of(title))}):
        if (head := head_of(body)) is not None:
            bodies[head] += 1
            examples.setdefault(head, body)
    return sorted(
        (head, count, examples[head]) for head, count in bodies.items() if count >= MIN_BODIES
    )


def main(argv: list[str] | None = None) -> int:
    return run_build(
        argv,
        __doc__,
        OUTPUT,
        build,
        FORMAT,
        "build_board_heads.py",
        "board heads",
        ("head", "bodies", "example"),
    )


if __name__ == "__main__":
    raise SystemExit(main())
