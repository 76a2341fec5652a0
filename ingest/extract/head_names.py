"""Names read from their head noun: where a name ending in …大學, …管理局, …合作區 begins
(`phrases.reach_left`, the corpus evidence, the clauses), and whether the words name one
thing or a kind. Moved out of entities.py (`recognise` calls `head_noun_names`)."""

from __future__ import annotations

import re

from policykg.ingest.metadata import names_a_document

from . import conjunctions
from .article_residue import article_residue
from .board_names import after_last_body
from .body_heads import (
    AFTER,
    BODY_HEAD_RULE,
    SET_UP_EVIDENCE,
    bound_start,
    cut_inside,
    names_its_place,
    of_a_kind,
    set_up_object,
    unit_of_any_body,
)
from .body_work import field_start
from .boundary_evidence import load_evidence
from .candidate_merge import HEAD_NOUN_RULE
from .citations import alias_after
from .clauses import attached_start, governed_start, joined_names, subject_verb_start
from .conjunctions import WORDS as CONJUNCTIONS
from .defined_forms import ABBREVIATED, abridged, defined_short_form
from .dictionary import board_heads
from .existing_systems import names_a_system, planned_in_clause
from .found_by import tagged
from .kinds import describes_a_facility_or_scheme, modifies_a_kind, names_a_kind
from .label_gate import defines_a_body
from .lists import quoted_before_head
from .name_acceptance import ANCHOR_TAGS, acceptable, generic_or_short
from .name_words import name_words_start
from .orgnames import names_a_class
from .own_level import OWN_LEVEL_RULE, below_own_level, own_level_at, own_levels
from .phrases import Head, Token, head, is_verb, place_in_parentheses, reach_left
from .platform_evidence import has_proper_element, treated_as_class
from .records import Candidate
from .vocabulary import ends_with_head, head_kind, kind_of_ending
from .word_tails import tail_start


def head_noun_names(
    simplified: str, tokens: list[Token], end: int, document: tuple[int, int] | None
) -> list[Candidate]:
    """The names that end with a head noun (…大學, …合作區, …基金), each read leftwards from its
    head as far as the words and the corpus evidence say, and kept if it names one thing
    (name_acceptance.py); `end`: the end of the sentence or paragraph."""
    found: list[Candidate] = []
    levels = own_levels(simplified, *(document or (0, len(simplified))))  # 本市 → 市
    for index, token in enumerate(tokens):
        defined = _defined_as_this(simplified, tokens, index)
        found_head, rule = _head_and_rule(simplified, tokens, index, defined)
        if found_head is None and (defined := defined_short_form(simplified, tokens, index)):
            found_head, rule = defined, ABBREVIATED  # 櫃檯買賣中心（以下簡稱櫃買中心）
        if found_head is None:
            continue
        kind = found_head.kind
        reached = (
            index
            if found_head.institution
            else reach_left(
                tokens,
                found_head.first,
                token.end,
                defined=defined is not None or found_head.evidence in (AFTER, SET_UP_EVIDENCE),
            )
        )
        worked = (
            field_start(tokens, found_head.first, index)
            if kind == "Organization" and reached == found_head.first
            else None
        )
        set_up = set_up_object(tokens, index) if found_head.evidence == SET_UP_EVIDENCE else None
        if set_up is not None:  # 设立|甲市…中心: the verb's object is the name (body_heads.py)
            first, name_start = set_up, tokens[set_up].start
        elif worked is not None:  # 某案件|复审|委员会: the body's work word and its field
            first, name_start = worked, tokens[worked].start
        else:
            first, name_start = _evidence_start(tokens, reached, index)
        if token.word in board_heads() and (cut := after_last_body(tokens, first, index)) > first:
            first, name_start = cut, tokens[cut].start  # 交通部|審議會: two bodies, not one
        if (
            index > first
            and first < (cut := _sentence_start(tokens, first, index)) <= found_head.first
        ):
            first, name_start = cut, tokens[cut].start  # never inside the head (基金|管理|会)
        if found_head.evidence and (whole := bound_start(tokens, first)) != first:
            first, name_start = whole, tokens[whole].start  # 志愿|役…中心: 役 ends a word
        # 市|律师协会, 向市|旅游行业协会: the level of the document's own place, where the
        # name begins or right before it, is a body's (own_level.py; not a platform's or
        # fund's, which the level describes: 省|政务大数据中心 is read as before)
        # …and not across a conjunction: 省|和|省辖市人民政府 joins two levels' governments
        joins = any(t.word in CONJUNCTIONS for t in tokens[first:index])
        level = (
            own_level_at(tokens, first, levels) if kind == "Organization" and not joins else None
        )
        if (
            level is None
            and kind == "Organization"
            and not joins
            and name_start == tokens[first].start
        ):
            level = own_level_at(tokens, first - 1, levels)
            if level is not None:
                first, name_start = first - 1, level
        elif level is not None and name_start <= level:
            name_start = level  # 向市|…: the preposition the segmenter glued to it goes
        own = level is not None and level == name_start  # 市 of a city's regulation: its city
        if name_start == tokens[first].start:  # 知識|城…: a word's tail grows or goes
            grown = tail_start(simplified, tokens, first, token.end)
            if grown is None:
                continue
            if grown != name_start:
                first, name_start = first - 1, grown
        name = simplified[name_start : token.end]
        if rule == ABBREVIATED and not abridged(simplified, name_start, token.end, token.word):
            continue  # 大學|校院特殊教育中心（大學特教中心）: the name lost what its short form keeps
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
            tokens, first, index, name, name_start, kind, own
        ):  # 同一|證券投資信託公司, 縣級|人民政府: a kind, unless the text gives it a short form
            continue
        elif kind == "Platform" and not given and below_own_level(tokens, first, levels):
            continue  # 区|…服务平台 in a city's regulation: each district's platform, a kind
        elif (
            kind == "Platform"
            and not given
            and not has_proper_element([(t.word, t.tag) for t in tokens[first : index + 1]], name)
            and treated_as_class(simplified, name, name_start, document)
        ):
            continue  # the document treats it as a member of a class (platform_evidence.py)
        elif set_up is not None and not names_its_place(tokens[first:index]):
            continue  # 设立|托育中心: a kind of body set up, not one named
        elif found_head.evidence and (
            of_a_kind(modifier := simplified[name_start : tokens[index].start])
            or names_a_class(modifier)
            or unit_of_any_body(modifier, tokens[first:index])
        ):
            continue  # 研究院|筹备处|主任, 人民检察院|分院, 各|单位…中心: a kind (body_heads.py)
        elif found_head.evidence and name_start == token.start:
            continue  # 筹备处|工作人员: one word ending in the head says no body of its own
        elif found_head.evidence and cut_inside(tokens, first):
            continue  # 国民兵|训练及管理中心: the name goes on left of where it was cut
        elif ((quoted or defined) and not generic_or_short(name)) or acceptable(
            name, tokens[first : index + 1], kind, bool(_owner(tokens, first)), own
        ):
            end_at = _with_place(tokens, index, kind)
            found.append(Candidate(kind, name_start, end_at, rule=OWN_LEVEL_RULE if own else rule))
    return found


