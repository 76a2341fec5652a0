"""Funds whose head is a money word other than 基金 or 资金 (…储金, …准备金, …周转金: issue 19,
session 34).

The laws name some funds by a head ending in 金 that is no 基金: a reserve a government sets
up (…救灾准备金), money a budget lends and takes back (…预算周转金), the savings of
a severance scheme a board supervises (…离职储金). The same heads, and others ending in 金,
also name a payment to or from one person: a benefit (…救助储金, 抚恤金), a fine (罚金), a
deposit returned (保证金), a salary (薪金) — none of them a fund (the gold convention:
benefits, deposits, fees and reserves of one firm are money by kind).

Two readings, one set of frames (grammar, closed sets):

- the heads: `resources/money_heads.tsv`, built by `scripts/build_money_heads.py` from the
  scale corpus, the heads the laws put in a frame of a pool (POOL_BEFORE, drawn from with
  从…中, POOL_AFTER) in at least as many files as in a frame of one person's payment
  (PERSON_BEFORE) — the builder's docstring gives the thresholds;
- one document: a phrase ending with such a head is a fund only where this document itself
  puts the whole name in a frame of a pool (`pooled_in`): 设立|甲救灾准备金, 从|甲周转金|中,
  甲储金|之收支. A phrase the document only pays to a person (发给|甲救助储金) is none.

fundnames.read_funds reads the name back from such a head as from 基金 (rule:money-pool).
"""

from __future__ import annotations

import re
from functools import lru_cache

from .vocabulary import lines_of

__all__ = [
    "FUND_WORDS",
    "MONEY_END",
    "PERSON_BEFORE",
    "POOL_AFTER",
    "POOL_BEFORE",
    "SOURCE_AFTER",
    "SOURCE_BEFORE",
    "money_head",
    "money_heads",
    "pooled_in",
]

MONEY_END = "金"
FUND_WORDS = ("基金", "资金")  # read by the fund reader itself
# the verbs before a pool: set up, paid into, misappropriated (public money held in a pool).
# Not 提拨, setting aside from one's own surplus: how a firm keeps its reserve (应提拨|资遣
# 准备金), money by kind in the gold convention
POOL_BEFORE = frozenset(
    {"设立", "建立", "设置", "纳入", "缴入", "存入", "拨入", "转入", "划入"}
    | {"挪用", "截留", "私分", "贪污", "侵占"}
)
# the words after a pool (its 之/的 between): its revenue and spending, management, use.
# Not its account (专户) or custody (保管): any reserve one employer keeps has them too
# (甲公司|员工资遣准备金|专户: money by kind in the gold convention)
POOL_AFTER = frozenset({"收支", "管理", "运用", "监理", "调剂", "筹集", "使用", "用于"})
SOURCE_BEFORE = frozenset({"从", "由", "自", "在"})  # 从…中 支付: drawn from the pool
SOURCE_AFTER = frozenset({"中", "内"})
# the verbs before a payment to or from one person: received, fined, returned
PERSON_BEFORE = frozenset(
    {"领取", "发给", "发放", "享受", "获得", "申领", "支给", "颁发", "给予", "支付"}
    | {"增发", "减发", "停发", "处以", "并处", "没收", "退还", "返还"}
)
_LINKS = ("的", "之")


@lru_cache(maxsize=1)
def money_heads() -> tuple[str, ...]:
    """The heads of resources/money_heads.tsv, longest first."""
    heads = {line.split("\t")[0] for line in lines_of("money_heads.tsv")}
    return tuple(sorted(heads, key=lambda h: (-len(h), h)))


def money_head(word: str) -> bool:
    """`word` (a segmenter's word, Simplified) ends with a money head of the list and is no
    基金 or 资金 (the fund reader's own heads)."""
    return not word.endswith(FUND_WORDS) and word.endswith(money_heads())


@lru_cache(maxsize=1)
def _frame_parts() -> tuple[str, str, str, str]:
    def alternatives(words: frozenset[str]) -> str:
        return "|".join(sorted(words, key=len, reverse=True))

    return (
        alternatives(POOL_BEFORE),
        alternatives(POOL_AFTER),
        alternatives(SOURCE_BEFORE),
        alternatives(SOURCE_AFTER),
    )


def pooled_in(text: str, start: int, end: int, name: str) -> bool:
    """The document text[start:end] (Simplified) puts `name` in a frame of a pool at least
    once: after a verb of POOL_BEFORE, between 从 and 中, or before a word of POOL_AFTER
    (之 or 的 between). One search of the document."""
    before, after, source, source_end = _frame_parts()
    links = "|".join(_LINKS)
    stem = re.escape(name)
    pattern = re.compile(
        rf"(?:{before}){stem}|(?:{source}){stem}(?:{source_end})"
        rf"|{stem}(?:{links})?(?:{after})"
    )
    return pattern.search(text, start, end) is not None
