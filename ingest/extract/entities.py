"""Organisations, platforms and funds named in running text.

A name ends in a head noun that says what it is (…大學, …管理局, …合作區, …科學園, …基金,
…資助計劃); `phrases` finds how far left it reaches. Names without a head of their own are
found by where they stand (`lists`): in a list beside a name of known kind, before 等 and a
class noun (甲、乙等基礎設施), or quoted before a head they share (“醫療科技”創新平台). Every
name is reported as written. Head nouns, class nouns, stop words and generic names are data
files in `resources/`, not code.
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache

from policykg.ingest.metadata import names_a_document

from .act_units import bare_units, units_after_bodies
from .article_residue import article_residue
from .board_names import after_last_body, board_names
from .body_classes import treated_as_a_kind
from .body_lists import listed_among_bodies
from .body_predicates import object_start
from .boundary_evidence import load_evidence
from .central_bodies import central_bodies
from .citations import alias_after
from .clauses import attached_start, governed_start, joined_names, subject_verb_start
from .dictionary import board_heads
from .enterprise_names import enterprises
from .facility_kinds import names_a_facility_kind
from .found_by import tagged
from .fund_document import fund_document
from .fundnames import named, not_read_here, read_funds
from .gate_exemptions import (
    AIMED_AT,
    CLAUSE_WORDS,
    NO_PROPER_PART,
    SAID_AS_A_KIND,
    TREATED_AS_A_KIND,
    exempt,
)
from .gazetteers import GazetteerEntry, load_gazetteer
from .glued_clause_words import glued_start
from .glued_units import glued_units
from .kind_phrases import said_as_a_kind
from .kinds import describes_a_facility_or_scheme, modifies_a_kind, names_a_kind
from .label_gate import (
    defines_a_body,
    names_a_common_thing,
    negated_head,
    quantified_kind,
)
from .left_boundary import left_cut
from .lists import coordinated, enumerated, quoted_before_head
from .local_bodies import branch_bodies, local_bodies
from .name_words import name_words_start
from .named_groups import named_groups
from .nature_suffix import qualifies_what_follows
from .orgnames import (
    gazetteer,
    is_numbered_part,
    is_organisation,
    known_bodies,
    known_platforms,
    listed_platforms,
    names_a_class,
    quoted_services,
)
from .phrases import (
    Head,
    Token,
    head,
    is_verb,
    place_in_parentheses,
    reach_left,
    tokenise,
)
from .platform_aims import described_as_aim
from .platform_anchors import anchored_platforms
from .platform_evidence import has_proper_element, is_combination, treated_as_class
from .platform_lists import listed_parks, parallel_members
from .platform_members import listed_places
from .platform_places import placed_platforms
from .platform_plans import described_as_planned
from .platform_portals import owned_portals
from .platform_reference import aimed_at, referenced_platforms
from .platform_starts import platform_start
from .platform_use import offered_as_a_kind, used_platforms
from .proper_elements import AUTHORITY_LISTS
from .proper_part import names_no_one, without_projects
from .records import Candidate
from .rosters import roster_bodies
from .run_areas import goal_of_area, run_areas
from .session_committees import session_committees
from .shortforms import abbreviated_bodies, bodies_named_in_full
from .unit_lists import listed_units
from .unit_posts import units_before_posts
from .vocabulary import (
    category_of,
    ends_with_head,
    generic_names,
    head_kind,
    is_class_noun,
    is_head,
)
from .word_edges import (
    begins_inside_a_word,
    dictionary_word_starts,
    ends_inside_a_word,
    inside_dictionary_words,
    stranded_characters,
)
from .word_tails import tail_start

_ANCHOR_TAGS = {"ns", "nr", "nt", "nz", "nrt", "eng", "j"}


def recognise(
    simplified: str, start: int, end: int, document: tuple[int, int] | None = None
) -> list[Candidate]:
    """Names in simplified[start:end] (a sentence or paragraph); spans index the full text.
    `document`: the range of the document they belong to, whose evidence decides whether
    a platform is named or a class (platform_evidence.py); the whole text by default."""
    tokens = tokenise(simplified, start, end)
    # 国家融资担保基金, 就业补助资金: funds, read back from their head (fundnames.py)
    funds = read_funds(tokens, fund_document(simplified, *(document or (0, len(simplified)))))
    found: list[Candidate] = []
    for index, token in enumerate(tokens):
        defined = _defined_as_this(simplified, tokens, index)
        found_head, rule = _head_and_rule(simplified, tokens, index, defined)
        if found_head is None:
            continue
        kind = found_head.kind
        reached = (
            index
            if found_head.institution
            else reach_left(tokens, found_head.first, token.end, defined=defined is not None)
        )
        first, name_start = _evidence_start(tokens, reached, index)
        if token.word in board_heads() and (cut := after_last_body(tokens, first, index)) > first:
            first, name_start = cut, tokens[cut].start  # 交通部|審議會: two bodies, not one
        if index > first and (cut := _sentence_start(tokens, first, index)):
            first, name_start = cut, tokens[cut].start
        if name_start == tokens[first].start:  # 知識|城…: a word's tail grows or goes
            grown = tail_start(simplified, tokens, first, token.end)
            if grown is None:
                continue
            if grown != name_start:
                first, name_start = first - 1, grown
        name = simplified[name_start : token.end]
        quoted = (
            name_start > 0
            and simplified[name_start - 1] in "“「『"
            and simplified[token.end : token.end + 1] in "”」』"
        )
        shared = quoted_before_head(tokens, reached, index, kind)
        two = _two_names(simplified, tokens, first, index, kind)
        if shared:
            found += tagged("rule:quoted-before-head", shared)
        elif two:
            found += tagged("rule:two-names", two)
        elif not (
            given := quoted or defined or alias_after(simplified, token.end, end)[0]
        ) and _names_a_kind(
            tokens, first, index, name, name_start, kind
        ):  # 同一|證券投資信託公司, 縣級|人民政府: a kind, unless the text gives it a short form
            continue
        elif (
            kind == "Platform"
            and not given
            and not has_proper_element([(t.word, t.tag) for t in tokens[first : index + 1]], name)
            and treated_as_class(simplified, name, name_start, document)
        ):
            continue  # the document treats it as a member of a class (platform_evidence.py)
        elif ((quoted or defined) and not _generic(name)) or _acceptable(
            name, tokens[first : index + 1], kind, bool(_owner(tokens, first))
        ):
            end_at = _with_place(tokens, index, kind)
            found.append(Candidate(kind, name_start, end_at, rule=rule))
    found += tagged(
        "rule:anchored-platform", anchored_platforms(simplified, tokens, found, document)
    )  # 国家…追溯平台
    # 通过|甲省政务服务网|公布
    used = tagged("rule:used-platform", used_platforms(simplified, tokens, document))
    found = [c for c in found if not (c.parts and _within(c, used))] + used  # 甲“乙”平台
    # 依托|全省统一的…平台, 纳入|甲平台 named again (platform_reference.py)
    found += referenced_platforms(simplified, tokens, document)
    found += tagged("rule:listed-park", listed_parks(simplified, tokens))  # 海淀园、丰台园
    found = placed_platforms(tokens, found)  # 湖北省|武汉东湖新技术开发区, 安徽省合肥市|大力…
    found = _longest(
        not_read_here(found, funds, simplified)  # where the funds' reading decides
        + tagged("rule:quoted-name", _quoted_names(simplified, start, end))
        + tagged("rule:run-area", run_areas(simplified, tokens, document))  # 甲新区管委会
        + _known(simplified, tokens)  # each tagged with its list
        + tagged("rule:abbreviation", abbreviated_bodies(simplified, start, end))  # 证监会
        + tagged("list:gazetteer_central_bodies", central_bodies(tokens))  # 全国政协, 审计署
        + tagged("rule:local-body", local_bodies(tokens))  # 上海海关
        # 省十二届人大常委会: a standing committee by its session (session_committees.py)
        + tagged("rule:session-committee", session_committees(simplified, tokens))
        # 生态环境部、财政部负责
        + tagged("rule:body-in-full", bodies_named_in_full(simplified, tokens, start, end))
        + tagged("rule:named-group", named_groups(simplified, tokens))  # 中央教育工作领导小组
        + enterprises(simplified, tokens, document or (0, len(simplified)))  # 大连某某集团
        + tagged("rule:board-name", board_names(tokens))  # 申请|港务纠纷调处审议会
        + tagged("rule:roster", roster_bodies(simplified, start, end))  # 蔡某某　　安全部副部长
        + tagged("rule:unit-before-post", units_before_posts(simplified, tokens))  # …处|处长
        # 本部设下列司、处：一、甲乙司 (unit_lists.py)
        + tagged("rule:unit-list", listed_units(simplified, start, end, document))
        + named(funds)  # each tagged by its reading (fundnames.py)
    )
    found = _longest(
        found
        + tagged("rule:phase", _phases(simplified, found, end))
        + tagged("rule:branch-body", branch_bodies(simplified, tokens, found))
        + tagged("rule:unit-of-body", units_after_bodies(simplified, tokens, found))  # …部|…司
        + tagged("rule:glued-unit", glued_units(simplified, tokens, found))  # 行政院|…委员会
        # 中央政府|门户网站: the site, not the body
        + tagged("rule:owned-portal", owned_portals(simplified, found))
    )
    found += tagged("rule:enumerated-member", enumerated(tokens, found))
    listed = [  # 公司债券、存托凭证 beside a fund: things, not names (label_gate.py)
        c
        for c in tagged("rule:coordinated-member", coordinated(tokens, found))
        if head_kind(c.name_in(simplified)) or not names_a_common_thing(c.name_in(simplified))
    ]
    found = _longest(found + listed)
    # 海岳云算等计算平台 (no list reading after it)
    found += tagged("rule:listed-place", listed_places(simplified, tokens, found))
    found += tagged("rule:parallel-member", parallel_members(tokens, found))  # 甲片区、乙片区
    found = _longest(
        found
        + tagged("rule:listed-among-bodies", listed_among_bodies(simplified, start, end, found))
    )  # 侨务办
    found = _longest(_whole_words(simplified, tokens, found))  # not 中國人民政治協商會|議
    in_words = inside_dictionary_words(tokens)  # 住房城乡建设部|门 (word_edges.py)
    stranded = stranded_characters(tokens)  # 环境保护部|门: the segmenter left 门 alone
    word_starts = dictionary_word_starts(tokens)  # 具有管|理或经营…基金
    words_at = {t.start: t.word for t in tokens}  # 政府|性 against 行政院|性别
    # 促进|…平台, 试验区|…片区: a predicate or the zone's short form before a platform
    found = list(dict.fromkeys(filter(None, (platform_start(simplified, c) for c in found))))
    found = [without_projects(simplified, c) for c in found]  # 甲基金|项目 (proper_part.py)
    platform_ends = frozenset(c.end for c in found if c.kind == "Platform")
    return [
        c
        for c in map(lambda c: _without_clause_words(simplified, c), found)
        if c is not None
        if _NAME_CHARACTER.search(c.name_in(simplified))
        and not ends_inside_a_word(
            simplified, (c.parts or ((c.start, c.end),))[-1][1], in_words, stranded
        )
        and not begins_inside_a_word(simplified, *(c.parts or ((c.start, c.end),))[0], word_starts)
        and not is_numbered_part(simplified, c.start, c.end)  # 第IIA部: an ordinance's Part
        and not qualifies_what_follows(words_at, c.end)  # 政府|性融资 (nature_suffix.py)
        and not negated_head(c.name_in(simplified))  # 學校|非政府: not a government
        and not quantified_kind(c.name_in(simplified))  # 部分|委員會: some of a kind
        and not (c.kind == "Platform" and is_combination(c.name_in(simplified)))  # 企业+基地
        and not names_a_facility_kind(simplified, c)  # 进口药品|口岸 (facility_kinds.py)
        and not (  # 建设|优质…产品基地, 等|共性技术研发平台: a description (platform_plans.py)
            c.kind == "Platform"
            and not c.parts
            and (
                described_as_planned(simplified, c.start, c.end, document)
                or offered_as_a_kind(simplified, c.start, c.end, document)  # 提供|…平台
                or described_as_aim(simplified, c.start, c.end, document)  # 建成…的|…园区
                or goal_of_area(simplified, c.start, c.end, document)  # 甲新区|…示范区
                # 加强…中心|建设, said once
                or (
                    not exempt(AIMED_AT, c.rule)  # 依托|全省统一的…平台|建设…
                    and aimed_at(simplified, c.start, c.end, document, platform_ends)
                )
            )
        )
        and not (  # a 字号 read by the enterprise rule is evidence of one thing
            c.kind == "Organization"
            and not exempt(TREATED_AS_A_KIND, c.rule)
            and treated_as_a_kind(simplified, c.name_in(simplified), document)
        )
        and not _said_as_a_kind(simplified, c, document)  # 群团组织 (kind_phrases.py)
        and not _no_proper_part(simplified, c, document)  # 投资|咨询|公司 (proper_part.py)
    ]


_BY_PHRASE = frozenset({"Organization", "Platform"})  # funds are judged by fundnames


def _said_as_a_kind(text: str, candidate: Candidate, document: tuple[int, int] | None) -> bool:
    """An organisation or platform read from the text's words (not a list's entry, a 字号,
    nor put together from parts) whose phrase the laws use as a kind (kind_phrases.py)."""
    return (
        candidate.kind in _BY_PHRASE
        and not candidate.parts
        and not exempt(SAID_AS_A_KIND, candidate.rule)  # a 字号, a list's entry, 全省统一的…平台
        and said_as_a_kind(text, candidate.name_in(text), candidate.kind, document) is not None
    )


def _no_proper_part(text: str, candidate: Candidate, document: tuple[int, int] | None) -> bool:
    """An organisation or fund read from the text's words (not a list's entry, a 字号, nor
    put together from parts) made of generic vocabulary only (proper_part.py)."""
    return (
        not candidate.parts
        and not exempt(NO_PROPER_PART, candidate.rule)  # a 字号, a list's entry
        and names_no_one(text, candidate.name_in(text), candidate.kind, document) is not None
    )


_CONTEXT = 8  # characters before a name that left_boundary reads (第三十一款, 得)


def _whole_words(text: str, tokens: list[Token], found: list[Candidate]) -> list[Candidate]:
    """`found` with no name ending inside a word the dictionary knows whole as an
    organisation (nt: 中國人民政治協商會議, whose 會 is a head): such a name is that whole
    word, the body the dictionary names (its 會議 is no head of ours, so the word's end
    cannot be asked to end with one). Inside other words a name may end, the segmenter
    glued its last character to a function word (發展改革委|已 read 委已, 自然資源部|等)."""
    inside = {offset: t for t in tokens if t.tag == "nt" for offset in range(t.start + 1, t.end)}
    return [
        c
        if (word := None if c.parts else inside.get(c.end)) is None
        else replace(c, kind="Organization", start=word.start, end=word.end)
        for c in found
    ]


def _without_clause_words(text: str, candidate: Candidate) -> Candidate | None:
    """The candidate less the clause words glued to its left (left_boundary.py: 原列|經濟部,
    由|市人民政府; body_predicates.py: 法院|宣告|證券公司), whichever recogniser made it;
    None when what is left names a class (市人民政府: a body every city has)."""
    if candidate.parts or exempt(CLAUSE_WORDS, candidate.rule):
        return candidate  # put together from parts, or begun where the grammar says
    before = text[max(0, candidate.start - _CONTEXT) : candidate.start]
    cut = left_cut(candidate.name_in(text), before)
    # 人民銀行|委託|當地專業銀行: a body, its verb and its object (body_predicates.py)
    cut += object_start(text[candidate.start + cut : candidate.end])
    # 查扣物經|法院: a clause's preposition glued into a guessed word (glued_clause_words.py)
    cut += glued_start(text[candidate.start + cut : candidate.end])
    if not cut:
        return candidate
    name = text[candidate.start + cut : candidate.end]
    if _generic(name) or (_LEVEL.match(name) and name[1:] in generic_names()):
        return None
    return replace(candidate, start=candidate.start + cut)


# a name has a Han character or a Latin letter: not 16 (of 16所國家重點實驗室), not 06015
_NAME_CHARACTER = re.compile("[A-Za-z\u3400-\u9fff]")
_JOINING = frozenset({"及", "和", "与"})


def _two_names(
    text: str, tokens: list[Token], first: int, index: int, kind: str
) -> list[Candidate]:
    """甲及乙 read as one name where both are names: the part before the conjunction holds
    a body (清華大學自動化系: a unit of 清華大學) and the part after ends with a head and
    begins as names begin (清華珠三角研究院), so 及 joins two names, not two words of one
    (創新及科技局, 內地與香港科技合作委員會: no body before the conjunction)."""
    for k in range(index - 1, first, -1):
        if tokens[k].word not in _JOINING:
            continue
        start, end = tokens[first].start, tokens[k - 1].end
        kinds = (head_kind(text[start : t.end]) for t in tokens[first:k] if t.end - start >= 3)
        body = next(filter(None, kinds), None)  # the first body the words before it name
        after = tokens[k + 1]
        if (
            body is None
            or _generic(text[after.start : tokens[index].end])
            or not load_evidence().can_begin_name(after.word)
            or not (ends_with_head(text[start:end]) or after.tag in _ANCHOR_TAGS)
        ):
            return []
        return [Candidate(body, start, end), Candidate(kind, after.start, tokens[index].end)]
    return []


def _head_and_rule(
    text: str, tokens: list[Token], index: int, defined: Head | None
) -> tuple[Head | None, str]:
    """The head that ends a name at tokens[index], and the rule that found it."""
    if found := head(text, tokens, index):
        return found, _GENERAL
    if found := _part_of_named_whole(tokens, index):
        return found, "rule:part-of-named-whole"
    return defined, "rule:defined-as-this"


def _sentence_start(tokens: list[Token], first: int, index: int) -> int:
    """Where the sentence's structure says the name begins (clauses.py): after a word that
    governs a complete known name (委任|經濟部國際貿易局), after a conjunction joining two
    things (廠房及|辦公室: the right side is then judged alone), or after a body's verb
    (人民法院審理|公司), or where the words names are made of say so (name_words.py:
    申請人非屬|政府, 情形及|性別平等教育委員會, 辦理|留學生就學貸款). 0 when none applies."""
    words = [t.word for t in tokens[first : index + 1]]
    cut = (
        governed_start(words)
        or attached_start(words)  # 經濟部所屬|標準檢驗局
        or joined_names(words)
        or subject_verb_start(words)
        or name_words_start(words)
    )
    return first + cut if cut else 0


def _names_a_kind(
    tokens: list[Token], first: int, index: int, name: str, at: int, kind: str
) -> bool:
    """The name (`name`, from offset `at`: the words tokens[first:index + 1]) names a kind
    (kinds.py): an attributive first word (同一, 公共), or a kind head after words that name
    no particular place or body (縣級|人民政府; the extractor's place words count as names:
    前海, 深港); a platform or fund also after a describing word, with a rank, or of a
    class of bodies (新型|合作平台, 省級…園區, 政府|科技計劃)."""
    words = tokens[first : index + 1]
    if names_a_kind([t.word for t in words]):
        return True
    before = tokens[first - 1].word if first > 0 else ""
    if kind != "Organization" and describes_a_facility_or_scheme(
        before, [t.word for t in words], name
    ):
        return True
    proper = [(max(0, t.start - at), t.end - at) for t in words if t.tag in _ANCHOR_TAGS]
    return modifies_a_kind(name, proper)


def _evidence_start(tokens: list[Token], first: int, index: int) -> tuple[int, int]:
    """The first word, and the offset, where the corpus evidence says the name that ends
    with tokens[index] begins, at or after tokens[first]: 充分肯定|特區政府, 會商|外交部
    (boundary_evidence.name_start); inside a word that glues a function word to the
    name's first character: 及|港深創科園公司."""
    if index - first < 1:
        return first, tokens[first].start
    evidence = load_evidence()
    residue = article_residue(tokens, first)
    if residue:  # 第 5 條|由外交部: the unit of an article number the segmenter glued on
        rest = tokens[first].word[residue:]
        if rest and not evidence.stops_name(rest):
            start = first + evidence.name_start(
                [rest] + [t.word for t in tokens[first + 1 : index + 1]]
            )
            return start, tokens[first].start + residue if start == first else tokens[start].start
        first += 1
    start = first + evidence.name_start([t.word for t in tokens[first : index + 1]])
    if start > first and (glued := evidence.glued_function_word(tokens[start - 1].word)):
        return start - 1, tokens[start - 1].start + glued
    return start, tokens[start].start


