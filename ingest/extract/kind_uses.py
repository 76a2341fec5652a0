"""A body phrase the document only makes, fosters or counts is a kind of body (issue 19, session 28).

A law or a policy speaks of kinds of bodies and facilities in the words of one body: it builds,
fosters, certifies or brings in a kind (建设|创业孵化空间, 培育|技术转移服务中心, 认定一批|…,
引进|海外研究院, 升级为|区域研发中心), and it counts or qualifies one (各类|…, 有关|…, 相关|…,
若干|…). Whichever bodies of that kind there are, none is named. One body is written otherwise
somewhere in the same document: it acts or is told (…|应当, …|负责, …|可以), is commissioned or
handed a matter (由|…, 委托|…, 责成|…, 交|…, 报经|…), or is given a short form or quoted — the
evidence of one thing `body_classes.treated_as_a_kind` reads first, with the proper elements
(a place, a Latin word, a body of the gazetteers) that spare 国务院 or 海关总署 whatever verb
stands before them.

So a candidate with no proper element is a kind when the document writes it in a kind's
position (right after such a verb, or as any item of the list that follows one: 建设甲中心、
乙空间和丙基地; right after a quantifier, which counts its first item only: 有关部门和…) and
never in an actor's position (any item of the list a matter is handed to, or of the list
before a verb of duty: 由甲、乙负责; 甲、乙等机构应当…). The verbs are those of making,
fostering, certifying and attracting; not 支持/扶持, said of named bodies too (a bank
supported to open a branch), nor 设立/成立/组建, by which an act sets up
its one body (设立|…委员会，负责…), nor 鼓励/引导 (encouraged_actors.py). A marker counts only
as a word of the segmenter (not 城乡|建设…部). A body of the gazetteers (公安部, 海关总署: the
central bodies too) or a name that begins with a place the segmenter reads inside a longer
word is never a kind here, wherever it stands.

Rejected (measured, session 28): an item of any list closed by 等 or a side of 或 as a kind's
position — on two seeded samples it dropped 10 kinds and 3 named bodies (a named cooperative
federation in a 等 list, a commission and a council as a side of 或), as session 17 found.

One regular-expression pass per document for each position: each marker adds the prefixes of
the list items after it (each item at most `LONGEST` characters, within the clause) or the
suffixes of the items before it, so a candidate is asked by two set look-ups. Linear in the
document's length (benchmarks/bench_kind_uses.py).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from . import conjunctions
from .boundary_evidence import load_evidence
from .clauses import listed_body
from .gazetteers import load_gazetteer
from .place_words import begins_with_a_place
from .proper_elements import in_authority_lists

__all__ = ["KindUses", "kind_uses", "used_only_as_a_kind"]

LONGEST = 16  # characters: the longest phrase read after a marker or before an actor's verb
SHORTEST = 2
# a verb that makes, fosters, certifies or attracts a kind: its objects are every item of the
# list after it (建设甲、乙和丙); several may be chained (建设和培育, 认定和引进). Not 支持 or
# 扶持: a law supports named bodies as well (支持|某银行在本区设立分行)
_MAKING = r"(?:建立健全|建设|新建|扩建|培育|认定|引进|打造|创建|建立|布局|升级为)"
# a quantifier: it counts the phrase right after it, not the list's other items (有关部门和…)
_COUNTING = r"(?:各类|各种|有关|相关|其他|其它|一批|若干|多个|一些)"
_OWN_LEVEL = r"(?:本(?:市|省|区|县|自治区))?"
_MADE = re.compile(rf"{_MAKING}(?:[和、及与并]?{_MAKING})*{_COUNTING}?{_OWN_LEVEL}")
_MAKING_WORD = re.compile(_MAKING)
_COUNTED = re.compile(rf"{_COUNTING}{_OWN_LEVEL}")
_WINDOW = 4  # characters either side of a marker the segmenter reads to see it is a word
# an actor: before a verb of duty or power; after a word that hands it a matter
# (及其: a body with its own branches, …及其地方组织)
_ACTOR_AFTER = re.compile(
    r"(?:应当|负责|必须|须|可以|有权|会同|履行|承担|依照|依法|按照|根据|及其)"
)
_ACTOR_BEFORE = re.compile(r"(?:由|委托|责成|授权|提请|报请|报经|交由|交)")
_CLAUSE_END = re.compile(r"[，。；！？：\n,;:!?（）()《》“”「」]")
_ITEM_SEPARATOR = re.compile(
    "|".join(sorted({"、", "或者", "或", *conjunctions.LISTING}, key=len, reverse=True))
)
_OWN = ("本", "该", "其")  # 本会, 该中心: the document's one body, not a kind
_CLOSES_LIST = "等"
_CENTRAL_BODIES = "central_bodies"  # the PRC's central bodies (gazetteer_central_bodies.tsv)


@dataclass(frozen=True)
class KindUses:
    """The phrases (Simplified) one document writes in a kind's position and in an actor's."""

    as_kind: frozenset[str]
    as_actor: frozenset[str]


def _clause_after(text: str, start: int, stop: int) -> str:
    window = text[start : min(stop, start + 4 * LONGEST)]
    end = _CLAUSE_END.search(window)
    return window[: end.start()] if end else window


def _prefixes(item: str) -> set[str]:
    item = item[:LONGEST]
    if item.startswith(_OWN):
        return set()
    return {item[:size] for size in range(SHORTEST, len(item) + 1)}


def _items(clause: str, every: bool) -> set[str]:
    """The prefixes of each list item of `clause` (建设甲中心、乙空间和丙基地 → 甲…, 乙…, 丙…),
    or of its first item only when `every` is false."""
    items = _ITEM_SEPARATOR.split(clause)
    return set().union(*(_prefixes(item) for item in (items if every else items[:1])))


def _is_a_word(text: str, start: int, end: int) -> bool:
    """The marker text[start:end] begins and ends a word of the segmenter (not 城乡|建设…部,
    not 其他 inside 尤其他…): a few characters either side are read, so this is linear."""
    left = max(0, start - _WINDOW)
    bounds = {left + at for _, at, _ in load_evidence().segment(text[left : end + _WINDOW])}
    return start in bounds and (end in bounds or end - left >= len(text[left : end + _WINDOW]))


@lru_cache(maxsize=2)  # asked per candidate: one pass per document
def kind_uses(text: str, start: int = 0, end: int | None = None) -> KindUses:
    """What `text[start:end]` (Simplified) writes in a kind's and in an actor's position
    (module docstring)."""
    stop = len(text) if end is None else end
    as_kind: set[str] = set()
    for pattern, every in ((_MADE, True), (_COUNTED, False)):
        for match in pattern.finditer(text, start, stop):
            if _is_a_word(text, match.start(), match.end()):
                as_kind.update(_items(_clause_after(text, match.end(), stop), every))
    as_actor: set[str] = set()
    for match in _ACTOR_BEFORE.finditer(text, start, stop):  # 由甲、乙和丙: each is told
        as_actor.update(_items(_clause_after(text, match.end(), stop), True))
    for match in _ACTOR_AFTER.finditer(text, start, stop):  # 甲、乙等部门负责: each acts
        subject = _CLAUSE_END.split(text[max(start, match.start() - 4 * LONGEST) : match.start()])
        listed = subject[-1].rpartition(_CLOSES_LIST)[0]  # 甲、乙|等部门: the items before 等
        for item in _ITEM_SEPARATOR.split(subject[-1]) + _ITEM_SEPARATOR.split(listed):
            item = item[-LONGEST:]
            as_actor.update(item[-size:] for size in range(SHORTEST, len(item) + 1))
    return KindUses(frozenset(as_kind), frozenset(as_actor))


def used_only_as_a_kind(text: str, name: str, start: int = 0, end: int | None = None) -> bool:
    """`name` (Simplified) stands in `text[start:end]` in a kind's position and never in an
    actor's (module docstring). The caller has read the evidence of one thing first."""
    uses = kind_uses(text, start, end)
    return (
        name in uses.as_kind
        and name not in uses.as_actor
        and not _one_body_by_name(name)
        and not _acts_somewhere(text, name, start, len(text) if end is None else end)
    )


