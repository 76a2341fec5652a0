"""Platform names that begin at a particular place or at the nation (issue 19, session 16).

A platform's name often holds verbs that describe what it does (国家农产品质量安全追溯平台,
全国一体化在线政务服务平台, 张江国家自主创新示范区): the left reach of `phrases.reach_left`
stops at them, and what is left (追溯平台, 创新示范区) is too short to be taken as a name. This
step reads the same phrases from the other end: walking left from a platform head over the
words a noun phrase is made of (nouns, verbs, distinguishing words, idioms: no function word,
punctuation or number, no time word that closes a phrase), the name begins at the leftmost **anchor** of that run:

- a place (`resources/places.txt` or the one-character short names of places: 深港),
  or a word the scale corpus never uses that the dictionary calls a proper noun (a local
  place: 张江, 海淀; not 生物医药, 研学, which it calls common nouns), or any word the laws
  never use right before a head that the laws put after many different proper nouns
  (`resources/platform_heads.tsv`: 康定|机场), or
- a word that stands for the whole nation (国家, 全国, 中国, 中央: `phrases.NAME_START_WORDS`
  without 国际, which names no one country).

The run ends at a head of its own (石河子高新区|建设…), at a word with a body's suffix
(奥运会), at a verb that stands before names in the laws (建设, 设立) and at a verb the laws
use as a predicate in at least 15 % of its uses (成为, 建立). An anchor that is the subject
of a verb right after it (香港|支持…平台, 国家|鼓励…基地: a verb the corpus evidence votes a
predicate) begins no name: the next anchor to the right is tried. So does a jurisdiction (a
place word with a division's suffix: 天津市, 吉林省) when, after any places inside it, a verb
or a word the corpus votes a predicate or function word follows (天津市滨海新区|搭建…平台,
安徽省合肥市|大力…: `jurisdiction_acts`, session 17).
A name that begins at the nation has no particular element, so the document's evidence
(`platform_evidence.treated_as_class`: an item of a 等 list, counted, ranked) may still call it
a member of a class; every name passes the same class tests as other platforms
(`kinds.describes_a_facility_or_scheme`, `kinds.names_a_kind`, the generic names).

Only heads that the main recogniser left unnamed are read, so this adds names and changes
none. Linear in the text: each head reads at most `phrases.MAX_LENGTH` characters to its left.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from .boundary_evidence import (
    JURISDICTION_ENDINGS,
    PREDICATE_RULES,
    STOP,
    STRONG_PREDICATE_RATE,
    load_evidence,
)
from .kinds import NATION_WORDS, describes_a_facility_or_scheme, facility_heads, names_a_kind
from .orgnames import is_organisation, names_a_class, places_abbreviated
from .phrases import MAX_LENGTH, PUNCT, STOP_TAGS, Head, Token, head, places
from .platform_evidence import treated_as_class
from .records import Candidate
from .service_heads import MIN_LENGTH as SERVICE_MIN_LENGTH
from .service_heads import SERVICE_HEADS, closed_by, says_which
from .vocabulary import heads_by_last_char

__all__ = [
    "PLACE",
    "anchor_start",
    "anchored_platforms",
    "is_anchor",
    "is_jurisdiction",
    "jurisdiction_acts",
]

# a run of a noun phrase: no function word, number or Latin word (a time word is asked of
# the evidence: 青年, 未来 stay, 期间 closes it)
_OUTSIDE_TAGS = STOP_TAGS | {"m", "mq", "eng", "uj"}
_OUTSIDE_RULES = frozenset({"function_tag", "numeral_or_time", "no_han"})
# the dictionary's proper nouns: places, persons (张江 to it), transliterations, other names
_PROPER_TAGS = frozenset({"ns", "nr", "nrt", "nz"})
_HAN = re.compile("^[\u3400-\u9fff]+$")
_NATION = "nation"
PLACE = "place"


def is_anchor(word: str, tag: str) -> str:
    """`PLACE` for a place or a coinage, `_NATION` for the nation, "" for other words."""
    if word in NATION_WORDS:
        return _NATION
    if not _HAN.match(word):
        return ""
    if word in places() or (len(word) >= 2 and places_abbreviated(word, word)):
        return PLACE
    evidence = load_evidence()
    if (
        len(word) >= 2
        and tag in _PROPER_TAGS
        and evidence.word(word) is None
        and evidence.can_begin_name(word)  # not 全面推广: an adverb and a verb to the corpus
    ):
        return PLACE  # a proper noun the laws never use: 张江, 海淀 (not 生物医药, 研学)
    return ""


def _in_run(token: Token) -> bool:
    """A word a noun phrase is made of: not punctuation, a function word, a number or time."""
    if PUNCT.search(token.word) or token.tag in _OUTSIDE_TAGS or token.word == "的":
        return False
    votes = load_evidence().votes(token.word)
    if token.tag == "t" and any(vote == STOP for _, vote in votes):
        return False  # a time closes the phrase (期间, 以来); 青年, 未来 stay in names
    return not any(rule in _OUTSIDE_RULES for rule, _ in votes)


def _governs(token: Token) -> bool:
    """A verb the corpus reads as a predicate (after adverbs and modals: 支持, 鼓励, 成为),
    or a word that stands before names in the laws (建设|…基地, 设立|…中心)."""
    votes = load_evidence().votes(token.word)
    return any(rule == "stands_before_names" for rule, _ in votes) or (
        token.tag.startswith("v") and any(vote == STOP for _, vote in votes)
    )


def _closes_run(text: str, tokens: list[Token], k: int) -> bool:
    """tokens[k] ends what stands before the name: a head of its own (石河子高新区|建设…:
    another name) or a word with an organisation's suffix (奥运会), a word that stands before names in the laws (建设, 设立), or a verb the
    laws put after adverbs and modals in at least `STRONG_PREDICATE_RATE` of its uses
    (成为, 建立, 加强: a predicate, whatever follows)."""
    token = tokens[k]
    if head(text, tokens, k) is not None:
        return True
    if len(token.word) >= 3 and is_organisation(token.word):
        return True  # 北京奥运会|首都国际机场: an event's or a body's name ends there
    votes = load_evidence().votes(token.word)
    if token.tag.startswith("v") and any(rule == "stands_before_names" for rule, _ in votes):
        return True  # 建设|…, 设立|…; not 安全 (安全|生产监督管理部门: a noun)
    found = load_evidence().word(token.word)
    return bool(
        token.tag.startswith("v")
        and found
        and found.after_adv >= STRONG_PREDICATE_RATE * found.count
    )


def _common_word(token: Token) -> bool:
    """One character and a head, a word of the laws as a whole: 宅|基地 (a homestead), not
    服务|平台."""
    return any(
        len(token.word) == len(suffix) + 1 and load_evidence().word(token.word) is not None
        for suffix, _ in heads_by_last_char().get(token.word[-1:], ())
        if token.word.endswith(suffix)
    )


def _names_a_facility(tokens: Sequence[Token], at: int, first: int) -> str:
    """康定|机场: a word the laws never use right before a head that the laws put after many
    different proper nouns (resources/platform_heads.tsv: 机场, 口岸, 港口) is a place."""
    word = tokens[at].word
    if at != first - 1 or tokens[first].word not in facility_heads():
        return ""
    evidence = load_evidence()
    if len(word) < 2 or not _HAN.match(word) or evidence.word(word) is not None:
        return ""
    return PLACE if evidence.can_begin_name(word) else ""


def anchor_start(text: str, tokens: list[Token], first: int) -> tuple[int, str] | None:
    """The index of the anchor the name begins at, and its sort, for the head whose first
    word is tokens[first]; None when the run before the head holds no anchor that begins."""
    k, run = first, []
    while k > 0 and _in_run(tokens[k - 1]) and not _closes_run(text, tokens, k - 1):
        if tokens[first].end - tokens[k - 1].start > MAX_LENGTH:
            break
        k -= 1
        run.append(k)
    for at in reversed(run):  # the leftmost first
        sort = is_anchor(tokens[at].word, tokens[at].tag) or _names_a_facility(tokens, at, first)
        if sort and not _governs(tokens[at + 1]) and not jurisdiction_acts(tokens, at, first):
            return at, sort
    return None


# the corpus rules that vote a word a predicate or a function word
# a predicate, or a function word (天津市|在…): the jurisdiction before it is a subject
_PREDICATE_RULES = PREDICATE_RULES | {"function_tag"}


def is_jurisdiction(token: Token) -> bool:
    """天津市, 滨海新区, 吉林省: a place word (dictionary tag ns) with a division's suffix."""
    return token.tag == "ns" and len(token.word) >= 2 and token.word.endswith(JURISDICTION_ENDINGS)


