"""The units a body's own rules list under it (issue 19, session 22).

Office rules (處務規程, 辦事細則, 組織規程) and the acts that set a body's inner units up
name each unit once, as an item of a numbered list that a clause of the body introduces,
without repeating the body's name:

    本部設下列司、處：            本中心設左列各組、室，分別掌理有關事項：
    一、甲乙司，分六科辦事。       一、丙丁組：掌理…。
    二、丙丁司，分五科辦事。       二、…
    市某局设下列内设机构：（一）甲乙处。负责…；（二）…

The list is read by its grammar, not by names:

- **the introducing clause**: a subject that is a body (本 + a noun ending as the
  organisation acts' bodies end: 本部, 本中心, 本府; or a name ending with an organisation
  head), 設/設置/設立 and a word that opens a list (下列, 左列, 以下, 如下, a count: 9个; or
  設各 / 設五 / 設 right before the unit words when a comma clause announces the list:
  設各課、室，分別掌理下列事項), then the unit words the list holds (司、處; 組、室、中心;
  內設機構) up to the colon;
- **the items**: numbered in one style (一、 / （一） / 1.), the numbers consecutive from
  one; the list ends where the next number is not where the next item would begin;
- **each item's head**: the words before its colon, comma or full stop (or a verb a unit's
  tasks begin with: 掌理, 負責), a name when it ends with one of the unit words the clause
  announced, and has words of its own before that unit word.

A unit is named as written. A unit that names no one unit is not read: one named by its rank
(第一組), one whose head alone is a class (辦公室), and a unit that many bodies list under
the same name (秘書室, 人事室, 主計室: the auxiliary offices every body has, named by their
function), which `shared_units.tsv` holds, built from the lists of Taiwan's orders (the
scale corpus and the mojLawSplitJSON mirror) by `scripts/build_shared_units.py` with this
module's reader. `units_of_bodies` says which body each unit belongs to (the graph's
org:subOrganizationOf).

Linear: the text is searched once for the clause's verb; each list is read item by item,
each item's line once; the units of a document are read once and looked up per paragraph.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections import Counter
from dataclasses import dataclass, replace
from functools import lru_cache

from ..numerals import chinese_counting
from ..script import to_simplified
from .gazetteers import load_gazetteer
from .inline_units import read_inline_lists
from .orgnames import names_a_class
from .records import Candidate, Mention, NamedEntity
from .vocabulary import category_of, head_kind, is_head, lines_of

__all__ = [
    "UnitList",
    "body_of_title",
    "left_out_units",
    "listed_units",
    "names_one_unit",
    "pointer_endings",
    "read_unit_lists",
    "shared_units",
    "units_of_bodies",
]


@dataclass(frozen=True)
class UnitList:
    """One list of a body's units in a text: its subject (本部, 某某局) and each item's
    head unit (spans of the text, every item whose head ends with an announced unit word,
    before any class decision)."""

    owner: tuple[int, int]
    unit_words: tuple[str, ...]
    units: tuple[tuple[int, int], ...]
    # an inline list (本部设第一厅、第二厅…): its numbered units are named as written
    numbered_units: bool = False


# the clause's verb and the word that opens a list (Simplified): 设下列, 设置左列, 设以下,
# 设9个 (a regular expression that begins with one character: the text is scanned fast);
# or, weaker, 设各 / 设五 / 设 right before the unit words (本处设各组、室 / 设五组 / 设组、室),
# when the list is announced after them (，分别掌理下列事项：)
_OPENS = re.compile(
    "设(?:置|立)?(?:下列|左列|以下|如下|[0-9一二三四五六七八九十]+个"
    "|(?P<weak>各|[一二三四五六七八九十]*(?=[组科课处室司股])))"
)
_ANNOUNCED_AFTER = re.compile("下列|左列|如下")
# what stands between the subject and the verb: a modal (得, 应), 另, 并, and 下, 内 or 分
# of 下设, 内设, 分设 (本局下设以下处室, 本处分设三组)
_BEFORE_VERB = re.compile("(?:得|应当|应|另|并|下|内|分)+$")
_LIST_END = "：:"
_MAX_WORDS = 24  # characters of unit words between 下列 and the colon (组、室、中心、分馆)
_MAX_TAIL = 24  # characters of a comma clause before the colon (，分别掌理有关事项)
# the end of a definition right before the verb: …（以下简称本处） 设各课
_DEFINITION_END = re.compile(r"[)）]?[ 　]*$")
_MAX_SUBJECT = 20  # characters of a named subject (某某市科学技术局)
_SUBJECT_STOPS = "，,。；;：:、（）()\n 　"
# a body noun 本 points back with (本部, 本中心, 本分署, 本府, 本关): up to four characters
# ending as the bodies of the organisation acts end (pointer_endings), not 本法, 本规程;
# the subject's first character, or the defined short form's (（以下简称本局） 设), not 本
# inside a word (日本中心 is a name, not 日 + 本中心)
_POINTER = re.compile(r"^(?:以下简?称[“「]?)?(本[\u4e00-\u9fff]{1,4})$")
MIN_ENDING = 2  # bodies of the gazetteer that end with a character, to count it
# words that qualify the unit words without being one (各组, 各种, 业务组, 四科)
_QUALIFIERS = re.compile(r"^(?:各种|各|业务|[0-9一二三四五六七八九十]+)")
_WORD_SEPARATORS = re.compile("[、和及与暨]")
# what may follow the unit words before the colon: 办事 (设下列业务组办事: the units work)
_AFTER_WORDS = re.compile("办事$")
# the one-character unit words of the civil service, the characters a unit's name ends with
# when the clause announces it (Simplified; a closed list: 司 处 科 组 室 课 所 队 股 厂 馆 台
# 站 院 局 署 团 中心's 心 is not one: 中心 is read as a word): the unit words of the scale
# corpus's 113 lists of Taiwan's office rules, where each names a kind of inner unit, and
# 厅, the hall an audit body's act sets up (设下列各厅、室: the inline lists' unit word too)
_UNIT_CHARACTERS = frozenset("司处科组室课所队股厂馆台站院局署团厅")
# the intros' generic words: the items are units of any kind (本中心设左列各单位)
_ANY_UNIT = frozenset({"单位", "机构", "内设机构", "内部单位", "部门", "业务单位"})
# the verbs a unit's tasks begin with, when no punctuation parts them from its name
_TASK_VERBS = re.compile("掌理|负责|主管|办理|职掌|承办|关于|分[一二三四五六七八九十0-9]+科")
_HEAD_STOPS = re.compile(r"[：:，,。；;（(\s、]")
# where a shared unit's stem (two characters or more: 综合|组, not 外|科) carries: Taiwan's
# 组 and 课 are the Mainland's 处 and 科 (a division, a section), each to the other, and
# an office (室) is of a division's rank (研究组, 研究室); an office many bodies list is an
# auxiliary office named by its function, which bodies of every size set up at their own
# rank (人事室, 人事处, 人事科), so its stem carries to every rank
_SAME_RANK = {"处": "组室", "组": "处室", "室": "处组", "科": "课室", "课": "科室"}
_ORDINAL = re.compile(r"^第[0-9一二三四五六七八九十百]+")
MAX_HEAD = 20  # characters of an item's head unit
MAX_ITEM = 600  # characters searched for the next item's number after an item begins
MAX_ITEMS = 60

# the numbering styles of items: 一、 （一） (一) 1. 1、 (the number formatted in its place,
# the Chinese one as numerals.chinese_counting writes it: 一, 十, 十一, 二十一). The next item
# is found by searching for its marker as written; numbering.parse_marker reads a marker at
# a paragraph's start and formats none, so it cannot give the string to search for.
_STYLES = (
    lambda n: chinese_counting(n) + "、",
    lambda n: "（" + chinese_counting(n) + "）",
    lambda n: "(" + chinese_counting(n) + ")",
    lambda n: f"{n}.",
    lambda n: f"{n}、",
)


def read_unit_lists(text: str, start: int = 0, end: int | None = None) -> list[UnitList]:
    """Every list of a body's units in text[start:end] (Simplified)."""
    end = len(text) if end is None else end
    lists = []
    at = start
    for m in _OPENS.finditer(text, start, end):
        if m.start() < at:
            continue  # inside a list already read
        owner = _subject(text, m.start(), start)
        if owner is None:
            continue
        announced = _unit_words(text, m.end(), end, weak=m.group("weak") is not None)
        if announced is None:
            continue
        words, colon = announced
        units, at = _items(text, colon + 1, end, words)
        if units:
            lists.append(UnitList(owner, words, tuple(units)))
    return lists