_QUOTED = re.compile(r"[“「『]([^“”「」『』，。、；：！？\n]{3,30}?)[”」』]")
_LATIN_TAIL = re.compile(r"[ A-Za-z0-9@&.\-]+$")


def _quoted_names(text: str, start: int, end: int) -> list[Candidate]:
    """A quoted phrase that ends in a head noun is a name as a whole, whatever its words:
    「大灣區創科飛躍學院 InnoAcademy」 (its Latin name after it, if any)."""
    found = []
    for m in _QUOTED.finditer(text, start, end):
        phrase = m.group(1)
        core = _LATIN_TAIL.sub("", phrase) if _CJK_NAME.search(phrase) else phrase
        kind = head_kind(core)
        if kind and len(core) > 2 and not names_a_class(core):
            found.append(Candidate(kind, m.start(1), m.end(1)))
    return found


_CJK_NAME = re.compile(r"[\u4e00-\u9fff]")


def _anchored(tokens: list[Token]) -> bool:
    return any(t.tag in _ANCHOR_TAGS for t in tokens)


_LEVEL = re.compile("^[省市县区镇乡州]")


def _generic(name: str) -> bool:
    """A class, not a name (基金, 有關部門), or too short to be one."""
    return len(name) < 3 or names_a_class(name)


def _acceptable(name: str, tokens: list[Token], kind: str, owned: bool) -> bool:
    if _generic(name):
        return False
    if _LEVEL.match(name) and name[1:] in generic_names():
        return False  # 區人民政府, 市人民法院: a body every district or city has
    if is_head(name) or name.startswith("非"):
        return False  # a head noun alone (研究院), or a negation (非銀行金融機構)
    if kind == "Platform" and len(tokens) >= 2 and _inside(tokens[-2]):
        return False  # 試驗區內口岸: the ports within a zone, described by where they are
    if (
        len(tokens) >= 2
        and tokens[-2].word == "新"
        and tokens[-2].tag == "a"
        and not (len(tokens) >= 3 and tokens[-3].tag == "ns")  # 洋浦|新|片區: a place's new one
    ):
        return False  # described, not named: 高水平對外開放新平台 (but 港深創科園: 深 is a place)
    if _list_of_classes(name):
        return False  # 海關關長和行政長官辦公室, 中華人民共和國公民和組織: a title or class, then "and"
    if _anchored(tokens[:-1]) or any(c.isascii() and c.isalpha() for c in name):
        return True
    if name in gazetteer():
        return True
    if tokens[-1].tag in ("nt", "nz") and len(name) >= 4:
        return True  # one word the dictionary knows as a name: 香港大學
    if len(tokens) == 1 and tokens[0].tag == "ns" and len(name) >= 5:
        return True  # one word it knows as a place, with the head inside: 中關村科技園區
    if category_of(name) and len(tokens) < 4:
        return False  # 科研機構和科技組織, 醫療健康公司: kinds of bodies, not one body
    if owned and len(name) >= 4:
        return True  # 元朗工業邨的微電子中心: a named part of a named whole
    if kind == "Organization":
        if len(tokens) == 1:  # 財政部, 教育局: one word with its head inside
            return tokens[0].tag in ("n", "nt", "nz") and is_organisation(name)
        return (  # no place or known name in it: a long name, or nouns before a long head
            len(name) >= 5
            and (
                len(tokens) >= 3
                or (len(tokens[-1].word) >= 3 and all(t.tag.startswith("n") for t in tokens))
            )
            and is_organisation(name)
        )
    return len(tokens) >= 3 and len(name) >= 6


