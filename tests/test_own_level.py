"""A body written with the bare level of the document's own place (issue 19, session 26):
in a regulation of 本市, 市律师协会 is the city's one bar association; in a law of the nation, or
at a level the document does not call its own, the phrase stays a kind. Sentences written
for these tests."""

from __future__ import annotations

import pytest
from policykg.ingest.extract.own_level import own_levels

from tests.recognised import names_of_kind


def organisations(text: str) -> list[str]:
    return names_of_kind(text, "Organization")


CITY = "第一条 为了规范本市物业服务活动，制定本条例。"
PROVINCE = "第一条 为了保护本省湿地资源，制定本条例。"


@pytest.mark.parametrize(
    ("text", "body"),
    [
        (CITY + "第九条 市律师协会可以设立物业纠纷调解工作组。", "市律师协会"),
        (CITY + "第十条 市物业管理行业协会应当建立会员信用档案。", "市物业管理行业协会"),
        # the segmenter glues the preposition to the level (向市|律师协会)
        (CITY + "第十一条 对处理不服的，可以向市律师协会投诉。", "市律师协会"),
        (CITY + "第十二条 业主委员会应当向市物业管理行业协会备案。", "市物业管理行业协会"),
        (PROVINCE + "第七条 省林业科学研究院负责湿地监测技术指导。", "省林业科学研究院"),
        (PROVINCE + "第八条 省高级人民法院应当统一裁判尺度。", "省高级人民法院"),
    ],
)
def test_the_documents_own_level_names_its_place(text, body):
    assert body in organisations(text)


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # a law of the nation: each city's court, a kind
        ("第九条 市律师协会可以设立物业纠纷调解工作组。", "市律师协会"),
        ("第十条 市物业管理行业协会应当建立会员信用档案。", "市物业管理行业协会"),
        # a level the document does not call its own: each district's court
        (CITY + "第十二条 当事人可以向区人民法院提起诉讼。", "区人民法院"),
        # the level after a word that makes it a kind of city
        (PROVINCE + "第九条 设区的市人民政府应当编制湿地保护规划。", "市人民政府"),
        # an organ every level has by law stays generic (generic_names): 市人民政府 too
        (CITY + "第十一条 对裁决不服的，可以向市人民检察院申诉。", "市人民检察院"),
        (CITY + "第十四条 市人民政府应当将物业服务纳入社区治理。", "市人民政府"),
        # a role written with the level, not a body
        (CITY + "第十三条 市住房行政主管部门负责监督管理。", "市住房行政主管部门"),
    ],
)
def test_a_level_the_document_does_not_own_names_a_kind(text, kind):
    assert kind not in organisations(text)


def test_own_levels_read_this_and_a_level_not_a_longer_word():
    text = "本市行政区域内的本市场主体，由市人民政府统一规划。"
    assert own_levels(text, 0, len(text)) == frozenset({"市"})
    text = "本区域内的本市场主体"
    assert own_levels(text, 0, len(text)) == frozenset()


def test_only_the_highest_level_the_document_owns_names_its_place():
    text = "本市行政区域内，各区人民政府负责本区的湿地保护。"
    assert own_levels(text, 0, len(text)) == frozenset({"市"})
    text = CITY + "第十五条 区人民政府应当在本区设立服务站。区物业管理行业协会予以协助。"
    assert "区物业管理行业协会" not in organisations(text)


@pytest.mark.parametrize(
    "text",
    [
        PROVINCE + "第十六条 省和省辖市人民政府可以设立湿地保护专项资金。",
        CITY + "第十六条 市及区县人民法院应当公开物业纠纷裁判文书。",
        PROVINCE + "第十七条 省与设区的市林业行业协会应当组织培训。",
    ],
)
def test_the_own_level_does_not_reach_across_a_conjunction(text):
    """Two levels joined (省|和|省辖市人民政府) are each level's bodies, not one body of the
    province: the own level makes no name of the pair."""
    assert not [name for name in organisations(text) if name[0] in "省市" and name[1] in "和及与"]


def platforms(text: str) -> list[str]:
    return names_of_kind(text, "Platform")


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # a level below the city's own: each district's or county's platform, a kind
        (CITY + "第二十条 市、区物业服务信息平台应当公开服务标准。", "区物业服务信息平台"),
        (CITY + "第二十一条 区物业纠纷调解服务中心应当受理申请。", "区物业纠纷调解服务中心"),
        (PROVINCE + "第二十条 市、县湿地监测数据平台应当实时共享数据。", "县湿地监测数据平台"),
        (PROVINCE + "第二十一条 市湿地监测数据平台应当实时共享数据。", "市湿地监测数据平台"),
    ],
)
def test_a_platform_below_the_documents_own_level_is_a_kind(text, kind):
    assert kind not in platforms(text)


@pytest.mark.parametrize(
    ("text", "platform"),
    [
        # the document's own level: the one city's platform, as before
        (CITY + "第二十条 市物业服务信息平台应当公开服务标准。", "市物业服务信息平台"),
        (PROVINCE + "第二十条 省湿地监测数据平台应当实时共享数据。", "省湿地监测数据平台"),
        # a law of the nation says no level of its own: read as before
        ("第二十条 区物业服务信息平台应当公开服务标准。", "区物业服务信息平台"),
    ],
)
def test_a_platform_at_or_without_the_documents_own_level_is_read_as_before(text, platform):
    assert platform in platforms(text)