def _two_names(
    text: str, tokens: list[Token], first: int, index: int, kind: str
) -> list[Candidate]:
    """甲及乙 read as one name where both are names: the part before the conjunction holds
    a body (清華大學自動化系: a unit of 清華大學) and the part after ends with a head and
    begins as names begin (清華珠三角研究院), so 及 joins two names, not two words of one
    (創新及科技局, 內地與香港科技合作委員會: no body before the conjunction)."""
    for k in range(index - 1, first, -1):
        if tokens[k].word not in conjunctions.AND:
            continue
        start, end = tokens[first].start, tokens[k - 1].end
        kinds = (head_kind(text[start : t.end]) for t in tokens[first:k] if t.end - start >= 3)
        body = next(filter(None, kinds), None)  # the first body the words before it name
        after = tokens[k + 1]
        if (
            body is None
            or generic_or_short(text[after.start : tokens[index].end])
            or not load_evidence().can_begin_name(after.word)
            or not (ends_with_head(text[start:end]) or after.tag in ANCHOR_TAGS)
        ):
            return []
        return [Candidate(body, start, end), Candidate(kind, after.start, tokens[index].end)]
    return []


def _head_and_rule(
    text: str, tokens: list[Token], index: int, defined: Head | None
) -> tuple[Head | None, str]:
    """The head that ends a name at tokens[index], and the rule that found it."""
    if found := head(text, tokens, index):
        return found, BODY_HEAD_RULE if found.evidence else HEAD_NOUN_RULE
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
    tokens: list[Token], first: int, index: int, name: str, at: int, kind: str, own: bool
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
    proper = [(max(0, t.start - at), t.end - at) for t in words if t.tag in ANCHOR_TAGS]
    if own:  # the document's own level stands for its place (市|旅游行业协会: own_level.py)
        proper.append((0, len(words[0].word)))
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


def quoted_names(text: str, start: int, end: int) -> list[Candidate]:
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


def _defined_as_this(text: str, tokens: list[Token], index: int) -> Head | None:
    """國家太空中心（以下簡稱本中心）: what a document defines as 本 + the noun its name ends
    with is the body (park, fund) the document is about, when that noun is a body's
    (label_gate.defines_a_body): a name. Not 水利法（以下簡稱本法）: a document defining
    itself; not 外交獎章（以下簡稱本獎章）: an award."""
    token = tokens[index]
    if text[token.end : token.end + 1] not in "（( \u3000":
        return None  # most words: not followed by a parenthesis
    alias, _ = alias_after(text, token.end, len(text))
    noun = alias[0][1:] if alias and alias[0].startswith("本") else ""
    if is_verb(token) and token.word != noun:
        return None  # 管理|会（以下简称本会）: the segmenter's verb 会 is the noun 本会 repeats
    if not noun or not text.endswith(noun, 0, token.end) or names_a_document(noun):
        return None
    if not defines_a_body(noun):
        return None  # 本獎章, 本保險: an award, a scheme, not a body (label_gate.py)
    first = index
    if token.word == noun and len(noun) == 1 and _joins_one_character_head(tokens, index):
        first = index - 1  # 管理|会（以下简称本会）: the head is 管理会 (board_heads: 审议|会)
    # 本港区: a zone whatever its head, as every head ending in 区 is (vocabulary.py); a
    # one-character noun is the body's own kind (本馆, 本园: a museum's, a zoo's)
    ending = kind_of_ending(noun) if len(noun) > 1 else None
    kind = head_kind(noun) or ending
    if kind is None and len(noun) > 1 and names_a_system(noun):
        # 本資料庫: Taiwan's word for a database is a platform's head, as 数据库 is, and a
        # database the clause only says is to be built (應建立甲資料庫) is a plan (session 30)
        return None if planned_in_clause(tokens, index) else Head("Platform", first, False)
    return Head(kind or "Organization", first, False)


def _joins_one_character_head(tokens: list[Token], index: int) -> bool:
    """The word before a one-character head the segmenter cut off (会) is a noun or verbal
    noun of Han characters (管理|会, 评议|会), not a verb that sets the body up (设|会)."""
    before = tokens[index - 1] if index >= 1 else None
    return (
        before is not None
        and _CJK_NAME.match(before.word) is not None
        and before.tag[:1] in ("n", "v")
        and not is_verb(before)
    )


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
