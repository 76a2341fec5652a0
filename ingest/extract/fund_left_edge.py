"""Where a fund's name begins, decided from the evidence both ways (issue 19, session 30).

The fund reader (fundnames.py) reads a name back from its head to the first word the
boundary evidence never lets inside a name, then leaves out the clause's verbs and the
leading words that begin no name. Four kinds of clause word passed that reading and began
fund labels, and one proper element was cut off:

- `clause_verb_first`: a verb that opens its clause (after a mark that ends one, an adverb
  or another verb: ，发展|…基金, 推动|发展|…基金) and that the laws put before names far more
  often than in them (`fund_objects`' test of a verb before names), before a phrase whose
  tail the laws write as a unit ending with the head (…创业投资|基金), the phrase ending
  the clause or a list (an object, not a subject: 投资信托基金|应… may be a name). fund_objects leaves a verb the laws'
  fund names hold (发展: 科技发展基金) in the name, which is right inside a phrase; first in
  its clause it is the clause's predicate, its object a kind of funds it fosters.
- `after_relative_clause`: 所 and one verb (所提, 所定: `left_boundary.relative_clause_word`)
  inside the phrase: what stands before it is the relative clause's subject, the name
  begins after it (甲机关|所提|乙基金).
- a sum's last character glued to 至 (…金至|乙基金) was read here too; since the end of
  session 30 `glued_clause_words` reads a preposition glued into a guessed word for every
  kind, so this module no longer does.
- `destination_before_bare_head`: a verb with a complement of destination (存入, 转入,
  拨入: a verb and 入, 进, 至 or 到) right before a bare head takes the fund as where the
  money goes; no name ends there.

And the other way, `zone_before`: a zone written with 港 for 区 after its place (甲省|自由
贸易|港: port_names.zone_port_first) right before the name's first word, or ending with it,
is the fund's proper element, where the clause's rules stopped at 港 or before it.

Each test reads the words of one phrase, at most the reader's window: linear in the text.
"""

from __future__ import annotations

from collections.abc import Sequence

from .boundary_evidence import WEAK_PREDICATE_RATE, load_evidence
from .fund_objects import PREDICATE_PLACE_TAGS, verb_before_names
from .fund_words import HEADS, fund_last_words, fund_name_words, fund_names, set_up_verb
from .left_boundary import is_modal, relative_clause_word
from .phrases import Token, nominal
from .port_names import zone_port_first

__all__ = [
    "ADJECTIVE_PREFIX",
    "CLAUSE_MARKS",
    "after_relative_clause",
    "clause_verb_first",
    "destination_before_bare_head",
    "zone_before",
]

_VERB_TAGS = frozenset({"v", "vn", "vd"})
_PLAIN_VERB = "v"
# the marks that end a clause (not 、, which lists items, nor quotes and brackets, which
# open names and titles)
CLAUSE_MARKS = frozenset("，,；;。：:！!？?")
_ENUMERATION = "、"
_EXAMPLE = "等"
_CONJUNCTION_TAG = "c"
# the modal that also makes adjectives of verbs (可持续, 可再生, 可降解: grammar)
ADJECTIVE_PREFIX = "可"
_ADJECTIVE_TAGS = frozenset({"a", "b"})  # 私募, 新兴: adjectives and distinguishing words


def _opens_clause(tokens: Sequence[Token], at: int) -> bool:
    """tokens[at] stands first in its clause or predicate: after the paragraph's start, a
    mark that ends a clause, an adverb or time word (积极|发展: fund_objects'
    PREDICATE_PLACE_TAGS), or a plain verb whose complement it is (推动|发展); not after 、
    or a conjunction (an item of a list) nor after a quote or a bracket."""
    if at == 0:
        return True
    before = tokens[at - 1]
    return (
        before.word in CLAUSE_MARKS
        or before.tag == _PLAIN_VERB
        or before.tag in PREDICATE_PLACE_TAGS
    )


def _in_predicate_place(tokens: Sequence[Token], at: int) -> bool:
    """The verb tokens[at] follows an adverb or a modal in this very sentence (积极|培育,
    应|培育): the clause's predicate here, however often the laws put it inside names
    (人才培育…: so `verb_before_names` does not vouch for it; session 31)."""
    if at == 0:
        return False
    before = tokens[at - 1]
    if before.word == ADJECTIVE_PREFIX:
        return False  # 可|持续|发展基金: 可 + a verb makes an adjective, a name's first word
    if before.tag in PREDICATE_PLACE_TAGS or is_modal(before.word):
        return True
    # first in its clause (，培育|…): a verb the laws put after adverbs and modals as often
    # as fund_objects asks of a verb before names (创新, 0.8 %, qualifies a name: 创新|…)
    found = load_evidence().word(tokens[at].word)
    return (
        before.word in CLAUSE_MARKS
        and found is not None
        and found.predicate_rate >= WEAK_PREDICATE_RATE
    )