def _subject(text: str, verb: int, limit: int) -> tuple[int, int] | None:
    """The span of the clause's subject before `verb`: 本 + a body noun, or a name that ends
    with an organisation head (某某市科学技术局); None for any other (军衔设下列三等: a rank)."""
    verb = _DEFINITION_END.search(text, max(limit, verb - 4), verb).start()  # 本处） 设
    begin = verb
    while begin > limit and verb - begin < _MAX_SUBJECT and text[begin - 1] not in _SUBJECT_STOPS:
        begin -= 1
    subject = text[begin:verb]
    if modal := _BEFORE_VERB.search(subject):
        subject, verb = subject[: modal.start()], begin + modal.start()
    pointer = _POINTER.search(subject)
    if pointer and pointer.group(1)[-1] in pointer_endings():
        return begin + pointer.start(1), verb
    if len(subject) >= 3 and head_kind(subject) == "Organization" and not names_a_class(subject):
        return begin, verb
    return None


def _unit_words(
    text: str, at: int, limit: int, weak: bool = False
) -> tuple[tuple[str, ...], int] | None:
    """The unit words announced from `at` up to the colon, and the colon's offset: 司、处;
    各组、室，分别掌理有关事项 (a comma clause after them). None when no word is a unit word,
    or, after a weak opener (设各, 设五), when the comma clause announces no list."""
    colon = next(
        (i for i in range(at, min(limit, at + _MAX_WORDS + _MAX_TAIL)) if text[i] in _LIST_END), -1
    )
    if colon < 0 or "。" in text[at:colon] or "\n" in text[at:colon]:
        return None
    phrase, *tail = re.split("[，,]", text[at:colon], maxsplit=1)
    if weak and not (tail and _ANNOUNCED_AFTER.search(tail[0])):
        return None
    phrase = _AFTER_WORDS.sub("", phrase)
    if len(phrase) > _MAX_WORDS:
        return None
    words = []
    for word in _WORD_SEPARATORS.split(phrase):
        word = _QUALIFIERS.sub("", word)
        if word in ("处室", "科室", "组室", "课室"):
            words += [word[0], word[1]]
        elif _is_unit_word(word):
            words.append(word)
    return (tuple(words), colon) if words else None


