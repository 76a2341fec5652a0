"""Enterprises named by the structure the law gives their names (issue 19, session 21).

The laws name almost no enterprise, so no list learnt from them finds one; but they say how
an enterprise's name is made. 企业名称登记管理规定 (2020) article 6: 行政区划 + 字号 + 行业或者
经营特点 + 组织形式; article 7: the place is a county or higher; article 8: the 字号 has two
characters or more; article 12: a name may begin with 中国, 中华 …; article 14: a group
writes 集团 or （集团） before its form. The forms, group markers and national words are
`enterprise_forms.tsv`, built by `scripts/build_enterprise_forms.py` from the clauses of the
laws that prescribe them (有限责任公司, 股份公司; 厂, 矿: the works and mines whose head the
laws set beside a manager).

A name is read back from its form (…集团公司, …（集团）有限公司, …煤矿, …柴油机厂):
- it reaches left over the words of one phrase, and stops at punctuation, at a word the
  boundary evidence says stops names (由, 的, 要求), at a count or a quality (四起, 特大,
  小), at a verb of the clause (前往, 联系; not 制造, which names hold), and after another
  body's name (…（集团）公司|芦岭煤矿: the mine of a company is named on its own); it
  begins where the evidence's `name_start` puts the start, or later at the first place
  (article 6 puts it first: 被告|北京…);
- it is a name when it begins with a place (大连, 大同市: 行政区划) or a national word (中国)
  with two characters or more after it, or when its 字号 is a proper word the laws hardly
  use (芦岭, 川东北: tagged a place, person, proper noun or abbreviation) — not a class:
  小煤矿, 化工厂, 有关公司, 上市公司 hold none;
- a plant followed by its phase or project (营口电厂|二期, …电厂|建设) is the facility;
- a mine or works numbered after its company's name is part of it (…集团公司|三矿), and the
  document's later bare 三矿 is that unit written short: both forms are in the text.
"""

from __future__ import annotations

import re
from functools import lru_cache

import rjieba

from .boundary_evidence import JURISDICTION_ENDINGS, load_evidence
from .dictionary import places, prepare
from .found_by import tagged
from .phrases import NAME_VERBS, PUNCT, Token, is_verb
from .records import Candidate
from .vocabulary import head_kind, lines_of

__all__ = [
    "ENTERPRISE_RULES",
    "enterprise_forms",
    "enterprise_names",
    "enterprises",
    "unit_short_forms",
]

# the rules of this module (found_by.RULES): a name they read holds a place and a 字号 or
# a rare proper 字号, evidence of one enterprise that body_classes' kind test need not weigh
NAME_RULE = "rule:enterprise-name"
UNIT_RULE = "rule:enterprise-unit"
ENTERPRISE_RULES = frozenset({NAME_RULE, UNIT_RULE})
MAX_LENGTH = 24  # characters: longer runs are clauses, not names
MIN_STYLE = 2  # article 8: a 字号 has two characters or more
# uses in the laws (boundary evidence) under which a word can be a 字号 or a place's name:
# the laws name almost no enterprise, so their everyday words (保安 444, 城镇 552, 上市
# 576 uses) are the words of classes; 华通 (26, one case) and 川 (11) are names
RARE_USES = 30
# tags of the segmenter for a proper word: a place, a person's name (芦岭 read as one),
# another proper noun, an abbreviation (川东北's 川), a Latin word; not nt, an institution
# (交易中心), which is no enterprise's 字号
_PROPER_TAGS = frozenset({"ns", "nr", "nrt", "nrfg", "nz", "j", "eng"})
# a word naming a place with its level (大同市, 左权县): a closed grammatical set of the
# middle dots that join the parts of one name (沈阳机床•重工集团公司)
_JOINING_DOTS = frozenset("•·・")
# a numbered mine or works of a company (三矿, 二厂, 第一煤矿)
_ORDINAL = re.compile("^第[一二三四五六七八九十]{1,3}$")
_UNIT = re.compile("^第?[一二三四五六七八九十]{1,3}(?:煤|号)?[厂矿]$")


@lru_cache(maxsize=1)
def enterprise_forms() -> dict[str, frozenset[str]]:
    """The words of enterprise_forms.tsv by role: form, unit, group, suffix, national."""
    roles: dict[str, set[str]] = {}
    for line in lines_of("enterprise_forms.tsv"):
        word, role = line.split("\t")[:2]
        roles.setdefault(role, set()).add(word)
    return {role: frozenset(words) for role, words in roles.items()}


