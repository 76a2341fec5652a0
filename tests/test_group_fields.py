"""A body, the field of its task group written as nouns, the group and its office are one
name (ingest/extract/group_fields.py, issue 19, session 27). Sentences written for these
tests; fields and bodies other than those of the gold documents."""

from __future__ import annotations

import pytest
from policykg.ingest.extract.entities import recognise
from policykg.ingest.script import to_simplified


def names_in(text):
    simplified = to_simplified(text)
    return [(c.kind, c.name_in(text)) for c in recognise(simplified, 0, len(text))]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the office of an inter-ministerial joint meeting on a kind of zone
        ("材料先送国务院自由贸易园区工作部际联席会议办公室审核", "国务院自由贸易园区工作部际联席会议办公室"),
        # the office of a leading group, a field of another kind
        ("由国务院自由贸易港工作领导小组办公室牵头研究", "国务院自由贸易港工作领导小组办公室"),
        # the group itself, without its office
        ("国务院自由贸易园区工作部际联席会议负责跟踪评估", "国务院自由贸易园区工作部际联席会议"),
        # a department of a province owns the group
        ("商务厅自由贸易试验区建设工作领导小组每季度召开会议", "商务厅自由贸易试验区建设工作领导小组"),
    ],
)  # fmt: skip
def test_the_body_the_field_and_the_group_are_one_name(text, expected):
    found = [name for kind, name in names_in(text) if kind == "Organization"]
    assert found == [expected]


def test_a_verb_before_the_field_still_begins_a_clause():
    """批准 is a verb, not the owner of the group: the name does not reach over it."""
    found = [name for _, name in names_in("国务院批准设立工作领导小组")]
    assert all("批准" not in name for name in found)


def test_which_words_are_a_groups_field():
    from policykg.ingest.extract.boundary_evidence import load_evidence
    from policykg.ingest.extract.group_fields import field_of_group

    tag = load_evidence().tag
    words = ["国务院", "自由贸易", "试验区", "工作", "部际", "联席会议", "办公室"]
    assert field_of_group(words, 1, tag)
    # no body owns the field: the rule says nothing
    assert not field_of_group(["推进", "自由贸易", "试验区", "工作", "领导小组"], 1, tag)
    # a verb inside the run: a clause, not a field
    assert not field_of_group(["国务院", "自由贸易", "批准", "领导小组"], 1, tag)
    # no group head at the end: a unit of another kind
    assert not field_of_group(["国务院", "自由贸易", "试验区", "管理局"], 1, tag)
    # more than the group's office after its head
    assert not field_of_group(
        ["国务院", "自由贸易", "试验区", "领导小组", "秘书处", "办公室"], 1, tag
    )
