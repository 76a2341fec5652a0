"""A body seen only as the owner of a publication is no body the text names (issue 19,
session 33).

A Taiwan law record's history says where each version was published: 刊甲府公報第 12 號,
the gazette of a body and its issue. The body there is part of the gazette's name, which
the gold convention leaves out with the other names seen only inside a longer name (as
`role_owners` reads 国务院|邮政管理部门). Where the same document names the body on its
own (甲府公布, 由甲府核定), it is a body of the text and stays.

A mention owns a publication when the text says something was published in it — 刊, 刊登,
刊載 (and 於/在) right before the mention, whitespace skipped — and right after it stands
one word of at most PUBLICATION_CHARS characters, then an issue's number: 第 + a number +
號, 期 or 卷. Both sides are the frame of a numbered publication, not of a body: no list of
gazettes is needed, and an order's number (甲部令第 3 號, no 刊 before) is not read.
Read per mention, two anchored matches each: linear in the mentions.
"""

from __future__ import annotations

import re

from .records import NamedEntity

__all__ = ["owns_a_publication", "without_publication_owners"]

PUBLICATION_CHARS = 4  # 公報, 公报, 通訊: the word after the body
ORGANISATION = "Organization"
_PUBLISHED_IN = re.compile(r"刊(?:登|載|载)?(?:於|于|在)?\s*$")
_LOOK_BACK = 8  # characters before a mention that may hold 刊登於 and whitespace
# the publication's word ends as a periodical's does (公報, 通訊, 週刊): an order or an
# announcement numbered after 刊 (刊登甲部公告第 5 號) is the body's own act, not a periodical
_ISSUE = re.compile(
    rf"[\u4e00-\u9fff]{{0,{PUBLICATION_CHARS - 1}}}[報报刊訊讯]\s*第\s*"
    r"[0-9０-９零〇○一二三四五六七八九十百千][0-9０-９零〇○一二三四五六七八九十百千\s]*[號号期卷]"
)


def owns_a_publication(simplified_or_original: str, start: int, end: int) -> bool:
    """Does the mention text[start:end] name the owner of the publication something was
    published in (刊|甲府|公報第 12 號), not a body of the text?"""
    before = simplified_or_original[max(0, start - _LOOK_BACK) : start]
    return bool(_PUBLISHED_IN.search(before)) and bool(_ISSUE.match(simplified_or_original, end))


def without_publication_owners(text: str, entities: list[NamedEntity]) -> list[NamedEntity]:
    """The entities less the organisations every mention of which owns a publication."""
    return [
        entity
        for entity in entities
        if entity.kind != ORGANISATION
        or not entity.mentions
        or not all(owns_a_publication(text, m.start, m.end) for m in entity.mentions)
    ]