@lru_cache(maxsize=1)
def _tails() -> tuple[str, ...]:
    """Every word a name may end with, longest first: the forms, the units, and a form
    after a group marker (集团公司, （集团）有限公司); 公司 itself, the form every kind of
    company ends with (有限公司, 股份公司), and 集团 alone (大连某某集团: article 14's word
    is often the whole form written)."""
    forms = enterprise_forms()
    base = set(forms.get("form", ())) | {"公司"}
    groups = forms.get("group", frozenset())
    tails = base | set(forms.get("unit", ())) | set(groups)
    tails |= {g + f for g in groups for f in base}
    return tuple(sorted(tails, key=len, reverse=True))


@lru_cache(maxsize=1)
def _last_characters() -> frozenset[str]:
    return frozenset(t[-1] for t in _tails())


def _tail_of(word: str) -> str:
    """The longest tail `word` ends with, "" if none (most words: their last character
    ends no tail, asked first)."""
    if not word or word[-1] not in _last_characters():
        return ""
    return next((t for t in _tails() if word.endswith(t)), "")


def enterprises(text: str, tokens: list[Token], document: tuple[int, int]) -> list[Candidate]:
    """The enterprises named in the tokens' span, and the numbered units written short,
    each tagged with the rule that found it (found_by.RULES)."""
    return tagged(NAME_RULE, enterprise_names(text, tokens)) + tagged(
        UNIT_RULE, unit_short_forms(text, tokens, document)
    )


def enterprise_names(text: str, tokens: list[Token]) -> list[Candidate]:
    """The enterprises named in the tokens' span of `text` (Simplified)."""
    found = []
    for index, token in enumerate(tokens):
        tail = _tail_of(token.word)
        if not tail or not (token.tag.startswith("n") or token.word == tail):
            continue  # 进厂 ends with 厂: a verb, not a name's form (厂 alone: zg, a morpheme)
        if index + 1 < len(tokens) and _continues(tokens[index + 1]):
            continue  # 煤矿|企业, 公司|债券: the form word qualifies a noun after it
        first = _first_word(tokens, index, tail)
        if first is None:
            continue
        start = tokens[first].start
        end = token.end
        if index + 1 < len(tokens) and _UNIT.match(tokens[index + 1].word):
            end = tokens[index + 1].end  # 阳泉某某集团公司|三矿: the company's numbered mine
        elif index + 1 < len(tokens) and _facility_after(tokens[index + 1].word):
            continue  # 营口电厂|二期, 某某电厂|建设: the plant built, not the enterprise
        if (first > 0 and tokens[first - 1].tag == "r") or "某" in text[start:end]:
            continue  # 某|工贸公司, 依某国际公司: a company the text does not name
        if _after_listed_place(tokens, first):
            continue  # 蒙东、黑龙江|坑口电厂: the plants of each place listed, a kind
        if end - start <= MAX_LENGTH and _is_a_name(tokens, first, index, tail):
            found.append(Candidate("Organization", start, end))
    return found


def _after_listed_place(tokens: list[Token], first: int) -> bool:
    """The name's place is the last of a list of bare places (甲、乙|…电厂): what follows
    is said of each place, a kind of enterprise there, not one enterprise."""
    return (
        first >= 2
        and tokens[first - 1].word == "、"
        and _leads(tokens[first])
        and (_leads(tokens[first - 2]) or tokens[first - 2].tag == "ns")
    )


def _facility_after(word: str) -> bool:
    """A phase or the project of a plant or mine after its name: the facility is meant."""
    return bool(_PHASE.match(word)) or word.startswith(_PROJECT_WORDS)


# the words after a plant's name that make it the facility (a closed set of the nouns of
# building: 项目 project, 工程 works, 建设 building, 厂址 site; facility_kinds.py reads
# platforms the same way)
_PROJECT_WORDS = ("项目", "工程", "建设", "厂址")  # also as a word's start: 建设项目
_PHASE = re.compile("^第?[一二三四五六七八九十0-9]{1,3}期$")


def _continues(following: Token) -> bool:
    """A noun right after the form that makes the phrase a kind (煤矿|企业, 公司|债券)."""
    return following.tag == "n" and following.word in _CLASS_AFTER


# nouns after a form that make it a modifier: a closed set of the class nouns of the
# enterprise-name rules' own wording (企业, 集团 as 企业集团 …) and of securities
_CLASS_AFTER = frozenset({"企业", "行业", "债券", "股票", "法人", "制度", "形式"})


