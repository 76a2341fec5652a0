"""A body seen only as the owner of a functional role is no body the text names (issue 19,
session 27).

国务院邮政管理部门, 国务院专利行政部门: the laws name a role by the body whose department
holds it and the field it holds (`the State Council's department in charge of posts`); the
role is no name, and the body inside it is seen only inside a longer phrase, which the
gold convention leaves out (borderline: "names seen only inside a longer name"). Where the
same document names the body on its own (经国务院批准, 国务院决定), it is a body of the text
and stays.

A mention owns a role when the phrase right after it ends, within MAX_FIELD characters, with
a department in charge of a field (主管部门, 行政部门, 管理部门) and the words between are a
noun phrase naming that field (`names_a_field`). The words are the boundary evidence's
segmentation of the phrase, and each is asked of the laws' evidence, not of a list of
characters:

- no word of the field is a function word (的, 和, 在, 为, 等, 向: the evidence's tag or its
  function-word votes), a modal (应当, 可以) or an adverb: the body is then the subject of a
  clause, or one of several bodies, not the owner of the role;
- no word is a level, a place named by its relation to the text or a pronoun (市, 本市, 其,
  各级): the department is that level's (甲办公室在|市…行政部门), not the body's;
- no word is a body (外交部, 国务院: a name-final word of the laws that can stand alone):
  the department is that body's;
- the first word, where the body's verb would stand, is no verb of the laws (`verb_here`):
  甲部|指导|公路管理部门, 甲局|是|本市水务主管部门: the body acts on the department or is it.
  A verb inside the field, after its noun, is the field's own (野生动物|保护, 劳动|保障);
- nor a time word (`opens_a_clause_in_time`): 甲部|今年|起会同…主管部门 is a clause dated
  before its verb, whatever words follow; a field begins with no time (a word that mostly
  qualifies a noun, 现代|物流, may begin one).

A body's departments at large (甲区人民政府有关部门, 工作部门) are no role: the gold keeps
such a body. Read per mention, one segmentation of at most MAX_FIELD + 4 characters each:
linear in the mentions.
"""

from __future__ import annotations

import re

from .boundary_evidence import (
    ADVERB_TAGS,
    FUNCTION_TAGS,
    PREDICATE_RATE,
    STOP,
    TIME_PHRASE_NOUN_SHARE,
    load_evidence,
)
from .document_edges import FIRST_PREDICATE_RATE
from .left_boundary import is_modal
from .own_level import LEVELS
from .place_words import is_relational_place
from .records import NamedEntity

__all__ = [
    "MAX_FIELD",
    "names_a_field",
    "opens_a_clause_in_time",
    "owns_a_role",
    "verb_here",
    "why_no_field",
    "without_role_owners",
]

MAX_FIELD = 8  # characters of the field between the body and 部门: 信息产业|主管部门
# a department in charge of a field (主管部门, 行政部门, 管理部门): the role; not the body's
# own departments at large (有关部门, 工作部门), which the gold keeps the body for
_ROLE = "(?:主管|行政|管理)部门"
_ROLE_CHARS = 4
_DEPARTMENT = "部门"
_ROLE_AFTER = re.compile(rf"[\u4e00-\u9fff]{{0,{MAX_FIELD}}}?{_ROLE}")
# the evidence's votes that a word is a function word, a number or a time phrase
_FUNCTION_RULES = frozenset({"function_tag", "function_pair", "numeral_or_time", "time_phrase"})
_PLAIN_VERB_TAGS = frozenset({"v", "vd", "vi"})
_TIME_TAG = "t"  # the segmenter's time words: 今年, 今后, 近年来, 当时


