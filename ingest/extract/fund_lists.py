"""Funds of Taiwan's own list of its funds, and the heads that list teaches (issue 19,
session 19).

Taiwan makes one rule for each of its special funds (…基金收支保管及運用辦法, …基金設置
條例, …基金管理委員會組織規程), so the titles of the Ministry of Justice index list them:
the rows `title_tw` of `resources/fund_names.tsv`, built by `scripts/build_fund_names.py`
(a title of another form may govern a class of funds, 境外基金管理辦法: `title_tw_other`).
Two readings use that list where fundnames.py's reading of the clause finds no fund or a
shorter one:

- `listed_start`: a listed fund written whole, where a name can begin, is the name with the
  list's boundaries, whatever the words inside it look like to the clause's rules
  (經濟|特別|收入|基金: 收入 is a verb by its tag; 石油|基金 has one modifier only); a
  word the list puts first in several names begins one whatever noun stands before it
  (甲部主管|國軍…基金), and a conjunction glued to its first character is left out
  (及榮|民醫院…: session 31);
- `taught_start`: a fund the list does not hold, written as the list writes its funds: the
  whole object of a preposition (於, 對, 向, 至; also glued to its verb: 充於) that ends
  with a head the list teaches (the word before 基金 in LISTED_HEAD_NAMES listed names or
  more: 保證|基金, 作業|基金, 收入|基金) and holds a proper element before it (an
  abbreviation, place or institution by its tag, or a word the boundary evidence finds
  beginning names: 中小企業, 花蓮縣). Such a name says what the fund is for, verbs included (捐助於|防止中小企業
  連鎖性倒閉互助保證基金: 防止 and 倒閉 are its purpose, not the clause's verbs).

Each reads at most MAX_WORDS words back from a head: linear in the text.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from functools import lru_cache

from .boundary_evidence import load_evidence
from .conjunctions import AND_OR
from .fund_words import (
    TAIWAN_TITLE,
    fund_name_rows,
    hard_stop,
    last_words,
    outside_names,
    permitted,
    set_up_verb,
)
from .orgnames import names_a_class
from .phrases import Token, nominal

__all__ = [
    "LISTED",
    "begins_here",
    "listed_first_words",
    "listed_funds",
    "listed_heads",
    "listed_name_start",
    "listed_start",
    "taught_start",
]

LISTED = "list:fund_names"  # found_by.RULES: the fund is an entry of Taiwan's list

MAX_WORDS = 12  # words of a listed fund's name, head included (one rule a fund: short names)
LISTED_HEAD_NAMES = 2  # listed names a word must stand before 基金 in to be a taught head
# prepositions whose object is a whole name (捐助於|…基金, 對|…基金): a closed set of the
# grammar; the set-up verbs' objects are read in fundnames.py
PREPOSITIONS = frozenset({"于", "於", "对", "向", "至"})
_PROPER_TAGS = frozenset({"j", "ns", "nt", "nz"})
_PRONOUN_TAG = "r"


@lru_cache(maxsize=1)
def listed_funds() -> frozenset[str]:
    """The funds of Taiwan's list (fund_names.tsv, rows title_tw), Simplified."""
    return frozenset(row.name for row in fund_name_rows() if row.source == TAIWAN_TITLE)


@lru_cache(maxsize=1)
def listed_heads() -> frozenset[str]:
    """The words right before the head in LISTED_HEAD_NAMES listed funds or more (保證:
    不動產經紀業營業保證基金, 租賃住宅服務業營業保證基金; 作業, 收入, 發展)."""
    before = last_words(listed_funds())
    return frozenset(word for word, count in before.items() if count >= LISTED_HEAD_NAMES)


def begins_here(tokens: Sequence[Token], begin: int) -> bool:
    """A name can begin at tokens[begin]: what stands before it is no word of a noun
    phrase (國民|住宅基金 is not 住宅基金), but punctuation, a function word, a verb, or a
    word that stands before names (隸屬於)."""
    if begin == 0:
        return True
    previous = tokens[begin - 1]
    return (
        hard_stop(previous)
        or not nominal(previous)
        or outside_names(previous.word, previous.tag)
        or load_evidence().stops_name(previous.word)
    )


