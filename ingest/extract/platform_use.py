"""A named system, website or platform where the text uses it as one thing (issue 19, session 19).

Head lists have not generalised to systems and websites: 系统, 网, 平台 end common words and
kinds (电力系统, 互联网, 信息平台), and each batch of documents brings a service no list
had. How the text treats a phrase says more than its head: a law uses a named service as
an instrument or a place where something is done, with a preposition or a verb of use
right before it (通过…服务网公布, 依托…平台, 纳入…信息系统, 录入…系统). Those **frames**
are learnt from the laws (`resources/platform_frames.tsv`, built by
`scripts/build_platform_frames.py`: a preposition or verb that stands before named
services in at least three laws, and before named ones in a fair share of its uses).

A phrase is read here as one named platform when
- it is a closed noun phrase (`closed_after`: no noun goes on after the head, or a word
  the laws use as a predicate follows it) ending in a service head or 平台, of at least two
  words, its words nouns and, right before the head, at most two verbs after a noun that
  say what the system does (…信息|公示|系统, …许可|登记|系统; session 26), and a frame word stands right
  before it (the frame also says where the name begins: 通过|甲省政务服务网|公布), or the
  document's own jurisdiction begins it, which says which one whatever word precedes
  (向|本市|公共信用信息平台|归集; session 20), unless a localiser makes it a place phrase
  (本省行政区域内…系统);
- it is named, not a class: it holds a proper element (`platform_evidence.has_proper_element`:
  a place, less the place words the laws use as common words, 城市, 海洋; a body), the
  nation first with words that say which service (`service_heads.says_which`: not
  国家|金融|系统, a sector; session 26), a quoted part (国际贸易“单一窗口”平台), or it begins with a level word standing
  for the one jurisdiction whose document this is (省…平台 in a document that speaks of
  本省, 市…系统 where it speaks of 本市) or the province a city's document lies in (省…平台
  where it speaks of 本市; session 27); after 本市/本省 the name is what follows;
- it passes the class tests every platform passes (`orgnames.names_a_class`,
  `kinds.names_a_kind`, `kinds.describes_a_facility_or_scheme`), and, when only the nation
  names it, the document's class evidence (`platform_evidence.treated_as_class`).

A frame glued by the segmenter to the level word (由省|公共信用信息平台: 由省 is one word to
it) is read as the frame and the level word. Linear: each head reads at most
`LONGEST_RUN` words to its left, each quote the words it holds and a clause after it
(`tests/test_platform_use.py` measures the growth).

A coined service name in quotes right after an instrument frame (通过“甲省通办”办理) is read
by `quoted_instruments`, whose candidates `used_platforms` returns with its own.

The same evidence says where a phrase is **not** one thing: a verb the laws put before
kinds of service and never before a named one (role `kind`: 提供, 安装, 维护) offers or
fits a kind; a platform candidate of any recogniser right after one, with nothing that
names it, is dropped (`offered_as_a_kind`: 为人才提供创业平台); so is one that ends in a
service head or 平台 with a noun going on after it (开放平台|协同发展区: part of a phrase).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from functools import lru_cache

from .boundary_evidence import JURISDICTION_ENDINGS, STOP, load_evidence
from .kinds import NATION_WORDS, describes_a_facility_or_scheme, names_a_kind
from .made_here import made_in_document
from .orgnames import names_a_class
from .own_level import each_jurisdiction_has
from .phrases import Token, tokenise
from .platform_evidence import document_evidence, has_proper_element, treated_as_class
from .quoted_instruments import services_quoted_after_instruments
from .records import Candidate
from .service_heads import PLATFORM_HEADS, closed_by, says_which
from .vocabulary import lines_of

__all__ = [
    "COORDINATED_USE_RULE",
    "DEFINITE_ACTS",
    "DESTINATIONS",
    "HEADS",
    "KIND",
    "ONE_OF_LEVEL",
    "OWN_DESTINATION_RULE",
    "OWN_JURISDICTION_RULE",
    "QUOTES",
    "USE",
    "USED_PLATFORM_RULE",
    "USED_PLATFORM_RULES",
    "closed_after",
    "kind_frames",
    "leads_to_head",
    "learnt_frame",
    "offered_as_a_kind",
    "run_start",
    "use_frames",
    "used_platforms",
]

HEADS = PLATFORM_HEADS  # the service heads and 平台 (service_heads.PLATFORM_HEADS)
# rjieba tags of the words of a noun phrase: nouns, names, distinguishing words, Latin
# words, idioms (数据共享); no verb: 纳入, 依托 are verbs, where the phrase begins (so
# 司法|协助|网络平台 is not read whole)
PHRASE_TAGS = frozenset({"n", "nz", "ns", "nt", "j", "vn", "b", "an", "l", "i", "nr", "eng"})
QUOTES = frozenset("“”「」")
LONGEST_RUN = 8  # words before the head
_HEAD_TAGS = frozenset({"n", "nz", "vn"})
# a level word and the words by which a document speaks of its own jurisdiction of that
# level: 省…平台 names the province's own platform in a document that says 本省
_OWN_JURISDICTION = {"省": "本省", "市": "本市"}
# the words by which a document speaks of a jurisdiction that makes a level word name one
# place: 省 is one province in a province's text and in a city's, the province the city
# lies in (依托|省|一体化…平台 in a text of 本市); 市 only in a city's own (a province's
# text writes 市 for each of its cities)
ONE_OF_LEVEL = {"省": ("本省", "本市"), "市": ("本市",)}


USED_PLATFORM_RULE = "rule:used-platform"  # found_by.RULES: what `used_platforms` finds
# what it finds right after a definite act and the document's own jurisdiction (纳入|本市|…
# 平台) when each jurisdiction runs one (own_level.each_jurisdiction_has): the jurisdiction's
# one, which the laws' use of the bare phrase as a kind does not outrank
# (gate_exemptions.SAID_AS_A_KIND)
OWN_JURISDICTION_RULE = "rule:own-jurisdiction-platform"
# what it finds after a preposition of destination or source and the document's own level
# (向|市…平台|归集, 从|省…系统|中): the level names which one, the preposition that it is
# where something goes, not a clause's start (session 31)
OWN_DESTINATION_RULE = "rule:own-level-destination"
# what it finds after "and" and a service that a frame of use takes (依托|甲平台|和|乙平台):
# the frame takes both (session 31)
COORDINATED_USE_RULE = "rule:coordinated-use"
USED_PLATFORM_RULES = frozenset(
    {USED_PLATFORM_RULE, OWN_JURISDICTION_RULE, OWN_DESTINATION_RULE, COORDINATED_USE_RULE}
)
# the frames of use that take one system (依托, 纳入, 通过, 录入, 登录), not a kind of it
# (支持|…平台): named_platforms' table was built on them
DEFINITE_ACTS = frozenset({"依托", "纳入", "通过", "录入", "登录"})
USE, KIND = "use", "kind"  # the roles of a frame in resources/platform_frames.tsv
# a frame word of another usage read as the learnt one: 透过 is 通过 in Taiwan's texts,
# which the laws the frames were learnt from write 通过 (grammar: one synonym)
_SAME_FRAME = {"透过": "通过"}
# prepositions of destination and source (grammar, a closed class): the laws put them before
# kinds of service as often as before named ones (向…平台|报送), so they are no learnt frame;
# before the level the document calls its own (向|市…平台, 向市|…平台 glued) the level says
# which one and the preposition that the phrase is where something goes or comes from
DESTINATIONS = frozenset({"向", "到", "至", "从"})
# "and" and the list comma between two services one frame takes (依托|甲平台|和|乙平台);
# not 与, a frame of its own (与|甲平台|对接)
_COORDINATING = frozenset({"和", "及", "以及", "、"})


def learnt_frame(word: str) -> str:
    """The frame word the laws write for `word` (Simplified): 透过 is read as 通过."""
    return _SAME_FRAME.get(word, word)


@lru_cache(maxsize=1)
def _frames() -> dict[str, frozenset[str]]:
    rows = [line.split("\t") for line in lines_of("platform_frames.tsv")]
    return {role: frozenset(r[0] for r in rows if r[-1] == role) for role in (USE, KIND)}


def use_frames() -> frozenset[str]:
    """The words that use a named service (role `use` of resources/platform_frames.tsv)."""
    return _frames()[USE]


def kind_frames() -> frozenset[str]:
    """The verbs the laws put only before kinds of service (role `kind`: 提供, 安装)."""
    return _frames()[KIND]


_CLOSING_QUOTES = {"”": "“", "」": "「"}


def _opening_quote(words: Sequence[tuple[str, str]], closing: int, limit: int) -> int | None:
    """The index of the quote that opens the one at words[closing], not before `limit`."""
    opening = _CLOSING_QUOTES[words[closing][0]]
    for k in range(closing - 1, max(limit, 0) - 1, -1):
        if words[k][0] == opening:
            return k
        if words[k][0] in _CLOSING_QUOTES:
            break
    return None


def run_start(
    words: Sequence[tuple[str, str]],
    index: int,
    stop: Callable[[str], str] | None = None,
    service_words: bool = False,
) -> int:
    """The index of the first word of the noun phrase that words[index] (word, tag) ends:
    over the words of a noun phrase (`PHRASE_TAGS`) and quoted parts whatever their words
    (国际贸易|“|单一|窗口|”|平台), at most `LONGEST_RUN` words; before a word `stop`
    answers (a glued frame: 由省). With `service_words`, also over at most `DOING_VERBS`
    verbs right before the head when a noun stands before them: what the system does
    (全国|企业信用|信息|公示|系统, 全省|案件|登记|公示|系统), and over a one-character
    adjective between two words of the phrase, a word the segmenter cut (医疗|大|数据)."""
    k = index
    doing = _doing_verbs(words, index) if service_words else 0
    while k > 0 and index - k < LONGEST_RUN:
        word, tag = words[k - 1][0], words[k - 1][1]
        if stop is not None and stop(word):
            break
        if word in _CLOSING_QUOTES:
            opening = _opening_quote(words, k - 1, index - LONGEST_RUN)
            if opening is None:
                break
            k = opening
        elif (
            tag in PHRASE_TAGS
            or _joins_places(words, k - 1)
            or index - k < doing
            or (service_words and _inner_adjective(words, k - 1))
        ):
            k -= 1
        else:
            break
    return k


_PREDICATE_VOTES = frozenset({"predicate_position", "predicate_compound"})


def _predicate(word: str) -> bool:
    """The corpus votes `word` a predicate (设置, 自动: after adverbs and modals)."""
    return any(r in _PREDICATE_VOTES and v == STOP for r, v in load_evidence().votes(word))


_ADJECTIVE = "a"


def _inner_adjective(words: Sequence[tuple[str, str]], at: int) -> bool:
    """words[at] is one character tagged an adjective between two words of a noun phrase:
    政务|大|数据 (大数据 cut by the segmenter); not a phrase's first word (本市|新|平台)."""
    return (
        words[at][1] == _ADJECTIVE
        and len(words[at][0]) == 1
        and 0 < at < len(words) - 1
        and words[at - 1][1] in PHRASE_TAGS
        and words[at - 1][0] not in _OWN_WORDS  # 本市|新|平台: the phrase begins at 新
        and words[at + 1][1] in PHRASE_TAGS
    )


