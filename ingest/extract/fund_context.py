"""What the words around a fund head say of it (issue 19; moved out of fundnames.py in
session 18, with the rules of that session): the words after the head make it part of a
body's name (…基金运营管理机构), an item of a list of kinds of bodies (甲基金、乙基金等投资机构),
or a word of a law's title (…作业基金收支保管办法；); and a phrase the general reach of
`entities.recognise` took for a fund names a class or no fund (国家科技计划、…等方面,
科技计划|项目, 科学知识|及|重要|科技计划). Each reads a bounded number of words: linear in the text."""

from __future__ import annotations

import re
from collections.abc import Sequence
from itertools import pairwise

from ..metadata import KIND_SUFFIXES
from .boundary_evidence import load_evidence
from .conjunctions import TAG as CONJUNCTION_TAG
from .phrases import PUNCT, Token
from .records import Candidate
from .vocabulary import category_of, head_kind

__all__ = [
    "BODY_WORDS",
    "CONJUNCTION_TAG",
    "ENUMERATION",
    "TITLE_WORDS",
    "in_a_title",
    "listed_as_kinds_of_bodies",
    "names_a_body",
    "names_no_one_fund",
]

ENUMERATION = "、"  # between the items of a list

BODY_WORDS = 3  # words after the head that can make a body of it (运营|管理机构)


def names_a_body(tokens: Sequence[Token], index: int) -> bool:
    """The fund is named as part of a body's name or class (…基金运营管理机构, 基金管理公司):
    the words after it end in an organisation's head or class noun. The gold convention
    leaves a name seen only inside another name out; the body is for the organisations."""
    following = ""
    for token in tokens[index + 1 : index + 1 + BODY_WORDS]:
        if PUNCT.search(token.word):
            break
        following += token.word
        if "Organization" in (category_of(following), head_kind(following)):
            return True
    return False


LIST_WORDS = 12  # words from a listed fund to the 等 that closes its list
_CLOSES_A_LIST = "等"


def listed_as_kinds_of_bodies(tokens: Sequence[Token], index: int) -> bool:
    """The fund is an item of a list that 等 closes with a body's class (设立创业投资基金、
    产业投资基金和母基金等专业投资机构): the items are kinds of those bodies, not funds of
    their own (the gold convention: a class)."""
    for at in range(index + 1, min(len(tokens), index + 1 + LIST_WORDS)):
        word = tokens[at].word
        if word == _CLOSES_A_LIST:
            return names_a_body(tokens, at)
        if PUNCT.search(word) and word != ENUMERATION:
            return False
    return False


TITLE_WORDS = 6  # words of a law's title after the fund it is about (收支|保管|及|运用|办法)
_LAW_ENDINGS = tuple(s for s, kind in KIND_SUFFIXES if kind == "Legislation" and len(s) > 1)
_NOT_IN_TITLES = frozenset({"p", "r", "d", "u", "uj", "m", "x"})  # 依|本|办法, 的


def in_a_title(tokens: Sequence[Token], index: int) -> bool:
    """The fund is named in a law's title (经济部…作业基金|收支|保管|办法；): the words after
    it, to the clause's end, end like a law's title, with a word at least between (依…
    基金|规定 is the fund's rules), and hold no preposition, pronoun, adverb or particle
    (not 基金|依|本|办法). The gold convention leaves a name seen only
    inside a title out; a fund the text names elsewhere is found there."""
    for end in range(index + 1, min(len(tokens), index + 1 + TITLE_WORDS)):
        token = tokens[end]
        if PUNCT.search(token.word) or token.tag in _NOT_IN_TITLES:
            return False
        if token.word.endswith(_LAW_ENDINGS) and end > index + 1:  # not 依…基金|规定
            following = tokens[end + 1].word if end + 1 < len(tokens) else ""
            return not following or bool(PUNCT.search(following))
    return False


_PROGRAMME = "计划"
_PROJECTS = "项目"


def _qualifies_projects(text: str, candidate: Candidate) -> bool:
    """A programme named right before 项目 (承担科技计划|项目, 改革…科技计划|项目管理方式) says
    whose the projects are: the phrase names projects, not the programme as a fund (the gold
    convention leaves a name seen only inside another out). 基金项目 is a head of its own."""
    return text.endswith(_PROGRAMME, candidate.start, candidate.end) and text.startswith(
        _PROJECTS, candidate.end
    )


# the list closes with 等方面, 等领域: its items are areas of work (在甲计划、乙建设等方面合作)
_AREAS = re.compile(r"(?:[、和及与][^，。；：\n]{0,40}?)?等(?:方面|领域|环节)")


def _an_area_of_work(text: str, candidate: Candidate) -> bool:
    """The candidate is an item of a list of areas of work (在国家科技计划、…建设运行等方面开展
    合作): it says where the work is done, not which fund pays."""
    return _AREAS.match(text, candidate.end) is not None


_ADJECTIVE_TAG = "a"


def _joins_a_described_class(name: str) -> bool:
    """The general reach crossed a conjunction to a class described by an adjective the laws
    never see in a name (科学知识|及|重要|科技计划: important programmes, joined to
    another thing; not 创新|及|科技基金): the phrase names no one fund or scheme."""
    evidence = load_evidence()
    words = [word for word, _, _ in evidence.segment(name)]
    for conjunction, following in pairwise(words):
        if evidence.tag(conjunction) != CONJUNCTION_TAG:
            continue
        found = evidence.word(following)
        if (
            found is not None
            and found.tag == _ADJECTIVE_TAG
            and found.begin_unit == found.inside_unit == 0
        ):
            return True
    return False


def names_no_one_fund(text: str, candidate: Candidate) -> bool:
    """The general reach's fund `candidate` names no one fund: a class a conjunction joins
    to something else, an item of a list of areas of work, or a programme that qualifies
    projects."""
    name = text[candidate.start : candidate.end]
    return (
        _joins_a_described_class(name)
        or _an_area_of_work(text, candidate)
        or _qualifies_projects(text, candidate)
    )
