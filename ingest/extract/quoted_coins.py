"""Whether a quote and the platform head after it name one platform (issue 19, session 29).

`quoted_platforms` names a quote and the head right after it (“甲”服务平台) as one platform.
Two readings of the laws (`resources/quoted_coin_evidence.tsv`, built by
`scripts/build_quoted_coin_evidence.py` from the scale corpus) say when it is not so:

- **the phrase goes on past the head** (`goes_on_past_head`): a noun right after the head
  that the laws write after no two platform heads (…网络|专项行动, …系统|改革|经验) makes
  the head a modifier of that noun: the quote names a campaign, a reform or its experience,
  not a platform. What the laws do write there (平台|建设, 系统|运行, 网络|数据) is done to
  the platform or is part of it; a verb or a particle after the head ends the phrase, as
  does a word the laws hardly use (their silence says nothing of it) or read as a
  predicate (“甲”平台|网签|合同: the platform signs).
- **the quote is a modifier of kinds** (`modifier_of_kinds`): a quote of one word that the
  laws write before many different words (一站式|服务, 一站式|办理, 一站式|受理 …) says
  what kind of counter or system follows (“一站式”服务窗口: any office may open one), not
  which one. A coin (“甲乙家政”, a number) is no word the laws spread so.

The table is read once; each question is a segmentation of the quote and a dictionary
look-up.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from .boundary_evidence import load_evidence
from .vocabulary import lines_of

__all__ = ["CoinEvidence", "goes_on_past_head", "load_coin_evidence", "modifier_of_kinds"]

EVIDENCE_FILE = "quoted_coin_evidence.tsv"
# a word after the head is a platform's own (its building, its data, its line) when the
# laws write it after at least this many different platform heads: one head is the word's
# own phrase or a false head (宅基地|改革); the build writes every word it saw
MIN_AFTER_HEADS = 2
# a word written before at least this many different words is a modifier of kinds
# (一站式: 6 in the laws, gold documents left out); the build writes from SPREAD_WRITTEN = 5
SPREAD_MIN = 5
# the tags of a noun that can carry the phrase on (rjieba): nouns, verbal and
# distinguishing nouns, abbreviations and set phrases; not a verb (受理, 上线: a predicate
# after the platform) nor a particle or a localiser (的, 上)
_NOUN_TAGS = frozenset({"n", "vn", "nz", "b", "j", "l", "an", "ng"})
_VERBAL_NOUN = "vn"


@dataclass(frozen=True)
class CoinEvidence:
    """The laws' words after platform heads (with how many heads) and their words' spreads."""

    after_head: dict[str, int]
    spread: dict[str, int]


@lru_cache(maxsize=1)
def load_coin_evidence() -> CoinEvidence:
    after_head: dict[str, int] = {}
    spread: dict[str, int] = {}
    for line in lines_of(EVIDENCE_FILE):
        row, word, count = line.split("\t")
        (after_head if row == "after_head" else spread)[word] = int(count)
    return CoinEvidence(after_head, spread)


def goes_on_past_head(word: str, tag: str, next_tag: str = "") -> bool:
    """`word` (tagged `tag`, the word after it `next_tag`) right after a platform head
    carries the phrase on to another thing: a noun the laws do not write after platform
    heads (专项, 经验). A verbal noun does so only before another noun (改革|经验): alone it
    may be what one does by the platform (热线|咨询)."""
    if tag not in _NOUN_TAGS or (tag == _VERBAL_NOUN and next_tag not in _NOUN_TAGS):
        return False
    # the laws' silence is evidence only about a word they use (seen five times or more:
    # boundary_evidence), and a word they read as a predicate or function word ends the
    # phrase (网签|合同: the platform signs)
    evidence = load_evidence()
    if evidence.word(word) is None or evidence.stops_name(word):
        return False
    return load_coin_evidence().after_head.get(word, 0) < MIN_AFTER_HEADS


def modifier_of_kinds(words: list[tuple[str, str]]) -> bool:
    """The quote's `words` (its segmentation) are one word the laws write before many
    different words: it qualifies kinds (一站式, 全天候), it names nothing."""
    return len(words) == 1 and load_coin_evidence().spread.get(words[0][0], 0) >= SPREAD_MIN