def _after_jurisdiction(tokens: Sequence[Token], k: int) -> int:
    """The index after the jurisdiction that begins at tokens[k] (天津市; 永川|区, where the
    segmenter cut the suffix off the place), or k when none does."""
    if is_jurisdiction(tokens[k]):
        return k + 1
    if tokens[k].tag == "ns" and k + 1 < len(tokens) and tokens[k + 1].word in JURISDICTION_ENDINGS:
        return k + 2
    return k


def jurisdiction_acts(tokens: Sequence[Token], at: int, first: int) -> bool:
    """A jurisdiction, and any places inside it written after it (天津市|滨海新区, 安徽省|合肥市),
    followed, before tokens[first], by a verb or a word the corpus votes a predicate or a
    function word (搭建, 实施, 大力, 以微信): the sentence's subject and what it does, not a
    platform's name. A jurisdiction before nouns still begins one (广东省|一体化|政务|服务平台)."""
    k = _after_jurisdiction(tokens, at)
    if k == at:
        return False
    while k < first and (after := _after_jurisdiction(tokens, k)) > k:
        k = after
    if k >= first:
        return False  # only places before the head: 天津市|滨海新区|…
    token = tokens[k]
    if token.tag == "v":
        return True
    evidence = load_evidence()
    rules = {rule for rule, _ in evidence.votes(token.word)} & _PREDICATE_RULES
    if rules == {"predicate_position"} and all(t.tag.startswith("n") for t in tokens[k:first]):
        # the weakest vote alone, on a run of nouns up to the head, acts only when strong:
        # 四川省|金融服务|平台 (金融服务 follows an adverb in 9 % of its uses: 提供|金融服务)
        # names its platform; 合肥市|大力|培育… has a verb after it
        found = evidence.word(token.word)
        return found is not None and found.predicate_rate >= STRONG_PREDICATE_RATE
    return bool(rules)


