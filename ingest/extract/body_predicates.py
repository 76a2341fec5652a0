"""A body, its verb and its object read as one name (issue 19, session 20).

`subject_verb_object`: a label that holds a body, then a word the laws use as a verb and
never inside a name, then words that can stand as a name of their own, is a clause, not a
name: 人民銀行|委託|當地專業銀行 (the bank entrusts the local banks), 市人民政府|核定|縣級人民
政府 (the city sets the county's), 人民法院|宣告|證券公司 (the court declares the company…),
存款保險基金管理機構|運用|存款保險基金. The object is what the label names, if anything: it
is judged as a name again by the caller (a class such as 縣級人民政府 then goes).

Each part is decided by evidence from outside the sentence (the boundary evidence of the
scale corpus, `boundary_evidence.py`):

- the subject ends with a body that acts: it ends with a head or is a class noun of bodies
  of the vocabulary (人民銀行, 主管機關, 管理機構), or its last word, two characters or more,
  ends units of the laws; not a platform's or a fund's head (試驗區, 設施, 基金: they are
  what a name is about, 開發區|發展|總公司);
- the verb is one word seen at least PART_MIN times in the laws, right before a unit of
  them at least BEFORE_MIN times (it takes bodies as its object), that begins or sits in
  their units at most a tenth as often as it stands right before one (UNIT_SHARE: the
  field words of names that stand in units, 研究, 設立, 所屬, 附設, never count), no
  conjunction (以及, 與: two things joined are `clauses.joined_names`' case), tagged a
  verb, a function word or a plain noun (not a set phrase: 自來水, 家庭教育), and that
  behaves as a predicate there: a function word of the evidence (經, 依, 對: a STOP
  vote), or a word that follows an adverb or modal in ≥ 3 % of its uses
  (CLAUSE_PREDICATE_RATE: 委託 14 %, 核定 4.4 %, 宣告 4.3 %, 運用 3.8 %). A verbal noun
  that qualifies a head (工作, 發展, 共享, 融資: about 2 %) or a word that follows bodies in
  a name's own sense, 駐 of 人民政府|駐|香港辦事處 (0.4 %), is no predicate;
- the object begins as names begin (no conjunction, function word or localiser first:
  教育部國民|及|學前教育署 is one body, 機關指導|下 the phrase 在…指導下), is two words or
  more, or one word that can stand as a name (`complete_name`: 證券公司, 教育部), and ends
  with a head. A bare head after the verb
  (人民法院|審理|公司) is `clauses.subject_verb_start`'s case, and a bare head is no object
  here: 生產力|促進|局, 機場|協調|委員會 stay names.

A group (…小組, …專組, …指揮部: `named_groups.group_heads`, or any head in 組) is named
by its task, which may hold a clause of its own (甲園區|落戶|乙地專組): it is left whole.

Measured (benchmarks/RESULTS.md, "Clauses read as names", session 20): of 1,505 gold names
of seeds, dev and F–T one is cut; of 40 firings read in laws outside the samples, 37 cut
where the object begins.

`object_start(label)` returns how many characters of the label go (0 when the label is no
such clause). Cost: one segmentation of the label and a look-up per word: linear in the
label's length.
"""

from __future__ import annotations

from collections.abc import Sequence

from ..script import to_simplified
from .boundary_evidence import BEFORE_MIN as GOVERNS_BEFORE_MIN
from .boundary_evidence import (
    FUNCTION_TAGS,
    PART_MIN,
    STOP,
    STRONG_PREDICATE_RATE,
    VERB_TAGS,
    load_evidence,
)
from .clauses import CONJUNCTIONS
from .named_groups import group_heads
from .vocabulary import category_of, ends_with_head, head_kind, is_head

__all__ = ["acting_body", "clause_verb", "object_start", "stands_as_object"]

_SUBJECT_CHARS = 2  # 公司, 機關: a body's word has at least two characters
# a clause's verb begins or sits in units of the laws at most a tenth as often as it
# stands right before one (委託 9 / 288, 經 398 / 4,115; not 設立 140 / 446, 研究 181 / 126)
UNIT_SHARE = 10
# a clause's verb stands right before a unit of the laws at least this often: it takes bodies
# as its object (宣告 9, 運用 24, 委託 288); a noun that follows adverbs now and then does
# not (國民: after 全體, 非 in 9 % of its uses, before a unit never)
BEFORE_MIN = 5
# a clause's verb follows an adverb or modal in this share of its uses or more (委託 14 %,
# 核定 4.4 %, 宣告 4.3 %, 運用 3.8 %); the verbal nouns that qualify a name's head stay
# below (工作 1.8 %, 發展 2.2 %, 共享 2.4 %, 融資 1.8 %)
CLAUSE_PREDICATE_RATE = 0.03
# the corpus tags of a clause's verb: a verb, a function word, or a plain noun, which is how
# rjieba's dictionary tags many verbs of the laws (委託, 核定, 宣告: n); not a set phrase
# (l: 自來水, 家庭教育), an idiom, a proper noun or a number
_CLAUSE_TAGS = VERB_TAGS | FUNCTION_TAGS | {"n"}
_LOCALISER_TAGS = frozenset({"f"})
_NOT_ACTING = frozenset({"Platform", "Fund"})
_GROUP = "组"  # the character every group head ends with (小组, 专组, 工作组, 清算组)
_NAME_OWN = frozenset({"numeral_or_time", "no_han"})  # 第十屆 is part of the name after it


