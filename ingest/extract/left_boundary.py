"""The left boundary of every finished name, decided on the pair (issue 19, session 18).

Each recogniser (the head path, the fund readings, the lists, the short forms) decides where
its names begin by its own rules; what passes all of them still has a clause word glued to
its left: 原列|經濟部, 經商|信息產業部, 布局|北京市重點實驗室, 西距|重慶市巫山縣培石鄉政府,
由市|人民政府. Session 16 showed why a gate on the first word alone fails: the glued verbs
(委任, 規定, 存儲) behave in the laws like the field words of real names (聯合, 失業, 發展).
So this step decides on the *pair*, the words before and the name after, and trusts a cut
only where the name after is a name by evidence from outside the sentence:

- `clause_word_before_a_name`: the words before are none of them name material (a place, a
  proper noun, a name's first word such as 國家, a numeral, a word ending in a head or a
  class noun of bodies, an adjective or distinguishing word such as 最高, 新型, a Latin word,
  the words the laws' units begin with more often than they stand before them) and the rest
  is an *attested name* by itself (`_attested_name`): a body of the gazetteers or a unit
  the laws repeat whole that begins as names begin (`clauses.known_name`), one word the dictionary calls a body
  of four characters or more (信息產業部), or a place the dictionary knows followed by words
  that end in a head (北京市|重點|實驗室). The label itself must be no known name or unit
  (中華人民共和國國務院 stays whole because 中華人民共和國 is a place; 最高人民法院 because 最高
  qualifies).
- `glued_function_character`: the segmenter glued a one-character function word (由, 向,
  對: a preposition, conjunction or adverb of the laws) to the first
  character of the name, as one word the dictionary knows (由市, 向省), and that character
  with the rest is a unit the laws repeat whole (市|人民政府): the function character goes;
  also after words that are no name material (額度|由|市人民政府).
- `verb_after_modal`: the sentence itself puts the label's first word in a predicate's
  place (right after a modal such as 得, 應, an adverb of the laws, or an article cited
  as a subject, 第三十一款規定…), the word is a verb of the laws and the rest can stand as
  a name (得|委任|管理局). Not after a heading's article number (第七条　…), which opens a
  sentence.

Where the words before are a verb that takes names (`governs_names`: 委任, 規定, before ≥ 20
units of the laws and as often as it begins or sits inside one; the boundary evidence asks
it, since session 21 on units that are no verb's own phrase), session 16's problem comes
back on the pair too: 聯合, 發展, 合作, 金融 pass the same test, so the name after must be
an attested name by the lists or the dictionary, not only a unit of the laws (a first version
that took any unit of two words cut 醫療|科技創新平台 and 金融|科技創新平台, gold names).

Session 26 added two rules the judged labels measured first (benchmarks/RESULTS.md, "The
issue's own bad labels"): `relative_clause_first`, 所 and one verb character that no unit of
the laws holds (本法所定|某委員會, 其所隸|某司令部) goes before whatever follows, as a
conjunction does; and `verb_before_a_named_whole`, a clause word before words that begin as
a name of its own begins (a name's first word, a place, a place with its level: 指导|全国…组织)
and can stand as a name goes, as before an attested name, when it is the label's first word:
after such a word the name's own first word, not a field (研究|发展基金), follows.

An item's number in brackets before a label (（五）) is never part of a name either: it
goes, and the rest is judged by the rules above. Nor is a conjunction as the label's first
word (`conjunction_first`: 暨|行政院衛生署, 及|…: it joins the name to one before it).

`left_cut(label, before)` returns how many characters of the label (either script) go, 0 when
none; `entities.recognise` applies it to every candidate of every kind, once, after all
recognisers, and judges what is left as a name again (a class such as 市人民政府 goes);
`citations` applies it to the bodies it reads before a cited title as the work's parties
(（五）要認真貫徹執行|國務院…批轉的《…》), which no recogniser of `entities` sees.

Cost: per label, one segmentation and a cached look-up per word boundary; the pair rules,
whose cost grows with the words after the boundary, are asked only where what is left is no
longer than a name can be (`phrases.MAX_LENGTH` characters), so a label of any length
(`citations` passes party strings whole) costs time linear in its length.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from ..script import to_simplified
from .boundary_evidence import (
    ADVERB_TAGS,
    NUMERAL,
    NUMERAL_TAGS,
    PROPER_TAGS,
    STOP,
    VERB_TAGS,
    WEAK_EVIDENCE,
    load_evidence,
)
from .clauses import CONJUNCTIONS, known_name, listed_body
from .phrases import MAX_LENGTH, NAME_START_WORDS, places
from .vocabulary import category_of, ends_with_head, false_heads, head_kind, is_head

__all__ = ["governs_names", "left_cut", "name_material", "relative_clause_word"]

# words that describe what a name names rather than govern it: adjectives and the
# distinguishing words of rjieba's tag set (最高, 新型, 高等)
_DESCRIBING_TAGS = frozenset({"a", "b", "ag", "an", "z"})
_NAME_TAGS = PROPER_TAGS | NUMERAL_TAGS | {"j", "eng"}
BODY_WORD_CHARS = 4  # one word the dictionary calls a body is a whole name from this length
# a character that stops names as a function word (由, 向: a preposition, conjunction or
# adverb of the laws); not a predicate, which is as often a word's first character (退|撫
# of 退撫基金, the pension fund)
_GLUE_RULES = frozenset({"function_tag"})
_FUNCTION_RULES = frozenset({"function_tag", "function_pair"})


def left_cut(label: str, before: str = "") -> int:
    """Characters of `label` glued before the name it holds, by the rules above; 0 when
    the label begins where its name begins. `before`: the text right before the label
    (a few characters of its sentence, either script), for `verb_after_modal`."""
    simplified = to_simplified(label)
    enumerator = _ENUMERATOR.match(simplified)  # （五）: an item's number, never a name's
    if enumerator:
        rest = simplified[enumerator.end() :]
        return enumerator.end() + left_cut(rest) if len(rest) >= 2 else 0
    evidence = load_evidence()
    words = [w for w, _, _ in evidence.segment(simplified)]
    if len(words) < 2:
        return 0
    if words[0] in CONJUNCTIONS:  # 暨|行政院衛生署: "and" joins the name to the one before
        rest = simplified[len(words[0]) :]
        return len(words[0]) + left_cut(rest) if len(rest) >= 2 else 0
    if _former_before_a_name(words):  # 原|甲部乙局: the body it was, under its name
        return len(words[0]) + left_cut(simplified[len(words[0]) :])
    if relative_clause_word(words[0]):  # 所定|…: "that which … sets", no name's first word
        rest = simplified[len(words[0]) :]
        return len(words[0]) + left_cut(rest) if len(rest) >= 2 else 0
    if _glued_function_character(words):
        return 1
    if _known_whole(words):
        return 0
    if _verb_before_its_object(words) or _verb_before_a_named_whole(words):
        return len(words[0])
    if (
        _predicate_here(to_simplified(before))
        and _verb_before_a_body(words)
        and not (_ARTICLE.search(to_simplified(before)) and _begins_names(words[0]))
    ):
        return len(words[0])
    length = sum(map(len, words))
    cut = 0  # characters of the words before words[k]
    for k in range(1, len(words)):
        cut += len(words[k - 1])
        if name_material(words[k - 1]):
            return 0  # the name reaches back at least to this word
        # a cut that leaves more than any name holds (phrases.MAX_LENGTH) is none: only the
        # last boundaries are judged as pairs, which keeps a long label linear
        if length - cut - 1 <= MAX_LENGTH and _glued_function_character(words[k:]):
            return cut + 1  # 額度|由市人民政府
        if length - cut <= MAX_LENGTH and _clause_word(words[k - 1], words[k:]):
            return cut
    return 0


_RELATIVE = "所"  # 所 + a verb: "what … sets", the head of a relative clause (所定, 所隸)


def relative_clause_word(word: str) -> bool:
    """`relative_clause_first` (session 26): 所 and one verb character, a word the laws
    never put at the start of or inside a unit (所定, 所列, 所稱; unseen: 所隸, 所組): a
    relative clause's verb (本法所定|某委員會, 其所隸|某司令部), which a name never begins
    with. 所屬 stays: the laws' units hold it 665 times (所屬機構), and so does 所在地, a
    word of three characters. On the judged labels: 5 bad (V 4, A 1), no good label."""
    if len(word) != 2 or word[0] != _RELATIVE:
        return False
    found = load_evidence().word(word)
    return found is None or found.begin_unit + found.inside_unit == 0


def _clause_word(word: str, rest: Sequence[str]) -> bool:
    """`word`, right before `rest`, is a clause's and `rest` an attested name: `word` is a
    verb of the laws (a verb tag, or after an adverb or modal in ≥ 1 % of its uses and
    before ≥ 20 units: 委任, 規定, 指導), a function word, or two characters that each are
    one (經|商); or, before a listed or known name or a place named with its level, a word
    the laws barely know (原列, 西距: the segmenter's join of two words; a place the laws
    never write alone, 大連, is no clause word before a zone). A noun the laws use often
    stays (人力資源|社會保障部, 財團法人|…基金會)."""
    if word in CONJUNCTIONS:
        return False  # two things joined (內地與|香港…): clauses.joined_names decides
    evidence = load_evidence()
    found = evidence.word(word)
    if found is None or found.count < WEAK_EVIDENCE:
        return _known_name(rest) or (evidence.jurisdiction(rest[0]) and _attested_name(rest))
    clause = _stops_as_clause_word(word) or governs_names(word) or _stop_pair(word)
    return clause and _attested_name(rest)


# one character, a word of its own, that says a body is the former one (原|卫生部, 前|某省政府):
# not 原子能…, 前海… or 原审…, which the segmenter reads as words of their own
_FORMER = frozenset({"原", "前"})


def _former_before_a_name(words: Sequence[str]) -> bool:
    """`former_before_a_name` (session 30): 原 or 前 alone before words that are a name of
    their own (an attested name, or one that begins as names begin: a place, 国家, 中央)
    says which body the text means, the one that was; the name is the body's, and the
    qualifier is the sentence's (the gold names a former body without its 原)."""
    rest = words[1:]
    if words[0] not in _FORMER or not rest:
        return False
    name = "".join(rest)
    if len(rest) == 1:  # one word the dictionary calls a body (卫生部), not a bare head
        return len(name) >= 3 and load_evidence().tag(name) == "nt" and ends_with_head(name)
    return _attested_name(rest) or (_name_of_its_own(rest) and ends_with_head(name))


