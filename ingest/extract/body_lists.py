"""Bodies known by the company they keep (issue 19): 发展改革委、国资委、扶贫办.

State Council notices name the national bodies by short forms that no source here writes in
full (发展改革委, 卫生健康委, 国资委, 扶贫办, 全国妇联), and many have no head the dictionary
reads as one (扶贫|办: a verb, then 办). Where they stand says what they are:

- **an item of a 、-list whose other items are bodies already recognised** (（负责部门：人民银行、
  外交部、发展改革委、商务部、国资委）) is a body when it ends in a body head: one the
  organisation rules know (`orgnames.has_body_suffix`: 委, 办, 部, 局, 中央 …) or a short head
  of `list_heads.tsv` (联 of 联合会), built by `scripts/build_list_heads.py` from the laws.
  At least `MIN_KNOWN` items must be bodies (or one item and the body the list follows:
  国土资源部会同三峡办、地震局), and the items that pass as bodies must be four in five at least: a list that holds
  words or phrases (财政部、扶贫、交通) is no evidence for its other items;
- **X会同Y, where Y is a body recognised**: X, standing as a unit before 会同 (振兴东北办会同
  国资委), is a body when it ends in a body head.

An item counts only where it stands as a unit: a middle item between two 、; the first after
an opening bracket, a colon, a sentence's end or a governing word (由, 请, 会同; not after a
comma, where a clause's verb may be glued to it: ，批示|发展改革委、科技部); the last up to the first head that is
followed by the list's end, a word a subject takes (等, 负责), a count (9个部门) or a word the
boundary evidence says stops names. It is no class (有关部门, 各省级人民政府), begins with a
word a name may begin with and not with one that says where, when or which (当地|警察局:
tagged s, f, t or r in the boundary evidence), and is 3 to `MAX_LENGTH` characters long.
Linear: each 、-list is split once, each item looked at once.
"""

from __future__ import annotations

import re
from functools import lru_cache

from .boundary_evidence import load_evidence
from .orgnames import has_body_suffix, names_a_class
from .records import Candidate
from .vocabulary import category_of, lines_of

__all__ = ["MAX_LENGTH", "MIN_KNOWN", "listed_among_bodies", "short_heads"]

MIN_KNOWN = 2  # bodies recognised in the list beside what it adds
OTHERS_SHARE = 4  # one item in five may be neither (供销合作总社: a head the rules lack)
MAX_LENGTH = 10  # 中央和国家机关工委 (9): longer items are phrases, not short forms
_DELIMITERS = "，。；：（）()“”「」『』《》〈〉<>\n\t \u3000,;:"
# what a list's first item (or the X of X会同Y) may follow: a list opens after these, not
# after a comma, where a clause's verb may stand glued to it (，批示|发展改革委、科技部)
_OPENERS = "（(：:。；;！？!?\n"
_ITEM = rf"[^、{_DELIMITERS}]{{1,24}}"
_LIST = re.compile(rf"{_ITEM}(?:、{_ITEM})+")
_GOVERNING = ("会同", "由", "请")  # what a list of bodies may follow inside its first item
_SUBJECT_TAKES = ("等", "会同", "牵头", "负责", "联合", "共同", "按照", "要", "分别")
_COUNT = re.compile(r"[0-9０-９一二三四五六七八九十两]+个")
_FRAME = "会同"
# a first word that says where, when or which (当地|警察局, 本地|…): a class of bodies
_DESCRIBING_TAGS = frozenset({"s", "f", "t", "r"})


@lru_cache(maxsize=1)
def short_heads() -> tuple[str, ...]:
    """The short heads of `list_heads.tsv` (联 of 联合会)."""
    return tuple(line.split("\t")[0] for line in lines_of("list_heads.tsv"))


def _ends_in_head(name: str) -> bool:
    return has_body_suffix(name) or name.endswith(short_heads())


def _acceptable(name: str) -> bool:
    """A short form or a name of a body: not a class, no digits, a body head at its end,
    and a first word that may begin a name."""
    if not 3 <= len(name) <= MAX_LENGTH or not _ends_in_head(name):
        return False
    if names_a_class(name) or category_of(name) or "的" in name:
        return False
    if any(c.isascii() or c.isdigit() for c in name):
        return False
    evidence = load_evidence()
    words = evidence.segment(name)
    return (
        bool(words)
        and evidence.can_begin_name(words[0][0])
        and evidence.tag(words[0][0]) not in _DESCRIBING_TAGS
    )


