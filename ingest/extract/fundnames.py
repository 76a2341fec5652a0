"""Funds named in running text: the head 基金 or 资金 with its modifiers (issue 19, session 15).

A fund's name often holds a verb or a purpose (国家融资担保基金, 就业补助资金, 工业转型升级
资金, 中央财政专项扶贫资金, 工业企业结构调整专项奖补资金), where the general reach of
`phrases.reach_left` and the evidence's `name_start` stop at the first verb. Here the name is
read back from its head over at most MAX_WORDS words, to the first word the boundary
evidence never lets inside a name (its hard rules: punctuation, function words, numbers),
then two rules of the fund's own:

- a predicate of the laws *inside* the phrase (a word the evidence stops at for its
  predicate position, with words before it and not right before the head: 引导|基金; or
  a modal glued to one: 应|审酌) is the clause's verb, not part of the name
  (本市|设立|大型科学仪器设施共享服务奖励资金), unless the laws' own fund names hold that
  word (全国社会|保障|基金: `resources/fund_names.tsv`, built by
  `scripts/build_fund_names.py` from the titles and definitions of the scale corpus) or
  begin with it right after the clause's verb (纳入|就业|补助资金: 就业安定基金);
- leading words that cannot begin a name go (筹集|科学技术发展基金, 分配|中央财政专项扶贫
  资金, 管理|技术市场基金), and so do verbal nouns that stand before names and never in
  one (运用|科技产业投资基金) and verbs with a preposition glued on (隶属于|经济作业基金),
  unless a fund name of the laws begins with the word and what follows begins no name of
  its own (就业|补助资金);
- (session 16) a fund after a level of the whole country and a conjunction (国家或者|地方|
  科技型中小企业技术创新基金, level_words.tsv) is the name the two levels share: the
  local word names whose fund it is; `without_level_shortenings` then folds, per
  document, a fund named so beside the national one (融资担保基金 beside
  国家融资担保基金) into the national one, its mentions with it;
- (session 16) a term the document defines is one word of the name (吸收与创新, defined
  （以下简称吸收与创新）: 吸收与创新专项资金, not 创新专项资金);
- (session 16) a fund named inside a law's title (经济部…作业基金收支保管办法；) is not
  read: the gold convention leaves names seen only inside a title out.

A fund named as a class is left out: no modifier of its own or one word only (社会资金,
专项资金, 财政资金, 各类基金, 原|专项基金: a word of one character does not count), money
that is not earmarked (…资金 without 专项: 财政存量资金, 年度补助资金; 资金 is money in
general, 专项资金 the earmarked fund that entity_heads.tsv already lists) unless a verb that
treats it as a fund stands before it (设立|…奖励资金, 纳入|就业补助资金: fund_verbs.tsv,
learnt from the laws), the fund each body of a class keeps (企业|发展|基金: a class noun
of bodies and one word), a kind (kinds.names_a_kind), or what
kinds.describes_a_facility_or_scheme calls a class (人民政府|专项资金, 其他|基金).

(session 17, from what the whole document says: fund_document.py) a word the segmenter
cut is mended (可|再生能源发展基金, 院校|务基金); a bare 基金 after a verb no fund name has
before its head is the verb's object in a document about 本基金 (转入|基金|专户); a 资金 a
cited title or a definition is about is one fund (黄金地质勘探资金); a general-reach fund
across a conjunction to an adjective no name holds is none (科学知识及重要科技计划).

(session 18) the object of a verb that sets a fund up (设立, 建立: fund_words.set_up_verb),
the clause ending with the head, is the whole name when it reaches further back than the
clause's verbs let it (设立|滨海国家自主创新示范区建设专项资金，: 自主 and 战略性 are the
name's), unless the clause says what the law allows or encourages (可以, 鼓励…设立: a kind);
a fund one body sets up alone (市人民政府|设立|生命科学基金，) or under the name the document
gives the national fund, or a local level's fund of that name (市|生命科学基金 beside
国家生命科学基金), needs one modifier only; items of a list that 等 closes with a body's
class are kinds of those bodies (…产业投资基金和母基金等专业投资机构); the words around a
head are read in fund_context.py.

`read_funds` gives, beside each name, the words it judged the clause's; entities.recognise
drops the general reach's fund candidates that begin with one (`not_read_here`).

The reading's parts are modules of their own: where the name begins (fund_name_start.py),
what a verb that sets a fund up says of it (fund_set_up.py), and whether the phrase names a
kind of funds rather than one (fund_classes.py).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace

from .fund_classes import a_class, a_negated_kind, governed_by_the_clause
from .fund_context import (
    in_a_title,
    listed_as_kinds_of_bodies,
    names_a_body,
    names_no_one_fund,
)
from .fund_document import NO_DOCUMENT, FundDocument, defined_terms, without_level_shortenings
from .fund_first_word import first_word_out
from .fund_left_edge import (
    after_relative_clause,
    clause_verb_first,
    destination_before_bare_head,
    zone_before,
)
from .fund_lists import LISTED, listed_first_words, listed_name_start
from .fund_members import listed_item_start, member_of_a_listed_class
from .fund_name_start import (
    MAX_WORDS,
    RECUT_REACH,
    after_level_and,
    clause_verb_out,
    defined_term_start,
    is_fund_head,
    leading_words_out,
    recut_glued,
    split_glued_character,
    the_clause_s,
    unit_of_number,
    without_bracket_before_head,
)
from .fund_objects import after_governing_verb
from .fund_purposes import (
    an_example,
    keeps_a_repeated_act,
    keeps_its_act,
    named_by_purpose,
    scoped_label,
)
from .fund_set_up import (
    ends_clause,
    local_level_of_a_national_fund,
    object_of_a_fund_verb,
    set_up_across_and,
    set_up_by_name,
)
from .fund_words import (
    fund_first_words,
    fund_last_words,
    fund_name_words,
    fund_verbs,
    hard_stop,
    outside_names,
    verb_and_preposition,
)
from .joined_things import joins_another_thing
from .orgnames import GENERIC
from .phrases import Token, token_at
from .records import Candidate

__all__ = [
    "FundReading",
    "defined_terms",
    "fund_first_words",
    "fund_last_words",
    "fund_name_words",
    "fund_names",
    "fund_verbs",
    "named",
    "not_read_here",
    "outside_names",
    "read_funds",
    "without_level_shortenings",
]


@dataclass(frozen=True)
class FundReading:
    """How the phrase that ends with one fund head was read: `end` (the head's end),
    `not_starts` (the offsets of the words judged the clause's, not the name's first: a
    verb, a pronoun, a word that stands before names and never in one, a level shared
    with another: 运用|, 隶属于|, 国家或者|地方|), `name` (the fund found, if any: none
    for a class) and `in_title` (the head is named inside a law's title)."""

    end: int
    not_starts: frozenset[int]
    name: Candidate | None
    in_title: bool = False
    governed: bool = False  # the head is a clause verb's object (转入|基金|专户): no name ends here
    kind_of_body: bool = False  # an item of 甲基金、乙基金等投资机构: a kind of those bodies
    negated_kind: bool = False  # 非营业|循环基金: a kind by exclusion, whatever reaches further
    begins_after: int = -1  # 甲机关|所提|乙基金: no name of this head begins before this offset


def fund_names(tokens: Sequence[Token], document: FundDocument = NO_DOCUMENT) -> list[Candidate]:
    """Funds whose names end with a word ending in 基金 or 资金, among `tokens` (a
    paragraph's words, Simplified); linear in the tokens (at most MAX_WORDS back each).
    `document`: what the whole document says of its funds (fund_document.py)."""
    return named(read_funds(tokens, document))


def named(readings: Sequence[FundReading]) -> list[Candidate]:
    """The fund names of `readings` (a reading may judge a head to name no fund)."""
    return [r.name for r in readings if r.name is not None]


def read_funds(tokens: Sequence[Token], document: FundDocument = NO_DOCUMENT) -> list[FundReading]:
    """The reading of each fund head among `tokens` (fund_names' work, with what it judged)."""
    readings = []
    for index, token in enumerate(tokens):
        if not is_fund_head(token.word) or names_a_body(tokens, index):
            continue
        if in_a_title(tokens, index):
            readings.append(FundReading(token.end, frozenset(), None, in_title=True))
            continue
        if listed_as_kinds_of_bodies(tokens, index):
            readings.append(FundReading(token.end, frozenset(), None, kind_of_body=True))
            continue
        readings.append(_with_listed_name(_read_one(tokens, index, document), tokens, index))
    return readings


def _with_listed_name(reading: FundReading, tokens: Sequence[Token], index: int) -> FundReading:
    """The reading, its name taken from Taiwan's list of funds or the shape that list
    teaches (fund_lists.py) when the clause's rules found none or a shorter one."""
    listed = listed_name_start(tokens, index)
    if listed is None:
        return reading
    start, rule = listed
    first = tokens[token_at(tokens, start)]  # the word the listed name begins in
    if rule == LISTED and (first.start < start or first.word in listed_first_words()):
        # 甲部|主管|國軍…基金: the list puts that word first in several names; 乙基金及學產|
        # 基金: a conjunction glued to its first character. No name of this head begins
        # before it, however far the clause's or the general reach goes
        return replace(
            reading,
            name=Candidate("Fund", start, tokens[index].end, rule=rule),
            not_starts=reading.not_starts - {start},
            begins_after=max(reading.begins_after, start),
        )
    if reading.name is not None and reading.name.start <= start:
        if reading.name.start == start and rule == LISTED:  # the clause read a listed fund
            return replace(reading, name=replace(reading.name, rule=rule))
        return reading
    return replace(
        reading,
        name=Candidate("Fund", start, tokens[index].end, rule=rule),
        not_starts=reading.not_starts - {start},
    )


def _read_one(
    tokens: Sequence[Token], index: int, document: FundDocument, cut_at: int | None = None
) -> FundReading:
    """The reading of the fund head tokens[index]; `cut_at`: the index of a first word
    `recut_glued` made, where the name begins at the latest."""
    token = tokens[index]
    if (unbracketed := without_bracket_before_head(tokens, index)) is not None:
        return _read_one(unbracketed.tokens, unbracketed.head, document)  # 纾困|（转贷）|基金
    first = index
    while (
        first > 0
        and index - first < MAX_WORDS
        and not hard_stop(tokens[first - 1])
        and not is_fund_head(tokens[first - 1].word)  # …奖补资金|中安排部分资金: another fund
    ):
        first -= 1
    if (split := split_glued_character(tokens, first, index)) is not None:
        # 盈余|予嘉港|整建基金: 予|嘉港; a first word `recut_glued` made after it moves on
        moved = cut_at + 1 if cut_at is not None and cut_at > split.at else cut_at
        reading = _read_one(split.tokens, split.head, document, moved)
        # the words up to the verb are the clause's, wherever the general reach begins
        clause = {t.start for t in split.tokens[first : split.verb + 1]}
        return replace(reading, not_starts=reading.not_starts | clause)
    if (set_up := set_up_across_and(tokens, first, index)) is not None:
        # 设立|甲和乙引导基金，
        name = Candidate("Fund", tokens[set_up].start, token.end, rule="rule:fund-set-up")
        return FundReading(token.end, frozenset(), name)
    judged = first + clause_verb_out(tokens[first : index + 1])
    vouched = False  # a rule of its own puts the name's first word where it is
    evidence_out: set[int] = set()
    start = first + leading_words_out(tokens[first : index + 1], judged - first)
    if (object_start := object_of_a_fund_verb(tokens, first, index)) is not None:
        # 设立|滨海国家自主创新示范区建设专项资金，: the verb's whole object, when it reaches
        # further back than the clause's verbs let the name
        whole = first + leading_words_out(
            tokens[first : index + 1], object_start - first, whole_object=True
        )
        whole = keeps_its_act(tokens, object_start, whole, index, document)  # 设立|引进|…
        if whole < start:
            judged, start = object_start, whole
            vouched = True
    repeated = keeps_a_repeated_act(tokens, first, start, index, document)  # 安排|扶持|…资金
    vouched = vouched or repeated != start
    start = repeated
    if not vouched:  # 测算|甲保险基金, 参保|人员|…基金, 是|指|…基金 (fund_first_word.py)
        checked = first_word_out(tokens, first, start, index)
        evidence_out = {t.start for t in tokens[start:checked]}
        start = checked
    item = listed_item_start(tokens, index)  # 、扶持|企业…资金、…等专项资金 (fund_members.py)
    if item is not None:
        judged = start = item  # the whole item, its verb of purpose too: no clause verb
    not_starts = {t.start for t in tokens[judged:start] if the_clause_s(t)} | evidence_out
    if judged > first and verb_and_preposition(tokens[judged - 1].word):
        # 中心|隶属于|…基金: a phrase across that verb is the clause, not a name
        not_starts |= {t.start for t in tokens[first:judged]}
    if start == first < index and unit_of_number(tokens, first):
        start += 1  # 2|分钱|专项电力建设基金: the unit of the number before it
    if after_level_and(tokens, start, index):
        not_starts.add(tokens[start].start)
        start += 1  # 国家或者|地方|…基金: each locality's fund; the shared name follows
    if item is None and clause_verb_first(tokens, first, index) is not None:
        # ，发展|…创业投资基金: the clause's verb and the kind of funds it fosters (fund_left_edge.py)
        return FundReading(token.end, frozenset(not_starts), None, governed=True)
    begins_after = -1
    # 甲机关|所提|乙基金: the name begins after it (a sum's glued 至, …金至|乙基金, is
    # glued_clause_words' case, for every kind)
    clause_word = after_relative_clause(tokens, first, index)
    if clause_word is not None:
        not_starts |= {t.start for t in tokens[first : clause_word + 1]}
        begins_after = tokens[clause_word].end
        start = max(start, clause_word + 1)
    start = zone_before(tokens, first, start, index)  # 甲省|自由贸易|港|…基金
    defined_start = defined_term_start(tokens, start, index, document.defined)
    if defined_start == start:  # no defined term in it: 推广与|应用|专项资金 is one name
        # 委员会|汇报|社会保险基金: a verb governing a fund the laws write whole (fund_objects.py)
        governed = start + after_governing_verb([t.word for t in tokens[start : index + 1]], 0)
        not_starts |= {t.start for t in tokens[start:governed]}
        defined_start = governed
    start = defined_start
    if cut_at is not None:
        start = min(start, cut_at)
    else:  # 可|再生能源…: read again, cut anew (the word may have been left out as leading)
        for begin in range(start, max(first - 2, start - RECUT_REACH - 1), -1):
            if tokens[begin].start in not_starts:
                break  # 国家和|地方|…: a word judged the clause's (a level) is not mended
            if (cut := recut_glued(tokens, begin, index, document)) is not None:
                window, head, first_word = cut
                return _read_one(window, head, document, first_word)
    if item is None and (  # an item of a list of funds is a noun phrase, no clause
        governed_by_the_clause(tokens, start, index, document.own_fund)
        or destination_before_bare_head(tokens, index)  # 存入|基金 (fund_left_edge.py)
    ):
        return FundReading(token.end, frozenset(not_starts), None, governed=True)
    before = tokens[start - 1].word if start > 0 else ""
    words = [t.word for t in tokens[start : index + 1]]
    one_fund = ends_clause(tokens, index) and before in fund_verbs()  # 设立|…奖励资金。
    # one fund by name: a local level's fund of the national fund's name (市|生命科学基金),
    # or one set up alone by one body or under the national fund's name (市人民政府|设立|
    # 生命科学基金，; not 可以|设立…, 纳入…: a kind the law allows, a fund that exists)
    by_name = (
        one_fund and set_up_by_name(tokens, start, index, "".join(words), document.levelled)
    ) or local_level_of_a_national_fund(words, document.levelled)
    # one fund of the class a list names (小微企业成长资金、…等专项资金), not each body's own
    by_name = by_name or member_of_a_listed_class(tokens, index)
    one_fund = (
        one_fund
        or document.one_fund("".join(words), token.end)
        or named_by_purpose(tokens, start, index)  # 天然林|保护|资金 (fund_purposes.py)
        or by_name  # 甲资金、乙资金等专项资金 (fund_members.py)
        or (before in fund_verbs() and an_example(tokens, index))  # 设立|…专项经费|等方式
    )
    if a_negated_kind(words, before, one_fund, by_name):  # 非营业|循环基金 (fund_kinds.py)
        return FundReading(token.end, frozenset(not_starts), None, negated_kind=True)
    name = None
    # GENERIC stays: `before` wholly a collective word or 本 is 本 alone, "this" in any reading
    if not GENERIC.fullmatch(before) and not a_class(words, before, one_fund, by_name):
        name = Candidate("Fund", tokens[start].start, token.end, rule="rule:fund-head")
    return FundReading(token.end, frozenset(not_starts), name, begins_after=begins_after)


_OPENING_QUOTES = "“「『"


def not_read_here(
    candidates: list[Candidate], readings: Sequence[FundReading], text: str
) -> list[Candidate]:
    """`candidates` (found by the general reach of entities.recognise) without the funds
    that begin with a word read_funds judged the clause's (运用|…基金, 隶属于|…基金,
    国家或者地方|…基金: its reading stands instead) or that are named inside a law's
    title. Any other stays: one that reaches further back than read_funds read
    (创新及科技基金: the general reach crosses 及), a quoted one, or one that begins
    with a noun read_funds left out (its own rules for classes are stricter: 科普基金)."""
    judged = {r.end: r for r in readings}
    kept = []
    for c in candidates:
        reading = judged.get(c.end) if c.kind == "Fund" else None
        if (
            reading is not None
            and text[c.start - 1 : c.start] not in _OPENING_QUOTES
            and (
                reading.in_title
                or reading.governed
                or reading.kind_of_body
                or reading.negated_kind
                or c.start in reading.not_starts
                or c.start < reading.begins_after
            )
        ):
            continue
        if c.kind == "Fund" and (
            names_no_one_fund(text, c)
            or scoped_label(c.name_in(text))  # 香港|基金: the funds of a place
            or joins_another_thing(c.name_in(text))  # 文化驿站|和|…基金 (joined_things.py)
        ):
            continue
        kept.append(c)
    return kept
