"""Whether the words a head noun reached name one body, platform or fund: not a class
(基金, 有關部門), not a body every district has (區人民政府), not a list of classes
(科研機構和科技組織). Moved out of entities.py; the rules are as they were."""

from __future__ import annotations

import re

from . import conjunctions
from .orgnames import gazetteer, is_organisation, names_a_class
from .phrases import Token
from .run_areas import area_kinds
from .vocabulary import category_of, generic_names, is_class_noun, is_head

ANCHOR_TAGS = {"ns", "nr", "nt", "nz", "nrt", "eng", "j"}


def _anchored(tokens: list[Token]) -> bool:
    return any(t.tag in ANCHOR_TAGS for t in tokens)


_LEVEL = re.compile("^[省市县区镇乡州]")


def every_level_has(name: str) -> bool:
    """區人民政府, 市人民法院: a body every district or city has."""
    return bool(_LEVEL.match(name)) and name[1:] in generic_names()


def generic_or_short(name: str) -> bool:
    """A class, not a name (基金, 有關部門), or too short to be one."""
    return len(name) < 3 or names_a_class(name)


def acceptable(
    name: str, tokens: list[Token], kind: str, owned: bool, own_level: bool = False
) -> bool:
    """`own_level`: the name's first word is the level of the document's own place
    (市 in a city's regulation: own_level.py), which names that place; the organs every
    level has by law (人民政府, 人民法院: generic_names) stay generic even so."""
    if generic_or_short(name):
        return False
    if every_level_has(name):
        return False  # 區人民政府, 市人民法院: a body every district or city has
    if own_level and kind == "Organization":  # 市|中级人民法院 in a city's regulation: its city's
        return len(tokens) >= 2 and is_organisation(name)
    if is_head(name) or name.startswith("非"):
        return False  # a head noun alone (研究院), or a negation (非銀行金融機構)
    if kind == "Platform" and len(tokens) >= 2 and _inside(tokens[-2]):
        return False  # 試驗區內口岸: the ports within a zone, described by where they are
    if (
        len(tokens) >= 2
        and tokens[-2].word == "新"
        and tokens[-2].tag == "a"
        and not _new_area_of_a_place(tokens)
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


def _new_area_of_a_place(tokens: list[Token]) -> bool:
    """洋浦|新|片区: a place's new area, named; only a kind of area the laws run is so
    named (上海|新|平台 is a platform described as new)."""
    return len(tokens) >= 3 and tokens[-3].tag == "ns" and tokens[-1].word in area_kinds()


_CONJUNCTION = re.compile(f"[{''.join(sorted(conjunctions.AND))}]")


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