def _is_unit_word(word: str) -> bool:
    """A kind of inner unit: a unit character (司, 组), a word ending with one (分馆, 办事处,
    业务组), a generic word (单位, 内设机构), or a word heading organisations (中心, 委员会)."""
    if not word:
        return False
    return (
        word in _ANY_UNIT
        or word[-1] in _UNIT_CHARACTERS
        or head_kind(word) == "Organization"
        or word == "中心"
    )


def _items(
    text: str, at: int, limit: int, words: tuple[str, ...]
) -> tuple[list[tuple[int, int]], int]:
    """The heads of the items from `at` (the numbers consecutive from one, in one style),
    and where the list ends."""
    begin = _skip_space(text, at, limit)
    style = next((s for s in _STYLES if text.startswith(s(1), begin)), None)
    if style is None:
        return [], at
    units = []
    number, item = 1, begin
    while item >= 0 and number <= MAX_ITEMS:
        content = item + len(style(number))
        head = _head(text, content, limit, words)
        if head is not None:
            units.append(head)
        number += 1
        item, end_of_item = _next_item(text, content, limit, style(number))
    return units, end_of_item


def _next_item(text: str, content: int, limit: int, marker: str) -> tuple[int, int]:
    """Where the item numbered `marker` begins, if it follows the item whose text begins at
    `content` (at a line's start, or after the previous item's ； or 。), else -1; and where
    the previous item ends."""
    window = min(limit, content + MAX_ITEM)
    at = text.find(marker, content, window)
    while at >= 0:
        before = text[content:at].rstrip(" \u3000\t")
        if not before or before[-1] in "\n；;。":
            return at, at
        at = text.find(marker, at + 1, window)
    line_end = text.find("\n", content, limit)
    return -1, limit if line_end < 0 else line_end


def _skip_space(text: str, at: int, limit: int) -> int:
    while at < limit and text[at] in " \u3000\t\r\n":
        at += 1
    return at