def _verb_before_a_named_whole(words: Sequence[str]) -> bool:
    """`verb_before_a_named_whole`: the label's first word is a clause word (as
    `_clause_word` reads one, not name material) and the rest a name of its own. Only the
    first word: further in, a field and a verbal noun before a place belong to the name
    (某器械|审评|检查|大湾区分中心, a centre named by its task and its region)."""
    first, rest = words[0], words[1:]
    found = load_evidence().word(first)
    if found is None or found.count < WEAK_EVIDENCE or first in CONJUNCTIONS:
        return False
    if name_material(first) or len("".join(rest)) > MAX_LENGTH:
        return False
    clause = _stops_as_clause_word(first) or governs_names(first) or _stop_pair(first)
    return clause and _name_of_its_own(rest)


def _name_of_its_own(words: Sequence[str]) -> bool:
    """`verb_before_a_named_whole` (session 26): the words begin as a name of its own
    begins, with a name's first word, a place or a place named with its level (全国|…,
    国家|…, 某省|…), and can stand as a name: after a clause word they are its object,
    a whole class or body (指导|全国…组织, 代表|某特别行政区政府), not the field of a name
    (研究|发展基金 begins with no such word). On the judged labels of sessions 13–26, with a
    clause word before it: 6 V and 1 A, no good label."""
    evidence, first = load_evidence(), words[0]
    begins = first in NAME_START_WORDS or first in places() or evidence.jurisdiction(first)
    return begins and evidence.complete_name(words)


