"""Groups named by their task (issue 19): leading groups, joint conferences and
headquarters whose names hold the task they are for, and branch centres named by their task
and place. Sentences invented here (other
places, other tasks, both scripts), and two taken from the scale corpus's laws."""

from __future__ import annotations

import importlib
import sys
from pathlib import Path

import pytest
from policykg.ingest.extract.named_groups import group_heads, named_groups
from policykg.ingest.extract.phrases import tokenise

from tests.scaling import growth
from tests.test_local_bodies import _organisations

ROOT = Path(__file__).resolve().parents[1]


def test_the_group_heads_come_from_the_laws():
    assert {"领导小组", "联席会议", "指挥部"} <= set(group_heads())
    assert "会议" not in group_heads()  # a meeting held, not a body
    lines = (ROOT / "ingest/resources/group_heads.tsv").read_text("utf-8").splitlines()
    assert any("LawRefBook" in line for line in lines if line.startswith("#"))
    assert "scripts/build_group_heads.py" in lines[1]


@pytest.fixture(scope="module")
def build():
    sys.path.insert(0, str(ROOT / "scripts"))
    try:
        yield importlib.import_module("build_group_heads")
    finally:
        sys.path.remove(str(ROOT / "scripts"))


def test_a_group_head_is_set_up_in_the_laws_and_has_members(build):
    laws = [  # invented: a group set up in three laws, with members; meetings held, never set up
        f"第{n}条 设立防疫督导小组。督导小组成员由卫生部门派员。召开会议。" for n in range(3)
    ]
    heads = [row[0] for row in build.group_heads(*build.count(laws))]
    assert "小组" in heads
    assert "会议" not in heads


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a place owns it; the task's words are nouns and verbal nouns
        ("经省政府同意，成立浙江省海洋经济发展工作领导小组。", "浙江省海洋经济发展工作领导小组"),
        ("汛期由长江流域防洪抗旱指挥部统一调度。", "长江流域防洪抗旱指挥部"),
        # an institution owns it (a verbal noun the evidence calls a predicate: 综合)
        (
            "各成员单位要向国务院农村综合改革工作联席会议报告进展。",
            "国务院农村综合改革工作联席会议",
        ),
        # no owner: the task named as one (…工作), after the verb that ends the reach
        ("撤销食品安全监管工作部际联席会议，其职能并入新设机构。", "食品安全监管工作部际联席会议"),
        # Traditional
        ("落實中央農村工作領導小組的部署", "中央農村工作領導小組"),
        ("報告送交臺灣省防災工作指揮部。", "臺灣省防災工作指揮部"),
    ],
)
def test_a_group_named_by_its_task_is_a_body(text, expected):
    assert expected in _organisations(text)


@pytest.mark.parametrize(
    "text",
    [
        "各地要成立领导小组，加强组织协调。",  # the head alone
        "建立市场监管部门牵头的联席会议制度",  # described by a clause (的), no name
        "成立工作小组，负责日常事务。",  # 工作 alone names no task
        # the scale corpus: a clause's verbs (选举|产生, 应当|组织) before the head
        "村民会议选举产生承包工作小组",
        "国务院文化主管部门应当组织专家评审小组",
        "国务院授权有关部门组织事故调查组",  # 授权 stops the reach, before a verbal noun too
        "由国务院电力监管机构组织事故调查组",  # a body, then what it does (组织)
    ],
)
def test_a_group_without_a_task_or_an_owner_is_no_name(text):
    found = _organisations(text)
    assert not any(name.endswith(group_heads()) for name in found), found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a branch centre: a task, the branch's place, 分中心; the owner before the task
        ("推动国家知识产权局专利审查协作华南分中心建设", "国家知识产权局专利审查协作华南分中心"),
        ("第三条 依托国家水土保持监测西南分中心开展监测", "国家水土保持监测西南分中心"),
        ("鼓勵設立藥品審評檢查華南分中心", "藥品審評檢查華南分中心"),  # no owner
    ],
)
def test_a_branch_centre_named_by_its_task_and_place_is_a_body(text, expected):
    assert expected in _organisations(text)


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        ("在广州设立分中心", "广州分中心"),  # no task
        ("支持建设广州分中心", "建设广州分中心"),  # the verb is no task
        ("依托上海市知识产权保护中心浦东分中心", "中心浦东分中心"),  # one word before the place
    ],
)
def test_a_branch_centre_without_a_task_is_no_name(text, absent):
    assert absent not in _organisations(text)


def test_the_stage_is_linear():
    line = "落实中央农村工作领导小组部署，向长江流域防洪抗旱指挥部报告，设立监测华南分中心。\n"

    def make(n):
        text = line * n
        tokens = tokenise(text, 0, len(text))
        return lambda: named_groups(text, tokens)

    assert growth(make, 200) < 8
