"""One platform or a kind, by how the document refers to the phrase
(ingest/extract/platform_reference.py, issue 19, session 22). Every sentence is invented:
other cities, other services than the gold documents."""

from __future__ import annotations

import pytest
from policykg.ingest.extract.phrases import tokenise
from policykg.ingest.extract.platform_reference import (
    aimed_at,
    mentions,
    referenced_platforms,
)

from .recognised import platforms
from .scaling import growth


def referenced(text: str) -> list[tuple[str, str]]:
    tokens = tokenise(text, 0, len(text))
    return [(text[c.start : c.end], c.rule) for c in referenced_platforms(text, tokens)]


@pytest.mark.parametrize(
    ("text", "name", "rule"),
    [
        # the jurisdiction's one facility: 统一的 after a frame of use
        (
            "各县应当依托全市统一的工程招标交易平台开展招标。",
            "工程招标交易平台",
            "rule:unified-platform",
        ),
        (
            "有关数据应当纳入全省统一的涉企信息归集系统。",
            "涉企信息归集系统",
            "rule:unified-platform",
        ),
        # named again elsewhere in the document
        (
            "本市建立农业科技资源平台。高校可以通过农业科技资源平台开放仪器。",
            "农业科技资源平台",
            "rule:repeated-platform",
        ),
        # a service line named by its number, even as an item of a list
        (
            "区人民政府应当依托12319城建服务热线、网上信箱等，受理投诉。",
            "12319城建服务热线",
            "rule:numbered-platform",
        ),
        # a number names one line wherever it stands
        ("居民可以拨打96133燃气服务热线报修。", "96133燃气服务热线", "rule:numbered-platform"),
    ],
)
def test_the_document_refers_to_one_platform(text, name, rule):
    assert (name, rule) in referenced(text)
    assert name in platforms(text)


@pytest.mark.parametrize(
    "text",
    [
        # said once, with no 统一的 and no number: the words alone decide, and two
        # characters before the head say no service (a longer modifier does since
        # session 29: test_platform_used_once.py)
        "高校可以通过共享平台开放仪器。",
        # a class of the document: items of a list closed by 等
        "企业可以通过交易平台、信息系统等渠道申报；企业也可以通过交易平台、信息系统等申报。",
        # 建立统一的: what the text will make, not a frame of use
        "建立统一的农业科技资源平台。",
        # a year or a count, not a line's number
        "在2021年度考核系统中登记。",
        "开通110等紧急类热线平台。",
    ],
)
def test_no_reference_no_platform(text):
    assert referenced(text) == []


@pytest.mark.parametrize(
    ("text", "name", "aim"),
    [
        # said once, no proper element, before an activity noun: an aim or a kind
        ("县人民政府应当加强乡村旅游服务中心建设。", "乡村旅游服务中心", True),
        ("鼓励社会资本支持电竞直播平台发展。", "电竞直播平台", True),
        ("推进社区养老服务中心规范化建设。", "社区养老服务中心", True),
        # named again: a facility the text refers to
        ("推进乡村旅游服务中心建设。乡村旅游服务中心由县文旅局运营。", "乡村旅游服务中心", False),
        # a place names it
        ("推进长沙临空经济示范区建设。", "长沙临空经济示范区", False),
        # the nation first: the anchors' to judge
        ("推进国家农业科技示范平台建设。", "国家农业科技示范平台", False),
        # no activity after it
        ("县人民政府应当加强乡村旅游服务中心管理。", "乡村旅游服务中心", False),
    ],
)
def test_an_aim_is_said_once_before_an_activity(text, name, aim):
    start = text.index(name)
    assert aimed_at(text, start, start + len(name)) is aim


def test_an_item_after_a_platform_shares_the_lists_activity():
    text = "推进长沙临空经济示范区、智慧物流示范基地建设。"
    start = text.index("智慧物流示范基地")
    end = start + len("智慧物流示范基地")
    assert aimed_at(text, start, end)
    assert not aimed_at(text, start, end, platform_ends=frozenset({start - 1}))


def test_the_index_counts_phrases_ending_at_heads():
    text = "甲市建立农业科技资源平台，通过农业科技资源平台开放。"
    counted = mentions(text)
    assert counted["农业科技资源平台"] == 2
    assert counted["资源平台"] == 2
    assert "甲市建立" not in counted


def test_the_index_is_linear():
    unit = "本市建立农业科技资源平台，高校可以通过农业科技资源平台开放仪器，推进服务中心建设。"

    def make(n: int):
        text = unit * n
        return lambda: (mentions.cache_clear(), mentions(text))

    assert growth(make, 200) < 8


