"""When a quote and a platform head name no platform (quoted_coins.py, quoted_platforms.py,
issue 19, session 29), on invented sentences."""

from __future__ import annotations

import importlib
import re
import sys
from pathlib import Path

import pytest
from policykg.ingest.extract.quoted_coins import (
    goes_on_past_head,
    load_coin_evidence,
    modifier_of_kinds,
)
from policykg.ingest.extract.quoted_platforms import joins_an_activity, quoted_platforms

from .recognised import platforms


def _bare(name: str) -> str:
    return re.sub("[“”「」]", "", name)


def _quoted(text: str) -> list[str]:
    return [text[c.start : c.end] for c in quoted_platforms(text, 0, len(text))]


@pytest.mark.parametrize(
    "text",
    [
        # a campaign, a reform, a reform's experience: the phrase goes on past the head
        "各地开展“清风”网络专项整治行动。",
        "总结推广“一窗通办”系统改革经验。",
        "学习借鉴“银发助老”热线经验做法。",
        "本市启动“净网”平台专项清理。",
    ],
)
def test_a_quote_and_head_that_go_on_into_a_campaign_or_reform_name_no_platform(text):
    assert platforms(text) == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # what is done to the platform, or a verb after it: the head ends the phrase
        ("推进“青禾家政”服务平台建设。", "“青禾家政”服务平台"),
        ("“96811”热线运行情况应当公开。", "“96811”热线"),
        ("“禾信通”平台数据由市大数据中心归集。", "“禾信通”平台"),
        ("群众可以登录“禾信通”平台申请。", "“禾信通”平台"),
    ],
)
def test_a_quote_and_head_before_the_platforms_own_words_stay_one_platform(text, name):
    assert name in _quoted(text)


@pytest.mark.parametrize(
    "text",
    [
        # a word the laws write before many different words: a kind of counter or system
        "各区行政服务中心应当设立“一站式”服务窗口。",
        "推动建设“一体化”在线平台。",
        "各级医院开设“绿色”就诊窗口。",
        "街道推行“网上”受理系统。",
    ],
)
def test_a_quoted_modifier_of_kinds_before_a_head_names_no_platform(text):
    assert _quoted(text) == []
    assert not any(re.search("窗口|平台|系统", name) for name in platforms(text)), platforms(text)


@pytest.mark.parametrize(
    "text",
    [
        # a slogan of arriving or returning (a verb before the head), a count of heads
        "呈现“群帆竞港”的场面。",
        "打造“陆海双港”发展格局。",
        "形成“两翼三港”联动态势。",
        "营造“百舸进港”的热潮。",
    ],
)
def test_a_quoted_slogan_with_a_count_or_a_motion_before_its_head_is_no_platform(text):
    assert not any("港" in name for name in platforms(text)), platforms(text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # a numeral inside a place word is the place's, not a count
        ("规划建设“三江口国际港”。", "三江口国际港"),
        ("加快“西江智慧物流港”建设。", "西江智慧物流港"),
    ],
)
def test_a_quoted_port_with_a_numeral_in_its_place_stays_a_platform(text, name):
    assert name in platforms(text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # a field joined to an activity inside the quotes: one programme's system
        ("依托“互联网+督查”系统开展检查。", "“互联网+督查”系统"),
        ("申请人可以通过「智慧+审批」平台提交材料。", "「智慧+审批」平台"),
        ("市场主体登录“互联网+政务服务”平台办理。", "“互联网+政务服务”平台"),
    ],
)
def test_a_quoted_field_plus_an_activity_is_one_platform(text, name):
    # with its quotes (quoted_platforms) or without them (head_names' quoted-before-head)
    assert _bare(name) in map(_bare, platforms(text)), platforms(text)


def test_a_quoted_combination_of_kinds_stays_a_model_of_working():
    assert not joins_an_activity("“科研院所+孵化器”创新中心")
    assert not joins_an_activity("“龙头企业+家庭农场+示范基地”")
    assert joins_an_activity("“互联网+督查”系统")
    assert joins_an_activity("互联网+督查系统")  # the whole quote as the name: head aside
    assert not any("+" in n for n in platforms("推广“合作社+农户”服务平台。"))


def test_the_evidence_reads_the_laws():
    evidence = load_coin_evidence()
    assert evidence.after_head["建设"] >= 2  # 平台|建设, 系统|建设 …
    assert not goes_on_past_head("建设", "vn")
    assert goes_on_past_head("专项", "n")
    assert not goes_on_past_head("受理", "v")  # a verb ends the phrase
    assert modifier_of_kinds([("一站式", "b")])
    assert not modifier_of_kinds([("青禾", "nz"), ("家政", "n")])


def test_the_evidence_file_names_its_source_and_rebuilds_the_same(tmp_path):
    scripts = Path(__file__).resolve().parents[1] / "scripts"
    sys.path.insert(0, str(scripts))
    try:
        builder = importlib.import_module("build_quoted_coin_evidence")
    finally:
        sys.path.remove(str(scripts))
    resources = Path(__file__).resolve().parents[1] / "ingest" / "resources"
    text = (resources / builder.OUTPUT).read_text("utf-8")
    assert "scripts/build_quoted_coin_evidence.py" in text and "LawRefBook-Laws" in text
    after, followers = builder.count(["平台建设和系统建设。一站式服务、一站式办理。"])
    assert after["建设"] == {"平台", "系统"}
    assert followers["一站式"] == {"服务", "办理"}
