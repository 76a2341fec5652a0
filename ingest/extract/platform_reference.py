"""One platform or a kind: how the document itself refers to a phrase (issue 19, session 22).

A descriptive phrase ending in a platform head (公共信用信息平台, 农产品交易平台, 文化新媒体平台)
reads alike as a name and as a kind; its words do not tell (session 14), nor, often, one
sentence. How the document refers to it across its text does:

Evidence that it is **one thing**, read here for online systems and services (the heads of
`platform_use.HEADS` and 热线) right after a frame of use (`platform_use.use_frames`, the
words of two characters or more: 纳入, 通过, 依托; a one-character preposition, 在, 与, also
begins words, so it says nothing about where a phrase begins):
- ``unified``: the frame, a word for the whole jurisdiction if any, and 统一的 (依托|全省统一的|
  …交易平台, 纳入|全市统一的|…服务平台): the one facility every user of the jurisdiction uses;
- ``repeated``: the document names the same phrase again elsewhere (本市建立甲平台 …
  通过|甲平台|使用): a definite thing the text keeps referring to, not a kind said once;
  where it stands alone after a definite act and says which service, this outweighs its
  standing in a 等 list elsewhere (甲系统、乙系统等信息系统: named members of a class are still
  named), unless the document makes it (session 32);
- ``numbered``: a service named by its number (依托|12345…热线; the number begins the phrase
  wherever it stands, after a frame or not: 拨打|12345…热线): one line, whatever its words;
- ``recurrent``: a phrase said once that the laws write as one named system
  (`named_platforms.named_by_the_laws`: whole, by many unrelated documents, rarely as a
  kind, the object of definite acts: 纳入|工程建设项目审批管理系统).

Evidence that it is **an aim or a kind**: a platform candidate with no proper element that
stands right before an activity noun (加强…中心|建设, 支持…平台|发展: what is to be done
to a kind of facility) and that its document never names again (no definite reference, no
short form given to it, no demonstrative referring back: `platform_evidence`).

Both read, per document, one index of the phrases that end at a platform head
(`mentions`: every tail of at most `LONGEST` characters ending at a head, counted), built
once per document in one pass over its heads: linear in its length.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

from .boundary_evidence import load_evidence
from .kind_phrases import phrase_uses
from .kinds import NATION_WORDS, describes_a_facility_or_scheme, names_a_kind
from .made_here import made_in_document
from .named_platforms import DEFINITE_ACTS, a_kind_by_the_laws, a_tail_of_many, named_by_the_laws
from .orgnames import names_a_class, platform_names
from .phrases import PHRASE_BREAK_TAGS, Token, tokenise
from .platform_anchors import PLACE, is_anchor
from .platform_evidence import LISTED, class_evidence, document_evidence, has_proper_element
from .platform_plans import MAKING_VERBS
from .platform_use import HEADS, closed_after, leads_to_head, learnt_frame, use_frames
from .records import Candidate
from .service_numbers import number_at
from .vocabulary import head_kind

__all__ = [
    "ACTIVITY_NOUNS",
    "LONGEST",
    "SAID_AS_ONE_THING",
    "Reference",
    "aimed_at",
    "mentions",
    "referenced_platforms",
]

LONGEST = 16  # characters: the longest phrase the index counts
MIN_LENGTH = 5  # characters: a service's name is more than a field and its head (政务网)
RUN_WORDS = 8  # words between the frame and the head
# 热线: a telephone service line, named as a service is; 窗口: a window where a service is
# filed or sent through (单一窗口), a head of `named_platforms.HEADS` too
SERVICE_HEADS = (*HEADS, "热线", "窗口")
# a word for a whole jurisdiction before 统一的 (grammar: 全 + a level, or 本 + a level)
_SCOPE = frozenset({"全国", "全省", "全市", "全区", "全县", "本省", "本市", "本区", "省", "市"})
_UNIFIED = "统一"
_OF = "的"
# where a noun phrase cannot go on (rjieba tags): punctuation, prepositions, conjunctions,
# particles, pronouns, adverbs other than at its start (首都: d to the segmenter)
_BREAKS = PHRASE_BREAK_TAGS
# a verb goes on in a name only right before its head (政府|采购|交易平台); elsewhere it
# begins a clause (专线|进行|国际联网)
_VERBS = frozenset({"v", "vd"})
_VERBAL_NOUN = "vn"  # 网络|诈骗平台: a verbal noun after a head may go on to a longer name
_LISTED = "、"
# a phrase named again is one thing unless the laws say it as a kind at all often: a lower
# bar than the label gate's (kind_phrases.KIND_SHARE), for repetition is weaker evidence
# than 统一的 or a number (电子商务平台: 4 of its 90 uses listed or quantified)
REPEATED_KIND_SHARE = 0.03
_OWN = frozenset({"本市", "本省"})  # the document's own jurisdiction: the name follows
# activity nouns after a facility: what is to be done to it (grammar: a closed pair)
ACTIVITY_NOUNS = ("建设", "发展")
# an activity noun, after a manner in …化 if any: …中心|规范化建设, …平台|发展
# ends the phrase (punctuation, 的, 工作, 和 or the end after it): …平台|发展外贸 is a verb
# with its own object, what the platform is used for, not what is done to it
_ACTIVITY = re.compile(
    "(?:[\u4e00-\u9fff]{1,3}化)?(?:"
    + "|".join(ACTIVITY_NOUNS)
    + ")(?=[^\u4e00-\u9fffA-Za-z0-9]|的|工作|和|$)"
)
_HEAD_AT = re.compile("平台|系统|网络|网站|网|热线|中心|基地|园区|园|区|城|库|港|走廊|带")


# the evidence that the document itself means one thing, which outranks the laws' use of the
# phrase as a kind (kind_phrases.py): 全省统一的…平台 and a service's number say so in the
# document's words; a phrase merely named again does not (餐饮外卖平台 named twice is a kind)
SAID_AS_ONE_THING = frozenset({"rule:unified-platform", "rule:numbered-platform"})


@dataclass(frozen=True)
class Reference:
    """A platform phrase the document refers to as one thing, and the evidence that says so."""

    start: int
    end: int
    evidence: str  # unified | repeated | numbered | recurrent | used-once

    @property
    def rule(self) -> str:
        return f"rule:{self.evidence}-platform"


@lru_cache(maxsize=2)
def mentions(whole: str, start: int = 0, end: int | None = None) -> Counter[str]:
    """Every phrase of 2 to `LONGEST` characters that ends at a platform head in
    `whole[start:end]` (Simplified), with how often it does: one pass over the heads."""
    counted: Counter[str] = Counter()
    stop = len(whole) if end is None else end
    for m in _HEAD_AT.finditer(whole, start, stop):
        head_end = m.end()
        counted.update(
            whole[k:head_end] for k in range(max(start, head_end - LONGEST), head_end - 1)
        )
    return counted


def _counted(name: str) -> bool:
    """`mentions` counts `name`: it ends at a head and is at most `LONGEST` long."""
    return len(name) <= LONGEST and bool(_HEAD_AT.search(name[-2:]))


def mentioned_again(text: str, name: str, document: tuple[int, int] | None) -> bool:
    """`name` (ending in a head) stands at least twice in its document."""
    return mentions(text, *(document or (0, None)))[name] >= 2


def _run_end(tokens: Sequence[Token], first: int, after_of: bool = False) -> int | None:
    """The index of the service head that closes the noun phrase beginning at tokens[first]
    (no break between, at most `RUN_WORDS` words; the next word closes it:
    `platform_use.closed_after`, a predicate too: …系统|办理). A head before a verbal noun
    closes it only when no later head does: 反电信网络|诈骗平台 is one name,
    交易平台|建设信用体系 ends at 平台. `after_of`: the phrase begins right after 的
    (全市统一的|…), which opens a noun phrase, so its first word, a verb to the segmenter
    or not, qualifies what follows (的|涉外|服务热线), as no clause begins there."""
    pending = None  # a head before a verbal noun: the phrase may go on to a longer name
    for k in range(first, min(len(tokens), first + RUN_WORDS)):
        token = tokens[k]
        if token.tag in _BREAKS or token.word == _OF or (token.tag == "d" and k > first):
            return pending
        attributive = after_of and k == first
        if (
            token.tag in _VERBS
            and not attributive
            and not (k + 1 < len(tokens) and tokens[k + 1].word.endswith(SERVICE_HEADS))
        ):
            return pending
        if token.word.endswith(SERVICE_HEADS) and k > first:
            after = tokens[k + 1] if k + 1 < len(tokens) else Token("", "x", token.end)
            if closed_after(after) and leads_to_head(tokens, k) is None:
                # …系统|办理 (a noun to the segmenter, a predicate); not 网络|查控|系统
                if after.tag != _VERBAL_NOUN:
                    return k
                pending = k
    return pending


# what follows a number that counts or dates (年, 个, 月): no service's name
_COUNTING_TAGS = frozenset({"m", "mq", "q", "t"})
_YEAR = re.compile(r"^(?:19|20)\d\d$")  # 2021|年度…系统: a year, not a line's number


def _numbers_a_line(tokens: Sequence[Token], k: int) -> bool:
    """tokens[k] is a number of three to six digits, standing alone (no number before it),
    before a word that is no classifier, time or number: 12345|政务服务热线, not 2020|年
    nor a year (2021|年度…)."""
    return (
        number_at(tokens, k)  # no count, measure, article or piece of a longer number
        and not _YEAR.match(tokens[k].word)
        and (k == 0 or tokens[k - 1].tag not in _COUNTING_TAGS)
        and tokens[k + 1].tag not in _COUNTING_TAGS
        and tokens[k + 1].word not in ("-", "－", "—")
    )


# complements of destination after a verb (grammar): 报送|至, 汇交|到 send a thing to one
# system, and mark where its name begins as a two-character frame does
_DESTINATION = frozenset({"至", "到"})


def _sent_to(tokens: Sequence[Token], k: int) -> bool:
    """tokens[k] is a complement of destination right after a verb: 上传|至|…系统."""
    return tokens[k].word in _DESTINATION and k > 0 and tokens[k - 1].tag.startswith("v")


def _after_frame(tokens: Sequence[Token], k: int) -> tuple[int, bool]:
    """Where the phrase after the frame tokens[k] begins, and whether 统一的 marks it."""
    j = k + 1
    words = [t.word for t in tokens[j : j + 3]]
    if _scope_unified(tokens, j):
        return j + 3, True
    if words[:2] == [_UNIFIED, _OF]:
        return j + 2, True
    return j + (bool(words) and words[0] in _OWN), False


def _scope_unified(tokens: Sequence[Token], k: int) -> bool:
    """tokens[k:k + 3] are a word for a whole jurisdiction and 统一|的 (全省|统一|的)."""
    words = [t.word for t in tokens[k : k + 3]]
    return len(words) == 3 and words[0] in _SCOPE and words[1:] == [_UNIFIED, _OF]


def referenced_platforms(
    text: str, tokens: Sequence[Token], document: tuple[int, int] | None = None
) -> list[Candidate]:
    """Online systems and services the document refers to as one thing (module docstring):
    the phrase after a frame of use, with one of the three pieces of evidence."""
    frames = {frame for frame in use_frames() if len(frame) >= 2}
    out = []
    for k, token in enumerate(tokens[:-1]):
        framed = False
        if _numbers_a_line(tokens, k):
            first, unified = k, False  # 拨打|12345…热线: a number names one line anywhere
        elif learnt_frame(token.word) in frames or _sent_to(tokens, k):
            first, unified = _after_frame(tokens, k)
            # a definite act (named_platforms.DEFINITE_ACTS: 通过, 纳入, not 支持; Taiwan's
            # 透过 as 通过), or 本市 between (said once: below); not a complement of
            # destination (排放至…处理系统, 连接到…管网系统: what is sent to a system may be
            # water as well as data)
            framed = not unified and learnt_frame(token.word) in DEFINITE_ACTS
        elif _scope_unified(tokens, k) and (
            k == 0 or learnt_frame(tokens[k - 1].word) not in frames
        ):
            # 使用|全省统一的…系统, 建立|全市统一的…平台: the jurisdiction's one system, whatever
            # verb governs it (after a frame, read above)
            first, unified = k + 3, True
        else:
            continue
        if first >= len(tokens):
            continue
        last = _run_end(tokens, first, after_of=unified)
        if last is None:
            continue
        start, end = tokens[first].start, tokens[last].end
        reference = _reference(
            text, tokens[first : last + 1], start, end, unified, document, framed
        )
        if reference is not None:
            out.append(Candidate("Platform", start, end, rule=reference.rule))
    return out


def _reference(
    text: str,
    words: Sequence[Token],
    start: int,
    end: int,
    unified: bool,
    document: tuple[int, int] | None,
    framed: bool = False,
) -> Reference | None:
    name = text[start:end]
    # a number with a unit after it (1000|兆光纤网络, 300|路…热线) is no line's number
    numbered = number_at(words, 0) and words[1].tag not in _COUNTING_TAGS
    # after 统一的 the 的 says where the name begins, whatever word the laws begin names
    # with (的|在线|…系统, 的|涉…|热线: words no name of the laws begins with)
    begins = numbered or unified or load_evidence().can_begin_name(words[0].word)
    if len(name) < MIN_LENGTH or not begins:
        return None
    if names_a_class(name) or head_kind(name) == "Organization":
        return None
    if numbered:  # a number names one line, whatever list it stands in
        return Reference(start, end, "numbered")
    why = class_evidence(text, name, start, document)
    used_alone = framed and _used_alone_again(text, words, end, document)
    if why is not None and not (why == LISTED and used_alone):
        return None  # 甲、乙等…平台, 一批…平台: the document's own class evidence
    # the document's use outweighs the words: 公共…平台 is attributive (kinds.names_a_kind)
    # but 通过|公共信用信息平台 named twice is the one platform the text relies on
    if unified:
        return Reference(start, end, "unified")
    if mentioned_again(text, name, document) and not _a_kind_in_the_laws(name):
        return Reference(start, end, "repeated")
    # said once, but the laws write it as one system; a list's name keeps its list
    if named_by_the_laws(name) and name not in platform_names():
        return Reference(start, end, "recurrent")
    # said once right after a frame of use, and its words say which service (session 29)
    if (
        framed
        and says_which_service(words, name)
        and not (_a_kind_in_the_laws(name) or a_tail_of_many(name))
    ):
        return Reference(start, end, "used-once")
    return None


# what may follow an item of a list (grammar): the list comma, "and", "or", 等
_LIST_GOES_ON = ("、", "和", "及", "与", "或", "等", "以及")


def _used_alone_again(
    text: str, words: Sequence[Token], end: int, document: tuple[int, int] | None
) -> bool:
    """The phrase `words` (ending at `end`) stands alone right after a definite act here
    (通过|甲系统|公示, no list going on after it: not 通过|甲系统、乙系统等), names one service
    by its words, is no kind by the laws, and the document names it again: the document
    uses it as one thing, which outweighs its standing in a 等 list elsewhere (甲平台、乙系统
    等信息系统: named members of a class are still named; session 32), unless the document
    makes it (鼓励建设甲平台、乙平台等: a plan's kinds, `made_here`). The caller has checked
    the definite act."""
    name = text[words[0].start : end]
    within = document or (0, len(text))
    return (
        not text.startswith(_LIST_GOES_ON, end)
        and mentioned_again(text, name, document)
        and not made_in_document(text, *within, name)  # 建设甲平台、乙平台等: its plan's kinds
        and says_which_service(words, name)
        and not (_a_kind_in_the_laws(name) or a_tail_of_many(name))
    )


MIN_USED_MODIFIER = 4  # characters before the head word: 科技成果|信息系统, not 网上|平台


def says_which_service(words: Sequence[Token], name: str) -> bool:
    """A phrase said once after a frame of use names one service when the words before
    its head word run to at least `MIN_USED_MODIFIER` characters (what it serves: 科研经费|
    监管平台, 出口退税|申报系统) and it is no kind by its words: no attributive word first
    (`kinds.names_a_kind`: 公共|服务平台, 相关|信息系统; a word of 化: 数字化|…系统),
    nothing that says a sort of facility (`kinds.describes_a_facility_or_scheme`: a rank, a
    class of bodies before it),
    no verb of making inside (`platform_plans.MAKING_VERBS`: 甲平台|建设|乙平台).
    The caller also asks the laws: a phrase they say as a kind or make the tail of many
    longer ones (`named_platforms.a_tail_of_many`: 信息管理平台) is no one service."""
    plain = [t.word for t in words]
    if len(plain) < 2 or len(name) - len(plain[-1]) < MIN_USED_MODIFIER:
        return False
    if any(word in MAKING_VERBS for word in plain):
        return False  # 依托甲平台|建设|乙平台: a clause that makes the second, no name
    if plain[0].endswith(_MADE_INTO):
        return False  # 数字化|信息管理系统: how a system works, a sort of it
    return not (names_a_kind(plain) or describes_a_facility_or_scheme("", plain, name))


# the suffix of a word that says what a thing is made into (grammar: 数字化, 自动化, 一体化):
# first in a phrase said once, it says how the system works, not which one it is
_MADE_INTO = "化"


def _a_kind_in_the_laws(name: str) -> bool:
    """The laws say `name` as a kind in at least `REPEATED_KIND_SHARE` of its uses (the
    kind table), or the table of platform phrases says it is one (named_platforms.py:
    科技创新平台, said as a kind in half its uses, by nine documents)."""
    use = phrase_uses().get(name)
    return (use is not None and use.is_kind(REPEATED_KIND_SHARE)) or a_kind_by_the_laws(name)


def aimed_at(
    text: str,
    start: int,
    end: int,
    document: tuple[int, int] | None = None,
    platform_ends: frozenset[int] = frozenset(),
) -> bool:
    """The platform candidate text[start:end] (Simplified) is an aim or a kind: right before
    an activity noun, no proper element, no proper noun the laws never use, not the nation
    first, and its document never names it again nor defines it or refers back to it. Not
    the last item of a list whose item before it is a platform (`platform_ends`: where the
    platforms found end): 推进甲基地、乙基地建设 builds named ones, the activity is the list's."""
    name = text[start:end]
    if not _ACTIVITY.match(text, end) or not _counted(name):
        return False
    if text[start - 1 : start] == _LISTED and start - 1 in platform_ends:
        return False
    words = tokenise(text, start, end)
    if not words or words[0].word in NATION_WORDS:
        return False
    if has_proper_element([(t.word, t.tag) for t in words], name):
        return False
    if any(is_anchor(t.word, t.tag) == PLACE for t in words[:-1]):
        return False  # 滨湖|…中心: a proper noun the laws never use
    if mentioned_again(text, name, document):
        return False
    said = document_evidence(text, *(document or (0, None)))
    return not (name in said.defined or name[-2:] in said.referred)