def _stops_as_clause_word(word: str) -> bool:
    """A STOP vote of the evidence that speaks for a clause word: any rule but
    `predicate_position` alone, which also fires on nouns the laws put after an adverb now
    and then (儿童, 国民, 工厂: 儿童|福利基金 is one fund), so that one needs a verb tag."""
    evidence = load_evidence()
    rules = {rule for rule, vote in evidence.votes(word) if vote == STOP}
    if rules - {"predicate_position"}:
        return True
    return bool(rules) and evidence.tag(word) in VERB_TAGS


def _stop_pair(word: str) -> bool:
    """Two characters that each stop a name in the laws (經|商: "after consulting"), read
    by the segmenter as one word of another sense (經商, to do business)."""
    return len(word) == 2 and all(load_evidence().stops_name(c) for c in word)


@lru_cache(maxsize=65536)
def governs_names(word: str) -> bool:
    """A verb of the laws that takes names as its object (`BoundaryEvidence.governs_names`:
    委任, 規定, 指導; not 國家, a noun that begins units)."""
    return load_evidence().governs_names(word)


# modal verbs of the laws that put the next word in a predicate's place (得 of the Taiwan
# statutes, 應, 須, 可): a closed set of the grammar, the adverbs come from the evidence
_MODALS = frozenset({"得", "应", "应当", "须", "必须", "可", "可以", "不得", "应予", "均"})


