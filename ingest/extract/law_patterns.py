"""Laws cited without 《》, read by the pattern of the clause that cites them: 依工廠管理輔導法
第三十七條, 違反…之規定, 可以参照…办法 (a verb only a law takes), 根据…纲要; a verb glued before
the name cut off (`_without_leading_verb`). Moved out of citations.py; `_named_without_brackets`
there judges what these patterns find with the other readers'."""

from __future__ import annotations

import re
from itertools import chain

import rjieba
from policykg.ingest.script import to_simplified

from .body_classes import has_proper_element
from .boundary_evidence import load_evidence
from .dictionary import prepare
from .law_titles import (
    APPLYING_VERBS,
    BASED_ON_VERBS,
    applies_a_law,
    begins_a_listed_title,
    either_script,
    ends_a_listed_title,
    is_known_title,
)
from .orgnames import has_body_suffix

# 依工廠管理輔導法第三十七條, 依訴願法之規定, 不受預算法第六十二條…之限制, 違反公務人員
# 行政中立法之情事, 依預算法、會計法及相關法令規定: laws cited by article number or as the
# source of a rule, without 《》, alone or listed with 、
_LAW_BEFORE = (
    r"(?:(?<=[依與与和及或、，；：（(])|(?<=或者)|"
    + "|".join(f"(?<={verb})" for verb in either_script(APPLYING_VERBS))
    + ")"
)
# the heads of a law's title that _LAW_NAME reads whatever the words before them: titles
# ending so are its, not kind_titles' (which reads 要点, 标准, 纲要 … after the same frames)
LAW_HEADS = r"(?:法|條例|条例|規則|规则|辦法|办法|細則|细则)"
# what never begins a law's title: a word pointing back at a law already named (本法, 該法,
# 同法, 前述…), an ordinal, a verb of basing or referring
_NOT_A_TITLE_START = "本該该前同此上下第其指據据照根者"  # 者: the rest of 或者
_LAW_NAME = (
    rf"(?![{_NOT_A_TITLE_START}]|不?(?:{'|'.join(either_script(APPLYING_VERBS))}))"
    r"(?:基本|[^\W\d_按應应依的與与和及或本於于在將将為为受]){1,24}?"  # 票據法: 據 only not first;
    # 本 only in 基本法 (科學技術基本法), never 本法
    rf"(?!(?<=方)法){LAW_HEADS}"  # 计税|方法, 製圖|方法: 法 ends the word 方法 (a method), no law's head
)
_LAW_RULE = (
    r"(?=第[〇零一二三四五六七八九十百千\d]+[條条]|之?(?:相關|相关|有關|有关)?(?:規定|规定)|之情事"
    r"|[及和与與]其?(?:他)?(?:相關|相关|有關|有关)(?:法令|法規|法规|法律)?(?:規定|规定))"
)
_LAW_CITED = re.compile(rf"{_LAW_BEFORE}(?P<names>(?:{_LAW_NAME}、)*{_LAW_NAME}){_LAW_RULE}")
# 可以参照国家公务员医疗补助办法，实行…: a law's name right after a verb only a law takes,
# ending the clause or joined to another law, is cited even without an article or 规定
MIN_APPLIED_NAME = 6  # characters: 议事规则, 管理办法 name a kind of rules, not one
_LAW_APPLIED = re.compile(
    rf"(?:{'|'.join(either_script(APPLYING_VERBS))})"
    rf"(?P<names>(?:{_LAW_NAME}、)*{_LAW_NAME})(?=[，。；,;）)]|[及和与與或](?!其))"
)
# 根据示范区发展规划纲要的要求: an outline (纲要 names one document, never a class) that a
# rule is made according to, cited by its short title
_OUTLINE_CITED = re.compile(
    rf"(?:{'|'.join(either_script((*BASED_ON_VERBS, '遵照', '落实')))})"
    r"(?P<name>(?![本該该各此其上有相])[^，。；：、\s“”「」『』《》的]{2,20}?(?:纲要|綱要))"
    r"(?=[的和及與与、，。；]|$)"
)


_FUNCTION_TAGS = frozenset({"p", "c", "d", "ad"})
_VERB_TAGS = frozenset({"v", "vd"})


def _without_leading_verb(name: str, offset: int) -> tuple[str, int]:
    """A law's name found by pattern less the words before it that the boundary evidence says
    do not begin a name: function words (并|不适用民法), verbs of applying a law (符合, 违反)
    and other verbs that begin no listed law title (参照|金融企业…办法; 促进|产业升级条例
    keeps 促进, which begins listed titles); and a verb before a known title that, with it,
    is neither a title nor a title's tail (犯|刑法, 构成|刑法: the offence's verb, though 犯
    begins listed titles; 调解仲裁法 stays, the tail of 劳动争议调解仲裁法)."""
    evidence = load_evidence()
    words = evidence.segment(name)
    cut = 0
    for word, _, word_end in words[:-1]:
        tag = evidence.tag(word)
        if not applies_a_law(word) and not (
            evidence.stops_name(word)
            and (tag in _FUNCTION_TAGS or (tag in _VERB_TAGS and not begins_a_listed_title(word)))
        ):
            break
        cut = word_end
    if cut == 0 and len(words) > 1 and evidence.tag(words[0][0]) in _VERB_TAGS:
        rest, whole = words[0][2], to_simplified(name)
        # 调解|仲裁法 is a title's tail (劳动争议调解仲裁法), a short form: kept whole
        if is_known_title(to_simplified(name[rest:])) and not (
            is_known_title(whole) or ends_a_listed_title(whole)
        ):
            cut = rest
    return name[cut:], offset + cut