_CONJUNCTION = re.compile("[和与及]")


def _inside(token: Token) -> bool:
    """A place word ending in 内 (区内, 境内, 园区内): where something is, not a name's part."""
    return len(token.word) >= 2 and token.word.endswith("内") and token.tag in ("s", "f")


_TITLE = re.compile("[长员者人]$")


def _list_of_classes(name: str) -> bool:
    """科研機構和科技組織, 委員長及委員組織: what comes before the conjunction is a class of
    bodies or people, so the phrase lists classes. A class of things before a long phrase
    is what a name is about (科研設施與儀器開放共享服務平台)."""
    for m in _CONJUNCTION.finditer(name):
        before, after = name[: m.start()], name[m.end() :]
        kind = category_of(before)
        if (
            kind == "Organization"
            or (kind and len(after) <= _CLASS_LENGTH)
            or before in generic_names()
            or _TITLE.search(before)
            or is_class_noun(after)  # 訴訟案件和公司
        ):
            return True
    return False


_CLASS_LENGTH = 6  # 科研設施和科技平台: a class after the conjunction is a word or two


def _known(text: str, tokens: list[Token]) -> list[Candidate]:
    """Platforms and organisations of the gazetteers (resources/platforms.txt,
    organisations.txt: 數碼港, 行政院; the courts and the bodies of organisation acts built
    from the scale corpus: 初級法院, 法務部調查局), where they are whole words."""
    if not tokens:
        return []
    starts, ends = {t.start for t in tokens}, {t.end for t in tokens}
    found = [
        Candidate(kind, m.start(), m.end(), rule=_list_of(kind, m.group()))
        for kind, pattern in (("Platform", known_platforms()), ("Organization", known_bodies()))
        for m in pattern.finditer(text, tokens[0].start, tokens[-1].end)
    ]
    found = [c for c in found if c.start in starts and c.end in ends]
    return found + _listed_bodies(tokens)


