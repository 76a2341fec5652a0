"""Funds named by what they are for, and classes of funds named by where they come from
(issue 19, session 22).

fundnames.py counts a 资金 without 专项 as money in general unless a verb that sets funds
up stands before it. A fund the text names by its purpose is one fund all the same:
a thing the money acts on and the act (天然林|保护|资金, 工业|转型|升级|资金, 科技型|中小
企业|创新|资金), perhaps after a place (甲市|重大|科技|创新|资金); money named by its source
or its kind (财政|补助|资金, 年度|补助|资金, 创业|补助|资金: no object of the act) stays
money. The earmarked 专项经费 is read as 专项资金 is (中医药|发展|专项经费).

A fund phrase whose only modifier beyond a class of funds is where the funds come from
names the funds of that place, not one fund: both sides of a border (国内外, 境内外: X内外),
or a place before a bare head or a generic name (香港|基金, 境外|创业投资基金).

Each test reads the words of one phrase: linear in the text.
"""

from __future__ import annotations

from collections.abc import Sequence

from . import conjunctions
from .boundary_evidence import BoundaryEvidence, load_evidence
from .fund_document import FundDocument
from .fund_lists import begins_here
from .fund_words import fund_last_words, fund_verbs, predicate
from .orgnames import names_a_class
from .phrases import Token
from .vocabulary import category_of, head_kind, is_class_noun, level_words

__all__ = [
    "EARMARKED",
    "EARMARKED_FEE",
    "MONEY",
    "an_example",
    "keeps_a_repeated_act",
    "keeps_its_act",
    "named_by_purpose",
    "scoped_label",
    "scoped_to_a_place",
    "spent_money",
]

MONEY = "资金"  # money in general: a fund's name only when earmarked (专项资金, an entity head)
# 经费 is money for running costs (工作经费, 管理经费); earmarked (专项经费) it is a fund as
# 专项资金 is, the same word 专项 making it so
EARMARKED_FEE = "专项经费"
_OBJECT_TAGS = frozenset({"n", "nz", "nt", "ns", "j", "b", "l"})
_PURPOSE_TAGS = frozenset({"v", "vn"})
MIN_OBJECT_CHARS = 2  # 天然林, 工业: a one-character noun is no object of its own


EARMARKED = "专项"


def spent_money(name: str) -> bool:
    """Money, unless the text treats it as one fund: a 资金 not earmarked (财政存量资金;
    专项资金 is the earmarked fund entity_heads.tsv lists), or any 经费 (专项经费 included:
    a budget line as often as a fund, 农田水利专项经费)."""
    return (name.endswith(MONEY) and EARMARKED not in name) or name.endswith(EARMARKED_FEE)


_EXAMPLE = "等"


def an_example(tokens: Sequence[Token], index: int) -> bool:
    """等 follows the head (设立|渔船更新改造专项经费|等|措施): the phrase is named as one example
    of what the verb before it makes, a thing of its own, as when the clause ends there."""
    return index + 1 < len(tokens) and tokens[index + 1].word == _EXAMPLE


def named_by_purpose(tokens: Sequence[Token], start: int, index: int) -> bool:
    """The words tokens[start:index+1] of a 资金 phrase, its head tokens[index], name what
    the money is for: they end with an act (a verb or verbal noun: 保护, 升级, 创新, 发展),
    and before the acts stands its object, nouns only (not 健身|事业, 结算|会员: a clause of
    its own), of which none is a body or a level of the whole country (政府|投资, 交易所,
    中央|补助: whose money it is). The object holds PURPOSE_OBJECTS nouns or more (工业|
    转型|升级, 科技型|中小企业|创新), or one with a proper element (天然林: a word the laws
    never use, or a place): one common noun and an act name money by its kind as often
    (财政|补助, 社会|救助, 城市|绿化|建设). The phrase stands alone: it begins where a noun
    phrase can, no noun follows the head (抢险救援资金|保障机制: a qualifier) and it is no
    item of a list of objects that share the head (海洋、湿地、|河流流域生态补偿资金)."""
    if index - start < 2 or tokens[index].word != MONEY or _qualifies_a_noun(tokens, index):
        return False
    if _shares_a_listed_head(tokens, start) or not _a_phrase_begins(tokens, start):
        return False
    words = list(tokens[start:index])
    acts = 0
    while words and _an_act(words[-1]):
        words.pop()
        acts += 1
    if not acts or not words or any(t.tag == conjunctions.TAG for t in words):
        return False  # 甲融资|和|乙集合|资金: two things joined, not one purpose
    if any(map(_a_period, tokens[start:index])):
        return False  # 上|年度|公路|养护|资金: the money of a year, not a fund
    if not all(map(_in_an_object, words)):
        return False
    objects = [t for t in words if _an_object(t)]
    evidence = load_evidence()
    return len(objects) >= PURPOSE_OBJECTS or any(_proper(t.word, evidence) for t in objects)


