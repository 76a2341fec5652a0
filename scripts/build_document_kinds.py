"""Build the list of document-kind words (issue 19): the words that end a 关于…的 title.

    .venv/bin/python scripts/build_document_kinds.py [--corpus ../shared/corpus/scale]

Writes `ingest/resources/document_kinds.txt` (read by
`policykg.ingest.extract.unmarked_titles`): one Simplified word a line after `#` header lines
that name the source. A word is kept when it ends, after the last 的, at least MIN_COUNT
titles of the form …关于…的WORD among the laws' own titles and the 《》 titles their texts
cite (决定, 解释, 通知, 批复, 意见, 请示, 复函 …), and is at most MAX_LENGTH characters.
Output is sorted, so a rebuild gives the same bytes.
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import Counter
from pathlib import Path

from policykg.ingest.script import to_simplified

sys.path.insert(0, str(Path(__file__).resolve().parent))
from scale_corpus import COLLECTIONS, DEFAULT_CORPUS, left_out, read_corpus

OUT = Path(__file__).resolve().parents[1] / "ingest" / "resources" / "document_kinds.txt"
MIN_COUNT = 2
MAX_LENGTH = 4
_CITED = re.compile(r"《([^《》\n]{4,120})》")
_KIND = re.compile(rf"关于.+的([^的]{{1,{MAX_LENGTH}}})$")


def count_kinds(corpus: Path) -> tuple[Counter, int, int]:
    kinds: Counter = Counter()
    laws = titles = 0
    for law in read_corpus(corpus):
        laws += 1
        for title in (law.title, *(m.group(1) for m in _CITED.finditer(law.text))):
            titles += 1
            if (m := _KIND.search(to_simplified(title.strip()))) is not None:
                kinds[m.group(1)] += 1
    return kinds, laws, titles


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").split("\n\n")[0])
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--out", type=Path, default=OUT)
    args = parser.parse_args(argv)
    kinds, laws, titles = count_kinds(args.corpus)
    kept = sorted(word for word, count in kinds.items() if count >= MIN_COUNT)
    header = [
        "# policykg document kinds 1",
        "# Built by scripts/build_document_kinds.py from the scale corpus:",
        *(f"#   {source}" for source in COLLECTIONS.values()),
        left_out(),
        f"# {laws} laws, {titles} titles (their own and the 《》 titles they cite);",
        f"# the word after the last 的 of a 关于…的 title, seen {MIN_COUNT}+ times: {len(kept)} words",
    ]
    args.out.write_text("\n".join(header + kept) + "\n", encoding="utf-8")
    print(f"{len(kept)} kinds -> {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