def _stands_before(text: str, end: int, limit: int) -> bool:
    """What follows text[:end] ends a list's last item: its end, a word a subject takes,
    a count (9个部门), or a word the boundary evidence says stops names (研究, 提出)."""
    if end >= limit or text[end] in _DELIMITERS or text[end] == "、":
        return True
    if text.startswith(_SUBJECT_TAKES, end) or _COUNT.match(text, end):
        return True
    following = text[end : end + 2]
    return len(following) == 2 and load_evidence().stops_name(following)


def _first_item(text: str, a: int, b: int, start: int) -> int | None:
    """Where the first item of a list (text[a:b]) begins: after a governing word inside it
    (联席会议由|教育部), else at its start where a list may open before it (_OPENERS)."""
    words = load_evidence().segment(text[a:b])  # a word of its own: not 由 of 自由港
    cuts = [a + end for word, _, end in words if word in _GOVERNING]
    if cuts and max(cuts) < b:
        return max(cuts)
    return a if a <= start or text[a - 1] in _OPENERS else None


def _last_item(text: str, a: int, b: int, limit: int) -> int | None:
    """Where the last item of a list (text[a:b]) ends: the first head followed by what ends
    the list (全国妇联|等, 扶贫办|9个部门)."""
    for end in range(a + 3, min(b, a + MAX_LENGTH) + 1):
        if _ends_in_head(text[a:end]) and _stands_before(text, end, limit):
            return end
    return None


def _after_body(text: str, at: int, ends: dict) -> bool:
    """A governing word right before `at` follows a body (国土资源部会同|)."""
    return any(
        text.startswith(word, at - len(word)) and at - len(word) in ends for word in _GOVERNING
    )


def _bodies(found: list[Candidate]) -> list[Candidate]:
    return [c for c in found if c.kind == "Organization" and not c.parts]


def listed_among_bodies(text: str, start: int, end: int, found: list[Candidate]) -> list[Candidate]:
    """Bodies in text[start:end] (Simplified) known by the bodies listed beside them or
    named after 会同 (see the module's docstring)."""
    bodies = _bodies(found)
    starts = {c.start: c for c in bodies}
    ends = {c.end: c for c in bodies}
    taken = {i for c in found for i in range(c.start, c.end)}  # linear: no pair of spans compared
    out = [*_lists(text, start, end, starts, ends), *_frames(text, start, end, starts)]
    return [c for c in out if not any(i in taken for i in range(c.start, c.end))]


def _lists(text, start, end, starts, ends):
    for m in _LIST.finditer(text, start, end):
        spans, at = [], m.start()
        for piece in m.group().split("、"):
            spans.append((at, at + len(piece)))
            at += len(piece) + 1
        known, added, others = 0, [], 0
        for k, (a, b) in enumerate(spans):
            first, last = k == 0, k == len(spans) - 1
            body = (
                (first and b in ends and ends[b].start >= a)
                or (last and a in starts and starts[a].end <= b)
                or (a in starts and starts[a].end == b)
            )
            if body:
                known += 1
                continue
            item_start = _first_item(text, a, b, start) if first else a
            item_end = _last_item(text, a, b, end) if last else b
            if first and item_start is not None and _after_body(text, item_start, ends):
                known += 1  # 国土资源部会同|三峡办、…: the body the list's bodies act with
            if item_start is None or item_end is None or item_end <= item_start:
                others += 1
            elif _acceptable(text[item_start:item_end]):
                added.append(Candidate("Organization", item_start, item_end))
            else:
                others += 1
        if added and known >= MIN_KNOWN and others * OTHERS_SHARE <= known + len(added):
            yield from added


def _frames(text, start, end, starts):
    """X会同Y: X before 会同, a unit (list punctuation before it), Y a body recognised."""
    at = text.find(_FRAME, start, end)
    while at >= 0:
        after = at + len(_FRAME)
        if after in starts:
            begin = at
            while begin > start and text[begin - 1] not in _DELIMITERS and at - begin <= MAX_LENGTH:
                begin -= 1
            if (begin == start or text[begin - 1] in _OPENERS) and _acceptable(text[begin:at]):
                yield Candidate("Organization", begin, at)
        at = text.find(_FRAME, after, end)