def _head(text: str, content: int, limit: int, words: tuple[str, ...]) -> tuple[int, int] | None:
    """The span of the item's head unit, when it ends with an announced unit word and has
    words of its own before it."""
    window = text[content : min(limit, content + MAX_HEAD + 1)]
    stop = _HEAD_STOPS.search(window)
    head = window[: stop.start()] if stop else window
    verb = _TASK_VERBS.search(head)
    if verb:
        head = head[: verb.start()]
    if not head or len(head) > MAX_HEAD or not all("\u3400" <= c <= "\u9fff" for c in head):
        return None
    if not any(_ends_with_unit(head, word) for word in words):
        return None
    return content, content + len(head)


def _ends_with_unit(head: str, word: str) -> bool:
    if word in _ANY_UNIT:
        return (
            head[-1] in _UNIT_CHARACTERS
            or head.endswith("中心")
            or head_kind(head) == "Organization"
        )
    return head.endswith(word) and len(head) > len(word)


def names_one_unit(name: str, numbered: bool = False) -> bool:
    """The unit (Simplified) names one unit: not a rank (第一组), not a class by its head
    alone (办公室) or by the vocabulary, and not a unit many bodies list (shared_units.tsv),
    nor one whose stem many bodies list with another unit character of the same rank
    (综合处: 综合组 is shared; the table is built from Taiwan's lists, whose 组 and 课 are
    the Mainland's 处 and 科) or as an office (人事科: 人事室 is shared). A section's stem
    says nothing of a division's: a bureau's field offices copy its divisions' fields as
    sections (甲乙科 of each field office, 甲乙处 of the bureau), so the sections being
    shared does not make the division shared (session 27). With `numbered`, a unit named
    by its rank is kept: an act that sets up 第一厅、第二厅 in one sentence, or two ranked
    units or more as the items of a colon list, gives each its duties (the held-out
    precedent)."""
    if _ORDINAL.match(name):  # every body's 第一组 is shared: its list decides
        return numbered and not is_head(name)
    return not (
        is_head(name)
        or names_a_class(name)
        or category_of(name)
        or name in shared_units()
        or (
            len(name) >= 3
            and name[-1] in _UNIT_CHARACTERS
            and any(name[:-1] + same in shared_units() for same in _SAME_RANK.get(name[-1], "室"))
        )
    )


@lru_cache(maxsize=1)
def pointer_endings() -> frozenset[str]:
    """The last characters of at least MIN_ENDING bodies of the organisation acts' gazetteer
    (部, 署, 局, 府, 关, 家 of 荣誉国民之家, 心 of 中心): what 本 + a body noun ends with."""
    endings = Counter(entry.name_hans[-1] for entry in load_gazetteer("organisation_acts"))
    return frozenset(c for c, n in endings.items() if n >= MIN_ENDING and "\u4e00" <= c <= "\u9fff")


@lru_cache(maxsize=1)
def shared_units() -> frozenset[str]:
    """The units many bodies list under one name (resources/shared_units.tsv)."""
    return frozenset(line.split("\t")[0] for line in lines_of("shared_units.tsv"))


@lru_cache(maxsize=4)
def _document_lists(text: str, start: int, end: int) -> tuple[UnitList, ...]:
    """The lists of the document text[start:end] (read once a document), numbered with a
    colon and inline (inline_units.py)."""
    inline = read_inline_lists(text, start, end, _subject, pointer_endings())
    return tuple(
        replace(found, numbered_units=_ranked_units(text, found.units))
        for found in read_unit_lists(text, start, end)
    ) + tuple(UnitList(found.owner, (), found.units, numbered_units=True) for found in inline)


def _ranked_units(text: str, units: tuple[tuple[int, int], ...]) -> bool:
    """A colon list that sets up two units or more named by their rank (一、第一厅：掌理…；
    二、第二厅：…): a body's divisions, each an item with its own duties, named as written
    as an inline list's are (session 27); one rank alone among named units is left out."""
    return sum(1 for a, b in units if _ORDINAL.match(text[a:b])) >= 2


@lru_cache(maxsize=4)
def _document_units(text: str, start: int, end: int) -> tuple[Candidate, ...]:
    """The units the lists of the document text[start:end] name."""
    return tuple(
        Candidate("Organization", a, b)
        for found in _document_lists(text, start, end)
        for a, b in found.units
        if names_one_unit(text[a:b], numbered=found.numbered_units)
    )


