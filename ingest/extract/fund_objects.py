"""A fund the laws name whole, after the verb that governs it (issue 19, session 23).

The fund reader (fundnames.py) reads a fund's name back from its head over the clause's
words and keeps a verb inside the name when the verb could say what the fund does (天使投资|
引导|基金). A verb that takes the fund as its object was kept the same way: a body that
reports on a fund (…委员会|汇报|社会保险|基金), the country that sets one up (国家|设立|
国家…科学基金), an act done with it (分析|社会保险|基金, 促进|创业投资|基金). Seeds 41, 53
and 71 of the scale corpus held ten such labels.

What decides here is the laws' own evidence (boundary_evidence.py, learnt from the scale
corpus), not a list of verbs: the laws write the words after the verb with that head as a
phrase of their own (an n-gram of the unit evidence, seen ≥ 3 times: 社会保险|基金,
创业投资|基金), the verb with them is no unit that recurs, no later word of the phrase is
such a verb (服务|学校|转送|基金: 转送 is the clause's), and the verb is one the laws use
before units more often than in them (a verb by its tag, or a word as often after adverbs
and modals as the evidence's predicates: 规范 is tagged n) and no fund name of the laws holds it (fund_words.fund_name_words: 发展, 投资,
救助 stay in 科技发展基金, 产业投资基金).

A bare head after the verb (申请|基金) is no name when the word before the verb is its
subject or puts it in a predicate's place (`governs_a_bare_head`): an adverb or time word
(正在|申请|基金), or a person (申请人|申请|基金, 项目负责人|使用|基金: a noun ending in 人 or
者). The evidence cannot tell 担保|基金 (a fund's purpose) from 使用|基金 (an act) by the
verb alone; the words the laws' fund names put before the head stay (投资者|保护|基金).
"""

from __future__ import annotations

from collections.abc import Sequence

from .boundary_evidence import (
    PREDICATE_RATE,
    PROPER_TAGS,
    VERB_TAGS,
    WEAK_PREDICATE_RATE,
    load_evidence,
)
from .fund_words import HEADS, fund_last_words, fund_name_words
from .phrases import Token

__all__ = ["after_governing_verb", "governs_a_bare_head", "governs_a_fund", "verb_before_names"]


def after_governing_verb(words: Sequence[str], start: int) -> int:
    """Where the fund name words[start:] (its last word the head) begins once a verb that
    governs the fund is left out, with the words before it: the first verb of the laws
    (see the module's docstring) after which the rest is a phrase the laws write and more
    than a head (two words or more, or one the laws tag a proper noun); `start` when there
    is none."""
    evidence = load_evidence()
    last = len(words) - 1
    for at in range(start, last):
        rest = words[at + 1 :]
        if len(rest) == 1 and not _named_whole(rest[0]):
            break  # 申请|基金, 转化|专项资金: a bare head, or a head the laws write as a class
        if not governs_a_fund(words[at]):
            continue
        if any(governs_a_fund(word) for word in rest[:-1]):
            continue  # 服务|学校|转送|基金: the later verb is the clause's, not this one
        if evidence.unit(rest) is not None and not evidence.is_unit(words[at:]):
            return at + 1
    return start


def _named_whole(word: str) -> bool:
    """One word that is a fund's whole name: the laws tag it a proper noun (国家自然科学基金:
    nt), not a common head (专项资金: n)."""
    return load_evidence().tag(word) in PROPER_TAGS


def governs_a_fund(word: str) -> bool:
    """The one answer to whether a verb before a fund governs it (the fund its object, the
    verb no part of its name), for the fund reader here and proper_part's fund gate: a
    word no fund name of the laws holds (fund_words.fund_name_words: 发展, 投资 stay in
    科技发展基金) and a verb before names (`verb_before_names`)."""
    return word not in fund_name_words() and verb_before_names(word)


def verb_before_names(word: str) -> bool:
    """A verb of the laws (its tag, or ≥ 5 % of its uses after an adverb or modal) that
    follows one in ≥ 1 % of its uses, as the evidence asks of a word before names, and
    stands before ≥ 20 of the laws' units (`governs_names`) and more often than it begins
    or sits inside one (设立, 促进,
    规范; not 科技, 国家, 建筑, nor 创新, a verb that qualifies the noun after it:
    创新|发展基金)."""
    evidence = load_evidence()
    found = evidence.word(word)
    if found is None or len(word) < 2:
        return False
    # a verb by its tag, or a word after adverbs and modals as often as the evidence's
    # predicates (规范, 利用: tagged n); not a noun that stands before units (建筑|发展…)
    verb = found.tag in VERB_TAGS or found.predicate_rate >= PREDICATE_RATE
    return (
        verb
        and found.predicate_rate >= WEAK_PREDICATE_RATE  # 创新 (0.8 %) qualifies: 创新|发展基金
        and found.before_unit > found.begin_unit + found.inside_unit
        # and stands before ≥ 20 units: a purpose word before few (再生能源 1, 出版 9,
        # 公务人员 3: a noun after adverbs as often as predicates) governs nothing
        and evidence.governs_names(word)
    )


# a person as the subject: 申请人, 负责人, 参与者 (the suffixes that make agent nouns: a
# closed set of the grammar); a fund named for persons holds a purpose word before its head
# (投资者|保护|基金), which the laws' fund names list
PERSON_SUFFIXES = ("人", "者")
# an adverb or a time word (rjieba tags 正在 t): a predicate follows (已经|使用, 正在|申请)
PREDICATE_PLACE_TAGS = frozenset({"d", "ad", "t"})


def governs_a_bare_head(tokens: Sequence[Token], index: int) -> bool:
    """tokens[index] is a bare head (基金, 资金) after a verb that governs it: the verb is no
    word the laws' fund names hold (fund_name_words, or right before their head:
    fund_last_words) and stands before the laws' units more than in them, and the word
    before the verb is an adverb (a predicate's place) or a person (its subject), and the
    verb governs names in the laws (boundary_evidence.governs_names: 申请, 使用; not 关爱,
    the purpose of 退役军人|关爱|基金)."""
    if tokens[index].word not in HEADS or index < 2:
        return False
    verb, before = tokens[index - 1].word, tokens[index - 2]
    if verb in fund_last_words() or not governs_a_fund(verb):
        return False
    if not load_evidence().governs_names(verb):
        return False  # 退役军人|关爱|基金: a purpose (before 2 units), not an act on a fund
    return before.tag in PREDICATE_PLACE_TAGS or (
        len(before.word) > 1 and before.word.endswith(PERSON_SUFFIXES)
    )
