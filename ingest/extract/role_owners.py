"""A body seen only as the owner of a functional role is no body the text names (issue 19,
session 27).

国务院邮政管理部门, 国务院专利行政部门: the laws name a role by the body whose department
holds it and the field it holds (`the State Council's department in charge of posts`); the
role is no name, and the body inside it is seen only inside a longer phrase, which the
gold convention leaves out (borderline: "names seen only inside a longer name"). Where the
same document names the body on its own (经国务院批准, 国务院决定), it is a body of the text
and stays.

A mention owns a role when the phrase right after it, with no punctuation or function word
between and no level at its start, ends with a department in charge of a field (主管部门,
行政部门, 管理部门) within MAX_FIELD characters; the body's departments at large (甲区人民政府
有关部门, 工作部门) are no role, and the gold keeps such a body. Read per mention: linear in
the mentions.
"""

from __future__ import annotations

import re

from .records import NamedEntity

__all__ = ["MAX_FIELD", "owns_a_role", "without_role_owners"]

MAX_FIELD = 8  # characters of the field between the body and 部门: 信息产业|主管部门
# the field's characters: Han only (no punctuation, digits, spaces), then the role word; the
# word before 部门 may not be one that makes the body the subject (国务院|批准|…部门)
# a department in charge of a field (主管部门, 行政部门, 管理部门): the role; not the body's
# own departments at large (有关部门, 工作部门), which the gold keeps the body for
_ROLE_AFTER = re.compile(rf"[\u4e00-\u9fff]{{0,{MAX_FIELD}}}?(?:主管|行政|管理)部门")
# (商, 等: 甲局商乙部等有关部门 — the body acts with another's departments; 部: a body
# between, whose departments these are; 是, 为, 系: 甲局是本市电信主管部门 — the body is
# the role, it does not own it)
_CLAUSE_WORDS = re.compile(
    "[的和与及或并对向由将把按商等部是为系在]|会同|同意|批准|决定|规定|依据|设立"
)
# a level at the field's start: the departments are that level's (甲办公室在|市…行政部门)
_LEVEL_START = re.compile("[省市县区]")


def owns_a_role(simplified: str, end: int) -> bool:
    """Does the phrase after a mention ending at `end` (Simplified) name a role of it
    (国务院|邮政管理部门, 国务院|有关部门)?"""
    found = _ROLE_AFTER.match(simplified, end)
    return (
        found is not None
        and not _CLAUSE_WORDS.search(found.group(0)[:-2])
        and not _LEVEL_START.match(found.group(0))
    )


def without_role_owners(simplified: str, entities: list[NamedEntity]) -> list[NamedEntity]:
    """The entities less the organisations every mention of which owns a role."""
    return [
        entity
        for entity in entities
        if entity.kind != "Organization"
        or not entity.mentions
        or not all(owns_a_role(simplified, m.end) for m in entity.mentions)
    ]