# 依憲法第四條, 不受民法第四百四十條: a two-character law's title is a title only with the
# article it cites (a kind word alone, 办法第三条, is none, nor a law pointed back at: 準用該法第五條)
_TWO_CHARACTER_LAW = re.compile(
    rf"(?!办法|辦法|条例|條例|规则|規則|细则|細則|[{_NOT_A_TITLE_START}])[^\W\d_]{{2}}"
    r"第[〇零一二三四五六七八九十百千\d]+[條条].*",
    re.S,
)
_LAW_BEFORE_ONE = re.compile(
    rf"(?:^|[依與与和及或、，；：（(\n]|{'|'.join(either_script(APPLYING_VERBS))})$"
)


def two_character_law(text: str, start: int, end: int, limit: int) -> bool:
    """民法第四百四十條 after 不受, 依憲法第四條: the two characters are the whole title (not
    the rest of 幼|照法 once a word was cut off) and the article follows."""
    return bool(
        _TWO_CHARACTER_LAW.fullmatch(text, start, min(limit, end + 12))
        and _LAW_BEFORE_ONE.search(text[max(0, start - 2) : start])
    )


# 规则 written in Simplified: a Mainland text's rules. The Legislation Law's ranks are named
# 法, 条例, 规定, 办法 (行政法规制定程序条例 art. 5, 规章制定程序条例 art. 7: a rule-making
# body's act is never titled 规则 by rank), so a Mainland 规则 is one body's (an exchange's,
# a ministry's): its title names the body or a place, or it is a listed title. Taiwan's
# 中央法規標準法 art. 3 makes 規則 a rank of its own: 規則 (Traditional) is left as read.
_MAINLAND_RULES = "规则"


def names_a_class_of_rules(name: str) -> bool:
    """`name`, read after a verb only a law takes with no article or 规定 after it, is a class
    of norms, not one document: it ends in Simplified 规则, is no listed title, and the
    words before the head hold no proper element and no issuing body (遵守乘车安全规则,
    按照国际通行规则; not 遵守深圳证券交易所业务规则, 依照上海市…规则)."""
    if not name.endswith(_MAINLAND_RULES) or is_known_title(name):
        return False
    if has_proper_element(name):
        return False
    prepare()  # the dictionary the tagger sees (dictionary.py): 深圳证券交易所 one word
    modifiers = [word for word, _ in rjieba.tag(name[: -len(_MAINLAND_RULES)])]
    return not any(has_body_suffix(word) for word in modifiers)


# a demonstrative right before a law's kind word points back at a law the text named
# (该条例, 上述办法): no title holds one (本 is left out: 基本法 ends so)
_POINTER = re.compile(rf"(?:该|該|此|上述|前述|所述|上开|上開)(?:{LAW_HEADS})$")


def laws_cited(
    text: str, start: int, end: int
) -> tuple[list[tuple[int, int, str]], list[tuple[int, int, str]]]:
    """Laws cited without 《》 in text[start:end], read by the clause's pattern (by article
    number, as a rule's source, after a verb only a law takes), and outlines cited after a
    verb of basing, as (start, end, name); and, apart, those whose name was cut to a known
    title (犯|刑法)."""
    found: list[tuple[int, int, str]] = []
    cut_to_known: list[tuple[int, int, str]] = []  # a law's name less a verb, a known title
    for m in chain(_LAW_CITED.finditer(text, start, end), _LAW_APPLIED.finditer(text, start, end)):
        offset = m.start("names")
        # with no article or 规定 after it, a short name is a kind of rules (遵守议事规则)
        shortest = MIN_APPLIED_NAME if m.re is _LAW_APPLIED else 0
        for name in m.group("names").split("、"):
            trimmed, at = _without_leading_verb(name, offset)
            if m.re is _LAW_APPLIED and names_a_class_of_rules(trimmed):
                offset += len(name) + 1
                continue  # 遵守乘车安全规则: rules of a kind, nobody's titled document
            if _POINTER.search(trimmed):
                offset += len(name) + 1
                continue  # 符合该条例规定: the text's pointer at a law it named, no title
            if len(trimmed) >= shortest:
                found.append((at, offset + len(name), trimmed))
                if at > offset and is_known_title(to_simplified(trimmed)):
                    cut_to_known.append((at, offset + len(name), trimmed))  # 犯|刑法
            offset += len(name) + 1
    for m in _OUTLINE_CITED.finditer(text, start, end):
        found.append((m.start("name"), m.end("name"), m.group("name")))
    return found, cut_to_known