# what follows a body the document's provisions are about: 有关甲委员会的规定 (one body)
_PROVISIONS_ABOUT = ("的规定", "之规定")


def _acts_somewhere(text: str, name: str, start: int, stop: int) -> bool:
    """`name` written right before a verb somewhere (甲委员会|设|主任, 甲中心|受理, 甲委员会|
    审议: the verbs of duty `_ACTOR_AFTER` lists are only some of a body's acts), or before
    的规定/之规定 (有关甲委员会的规定: provisions about one body, not a count of a kind). Asked
    last, of the few names about to be read as a kind; one scan of their mentions."""
    evidence = load_evidence()
    at = text.find(name, start, stop)
    while at >= 0:
        after = text[at + len(name) : min(stop, at + len(name) + 6)]
        if after.startswith(_PROVISIONS_ABOUT):
            return True
        words = evidence.segment(after)
        # 甲联盟|建设, 甲联盟|认定标准: the kind made or certified, not one body acting
        if (
            words
            and evidence.tag(words[0][0]).startswith("v")
            and not _MAKING_WORD.fullmatch(words[0][0])
        ):
            return True
        at = text.find(name, at + len(name), stop)
    return False


def _one_body_by_name(name: str) -> bool:
    """A body of the gazetteers (公安部, 海关总署: a central body is supported or asked like
    any other, and it names one body wherever it stands), or a name that begins with a place
    the segmenter reads inside a longer word (上海泰丰新区管理委员会|…: no ns tag of its own)."""
    return (
        begins_with_a_place(name)
        or listed_body(name)
        or in_authority_lists(name)
        or load_gazetteer(_CENTRAL_BODIES).lookup_simplified(name) is not None
    )