def _first_word(tokens: list[Token], index: int, tail: str) -> int | None:
    """The index of the name's first word, reaching left from the form at tokens[index];
    None when nothing before the form can be a name's."""
    evidence = load_evidence()
    groups = enterprise_forms().get("group", frozenset())
    own = tokens[index].word[: -len(tail)]  # 柴油机|厂: the words the segmenter glued on
    first = index
    k = index - 1
    while k >= 0 and tokens[index].end - tokens[k].start <= MAX_LENGTH:
        word = tokens[k].word
        if word in _JOINING_DOTS and k > 0 and _is_han(tokens[k - 1].word):
            k -= 1
            continue
        if word in _CLOSING and _group_marker(tokens, k):
            k -= 3  # （集团）: article 14's marker, inside the name
            continue
        if _ORDINAL.match(word) and k > 0 and _leads(tokens[k - 1]):
            first, k = k, k - 1  # 中国|第一|重型机械…: an ordinal after a place is its 字号's
            continue
        if PUNCT.search(word) or not _is_han(word):
            break
        if evidence.stops_name(word) and word not in NAME_VERBS:
            break  # 由, 的, 要求; not 制造 (汽车制造), a verb names hold (phrases.NAME_VERBS)
        if tokens[k].tag in _QUALIFIER_TAGS:
            break  # 四起|特大|煤矿, 小|煤矿: a count or a quality qualifies a kind
        if _verb(tokens, k):
            break  # 前往|…公司, 联系|…公司
        if (_tail_of(word) and word not in groups) or (k < index - 1 and head_kind(word)):
            break  # …（集团）公司|芦岭煤矿, …公司|二矿, 交通局|…: another body ends here
        first = k
        k -= 1
    if first == index:
        return index if len(own) >= MIN_STYLE else None
    # the evidence reads the words without the dots that join a name's parts (重工•起重)
    kept = [k for k in range(first, index + 1) if tokens[k].word not in _JOINING_DOTS]
    if any(_ORDINAL.match(tokens[k].word) for k in kept):
        start = first  # the ordinal is a numeral to the evidence, part of the name here
    else:
        start = kept[evidence.name_start([tokens[k].word for k in kept])]
    return _opening(tokens, start, index)


def _opening(tokens: list[Token], start: int, index: int) -> int:
    """Article 6 puts the place first: the name begins at its first place or national
    word (被告|北京某某有限公司, 张某|诉|北京…), else at its first proper word other than a
    person's (中|石油|川西北气矿), else where the evidence put it."""
    words = range(start, index)
    place = next((k for k in words if _leads(tokens[k])), None)
    if place is not None:
        return place
    proper = (k for k in words if tokens[k].tag in _PROPER_TAGS - _PERSON_TAGS)
    return next(proper, start)


def _verb(tokens: list[Token], k: int) -> bool:
    """A verb that is no part of a name (phrases.is_verb: not 制造, 投资, which names hold),
    unless a place (包头, tagged a verb) or joined to the name by a dot (重工•起重)."""
    joined = k > 0 and tokens[k - 1].word in _JOINING_DOTS
    return is_verb(tokens[k]) and not joined and not _place(tokens[k])


def _leads(token: Token) -> bool:
    """A place or a national word that the segmenter reads as a place (中国, 中华; not
    全国, 国际: 全国性公司 is a class), which may be followed by an ordinal (中国|第一)."""
    national = token.word in enterprise_forms().get("national", ()) and token.tag == "ns"
    return national or _place(token)


# article 14's marker is written in full-width or ASCII brackets: （集团） or (集团)
_CLOSING = frozenset({")", "）"})
_FULL_WIDTH = str.maketrans("()", "（）")


def _group_marker(tokens: list[Token], close: int) -> bool:
    return (
        close >= 2
        and tokens[close - 2].word in ("(", "（")
        and "（" + tokens[close - 1].word + "）" in enterprise_forms().get("group", ())
    )


def _is_han(word: str) -> bool:
    return any("\u3400" <= c <= "\u9fff" for c in word)


