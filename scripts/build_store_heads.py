"""Build the heads of record stores (issue 19, session 32): the words ending in 库 that the
laws use for a store of entries, an expert pool, a register or a database, one is drawn
from, put into or searched, not a store of goods (仓库, 水库, 火药库) nor the treasury (国库).

    .venv/bin/python scripts/build_store_heads.py [--corpus ../shared/corpus/scale]

Writes `ingest/resources/store_heads.tsv`, read by `policykg.ingest.extract.used_stores`.

Source: the scale corpus (LawRefBook-Laws, mojLawSplitJSON, gold documents left out:
    `scale_corpus.read_corpus`), each line folded to Simplified and segmented by rjieba.
    A head is an rjieba noun ending in 库 of two characters or more (专家库, 资料库), or
    the last two characters of the noun before a lone 库 and the 库 (名录|库 → 名录库,
    企业名单|库 → 名单库). Per head: the files where the
    phrase it ends is the object of an act of entry (ENTRY_ACTS: 纳入, 录入, 抽取, 查询 …,
    right before the phrase, or with 至/到 after it: 传输至…库, or, after 从, later in the
    clause: 从…库中随机抽取) and the
    files where it is the object or place of an act of keeping goods (KEEPING_ACTS: 储存,
    存放, 上缴 …, in the same clause). A head is kept when at least MIN_FILES files use it
    for entries and no more than KEEPING_SHARE of its files keep goods in it.

Columns: head, files of entries, files of goods.
"""

from __future__ import annotations

import re
import sys
from collections import defaultdict
from pathlib import Path

import rjieba
from policykg.ingest.extract.used_stores import ENTRY_ACTS, SENT_TO, STORE_END, store_head
from policykg.ingest.script import to_simplified

sys.path.insert(0, str(Path(__file__).resolve().parent))
from scale_corpus import read_corpus, run_build

ROOT = Path(__file__).resolve().parents[1]
OUTPUT = ROOT / "ingest" / "resources" / "store_heads.tsv"
# acts of keeping goods or money (grammar): a store of things, not of entries
KEEPING_ACTS = frozenset(
    {"储存", "存放", "贮存", "储藏", "堆放", "储备", "保管", "上缴", "缴入", "解缴", "缴库"}
)
SOURCE = "从"  # 从…库中抽取: the store drawn from, the act later in the clause
# the words of the phrase a head ends, read back to the act (a noun phrase: nouns,
# names, distinguishing words, a verb of what the store is for: 评标|专家库)
PHRASE_TAGS = frozenset({"n", "nz", "ns", "nt", "j", "vn", "b", "an", "l", "nr", "v", "a"})
LONGEST_RUN = 6  # words of the phrase before the head
CLAUSE = re.compile(r"[，。；：！？\n]")
MIN_FILES = 2
KEEPING_SHARE = 0.25


def _phrase_start(words: list[tuple[str, str]], at: int) -> int:
    k = at
    while k > 0 and at - k < LONGEST_RUN and words[k - 1][1] in PHRASE_TAGS:
        if words[k - 1][0] in ENTRY_ACTS | KEEPING_ACTS:
            break
        k -= 1
    return k


def uses_in(clause: str) -> list[tuple[str, bool, bool]]:
    """(head, an entry act takes it, a keeping act takes it) for each store head of the
    clause (Simplified)."""
    words = rjieba.tag(clause)
    present = {w for w, _ in words}
    out = []
    for at in range(len(words)):
        head = store_head(words, at)
        if not head:
            continue
        k = _phrase_start(words, at)
        before = words[k - 1][0] if k else ""
        drawn = any(w == SOURCE for w, _ in words[max(0, k - 4) : k]) and any(
            w in ENTRY_ACTS for w, _ in words[at + 1 :]
        )
        sent = before.endswith(SENT_TO) and (
            before[:-1] in ENTRY_ACTS or (k >= 2 and words[k - 2][0] in ENTRY_ACTS)
        )
        entry = before in ENTRY_ACTS or sent or drawn
        out.append((head, entry, bool(present & KEEPING_ACTS)))
    return out


def build(corpus: Path) -> list[tuple[str, int, int]]:
    entries: dict[str, set[str]] = defaultdict(set)
    goods: dict[str, set[str]] = defaultdict(set)
    seen: dict[str, set[str]] = defaultdict(set)

    for law in read_corpus(corpus):
        text = to_simplified(law.text)
        if STORE_END not in text:
            continue
        for clause in CLAUSE.split(text):
            if STORE_END not in clause:
                continue
            for head, entry, keeping in uses_in(clause):
                seen[head].add(law.path)
                if entry:
                    entries[head].add(law.path)
                if keeping:
                    goods[head].add(law.path)
    rows = [
        (head, len(entries[head]), len(goods[head]))
        for head in seen
        if len(entries[head]) >= MIN_FILES and len(goods[head]) <= KEEPING_SHARE * len(seen[head])
    ]
    return sorted(rows, key=lambda r: (-r[1], r[0]))


def main(argv: list[str] | None = None) -> int:
    return run_build(
        argv,
        __doc__ or "",
        OUTPUT,
        build,
        "Heads of record stores (head, files of entries, files of goods)",
        "build_store_heads.py",
        "store heads",
        ("head", "entry files", "goods files"),
    )


if __name__ == "__main__":
    sys.exit(main())
