"""Build the laws' evidence about a quote and the platform head after it (issue 19, session 29).

    .venv/bin/python scripts/build_quoted_coin_evidence.py [--corpus ../shared/corpus/scale]

Writes `ingest/resources/quoted_coin_evidence.tsv`, read by
`policykg.ingest.extract.quoted_coins`. A quote before a platform head (“甲”服务平台) names
one platform when the quote is a coin and the head ends the phrase. Two counts answer
whether it is so:

- `after_head`: the words the laws write right after platform heads (平台|建设, 系统|运行,
  网络|数据), with how many different heads: what is done to a platform or is part of it. A noun after the head that the
  laws never write there takes the phrase on to another thing (…网络|专项行动, …系统|改革):
  the head is a modifier, the quote names a campaign or a reform.
- `spread`: for each word of the laws, how many different words they write right after it.
  A word written before many different words (一站式服务, 一站式办理, 一站式受理 …) is a
  modifier of kinds; quoted before a head it says what kind of counter or system it is,
  not which one.

Source: the scale corpus (`scale_corpus.read_corpus`: LawRefBook-Laws, Simplified Markdown;
mojLawSplitJSON, Traditional JSON read in Simplified), less the gold documents. Each
clause is segmented as `quoted_platforms` segments a quote's surroundings (rjieba, the
project's dictionary loaded, text folded to Simplified). A platform head is a word that
ends in one (`quoted_platforms.platform_head`). `after_head` rows: every Han word seen
right after a platform head, with the number of distinct head words it follows (one head
is a word's own phrase or a false head: 宅基地|改革); `spread` rows: a Han word of two characters or
more, no proper noun (tags nr, ns, nt, nrt), seen before at least SPREAD_WRITTEN distinct
Han words, with their number. Output is sorted, so a rebuild from the same sources gives
the same file.

Columns: row kind (after_head or spread), word, count (distinct heads before it, or distinct
words after it).
"""

from __future__ import annotations

import re
import sys
import time
from collections import defaultdict
from itertools import pairwise
from pathlib import Path

import rjieba
from policykg.ingest.extract.dictionary import prepare
from policykg.ingest.extract.quoted_platforms import platform_head
from policykg.ingest.script import to_simplified

sys.path.insert(0, str(Path(__file__).resolve().parent))
from scale_corpus import read_corpus, run_self_writing_build, write_table

RESOURCES = Path(__file__).resolve().parents[1] / "ingest" / "resources"
OUTPUT = "quoted_coin_evidence.tsv"
SPREAD_WRITTEN = 5  # distinct following words: the least the reader could ask
PROPER_TAGS = frozenset({"nr", "ns", "nt", "nrt"})
_CLAUSE = re.compile(r"[^，。；：！？\n（）()《》“”「」‘’『』\"、]+")
_HAN = re.compile("^[\u3400-\u9fff]")


def count(texts) -> tuple[dict[str, set[str]], dict[str, set[str]]]:
    """(the platform heads before each word, each proper-less word's following words)."""
    prepare()
    after_head: dict[str, set[str]] = defaultdict(set)
    followers: dict[str, set[str]] = defaultdict(set)
    for text in texts:
        for clause in _CLAUSE.findall(to_simplified(text)):
            words = rjieba.tag(clause)
            for (word, tag), (following, _) in pairwise(words):
                if not _HAN.match(following):
                    continue
                if platform_head(word):
                    after_head[following].add(word)
                if len(word) > 1 and tag not in PROPER_TAGS and _HAN.match(word):
                    followers[word].add(following)
    return after_head, followers


def build(corpus: Path, out: Path) -> dict[str, object]:
    started = time.monotonic()
    laws = list(read_corpus(corpus))
    after_head, followers = count(law.text for law in laws)
    spread = {word: len(after) for word, after in followers.items()}
    rows = sorted(
        [("after_head", word, len(heads)) for word, heads in after_head.items()]
        + [("spread", word, n) for word, n in spread.items() if n >= SPREAD_WRITTEN]
    )
    write_table(
        out / OUTPUT,
        "The words the laws write after a platform head, and how widely they spread each word",
        Path(__file__).name,
        __doc__,
        f"{len(rows)} rows; {len(laws)} files read",
        ["row", "word", "count"],
        rows,
    )
    return {
        "files": len(laws),
        "after_head": len(after_head),
        "spread": sum(n >= SPREAD_WRITTEN for n in spread.values()),
        "seconds": round(time.monotonic() - started, 1),
    }


def main(argv: list[str] | None = None) -> int:
    return run_self_writing_build(build, __doc__, RESOURCES, argv)


if __name__ == "__main__":
    sys.exit(main())