def _ends_an_object(tokens: Sequence[Token], index: int) -> bool:
    """The phrase ending with the head tokens[index] is an object, not a subject: the clause
    ends after it, or it is an item of a list (、, a conjunction, 等) the verb governs."""
    if index + 1 >= len(tokens):
        return True
    following = tokens[index + 1]
    return (
        following.word in CLAUSE_MARKS
        or following.word in (_ENUMERATION, _EXAMPLE)
        or following.tag == _CONJUNCTION_TAG
    )


def clause_verb_first(tokens: Sequence[Token], first: int, index: int) -> int | None:
    """The index of a verb of the clause that opens it between tokens[first] and the head
    tokens[index], before a phrase whose tail is a unit of the laws ending with the head
    (see the module's docstring); None if there is none. The first such verb is taken."""
    if not _ends_an_object(tokens, index):
        return None  # 投资信托基金|应…: a phrase the clause is about, a name may begin so
    evidence = load_evidence()
    words = [t.word for t in tokens]
    for at in range(first, index - 1):
        token = tokens[at]
        if token.tag not in _VERB_TAGS or not _opens_clause(tokens, at):
            continue
        vouched = token.word in fund_name_words() and verb_before_names(token.word)
        if not vouched and set_up_verb(token):
            continue  # 分别|建立|甲保险基金: the fund set up, fundnames' set-up readings
        if not (vouched or _in_predicate_place(tokens, at)):
            continue  # a verb no fund name holds is fund_objects' (governs_a_fund)
        rest = words[at + 1 : index + 1]
        if len(rest) < 2 or "".join(words[at : index + 1]) in fund_names():
            continue  # 发展|基金: a bare head; a fund name of the laws written whole
        # a tail of two words or more the laws write as a unit; for a verb only this
        # sentence puts in predicate place, the tail of a noun phrase of nouns and
        # adjectives only (应|拨付|征收|金至|…基金, 应|提拨|结余|予|…基金: its object is a
        # sum, the fund where it goes)
        noun_phrase = all(nominal(t) or t.tag in _ADJECTIVE_TAGS for t in tokens[at + 1 : index])
        tails = range(len(rest) - 1) if vouched or noun_phrase else range(0)
        if any(evidence.unit(rest[i:]) is not None for i in tails):
            return at
    return None


def after_relative_clause(tokens: Sequence[Token], first: int, index: int) -> int | None:
    """The index of the last relative clause word (所提, 所定) between tokens[first] and the
    head tokens[index], with at least two words after it; None if there is none."""
    for at in range(index - 2, first - 1, -1):
        if relative_clause_word(tokens[at].word):
            return at
    return None


# the complements of destination a verb takes (存入, 转进, 拨至, 汇到): the grammar's closed set
_DESTINATIONS = ("入", "进", "至", "到")


def destination_before_bare_head(tokens: Sequence[Token], index: int) -> bool:
    """The bare head tokens[index] (基金, 资金 alone) follows a verb with a complement of
    destination (a plain verb ending in 入, 进, 至 or 到, its stem a verb of the laws) that
    the laws' fund names do not put before their head (收入: 特别收入基金): the fund is where
    the money goes, the verb's object, and no name ends with it."""
    if tokens[index].word not in HEADS or index < 1:
        return False
    verb = tokens[index - 1]
    word = verb.word
    if verb.tag != _PLAIN_VERB or len(word) < 2 or not word.endswith(_DESTINATIONS):
        return False
    if word in fund_last_words():
        return False
    return load_evidence().tag(word[:-1]).startswith(_PLAIN_VERB)


def zone_before(tokens: Sequence[Token], first: int, start: int, index: int) -> int:
    """Where the name begins when a zone written with 港 (甲省|自由贸易|港) ends with its first
    word tokens[start] or right before it, all of its words inside the reader's window from
    tokens[first]: at the zone's first place; `start` otherwise."""
    for at in (start, start - 1):
        if not first <= at < index:
            continue
        following = tokens[at + 1].word[:1] if at + 1 <= index else ""
        zone_first = zone_port_first(tokens, at, following)
        if zone_first is not None and first <= zone_first < start:
            return zone_first
    return start
