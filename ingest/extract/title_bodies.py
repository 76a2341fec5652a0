"""Bodies named only inside a cited title (issue 19).

A cited title's words name its subject matter, not a body: 《中华人民共和国公司登记管理条例》
holds no organisation 中华人民共和国公司, only a head noun (公司) the recogniser reached
leftwards from. A name that lies wholly inside a cited title (《…》, or a bare law title of
`law_titles.py`; the document's own title, where it stands and where the text repeats it)
stays a name only when the title says it is a body:

- its issuer, the run before 关于/關於 (《国务院关于…的通知》: 国务院);
- the body an organisation act sets up, right before the act's kind (工業技術研究院設置條例,
  法务部调查局组织法, …組織通則), or whose charter it is (中国工会章程);
- or a body named elsewhere: by the gazetteers (organisations, platforms, courts, the bodies
  of organisation acts, national bodies) or by the document outside any title, in full or
  by a short form it ends with (深圳園區 for 河套深港科技創新合作區深圳園區).

One pass over the titles and one over the mentions per document (bisection on the titles).
"""

from __future__ import annotations

import re
from bisect import bisect_right
from functools import lru_cache

from ..script import to_simplified
from .law_titles import law_titles
from .orgnames import gazetteer, platform_names
from .proper_elements import in_authority_lists
from .records import CitedWork, Mention, NamedEntity

__all__ = ["ACT_KINDS", "ONE_BODY_ACTS", "named_as_bodies"]

_ISSUER_ENDS = re.compile("关于")  # Simplified: 關於 is read in the Simplified text
# an organisation act, or the charter a body adopts for itself (《中国工会章程》)
# the acts that set up or organise one body by its name (Simplified); title_body.py reads
# these and the other forms of one body's act, this module also a kind's (组织通则) and a
# body's own charter (章程)
ONE_BODY_ACTS = "组织法|组织条例|组织规程|设置条例"
ACT_KINDS = f"(?:{ONE_BODY_ACTS}|组织通则|章程)"
_ACT_KINDS = re.compile(ACT_KINDS + "$")


def named_as_bodies(
    text: str,
    simplified: str,
    entities: list[NamedEntity],
    cited: list[CitedWork],
    own_title: tuple[int, int] | None = None,
) -> list[NamedEntity]:
    """`entities` without the names a cited title (or the document's own title, where it
    stands in the text) holds and does not name as a body (see the module's docstring); a
    name with no mention left goes."""
    titles = _title_spans(text, simplified, cited, own_title)
    if not titles:
        return entities
    starts = [s for s, _ in titles]
    parents = _parents(titles)
    holders = {id(e): [_holders(titles, starts, parents, m) for m in e.mentions] for e in entities}
    # the names the text gives outside titles, by kind: a short form of a title's name
    # (深圳園區 of 《河套深港科技創新合作區深圳園區發展規劃》) says the title names a real one
    outside = {(e.kind, e.name) for e in entities if not all(holders[id(e)])}
    kept = []
    for entity in entities:
        held_by = holders[id(entity)]
        if all(held_by) and not _known(entity, outside):
            entity.mentions = [
                m
                for m, held in zip(entity.mentions, held_by, strict=True)
                if any(_names_a_body(simplified, title, m) for title in held)
            ]
        if entity.mentions:
            kept.append(entity)
    return kept


def _known(entity: NamedEntity, outside: set[tuple[str, str]]) -> bool:
    """Named elsewhere: by a gazetteer, or outside the titles by a name of the same kind of
    four characters or more that it ends with."""
    name = entity.name
    if _in_gazetteers(to_simplified(name)):
        return True
    return any((entity.kind, name[-k:]) in outside for k in range(4, len(name)))


def _title_spans(
    text: str, simplified: str, cited: list[CitedWork], own_title: tuple[int, int] | None
) -> list[tuple[int, int]]:
    """(start, end) of each title's words, without its marks, sorted by start."""
    spans = {own_title} if own_title else set()
    if own_title:  # the document's title repeated in its text (…；新名稱：…辦法)
        own = simplified[own_title[0] : own_title[1]]
        at = simplified.find(own, own_title[1]) if len(own) >= 4 else -1
        while at >= 0:
            spans.add((at, at + len(own)))
            at = simplified.find(own, at + len(own))
    for work in cited:
        for m in work.mentions:
            if text[m.start] == "《" and m.end - m.start > 2:
                spans.add((m.start + 1, m.end - 1))
            elif simplified[m.start : m.end] in law_titles():
                spans.add((m.start, m.end))
    return sorted(spans, key=lambda span: (span[0], -span[1]))


def _parents(titles: list[tuple[int, int]]) -> list[int]:
    """For each title, the index of the nearest title holding it (-1 for none): titles nest
    (an amending decision's title holds the act it amends), so one stack pass finds them."""
    parents, open_titles = [], []
    for i, (_start, end) in enumerate(titles):
        while open_titles and titles[open_titles[-1]][1] < end:
            open_titles.pop()
        parents.append(open_titles[-1] if open_titles else -1)
        open_titles.append(i)
    return parents


def _holders(
    titles: list[tuple[int, int]], starts: list[int], parents: list[int], mention: Mention
) -> list[tuple[int, int]]:
    """The titles that hold the mention wholly, innermost first ([] when none does)."""
    i = bisect_right(starts, mention.start) - 1
    # the title starting last at or before the mention, then the ones holding it in turn;
    # a sibling that ended before the mention is stepped over by its parent
    held = []
    while i >= 0:
        start, end = titles[i]
        if start <= mention.start and mention.end <= end:
            held.append(titles[i])
        i = parents[i]
    return held


def _names_a_body(simplified: str, title: tuple[int, int], mention: Mention) -> bool:
    """The title names the mention as its issuer or as the body its organisation act sets up."""
    start, end = title
    issuer_end = _ISSUER_ENDS.search(simplified, start, end)
    if issuer_end and mention.end <= issuer_end.start():
        return True
    act = _ACT_KINDS.search(simplified[start:end])
    return act is not None and mention.end == start + act.start()


@lru_cache(maxsize=4096)
def _in_gazetteers(name: str) -> bool:
    """A name the gazetteers hold (Simplified)."""
    if name in gazetteer() or name in platform_names():
        return True
    return in_authority_lists(name)
