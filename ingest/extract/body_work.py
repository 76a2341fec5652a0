"""The work a body does, written before its head, is part of its name (issue 19, session 30).

A committee or group is often named for what it does: a field, then a verb, then the head
(某项目|评审|委员会, 某类案件|复审|委员会, 某事故|调查|委员会). The head-noun reach stops at
a verb (`phrases.is_verb`), so such a name lost its field and its verb, and the bare head
left was dropped. Here the verb right before an organisation's head is the body's *work
word* when

- the laws write the verb and the head as one unit (`BoundaryEvidence.is_unit`: the n-gram
  recurs whole after many different words, and seldom after a modal, which would make it a
  verb with its object: 审议|委员会 after 46 different words, 评审|委员会 after 25), and
- a field stands before it that is not the verb's own subject: a word the name may reach
  over (`phrases.reach_left`), which is no body, role, person or pronoun. 由学者|审议|
  委员会拟定的方案 (scholars review the plan the committee drew up) keeps 学者 out, and
  with it the verb: an agent before a verb makes a clause, not a field.

The field begins after the last word inside it that ends a name (a role: 各该主管机关|…; a
conjunction after a head: 甲委员会|暨|…) or that no field holds by its own votes of the
evidence. A verb right after punctuation or a function word (设立|审议|委员会) has no field
and names no one body: nothing changes there. Only a bare head of a collegial body (…会,
…组) takes a work word. Asked by `head_names` for organisation heads only.
"""

from __future__ import annotations

from .boundary_evidence import HARD_RULES, STOP, STRONG_PREDICATE_RATE, load_evidence
from .clauses import role_word
from .conjunctions import WORDS
from .phrases import Token, ends_name, is_verb, reach_left
from .vocabulary import category_of, ends_with_head, is_head

__all__ = ["AGENT_SUFFIXES", "COLLEGIAL_ENDINGS", "field_start"]

# a body of members that meets — a committee, council or group (委员会, 审议会, 小组) — is
# named for its task; a company, court or government is not, and a verb before one is the
# clause's (股东|控制|公司, 当事人|收到|人民法院: units of the laws too, as verb and object)
COLLEGIAL_ENDINGS = ("会", "组")

# the agentive suffixes of Chinese nouns of persons (专家, 委员, 学者, 申请人, 律师): a person
# before a verb is its subject. A closed set of the grammar, not a list of names.
AGENT_SUFFIXES = frozenset("人员者家师")
_PRONOUN_TAGS = frozenset({"r", "nr"})


def _agent(token: Token) -> bool:
    """A word that acts: a person, a pronoun, a body or a role of bodies."""
    word = token.word
    return (
        token.tag in _PRONOUN_TAGS
        or (len(word) >= 2 and word[-1] in AGENT_SUFFIXES)
        or ends_with_head(word)
        or category_of(word) == "Organization"
        or role_word(word)
    )


def field_start(tokens: list[Token], head_first: int, head_index: int) -> int | None:
    """The first word of an organisation's name whose bare head (tokens[head_first:
    head_index + 1]) has its work word right before it, reached over that verb and the
    field before it as far as the words and the boundary evidence say; None when the word
    before the head is no work word of it or no field is left before it."""
    verb_at = head_first - 1
    if verb_at < 1 or not is_verb(tokens[verb_at]):
        return None
    head_words = [t.word for t in tokens[head_first : head_index + 1]]
    head = "".join(head_words)
    if not (is_head(head) and head.endswith(COLLEGIAL_ENDINGS)):
        return None  # 原住|民族委员会: a head with a field of its own in one word
    if not load_evidence().is_unit([tokens[verb_at].word, *head_words]):
        return None
    before = tokens[verb_at - 1]
    if ends_name(before) or _agent(before):
        return None  # 设立|审议|委员会: no field; 学者|审议|委员会: the verb's subject
    first = reach_left(tokens, verb_at, tokens[head_index].end)
    # the field begins after the last word that ends a name before it — a role (各该
    # 主管机关|乙…遴选|委员会: the authority's committee, two names back to back) or a
    # conjunction after a head (甲委员会|暨|乙…) — or that no field holds (_stops_field)
    ends = [k for k in range(first, verb_at) if _ends_a_name(tokens, k) or _stops_field(tokens[k])]
    first = max([first, *(k + 1 for k in ends)])
    return first if first < verb_at else None


def _ends_a_name(tokens: list[Token], at: int) -> bool:
    """tokens[at] is a role of bodies, or a conjunction after a word that ends with a head
    (甲委员会|暨): a name ends there, and the field of the next begins after it."""
    word = tokens[at].word
    if word in WORDS:
        return at > 0 and ends_with_head(tokens[at - 1].word)
    return role_word(word)


def _stops_field(token: Token) -> bool:
    """A word no field holds, by its own votes: a hard stop of the evidence (a number, a
    function word), a predicate compound, or a word after an adverb or modal in
    STRONG_PREDICATE_RATE of its uses or more (公告 15 %: 网站|公告|…委员会 is a clause).
    The evidence's context rules are not asked: they read the verb and the head as the
    unit and the field as words before it (都市计划 "stands before names" there, before
    审议|委员会), so they would cut every field."""
    evidence = load_evidence()
    word = token.word
    rules = {rule for rule, vote in evidence.votes(word) if vote == STOP}
    if rules & HARD_RULES or "predicate_compound" in rules:
        return True
    found = evidence.word(word)
    return bool(
        "predicate_position" in rules and found and found.predicate_rate >= STRONG_PREDICATE_RATE
    )