@lru_cache(maxsize=1)
def listed_first_words() -> frozenset[str]:
    """The words that begin LISTED_HEAD_NAMES listed funds or more (國軍: 國軍生產作業基金,
    國軍官兵購置住宅貸款基金, …; 國立, 農業): an element the list puts first in its names."""
    evidence = load_evidence()
    first = Counter(evidence.segment(name)[0][0] for name in listed_funds())
    return frozenset(word for word, count in first.items() if count >= LISTED_HEAD_NAMES)


def listed_start(tokens: Sequence[Token], index: int) -> int | None:
    """The offset where the longest listed fund that ends with the head tokens[index]
    begins: made of whole words and beginning where a name can, or with a word the list
    puts first in several names whatever stands before it (甲部主管|國軍…基金: 主管 is a
    noun by its tag); or after a conjunction the segmenter glued to its first character
    (或學產|基金: 或|學產基金). None if none."""
    funds = listed_funds()
    name, found = "", None
    for begin in range(index, max(-1, index - MAX_WORDS), -1):
        word = tokens[begin].word
        if word[:1] in AND_OR and len(word) > 1 and word[1:] + name in funds:
            found = tokens[begin].start + 1  # 或|學產基金: the name follows the conjunction
        name = word + name
        if name in funds and (begins_here(tokens, begin) or word in listed_first_words()):
            found = tokens[begin].start
    return found


def _preposition(token: Token) -> bool:
    """One of PREPOSITIONS, alone or glued to the verb before it (充於, 撥入於: tagged v)."""
    return token.word in PREPOSITIONS or (
        len(token.word) >= 2 and token.word[-1] in PREPOSITIONS and token.tag.startswith("v")
    )


def taught_start(tokens: Sequence[Token], index: int) -> int | None:
    """The index of the first word of a fund written as the list writes its funds: the
    whole object of a preposition (PREPOSITIONS) ending with the head tokens[index], the
    word before which ends listed names (listed_heads), holding a proper element and no
    pronoun, and naming no class; None otherwise."""
    if index < 2 or tokens[index - 1].word not in listed_heads():
        return None
    begin = index - 1
    while begin > 0 and index - begin < MAX_WORDS and not hard_stop(tokens[begin - 1]):
        if _preposition(tokens[begin - 1]):
            break
        begin -= 1
    if begin == 0 or not _preposition(tokens[begin - 1]):
        return None
    words = tokens[begin : index + 1]
    name = "".join(t.word for t in words)
    evidence = load_evidence()
    if (
        not any(t.tag in _PROPER_TAGS or evidence.name_initial(t.word) for t in words[:-2])
        or any(t.tag == _PRONOUN_TAG for t in words)
        or names_a_class(name)  # a collective word, or 本 as "this" (this_word.py)
    ):
        return None
    return begin


def listed_name_start(tokens: Sequence[Token], index: int) -> tuple[int, str] | None:
    """The offset where the fund ending with the head tokens[index] begins by Taiwan's list
    (listed_start) or the shape it teaches (taught_start), with the rule that read it
    (found_by.RULES); None when neither reads one, or when a set-up verb the law only
    permits stands before it (各鄉鎮|得設立|社會福利基金: a kind the law allows, each its own)."""
    listed = listed_start(tokens, index)
    if listed is not None:
        begin = next(i for i in range(index, -1, -1) if tokens[i].start <= listed)
        start, rule = listed, LISTED
    else:
        begin, rule = taught_start(tokens, index), "rule:fund-taught-head"
        if begin is None:
            return None
        start = tokens[begin].start
    if begin > 0 and set_up_verb(tokens[begin - 1]) and permitted(tokens, begin - 1):
        return None
    return start, rule
