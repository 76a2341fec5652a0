"""Two things joined by a conjunction and read as one label (issue 19, session 22).

The recognisers read a label back from its head to where the boundary evidence says a name
begins; a conjunction between two nouns does not stop them when the word before it ends no
unit of the laws (住房|和|城乡|建设部 is one body). So a label may be two things: a thing
complete of its own, the conjunction, and a name or a class after it (法规|和|某院, a class
of norms and a body; 经济实体|和|…联盟, an entity and a class of alliances).

**`joined_things(label)`** (Simplified) reads the label's words (the evidence's segmentation)
and, at the first conjunction whose left part is complete of its own, returns what is left
of the label: the right part when it is a name, "" when it is not (the label goes), and
None when no conjunction joins two things (the label stays whole). A left part is complete
of its own when

- it is a known name (`clauses.known_name`) or a unit the laws repeat whole (上级|公安机关),
- it ends with a word that ends units of the laws, three characters or more (公安机关),
- it is a phrase the laws write whole as a kind (`kind_phrases.tsv`) or ends with a head the
  laws put after quantifiers (`class_heads.tsv`: 主管部门, 人民团体),
- it ends with a class of legal norms (法律, 法规: `NORM_CLASSES`, the Legislation Law's
  ranks, a closed set),
- or it is one word the laws never use whose longest known ending is a common noun they use
  often and never inside a unit (经济|实体: an entity, not a field).

A field the laws use (科学技术, 民政, 农业) is none of these, so 科学技术和工业委员会 and
农业和农村委员会 stay whole. Attributes joined before one head (区域性和行业性…联盟, an
attributive word of the laws or a noun made one by 性, 型, 式) name a kind: the label goes.

A common noun the laws use often and never inside a unit (资产, 情形, 网站) before the
conjunction joins two things too when a known name follows that begins with no place (资产
与|某某证券交易所): a field is such a noun as well (科学技术, 人力资源), but fields joined before
one head leave a field and a head after the conjunction (工业委员会, 社会保障部), no known name,
and two regions before one body (内地与|香港…委员会) begin the right part with a place.

The right part is a name when it is a known name, or ends in a head and begins as names
begin (a proper noun, a body, a word the laws never use: `name_initial`) and names no kind.
A label that is a known name whole is never cut.

The label's words are the segmenter's, less one guess (session 25): a word of no dictionary
that begins or ends with a conjunction (及县, 或某部, 某产及) is the conjunction and the rest
(`conjunctions_apart`), so a conjunction the segmenter glued to a neighbour still joins.

**`stands_alone(part, kind)`** is the one answer to "is the part before a conjunction a thing
of its own" (session 23: the fund reader had its own in fund_purposes). For a fund the laws'
fund names say which modifiers two funds share, so `joins_another_thing` (a fund label of
the general reach: 文化驿站|和|乡村文化基金) and `fund_set_up` (设立|奖项|或者|奖励基金) ask it
with `kind=FUND`; the label reader above asks it for bodies and platforms.

Cost: one segmentation and a bounded number of look-ups per label.
"""

from __future__ import annotations

from collections.abc import Sequence

from . import conjunctions
from .body_classes import class_heads
from .boundary_evidence import ATTRIBUTIVE_SUFFIXES, PROPER_TAGS, WEAK_EVIDENCE, load_evidence
from .clauses import known_name
from .fund_words import fund_last_words, fund_name_words
from .kind_phrases import phrase_uses
from .kinds import is_attributive, modifies_a_kind, names_a_kind
from .law_titles import law_titles
from .own_level import LEVELS
from .phrases import Token, known, places
from .place_words import is_place
from .vocabulary import ends_with_head, is_head

__all__ = [
    "FUND",
    "NORM_CLASSES",
    "conjunctions_apart",
    "joined_things",
    "joins_another_thing",
    "stands_alone",
]

# the ranks of legal norms (Legislation Law; Taiwan's 中央法規標準法, whose orders are 命令): a
# class of documents, never part of a body's name (scripts/build_title_kinds.py leaves them out)
NORM_CLASSES = frozenset({"法律", "法规", "法令", "规章", "命令", "法律法规", "行政法规"})
_COMPLETE_CHARS = 3  # a unit-final word this long is a body of its own (国务院, 公安机关)
_FORMER = frozenset({"原", "前"})  # a former thing is a thing of its own (left_boundary's)
# a noun stands in units of the laws in at most this share of its uses when it names what
# bodies do or hold (业务 16 of 8,320, 储备 0 of 422, 会议 0 of 5,848), not a field of their
# names (工业 356 of 2,532, 农业 38 of 3,168)
_IN_UNITS_SHARE = 0.005
_THING_TAGS = frozenset({"n", "vn"})
_ACTIVITY_TAGS = frozenset({"v", "vn"})


