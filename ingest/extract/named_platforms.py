"""One named system or service by how the laws write the whole phrase (issue 19, session 23).

A descriptive kind (信息平台, 公共服务平台, 管理系统) and one system known across the country
(全国信用信息共享平台, 工程建设项目审批管理系统) are both a few nouns and a head, and a
document may name either once: its own words do not tell them apart. How the laws write
the phrase does (`resources/named_platforms.tsv`, built by `scripts/build_named_platforms.py`
from the scale corpus and the LawRefBook regional laws, gold documents left out):

- a **named system** is written whole, the same way, by at least MIN_DOCUMENTS documents of
  at least MIN_ISSUERS different issuers; at most KIND_SHARE of its uses say a kind (after a
  quantifier, an item of a list 等 closes); at least MIN_DEFINITE of its uses, and
  DEFINITE_SHARE of them, are the object of a definite act (依托, 纳入, 通过, 录入, 登录: the
  frames of use that take one system, `DEFINITE_ACTS`); few longer phrases of the laws end in it (at most
  1/MODIFIER_RATIO as many as the documents: 管理信息平台 ends 13 longer phrases in 8
  documents, a kind with many modifiers); and it is at least MIN_LENGTH characters long
  (在线平台, 应急平台: a modifier and a head say a kind however they are written);
- a **kind** is said as one in at least KIND_SHARE_OF_A_KIND of its uses, by at least
  MIN_DOCUMENTS documents.

The thresholds are the table's (benchmarks/RESULTS.md, "Named systems by their recurrence
(issue #19, session 23)"). The reader is one dictionary look-up per candidate.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from .platform_use import DEFINITE_ACTS  # what is relied on, put into, gone through…
from .platform_use import HEADS as USE_HEADS
from .vocabulary import lines_of

__all__ = [
    "DEFINITE_ACTS",
    "HEADS",
    "MIN_CHARS",
    "Writing",
    "a_kind_by_the_laws",
    "a_tail_of_many",
    "named_by_the_laws",
    "writings",
]

# the heads of systems, networks and services: those of `platform_use` (系统 网络 网站
# 平台) less 网 (管网, 防尘网: pipes and nets as often as sites, and sites are named by their
# owner: service_names.tsv), a telephone line (热线), a service counter (窗口), a board of
# a market (板: 创业板), the electronic port (口岸)
HEADS = (*(head for head in USE_HEADS if head != "网"), "热线", "窗口", "板", "口岸")
MIN_CHARS = 3  # characters of a phrase the builder counts: 科创板
MIN_LENGTH = 5  # characters of a named system: 在线平台, 应急平台, 监管系统 are kinds
# documents: of the rows the laws write in exactly three, half are a sector's networks
# (城市供电网络, 社区服务网络), written whole after 纳入/依托 as a system is
MIN_DOCUMENTS = 4
MIN_ISSUERS = 3  # one issuer's many regulations name its own platform, not one known widely
KIND_SHARE = 0.05
KIND_SHARE_OF_A_KIND = 0.2
MIN_DEFINITE = 2
DEFINITE_SHARE = 0.1
MODIFIER_RATIO = 3


@dataclass(frozen=True)
class Writing:
    """How the laws write one phrase: the documents and issuers that write it whole, its
    uses, those that say a kind, those after a definite act, and the longer phrases of the
    table that end in it."""

    documents: int
    issuers: int
    uses: int
    kind: int
    definite: int
    modifiers: int

    def names_one_thing(self) -> bool:
        return (
            self.documents >= MIN_DOCUMENTS
            and self.issuers >= MIN_ISSUERS
            and self.kind <= KIND_SHARE * self.uses
            and self.definite >= max(MIN_DEFINITE, DEFINITE_SHARE * self.uses)
            and self.modifiers * MODIFIER_RATIO <= self.documents
        )

    def ends_many_names(self) -> bool:
        """As many longer phrases of the laws end in it as documents write it whole: a
        tail that modifiers make into many systems (信息管理平台: 6 longer, 4 documents)."""
        return self.modifiers >= self.documents > 0

    def says_a_kind(self) -> bool:
        return self.documents >= MIN_DOCUMENTS and self.kind >= KIND_SHARE_OF_A_KIND * self.uses


@lru_cache(maxsize=1)
def writings() -> dict[str, Writing]:
    """phrase (Simplified) → how the laws write it (resources/named_platforms.tsv)."""
    table = {}
    for line in lines_of("named_platforms.tsv"):
        phrase, *counts = line.split("\t")
        table[phrase] = Writing(*map(int, counts))
    return table


def named_by_the_laws(name: str) -> bool:
    """The laws write `name` (Simplified) as one named system (module docstring)."""
    found = writings().get(name)
    return len(name) >= MIN_LENGTH and found is not None and found.names_one_thing()


def a_kind_by_the_laws(name: str) -> bool:
    """The laws write `name` (Simplified) as a kind of system (module docstring)."""
    found = writings().get(name)
    return found is not None and found.says_a_kind()


def a_tail_of_many(name: str) -> bool:
    """The laws make `name` (Simplified) the tail of as many longer phrases as they write
    it whole (`Writing.ends_many_names`): a descriptive tail, not one system's name."""
    found = writings().get(name)
    return found is not None and found.ends_many_names()