def _list_of(kind: str, name: str) -> str:
    """The list a known name (Simplified) was found on (found_by.RULES)."""
    if kind == "Organization":
        return "list:organisations"
    if name in listed_platforms():
        return "list:platforms"
    return "list:quoted_services" if name in quoted_services() else "list:service_names"


_RULES_FOR_A_KIND = frozenset({"組織通則", "組織準則", "設置辦法"})


def _listed_bodies(tokens: list[Token]) -> list[Candidate]:
    """The longest entry of the lists that begins at each word and ends at a word's end;
    words are joined only while some entry begins with them (`_listed_prefixes`: linear in
    the text, two or three words joined at each)."""
    lists = _authority_lists()
    prefixes = _listed_prefixes()
    found = []
    for i, token in enumerate(tokens):
        name, best = "", None
        for j in range(i, len(tokens)):  # by index: a slice per word copied the rest
            following = tokens[j]
            name += following.word
            if name not in prefixes:
                break  # no entry begins so: no longer join of words is one either
            entry = next(filter(None, (g.lookup_simplified(name) for g in lists)), None)
            if entry is not None and _names_one_body(entry):
                rule = f"list:gazetteer_{entry.source}"
                best = Candidate("Organization", token.start, following.end, rule=rule)
        if best is not None:
            found.append(best)
    return found


