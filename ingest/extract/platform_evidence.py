"""One named platform, or a member of a class: what the whole document says (issue 19).

A platform candidate with no proper element (no place, body, quoted or defined name, known
name) reads alike whether a document names its own facility (建立和完善大型科学仪器设施共享
服务平台（以下简称市共享服务平台）, 设立港资企业服务中心) or speaks of a kind of facility
(支持国家产业创新中心、国家技术创新中心等研发创新机构; 省级高新技术产业开发区升级为国家高新
技术产业开发区). The label's words do not tell them apart (session 14: a table of the field
words of the laws changed no score); how the document treats the phrase does.

Evidence that it is **one thing** (wins over any class evidence):
- the document gives it a short form (…（以下简称…）, …（以下统称…）) or quotes it;
- it names it by the article that provides for it (运用第六条|…沙盒平台, 第七条之|…中心: a
  statute's way of pointing at the one facility an article sets up), or attaches it to a
  body (经济部所属|标准检验局: one body under another, read by `body_classes`);
- it refers back to it with a demonstrative and the name's head (该平台, 本中心, 上述基地).

Evidence that it is **a member of a class**, from any mention in the document:
- it stands as an item of a list the document closes with 等 (甲、乙等研发机构; an item may
  end in a verbal noun: 实训基地建设、…等重大项目), or as one side of a 或 choice;
- the rest of it after its first word is written elsewhere in the document right after a
  rank (省级|高新技术产业开发区 beside 国家|高新技术产业开发区: a kind with ranks);
- this mention is counted: a number and a classifier right before it, or in the 的-phrase
  that leads to it (1家符合条件的|国家自主创新示范区, 一批|…基地; not a date or a sum:
  2019年建成的…, 5000万元的…).

The document's evidence is read once per text (linear in its length: each clause adds a
bounded number of phrases of at most `LONGEST` characters) and asked per candidate.
The function words the rules read (等, 或, 以及, 该/本/上述/此, 以下简称, 级) are grammar, not
a word list; which words are numerals or verbal nouns comes from the corpus evidence, and
what a count looks like from phrases.COUNT.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from . import proper_elements
from .boundary_evidence import load_evidence
from .clauses import ATTACHED
from .orgnames import known_platforms
from .phrases import COUNT
from .vocabulary import head_kind

__all__ = [
    "COUNTED",
    "LISTED",
    "RANKED",
    "DocumentEvidence",
    "class_evidence",
    "document_evidence",
    "has_proper_element",
    "is_combination",
    "treated_as_class",
]

LONGEST = 24  # characters: the longest platform name the evidence phrases cover

# a clause: the words between two marks of punctuation (a list closed by 等 stays in one)
_CLAUSE = re.compile(r"[^，。；！？：\n,;:!?（）()]+")
_ITEM_SEPARATOR = re.compile("、|以及")
_CHOICE = "或"
_CLOSES_LIST = "等"
# a demonstrative and a head's last two characters: 该平台, 本中心, 上述基地, 此园区
_REFERS_BACK = re.compile(r"(?:该|本|上述|此)(\w\w)")
# an article, with its paragraph or item, right before a phrase: 第六条|…, 第七条之|…, 第十条第二项
# a body, then a word that puts what follows under it (clauses.attached_start's words)
_ATTACHED = re.compile("|".join(ATTACHED))
_ATTACHED_ITEMS = re.compile("[、及和与]")  # 所属甲、乙及丙: each item is under the body
_BODY_END = 4  # characters before 所属 whose head says they end a body (经济部, 管理局)
# a reference inside a sentence (运用|第六条), not an article's heading at a line's start
_BY_ARTICLE = re.compile(
    r"(?<=[\u4e00-\u9fff])第[〇零一二三四五六七八九十百千\d]+条(?:之[一二三四五六七八九十\d]+)?"
    r"(?:第[〇零一二三四五六七八九十百\d]+[项款])*之?"
)
# a short form given to what stands right before: （以下简称…）, （简称…）, （以下统称…）
_SHORT_FORM = re.compile(r"[（(]\s*(?:以下|下文|下|后)?\s*(?:简称|统称|称)")
_QUOTED = re.compile(rf"[“「『]([^“”「」『』\n]{{2,{LONGEST}}})[”」』]")
_RANK_END = "级"  # 省级, 国家级, 市级: a rank is a word ending in 级
_EACH = "各"  # 各|商业银行: each of a kind
_COUNT_TAGS = frozenset({"m", "mq", "q"})  # numerals and classifiers of the corpus
_OF = "的"
_OF_PHRASE_WORDS = 3  # a 的-phrase between a count and its noun: 1家|符合条件的|…
_VERBAL_NOUN_TAG = "vn"  # 建设, 培育: an activity done to the item, not part of its name


@dataclass(frozen=True)
class DocumentEvidence:
    """What one document says about its phrases, as sets of phrases (Simplified)."""

    listed: frozenset[str]  # ends or starts of the items of a 等 list or a 或 choice
    ranked: frozenset[str]  # starts of what follows a rank word (省级|…)
    # starts of what follows a list's closing 等 or 各 (each): the noun of a kind
    # (甲、乙等|专业委员会, 各|商业银行), read by body_classes
    kind_nouns: frozenset[str]
    referred: frozenset[str]  # heads' last two characters after 该/本/上述/此
    defined: frozenset[str]  # ends of what stands before a short form; quoted phrases
    by_article: frozenset[str]  # starts of what follows an article's number (第六条|…)
    attached: frozenset[str]  # starts of what follows a body and 所属 (经济部所属|…)


def _suffixes(text: str) -> list[str]:
    return [text[k:] for k in range(max(0, len(text) - LONGEST), len(text) - 1)]


def _prefixes(text: str) -> list[str]:
    return [text[:k] for k in range(2, min(len(text), LONGEST) + 1)]


def _without_verbal_noun(item: str) -> str:
    """实训基地建设 → 实训基地: the item's last word when the corpus reads it as a verbal noun
    (建设, 培育) is the activity, not part of the name. The item itself when not."""
    words = load_evidence().segment(item[-LONGEST:])
    if len(words) >= 2 and load_evidence().tag(words[-1][0]) == _VERBAL_NOUN_TAG:
        return item[: len(item) - len(words[-1][0])]
    return item


_VERB_TAGS = frozenset({"v", "vn"})
_JOINING = frozenset({"和", "及", "与"})  # "and" between two activities (grammar)


def _activities_of_one_object(items: list[tuple[str, bool]]) -> bool:
    """The list names activities done to one object, not things: every item after the
    first is verbs or verbal nouns, joined by "and" if more than one (甲平台建设、管理等工作,
    乙系统运行、维护和升级等: the first item's object is what they are done to, not an item
    beside others; 甲基地建设、乙园区建设等项目 lists projects)."""
    if len(items) < 2:
        return False
    evidence = load_evidence()
    for item, _ in items[1:]:
        words = [word for word, _, _ in evidence.segment(item)]
        if not all(evidence.tag(w) in _VERB_TAGS or w in _JOINING for w in words):
            return False
    return True


_WINDOW = 4  # characters either side of a 等 the segmenter reads to see whether it is a word


def _closing(clause: str) -> int:
    """Where the last 等 that is a word of its own stands in the clause (not 高等, 平等,
    等级), or -1. The segmenter reads a few characters around each, so this is linear."""
    position = clause.rfind(_CLOSES_LIST)
    while position > 0:
        start = max(0, position - _WINDOW)
        words = load_evidence().segment(clause[start : position + _WINDOW])
        if any(word == _CLOSES_LIST and start + a == position for word, a, _ in words):
            return position
        position = clause.rfind(_CLOSES_LIST, 0, position)
    return -1


def _list_items(clause: str, closing: int) -> list[tuple[str, bool]]:
    """The items of a list the clause closes with 等 (the part before its last 等, split at
    、 and 以及), or the sides of a 或 choice, each with whether it begins at a separator
    (so a phrase may begin where it begins); [] when the clause has neither. The first
    item runs from the clause's start: only its end is an item's (市共享服务平台应当提供
    查询、推介等服务 lists no platform). `closing`: `_closing(clause)`."""
    items: list[tuple[str, bool]] = []
    if closing > 0:
        parts = _ITEM_SEPARATOR.split(clause[:closing])
        items += [(part, k > 0) for k, part in enumerate(parts)]
    if _CHOICE in clause:
        items += [(part, k > 0) for k, part in enumerate(clause.split(_CHOICE))]
    return [(item, begins) for item, begins in items if item]


@lru_cache(maxsize=2)
def document_evidence(whole: str, start: int = 0, end: int | None = None) -> DocumentEvidence:
    """The evidence of one document, `whole[start:end]` (Simplified: a file may hold
    several documents, a gazette's or a main document's annexes), read once per document."""
    text = whole[start:end]
    listed: set[str] = set()
    ranked: set[str] = set()
    kind_nouns: set[str] = set()
    defined: set[str] = set()
    for clause in _CLAUSE.finditer(text):
        words = clause.group()
        closing = _closing(words)
        if closing > 0:
            kind_nouns.update(_prefixes(words[closing + 1 : closing + 1 + LONGEST]))
        position = words.find(_EACH)
        while position >= 0:
            kind_nouns.update(_prefixes(words[position + 1 : position + 1 + LONGEST]))
            position = words.find(_EACH, position + 1)
        items = _list_items(words, closing)
        shared_object = _activities_of_one_object(items)
        for item, begins_at_separator in items:
            forms = {item} if shared_object else {item, _without_verbal_noun(item)}
            for form in forms:
                listed.update(_suffixes(form))
                if begins_at_separator:
                    listed.update(_prefixes(form))
        position = words.find(_RANK_END)
        while position >= 0:
            ranked.update(_prefixes(words[position + 1 : position + 1 + LONGEST]))
            position = words.find(_RANK_END, position + 1)
    for m in _SHORT_FORM.finditer(text):
        before = text[max(0, m.start() - LONGEST) : m.start()]
        defined.update(_suffixes(re.split(r"[，。；！？：\n,;:!?（）()]", before)[-1]))
    defined.update(m.group(1) for m in _QUOTED.finditer(text))
    referred = {m.group(1) for m in _REFERS_BACK.finditer(text)}
    by_article = {
        prefix
        for m in _BY_ARTICLE.finditer(text)
        for prefix in _prefixes(text[m.end() : m.end() + LONGEST])
    }
    attached = {prefix for item in _attached_items(text) for prefix in _prefixes(item)}
    return DocumentEvidence(
        frozenset(listed),
        frozenset(ranked),
        frozenset(kind_nouns),
        frozenset(referred),
        frozenset(defined),
        frozenset(by_article),
        frozenset(attached),
    )


_ATTACHED_REACH = 4 * LONGEST  # characters after 所属 read for its items: a few names


def _attached_items(text: str) -> list[str]:
    """The items put under a body by 所属 (经济部所属|甲、乙及丙: each of 甲, 乙, 丙, at most
    LONGEST characters), up to the end of the clause."""
    items = []
    for m in _ATTACHED.finditer(text):
        if head_kind(text[max(0, m.start() - _BODY_END) : m.start()]) != "Organization":
            continue
        clause = _CLAUSE.match(text[m.end() : m.end() + _ATTACHED_REACH])
        if clause:
            items += [item[:LONGEST] for item in _ATTACHED_ITEMS.split(clause.group())]
    return items


def _is_count(words: list[str]) -> bool:
    """`words` (one or two) are a number and its classifier (phrases.COUNT: 1|家, 三个, 一批),
    the first a numeral of the corpus: not a bare number or a date or a sum (2019|年,
    5000|万元: a date or an amount speaks of one thing), nor 首次."""
    joined = "".join(words)
    return bool(
        words
        and load_evidence().tag(words[0]) in _COUNT_TAGS
        and COUNT.match(joined)
        and not COUNT.match(joined[-1])  # it ends in a classifier, not a digit
    )


def counted_before(text: str, start: int) -> bool:
    """A count right before `start`, or in the 的-phrase of at most three words that leads
    to it: 一批|…, 1家|符合条件的|… (the clause only)."""
    clause_start = max(0, start - LONGEST)
    clauses = re.split(r"[，。；！？：\n,;:!?（）()、]", text[clause_start:start])
    words = [w for w, _, _ in load_evidence().segment(clauses[-1])] if clauses[-1] else []
    if words and words[-1] == _OF:
        words = words[-2 - _OF_PHRASE_WORDS : -1]
        return any(_is_count(words[k : k + n]) for k in range(len(words)) for n in (1, 2))
    return _is_count(words[-1:]) or _is_count(words[-2:])


LISTED, COUNTED, RANKED = "listed", "counted", "ranked"  # the kinds of class evidence


def class_evidence(
    text: str, name: str, start: int, document: tuple[int, int] | None = None
) -> str | None:
    """Why the document (`text[document[0]:document[1]]`, all of it by default) treats the
    platform candidate `name` (Simplified, no proper element), mentioned at `start`, as a
    member of a class: `LISTED` (an item of a 等 list or a 或 choice), `COUNTED` (this
    mention), `RANKED` (its rest after a rank elsewhere); None when there is no class
    evidence or some evidence that it is one thing (module docstring)."""
    evidence = document_evidence(text, *(document or (0, None)))
    if name in evidence.defined or name in evidence.by_article or name[-2:] in evidence.referred:
        return None
    if counted_before(text, start):
        return COUNTED
    words = load_evidence().segment(name)
    rest = name[words[0][2] :] if len(words) >= 2 else ""
    if len(rest) >= 4 and rest in evidence.ranked:
        return RANKED
    return LISTED if name in evidence.listed else None


def treated_as_class(
    text: str, name: str, start: int, document: tuple[int, int] | None = None
) -> bool:
    """The document treats `name` as a member of a class: some class evidence and no
    evidence that it is one thing (`class_evidence`)."""
    return class_evidence(text, name, start, document) is not None


# the segmenter's tags for a place or a body; not nr, nrt, nz or j, which it also gives
# common words and coinages (智慧: nr, 科普: nrt, 中试: j)
_PROPER_TAGS = frozenset({"ns", "nt", "eng"})


def has_proper_element(words: list[tuple[str, str]], name: str) -> bool:
    """`name` (Simplified; `words` its words and their tags, head last) holds a proper
    element (proper_elements.py: a word tagged a place or body — 香港, 海洋 too: the tag is
    the segmenter's —, a place anywhere in it, places' short names as a word, a Latin word,
    a known body) or a platform the gazetteers know. Linear in the name (at most
    phrases.MAX_LENGTH characters)."""
    return proper_elements.has_proper_element(words, name, _PROPER_TAGS) or bool(
        known_platforms().search(name)
    )


# a plus sign between two words: in the laws it joins the terms of a formula or a
# combination (成本＋利润, 网格员+信息员, 地名＋仲裁委员会: how a name is made, not a name);
# in the laws no body or platform holds one
_COMBINATION = re.compile(r"[\u3400-\u9fffA-Za-z][+＋][\u3400-\u9fff]")


def is_combination(name: str) -> bool:
    """企业+合作社+基地, 全程机械化+综合农事服务中心: parts joined by a plus sign name a
    model of working, or a sort of centre by what it combines, not one facility. Not
    InnoHK (no plus sign) nor a sign after the last word (互联网+, a slogan on its own)."""
    return bool(_COMBINATION.search(name))
