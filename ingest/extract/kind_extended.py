"""A kind stays a kind when what is written around it names no one (issue 19, session 24).

人民政府, 公司, 人民代表大会 are kinds by the laws' use (`kind_phrases`, `body_classes`): every
county has its 人民政府. The kind gates judge a label as a whole, so a kind with a word
before or a unit after it passed them: 自治县人民政府, 当地县政府, 外国公司, 外国地方政府
(a level or a place named by its relation, not by its name, before the kind), and
人民政府办公室, 议事协调机构办公室 (the unit every body of that kind has). Both still name
whichever body of the kind the sentence means, so they are kinds too:

- `kind-extended`: an organisation label is [level or relational words][a kind][a body's
  head], with the kind phrase in the middle and at least one of the two sides written;
  the words before are only administrative levels (`LEVEL_WORDS`) or places named by their
  relation to the text (`place_words.is_relational_place`: 外国, 当地, 所在地), brackets and
  conjunctions among them (区县（自治县）人民政府); the words after are one head of a body
  (办公室, 管理委员会, 党组织). The kind: a phrase the laws say as a kind
  (`kind_phrases.kind_by_usage`), one of the laws' kinds of bodies
  (`body_classes.corpus_classes`) or a head the laws put after a quantifier
  (`body_classes.class_heads`: 公司, 政府, 机构).
  A relational place first names whichever place's body whatever follows it (当地|公安局,
  外国|航空公司, 所在地|市场监督管理局): a kind, unless what follows holds a proper element.
  Not when the label without its level or relational words begins with a place
  (澎湖|当地|县政府 keeps its place; 中央人民政府 is no level word's), when a unit after
  the kind holds a proper element (人民银行|上海|分行: the kind itself may be a gazetteer's
  entry, 人民法院), when the label is a body of the authority lists, or when the document
  singles it out (a short form, quotes, a body it is attached to, an organisation act),
  or gives the kind phrase inside it a short form (…领导小组（以下简称领导小组）, then
  领导小组办公室: the office of that one group).

Why two closed lists in code: administrative levels are the constitution's closed set
(Art. 30: 省, 自治区, 直辖市, 县, 自治县, 市, 乡, 民族乡, 镇, and 地区, 盟, 旗, 村 of the older
divisions), and a relational place is a deictic or relative prefix (外, 本, 当, 异, 他, 该,
各) before a word for a state, a place or a level (国, 地, 省, 市, 县, 区, 方). The tagger calls
外国 and 自治县 places (ns), which is why the proper-element tests spare them; here they are
read for what they say: whichever state, whichever county. 中央 is left out: 中央人民政府 is
one body (the used gold keeps it), though 中央政府 is a kind in most of the gold.

Cost: one segmentation of the label, and at most (words²) phrase look-ups, the words of a
label being bounded (LONGEST characters): linear in the number of labels.
"""

from __future__ import annotations

from functools import lru_cache

from . import conjunctions
from .body_classes import act_bodies, class_heads, corpus_classes, has_proper_element
from .boundary_evidence import load_evidence
from .kind_phrases import kind_by_usage
from .place_words import begins_with_a_place, is_relational_place
from .platform_evidence import document_evidence
from .proper_elements import in_authority_lists
from .vocabulary import category_of, head_kind

__all__ = [
    "KIND_EXTENDED",
    "LEVEL_WORDS",
    "a_kind",
    "extended_kind",
    "is_level",
    "kind_around_words",
]

KIND_EXTENDED = "kind-extended"
ORGANISATION = "Organization"
LONGEST = 24  # characters: a longer label is a clause's part, not judged here
# the constitution's levels of administration (Art. 30) and the older divisions (地区, 盟,
# 旗); 地方 is the local level as against the centre (地方政府: any locality's)
LEVEL_WORDS = frozenset(
    {"省", "自治区", "直辖市", "市", "县", "自治县", "自治州", "州", "区", "乡", "民族乡", "镇"}
    | {"地区", "盟", "旗", "自治旗", "村", "地方"}
    | {"省级", "市级", "县级", "区级", "乡级", "镇级"}
)
_BRACKETS = frozenset("（）()")
_LEVEL_CHARACTERS = frozenset("省市县区乡镇州旗盟村")  # 区县, 市县, 乡镇: levels written together