# a period a budget counts in (年度, 本年度, 季度, 月度) or a time word by the segmenter's tag
# (当年, 今年, 五年): money of a period, spent in it (上年度…养护资金, 年度建设计划…资金),
# not a fund the text names (the grammar's nouns of a budget's period)
_PERIODS = ("年度", "季度", "月度")
_TIME_TAG = "t"


def _a_period(token: Token) -> bool:
    return token.tag == _TIME_TAG or token.word.endswith(_PERIODS)


_PREFIX_TAG = "h"  # 非 glued to the word before (对非|物质文化遗产): the phrase's own


def _a_phrase_begins(tokens: Sequence[Token], start: int) -> bool:
    """The phrase begins where a noun phrase can (fund_lists.begins_here: punctuation, a
    function word or a verb before it): after a noun or a glued prefix the reading's left
    edge is unsure (综合|管廊…, 对非|物质…, 报告上|年度…), and money stays money. A verbal
    noun before it is such a noun: the laws' vote that 综合 or 生活 is a predicate says how
    the word is used mostly, the segmenter's tag (vn, not v) how it is used here, before a
    noun it qualifies (综合|管廊, 生活|垃圾)."""
    if start > 0 and tokens[start - 1].tag in _QUALIFYING_TAGS:
        return False
    return begins_here(tokens, start)


_VERBAL_NOUN_TAG = "vn"
_QUALIFYING_TAGS = frozenset({_PREFIX_TAG, _VERBAL_NOUN_TAG})


def _qualifies_a_noun(tokens: Sequence[Token], index: int) -> bool:
    following = tokens[index + 1] if index + 1 < len(tokens) else None
    return following is not None and (following.tag.startswith("n") or following.tag == "vn")


_ENUMERATION = "、"


def _shares_a_listed_head(tokens: Sequence[Token], start: int) -> bool:
    """、 or a conjunction stands right before the phrase after an item with no head of its
    own: the phrase is the last item of a coordination that shares its head or its acts
    (海洋、湿地、|…资金: objects of one purpose, listed; 危房改造和|新村建设资金; 挪用或者|
    变相私分…资金, where the segmenter tags the coordinated verbs nouns)."""
    if start < 2:
        return False
    joined = tokens[start - 1]
    if joined.word != _ENUMERATION and joined.tag != conjunctions.TAG:
        return False
    return not tokens[start - 2].word.endswith((MONEY, "基金"))


def _in_an_object(token: Token) -> bool:
    """A word that can stand in an act's object: no verb (a clause of its own) and no word
    ending with a body's head (交易所, 人民政府: whose money it is; a class of bodies the
    money is for may stand there, 中小企业)."""
    return token.tag != _ACT_TAG and head_kind(token.word) != "Organization"


PURPOSE_OBJECTS = 2  # nouns before the acts that name a purpose without a proper element
_PROPER_NOUN_TAGS = frozenset({"nz", "nt", "j", "nr"})


def _proper(word: str, evidence: BoundaryEvidence) -> bool:
    """A proper element: a word the laws never use (科技型), a proper noun by the laws' tag
    (天然林), or a place named with its level (甲市: evidence.jurisdiction). A word tagged a
    place without a level is not enough: the segmenter tags compounds so (城市绿化)."""
    found = evidence.word(word)
    return found is None or found.tag in _PROPER_NOUN_TAGS or evidence.jurisdiction(word)


def _an_act(token: Token) -> bool:
    """A verb that says what money is for: two characters or more (not 是, 需), and not a
    predicate of the laws (申请, 使用, 安排: they take the money as their object) unless the
    laws' fund names hold it before their head (保护, 补偿: fund_words.fund_last_words)."""
    return (
        token.tag in _PURPOSE_TAGS
        and len(token.word) >= MIN_OBJECT_CHARS
        and not token.word.startswith(_ABLE)
        and (not predicate(token.word) or token.word in fund_last_words())
    )


# 可 before a verb makes an attribute of what can be done to the thing (可疑, 可靠, 可行,
# 可再生): the segmenter tags such words verbs, but they describe the money, never say what
# it is for (the grammar's one modal prefix of adjectives)
_ABLE = "可"


# the last character of a noun of money (建设费, 车辆购置税, 保证金, 专项款): an object that
# is money itself says where the money comes from, not what it is for (a closed set of the
# grammar's money nouns)
_MONEY_ENDINGS = ("费", "税", "金", "款")


# 预算内, 预算外, 境内: a noun with a localiser of inside or outside says where the money
# is kept or comes from, not what it is for (the grammar's two localisers of a scope)
_SCOPES = ("内", "外")


