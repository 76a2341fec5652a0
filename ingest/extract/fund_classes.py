"""A fund phrase that names a kind of funds, not one fund (moved out of fundnames.py,
session 23): too few modifiers (社会|资金), money not earmarked (财政存量资金), a class noun,
the funds of a place (香港|基金), the fund each body of a class keeps (企业|发展|基金), and a
bare head that a clause's verb governs (管理机构|运用|基金). fundnames.py asks these of each
phrase it reads."""

from __future__ import annotations

from collections.abc import Sequence

from .clauses import role_word
from .fund_kinds import after_negated_attribute, object_of_a_predicate
from .fund_objects import governs_a_bare_head
from .fund_purposes import scoped_to_a_place, spent_money
from .fund_words import HEADS, NOUN_TAGS, fund_last_words
from .kinds import describes_a_facility_or_scheme, names_a_kind
from .orgnames import names_a_class
from .phrases import Token, is_verb
from .vocabulary import category_of, head_kind, is_class_noun

__all__ = [
    "CLASS_OWNER_WORDS",
    "MIN_CHARS",
    "MIN_MODIFIERS",
    "a_class",
    "a_negated_kind",
    "governed_by_the_clause",
]

MIN_MODIFIERS = 2  # words before the head: 失业|保险|基金, not 社会|资金
MIN_CHARS = 5


CLASS_OWNER_WORDS = 3  # a class of bodies, one word, the head: 企业|发展|基金


def governed_by_the_clause(tokens: Sequence[Token], start: int, index: int, own_fund: bool) -> bool:
    """The bare head (基金 alone) after a verb no fund name of the laws has before its head
    is the verb's object, not a name's last word, when a body or a role is the verb's
    subject (管理机构|运用|基金, 主管机关|订定|基金), or, in a document about its own fund (本基金), when a noun it
    qualifies follows (存款利息全部|转入|基金|专户, 依规定|累存|基金|余额)."""
    if tokens[index].word not in HEADS or index - 1 < max(start, 1):
        return False
    if governs_a_bare_head(tokens, index):  # 申请人|申请|基金 (fund_objects.py)
        return True
    if object_of_a_predicate(tokens, start, index):  # 规定|审查|基金 (fund_kinds.py)
        return True
    verb = tokens[index - 1]
    if not (is_verb(verb) or verb.tag == "vn") or verb.word in fund_last_words():
        return False
    subject = tokens[index - 2].word
    # 管理机构|运用|基金; a role no class list holds is a body too (主管机关|订定|基金)
    if "Organization" in (category_of(subject), head_kind(subject)) or role_word(subject):
        return True
    following = tokens[index + 1] if index + 1 < len(tokens) else None
    return own_fund and following is not None and following.tag in NOUN_TAGS


def a_class(
    words: Sequence[str], before: str, one_fund: bool = False, by_name: bool = False
) -> bool:
    """社会|资金, 各类|基金, 人民政府|专项资金: a kind of fund, not one fund. `one_fund`: the
    text treats the 资金 as one fund (a verb that sets funds up governs it, the clause
    ending with it: not 项目 or 和基金 after it; a title cited is about it; a short form
    is defined for it). `by_name`: the text names this one fund (set up alone, or a local
    level's fund of the national fund's name), so one modifier is enough."""
    name = "".join(words)
    head_prefix = len(words[-1]) > len("基金")  # 专项资金: 专项 qualifies the head
    modifiers = sum(len(word) > 1 for word in words[:-1])  # not 原|专项基金
    needed = 1 if by_name else MIN_MODIFIERS  # 设立|自然科学|基金，
    if modifiers + head_prefix < needed or len(name) < MIN_CHARS:
        return True
    if spent_money(name) and not one_fund:
        return True  # 财政存量资金, 年度补助资金, …专项经费: money, unless one fund (设立|…资金)
    if names_a_class(name) or scoped_to_a_place(words):  # 国内外|…基金, 香港|基金
        return True
    if len(words) <= CLASS_OWNER_WORDS and is_class_noun(words[0]) and not by_name:
        return True  # 企业|发展|基金: the fund each body of a class keeps (企业发展基金)
    return names_a_kind(list(words)) or describes_a_facility_or_scheme(before, list(words), name)


def a_negated_kind(
    words: Sequence[str], before: str, one_fund: bool = False, by_name: bool = False
) -> bool:
    """非营业|循环基金, 非营利|公益基金: an attribute negated before a phrase `a_class` calls a
    kind is a kind by exclusion (fund_kinds.after_negated_attribute)."""
    rest = after_negated_attribute(words)
    return rest is not None and a_class(rest, before, one_fund, by_name)