@lru_cache(maxsize=1)
def _authority_lists() -> tuple:
    """The lists `_listed_bodies` reads: the authority lists (proper_elements.py) and the
    acts' bodies written without their ministry (電信總局, act_units.py)."""
    return (*(load_gazetteer(kind) for kind in AUTHORITY_LISTS), bare_units())


@lru_cache(maxsize=1)
def _listed_prefixes() -> frozenset[str]:
    """Every beginning of every entry of the lists (Simplified): joining words stops as soon
    as no entry begins with them, so each word is joined with two or three others, not with
    as many as the longest entry could hold (about 20 µs a word before)."""
    return frozenset(
        entry.name_hans[:end]
        for gazetteer in _authority_lists()
        for entry in gazetteer
        for end in range(1, len(entry.name_hans) + 1)
    )


@lru_cache(maxsize=4096)
def _names_one_body(entry: GazetteerEntry) -> bool:
    """One body, not a class (經濟部水利署各河川局, 人民法院; what a general rule or a
    measure for setting up institutions of a kind governs: 看守所組織通則, 地方立法機關組織準則,
    托兒所設置辦法) nor a fragment the corpus repeats that begins with a word no name begins
    with."""
    if entry.get("scope") == "class" or entry.get("act_kind") in _RULES_FOR_A_KIND:
        return False
    if _generic(entry.name_hans) or category_of(entry.name_hans):
        return False
    if entry.source in ("courts", "organisation_acts"):
        # the courts' builder read each court back to its start (終審|法院, 原訟|法庭); an
        # act's body is its title's, whole whatever its first word reads as (原住|民族委員會:
        # the segmenter's 原住 is an adverb)
        return True
    words = load_evidence().segment(entry.name_hans)
    return bool(words) and load_evidence().can_begin_name(words[0][0])