_CENTRAL = "中央"  # also qualifies things: 中央|空气调节系统, 中央|财政


def _service_head(tokens: Sequence[Token], index: int) -> Head | None:
    """A service head (`service_heads.SERVICE_HEADS`) that tokens[index] ends, closed: no
    noun after it (国家互联网|信息办公室 goes on); a noun of the dictionary, not an idiom
    (电力系统: l)."""
    token = tokens[index]
    if not token.word.endswith(SERVICE_HEADS) or token.tag not in ("n", "nz", "vn"):
        return None
    after = tokens[index + 1] if index + 1 < len(tokens) else Token("", "", token.end)
    return Head("Platform", index, False) if closed_by(after.word, after.tag) else None


def _names_a_service(tokens: Sequence[Token], at: int, index: int, sort: str) -> bool:
    """The run from the anchor tokens[at] to the service head tokens[index] names a
    service the laws do not cite (those they cite are `service_names.tsv`, with the
    evidence of two laws): the nation begins it (not 中央 alone: 中央|空气调节系统); no verb
    stands between (国家|推广|使用…系统: the nation acts; 国家公园|进行|系统保护: 系统 an
    adverb); the words between say which service (`service_heads.says_which`: not
    国家|金融|系统, 全国|公安系统, a sector of the country); and `service_heads.MIN_LENGTH`
    characters."""
    if sort != _NATION or tokens[at].word == _CENTRAL:
        return False
    between = tokens[at + 1 : index]
    if any(t.tag == "v" for t in between):
        return False
    head_word = tokens[index]
    if not says_which([(t.word, t.tag) for t in between], (head_word.word, head_word.tag)):
        return False
    return tokens[index].end - tokens[at].start >= SERVICE_MIN_LENGTH