def verb_here(word: str) -> str | None:
    """Why the laws' evidence reads `word` (Simplified), right after a body, as the body's
    verb, or None:

    - `predicate`: a vote that it stands in a predicate's place (督促, 通报, 授权, 会同, 是),
      unless the laws hold it in their units more often than they put it before one (体育,
      水利: the field of 体育委员会 and of 国务院体育行政部门);
    - `verb`: a plain verb seen after adverbs and modals in ≥ 5 % of its uses (组织 8 %;
      not 出版 4.5 %, a field of the laws);
    - `governs`: a word that stands before names in the laws (`governs_names`) and after
      adverbs and modals in ≥ 2.5 % of its uses (指导, 监督, 检查, 协调: not 有关, 建设, 邮政,
      which stand before 管理局 as fields, under 2 %)."""
    evidence = load_evidence()
    found = evidence.word(word)
    if found is None:
        return None
    stops = {rule for rule, vote in evidence.votes(word) if vote == STOP}
    if "predicate_position" in stops and found.begin_unit + found.inside_unit <= found.before_unit:
        return "predicate"
    if found.tag in _PLAIN_VERB_TAGS and found.predicate_rate >= PREDICATE_RATE:
        return "verb"
    if evidence.governs_names(word) and found.predicate_rate >= FIRST_PREDICATE_RATE:
        return "governs"
    return None


def opens_a_clause_in_time(word: str) -> bool:
    """Is `word` (Simplified), right after a body, the time of a clause the body is the
    subject of (甲部|今年|起会同…, 甲部|今后|要…): a time word by the segmenter's tag that
    the laws do not mostly write before a noun it qualifies? A department's field begins
    with no time; a word like 现代 or 未来 (before a noun in over a quarter of the laws' uses:
    现代|物流) may begin one."""
    evidence = load_evidence()
    if evidence.tag(word) != _TIME_TAG:
        return False
    found = evidence.word(word)  # the laws seldom date their clauses by 今年: no evidence
    return found is None or found.before_noun <= TIME_PHRASE_NOUN_SHARE * found.count


def _not_a_field_word(word: str, first: bool) -> str | None:
    """Why `word` (Simplified) is no word of a field's name between the body and the
    department, or None. `first`: the word stands where the body's verb would (an adverb
    or a verb there is the body's; later, after a noun, the field's own: 信息|公开|工作)."""
    evidence = load_evidence()
    tag = evidence.tag(word)
    if is_modal(word):
        return "modal"
    if first and opens_a_clause_in_time(word):
        return "time"
    if (first or tag not in ADVERB_TAGS) and (
        tag in FUNCTION_TAGS or {r for r, _ in evidence.votes(word)} & _FUNCTION_RULES
    ):
        return "function-word"
    if word in LEVELS or evidence.jurisdiction(word) or is_relational_place(word):
        return "level"
    if word.endswith(_DEPARTMENT) or (
        word in evidence.name_final and evidence.complete_name([word])
    ):
        return "body"  # 国务院|财政部门|会同…, 甲院|交|外交部|主管部门
    return verb_here(word) if first else None


def why_no_field(phrase: str, field_chars: int) -> str | None:
    """Why the first `field_chars` characters of `phrase` (Simplified: the field, then the
    department) are no noun phrase naming a field, or None when they are. A word that runs
    across into the department (监督|管理部门 read as 监督管理|部门) is the department's."""
    words = [w for w, _, stop in load_evidence().segment(phrase) if stop <= field_chars]
    for i, word in enumerate(words):
        if why := _not_a_field_word(word, first=i == 0):
            return f"{why}:{word}"
    return None


def names_a_field(phrase: str, field_chars: int) -> bool:
    """Are the first `field_chars` characters of `phrase` a noun phrase naming a field?"""
    return why_no_field(phrase, field_chars) is None


def owns_a_role(simplified: str, end: int) -> bool:
    """Does the phrase after a mention ending at `end` (Simplified) name a role of it
    (国务院|邮政管理部门), not a clause of which it is the subject (国务院|指导…主管部门)?"""
    found = _ROLE_AFTER.match(simplified, end)
    if found is None:
        return False
    return names_a_field(found.group(0), len(found.group(0)) - _ROLE_CHARS)


def without_role_owners(simplified: str, entities: list[NamedEntity]) -> list[NamedEntity]:
    """The entities less the organisations every mention of which owns a role."""
    return [
        entity
        for entity in entities
        if entity.kind != "Organization"
        or not entity.mentions
        or not all(owns_a_role(simplified, m.end) for m in entity.mentions)
    ]