def _defined_as_this(text: str, tokens: list[Token], index: int) -> Head | None:
    """國家太空中心（以下簡稱本中心）: what a document defines as 本 + the noun its name ends
    with is the body (park, fund) the document is about, when that noun is a body's
    (label_gate.defines_a_body): a name. Not 水利法（以下簡稱本法）: a document defining
    itself; not 外交獎章（以下簡稱本獎章）: an award."""
    token = tokens[index]
    if text[token.end : token.end + 1] not in "（( \u3000" or is_verb(token):
        return None  # most words: not followed by a parenthesis
    alias, _ = alias_after(text, token.end, len(text))
    noun = alias[0][1:] if alias and alias[0].startswith("本") else ""
    if not noun or not text.endswith(noun, 0, token.end) or names_a_document(noun):
        return None
    if not defines_a_body(noun):
        return None  # 本獎章, 本保險: an award, a scheme, not a body (label_gate.py)
    return Head(head_kind(noun) or "Organization", index, False)


def _owner(tokens: list[Token], first: int) -> str:
    """甲 in 甲的…, when 甲 ends with a head noun (…工業邨的微電子中心), else ""."""
    if first < 2 or tokens[first - 1].word != "的":
        return ""
    owner = "".join(t.word for t in tokens[max(0, first - 4) : first - 1])
    return owner if ends_with_head(owner) else ""


