"""A list decides together: the items of one list that share a head share its fate (issue 19,
session 24).

Names stand in lists (甲委员会、乙委员会和丙委员会; 设立甲片区、乙片区、丙片区), yet each item
is found, bounded and gated alone, so one list comes out mixed: two committees kept and the
third dropped as a kind, two zones found and the third never read. This pass runs after
every per-name decision (`name_checks.checked_names`) over the lists of the paragraph:

- a list: the items of a clause between two delimiters (，。；： brackets, quotes, line
  ends) separated by 、, the last one split from the one before at a conjunction
  (`conjunctions.LISTING`: 和, 及, 与, 暨, 以及) where the part before it ends in the
  siblings' head (甲事务处及乙事务处; not 学术及仪器事务处, whose 学术 ends in no head);
- siblings: the items a kept name stands for (its whole span; the first item's name may
  begin after the clause's verb, the last one's end before what follows it);
- the shared head of an item: the longest tail it shares with at least `MIN_SIBLINGS`
  kept siblings, when that tail ends as a head does (`vocabulary.head_kind`: 片区, 委员会;
  `orgnames.has_body_suffix`: 中心, 处, 局) — a list of bodies, of zones, of units of one
  parent; the siblings' kind (most of them) is the item's.

Three decisions, each recorded as the rule of the name it keeps (found_by.RULES):

- `rule:sibling-kept`: an item a gate dropped only for naming a kind (the gates
  `gate_exemptions` lists for this rule: kind phrases, no proper part, a 字号 treated as a
  kind) is kept when the siblings kept are at least half the list's other items, and the
  item has a modifier of its own before the shared head; every other check (boundaries,
  words cut, descriptions of platforms) still applies, and a class (有关部门, 各…) or a
  collective item is never lifted;
- `rule:sibling-read`: an item no recogniser read at all, under the same conditions, that
  ends in the shared head and is bounded by the list's separators (a first item only after
  a delimiter that opens a list, a last one up to the delimiter or a word that closes the
  list: 等, 的, 负责), is read as a name of the siblings' kind and checked as above;
- `rule:sibling-kind`: a kept item of another kind than the siblings that share its head
  (检测技术中心 read as a platform among research centres of one body) takes their kind.

Items whose siblings are classes (…等单位, 有关部门) have no kept siblings to go by, so
nothing is lifted there. Linear: each clause is split once and each item is compared with
the kept names of its own list (at most `MAX_ITEMS`).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, replace

from .body_classes import has_proper_element
from .boundary_evidence import load_evidence
from .conjunctions import LISTING
from .gate_exemptions import SIBLING_KEPT, SIBLING_READ
from .name_checks import checked_names
from .orgnames import has_body_suffix, names_a_class
from .phrases import Token
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
        names = [_name_of(item, kept_at, ends, starts) for item in items]
        split = _split_last(text, items, names, kept_at)  # 甲处、乙处|及|丙处
        if len(split) > len(items):
            items, names = split, [_name_of(item, kept_at, ends, starts) for item in split]
        siblings = [n for n in names if n is not None]
        if len(siblings) < MIN_SIBLINGS:
            continue
        for item, name in zip(items, names, strict=True):
            if name is not None:
                kind = _kind_by_siblings(text, name, siblings)
                if kind and kind != name.kind:
                    kinds[(name.start, name.end)] = kind
                continue
            if 2 * len(siblings) < len(items) - 1:
                continue  # most of the list is not names kept: no evidence for this one
            lifted += _lifted(text, item, siblings, dropped, taken, read)
    lifted = checked_names(text, tokens, lifted, document) if lifted else []
    decided = [
        replace(c, kind=kinds[(c.start, c.end)], rule=SIBLING_KIND)
        if (c.start, c.end) in kinds and not c.parts
        else c
        for c in kept
    ]
    spans = {(c.start, c.end) for c in decided}
    added = [c for c in lifted if (c.start, c.end) not in spans]
    return sorted(decided + added, key=lambda c: (c.start, c.end))


def _split_last(
    text: str, items: list[Item], names: list[Candidate | None], kept_at: dict
) -> list[Item]:
    """`items` with the last one split at a conjunction where the part before it is a kept
    name or ends in a head the kept names of the list end in (甲处|及|乙处)."""
    last = items[-1]
    endings = {text[c.end - 1] for c in names if c is not None}
    piece = text[last.start : last.end]
    for word in sorted(LISTING, key=len, reverse=True):
        at = piece.find(word)
        while at > 0:
            cut = last.start + at
            if (last.start, cut) in kept_at or (
                text[cut - 1] in endings and _head_at_end(text[last.start : cut])
            ):
                head = Item(last.start, cut, last.first, False)
                return [*items[:-1], head, Item(cut + len(word), last.end, False, True)]
            at = piece.find(word, at + 1)
    return items


def _head_at_end(name: str) -> bool:
    return bool(head_kind(name) or has_body_suffix(name))


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


def _shared_head(text: str, name: str, siblings: Sequence[Candidate]) -> str:
    """The longest tail of `name` that at least MIN_SIBLINGS siblings end in, when it ends
    as a head does; else ""."""
    shared = sorted(
        (_common_tail(name, s.name_in(text)) for s in siblings),
        reverse=True,
    )
    if len(shared) < MIN_SIBLINGS:
        return ""
    tail = name[len(name) - shared[MIN_SIBLINGS - 1] :] if shared[MIN_SIBLINGS - 1] else ""
    return tail if tail and _head_at_end(tail) else ""


def _common_tail(a: str, b: str) -> int:
    n = 0
    while n < min(len(a), len(b)) and a[-1 - n] == b[-1 - n]:
        n += 1
    return n


def _siblings_kind(text: str, head: str, siblings: Sequence[Candidate]) -> str | None:
    """The kind most of the siblings ending in `head` are."""
    kinds = Counter(s.kind for s in siblings if s.name_in(text).endswith(head))
    return kinds.most_common(1)[0][0] if kinds else None


def _kind_by_siblings(text: str, name: Candidate, siblings: Sequence[Candidate]) -> str | None:
    """`rule:sibling-kind`: the kind of the other siblings sharing the name's head, when
    all of them (at least MIN_SIBLINGS) are of one other kind."""
    others = [s for s in siblings if s is not name]
    head = _shared_head(text, name.name_in(text), others)
    if not head:
        return None
    kinds = {s.kind for s in others if s.name_in(text).endswith(head)}
    return kinds.pop() if len(kinds) == 1 else None


def _lifted(
    text: str,
    item: Item,
    siblings: Sequence[Candidate],
    dropped: dict[int, list[Candidate]],
    taken: set[int],
    read: set[int],
) -> list[Candidate]:
    """The name the item holds by its siblings: a dropped candidate that stands for it
    (`rule:sibling-kept`), else the item itself where nothing was read (`rule:sibling-read`)."""
    for candidate in (*dropped.get(item.start, ()), *dropped.get(item.end, ())):
        if item.start <= candidate.start and candidate.end <= item.end:
            if not (item.first or candidate.start == item.start):
                continue
            if not (item.last or candidate.end == item.end):
                continue
            if any(i in taken for i in range(candidate.start, candidate.end)):
                continue
            name = candidate.name_in(text)
            head = _shared_head(text, name, siblings)
            kind = _siblings_kind(text, head, siblings) if head else None
            if kind and len(name) > len(head) and _same_shape(text, name, head, siblings):
                return [replace(candidate, kind=kind, rule=SIBLING_KEPT)]
    if any(i in read for i in range(item.start, item.end)):
        return []
    span = _bounded(text, item, siblings)
    if span is None:
        return []
    name = text[span[0] : span[1]]
    head = _shared_head(text, name, siblings)
    kind = _siblings_kind(text, head, siblings) if head else None
    if not kind or len(name) <= len(head) or not _same_shape(text, name, head, siblings):
        return []
    words = load_evidence().segment(name)
    if not words or not load_evidence().can_begin_name(words[0][0]):
        return []
    return [Candidate(kind, span[0], span[1], rule=SIBLING_READ)]


def _bounded(text: str, item: Item, siblings: Sequence[Candidate]) -> tuple[int, int] | None:
    """The span of an item read from the list alone: a first item only where a list opens
    before it, a last one up to the clause's end or a word that closes the list."""
    start, end = item.start, item.end
    if item.first and start > 0 and text[start - 1] not in _OPENERS:
        return None
    if item.last:
        heads = {s.name_in(text)[-1] for s in siblings}
        end = next(
            (
                at + 1
                for at in range(start + 1, item.end)
                if text[at] in heads and (at + 1 == item.end or text.startswith(_CLOSERS, at + 1))
            ),
            None,
        )
        if end is None:
            return None
    if not 2 < end - start <= MAX_LENGTH:
        return None
    return start, end


def _same_shape(text: str, name: str, head: str, siblings: Sequence[Candidate]) -> bool:
    """`name` may be named as its siblings are: no class (有关部门, 各…, …等单位), no
    collective reference nor class noun; and a proper element (a place, a body of the
    authority lists: `body_classes.has_proper_element`) unless some sibling of its head
    has none (宁波市|中级人民法院、温州市|中级人民法院、海事法院: the last is a kind of court,
    where 甲委员会、乙委员会 of one government are named by their remit alike)."""
    if names_a_class(name) or category_of(name) or name.endswith("等"):
        return False
    if has_proper_element(name):
        return True
    return not all(
        has_proper_element(s.name_in(text)) for s in siblings if s.name_in(text).endswith(head)
    )
