"""A platform the text names in quotation marks (issue 19, session 28).

A quoted name is a proper name, also for a thing the text only plans: 建设“甲乙国际港”,
推进“甲乙航运枢纽”建设, 拨打“12345”热线, 依托“甲乙通”平台. Two shapes:

- **ends**: the quoted span is a noun phrase whose last word is a platform head (a head of
  kind Platform of `vocabulary`, or one of HEADS): the span is the name;
- **before**: a platform head (a word of at most MAX_HEAD_WORDS nouns ending in a head)
  stands right after the closing quote: the quote and the head are the name (as
  `platform_use` writes 甲“乙”平台, with its quotes).

A quoted slogan, reform or campaign ending in a head word (“甲人治港”) is no name: a verb,
adverb or preposition stands right before its head (ACTION_TAGS); a quote holding a
conjunction or an enumeration comma is a list of kinds a law defines; a term a law defines
(所称“…”, “…”指) is a concept. Without a platform head in it or after it a quote is never
named here (“放管服”改革, “最多跑一次”). The census of benchmarks/census_quoted_platforms.py
is where these tests were read from. Each quote is read once: linear in the text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

import rjieba

from .boundary_evidence import load_evidence
from .dictionary import places, prepare
from .named_platforms import HEADS as SYSTEM_HEADS
from .orgnames import names_a_class
from .platform_aims import BECOMING_VERBS
from .platform_evidence import counted_before, treated_as_class
from .quoted_coins import goes_on_past_head, modifier_of_kinds
from .records import Candidate
from .vocabulary import heads_by_last_char

QUOTED_NAME_RULE = "rule:quoted-platform"
QUOTED_COIN_RULE = "rule:quoted-coin-platform"

__all__ = [
    "HEADS",
    "QUOTED_COIN_RULE",
    "QUOTED_NAME_RULE",
    "QuotedSpan",
    "a_quoted_programme",
    "joins_an_activity",
    "names_no_quoted_platform",
    "platform_head",
    "quoted_platform_spans",
    "quoted_platforms",
]

# heads beyond the vocabulary's: the systems, lines and counters of `named_platforms`
# (系统 网络 网站 平台 热线 窗口 板 口岸) less a market's board (板: 创业板 is rarely quoted
# as a name, and “跳板” is a figure of speech), and the transport platforms a plan names:
# a port (港), a hub (枢纽), a corridor (走廊); not 通道 (“绿色通道”, a fast track, is the
# phrase's common use)
HEADS = (*(head for head in SYSTEM_HEADS if head != "板"), "港", "枢纽", "走廊")
# a slogan ending in a head is a verb phrase: a verb, an adverb or a preposition right
# before the head (治|港, 进|港); a verbal noun there names the field (管理|系统)
ACTION_TAGS = frozenset({"v", "vd", "d", "ad", "p", "a", "uj"})
# a conjunction or an enumeration comma inside: a list of kinds a law defines (甲和乙平台,
# 甲、乙的系统), not one name
_LIST_TAGS = frozenset({"c"})
_LIST_MARKS = "、"
# tags of the words between a closing quote and the head after it (“甲”家政服务平台,
# “12345”投诉热线): nouns, verbal nouns and verbs of the field
# not an adjective: “甲”重要枢纽 says what a thing is to another, not its name
_MODIFIER_TAGS = frozenset({"n", "vn", "v", "nz", "j", "l", "b"})
# the words before a quoted name's head hold a noun, a number or a Latin word: “单一窗口”
# (a distinguishing word and the head) is a concept
_NAME_WORD_TAGS = frozenset({"n", "nr", "ns", "nt", "nz", "nrt", "vn", "j", "m", "eng", "l", "i"})
# a term a law defines (本法所称“甲系统”, “甲口岸”指…): a concept, not one platform; a
# short form (以下简称“…”) is the alias of a name the short-form rules read
_DEFINED_BEFORE = "称"
_JOINING_TERMS = frozenset({"和", "、", "及", "或", "或者", "与", ""})
_DEFINES = frozenset({"是指", "系指", "指", "即"})  # the word after the term: not 指挥
# a numeral of one character right before the head counts the heads (双港, 两枢纽)
_COUNT_CHARACTERS = frozenset("一二两三四五六七八九十百千万双")
MAX_HEAD_WORDS = 3
_AFTER = (
    16  # characters after a closing quote the segmenter reads for the head and the word after it
)
MIN_BEFORE_HEAD = 2  # characters before the head in a quoted span: not “香港”, “平台”
_QUOTE = re.compile(
    r"“([^“”\n]{1,30})”|「([^「」\n]{1,30})」|‘([^‘’\n]{1,30})’|『([^『』\n]{1,30})』"
)
_LATIN_OR_DIGITS = re.compile(r"[0-9A-Za-z０-９+＋\-]+")


@dataclass(frozen=True)
class QuotedSpan:
    """One quoted platform name: its span (the quotes in it for the `before` shape) and
    whether its quote reads as a slogan."""

    shape: str  # ends | before
    start: int
    end: int
    slogan: bool


def platform_head(phrase: str) -> str | None:
    """The platform head `phrase` (Simplified) ends with, if any."""
    for suffix, kind in heads_by_last_char().get(phrase[-1:], ()):  # longest first
        if phrase.endswith(suffix):
            return suffix if kind == "Platform" else None  # 服务中心, not 中心 of a body
    return next((head for head in HEADS if phrase.endswith(head)), None)


def _is_slogan(inner: str, before_head: str) -> bool:
    """The quoted span is a slogan, a list of kinds or a concept, not a name: its words
    before the head are a verb phrase (an action word right before the head), a
    coordination, or hold no noun; or its last word is a place (“…流入香港”)."""
    if _LIST_MARKS in before_head:
        return True
    prepare()
    if rjieba.tag(inner, hmm=False)[-1][0] in places():
        return True
    words = _words(before_head)
    return bool(words) and (
        words[-1][1] in ACTION_TAGS
        or _counts_or_moves(before_head)
        or any(tag in _LIST_TAGS for _, tag in words)
        or not any(tag in _NAME_WORD_TAGS for _, tag in words)
    )


def _counts_or_moves(before_head: str) -> bool:
    """The words before the head, read word by word (no new words guessed: the segmenter's
    guess glues 千帆入 into one idiom), end in a verb (甲乙|入|港: a slogan of arriving) or
    in a count of the head (海陆|双|港: two ports, no one name)."""
    prepare()
    last, tag = rjieba.tag(before_head, hmm=False)[-1]
    one_verb = len(last) == 1 and tag.startswith("v")  # 竞|港: the dictionary's vn too
    return tag == "v" or one_verb or last in _COUNT_CHARACTERS


def _defines_a_term(text: str, start: int, end: int) -> bool:
    """The quote at text[start:end] is a term the law defines (所称“…”, “…”指)."""
    if text.endswith(_DEFINED_BEFORE, 0, start):
        return True
    after = [word for word, _ in _words(text[end : end + 4]) if word not in "，,"]
    return bool(after) and after[0] in _DEFINES


def _words(text: str) -> list[tuple[str, str]]:
    prepare()  # the dictionary the segmenter reads (dictionary.py)
    return [(w, t) for w, t in rjieba.tag(text) if w.strip()]


def _head_after(text: str, position: int) -> int:
    """The end of a platform head of at most MAX_HEAD_WORDS words that begins at
    `position` (right after a closing quote), or -1."""
    end = position
    words = _words(text[position : position + _AFTER])
    for k, (word, tag) in enumerate(words[:MAX_HEAD_WORDS]):
        end += len(word)
        if tag == "ns" or word in places():
            return -1  # “甲乙”流入|香港: a place, not a head ending in 港
        if platform_head(word):  # 热线, 服务平台, 数据库
            following, following_tag = words[k + 1] if k + 1 < len(words) else ("", "")
            next_tag = words[k + 2][1] if k + 2 < len(words) else ""
            # “120”急救网络|医院: a word that ends the laws' names of bodies after the head
            # takes the name on to another thing (not 网签, 建设, 的); so does a noun the
            # laws do not write after platform heads (…网络|专项行动, …系统|改革|经验)
            if following in load_evidence().name_final or goes_on_past_head(
                following, following_tag, next_tag
            ):
                return -1
            return end
        if tag not in _MODIFIER_TAGS:
            return -1
    return -1


_PLACE_REACH = 8  # characters before an opening quote read for the places that begin the name


def _places_before(text: str, quote: int) -> int:
    """Where the place words right before an opening quote begin (浦东新区“甲乙”系统: the
    place is the name's first word), or `quote` when there are none."""
    start = quote
    prepare()
    for word, tag in reversed(rjieba.tag(text[max(0, quote - _PLACE_REACH) : quote], hmm=False)):
        if tag != "ns":
            break
        start -= len(word)
    return start


def quoted_platform_spans(
    text: str, start: int, end: int, keep_slogans: bool = False
) -> list[QuotedSpan]:
    """The quoted platform names in text[start:end] (Simplified), slogans left out unless
    `keep_slogans` (the census counts them)."""
    found = []
    defined_until = -1  # the end of the last quote that is a defined term
    for m in _QUOTE.finditer(text, start, end):
        inner_start, inner_end = m.span(m.lastindex or 1)
        inner = text[inner_start:inner_end]
        # 所称“甲系统”和“乙系统”: a term joined to a defined term is defined with it
        joined = text[defined_until : m.start()] in _JOINING_TERMS
        if (defined_until >= 0 and joined) or _defines_a_term(text, m.start(), m.end()):
            defined_until = m.end()
            continue
        head = platform_head(inner)
        if head is not None and len(inner) - len(head) >= MIN_BEFORE_HEAD:
            if not names_a_class(inner):
                slogan = _is_slogan(inner, inner[: -len(head)])
                found.append(QuotedSpan("ends", inner_start, inner_end, slogan))
            continue
        # the head after the quote says what the quoted coin names, a slogan's words too
        # (“甲乙通办”平台): the census found no such pair that was not a platform
        head_end = _head_after(text, m.end()) if m.end() < end else -1
        # “一站式”服务窗口: a word the laws write before many others says what kind
        long_enough = len(inner) >= 2 and not modifier_of_kinds(_words(inner))
        if head_end > 0 and (long_enough or _LATIN_OR_DIGITS.fullmatch(inner)):
            found.append(QuotedSpan("before", _places_before(text, m.start()), head_end, False))
    return [s for s in found if keep_slogans or not s.slogan]


def names_no_quoted_platform(text: str, start: int, end: int) -> bool:
    """The candidate text[start:end] (Simplified), a quote and the platform head after it
    whichever rule read it (“甲”平台: head_names' quoted-before-head too), names no platform:
    the quote is a modifier of kinds, or the phrase goes on past the head (quoted_coins)."""
    quote = _QUOTE.match(text, start)
    if quote is None or quote.end() >= end:
        return False
    if modifier_of_kinds(_words(quote.group(quote.lastindex or 1))):
        return True
    after = _words(text[end : end + _AFTER])
    following, tag = after[0] if after else ("", "")
    return goes_on_past_head(following, tag, after[1][1] if len(after) > 1 else "")


_PLUS = re.compile("[+＋]")
_QUOTE_MARKS = re.compile("[“”「」‘’『』]")
_ACTIVITY_TAGS = frozenset({"v", "vn"})


def joins_an_activity(name: str) -> bool:
    """A quoted name whose plus signs each join a field to what is done in it (“互联网+监管”
    系统, 「智慧+审批」平台: the part after the sign ends in a verb or a verbal noun, the head
    aside) is one name a text coined for its programme. Parts that are kinds of things
    (企业+合作社+基地, 科研院所+孵化器) are a model of working: `is_combination` holds."""
    parts = _PLUS.split(_QUOTE_MARKS.split(name)[1] if _QUOTE_MARKS.search(name) else name)
    if len(parts) < 2 or not all(parts):
        return False
    for part in parts[1:]:
        words = _words(part)
        if len(words) > 1 and platform_head(words[-1][0]) == words[-1][0]:
            words = words[:-1]  # 监管|系统: the head aside
        if words[-1][1] not in _ACTIVITY_TAGS:
            return False
    return True


_QUOTED_PLUS = re.compile(r"[“「‘『][^”」’』]*[+＋][^”」’』]*[”」’』]")


def a_quoted_programme(name: str, rule: str) -> bool:
    """The candidate `name` found by `rule` has its plus signs inside quotation marks (the
    quote written in it, or the quote it is: QUOTED_NAME_RULE), joining a field and an
    activity (`joins_an_activity`): one name, whichever rule read the quote."""
    quoted = rule == QUOTED_NAME_RULE or bool(_QUOTED_PLUS.search(name))
    return quoted and joins_an_activity(name)


@lru_cache(maxsize=2)
def _followers(text: str, start: int, end: int) -> dict[str, frozenset[str]]:
    """Each quote of the document text[start:end] (with its marks) → the platform heads
    written right after it (`_head_after`), over all its uses: read once per document."""
    table: dict[str, set[str]] = {}
    for m in _QUOTE.finditer(text, start, end):
        head_end = _head_after(text, m.end())
        if head_end > 0:
            table.setdefault(m.group(), set()).add(text[m.end() : head_end])
    return {quote: frozenset(after) for quote, after in table.items()}


def _a_field_word(quote: str, followers: dict[str, frozenset[str]]) -> bool:
    """The quoted coin stands before two different platform heads in its document
    (“甲”示范基地 and “甲”支撑平台): a field's short word that qualifies kinds, not the name
    of one thing, whose coin goes with its one head (a reform's coin before its one system
    and before 改革 is a name). A number (“12345”) is a line's name whatever follows it."""
    if _LATIN_OR_DIGITS.fullmatch(quote[1:-1]):
        return False
    return len(followers.get(quote, ())) >= 2


# what a place is to become (platform_aims' verbs of becoming) or what it is called or won
_ROLE_BEFORE = (*BECOMING_VERBS, "打造成", "建设成", "誉为", "素有", "争创", "评选", "荣获")
_ROLE_AFTER = ("称号", "之称", "之美誉", "美誉", "评选")


def _a_role(text: str, opening: int, after: int) -> bool:
    """把甲市建成“…枢纽”, 荣获“…窗口”称号: what a place is to become or is called, a title."""
    return text.endswith(_ROLE_BEFORE, 0, opening) or text.startswith(_ROLE_AFTER, after)


def quoted_platforms(
    text: str, start: int, end: int, document: tuple[int, int] | None = None
) -> list[Candidate]:
    """The platforms named in quotation marks in text[start:end] (module docstring). A
    quote before a head (“甲”示范基地) may quote a field's short word rather than a name:
    it is left out where its document treats the phrase as a class (platform_evidence:
    一批“甲”示范基地), and it has a rule of its own that the gates judge."""
    found = []
    followers = _followers(text, *(document or (0, len(text))))
    for span in quoted_platform_spans(text, start, end):
        if span.shape == "ends":
            if counted_before(text, span.start - 1) or _a_role(text, span.start - 1, span.end + 1):
                continue
            found.append(Candidate("Platform", span.start, span.end, rule=QUOTED_NAME_RULE))
            continue
        bare = re.sub("[“”「」‘’『』]", "", text[span.start : span.end])
        coin = _QUOTE.search(text, span.start, span.end)
        if coin and _a_field_word(coin.group(), followers):
            continue
        if not treated_as_class(text, bare, span.start, document):
            found.append(Candidate("Platform", span.start, span.end, rule=QUOTED_COIN_RULE))
    return found
