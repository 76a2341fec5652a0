"""Candidates that begin inside a word (issue 19, session 14).

A name is cut at a word of the sentence, but the sentence's segmentation is sometimes wrong
at exactly that place, and the candidate then begins with one character that is the tail of
a word: 知識|城 (知識城, a district: rjieba reads 知識 as a verb, and the name was cut after
it), 繳退|撫|基金 (退撫基金: the segmenter glued 退 to the verb 繳). Two signs, both from the
corpus, none from a name list:

- `bound_character`: the first word is one character the 58 MB of laws never put first in a
  unit and do put inside units (城, 區, 管, 核: ten such characters), after a word of two
  characters or more that is no function word (not 向|核…, 對於|核…): it ends the word
  before it, which the candidate then takes in whole (知識城人才聯盟).
- `tail_character`: the first word is one character the laws seldom use alone and mostly
  as the last character of longer words (城: 12 uses alone, 205 ending words such as 县城,
  长城; 岛, 湾, 园 too; not 市, 港), which never begins a unit: the candidate grows to the
  word before only when the longer string begins as a name, and stays as cut otherwise.
  Without it the bound-character sign hung on one law's counts: 城 was inside units 26
  times, all of them in the one corpus file that is a gold document (scripts/held_out.py).
- `crossing_word`: the last character of the word before and the first character make a
  word of the laws (in the boundary evidence, which holds words seen at least 5 times, and
  seen more often than the word before: the segmenter took the rarer reading) when the two
  are segmented apart from what precedes them (依退|撫 → 退撫; not 申報|省: 報省 is rarer than 申報): the candidate grows
  left to that word's start.

The longer string is the name when it begins as one: its first word begins units of the
laws more often than it stands before them, and the tests the extractor's other cuts use
find no cut (the boundary evidence's `name_start` and `can_begin_name`, the words names are
made of, `name_words_start`). Otherwise a bound character names nothing (由該|管|園區管理局:
由該 begins no name), and a crossing word is left as the sentence cut it (有別於|原|衛生部:
於原 is a word of the laws, 於原衛生部 is no name). Cost: one segmentation of the
candidate plus one character (both signs read it), bounded by its length.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from functools import cache

from .boundary_evidence import FUNCTION_TAGS, load_evidence
from .name_words import name_words_start
from .phrases import Token

__all__ = ["tail_start"]

_HAN = re.compile("[\u3400-\u9fff]")


def tail_start(text: str, tokens: Sequence[Token], first: int, end: int) -> int | None:
    """Where the name ending at `end` begins when its first word tokens[first] is the tail
    of a word: the offset of that word's start if the longer string begins as a name; for a
    bound character, None if it does not (no name); else tokens[first].start."""
    token = tokens[first]
    if first == 0 or len(token.word) != 1 or not _HAN.match(token.word):
        return token.start
    previous = tokens[first - 1]
    if len(previous.word) < 2 or not _HAN.match(previous.word[-1]):
        return token.start  # after punctuation, or one character (向|核…): cut on purpose
    if _bound(token.word) and previous.tag not in FUNCTION_TAGS:  # not 對於|核…
        # bound_character: 知識|城 grows; 由該|管 (由該 begins no name) names nothing
        return previous.start if _longer_is_a_name(_words(text[previous.start : end])) else None
    if (
        _tail_character(token.word)
        and previous.tag not in FUNCTION_TAGS
        and _longer_is_a_name(_words(text[previous.start : end]))
    ):
        return previous.start  # tail_character: 知識|城 grows; as cut when it names nothing
    longer = _words(text[token.start - 1 : end])  # segmented once: both tests read it
    if _crossing(longer[0], previous) and _longer_is_a_name(longer):
        return token.start - 1  # crossing_word: 繳退|撫 → 退撫
    return token.start  # 有別於|原|衛生部: 於原 is a word, but 於原衛生部 no name: a word


def _bound(character: str) -> bool:
    """The laws never put the character first in a unit and do put it inside units."""
    found = load_evidence().word(character)
    return found is not None and found.begin_unit == 0 and found.inside_unit > 0


# a character ends words of the laws this many times more often than it stands alone
TAIL_RATIO = 10


def _tail_character(character: str) -> bool:
    """The laws seldom use the character alone and mostly as the last character of longer
    words (城 12 to 205), and never put it first in a unit."""
    found = load_evidence().word(character)
    alone = found.count if found else 0
    if found is not None and found.begin_unit:
        return False
    return _word_endings().get(character, 0) > TAIL_RATIO * alone


@cache
def _word_endings() -> dict[str, int]:
    """How often each character ends a word of two characters or more in the laws."""
    endings: Counter[str] = Counter()
    for word, found in load_evidence().words.items():
        if len(word) >= 2:
            endings[word[-1]] += found.count
    return dict(endings)


def _words(text: str) -> list[str]:
    """The words of `text` as the boundary evidence segments it."""
    return [word for word, _, _ in load_evidence().segment(text)]


def _crossing(first_word: str, previous: Token) -> bool:
    """Whether the first word of the candidate grown by one character (the last of
    `previous`) is a word of the laws that the segmenter passed over for a rarer one."""
    evidence = load_evidence()
    known, glued = evidence.word(first_word), evidence.word(previous.word)
    return (
        len(first_word) >= 2
        and known is not None  # the evidence holds only words seen at least 5 times
        and known.count > (glued.count if glued else 0)  # not 申報|省: 申報 is the commoner
    )


def _longer_is_a_name(words: Sequence[str]) -> bool:
    """Whether the candidate grown left (its `words`) begins as a name: two words or more,
    the first a word names begin with (a proper noun, a coinage) or one the laws put first
    in units more often than before them (退撫 150 to 0, 知識 26 to 3; not 上市 0 to 5, 前條,
    由該), and no cut of the boundary evidence or the words names are made of inside."""
    evidence = load_evidence()
    if len(words) < 2:
        return False
    found = evidence.word(words[0])
    first = evidence.name_initial(words[0]) or (
        found is not None and found.begin_unit > found.before_unit
    )
    return (
        first
        and evidence.can_begin_name(words[0])
        and evidence.name_start(words) == 0
        and name_words_start(words) == 0
    )
