"""Kinds of funds a text defines or governs, not funds it names (issue 19, session 25).

A text that sets out the kinds of funds (a budget act, a guideline on special funds) writes
them the way it writes a name: a head with modifiers. Two shapes of such phrases are no
name, whichever body writes them:

- **a verb that acts on a bare head** (依…规定|审查|基金|运用, 条例|已|载明|基金|之|用途,
  依本条例|募集|基金): the head alone (基金, 资金) right after a verb is that verb's object,
  the clause's, not the last word of a name, when what stands before the verb puts it in a
  predicate's place: an adverb or modal glued to it, an adverb or time word, or a norm the
  act follows (a word ending like a law's title). The verb alone cannot say it: the laws
  name funds by their purpose with the same verbs (创业投资|引导|基金, 退役军人|关爱|基金);
  the words of the laws' own fund names stay (保护|基金: `fund_words.fund_last_words`,
  built from the scale corpus by `scripts/build_fund_names.py`).
  `fund_classes.governed_by_the_clause` asked this only when a body was the verb's subject
  or the document was about its own fund, `fund_objects.governs_a_bare_head` only of verbs
  that govern names in the laws after an adverb or a person;
- **a negated attribute before a kind** (非营业|循环基金, 非营利|公益基金): a fund defined by
  what it is not is a class (the grammar's negating prefix 非 makes a class by exclusion),
  so its other words name a kind as they would alone; a phrase `fund_classes.a_class` calls
  a class stays one with the negated word before it.

Both read the words of one phrase: linear in the text.
"""

from __future__ import annotations

from collections.abc import Sequence

from ..metadata import KIND_SUFFIXES
from .fund_objects import PREDICATE_PLACE_TAGS
from .fund_words import HEADS, fund_last_words, fund_name_words, glued_predicate, predicate
from .phrases import Token, is_verb

__all__ = ["NEGATION", "after_negated_attribute", "object_of_a_predicate"]

NEGATION = "非"  # the grammar's negating prefix of attributes (非营业, 非营利, 非政府)


def object_of_a_predicate(tokens: Sequence[Token], start: int, index: int) -> bool:
    """The bare head tokens[index] (基金 or 资金 alone) follows, inside the phrase that
    begins at tokens[start], a verb that acts on it, no name ends here: a predicate of the
    laws with an adverb or modal glued to it (已列明: `fund_words.glued_predicate`), or a
    verb or predicate after a norm the act follows (依…规定|审查|基金, 依本条例|募集|基金)
    or after an adverb or time word (逐年|审查|基金). Not a word the laws' fund names hold
    before their head or inside (保护, 救助, 发展): a fund named by its purpose."""
    if tokens[index].word not in HEADS or index - 1 < max(start, 1):
        return False
    verb = tokens[index - 1]
    if verb.word in fund_last_words() or verb.word in fund_name_words():
        return False
    if glued_predicate(verb.word):
        return True
    if not (predicate(verb.word) or is_verb(verb)):
        return False
    before = tokens[index - 2]
    return before.tag in PREDICATE_PLACE_TAGS or _a_norm(before.word)


# a norm the act follows: the endings of a law's or rule's title (规定, 条例, 办法, 细则),
# two characters or more (法 alone ends 方法 too)
_NORM_ENDINGS = tuple(s for s, kind in KIND_SUFFIXES if kind == "Legislation" and len(s) > 1)


def _a_norm(word: str) -> bool:
    return word.endswith(_NORM_ENDINGS)


def _negates(word: str) -> bool:
    """非 alone, or 非 before an attribute of two characters or more (非营业, 非营利, 非经营性);
    a two-character word 非 begins is a word of its own (非洲, 非遗), no negation."""
    return word == NEGATION or (word.startswith(NEGATION) and len(word) >= len(NEGATION) + 2)


def after_negated_attribute(words: Sequence[str]) -> list[str] | None:
    """The words of a fund phrase after the attribute a word of it negates (非|营业|循环基金
    or 新设|非营业|循环基金 → 循环基金), when a head is left after it; None when no word of
    the phrase begins with the negation. Words before the negation change nothing: a verb
    (新设) is the clause's, a level (市级) makes a kind of the kind."""
    at = next((i for i, word in enumerate(words) if _negates(word)), None)
    if at is None:
        return None
    skip = 2 if words[at] == NEGATION else 1  # 非 alone: the next word is what it negates
    rest = list(words[at + skip :])
    return rest or None
