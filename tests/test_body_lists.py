"""Bodies known by the company they keep (issue 19): an item of a 、-list of recognised
bodies that ends in a body head, and X of X会同Y; and a place before a word the dictionary
knows as an institution (local_bodies). Sentences invented here, in both scripts, with
short forms and wordings no gold document has."""

from __future__ import annotations

import importlib
import sys
from pathlib import Path

import pytest
from policykg.ingest.extract.body_lists import MIN_KNOWN, listed_among_bodies, short_heads
from policykg.ingest.extract.records import Candidate

from tests.scaling import growth
from tests.test_local_bodies import _organisations

ROOT = Path(__file__).resolve().parents[1]


def test_the_short_heads_come_from_the_laws_and_name_their_full_head():
    assert "联" in short_heads()  # 妇联 ← 妇女联合会
    lines = (ROOT / "ingest/resources/list_heads.tsv").read_text("utf-8").splitlines()
    assert any("LawRefBook" in line for line in lines if line.startswith("#"))
    rows = [line.split("\t") for line in lines if not line.startswith("#")]
    assert all(len(row) == 5 and row[1].startswith(row[0]) for row in rows)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # short forms no dictionary reads as names, listed among ministries
        ("（牵头单位：商务部、海洋渔业委、财政部、侨务办）", ["海洋渔业委", "侨务办"]),
        ("请外交部、文化和旅游部、边防协调委、公安部抓紧落实。", ["边防协调委"]),
        # the last item ends before 等, a count or a verb of the boundary evidence
        ("由教育部、科技部、残疾人工作办3个部门组成。", ["残疾人工作办"]),
        ("（农业农村部、商务部、全国青联等负责）", ["全国青联"]),  # 联 of 联合会
        # Traditional: the same lists in the other script
        ("（負責部門：財政部、外交部、僑務辦、商務部）", ["僑務辦"]),
        # the first item, after a governing word inside it
        ("工作组由商务部、海洋渔业委、财政部组成。", ["商务部", "海洋渔业委"]),
    ],
)
def test_an_item_listed_among_bodies_is_a_body(text, expected):
    found = _organisations(text)
    assert all(name in found for name in expected), found


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        # a list of fields, not of bodies: no two items are bodies
        ("加强扶贫、教育、卫生工作办", "卫生工作办"),
        # one body beside unknown items is not enough
        ("（财政部、资金调度办、项目评审委）", "资金调度办"),
        # after a comma the clause's verb may be glued to the first item
        ("总理很重视，批示海洋渔业委、财政部、商务部研究。", "批示海洋渔业委"),
        # 由 inside a word governs nothing: no item begins after it
        ("（自由港建设办、财政部、商务部）", "港建设办"),
        # a class of bodies, not one
        ("（财政部、商务部、有关部委）", "有关部委"),
        # a body of wherever it is: the first word says where
        ("应副知外交部、教育部、当地警察局、财政部办理。", "当地警察局"),
        ("應通知外交部、教育部、當地警察局、財政部辦理。", "當地警察局"),
        # a phrase with no body head
        ("（财政部、商务部、地方政府债务管理）", "地方政府债务管理"),
    ],
)
def test_an_item_without_enough_evidence_is_no_body(text, absent):
    assert absent not in _organisations(text)


def test_a_list_with_a_word_among_its_bodies_is_no_evidence():
    text = "（财政部、商务部、扶贫、交通、海洋渔业委）"  # two of five items are words
    assert "海洋渔业委" not in _organisations(text)


def test_the_body_a_list_follows_counts_as_evidence():
    text = "国土资源部会同海洋调查办、地震局研究提出了意见。"
    assert "海洋调查办" in _organisations(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("边防协调办会同公安部等有关部门提出了意见。", "边防协调办"),
        ("邊防協調辦會同公安部研究。", "邊防協調辦"),  # Traditional
    ],
)
def test_the_body_before_huitong_and_a_body_is_a_body(text, expected):
    assert expected in _organisations(text)


def test_no_body_before_huitong_without_a_body_after_it():
    assert "边防协调办" not in _organisations("边防协调办会同有关单位研究。")


def test_what_it_adds_never_overlaps_a_name_found():
    text = "（财政部、商务部、海洋渔业委）"
    found = [Candidate("Organization", 1, 4), Candidate("Organization", 5, 8)]
    added = listed_among_bodies(text, 0, len(text), found)
    assert [text[c.start : c.end] for c in added] == ["海洋渔业委"]
    assert len(found) >= MIN_KNOWN
    overlapping = [*found, Candidate("Organization", 9, 13)]
    assert listed_among_bodies(text, 0, len(text), overlapping) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("议案提请浙江省人民代表大会审议。", "浙江省人民代表大会"),
        ("由福建省地震局负责监测。", "福建省地震局"),
        ("提請廣東省人民代表大會審查。", "廣東省人民代表大會"),  # Traditional
    ],
)
def test_a_place_before_an_institution_word_names_the_place_s_body(text, expected):
    assert expected in _organisations(text)


def test_a_place_before_a_hospital_or_bank_names_a_class():
    found = _organisations("鼓励澳门公立医院与内地合作。")
    assert "澳门公立医院" not in found


@pytest.fixture(scope="module")
def build():
    sys.path.insert(0, str(ROOT / "scripts"))
    try:
        yield importlib.import_module("build_list_heads")
    finally:
        sys.path.remove(str(ROOT / "scripts"))


def test_a_short_head_is_kept_where_the_laws_list_short_forms_of_full_names(build):
    laws = [  # invented: three short forms of 联合会 bodies, two of 协作会 ones
        "由工会、妇女联合会、残疾人联合会、妇联、共青团配合。",
        "由工会、青年联合会、青联、残联、共青团配合。",
        "由工会、农技协作会、农协、共青团配合。",
    ]
    rows = {row[0]: row for row in build.short_heads(build.list_items(laws))}
    assert rows["联"][:3] == ("联", "联合会", 3)  # 妇联, 青联, 残联
    assert "协" not in rows  # one short form only (农协): fewer than MIN_ITEMS


def test_a_short_form_begins_where_its_full_name_begins(build):
    laws = ["由工会、妇女联合会、女联、女联、女联、共青团配合。"]  # 女 is not 妇女's start
    assert build.short_heads(build.list_items(laws)) == []


def test_listed_among_bodies_is_linear():
    line = "（负责部门：财政部、商务部、海洋渔业委）。边防协调办会同公安部研究。"

    def make(n: int):
        text = line * n
        found = [  # 财政部, 商务部 and 公安部 of each line, as recognise would give them
            Candidate("Organization", k * len(line) + a, k * len(line) + b)
            for k in range(n)
            for a, b in ((6, 9), (10, 13), (28, 31))
        ]
        return lambda: listed_among_bodies(text, 0, len(text), found)

    added = make(2)()
    assert len(added) == 4  # 海洋渔业委 and 边防协调办 of each line
    assert growth(make, 500) < 8


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        ("江苏省地方性法规、江苏省政府规章另有规定的除外。", "江苏省地方性法规"),
        ("適用澳門地方性法規、澳門政府規章的規定。", "澳門地方性法規"),
    ],
)
def test_a_name_qualifying_a_noun_lends_its_list_no_kind(text, absent):
    assert absent not in _organisations(text)  # 江苏省政府|规章: a list of rules, not bodies


def test_a_name_before_a_verb_still_lends_its_list_its_kind():
    assert "微众银行" in _organisations("腾讯、微众银行及香港科技园公司合作。")