DOING_VERBS = 2  # 登记|公示|系统: a service's name says at most two acts before its head
# a verb, or one the segmenter tags an adverbial adjective (信息|公开|平台: 公开 is "ad" to
# rjieba; in the scale corpus all 17 such words before a head after a noun are 公开)
_DOING_TAGS = frozenset({"v", "ad"})
_VERB = "v"


def _doing_verbs(words: Sequence[tuple[str, str]], index: int) -> int:
    """How many verbs stand right before the head words[index] and after a word of a noun
    phrase (信息|公示|系统: 2 words counted up to 公示 … 1): 0 when more than `DOING_VERBS`
    verbs do, or when a verb begins the run (通过|建设|管理|系统: the verbs are the
    clause's). A verb between two nouns elsewhere in the run is a clause's (全国|推广|…)."""
    k = index
    while k > 0 and words[k - 1][1] in _DOING_TAGS:
        k -= 1
    count = index - k
    if count == 0 or count > DOING_VERBS or k == 0 or words[k - 1][1] not in PHRASE_TAGS:
        return 0
    return count


_JOINING = frozenset({"与", "和", "及"})  # "and" (grammar)
_PLACE_TAG = "ns"


def _joins_places(words: Sequence[tuple[str, str]], at: int) -> bool:
    """words[at] is "and" between two places: 内地|与|澳门 (a name of both sides' service)."""
    return (
        words[at][0] in _JOINING
        and 0 < at < len(words) - 1
        and words[at - 1][1] == _PLACE_TAG
        and words[at + 1][1] == _PLACE_TAG
    )