def is_modal(word: str) -> bool:
    """A modal verb of the laws (得, 应当, 不得): the next word stands in a predicate's place."""
    return word in _MODALS


# adverbs the segmenter glues to a one-character modal (并应, 另应, 均应, 亦得; 应即): a
# closed set of the grammar, "also, besides, each, likewise" and "at once"
_GLUED_TO_MODAL = frozenset("并另均亦即")


def ends_in_modal(word: str) -> bool:
    """`word` is a modal (is_modal) or one the segmenter glued to an adverb (并应, 应即)."""
    if is_modal(word):
        return True
    return len(word) == 2 and (
        (word[0] in _GLUED_TO_MODAL and is_modal(word[1]))
        or (is_modal(word[0]) and word[1] in _GLUED_TO_MODAL)
    )


# a verb by its tag, not a verbal noun (體育, 分組: vn, fields of names after 特定, 就)
_PLAIN_VERB_TAGS = frozenset({"v", "vd", "vi"})
_ENUMERATOR = re.compile(r"[（(][0-9０-９一二三四五六七八九十]{1,3}[）)]\s*")
_ARTICLE = re.compile("第[0-9０-９〇零一二三四五六七八九十百千]+[条款项]$")


def _predicate_here(before: str) -> bool:
    """The word right before the label puts its first word in a predicate's place: a
    modal, an adverb of the laws, or an article cited as a subject, written on (第三十一款
    規定…)."""
    if not before or before[-1].isspace():
        return False  # a heading's article number (第七条　…) opens a sentence, governs nothing
    if _ARTICLE.search(before):
        return True
    words = load_evidence().segment(before)
    last = words[-1][0] if words else ""
    return last in _MODALS or load_evidence().tag(last) in ADVERB_TAGS


# after an article's number the first word is the article's verb (第三十一款|規定) or the
# first word of what the article provides for (第六條|金融科技…平台): a word the laws put in
# (at the start of or inside) one unit for every ARTICLE_BEGIN_RATIO they put it before one
# (金融: 47 in, 128 before; 能源: 35 and 89; 規定: 9 and 332) is read as the latter
ARTICLE_BEGIN_RATIO = 10


def _begins_names(word: str) -> bool:
    found = load_evidence().word(word)
    inside = found.begin_unit + found.inside_unit if found else 0
    return found is not None and inside * ARTICLE_BEGIN_RATIO > found.before_unit


def _verb_before_a_body(words: Sequence[str]) -> bool:
    """`verb_after_modal`: in a predicate's place, the label's first word is a verb of the
    laws (not name material; a verb tag other than a verbal noun's, or a verb that takes
    names, `governs_names`:
    得|委任|管理局, 第三十一款|規定|管理局) and the rest can stand as a name (two words or
    more, or one body word of three characters or more: 管理局, 經濟部). Not a noun the
    laws put after adverbs now and then (科目, 問題: 1.8 %), which the word before, tagged
    an adverb, only qualifies (特定|科目教學研究委員會)."""
    evidence = load_evidence()
    first = words[0]
    found = evidence.word(first)
    if found is None or found.count < WEAK_EVIDENCE or len(first) < 2 or name_material(first):
        return False
    if found.tag not in _PLAIN_VERB_TAGS and not governs_names(first):
        return False  # a noun after a word tagged an adverb: 特定|科目, 特定|體育團體…
    return evidence.complete_name(words[1:])


# a fund is often named by its purpose, a verb and its object (引進|海外青年人才發展專項資金,
# 扶持|小微企業…資金), so a verb before a fund's name is left to the fund readings
_PURPOSE_NAMED_KINDS = frozenset({"Fund"})
OBJECT_NAME_WORDS = 3  # a name of its own after the verb: a first word, words, a head