def _is_a_name(tokens: list[Token], first: int, index: int, tail: str) -> bool:
    """Article 6–8 and 12: a place or a national word then a 字号 of two characters or
    more, or a 字号 of its own that is a proper word the laws hardly use (芦岭, 川东北);
    not a class of enterprises (上市公司, 保安服务公司, 城镇污水处理厂: words the laws use
    every day, 保安 444 times, 城镇 552)."""
    words = tokens[first : index + 1]
    # (集团) as （集团）: the forms file writes article 14's marker full-width
    body = "".join(t.word for t in words)[: -len(tail)].translate(_FULL_WIDTH)
    for marker in sorted(enterprise_forms().get("group", ()), key=len, reverse=True):
        body = body.removesuffix(marker)  # 太原钢铁|（集团）|有限公司
    lead = 0
    while lead < len(words) - 1 and _place(words[lead]):
        lead += 1
    if lead == 0 and _leads(words[0]):
        lead = 1
    style = body[sum(len(t.word) for t in words[:lead]) :]
    if len(style.translate(_NO_DOTS)) < MIN_STYLE:
        return False  # 山西|煤矿, 全国|小煤矿: no 字号
    if lead and index - first - lead == 1 and _class_style(words[lead], words[-1], tail):
        return False
    return bool(lead) or any(_proper_style(t) for t in words[:-1])


def _class_style(word: Token, form: Token, tail: str) -> bool:
    """The 字号 is one everyday word of the laws (乡镇 394 uses) before a form with at most
    an industry's character (山西省|乡镇|煤矿, 陕西省|地方|煤矿): a class of enterprises in
    the province. Not a character that ends a place's own name (河南|村|煤矿: a village's
    mine), nor a form's token carrying a word of its own (柳州|工程|机械厂)."""
    own = len(form.word) - len(tail)
    return len(word.word) >= MIN_STYLE and own < MIN_STYLE and not _rare(word.word)


def _proper_style(token: Token) -> bool:
    """A word a 字号 is made of: tagged proper by the segmenter, and one the laws hardly
    use (the laws name almost no enterprise); not a negation (非上市)."""
    return (
        token.tag in _PROPER_TAGS
        and len(token.word) >= MIN_STYLE
        and _rare(token.word)
        and not token.word.startswith("非")
    )


# a numeral, a measure word, an adjective, a distinguishing word (特大, 大型, 国有): words
# that qualify a kind of enterprise, never a 字号's (a closed set of the segmenter's tags)
_QUALIFIER_TAGS = frozenset({"m", "q", "mq", "a", "b"})
_PERSON_TAGS = frozenset({"nr", "nrfg"})
_NO_DOTS = str.maketrans("", "", "".join(_JOINING_DOTS))


def _place(token: Token) -> bool:
    """A place (article 7): one of the region's places, a word the segmenter's dictionary
    knows with a level after it as one place (大连 → 大连市), or a word naming a place with
    its level (大同市, 左权县) that the laws hardly use (not 各市, 城市: classes)."""
    word = token.word
    if word in places() or _place_with_level(word):
        return True
    if len(word) < 3 or not word.endswith(JURISDICTION_ENDINGS) or not token.tag.startswith("n"):
        return False
    return _rare(word) and _rare(word[-2:])  # not 非上市: 上市 is a word of the laws


def _rare(word: str) -> bool:
    found = load_evidence().word(word)
    return found is None or found.count < RARE_USES


@lru_cache(maxsize=16384)
def _place_with_level(word: str) -> bool:
    """The segmenter's dictionary knows the word with a level after it as one place
    (大连 → 大连市, 阳泉 → 阳泉市): the stem of a place's name."""
    if not 2 <= len(word) <= 4 or not _is_han(word):
        return False
    prepare()
    return any(rjieba.tag(word + level) == [(word + level, "ns")] for level in "市县省")


# a numbered unit right after a company's or a group's form or a works' or mine's (the
# ends of _tails(), written out: a regular expression over the document, once)
_UNIT_AFTER_FORM = re.compile("(?:公司|集团|厂|矿)(第?[一二三四五六七八九十]{1,3}(?:煤|号)?[厂矿])")


def unit_short_forms(text: str, tokens: list[Token], document: tuple[int, int]) -> list[Candidate]:
    """三矿 written bare in a document that also writes it after its company's name
    (…集团公司三矿): the numbered unit written short, the same mine. Where the document
    writes it only bare, it is left alone (which company's third mine is not said)."""
    units = _units_after_forms(text, *document)
    return [
        Candidate("Organization", t.start, t.end)
        for i, t in enumerate(tokens)
        if t.word in units and not (i and _tail_of(tokens[i - 1].word))
    ]


@lru_cache(maxsize=4)
def _units_after_forms(text: str, start: int, end: int) -> frozenset[str]:
    """The numbered units the document writes right after an enterprise's form; once per
    document (the text's hash is kept by the string: a cache hit costs no scan)."""
    return frozenset(m.group(1) for m in _UNIT_AFTER_FORM.finditer(text, start, end))
