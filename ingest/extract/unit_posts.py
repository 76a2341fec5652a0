"""Units named before their own head's post: 環境保護研究處|處長, 高等教育司|司長.

A division of a ministry, council or agency (…處, …司, …局, …科, …署) is often named only
where the text names its head: the unit's last character is the first of the post (處 +
處長, 司 + 司長). The repeated character says where the unit's name ends, and that it is one
unit, whatever its words (a field, a task, a plan: 科教發展及國際合作處), so no head list has
to know 處, which alone heads no name (處理, 辦事處). In the scale corpus the rule adds 43
readings in 29 laws that are no gold document, mostly Taiwan's organisation acts and their
rules of procedure, 40 of them right; see benchmarks/RESULTS.md (issue #19, session 20).

The name reaches left as any name does (`phrases.reach_left`: not over punctuation, a
verb that introduces it, a function word); the clause words glued before it go at the end
of recognition (`left_boundary`); in a list of posts (…處處長、…處處長) the unit is the
whole item, which the segmenter's tags would cut. A unit with no word of its own before
the head (管理處處長: whichever office's), after a word that points at one unit of many
(各處, 本局: a determiner) or with a role word (主管司), names no unit and is not read.
"""

from __future__ import annotations

import re
from bisect import bisect_right

from .class_words import UNIT_CLASS_WORDS
from .phrases import Token, reach_left
from .records import Candidate

__all__ = ["units_before_posts"]

# the one-character heads of units whose post repeats them (處長, 司長, 局長, 科長, 署長): a
# closed list of the civil service's unit words, in Simplified (the text is read so). Not 组:
# in the laws 组|组长 is a kind of team far more often than one unit (事故调查组, 村民小组,
# a school's 教学组), read in the scale-corpus sample (RESULTS.md, session 20)
_UNIT_POST = re.compile(r"([处司局科署])\1长")
_DETERMINER = "r"  # 各, 本, 该, 其: one unit of many, not a name
# what points at one unit of many (本处, 各处, 该局: the segmenter glues them to the word
# before, 受本|处) and the role words of whichever unit handles a matter (主管司, 相关业务处):
# a word of the unit that makes it a class (class_words.py: 主管|司, 相关|业务处, 其他|处)
_POINTER = re.compile("[本各该其此原][处司局科署]$")
# 原 (the former unit) also ends nouns of a field (草原, 高原, 平原): it points back only
# when the segmenter does not read it as the last character of a noun
_FORMER = "原"
_CLASS_WORDS = UNIT_CLASS_WORDS
# 以上, 以下, 所在 (县级以上…局, 所在地…局) as parts of a word too: the segmenter glues them
_RANGE_WORDS = ("以上", "以下", "所在")
# a post before a conjunction (副首长及|体育署: a person and a unit), a count of units
# (两处, 三个司: a numeral and a measure word or the unit; 三亚市…局 is a name)
_NOT_ONE_UNIT = re.compile("[长员][及和与]|^[一二两三四五六七八九十]+(?:个|個|[处司局科署])")
MIN_LENGTH = 3  # characters: 总|处 (of 主计总处) and 管局 are pieces of a longer word
_LIST_MARK = "、"
_ITEM_START = frozenset("，、；：。（(\n")
# an item of a list of posts is one unit from its start when none of its words is one of
# these: a verb (not a verbal noun), a preposition, a particle, a pronoun, punctuation
_NOT_IN_UNITS = frozenset({"v", "p", "uj", "ul", "uz", "ug", "r", "x"})
_JOINING = frozenset({"及", "和", "与", "暨"})  # join a unit's fields (农村建设与文化资产处)
_OFFICE = "办公室"
WINDOW = 32  # words before a unit looked at: a name reaches over 30 characters at most


def heads_office_follows(text: str, unit_end: int) -> bool:
    """The unit ending at `unit_end` is followed by its head's office (…司|司长办公室): a body
    of its own whose name runs through the unit, so the unit alone is not named there."""
    m = _UNIT_POST.match(text, unit_end - 1)
    return m is not None and text.startswith(_OFFICE, m.end())


def units_before_posts(text: str, tokens: list[Token]) -> list[Candidate]:
    """The units named right before their head's post in `text` (Simplified), whose words
    are `tokens`."""
    if not tokens:
        return []
    starts = [t.start for t in tokens]
    found = []
    for m in _UNIT_POST.finditer(text, tokens[0].start, tokens[-1].end):
        if heads_office_follows(text, m.start() + 1):
            continue  # 政务司司长办公室: the post holder's office is named, not the unit
        words = _words_to_head(tokens, starts, m.start())
        if words is None:
            continue
        first = _item_start(text, words, m.end()) or reach_left(
            words, len(words) - 1, m.start() + 1
        )
        if first == len(words) - 1 or words[first].tag == _DETERMINER:
            continue  # 管理处|处长: no word of its own; 各处|处长, 本局|局长: one of many
        name = text[words[first].start : m.start() + 1]
        if (
            len(name) < MIN_LENGTH
            or (_POINTER.search(name) and not _ends_a_noun(words, m.start() - 1))
            or _NOT_ONE_UNIT.search(name)
            or any(t.word in _CLASS_WORDS for t in words[first:])
            or any(w in name for w in _RANGE_WORDS)
        ):
            continue
        found.append(Candidate("Organization", words[first].start, m.start() + 1))
    return found


def _ends_a_noun(words: list[Token], at: int) -> bool:
    """The pointer character at `at` is 原 and the segmenter reads it as the last character
    of a noun (草原|处, 林业|草原局), so it points at no former unit."""
    word = next((w for w in reversed(words) if w.start <= at < w.end), None)
    if word is None or word.word[at - word.start] != _FORMER:
        return False
    if word.end > at + 1:  # 草原局 as one word: a name; 原处 as one word: the former unit
        return word.start < at
    return len(word.word) > 1 and word.tag.startswith("n")


def _words_to_head(tokens: list[Token], starts: list[int], head: int) -> list[Token] | None:
    """The words before the unit's head character at `head`, the last one ending with it:
    the segmenter's 处处长 is cut into 处|处长. None if a word runs across the head."""
    i = bisect_right(starts, head) - 1
    token = tokens[i]
    before = tokens[max(0, i - WINDOW) : i]
    if token.end == head + 1:
        return [*before, token]
    if token.start == head:  # 处处长 as one word: its first character is the unit's
        return [*before, Token(token.word[0], "n", head)]
    return None


def _item_start(text: str, words: list[Token], post_end: int) -> int | None:
    """The first word of the list item the unit is, when it stands in a list of posts
    (、 before the item or after the post) and holds no clause word: 人文及社会科学研究发展处
    in 、人文及社会科学研究发展处处长、, whose 永续 or 社会科学 the segmenter mistags."""
    first = len(words) - 1
    while first > 0 and words[first - 1].word not in _ITEM_START:
        first -= 1
        if words[first].tag in _NOT_IN_UNITS and words[first].word not in _JOINING:
            return None
    if first == 0:
        return None  # the item starts before the window: too long to be one unit
    listed = words[first - 1].word == _LIST_MARK or text[post_end : post_end + 1] == _LIST_MARK
    return first if listed else None
