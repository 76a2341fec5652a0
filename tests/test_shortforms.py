"""Short forms of national bodies (issue 19): read back to exactly one body of the list the
Mainland laws name in full, and only where they stand as a unit. Sentences invented here,
in both scripts; none is a sentence of a gold document."""

from __future__ import annotations

import pytest
from policykg.ingest.extract.shortforms import abbreviated_bodies, full_name_of, without_marker
from policykg.ingest.script import to_simplified


@pytest.mark.parametrize(
    ("short", "full"),
    [
        ("证监会", "中国证券监督管理委员会"),  # 会: the last character of 委员会
        ("市场监管总局", "国家市场监督管理总局"),  # begins after the national marker
        ("外汇局", "国家外汇管理局"),
        ("人民银行", "中国人民银行"),
        ("中央军委", "中华人民共和国中央军事委员会"),  # 委: the first character of 委员会
    ],
)
def test_a_short_form_reads_back_to_its_one_full_name(short, full):
    assert full_name_of(short) == full


@pytest.mark.parametrize(
    "text",
    [
        "国办",  # two characters: fits every 国务院…办公室
        "管理局",  # a head alone begins no full name's stem
        "监督委",  # its first character begins no full name
        "监察委员会",  # without 国家 it is also every level's commission (地方各级监察委员会)
    ],
)
def test_what_fits_no_body_or_several_is_no_short_form(text):
    assert full_name_of(text) is None


def _names(text: str) -> list[str]:
    simplified = to_simplified(text)
    return [text[c.start : c.end] for c in abbreviated_bodies(simplified, 0, len(simplified))]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("本项申请由外汇局、证监会审核。", ["外汇局", "证监会"]),
        ("（牵头单位：市场监管总局）", ["市场监管总局"]),
        ("请人民银行会同财政部研究提出意见。", ["人民银行"]),
        ("本項申請由外匯局、證監會審核。", ["外匯局", "證監會"]),  # Traditional
    ],
)
def test_a_short_form_standing_as_a_unit_is_found(text, expected):
    assert _names(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "要加强市场监管总局的能力建设。",  # inside running text: no unit
        "各地外汇局的分支机构。",  # 各地… before it: not between list marks
        "有关部门要研究证监会议事规则。",  # 证监会 glued into a longer word run
    ],
)
def test_a_short_form_inside_running_text_is_not_read(text):
    assert _names(text) == []


def test_the_national_marker_is_stripped_once():
    # shared with scripts/build_national_bodies.py, which builds the list with it
    assert without_marker("中华人民共和国外交部") == "外交部"
    assert without_marker("国家国家") == "国家"  # once
    assert without_marker("国务院办公厅") == "办公厅"
    assert without_marker("国家国防科技工业局") == "国防科技工业局"
    assert without_marker("中国人民银行") == "人民银行"
    assert without_marker("外交部") == "外交部"