def joined_things(label: str) -> str | None:
    """The name left of a label whose conjunction joins two things: the right part when it
    is a name, "" when it is none; None when the label is not two things joined."""
    words = conjunctions_apart([word for word, _, _ in load_evidence().segment(label)])
    if len(words) < 3 or known_name(words):
        return None
    for k in range(1, len(words) - 1):
        if words[k] not in conjunctions.WORDS:  # and, or: both join two things here
            continue
        left, right = words[:k], words[k + 1 :]
        if _attributive(left[-1]):
            return ""  # 区域性和行业性|联盟: attributes before a head name a kind
        if "".join(left) in law_titles():
            # 某某法及|地方政府: a law's title (the laws' list) is a thing of its own
            return "".join(right) if _a_name(right) else ""
        if _opens_with_a_level(right):
            # 重点项目和|市|人民政府: a bare level opens a body's name, never continues one
            # across a conjunction (发展和|改革委员会, 工业和|信息化部 go on with a field)
            return "".join(right) if _a_name(right) else ""
        if stands_alone(left):
            return "".join(right) if _a_name(right) else ""
        if _things_side_by_side(left, right):
            # 某项业务及|工业区, 某储备和|地方政府, 某储金及|原某基金: a thing, then one the laws
            # write whole; not 工业和|信息化部 (信息化部 recurs whole after no words)
            named = right[1:] if right[0] in _FORMER else right
            return "".join(named) if known_name(named) else ""  # 工业区, 地方政府: kinds
        # 基金资产与|证券交易所: a thing and a name; not 内地与|香港…委员会 (two regions,
        # one body of both)
        if _common_thing(left[-1]) and known_name(right) and not is_place(right[0]):
            return "".join(right)
    return None


def _things_side_by_side(left: Sequence[str], right: Sequence[str]) -> bool:
    """The part before the conjunction ends with a noun of what bodies do or hold (业务,
    储备, 会议: seen often, rarely in units of the laws, no place) and the part after it,
    less a former 原/前, is a unit the laws repeat whole after many different words
    (工业区, 地方政府, 专业委员会, 某某退抚基金): two things side by side. Fields joined
    before one head leave a field and a head that recurs whole nowhere (改革委员会,
    信息化部, 社会保障局), so 发展和改革委员会 and a ministry of two fields joined by 和 stay whole."""
    evidence = load_evidence()
    found = evidence.word(left[-1])
    if (
        found is None
        or found.tag not in _THING_TAGS
        or found.count < WEAK_EVIDENCE
        or found.begin_unit + found.inside_unit > _IN_UNITS_SHARE * found.count
        or is_place(left[-1])
    ):
        return False
    named = right[1:] if right[0] in _FORMER else right
    if not named or not evidence.is_unit(named) or not ends_with_head("".join(named)):
        return False
    if evidence.unit([left[-1], named[-1]]) is not None:
        return False  # 奖励及|福利基金: the laws write 奖励|基金 too, one head shared
    # 调查及|辅导人才库: two activities before one head
    return not (found.tag == "vn" and evidence.tag(named[0]) in _ACTIVITY_TAGS)


def _opens_with_a_level(right: Sequence[str]) -> bool:
    """The part after the conjunction is a bare level and a head (市|人民政府, 区|某某局), or
    one word of both (县政府; not 市场, whose 场 is no head)."""
    first = right[0]
    if first[0] not in LEVELS:
        return False
    if len(first) == 1:
        return len(right) >= 2 and ends_with_head("".join(right[1:]))
    return len(right) == 1 and is_head(first[1:])


def conjunctions_apart(words: Sequence[str]) -> list[str]:
    """The words, a conjunction the segmenter glued to a neighbour set apart: a word of
    no dictionary (the segmenter's guess at an unknown word) that begins or ends with one
    (某局|或分局 read 或分局, 校产及, 及县) is the conjunction and the rest. A word of the
    dictionary keeps its conjunction (以及, 涉及, 和平, 参与, 共和国, 和县)."""
    out: list[str] = []
    for word in words:
        if len(word) < 2 or known(word):
            out.append(word)
        elif word[0] in conjunctions.AND_OR:
            out += [word[0], word[1:]]
        elif word[-1] in conjunctions.AND_OR:
            out += [word[:-1], word[-1]]
        else:
            out.append(word)
    return out


FUND = "Fund"


def stands_alone(part: Sequence[str], kind: str = "Organization", last_tag: str = "") -> bool:
    """Is `part`, the words of a label before a conjunction, a thing of its own, not a
    modifier the two sides share with the head? The one answer for every kind; what tells
    a modifier differs by kind, so `kind` chooses the evidence:

    - a fund (`FUND`): the laws' fund names hold the modifiers funds share (投资, 发展,
      引导: 创业投资|和|产业发展引导基金), so the part is a thing when it ends with a noun
      (`last_tag`, the caller's tag of its last word) that no fund name holds nor ends
      with (科学技术奖项|或者|奖励基金, 慈善捐赠站点|和|乡村助学基金);
    - a body or a platform: a field of the head (科学技术, 民政) is no thing, and the units
      of the laws, the kinds they write whole and the ranks of legal norms say what is one
      (module docstring: 上级|公安机关, 人民团体, 行政法规, 经济|实体)."""
    if kind == FUND:
        return _ends_outside_fund_names(part, last_tag)
    return _complete(part)