def _part_of_named_whole(tokens: list[Token], index: int) -> Head | None:
    """將軍澳工業邨的先進製造業中心: a centre in a named park or zone is a platform,
    whatever it is a centre of (中心 alone heads no name: 市中心, 中心城區). A centre of a
    named body (大學的學生中心) is left alone: a unit with a name only its owner makes one."""
    token = tokens[index]
    if not token.word.endswith("中心") or is_verb(token):
        return None
    owner = _owner(tokens, reach_left(tokens, index, token.end))
    return Head("Platform", index, False) if head_kind(owner) == "Platform" else None


def _with_place(tokens: list[Token], index: int, kind: str) -> int:
    """香港中文大學（深圳）: a campus named by the place in parentheses after the name."""
    if kind == "Organization" and place_in_parentheses(tokens, index + 1):
        return tokens[index + 3].end
    return tokens[index].end


# a phase of a facility: 第五期, 第3期 (a number, Chinese or Arabic, then 期)
_PHASE = re.compile("第[〇零一二三四五六七八九十百0-9０-９]{1,4}期")


def _phases(text: str, found: list[Candidate], end: int) -> list[Candidate]:
    """A platform followed by its phase is a facility of its own (數碼港第五期, 科學園
    第二期: built apart, funded apart): the name takes the phase in."""
    out = []
    for candidate in found:
        if candidate.kind == "Platform" and not candidate.parts:
            phase = _PHASE.match(text, candidate.end, end)
            if phase:
                out.append(replace(candidate, end=phase.end(), rule=""))
    return out