def leads_to_head(tokens: Sequence[tuple[str, str]], index: int) -> int | None:
    """The index of a service head or 平台 that at most `DOING_VERBS` verbs right after the
    head tokens[index] lead to, verbs on which no corpus rule votes (网络|查控|系统:
    what the later system does; not 平台|建设|…系统, a clause of its own): the name goes
    on to that head, and a phrase ending at tokens[index] is cut (session 29)."""
    j = index + 1
    while j < len(tokens) and j - index <= DOING_VERBS and tokens[j][1] == _VERB:
        if not load_evidence().can_begin_name(tokens[j][0]):
            return None  # a predicate, or a word the laws put before names (建设)
        j += 1
    if j == index + 1 or j >= len(tokens) or j - index > DOING_VERBS + 1:
        return None
    word, tag = tokens[j][0], tokens[j][1]
    return j if word.endswith(HEADS) and tag in _HEAD_TAGS else None


def _glued_level(word: str) -> str:
    """由省 → 省: the level word a frame word carries glued to its end, or ""."""
    frame, level = word[:-1], word[-1:]
    framed = frame in use_frames() or frame in DESTINATIONS  # 向市: 向 and the level
    return level if framed and level in _OWN_JURISDICTION else ""


# a determiner for the document's own jurisdiction: 本市|…平台 names the city's platform,
# whose name is what follows (the gold's convention, and how the text names it elsewhere)
_OWN_WORDS = frozenset(_OWN_JURISDICTION.values())
# localisers of space (grammar, a closed class; the segmenter tags 内 a noun): after 本省 they
# make a place phrase (本省行政区域内), and what follows is a kind found there
_WITHIN = frozenset({"内", "外", "中", "间"})