def _complete(left: Sequence[str]) -> bool:
    """Is the part before the conjunction a thing of its own, not a field of the head?"""
    evidence = load_evidence()
    joined, last = "".join(left), left[-1]
    if known_name(left) or (len(left) > 1 and evidence.is_unit(left)):
        return True  # a body, or a class of bodies the laws repeat whole (上级|公安机关)
    if len(last) >= _COMPLETE_CHARS and last in evidence.name_final:
        return True  # ends with a body's word (公安机关)
    if joined in phrase_uses() or any(joined.endswith(head) for head in class_heads()):
        return True  # a phrase the laws write whole as a kind (人民团体, 主管部门)
    if any(joined.endswith(norm) for norm in NORM_CLASSES):
        return True  # a class of documents (行政法规)
    return len(left) == 1 and _unseen_common_compound(last)


def _common_thing(word: str) -> bool:
    """A noun the laws use often and never inside a unit, no place (资产, 情形, 网站). A field
    (科学技术, 民政) is one too, so the caller asks for a name after it as well: fields joined
    before one head leave a field and a head (工业委员会), which name nothing."""
    found = load_evidence().word(word)
    return bool(
        found
        and found.tag == "n"
        and found.count >= WEAK_EVIDENCE
        and not found.begin_unit + found.inside_unit
        and word not in places()
    )


def _unseen_common_compound(word: str) -> bool:
    """A word the laws never use whose longest known ending is a common noun they use
    often and never inside a unit (经济|实体): a thing, not a field. A field the laws use
    (科学技术, 民政) is judged by the units, not by this."""
    evidence = load_evidence()
    if evidence.word(word) is not None:
        return False
    ending = next(
        (word[cut:] for cut in range(1, len(word) - 1) if evidence.word(word[cut:])), None
    )
    found = evidence.word(ending) if ending else None
    return bool(
        found
        and found.tag == "n"
        and found.count >= WEAK_EVIDENCE
        and not found.begin_unit + found.inside_unit
    )


def _a_name(words: Sequence[str]) -> bool:
    """The right part names one body: a known name, or a head after a first word that
    begins names (a proper noun, a body, a coinage), naming no kind."""
    if known_name(words):
        return True
    evidence = load_evidence()
    name = "".join(words)
    if not ends_with_head(name) or names_a_kind(list(words)) or modifies_a_kind(name):
        return False
    first = evidence.word(words[0])
    return evidence.name_initial(words[0]) or bool(first and first.tag in PROPER_TAGS)


def _attributive(word: str) -> bool:
    """A word that qualifies a kind: the laws' attributive words (同一, 公共), or a noun
    made attributive by its suffix (区域性, 综合型: 型, 性, 式) that no unit of the laws holds."""
    if is_attributive(word) or word in ATTRIBUTIVE_SUFFIXES:
        return True  # 全省|性 (the segmenter's cut): the suffix alone
    found = load_evidence().word(word)
    return (
        len(word) >= 3
        and word[-1] in ATTRIBUTIVE_SUFFIXES
        and (found is None or not found.begin_unit + found.inside_unit)
    )


_FUND_NOUN_TAGS = frozenset({"n", "nz", "ng", "nt", "ns", "j"})


def joins_another_thing(name: str) -> bool:
    """A fund's label the general reach found across a conjunction whose part before it is
    a thing of its own (`stands_alone` for a fund: 文化驿站|和|乡村文化基金), read with the
    laws' tags of its words."""
    evidence = load_evidence()
    words = [Token(w, evidence.tag(w), s) for w, s, _ in evidence.segment(name)]
    return any(
        t.tag == conjunctions.TAG
        and stands_alone([w.word for w in words[:at]], FUND, words[at - 1].tag)
        for at, t in enumerate(words)
        if at > 0
    )


def _ends_outside_fund_names(part: Sequence[str], last_tag: str) -> bool:
    """The part ends with a noun that no fund name of the laws holds, nor ends with one
    (fund_words.fund_name_words: 投资, 发展, 引导 are, and end 创业投资)."""
    if not part or last_tag not in _FUND_NOUN_TAGS:
        return False
    word, held = part[-1], fund_name_words() | fund_last_words()
    # 创业投资 is one word to the segmenter: its tail 投资 is what the laws' names hold
    return not any(word[i:] in held for i in range(len(word) - 1))
