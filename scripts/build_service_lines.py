"""Build `ingest/resources/service_lines.tsv`: how the laws write service lines named by their
number (issue 19, session 34).

    .venv/bin/python scripts/build_service_lines.py [--corpus ../shared/corpus/scale] [--local DIR]

Read by `policykg.ingest.extract.service_numbers`. An emergency or public-service line is
named by the number dialled (拨打“130”, 通过96177燃气服务热线); the laws say which words stand
before such numbers, and which line phrases they write after one.

Source: the scale corpus (LawRefBook-Laws, mojLawSplitJSON) and, with `--local DIR`, the
    local regulations of a checkout of LawRefBook/Laws (`DLC/<region>地方法规`, the seven
    regions of `scale_corpus.REGIONS`) not held in the scale corpus already; from both, less
    the documents of the gold sets (scripts/held_out.py). Each text is folded to Simplified
    and each clause holding digits or a line head is segmented as the reader segments it
    (`phrases.tokenise`). A service number is a number of three to six digits that neither
    counts, dates nor is part of a longer number or an article's (`service_numbers.number_at`)
    and that stands alone in quotes (“130”, not in a list 等 closes) or right before a line's
    words ending in a line head (`service_numbers.LINE_HEADS`: 96177燃气服务热线, 96170求助电话).
    Role `frame`: a word of two characters or more that the segmenter tags a verb or a
    preposition, standing right before a service number (before its opening quote) in at
    least MIN_FRAME_FILES files. Role `line`: a phrase of whole words ending in a word that
    ends in a line head, at least MIN_LINE_CHARS long, written by at least MIN_LINE_FILES
    files, at least MIN_NUMBERED times right after a service number and in at least
    NUMBERED_SHARE of its uses (every run of words ending at a line head counts as a use of
    each of its word-final phrases: 燃气|服务|热线 is a use of 服务热线 too). Sorted: a rebuild
    from the same sources gives the same file.

Columns: role, word or phrase, files, uses, uses right after a service number.
"""

from __future__ import annotations

import re
import sys
from collections import defaultdict
from pathlib import Path

from policykg.ingest.extract.phrases import tokenise
from policykg.ingest.extract.service_numbers import (
    LINE_HEADS,
    MAX_LINE_WORDS,
    is_line_head,
    number_at,
    numbered_by,
)
from policykg.ingest.script import to_simplified

sys.path.insert(0, str(Path(__file__).resolve().parent))
from scale_corpus import REGIONS, BuiltRows, run_regional_build

ROOT = Path(__file__).resolve().parents[1]
RESOURCES = ROOT / "ingest" / "resources"
OUTPUT = "service_lines.tsv"
MIN_FRAME_FILES = 3
MIN_LINE_CHARS = 4  # 服务热线 and longer: a field word and a head
MIN_LINE_FILES = 3
MIN_NUMBERED = 3
NUMBERED_SHARE = 0.5
_FRAME_TAGS = ("v", "p")
_CLAUSE = re.compile(r"[^。；;！？!?\n]+")
_WANTED = re.compile("[0-9]{3}|" + "|".join(LINE_HEADS))
_WORD_TAGS_BREAK = frozenset({"x", "p", "c", "u", "uj", "ul", "uz", "r", "y", "w", "m", "d"})


class Counts:
    def __init__(self) -> None:
        self.frames: dict[str, set[str]] = defaultdict(set)
        self.frame_uses: dict[str, int] = defaultdict(int)
        self.line_files: dict[str, set[str]] = defaultdict(set)
        self.line_uses: dict[str, int] = defaultdict(int)
        self.numbered: dict[str, int] = defaultdict(int)

    def read(self, path: str, text: str) -> None:
        simplified = to_simplified(text)
        for clause in _CLAUSE.finditer(simplified):
            if not _WANTED.search(clause.group()):
                continue
            tokens = tokenise(simplified, clause.start(), clause.end())
            for k in range(len(tokens)):
                before = numbered_by(tokens, k) if number_at(tokens, k) else None
                if (
                    before is not None
                    and len(before.word) >= 2
                    and before.tag.startswith(_FRAME_TAGS)
                ):
                    self.frames[before.word].add(path)
                    self.frame_uses[before.word] += 1
                if is_line_head(tokens[k].word):
                    self._line_phrases(path, tokens, k)

    def _line_phrases(self, path: str, tokens, head: int) -> None:
        """Every run of whole words ending at tokens[head] is a use of that phrase; numbered
        when a service number stands right before it."""
        for first in range(head, max(-1, head - MAX_LINE_WORDS), -1):
            if first < head and tokens[first].tag in _WORD_TAGS_BREAK:
                break
            phrase = "".join(t.word for t in tokens[first : head + 1])
            self.line_files[phrase].add(path)
            self.line_uses[phrase] += 1
            j = first - 1
            if j >= 0 and tokens[j].word in '”」"':
                j -= 1
            if j >= 0 and number_at(tokens, j):
                self.numbered[phrase] += 1


def rows_of(texts: list[tuple[str, str]]) -> BuiltRows:
    counts = Counts()
    for path, text in texts:
        counts.read(path, text)
    rows = [
        ("frame", word, len(files), counts.frame_uses[word], counts.frame_uses[word])
        for word, files in counts.frames.items()
        if len(files) >= MIN_FRAME_FILES
    ]
    rows += [
        ("line", phrase, len(files), counts.line_uses[phrase], counts.numbered[phrase])
        for phrase, files in counts.line_files.items()
        if len(phrase) >= MIN_LINE_CHARS
        and len(files) >= MIN_LINE_FILES
        and counts.numbered[phrase] >= MIN_NUMBERED
        and counts.numbered[phrase] >= NUMBERED_SHARE * counts.line_uses[phrase]
    ]
    notes = (
        f"# frames: at least {MIN_FRAME_FILES} files; lines: at least {MIN_LINE_FILES} files,"
        f" {MIN_NUMBERED} numbered uses and {NUMBERED_SHARE} of the uses numbered",
    )
    return BuiltRows(sorted(rows), notes)


def main(argv: list[str] | None = None) -> int:
    title = "Service lines named by their number, built by scripts/build_service_lines.py"
    columns = ["role", "text", "files", "uses", "numbered"]
    return run_regional_build(
        argv, __doc__ or "", REGIONS, RESOURCES, OUTPUT, title, columns, rows_of
    )


if __name__ == "__main__":
    sys.exit(main())