def extended_kind(
    text: str, name: str, kind: str, document: tuple[int, int] | None = None
) -> str | None:
    """KIND_EXTENDED when the organisation `name` (Simplified) of `text` is a kind with
    level or relational words before it or a body's unit after it (module docstring), and
    the document does not single it out; else None. `document`: the range of its document
    in `text`, all of it by default."""
    if kind != ORGANISATION or len(name) > LONGEST:
        return None
    found = _kind_and_rest(name)
    if found is None:
        return None
    kind_phrase, _ = found
    span = document or (0, None)
    evidence = document_evidence(text, *span)
    if name in evidence.defined or name in evidence.attached or name in act_bodies(text, *span):
        return None  # the document's own word for one body
    if kind_phrase in evidence.defined:
        return (
            None  # 领导小组|办公室 where the document gives …领导小组 a short form: its one group
        )
    return KIND_EXTENDED


def kind_around_words(name: str) -> str | None:
    """The label less its level and relational words (module docstring) when it is a kind
    with such words before it or a body's head after it, and holds no proper element: 自治县|
    人民政府 → 人民政府, 人民政府|办公室 → 人民政府办公室. Else None."""
    found = _kind_and_rest(name)
    return None if found is None else found[1]


@lru_cache(maxsize=8192)
def _kind_and_rest(name: str) -> tuple[str, str] | None:
    """(the kind phrase inside the label, the label less its level and relational words),
    or None (`kind_around_words`)."""
    if in_authority_lists(name):
        return None
    words = [word for word, _, _ in load_evidence().segment(name)]
    first = _after_levels(words)
    for start in range(first + 1):
        if start and not any(is_level(word) for word in words[:start]):
            continue  # brackets or a conjunction alone are no level
        rest = "".join(words[start:])
        if begins_with_a_place(rest):
            continue  # 澎湖|当地|县政府: the place is the name's own
        for end in range(len(words), start, -1):
            tail = "".join(words[end:])
            if (start or tail) and (not tail or _names_a_body(tail)):
                core = "".join(words[start:end])
                if not is_level(core) and a_kind(core):
                    # a proper element in what is added (the kind itself may be a listed
                    # body: 人民法院, 村民委员会 are entries of the gazetteers)
                    return None if tail and has_proper_element(rest) else (core, rest)
    if is_relational_place(words[0]) and len(words) > 1:
        rest = "".join(words[1:])  # 当地|公安局: whichever place's bureau
        if _names_a_body(rest) and not (begins_with_a_place(rest) or has_proper_element(rest)):
            return rest, rest
    return None


def _after_levels(words: list[str]) -> int:
    """How many words at the start are level or relational words, brackets or conjunctions."""
    at = 0
    while at < len(words) and _level_or_joiner(words[at]):
        at += 1
    return at


def is_level(word: str) -> bool:
    """A level (县, 自治县; 区县, 乡镇: levels written together) or a relational place."""
    return (
        word in LEVEL_WORDS
        or is_relational_place(word)
        or (len(word) > 1 and all(c in _LEVEL_CHARACTERS for c in word))
    )


def _level_or_joiner(word: str) -> bool:
    return is_level(word) or word in conjunctions.AND_OR or word in _BRACKETS or word == "、"


def a_kind(phrase: str) -> bool:
    """A phrase the laws say as a kind, one of their kinds of bodies, or a head they put
    after a quantifier (公司, 政府)."""
    return bool(
        phrase in class_heads()
        or phrase in corpus_classes()
        or kind_by_usage(phrase, ORGANISATION) is not None
    )


def _names_a_body(word: str) -> bool:
    return bool(head_kind(word) or category_of(word))