# 中心 alone heads no name in the head lists (市中心, 中心城区, 服务中心 is a head): a centre
# is read here only as a national centre at a place (below)
_CENTRE = "中心"
_PROVINCE = ("省", "自治区")  # platform_places.PROVINCE_ENDINGS (that module imports this one)


def _national_centre(tokens: Sequence[Token], at: int, index: int, sort: str) -> bool:
    """滨湖|综合性|国家|科学|中心, 合肥|滨湖|…|国家|科学|中心: a place begins the name and the
    nation stands inside it, before the centre's field: the nation's centre at that place,
    one facility. A place and a bare 中心 (深圳|中心) or a centre of no national standing
    (滨海|商务|中心) is left to the head lists."""
    return sort == PLACE and any(t.word in NATION_WORDS for t in tokens[at + 1 : index - 1])


def _with_places_before(tokens: Sequence[Token], at: int) -> int:
    """北京|怀柔…: place words (tag ns) right before the anchor are where it is, written
    as part of the centre's name; a province is not (platform_places: the State Council
    names a zone from its city)."""
    while at > 0 and tokens[at - 1].tag == "ns" and not tokens[at - 1].word.endswith(_PROVINCE):
        at -= 1
    return at


def anchored_platforms(
    text: str,
    tokens: list[Token],
    found: Sequence[Candidate],
    document: tuple[int, int] | None = None,
) -> list[Candidate]:
    """Platforms whose head no candidate of `found` covers, named from an anchor (module
    docstring). `text` is Simplified; spans index it."""
    out: list[Candidate] = []
    endings = heads_by_last_char()
    for index, token in enumerate(tokens):
        service = _service_head(tokens, index)
        if token.word[-1:] not in endings and service is None:
            continue  # no head ends here (most words): the cheap test first
        found_head = head(text, tokens, index) or service
        bare_centre = found_head is None and token.word == _CENTRE
        if bare_centre:
            found_head = Head("Platform", index, False)
        if found_head is None or found_head.kind != "Platform" or found_head.institution:
            continue
        if _common_word(token):
            continue  # 宅基地: a word of the laws that ends like a head
        if any(c.start < token.end and token.start < c.end for c in [*found, *out]):
            continue  # named already, or part of a name
        start = anchor_start(text, tokens, found_head.first)
        if start is None:
            continue
        at, sort = start
        if found_head is service and not _names_a_service(tokens, at, index, sort):
            continue
        if bare_centre:
            if not _national_centre(tokens, at, index, sort):
                continue  # 中心 alone heads no name (市中心, 中心城区)
            at = _with_places_before(tokens, at)
        name = text[tokens[at].start : token.end]
        words = [t.word for t in tokens[at : index + 1]]
        before = tokens[at - 1].word if at > 0 else ""
        if (
            names_a_class(name)
            or names_a_kind(words)
            or describes_a_facility_or_scheme(before, words, name)
            or (sort == _NATION and treated_as_class(text, name, tokens[at].start, document))
        ):
            continue
        out.append(Candidate("Platform", tokens[at].start, token.end))
    return out