def _joins(tokens: Sequence[Token], frame: int) -> bool:
    """The frame word is a preposition that joins a place before it to the phrase (香港|与|…
    平台: "and"), not one that uses the phrase."""
    return frame > 0 and tokens[frame].tag in ("p", "c") and tokens[frame - 1].tag == _PLACE_TAG


@lru_cache(maxsize=8)
def _speaks_of_own(text: str, start: int, end: int, own: str) -> bool:
    """The document text[start:end] speaks of its own jurisdiction (本省, 本市): read once
    per document and level (a string's hash is kept, so asking again is cheap)."""
    return text.find(own, start, end) >= 0


def _named(
    words: list[tuple[str, str]], name: str, level: str, text: str, document: tuple[int, int]
) -> bool:
    if level:  # the document's own province or city
        return any(_speaks_of_own(text, *document, own) for own in ONE_OF_LEVEL[level])
    if any(q in name for q in QUOTES):
        return True
    if words[0][0] in NATION_WORDS and says_which(words[1:-1], words[-1]):
        # 全国|企业信用|信息|公示|系统: the nation's one (not 国家|金融|系统), unless a word
        # the laws use as a predicate stands before the acts that end it: 按照|国家|规定|
        # 设置|…系统 (the clause goes on through the nation's rules)
        doing = _doing_verbs(words, len(words) - 1)
        return not any(_predicate(w) for w, _ in words[1 : len(words) - 1 - doing])
    return has_proper_element([(w, _place_tag(w, t)) for w, t in words], name)


# a place word the laws use this often is a kind of place (城市 1,314 uses, 海洋 1,367:
# 城市|消防远程监控系统), unless it names a jurisdiction (重庆市, 河南省); 广东 has 19, 香港
# 582, 台湾 768 (城镇, 554, stays a place to this test)
_COMMON_PLACE_USES = 1000


def _place_tag(word: str, tag: str) -> str:
    """The segmenter's tag, less the place tag of a common word of the laws (above)."""
    if tag != _PLACE_TAG or (len(word) >= 3 and word.endswith(JURISDICTION_ENDINGS)):
        return tag  # 重庆市, 河南省 (城市 is no jurisdiction)
    found = load_evidence().word(word)
    return "n" if found is not None and found.count >= _COMMON_PLACE_USES else tag


def closed_after(after: Token) -> bool:
    """No noun goes on after the head (`service_heads.closed_by`), or what follows is a
    word the laws use as a predicate, whatever the segmenter's tag here (…平台|办理: n)."""
    return closed_by(after.word, after.tag) or any(
        rule == "predicate_position" for rule, _ in load_evidence().votes(after.word)
    )