def _verb_before_its_object(words: Sequence[str]) -> bool:
    """`verb_before_its_object`: the label's first word is a verb that takes the name after
    it as its object (運用|新型電子政務平台, 培育|長三角…聯盟, 布局|廣州市重點實驗室). The verb alone
    cannot tell: 運用 never begins or sits in a unit of the laws, nor do 研究, 合作, 聯合
    (their names are one word to the segmenter: 聯合國, 合作社). What follows it can: a
    name of its own, which begins where names begin, with a place or a level (北京市…: a
    place named with its level is an attested name after any common word, `_attested_name`),
    or, after a plain verb of the laws (tag v or vn, ≥ 50 uses) that begins no unit of
    them, with a place the dictionary knows (長三角) or a describing word (新, 新型) and at
    least three words ending in a head. A verb before a field and a head stays (聯合|執法|
    辦公室, 振興|西部|辦: a bare field, no name of its own), and so does one before a fund."""
    first, rest = words[0], words[1:]
    evidence = load_evidence()
    found = evidence.word(first)
    if found is None or found.count < WEAK_EVIDENCE or len(first) < 2 or len(rest) < 2:
        return False
    if first in NAME_START_WORDS or first in places() or found.tag in _NAME_TAGS:
        return False  # 中國|北京市…, 國家|…: the name reaches back to it
    kind = head_kind("".join(rest))
    if kind is None or kind in _PURPOSE_NAMED_KINDS:
        return False
    if evidence.jurisdiction(rest[0]):
        return _attested_name(rest)
    if found.tag not in _OBJECT_VERB_TAGS or found.begin_unit:
        return False
    opener = evidence.tag(rest[0])
    return len(rest) >= OBJECT_NAME_WORDS and (opener == "ns" or opener in _DESCRIBING_TAGS)


_OBJECT_VERB_TAGS = frozenset({"v", "vn"})


def _known_whole(words: Sequence[str]) -> bool:
    """The label as a whole is a listed body or a unit the laws repeat whole."""
    return listed_body("".join(words)) or load_evidence().is_unit(words)


@lru_cache(maxsize=65536)
def name_material(word: str) -> bool:
    """Can the word stand in a name, before its place or body (strict: evidence that it
    does, not only the absence of evidence that it does not)?"""
    evidence = load_evidence()
    if not any("\u3400" <= ch <= "\u9fff" for ch in word) or NUMERAL.match(word):
        return True  # Latin, digits: InnoHK, 第十三届
    if word in NAME_START_WORDS or word in places():
        return True
    if {rule for rule, _ in evidence.votes(word)} & _FUNCTION_RULES:
        return False  # a function word, whatever the dictionary tags it (五要: b)
    if (ends_with_head(word) and word not in false_heads()) or category_of(word):
        return True  # a body or a class of bodies before a body: 經濟部|標準檢驗局
    tag = evidence.tag(word)
    if tag in _NAME_TAGS or tag in _DESCRIBING_TAGS:
        return True
    found = evidence.word(word)
    return bool(found and found.begin_unit > found.before_unit)  # it begins units (中国)


def _attested_name(words: Sequence[str]) -> bool:
    """The words are a whole name attested outside the sentence: a listed body or a unit
    of the laws (`_known_name`), one word the dictionary calls a body, or a place and words
    that end in a head. Stricter than `BoundaryEvidence.complete_name`, which asks only
    whether the words *can* stand as a name (any two words, a bare corpus head)."""
    name = "".join(words)
    if len(name) < 3 or is_head(name):
        return False
    if _known_name(words):
        return True
    evidence = load_evidence()
    if len(words) == 1:
        return len(name) >= BODY_WORD_CHARS and evidence.tag(name) == "nt" and ends_with_head(name)
    # a place the dictionary knows, then words that end in a head: 北京市|重點|實驗室
    return evidence.tag(words[0]) == "ns" and len(words[0]) >= 2 and ends_with_head(name)


def _known_name(words: Sequence[str]) -> bool:
    """A listed body, or a unit the laws repeat whole that begins as names begin."""
    name = "".join(words)
    return len(name) >= 3 and not is_head(name) and known_name(list(words))


def _glued_function_character(words: Sequence[str]) -> bool:
    """The first word is a function character glued to the name's first character (由|市
    of 由市人民政府) and that character and the rest are a unit of the laws."""
    first = words[0]
    if len(first) != 2 or len(words) < 2:
        return False  # 市|科委: one word, no name after it
    evidence = load_evidence()
    if evidence.word(first[0]) is None:
        return False
    rules = {rule for rule, vote in evidence.votes(first[0]) if vote == STOP}
    return bool(rules & _GLUE_RULES) and evidence.is_unit([first[1], *words[1:]])
