"""A list decides together: the items of one list that share a head share its fate (issue 19,
session 24).

Names stand in lists (甲委员会、乙委员会和丙委员会; 设立甲片区、乙片区、丙片区), yet each item
is found, bounded and gated alone, so one list comes out mixed: two committees kept and the
third dropped as a kind, two zones found and the third never read. This pass runs after
every per-name decision (`name_checks.checked_names`) over the lists of the paragraph:

- a list: the items of a clause between two delimiters (，。；： brackets, quotes, line
  ends) separated by 、 (not an enumeration's number: 一、…), each split again at a
  conjunction (`conjunctions.LISTING`: 和, 及, 与, 暨, 以及) where the part before it is a
  kept name or ends in a head (甲事务处|及|乙事务处; not 出版及印刷事务处, whose 出版 ends
  in no head);
- siblings: the items a kept name stands for (its whole span; the first item's name may
  begin after the clause's verb, the last one's end before what follows it), not a ranked
  kind (省级…, 市级…); a list whose first item says 当地, 各, 有关 … (`_DISTRIBUTIVE`)
  names the bodies every place has, and nothing in it is decided;
- the shared head of an item: the longest tail it shares with at least `MIN_SIBLINGS` of
  the other items' texts (kept names, inner items), when that tail ends as a head does
  (`vocabulary.head_kind`: 片区, 基金; `orgnames.has_body_suffix`: 委员会, 中心, 处) — a
  list of bodies, of zones, of units of one parent, of funds;
- the item's kind: the kind most kept siblings are, when at least `MIN_SIBLINGS` are,
  when the shared head names that kind, and when the names of that kind and the items of
  that head are at least half of the list's other items.

Three decisions, each recorded as the rule of the name it keeps (found_by.RULES):

- `rule:sibling-kept`: a candidate a gate dropped that stands for the item is kept when
  `checked_names` passes it with only the kind gates lifted for its rule
  (`gate_exemptions`: said as a kind, no proper part, a 字号 treated as a kind) and leaves
  its span as it was (当地|警察局, cut by the checks, was no item of the list), and when
  it is no facility kind (`port_names.without_kinds`: 外省市|机场, 内河|港口);
- `rule:sibling-read`: an item no recogniser read at all, whose shared head is
  `_READ_HEAD` characters or more (局 of 直属|局 says too little) and which the list bounds
  (a first item only after a delimiter that opens a list, a last one up to the first
  shared head followed by the clause's end, a closing word 等/的/负责 or a word the
  boundary evidence says stops names), is read as a name of the siblings' kind and
  checked as above;
- `rule:sibling-kind`: a kept item of another kind than the kept siblings that share its
  head (分析测试中心 read as a platform among research centres of one body) takes theirs.

An item is never lifted when it is a class or collective (有关部门, …等), holds 的, begins
with a function, place or time word (在|…, 当地|…), or has neither a place nor a body
before its head where every sibling of its head has one of them (宁波市中级人民法院、
温州市中级人民法院、海事法院: a kind of court; 甲大学研究院、乙大学研究院、产业技术研究院:
a kind of institute). Items
whose siblings are classes (…等单位) have no kept siblings to go by. Linear: each clause is
split once, each item compared with its own list (at most `MAX_ITEMS` items); the lifted
names are checked once per paragraph.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, replace

import rjieba

from .boundary_evidence import load_evidence
from .class_words import DETERMINERS
from .conjunctions import LISTING
from .dictionary import prepare
from .gate_exemptions import SIBLING_KEPT, SIBLING_READ
from .name_checks import checked_names
from .orgnames import has_body_suffix, names_a_class
from .phrases import Token
from .port_names import without_kinds
from .proper_elements import has_proper_element
from .records import Candidate
from .vocabulary import category_of, head_kind

__all__ = [
    "MIN_SIBLINGS",
    "SIBLING_KEPT",
    "SIBLING_KIND",
    "SIBLING_READ",
    "decided_by_siblings",
    "list_items",
]

SIBLING_KIND = "rule:sibling-kind"
MIN_SIBLINGS = 2  # kept names sharing a head: one alone is no evidence of a series
MAX_ITEMS = 40  # a longer run is a table flattened into one line, not a list
MAX_LENGTH = 20  # characters of an item read from the list alone
# what ends a clause, so a list: punctuation, brackets, quotes, line ends and spaces
_DELIMITERS = "，。；：！？（）()“”「」『』《》〈〉<>,;:!?\n\t \u3000"
_CLAUSE = re.compile(f"[^{_DELIMITERS}]+")
_PLACE_TAGS = frozenset({"ns"})  # the segmenter's tag of a place
# the tags of words that begin no name: prepositions, conjunctions, particles, adverbs,
# pronouns, and the words that say where or when (当地, 本地: a class of bodies, as
# body_lists reads them) — a closed set of the grammar, as the boundary evidence tags words
_FUNCTION_TAGS = frozenset({"p", "c", "u", "d", "r", "s", "f", "t"})
# an item read from the list alone ends in a head of two characters or more shared with
# its siblings: one character (会 of 运动会|的, 局 of 直属|局) says too little
_READ_HEAD = 2
# words before a list that make its bodies those of every place, or of some: the
# determiners that say where (class_words: 当地|建设局、环保局; 住所地|…) and the collective
# words (各|…; 有关|…). Not orgnames' whole collective set: its 该, 这 and 本 point at one
# body (本院|设甲中心、乙中心: units of that body, not of every place)
_DISTRIBUTIVE = (
    *sorted(w for w in DETERMINERS if w.endswith("地")),
    *("各", "有关", "相关", "其他", "上述"),
)
# a rank before a head (省级|海警局, 县级|医院): a kind of every rank, no name to go by
_RANKED = re.compile("^[^级]{1,2}级")
_NUMBERING = re.compile("[0-9０-９〇零一二三四五六七八九十百]+")
# where a list may open, so its first item begins where the clause does (not after a
# comma, where a clause's verb may stand glued to the item: ，设立|甲委员会)
_OPENERS = "：:（(；;。\n\t \u3000"
# words that close a list's last item (甲片区、乙片区|等; …|的建设; …|负责): a closed set of
# the grammar, the particles and the subject's verbs the laws put after a list of bodies
_CLOSERS = ("等", "的", "负责", "分别", "共同", "联合", "应当", "按照")


@dataclass(frozen=True)
class Item:
    """One item of a list: its span in the text, and whether it opens or closes the list
    (where its name may begin after, or end before, words that are not its own)."""

    start: int
    end: int
    first: bool
    last: bool


def list_items(text: str, start: int, end: int) -> list[list[Item]]:
    """The lists of text[start:end] (Simplified): each clause with a 、, split into items
    (module docstring); its last item still holds any conjunction (split by the caller,
    which knows the siblings' head)."""
    lists = []
    for clause in _CLAUSE.finditer(text, start, end):
        pieces = clause.group().split("、")
        if len(pieces) < 2 or len(pieces) > MAX_ITEMS or _NUMBERING.fullmatch(pieces[0]):
            continue  # 一、甲委员会: an enumeration's number, not a list
        items, at = [], clause.start()
        for k, piece in enumerate(pieces):
            items.append(Item(at, at + len(piece), k == 0, k == len(pieces) - 1))
            at += len(piece) + 1
        lists.append(items)
    return lists


def decided_by_siblings(
    text: str,
    tokens: list[Token],
    start: int,
    end: int,
    found: list[Candidate],
    kept: list[Candidate],
    document: tuple[int, int] | None,
) -> list[Candidate]:
    """`kept` (the names `checked_names` let through of `found`) with the items of the
    paragraph's lists decided by their siblings (module docstring)."""
    if "、" not in text[start:end]:
        return kept
    kept_at = {(c.start, c.end): c for c in kept if not c.parts}
    ends = {c.end: c for c in kept_at.values()}
    starts = {c.start: c for c in kept_at.values()}
    dropped: dict[int, list[Candidate]] = {}  # by start and by end: each item asks its own
    for c in found:
        if not c.parts and (c.start, c.end) not in kept_at:
            dropped.setdefault(c.start, []).append(c)
            dropped.setdefault(c.end, []).append(c)
    taken = {i for c in kept for a, b in (c.parts or ((c.start, c.end),)) for i in range(a, b)}
    read = {i for c in found for i in range(c.start, c.end)}
    lifted: list[Candidate] = []
    kinds: dict[tuple[int, int], str] = {}
    for items in list_items(text, start, end):
        items = _split_at_conjunctions(text, items, ends)
        names = [_name_of(item, kept_at, ends, starts) for item in items]
        if _said_of_every_place(text, items[0]):
            continue  # 当地|…建设局、环保局、警察局: the bodies every place has, kinds
        names = [n if n is None or not _RANKED.match(n.name_in(text)) else None for n in names]
        siblings = [n for n in names if n is not None]
        if len(siblings) < MIN_SIBLINGS:
            continue
        tails = [
            (_tail_text(text, item, name), name.kind if name else None)
            for item, name in zip(items, names, strict=True)
        ]
        for k, (item, name) in enumerate(zip(items, names, strict=True)):
            if name is not None:
                kind = _kind_by_siblings(text, name, siblings)
                if kind and kind != name.kind:
                    kinds[(name.start, name.end)] = kind
                continue
            series = Series(siblings, [t for j, t in enumerate(tails) if j != k and t[0]])
            lifted += _lifted(text, item, series, len(items) - 1, dropped, taken, read)
    # the checks every name passes; one they cut (当地|警察局) was not bounded by the list;
    # then the facility kinds' test (外省市|机场 beside airports named by their place)
    asked = {(c.start, c.end) for c in lifted}
    lifted = without_kinds(
        text,
        [
            c
            for c in (checked_names(text, tokens, lifted, document) if lifted else [])
            if (c.start, c.end) in asked
        ],
    )
    decided = [
        replace(c, kind=kinds[(c.start, c.end)], rule=SIBLING_KIND)
        if (c.start, c.end) in kinds and not c.parts
        else c
        for c in kept
    ]
    spans = {(c.start, c.end) for c in decided}
    added = [c for c in lifted if (c.start, c.end) not in spans]
    return sorted(decided + added, key=lambda c: (c.start, c.end))


@dataclass(frozen=True)
class Series:
    """What an item's siblings say: the names kept in the list, and the other items'
    texts (a kept name's, or an inner item's whole text) with their kind if kept (else
    None), whose tails it may share."""

    kept: list[Candidate]
    others: list[tuple[str, str | None]]

    @property
    def tails(self) -> list[str]:
        return [text for text, _ in self.others]


def _said_of_every_place(text: str, first: Item) -> bool:
    """The list's first item holds a word that makes its bodies those of every place or of
    some (当地, 各, 有关), whether a name read took it in or not (当|地区县政府规划局)."""
    return any(word in text[first.start : first.end] for word in _DISTRIBUTIVE)


def _split_at_conjunctions(text: str, items: list[Item], ends: dict) -> list[Item]:
    """`items` with each split at a conjunction where the part before it is a kept name
    or ends in a head (甲处|及|乙处; 区域法院|以及|丙处; not 学术|及|仪器事务处, whose 学术
    ends in no head)."""
    out: list[Item] = []
    for item in items:
        at = item.start
        for cut, after in _conjunctions(text, item.start, item.end):
            kept = ends.get(cut)
            if (kept is not None and kept.start >= at) or _head_at_end(text[at:cut]):
                out.append(Item(at, cut, item.first and at == item.start, False))
                at = after
        out.append(Item(at, item.end, item.first and at == item.start, item.last))
    return out


def _conjunctions(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """(start, end) of each conjunction inside text[start:end], not at its edges."""
    found = []
    at = start + 1
    while at < end - 1:
        word = next((w for w in _LONGEST_FIRST if text.startswith(w, at)), None)
        if word is not None and at + len(word) < end:
            found.append((at, at + len(word)))
            at += len(word)
        else:
            at += 1
    return found


_LONGEST_FIRST = sorted(LISTING, key=len, reverse=True)  # 以及 before 及


def _head_at_end(name: str) -> bool:
    return bool(head_kind(name) or has_body_suffix(name))


def _head_kind(head: str) -> str | None:
    """The kind a head names: its own (片区: a platform) or a body's (审裁处, 中心)."""
    return head_kind(head) or ("Organization" if has_body_suffix(head) else None)


def _tail_text(text: str, item: Item, name: Candidate | None) -> str:
    """The text an item's tail is read from: its kept name, or its whole text when it is
    an inner item (bounded by 、 on both sides); "" for an unread first or last item."""
    if name is not None:
        return name.name_in(text)
    return "" if item.first or item.last else text[item.start : item.end]


def _name_of(item: Item, kept_at: dict, ends: dict, starts: dict) -> Candidate | None:
    """The kept name the item stands for: its whole span, or, for the first item, a name
    ending with it (设立|甲委员会), for the last, one beginning with it (乙委员会|负责)."""
    whole = kept_at.get((item.start, item.end))
    if whole is not None:
        return whole
    by_end, by_start = ends.get(item.end), starts.get(item.start)
    if item.first and by_end is not None and by_end.start >= item.start:
        return by_end
    if item.last and by_start is not None and by_start.end <= item.end:
        return by_start
    return None


def _shared_head(name: str, others: Sequence[str]) -> str:
    """The longest tail of `name` that at least MIN_SIBLINGS of `others` end in, when it
    ends as a head does; else ""."""
    shared = sorted((_common_tail(name, other) for other in others), reverse=True)
    if len(shared) < MIN_SIBLINGS or not shared[MIN_SIBLINGS - 1]:
        return ""
    tail = name[len(name) - shared[MIN_SIBLINGS - 1] :]
    return tail if _head_at_end(tail) else ""


def _common_tail(a: str, b: str) -> int:
    n = 0
    while n < min(len(a), len(b)) and a[-1 - n] == b[-1 - n]:
        n += 1
    return n


def _kind_by_siblings(text: str, name: Candidate, siblings: Sequence[Candidate]) -> str | None:
    """`rule:sibling-kind`: the kind of the other kept siblings sharing the name's head,
    when all of them (at least MIN_SIBLINGS) are of one other kind."""
    others = [s for s in siblings if s is not name]
    head = _shared_head(name.name_in(text), [s.name_in(text) for s in others])
    if not head:
        return None
    kinds = {s.kind for s in others if s.name_in(text).endswith(head)}
    return kinds.pop() if len(kinds) == 1 else None


def _series_kind(series: Series, head: str, others: int) -> str | None:
    """The kind of the series an item ending in `head` belongs to: the kind most kept
    siblings are, when at least MIN_SIBLINGS of them are, when `head` names that kind, and
    when the kept names of that kind and the items ending in `head` are at least half of
    the item's `others` (a list of bodies and a few phrases; not of phrases and a body)."""
    counted = Counter(s.kind for s in series.kept)
    if not counted:
        return None
    kind, many = counted.most_common(1)[0]
    if many < MIN_SIBLINGS or _head_kind(head) != kind:
        return None
    support = sum(1 for tail, of in series.others if of == kind or tail.endswith(head))
    return kind if 2 * support >= others else None


def _lifted(
    text: str,
    item: Item,
    series: Series,
    others: int,
    dropped: dict[int, list[Candidate]],
    taken: set[int],
    read: set[int],
) -> list[Candidate]:
    """The name the item holds by its siblings: a dropped candidate that stands for it
    (`rule:sibling-kept`), else the item itself where nothing was read (`rule:sibling-read`)."""
    for candidate in (*dropped.get(item.start, ()), *dropped.get(item.end, ())):
        if not (item.start <= candidate.start and candidate.end <= item.end):
            continue
        if not (item.first or candidate.start == item.start):
            continue
        if not (item.last or candidate.end == item.end):
            continue
        if any(i in taken for i in range(candidate.start, candidate.end)):
            continue
        name = candidate.name_in(text)
        head = _shared_head(name, series.tails)
        kind = _series_kind(series, head, others) if head else None
        if kind and len(name) > len(head) and _same_shape(name, head, series):
            return [replace(candidate, kind=kind, rule=SIBLING_KEPT)]
    if any(i in read for i in range(item.start, item.end)):
        return []
    span = _bounded(text, item, series)
    if span is None:
        return []
    name = text[span[0] : span[1]]
    head = _shared_head(name, series.tails)
    kind = _series_kind(series, head, others) if head else None
    if not kind or len(head) < _READ_HEAD or len(name) <= len(head):
        return []
    if not _same_shape(name, head, series):
        return []
    if item.first and not load_evidence().can_begin_name(load_evidence().segment(name)[0][0]):
        return []  # an inner item begins at its 、; a first one may hold the clause's verb
    return [Candidate(kind, span[0], span[1], rule=SIBLING_READ)]


def _bounded(text: str, item: Item, series: Series) -> tuple[int, int] | None:
    """The span of an item read from the list alone: a first item only where a list opens
    before it, a last one up to the first head it shares with its siblings that the
    clause's end, a word that closes the list or a word that stops names follows."""
    start, end = item.start, item.end
    if item.first and start > 0 and text[start - 1] not in _OPENERS:
        return None
    if item.last:
        end = next(
            (
                at
                for at in range(start + 3, item.end + 1)
                if len(_shared_head(text[start:at], series.tails)) >= _READ_HEAD
                and _closes(text, at, item.end)
            ),
            None,
        )
        if end is None:
            return None
    if not 2 < end - start <= MAX_LENGTH:
        return None
    return start, end


def _closes(text: str, at: int, end: int) -> bool:
    """What follows text[:at] ends a list's last item: the clause's end, a word that
    closes a list (_CLOSERS) or a word the boundary evidence says stops names (作出, 审理)."""
    if at == end or text.startswith(_CLOSERS, at):
        return True
    following = text[at : at + 2]
    return len(following) == 2 and load_evidence().stops_name(following)


def _same_shape(name: str, head: str, series: Series) -> bool:
    """`name` may be named as its siblings are: no class (有关部门, 各…, …等单位), no
    collective reference, class noun nor phrase with 的, no first word of a function or
    of where or when; and a place or a body in it unless some sibling of its head
    has none (宁波市|中级人民法院、温州市|中级人民法院、海事法院: the last is a kind of court;
    甲大学|研究院、乙大学|研究院、产业技术研究院: a kind of institute; where 甲委员会、乙委员会 of one
    government are named by their remit alike)."""
    if names_a_class(name) or name.endswith("等") or "的" in name:
        return False
    words = load_evidence().segment(name)
    if not words or load_evidence().tag(words[0][0]) in _FUNCTION_TAGS:
        return False  # 在|中国境内…, 当地|警察局: a preposition or a where-word begins no name
    same_head = [tail for tail in series.tails if tail.endswith(head)]
    if category_of(name) and not all(category_of(tail) for tail in same_head):
        return False  # a class noun (…机构, …单位) is a head of names only where they say so
    if _proper(name, head):
        return True
    return not all(_proper(tail, head) for tail in same_head)


def _proper(name: str, head: str) -> bool:
    """`name` holds what singles it out: a place (`_placed`), or a body before its `head`
    (甲大学|研究院, 市政府|研究中心: a unit named by its body, as others by their place).
    The body is more than its head (社会 ends in 会 and names none)."""
    owner = name[: len(name) - len(head)]
    return _placed(name) or (len(owner) > 2 and has_body_suffix(owner))


def _placed(name: str) -> bool:
    """A place in `name` (a word the segmenter tags ns, a place of resources/places.txt,
    places' short names: `proper_elements.has_proper_element`), or a Latin word or a body
    of the gazetteers, which single a name out as a place does."""
    prepare()  # the dictionary the segmenter reads (dictionary.py)
    return has_proper_element(rjieba.tag(name), name, _PLACE_TAGS)