def _longest(candidates: list[Candidate]) -> list[Candidate]:
    """Overlapping names become one: the longest of those that start together
    (香港科技園公司 over 香港科技園), and a name that runs on past another one's end takes
    it in (河套區港深創新及科技園 + …科技園發展聯合專責小組 = the working group). Names put
    together from parts (“智慧城市”“金融科技”等創新平台) stand as they are."""
    composed = [c for c in candidates if c.parts]
    kept: list[Candidate] = []
    plain = sorted(
        (c for c in candidates if not c.parts and not _within(c, composed)),
        key=lambda c: (c.start, -(c.end - c.start)),
    )
    for candidate in plain:
        if kept and candidate.start < kept[-1].end:
            if candidate.end > kept[-1].end:
                # the name ends with this one's head: its kind and its rule
                kept[-1] = replace(candidate, start=kept[-1].start)
            elif _finer_rule(candidate, kept[-1]):
                kept[-1] = replace(kept[-1], rule=candidate.rule)
            continue
        kept.append(candidate)
    return sorted(kept + list(dict.fromkeys(composed)), key=lambda c: (c.start, c.end))


def _finer_rule(candidate: Candidate, kept: Candidate) -> bool:
    """`candidate` is the name `kept` is (same span, same kind), found by a rule or list of
    its own where the general head-noun reading found `kept`: the finer one is recorded
    (a fund of Taiwan's list, a court of the courts' list), nothing else changes."""
    return (
        kept.rule == _GENERAL
        and candidate.rule not in ("", _GENERAL)
        and (candidate.start, candidate.end, candidate.kind) == (kept.start, kept.end, kept.kind)
    )


_GENERAL = "rule:head-noun"


def _within(candidate: Candidate, others: list[Candidate]) -> bool:
    return any(o.start <= candidate.start and candidate.end <= o.end for o in others)