def object_start(label: str) -> int:
    """Characters of `label` (either script) before the object of a body's verb, or 0."""
    simplified = to_simplified(label)
    if simplified.endswith(group_heads()) or simplified.endswith(_GROUP):
        return 0  # a group is named by its task, verbs and all (某园区落户某市专责小组)
    words = load_evidence().segment(simplified)
    # the last verb wins: 甲|委託|乙|轉交|丙 names 丙
    for k in range(len(words) - 2, 0, -1):
        word, start, end = words[k]
        if not clause_verb(word):
            continue
        after = [w for w, _, _ in words[k + 1 :]]
        if (
            acting_body(label[:start])
            and stands_as_object(after)
            and not _weak_predicate(word, after)
        ):
            return end
    return 0


def _weak_predicate(word: str, after: Sequence[str]) -> bool:
    """`weak_predicate`: the verb's one vote is the weakest, a predicate's place in few of
    its uses (协同: 6 %), and the boundary evidence would not stop a name there either: the
    object does not begin as names begin and the verb seldom stands before units (< 20:
    国家中小企业|协同|创新服务平台, a qualifier inside the name; not 委托, 283)."""
    evidence = load_evidence()
    rules = {rule for rule, vote in evidence.votes(word) if vote == STOP}
    found = evidence.word(word)
    if rules != {"predicate_position"} or found is None:
        return False
    if found.predicate_rate >= STRONG_PREDICATE_RATE or evidence.name_initial(after[0]):
        return False
    return found.before_unit < GOVERNS_BEFORE_MIN


def clause_verb(word: str) -> bool:
    """`word` (Simplified) is a verb of the laws' clauses and never a name's word: seen at
    least PART_MIN times, in no unit of the laws, no proper noun, number or head, and a
    function word or a predicate by its uses (see the module's docstring)."""
    evidence = load_evidence()
    found = evidence.word(word)
    if found is None or found.count < PART_MIN:
        return False
    if found.before_unit < BEFORE_MIN:
        return False  # it seldom takes a body as its object (國民, a noun after 全體, 非)
    if (found.begin_unit + found.inside_unit) * UNIT_SHARE > found.before_unit:
        return False  # a word of names (研究, 考試, 所屬, 附設), not only before them
    if word in CONJUNCTIONS or found.tag == "c":
        return False  # two things joined (部門以及|人民政府): clauses.joined_names decides
    if found.tag not in _CLAUSE_TAGS or ends_with_head(word):
        return False  # a set phrase or a proper noun (自來水, 家庭教育: l), a body
    rules = {rule for rule, vote in evidence.votes(word) if vote == STOP}
    if rules & _NAME_OWN:
        return False
    return bool(rules) or found.predicate_rate >= CLAUSE_PREDICATE_RATE


def acting_body(subject: str) -> bool:
    """The words before the verb end with a body (人民銀行, 主管機關, 市人民政府)."""
    simplified = to_simplified(subject)
    if len(simplified) < _SUBJECT_CHARS:
        return False
    last = load_evidence().segment(simplified)[-1][0]
    if head_kind(simplified) in _NOT_ACTING or category_of(simplified) in _NOT_ACTING:
        return False  # a zone, a facility or a fund does not act (試驗區|工作|…辦公室)
    if ends_with_head(simplified) or category_of(simplified):
        return True  # 人民銀行, 主管機關; a class of bodies: 存款保險基金管理機構
    return len(last) >= _SUBJECT_CHARS and last in load_evidence().name_final


def stands_as_object(words: Sequence[str]) -> bool:
    """The words after the verb begin as a name begins (no conjunction or function word:
    國民|及學前教育署 is no object), can stand as a name and end with a head."""
    first = to_simplified(words[0])
    if load_evidence().stops_name(first) or load_evidence().tag(first) in _LOCALISER_TAGS:
        return False  # 機關指導|下…: the verb's phrase goes on (在…指導下)
    simplified = to_simplified("".join(words))
    if is_head(simplified):
        return False  # 協調|委員會: a bare head names nothing after a verb
    return load_evidence().complete_name(words) and ends_with_head(simplified)
