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
"""

from __future__ import annotations

from collections.abc import Container, Sequence
from dataclasses import dataclass, replace

from .boundary_evidence import JURISDICTION_ENDINGS, load_evidence
from .fund_context import (
    BODY_WORDS,
    CONJUNCTION_TAG,
    ENUMERATION,
    TITLE_WORDS,
    in_a_title,
    listed_as_kinds_of_bodies,
    names_a_body,
    names_no_one_fund,
)
from .fund_document import NO_DOCUMENT, FundDocument, defined_terms, without_level_shortenings
from .fund_lists import LISTED, listed_name_start
from .fund_objects import after_governing_verb, governs_a_bare_head
from .fund_purposes import (
    EARMARKED_FEE,
    an_example,
    ends_as_another_thing,
    joins_another_thing,
    keeps_its_act,
    named_by_purpose,
    scoped_label,
    scoped_to_a_place,
    spent_money,
)
from .fund_words import (
    HEADS,
    NUMBER_TAGS,
    fund_first_words,
    fund_last_words,
    fund_name_words,
    fund_verbs,
    glued_predicate,
    hard_stop,
    outside_names,
    permitted,
    predicate,
    set_up_verb,
    verb_and_preposition,
    verbal_noun_before_names,
)
from .kinds import NATION_WORDS, describes_a_facility_or_scheme, names_a_kind
from .orgnames import GENERIC, names_a_class
from .phrases import PUNCT, Token, is_verb, nominal
from .records import Candidate
from .vocabulary import (
    category_of,
    ends_with_head,
    head_kind,
    is_class_noun,
    level_words,
)

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

MAX_WORDS = 10  # a fund's name is at most this many words before its head
MIN_MODIFIERS = 2  # words before the head: 失业|保险|基金, not 社会|资金
MIN_CHARS = 5
_PRONOUN = "r"


def _can_stand(words: Sequence[str]) -> bool:
    """The words (a fund's name without its first word) have modifiers enough to stand as
    a name (科技产业|投资|基金, not 担保|基金): a purpose word such as 融资 or 救助 also
    never begins a unit, and stays before a bare head."""
    head_prefix = len(words[-1]) > len("基金")
    return sum(len(word) > 1 for word in words[:-1]) + head_prefix >= MIN_MODIFIERS


def _clause_verb_out(tokens: Sequence[Token]) -> int:
    """Where the name begins once a verb of the clause inside the phrase is left out."""
    evidence = load_evidence()
    words = [t.word for t in tokens]
    last = len(words) - 1
    start = 0  # the caller stopped at punctuation, function words and numbers
    inside, first_words = fund_name_words(), fund_first_words()
    # 本市|设立|…资金, 中|安排|部分资金, 政府|得以|指拨|开发基金: the clause's verb, not the
    # name's; right before the head it says what the fund does (天使投资|引导|基金), and a
    # verb between two nouns qualifies the rest (设施|共享|服务奖励资金)
    for i in range(start + 1, last - 1):
        if words[i] in inside or (start == i and words[i] in first_words):
            continue  # 纳入|就业|补助资金: after the clause's verb, a fund name's first word
        between = (  # not before a name it governs: 捐赠|行政院…基金
            nominal(tokens[i - 1])
            and nominal(tokens[i + 1])
            and not evidence.name_initial(words[i + 1])
        )
        if (
            predicate(words[i])
            or glued_predicate(words[i])
            or verb_and_preposition(words[i])  # 中心|隶属于|…基金
            or (is_verb(tokens[i]) and not between)
        ):
            start = i + 1
    return start


def _leading_words_out(tokens: Sequence[Token], start: int, whole_object: bool = False) -> int:
    """Where the name begins once the leading words that begin no name are left out.
    `whole_object`: the words are a fund verb's whole object (设立|…资金，), where a noun the
    laws never see first in a name still begins this one (设立|战略性|新兴产业…资金)."""
    evidence = load_evidence()
    words = [t.word for t in tokens]
    last = len(words) - 1
    # 筹集|科学技术发展基金, 分配|中央财政…, 明知|校务基金, 管理|技术市场基金: a word that
    # begins no name, or a verb, unless a fund name of the laws begins with it and no name
    # begins right after it (就业|补助资金: 就业安定基金)
    first_words = fund_first_words()
    while (
        start < last
        and (
            not (
                evidence.can_begin_name(words[start])
                or (whole_object and tokens[start].tag in _NOUN_TAGS)
            )
            # a verb begins no name, but in the whole object one the laws let begin
            # names qualifies it (设立|涉外|…基金: a verb by its tag, an attribute here)
            or (
                is_verb(tokens[start])
                and not (whole_object and evidence.can_begin_name(words[start]))
            )
            or tokens[start].tag == _PRONOUN  # 其|申请…
            or verb_and_preposition(words[start])
            or (  # 运用|科技产业投资基金, not 融资|担保基金
                verbal_noun_before_names(words[start], tokens[start].tag)
                and _can_stand(words[start + 1 :])
            )
        )
    ):
        if words[start] in first_words and not evidence.name_initial(words[start + 1]):
            break
        start += 1
    return start


def _unit_of_number(tokens: Sequence[Token], first: int) -> bool:
    """tokens[first] follows a number and the laws never use it: the number's unit glued
    to the next word (2|分钱), as 第5|條由 glues an article's unit."""
    evidence = load_evidence()
    previous = tokens[first - 1].word if first > 0 else ""
    return (
        bool(previous)
        and (tokens[first - 1].tag in NUMBER_TAGS or previous.isdigit())
        and evidence.word(tokens[first].word) is None
    )


CLASS_OWNER_WORDS = 3  # a class of bodies, one word, the head: 企业|发展|基金


def _governed_by_the_clause(
    tokens: Sequence[Token], start: int, index: int, own_fund: bool
) -> bool:
    """The bare head (基金 alone) after a verb no fund name of the laws has before its head
    is the verb's object, not a name's last word, when a body is the verb's subject
    (管理机构|运用|基金), or, in a document about its own fund (本基金), when a noun it
    qualifies follows (存款利息全部|转入|基金|专户, 依规定|累存|基金|余额)."""
    if tokens[index].word not in HEADS or index - 1 < max(start, 1):
        return False
    if governs_a_bare_head(tokens, index):  # 申请人|申请|基金 (fund_objects.py)
        return True
    verb = tokens[index - 1]
    if not (is_verb(verb) or verb.tag == "vn") or verb.word in fund_last_words():
        return False
    subject = tokens[index - 2].word
    if "Organization" in (category_of(subject), head_kind(subject)):
        return True
    following = tokens[index + 1] if index + 1 < len(tokens) else None
    return own_fund and following is not None and following.tag in _NOUN_TAGS


_NOUN_TAGS = frozenset({"n", "nz", "ng"})


def _is_head(word: str) -> bool:
    return word.endswith(HEADS) or word.endswith(EARMARKED_FEE)  # 专项经费: fund_purposes.py


def _a_class(
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
    if len(words) <= CLASS_OWNER_WORDS and is_class_noun(words[0]):
        return True  # 企业|发展|基金: the fund each body of a class keeps (企业发展基金)
    return names_a_kind(list(words)) or describes_a_facility_or_scheme(before, list(words), name)


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
        if not _is_head(token.word) or names_a_body(tokens, index):
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
    `_recut_glued` made, where the name begins at the latest."""
    token = tokens[index]
    first = index
    while (
        first > 0
        and index - first < MAX_WORDS
        and not hard_stop(tokens[first - 1])
        and not _is_head(tokens[first - 1].word)  # …奖补资金|中安排部分资金: another fund
    ):
        first -= 1
    if (set_up := _set_up_across_and(tokens, first, index)) is not None:
        # 设立|甲和乙引导基金，
        name = Candidate("Fund", tokens[set_up].start, token.end, rule="rule:fund-set-up")
        return FundReading(token.end, frozenset(), name)
    judged = first + _clause_verb_out(tokens[first : index + 1])
    start = first + _leading_words_out(tokens[first : index + 1], judged - first)
    if (object_start := _object_of_a_fund_verb(tokens, first, index)) is not None:
        # 设立|滨海国家自主创新示范区建设专项资金，: the verb's whole object, when it reaches
        # further back than the clause's verbs let the name
        whole = first + _leading_words_out(
            tokens[first : index + 1], object_start - first, whole_object=True
        )
        whole = keeps_its_act(tokens, object_start, whole, index, document)  # 设立|引进|…
        if whole < start:
            judged, start = object_start, whole
    not_starts = {t.start for t in tokens[judged:start] if _the_clause_s(t)}
    if judged > first and verb_and_preposition(tokens[judged - 1].word):
        # 中心|隶属于|…基金: a phrase across that verb is the clause, not a name
        not_starts |= {t.start for t in tokens[first:judged]}
    if start == first < index and _unit_of_number(tokens, first):
        start += 1  # 2|分钱|专项电力建设基金: the unit of the number before it
    if _after_level_and(tokens, start, index):
        not_starts.add(tokens[start].start)
        start += 1  # 国家或者|地方|…基金: each locality's fund; the shared name follows
    defined_start = _defined_term_start(tokens, start, index, document.defined)
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
            if (cut := _recut_glued(tokens, begin, index, document)) is not None:
                window, head, first_word = cut
                return _read_one(window, head, document, first_word)
    if _governed_by_the_clause(tokens, start, index, document.own_fund):
        return FundReading(token.end, frozenset(not_starts), None, governed=True)
    before = tokens[start - 1].word if start > 0 else ""
    words = [t.word for t in tokens[start : index + 1]]
    one_fund = _ends_clause(tokens, index) and before in fund_verbs()  # 设立|…奖励资金。
    # one fund by name: a local level's fund of the national fund's name (市|生命科学基金),
    # or one set up alone by one body or under the national fund's name (市人民政府|设立|
    # 生命科学基金，; not 可以|设立…, 纳入…: a kind the law allows, a fund that exists)
    by_name = (
        one_fund and _set_up_by_name(tokens, start, index, "".join(words), document.levelled)
    ) or _local_level_of_a_national_fund(words, document.levelled)
    one_fund = (
        one_fund
        or document.one_fund("".join(words), token.end)
        or named_by_purpose(tokens, start, index)  # 天然林|保护|资金 (fund_purposes.py)
        or (before in fund_verbs() and an_example(tokens, index))  # 设立|…专项经费|等方式
    )
    name = None
    # GENERIC stays: `before` wholly a collective word or 本 is 本 alone, "this" in any reading
    if not GENERIC.fullmatch(before) and not _a_class(words, before, one_fund, by_name):
        name = Candidate("Fund", tokens[start].start, token.end, rule="rule:fund-head")
    return FundReading(token.end, frozenset(not_starts), name)


def _object_of_a_fund_verb(tokens: Sequence[Token], first: int, index: int) -> int | None:
    """Where the object of a verb that sets a fund up (fund_words.set_up_verb: 设立, 建立;
    not 纳入, 申请, which take a fund that exists) begins, when the verb stands in the phrase,
    no word of what the law allows stands before it (可以, 鼓励…设立: a kind of fund) and
    the clause ends with the head: the object is the fund's whole name (设立|湿地战略性新兴
    产业培育专项资金，: 战略性 and 自主 in 滨海国家自主创新示范区… are the name's, not the
    clause's verbs); None otherwise. The leading words that begin no name still go."""
    if not _ends_clause(tokens, index) or _following(tokens, index).startswith(ENUMERATION):
        return None  # 设立甲基金、乙基金: items of a list, each read on its own
    for at in range(index - 1, first - 1, -1):
        if set_up_verb(tokens[at]):
            return None if permitted(tokens, at) else at + 1  # 可以|设立…: a kind
    return None


def _set_up_by_name(
    tokens: Sequence[Token], start: int, index: int, name: str, levelled: Container[str]
) -> bool:
    """The fund tokens[start:index+1], after a verb that sets funds up, is set up alone
    (not an item of 设立甲基金、乙基金) and not in a clause of what the law allows
    (可以, 鼓励…设立), by one body right before the verb (市人民政府|设立, 国家|设立: not a
    class of bodies, 企业|设立) or under the name the document gives the national fund."""
    verb = start - 1
    if (
        verb < 0
        or not set_up_verb(tokens[verb])
        or _following(tokens, index).startswith(ENUMERATION)
        or permitted(tokens, verb)
    ):
        return False
    subject = tokens[verb - 1].word if verb > 0 else ""
    one_body = subject in NATION_WORDS or (  # 国家|设立: the country's one fund
        "Organization" in (category_of(subject), head_kind(subject)) and not is_class_noun(subject)
    )
    return one_body or name in levelled


# a one-character level of local government (省, 市, 县, 区: boundary_evidence's
# jurisdiction endings), a word the fund rules do not count as a modifier
_LOCAL_LEVELS = frozenset(e for e in JURISDICTION_ENDINGS if len(e) == 1)


def _local_level_of_a_national_fund(words: Sequence[str], levelled: Container[str]) -> bool:
    """市|生命科学|基金 in a document that names 国家生命科学基金: the local level's fund of
    the name the whole country's fund has, one fund (the level word is its modifier)."""
    return len(words) >= 2 and words[0] in _LOCAL_LEVELS and "".join(words[1:]) in levelled


def _set_up_across_and(tokens: Sequence[Token], first: int, index: int) -> int | None:
    """Where the name begins when a verb that sets funds up (fund_verbs.tsv: 设立) governs
    the whole phrase to the head across one conjunction, the clause ending with the head:
    the conjunction joins two modifiers of one fund (设立|示范区创新创业投资|和|产业发展
    引导基金，), not two things (设立研究中心|和|发展基金: the part before it ends with a
    body's head) nor two levels (设立国家|和|地方…基金: `_after_level_and`); None otherwise."""
    joint = first - 1
    if joint < 1 or tokens[joint].tag != CONJUNCTION_TAG or not _ends_clause(tokens, index):
        return None
    verb = joint - 1
    while verb > 0 and index - verb < MAX_WORDS and not hard_stop(tokens[verb - 1]):
        verb -= 1
        if tokens[verb].word in fund_verbs():
            part = "".join(t.word for t in tokens[verb + 1 : joint])
            if ends_with_head(part) or _is_head(part) or part in level_words():
                return None  # 研究中心|和…; 国家|和|地方…: the levels' reading decides
            if ends_as_another_thing(tokens[verb + 1 : joint]) or permitted(tokens, verb):
                return None  # 设立|奖项|或者|奖励基金; 鼓励…设立: a kind (fund_purposes.py)
            return verb + 1
    return None


_FUNCTION_TAGS = frozenset({"c", "p", "u", "uj", "ul", "r"})
RECUT_REACH = 2  # the name's first word as read, or the word left out or stopped at before it


def _tag(word: str, otherwise: str) -> str:
    """The laws' tag of a word cut anew, or `otherwise` when the laws never use it alone."""
    evidence = load_evidence()
    return evidence.tag(word) if evidence.word(word) is not None else otherwise


def _recut_glued(
    tokens: Sequence[Token], start: int, index: int, document: FundDocument
) -> tuple[list[Token], int, int] | None:
    """Where the segmenter cut a word the name begins with (可|再生能源发展基金, 院校|务基金:
    the first word never begins a name in the laws, and the document writes the name
    after the same character every time): the tokens around the head with that character
    moved to the name's first word, the head's index and that word's among them; None
    otherwise."""
    if not 0 < start < index or PUNCT.search(tokens[start].word) or hard_stop(tokens[start - 1]):
        return None  # 院校|务基金: 务 stopped the reading (no word of a name), and may move
    evidence = load_evidence()
    if evidence.can_begin_name(tokens[start].word):
        return None
    name = "".join(t.word for t in tokens[start : index + 1])
    glued = document.always_before(name)
    previous = tokens[start - 1]
    if not glued or not previous.word.endswith(glued) or previous.tag in _FUNCTION_TAGS:
        return None  # 和|地方…: a function word of its own is no piece of a word
    low = max(0, start - MAX_WORDS - 1)
    high = min(len(tokens), index + 1 + max(TITLE_WORDS, BODY_WORDS) + 1)
    word = glued + tokens[start].word
    moved = [Token(word, _tag(word, tokens[start].tag), previous.end - 1)]
    if len(previous.word) > 1:
        rest = previous.word[:-1]
        moved.insert(0, Token(rest, _tag(rest, previous.tag), previous.start))
    window = [*tokens[low : start - 1], *moved, *tokens[start + 1 : high]]
    shift = 2 - len(moved)  # one token fewer when the character was a word of its own
    return window, index - low - shift, start - low - shift


def _the_clause_s(token: Token) -> bool:
    """A leading word that is the clause's, whatever the general reach makes of it: a verb
    (管理|, 运用|), a pronoun, or a word that stands before names and never in one."""
    return token.tag.startswith("v") or token.tag == _PRONOUN or verb_and_preposition(token.word)


_OPENING_QUOTES = "“「『"


def _following(tokens: Sequence[Token], index: int) -> str:
    return tokens[index + 1].word if index + 1 < len(tokens) else ""


def _ends_clause(tokens: Sequence[Token], index: int) -> bool:
    """Punctuation (or the paragraph's end) follows tokens[index]: 设立…奖励资金。, not
    申请…资金|项目 (the projects are what is applied for) or 设立…引导资金|和基金."""
    return index + 1 >= len(tokens) or bool(PUNCT.search(tokens[index + 1].word))


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
                or c.start in reading.not_starts
            )
        ):
            continue
        if c.kind == "Fund" and (
            names_no_one_fund(text, c)
            or scoped_label(c.name_in(text))  # 香港|基金: the funds of a place
            or joins_another_thing(c.name_in(text))  # 文化驿站|和|…基金 (fund_purposes.py)
        ):
            continue
        kept.append(c)
    return kept


def _after_level_and(tokens: Sequence[Token], start: int, index: int) -> bool:
    """tokens[start] follows a word of the whole country's level and a conjunction
    (国家或者|地方, 中央和|省级): the two levels share the name that follows, so the word
    names whose fund it is, not the fund (the laws set those words against 地方:
    level_words.tsv)."""
    return (
        2 <= start < index - 1
        and tokens[start - 1].tag == CONJUNCTION_TAG
        and tokens[start - 2].word in level_words()
    )


DEFINED_WORDS = 6  # words a defined term may span (吸收|与|创新)


def _defined_term_start(
    tokens: Sequence[Token], start: int, index: int, defined: Container[str]
) -> int:
    """Where the name begins when a term the document defines ends inside it and begins
    before it (吸收与创新, defined （以下简称吸收与创新）: 吸收与|创新专项资金, cut at 与,
    becomes 吸收与创新专项资金); `start` otherwise."""
    if not defined:
        return start
    for end in range(start, index):
        term = tokens[end].word
        for begin in range(end - 1, max(-1, end - DEFINED_WORDS), -1):
            term = tokens[begin].word + term
            if begin < start and term in defined:
                return begin
    return start
