"""The first word of a fund's name, checked by the evidence (issue 19, session 34).

The fund reader (fundnames.py) reads a name back from its head and leaves out the clause's
verbs and the words that begin no name; what it keeps first can still be the clause's,
where the segmenter or the tags hide it. Two tests of the word the name would begin with,
from how the scale corpus uses it (`boundary_evidence`), not from a list of words:

- a modal inside the phrase (部门|应当|测算|…基金): the clause's predicate follows it, so
  the name begins after it at the earliest (the reader keeps a verb between two nouns as
  a qualifier, 设施|共享|服务, which a modal never is).
- `clause_verb_first_word`: a word the corpus tags a verb (v, vn, vd, vi) and puts in
  predicate position, after an adverb or a modal, in at least WEAK_PREDICATE_RATE of its
  uses (，测算|甲保险基金收支缺口: the clause's verb, its object the fund; a verbal noun only
  first in its clause or after a modal or an adverb, not 划入|融资|担保基金), and that it
  finds beside units more often outside them than inside (`begin_score` under
  MOSTLY_INSIDE: not 教育, which qualifies 教育|人员), unless a fund name of the laws begins
  with it (就业|安定基金, 促进|…基金: `fund_first_words`).
- `completes_the_clause_word`: right after a word the reading judged the clause's (a verb,
  a copula), a person's role named by the agentive suffix alone (人员, 者: body_work's
  AGENT_SUFFIXES, a closed set of the grammar) or a word of one character, that the corpus
  almost never puts inside a unit when it stands next to one (`begin_score` under
  RARELY_INSIDE): it completes that word's phrase, the persons it qualifies or the rest
  of a copula the segmenter cut (参保|人员, 是|指), not the name. A noun of its own stays
  however rarely units hold it (缴纳|保险|保障基金: 保险 0.006), and so do a level of
  government alone (市, 省: the document's own) and a proper noun.

A fund verb right before the name (设立, 纳入: `fund_verbs`) makes the phrase its object, a
fund named by what it does with its verb (设立|应用…专项资金), and no test applies. Each
leaves the word out only while what remains keeps a modifier of its own (a word of two
characters or more before the head); whether that names one fund or a kind is
fund_classes' question, as for any reading. Each test reads one word's evidence: linear in
the text.
"""

from __future__ import annotations

from collections.abc import Sequence

from .body_work import AGENT_SUFFIXES
from .boundary_evidence import JURISDICTION_ENDINGS, VERB_TAGS, WEAK_PREDICATE_RATE, load_evidence
from .fund_left_edge import ADJECTIVE_PREFIX, CLAUSE_MARKS
from .fund_objects import PREDICATE_PLACE_TAGS
from .fund_words import fund_first_words, fund_verbs
from .left_boundary import ends_in_modal
from .phrases import Token

__all__ = [
    "MOSTLY_INSIDE",
    "RARELY_INSIDE",
    "clause_verb_first_word",
    "completes_the_clause_word",
    "first_word_out",
]

# the corpus's odds that the word, next to a unit, is inside it (boundary_evidence's
# begin_score): under 1 in 100 the word stands outside names (人员 0.009, 指 0.003), where
# the first words of the laws' own fund names that are no level are 0.004 or more and are
# kept as `fund_first_words` anyway
RARELY_INSIDE = 0.01
# a verb the corpus holds inside units next to them at least as often as outside them is a
# qualifier of names as much as a predicate (教育 0.54: 教育|人员…基金), not the clause's
MOSTLY_INSIDE = 0.5
_VERBAL_NOUN = "vn"


def clause_verb_first_word(word: str, predicate_place: bool = True) -> bool:
    """The corpus reads `word` as a verb of a clause (see the module's docstring); a verbal
    noun (vn) only in `predicate_place`, where this sentence puts it first in its clause or
    after a modal or an adverb (，测算|…; elsewhere 融资|担保基金 names a purpose)."""
    if word in fund_first_words():
        return False
    evidence = load_evidence()
    found = evidence.word(word)
    return (
        found is not None
        and found.tag in VERB_TAGS
        and (predicate_place or found.tag != _VERBAL_NOUN)
        and found.predicate_rate >= WEAK_PREDICATE_RATE
        and evidence.begin_score(word) < MOSTLY_INSIDE
    )


def completes_the_clause_word(word: str) -> bool:
    """`word`, after a word of the clause, completes that word's phrase (see the module's
    docstring): a person's role named by the agentive suffix alone (人员, 者: the head of
    参保|人员, whose modifier the clause's verb took) or one character the segmenter cut
    from the verb (是|指), that the corpus almost never holds inside a unit. Not a noun of
    its own (保险, 0.006: 缴纳|保险|保障基金 begins with it)."""
    if word in fund_first_words() or word in JURISDICTION_ENDINGS:
        return False
    if not (len(word) == 1 or all(char in AGENT_SUFFIXES for char in word)):
        return False
    evidence = load_evidence()
    return (
        evidence.word(word) is not None
        and not evidence.name_initial(word)
        and evidence.begin_score(word) < RARELY_INSIDE
    )


def _can_stand(tokens: Sequence[Token], start: int, index: int) -> bool:
    """The words from tokens[start] to the head tokens[index] keep a modifier of their own (a
    word of two characters or more: 工伤保险|基金); whether they name one fund or a kind is
    fund_classes' question."""
    return any(len(t.word) > 1 for t in tokens[start:index])


def _verb(token: Token) -> bool:
    """A verb by the segmenter's tag or the corpus's (是, 参保; 指 alone is a noun to both)."""
    return token.tag.startswith("v") or load_evidence().tag(token.word) in VERB_TAGS


def _modal(word: str) -> bool:
    """A modal of the laws (应当, 不得, 并应), not 可 that makes adjectives of verbs
    (可|持续|发展基金: fund_left_edge's reading)."""
    return word != ADJECTIVE_PREFIX and ends_in_modal(word)


def _predicate_place(tokens: Sequence[Token], at: int) -> bool:
    """tokens[at] stands first in its clause or after a modal or an adverb of this sentence."""
    if at == 0:
        return True
    before = tokens[at - 1]
    return before.word in CLAUSE_MARKS or _modal(before.word) or before.tag in PREDICATE_PLACE_TAGS


def first_word_out(tokens: Sequence[Token], first: int, start: int, index: int) -> int:
    """Where the name ending with the head tokens[index] begins once the first words the
    evidence reads as the clause's are left out; `start` is where the reader began it and
    `first` where its window began (the words between were judged the clause's)."""
    if start > 0 and tokens[start - 1].word in fund_verbs():
        return start  # 设立|应用…专项资金: a fund verb's object is the name, verbs and all
    after_clause_word = start > first and _verb(tokens[start - 1])
    for at in range(index - 2, start - 1, -1):
        if _modal(tokens[at].word):  # 部门|应当|测算|甲保险基金: the predicate follows it
            start, after_clause_word = at + 1, True
            break
    while start < index and _can_stand(tokens, start + 1, index):
        word = tokens[start].word
        if clause_verb_first_word(word, _predicate_place(tokens, start)):
            after_clause_word = True
        elif not (after_clause_word and completes_the_clause_word(word)):
            break
        start += 1
    return start
