"""A system said once right after a frame of use, and a name that goes on past a head
(ingest/extract/platform_reference.py `says_which_service`, platform_use.py
`leads_to_head`; issue 19, session 29). Every sentence is invented: other systems, other
bodies than the gold documents; each named case was missed or cut before the step, and
each class, kind or plan stays unnamed."""

from __future__ import annotations

import pytest
from policykg.ingest.extract.phrases import tokenise
from policykg.ingest.extract.platform_reference import referenced_platforms
from policykg.ingest.script import to_simplified

from .recognised import platforms


def referenced(text: str) -> list[tuple[str, str]]:
    tokens = tokenise(text, 0, len(text))
    return [(text[c.start : c.end], c.rule) for c in referenced_platforms(text, tokens)]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("企业可以通过科研经费监管平台报送年度数据。", "科研经费监管平台"),
        ("相关记录应当录入渔船进出港报告系统。", "渔船进出港报告系统"),
        ("出版单位应当通过图书质量抽检系统报送样书。", "图书质量抽检系统"),
        ("相關資料應納入漁船動態監控系統。", "漁船動態監控系統"),
        ("检测机构应当通过食品安全抽检信息系统上传检测报告。", "食品安全抽检信息系统"),
        ("承担单位应当将数据纳入林业种质资源共享平台。", "林业种质资源共享平台"),
        # after the document's own city, the name is what follows
        ("相关信息应当纳入本市科研经费监管平台。", "科研经费监管平台"),
    ],
)
def test_a_system_said_once_after_a_frame_of_use_is_named(text, name):
    assert platforms(text) == [name]


def test_the_rule_says_it_was_used_once():
    text = "企业可以通过科研经费监管平台报送年度数据。"
    assert referenced(text) == [("科研经费监管平台", "rule:used-once-platform")]


@pytest.mark.parametrize(
    "text",
    [
        "应当通过各类信息系统公开信息。",  # a class
        "有关部门应当依托相关平台开展服务。",  # a collective word
        "通过公共服务平台发布信息。",  # an attributive word first: a kind
        "单位应当依托网上平台办理。",  # a modifier too short to say which
        "市人民政府应当建立科研经费监管平台。",  # a plan: no frame of use
        "经营者通过电子商务平台销售商品。",  # the laws say it as a kind
        "企业可以通过甲、乙等信息平台报送数据。",  # the class a list closes
        "用人单位可以通过省级人才服务平台发布岗位。",  # a rank: a sort of facility
        "数据应当上传至相关信息系统。",  # a collective word after a complement
        # a complement of destination frames no name said once: water goes to systems too
        "养殖尾水应当排放至园区尾水净化处理系统。",
        "生活污水应当排放到镇区污水集中处理系统。",
        # so a system data are sent to, said once, is no longer named by that frame alone
        "检测机构应当将检测报告上传至食品安全抽检信息系统。",
        "各部门可以通过信息共享平台交换数据。",  # a tail the laws lengthen into many names
        "政府支持产业集群建设公共研发平台。",  # 支持 is no definite act
        "支持产业互联网平台整合产业资源。",
    ],
)
def test_a_class_a_kind_or_a_plan_stays_unnamed(text):
    assert platforms(text) == []


@pytest.mark.parametrize(
    "text",
    [
        # a verb of making inside: the clause makes the second platform
        "各部门应当依托城市数据中枢平台建设本行业服务平台。",
        "学校可以通过教育资源公共平台建设校本课程资源平台。",
    ],
)
def test_a_phrase_with_a_verb_of_making_is_no_name(text):
    assert not any("建设" in name for name in platforms(text))
    assert not any(rule == "rule:used-once-platform" for _, rule in referenced(text))


def test_a_destination_needs_a_verb_before_it():
    assert platforms("自2020年1月至2021年12月，信息系统运行良好。") == []  # 至 between dates


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("税务机关可以通过东滨省发票网络稽核系统核对申报数据。", "东滨省发票网络稽核系统"),
        ("海关可以通过东滨口岸货运网络布控系统核对舱单。", "东滨口岸货运网络布控系统"),
        ("车管部门可以通过东滨市车辆信息网络核验系统查验号牌。", "东滨市车辆信息网络核验系统"),
    ],
)
def test_a_name_goes_on_past_a_head_to_the_system_it_names(text, name):
    assert platforms(text) == [name]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # a predicate after the head begins a clause: the name ends at the head
        ("申请人可以通过湖南省政务服务网申请系统账号。", "湖南省政务服务网"),
        ("市民可以通过湖南省政务服务网查询系统维护时间。", "湖南省政务服务网"),
    ],
)
def test_a_predicate_after_a_head_ends_the_name(text, name):
    assert platforms(text) == [name]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # Taiwan's 透過 is the Mainland's 通过: the same definite act (session 31)
        ("業者得透過貨物通關資訊系統傳輸報單資料。", "貨物通關資訊系統"),
        ("申請人得透過自然人憑證網路申辦平臺申請補助。", "自然人憑證網路申辦平臺"),
        # a window a service is filed or sent through, after either word
        ("業者得透過港貿通關單一窗口傳輸報單資料。", "港貿通關單一窗口"),
        ("企业可以通过货物进出口服务窗口提交材料。", "货物进出口服务窗口"),
    ],
)
def test_a_system_or_window_used_through_it_once_is_named(text, name):
    assert (to_simplified(name), "rule:used-once-platform") in referenced(to_simplified(text))
    assert name in platforms(text)


@pytest.mark.parametrize(
    "text",
    [
        "民眾得透過各機關服務窗口申請。",  # each office's window: a class
        "申請人得透過服務窗口申請。",  # a bare window: no service said
        "學校得透過各類資訊系統傳輸資料。",
        "業者得透過網路系統傳輸報單資料。",  # too short to say which service
        # a word of 化 first says how a system works, a sort of it
        "廠商得透過自動化倉儲管理系統盤點存貨。",
        "企业可以通过智能化生产调度系统安排工序。",
    ],
)
def test_a_class_or_a_kind_used_through_stays_unnamed(text):
    assert platforms(text) == []