@lru_cache(maxsize=4)
def _document_left_out(text: str, start: int, end: int) -> frozenset[tuple[int, int]]:
    """The spans of the list items of the document text[start:end] that name no one unit."""
    return frozenset(
        (a, b)
        for found in _document_lists(text, start, end)
        for a, b in found.units
        if not names_one_unit(text[a:b], numbered=found.numbered_units)
    )


def left_out_units(
    text: str, document: tuple[int, int] | None = None
) -> frozenset[tuple[int, int]]:
    """The spans of a body's list items that name no one unit (秘书室, 人事室: the offices
    every body has), over the document's range (the whole text by default): an inline list
    (甲处、乙处及人事室) is a coordination too, and its left-out items are not to be taken up
    as members of it."""
    return _document_left_out(text, *(document or (0, len(text))))


def listed_units(
    text: str, start: int, end: int, document: tuple[int, int] | None = None
) -> list[Candidate]:
    """The units of a body's list that stand in text[start:end] (Simplified), the lists read
    over the document's range `document` (the whole text by default)."""
    units = _document_units(text, *(document or (0, len(text))))
    first = bisect_left(units, start, key=lambda c: c.start)
    out = []
    for unit in units[first:]:
        if unit.start >= end:
            break
        if unit.end <= end:
            out.append(unit)
    return out


# what an organisation rule's title says after its body (Simplified): 文化部|处务规程
RULE_TITLE = re.compile(
    r"(?:暂行)?(?:处务规程|办事细则|组织(?:规程|条例|法|规则|办法|通则|准则|章程|规定)|编制表)$"
)


def body_of_title(title: str) -> str:
    """The body an organisation rule's title (Simplified) is about (文化部处务规程 → 文化部),
    or ""."""
    m = RULE_TITLE.search(title)
    return title[: m.start()] if m and m.start() >= 2 else ""


def units_of_bodies(
    text: str,
    start: int,
    end: int,
    entities: list[NamedEntity],
    title: str = "",
) -> list[tuple[NamedEntity, NamedEntity, Mention]]:
    """(unit, body, the unit's mention in the list) for each unit of a list in the document
    text[start:end] (Simplified) that is an entity, where the list's subject is an entity
    too: named so, defined as the subject (海洋委員會（以下簡稱本會）), or, for 本 + a noun
    the document does not define, the body its title (Simplified) sets rules for when its
    name ends with the noun (文化部處務規程: 本部 is 文化部; 本中心 is not)."""
    by_name = {to_simplified(entity.name): entity for entity in entities}
    ends = {m.end: entity for entity in entities for m in entity.mentions}
    at_span = {(m.start, m.end): (entity, m) for entity in entities for m in entity.mentions}
    titled = by_name.get(body_of_title(title))
    titled_name = to_simplified(titled.name) if titled else ""
    out = []
    for found in _document_lists(text, start, end):
        subject = text[found.owner[0] : found.owner[1]]
        body = by_name.get(subject) or _defined_as(text, start, end, subject, ends)
        if body is None and subject.startswith("本") and titled_name.endswith(subject[1:]):
            body = titled  # 本部 of 文化部处务规程, not 本中心
        if body is None:
            continue
        for span in found.units:
            unit = at_span.get(span)
            if unit is not None and unit[0] is not body:
                out.append((unit[0], body, unit[1]))
    return out


# a definition of a short form: …部（以下简称本部）, （以下称“本中心”）
_DEFINITION = re.compile(r"[（(]以下(?:简称|称)[“「]?([^（()）“”「」\n]{1,20}?)[”」]?[）)]")


@lru_cache(maxsize=4)
def _definitions(text: str, start: int, end: int) -> dict[str, int]:
    """Each short form the document text[start:end] defines, and where its first definition
    begins (the text is scanned once a document, whatever the number of lists)."""
    out: dict[str, int] = {}
    for m in _DEFINITION.finditer(text, start, end):
        out.setdefault(m.group(1), m.start())
    return out


def _defined_as(
    text: str, start: int, end: int, subject: str, ends: dict[int, NamedEntity]
) -> NamedEntity | None:
    """The entity whose mention ends right before the definition of `subject` as its short
    form (…部（以下简称本部）), the first such definition of the document."""
    at = _definitions(text, start, end).get(subject)
    return None if at is None else ends.get(at)