@pytest.mark.parametrize(
    "text",
    [
        # a verb begins a clause: the phrase ends before it, not at a later head
        "单位可以通过卫星专线进行国际联网。单位可以通过卫星专线进行国际联网。",
        # a number with its unit is a size, not a line's number
        "各乡镇依托800兆光纤网络开展远程服务。",
        # named twice, but the laws say it as a kind (kind_phrases.tsv): no reference
        "商家可以通过电子商务平台开设店铺。商家可以通过电子商务平台开设店铺。",
    ],
)
def test_clauses_sizes_and_kinds_are_no_reference(text):
    assert referenced(text) == []


def test_a_verbal_noun_after_a_head_goes_on_to_the_longer_name():
    text = "居民可以通过反网络欺诈监测平台留言。居民也可以通过反网络欺诈监测平台留言。"
    assert {name for name, _ in referenced(text)} == {"反网络欺诈监测平台"}


def test_a_verb_right_before_its_head_stays_in_the_name():
    text = "各区应当依托全市统一的政府采购交易平台公开信息。"
    assert ("政府采购交易平台", "rule:unified-platform") in referenced(text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # 发展 with its own object: what the platform is used for, not an aim
        ("企业可以依托跨境物流综合服务平台发展海外仓业务。", "跨境物流综合服务平台"),
        ("县人民政府可以通过乡村旅游服务中心建设游客评价体系。", "乡村旅游服务中心"),
    ],
)
def test_an_activity_with_its_own_object_is_no_aim(text, name):
    start = text.index(name)
    assert not aimed_at(text, start, start + len(name))


def test_the_unified_platform_is_no_aim_whatever_follows():
    text = "各区应当依托全市统一的政府采购交易平台建设。"
    assert "政府采购交易平台" in platforms(text)


# session 26: a jurisdiction's one system (全省统一的…) whatever verb governs it, and a
# predicate after the head closes the phrase whatever the segmenter tags it (办理: n)
@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("申请人可以通过全市统一的住房保障信息系统办理登记。", "住房保障信息系统"),
        ("各区应当统一使用全市统一的企业开办服务平台。", "企业开办服务平台"),
        ("各级部门应当规范使用全省统一的行政许可受理平台。", "行政许可受理平台"),
        ("各级部门应当推行全省统一的电子证照系统，实现证照互认。", "电子证照系统"),
        # to be built, but the jurisdiction's one: the gold's convention (batches Q, V)
        ("各区应当建立全市统一的养老服务信息平台。", "养老服务信息平台"),
    ],
)
def test_the_jurisdictions_one_system_whatever_the_verb(text, name):
    assert referenced(text) == [(name, "rule:unified-platform")]
    assert platforms(text) == [name]


@pytest.mark.parametrize(
    "text",
    [
        "各区可以使用统一的数据采集系统。",  # no jurisdiction
        "收费应当执行全省统一的收费标准。",  # no service head
    ],
)
def test_unified_without_a_jurisdiction_or_a_service_is_nothing(text):
    assert referenced(text) == []
    assert platforms(text) == []


# session 30: after 统一的 the 的 says where the name begins, so its first word need not be
# one the laws begin names with (在线, 涉…), and a first word the segmenter tags a verb
# qualifies the head (的|涉税|咨询热线); a coordination or a clause still ends the phrase
@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("旅客可以通过全省统一的在线购票系统办理退票。", "在线购票系统"),
        ("学校应当使用全市统一的在线学籍管理系统。", "在线学籍管理系统"),
        ("各区可以使用全市统一的在线调解服务平台。", "在线调解服务平台"),
        ("各医院应当接入全市统一的涉药追溯系统。", "涉药追溯系统"),
        ("各区应当开通全区统一的涉税咨询热线。", "涉税咨询热线"),
    ],
)
def test_the_name_after_unified_begins_after_its_of(text, name):
    assert referenced(text) == [(name, "rule:unified-platform")]
    assert platforms(text) == [name]


@pytest.mark.parametrize(
    "text",
    [
        "省人民政府应当建立全省统一的标准和管理系统。",  # two things joined
        "各区应当执行全市统一的服务标准，建设服务平台。",  # the clause ends first
        "各区应当按照全市统一的部署推进信息平台建设。",  # a verb begins a clause
        "各县应当使用全省统一的格式报送系统数据。",  # no head closes the phrase
    ],
)
def test_after_unified_a_clause_or_a_list_still_names_nothing(text):
    assert referenced(text) == []
    assert platforms(text) == []