def _an_object(token: Token) -> bool:
    """A noun an act can take as its object: not a body (政府, 企业: the money's owner),
    nor a level of the whole country or a word that begins with one (中央, 中央财政:
    level_words.tsv), nor money itself (港口建设费), nor a scope (预算内)."""
    word = token.word
    return (
        token.tag in _OBJECT_TAGS
        and len(word) >= MIN_OBJECT_CHARS
        and not word.startswith(tuple(level_words()))
        and not word.endswith(_MONEY_ENDINGS)
        and not word.endswith(_SCOPES)
        and not is_class_noun(word)
        and "Organization" not in (category_of(word), head_kind(word))
    )


# 国内外, 境内外, 海内外, 省内外: inside and outside a border, both sides, so the funds of
# both (a closed form of the grammar, as 两地 and 双方 are collective words in orgnames)
_BOTH_SIDES = "内外"
_BOTH_COUNTRIES = "中外"
_PLACE_WORD = "s"  # 海外, 境外, 国内外: a place word by the segmenter's tag
_PLACE_TAGS = frozenset({"ns", _PLACE_WORD})
_HEADS = ("基金", "资金")
MIN_PLACE_CHARS = 2


def scoped_to_a_place(words: Sequence[str]) -> bool:
    """The words of a fund phrase (its head last) name the funds of a place, not one fund:
    the first word is both sides of a border (国内外|创业投资基金), or a place (香港, 境外:
    a place name or place word by the laws' tag) before a bare head or a name the project
    holds generic (香港|基金, 境外|投资基金)."""
    if len(words) < 2:
        return False
    first = words[0]
    if first.endswith(_BOTH_SIDES) or first == _BOTH_COUNTRIES:
        return True
    rest = "".join(words[1:])
    return (
        len(first) >= MIN_PLACE_CHARS  # 抚|基金: one character cut from a word, no place
        and load_evidence().tag(first) in _PLACE_TAGS
        and (rest in _HEADS or names_a_class(rest))
    )


def scoped_label(name: str) -> bool:
    """`scoped_to_a_place` for a label the general reach found (内地与|香港基金|产品)."""
    return scoped_to_a_place([word for word, _, _ in load_evidence().segment(name)])


_ACT_TAG = "v"


def _nominal(token: Token) -> bool:
    """A noun of any kind by its tag (小微 reads as a person's name, nr), a place word
    (海外) or an attribute."""
    return token.tag.startswith("n") or token.tag in _OBJECT_TAGS or token.tag == _PLACE_WORD


MIN_ACT_WORDS = 3  # the act, its object and at least the head: 引进|人才|资金


def keeps_its_act(
    tokens: Sequence[Token], at: int, start: int, index: int, document: FundDocument
) -> int:
    """Where the whole object of a verb that sets a fund up begins (设立|引进|高层次|科技人才|
    发展|专项资金，: tokens[at] its first word, `start` where the reading of leading words
    put the name, tokens[index] the head): at the verb it dropped when that verb was the only
    word dropped, its object follows it (引进|高层次…: what the fund pays to bring in), and
    the document never writes the rest of the name without it (were 高层次科技人才发展专项
    资金 written alone elsewhere, 引进 would be the clause's); `start` otherwise."""
    if start != at + 1 or index - at < MIN_ACT_WORDS or tokens[at].tag != _ACT_TAG:
        return start
    if not _nominal(tokens[start]):
        return start
    rest = "".join(t.word for t in tokens[start : index + 1])
    return at if document.written_after(rest, tokens[at].word) else start


def keeps_a_repeated_act(
    tokens: Sequence[Token], first: int, start: int, index: int, document: FundDocument
) -> int:
    """Where a fund's name begins when the one verb the reading of leading words dropped
    before it is the name's own act (安排|扶持|中小企业|发展|专项资金: tokens[start] the word
    after it, tokens[index] the head): the verb stands inside the phrase another verb
    governs (安排|扶持…: no clause verb but the first word of that verb's object), its
    object follows it, it is no verb that treats what follows as a fund (申请|设立|…基金:
    fund_verbs.tsv, the clause's however often the document repeats it), and the document
    writes the whole phrase MIN_USES times or more and never the rest without the verb (a
    name it repeats whole, after 安排 and again after 挪用); `start` otherwise."""
    at = start - 1
    if at <= first or index - at < MIN_ACT_WORDS or tokens[at].tag != _ACT_TAG:
        return start
    if tokens[at - 1].tag != _ACT_TAG or not _nominal(tokens[start]):
        return start
    act = tokens[at].word
    if act in fund_verbs():  # 申请|设立|…基金: a verb that treats what follows as a fund
        return start
    rest = "".join(t.word for t in tokens[start : index + 1])
    repeated = document.always_before(rest) == act[-1]  # MIN_USES uses, the same word before
    return at if repeated and document.written_after(rest, act) else start
