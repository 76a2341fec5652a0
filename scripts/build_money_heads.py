"""Build the money heads that name funds (issue 19, session 34): the words ending in 金, other
than 基金 and 资金, that the laws use for a pool of money set up, paid into, managed or drawn
from (准备金, 储金, 周转金), not for a payment to or from one person (抚恤金, 罚金, 保证金).

    .venv/bin/python scripts/build_money_heads.py [--corpus ../shared/corpus/scale]

Writes `ingest/resources/money_heads.tsv`, read by `policykg.ingest.extract.money_pools`.

Source: the scale corpus (LawRefBook-Laws, mojLawSplitJSON, gold documents left out:
    `scale_corpus.read_corpus`), each clause folded to Simplified and tagged by rjieba.
    A head is an rjieba word of two characters or more ending in 金 that is no 基金 or 资金
    (those the fund reader reads itself). The phrase it ends is read back over nouns,
    verbs and adjectives (at most PHRASE_WORDS words, to a frame word). Per head: the files
    where the phrase stands in a frame of a pool (`money_pools`: right after a verb of
    POOL_BEFORE, 设立/纳入/挪用…; between 从/由/在 and 中/内; right before a word of
    POOL_AFTER, 收支/管理/使用…, 之 or 的 between) and the files where it stands right after a
    verb of a payment to or from one person (PERSON_BEFORE: 领取, 发给, 处以, 退还 …).
    A phrase counts as a pool only when words of its own stand before the head (a named
    pool, not 现金|管理 or 资本金|的使用: money by kind). A head is kept when at least
    MIN_POOL_FILES files use it as a pool and at most PERSON_SHARE as many as a person's
    payment (奖学金, given to students in more files than half those it is set up in, goes;
    现金 and 资本金, pooled only bare, go too): the head
    names pools far more than payments, and the reader still asks each document to say
    which of the two a phrase is (`pooled_in`).

Columns: head, files as a pool, files as a person's payment, files in all.
"""

from __future__ import annotations

import re
import sys
from collections import defaultdict
from pathlib import Path

import rjieba
from policykg.ingest.extract.money_pools import (
    FUND_WORDS,
    MONEY_END,
    PERSON_BEFORE,
    POOL_AFTER,
    POOL_BEFORE,
    SOURCE_AFTER,
    SOURCE_BEFORE,
)
from policykg.ingest.script import to_simplified

sys.path.insert(0, str(Path(__file__).resolve().parent))
from scale_corpus import read_corpus, run_build

ROOT = Path(__file__).resolve().parents[1]
OUTPUT = ROOT / "ingest" / "resources" / "money_heads.tsv"
# the words of the phrase a head ends: nouns, names, verbs and adjectives of its purpose
# (资遣|离职|储金, 防汛|救灾|准备金)
PHRASE_TAGS = frozenset({"n", "nz", "ns", "nt", "j", "vn", "b", "an", "l", "v", "a"})
PHRASE_WORDS = 5
CLAUSE = re.compile(r"[，。；：！？\n]")
LINKS = frozenset({"的", "之"})
# a pool in three files or more: fewer is one law and its revision (公司法 2018 and 2023) or one
# family of rules (公积金: two, and a gold convention's class of each employee's savings)
MIN_POOL_FILES = 3
PERSON_SHARE = 0.5  # person files at most this share of the pool files
FRAMES = POOL_BEFORE | PERSON_BEFORE


def _head(word: str) -> bool:
    return len(word) >= 2 and word.endswith(MONEY_END) and not word.endswith(FUND_WORDS)


def _phrase_start(words: list[tuple[str, str]], at: int) -> int:
    k = at
    while k > 0 and at - k < PHRASE_WORDS and words[k - 1][1] in PHRASE_TAGS:
        if words[k - 1][0] in FRAMES:
            break
        k -= 1
    return k


def frames_in(clause: str) -> list[tuple[str, bool, bool]]:
    """(head, a frame of a pool holds its phrase, a frame of a person's payment does) for
    each money head of the clause (Simplified)."""
    words = rjieba.tag(clause)
    out = []
    for at, (word, _) in enumerate(words):
        if not _head(word):
            continue
        k = _phrase_start(words, at)
        before = words[k - 1][0] if k else ""
        following = [w for w, _ in words[at + 1 : at + 3]]
        managed = bool(following) and (
            following[0] in POOL_AFTER
            or (following[0] in LINKS and len(following) > 1 and following[1] in POOL_AFTER)
        )
        drawn = bool(following) and following[0] in SOURCE_AFTER and before in SOURCE_BEFORE
        # a pool is named: words of its own before the head (not bare 现金管理, 资本金的使用)
        pool = k < at and (before in POOL_BEFORE or managed or drawn)
        out.append((word, pool, before in PERSON_BEFORE))
    return out


def build(corpus: Path) -> list[tuple[str, int, int, int]]:
    pools: dict[str, set[str]] = defaultdict(set)
    persons: dict[str, set[str]] = defaultdict(set)
    seen: dict[str, set[str]] = defaultdict(set)
    for law in read_corpus(corpus):
        text = to_simplified(law.text)
        if MONEY_END not in text:
            continue
        for clause in CLAUSE.split(text):
            if MONEY_END not in clause:
                continue
            for head, pool, person in frames_in(clause):
                seen[head].add(law.path)
                if pool:
                    pools[head].add(law.path)
                if person:
                    persons[head].add(law.path)
    rows = [
        (head, len(pools[head]), len(persons[head]), len(seen[head]))
        for head in seen
        if len(pools[head]) >= MIN_POOL_FILES
        and len(persons[head]) <= PERSON_SHARE * len(pools[head])
    ]
    return sorted(rows, key=lambda r: (-r[1], r[0]))


def main(argv: list[str] | None = None) -> int:
    return run_build(
        argv,
        __doc__ or "",
        OUTPUT,
        build,
        "Money heads that name funds (head, files as a pool, files as a person's payment, files)",
        "build_money_heads.py",
        "money heads",
        ("head", "pool files", "person files", "files"),
    )


if __name__ == "__main__":
    sys.exit(main())