def used_platforms(
    text: str,
    tokens: Sequence[Token],
    document: tuple[int, int] | None = None,
) -> list[Candidate]:
    """Platforms named where a frame word uses them (module docstring). `text` is
    Simplified; spans index it; `document` is the range of the document."""
    frames = use_frames()
    span = document or (0, len(text))
    out: list[Candidate] = []
    carried: dict[int, int] = {}  # a later head → the head whose phrase goes on to it
    framed_heads: dict[int, str] = {}  # a head → the frame of use that takes its phrase
    for index, token in enumerate(tokens):
        if not token.word.endswith(HEADS) or token.tag not in _HEAD_TAGS:
            continue
        after = tokens[index + 1] if index + 1 < len(tokens) else Token("", "x", token.end)
        if not closed_after(after):
            continue
        later = leads_to_head(tokens, index)
        if later is not None:  # 执行网络|查控|系统: the name ends at the later head
            carried[later] = carried.get(index, index)
            continue
        k = run_start(tokens, carried.get(index, index), _glued_level, service_words=True)
        k -= 0 < k < index and tokens[k - 1].word in _OWN_WORDS  # 本省 (r) begins it too
        if k == 0:
            continue
        level, frame = _glued_level(tokens[k - 1].word), k - 1
        own = not level and tokens[k].word in _OWN_WORDS
        if own and any(t.word in _WITHIN for t in tokens[k + 1 : index]):
            continue  # 本省|行政区域|内|技防系统: systems within the province, not its one
        k += own  # 纳入|本市|…平台: the name is what follows the determiner
        if k >= index or not (level or load_evidence().can_begin_name(tokens[k].word)):
            continue  # one word, or a word no name begins with (通过|建设…平台)
        used_by = learnt_frame(tokens[frame].word)
        rule = ""
        if used_by in _COORDINATING and frame - 1 in framed_heads:
            used_by, rule = framed_heads[frame - 1], COORDINATED_USE_RULE  # 依托|甲平台|和|…
        bare_level = tokens[k].word in _OWN_JURISDICTION  # 向|市|…平台: the level names it
        if level and tokens[frame].word[:-1] not in frames:
            rule = OWN_DESTINATION_RULE  # 向市|…平台: a destination glued to the level
        elif not (level or own) and bare_level and used_by in DESTINATIONS:
            rule = OWN_DESTINATION_RULE
        elif not (level or own) and (used_by not in frames or _joins(tokens, frame)):
            continue  # 本市|…平台: the document's own city names which one, whatever the frame
        if used_by in frames:
            framed_heads[index] = used_by
        start = tokens[k - 1].end - 1 if level else tokens[k].start
        name = text[start : token.end]
        words = [(level, "n")] * bool(level) + [(t.word, t.tag) for t in tokens[k : index + 1]]
        level = level or (tokens[k].word if tokens[k].word in _OWN_JURISDICTION else "")
        if not (own or _named(words, name, level, text, span)):
            continue
        plain = [w for w, _ in words]
        if names_a_class(name) or (
            not (level or own)  # the jurisdiction's own (省|公共…平台) is one thing
            and (
                names_a_kind(plain)
                or describes_a_facility_or_scheme(tokens[k - 1].word, plain, name)
            )
        ):
            continue
        if rule == OWN_DESTINATION_RULE and made_in_document(text, *span, name[1:]):
            continue  # 建立乙平台 … 向市乙平台报送: the document's own plan (made_here.py)
        nation_only = not level and plain[0] in NATION_WORDS
        if nation_only and treated_as_class(text, name, start, document):
            continue
        # 通过|本市|…平台: a definite act takes the jurisdiction's one system
        # a facility each jurisdiction runs one of, not a kind of market service (电商平台)
        one_of_own = own and used_by in DEFINITE_ACTS and each_jurisdiction_has(name)
        rule = OWN_JURISDICTION_RULE if one_of_own else rule
        out.append(Candidate("Platform", start, token.end, rule=rule))
    return out + services_quoted_after_instruments(text, tokens, span)


_BEFORE = 6  # characters read before a candidate for the verb right before it


def offered_as_a_kind(
    text: str, start: int, end: int, document: tuple[int, int] | None = None
) -> bool:
    """The platform candidate text[start:end] stands right after a verb the laws put only
    before kinds of service (`kind_frames`: 为人才|提供|创业平台, 安装|监控系统), or it
    ends in a service head or 平台 and a noun goes on after it (`service_heads.closed_by`:
    开放平台|协同|发展区, a word of a longer phrase), and nothing names it: no proper
    element, not the nation first, no short form given to it nor a quotation of it in
    its document. Reads a few characters around it."""
    before = tokenise(text, max(0, start - _BEFORE), start)
    after = tokenise(text, end, min(len(text), end + _BEFORE))
    modifies = (  # a service or platform head only: a zone's name qualifies nouns often
        text.endswith(HEADS, start, end)  # (甲示范区|生物医药: the zone's industry)
        and bool(after)
        and not closed_by(after[0].word, after[0].tag)
    )
    if not modifies and (not before or before[-1].word not in kind_frames()):
        return False
    name = text[start:end]
    words = [(t.word, _place_tag(t.word, t.tag)) for t in tokenise(text, start, end)]
    if not words or words[0][0] in NATION_WORDS or has_proper_element(words, name):
        return False
    return name not in document_evidence(text, *(document or (0, None))).defined
