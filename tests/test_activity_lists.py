"""A list of activities done to one platform (…平台建设、管理等工作) makes no list of
platforms: the phrase before the first activity is their object, not an item beside others
(ingest/extract/platform_evidence.py, issue 19, session 32). Every sentence is invented:
other cities, provinces and platforms than any gold document. The named cases were lost at
main (the document's list evidence made the phrase a member of a class); the lists of
things stay class evidence."""

from __future__ import annotations

import pytest
from policykg.ingest.extract.platform_evidence import document_evidence, treated_as_class

from .recognised import platforms_of_document

CITY = "某市农村产权交易办法\n\n第一条 为了规范农村产权交易，结合本市实际，制定本办法。\n"
PROVINCE = (
    "某省医疗保障信息管理规定\n\n第一条 为了规范医疗保障信息管理，结合本省实际，制定本规定。\n"
)
END = "第九条 本办法自2030年1月1日起施行。\n"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # set up as the city's one platform, then the object of two activities
        (
            CITY + "第二条 市人民政府建立全市统一的农村产权交易平台。\n"
            "第三条 市农业农村部门负责农村产权交易平台建设、管理等工作。\n" + END,
            "农村产权交易平台",
        ),
        # used through the province's one platform, then three activities, two joined by 和
        (
            PROVINCE + "第二条 定点医疗机构应当依托全省统一的医疗保障信息平台报送结算数据。\n"
            "第三条 省医疗保障部门负责医疗保障信息平台运营、监管和升级等事项。\n" + END,
            "医疗保障信息平台",
        ),
        # the activities' clause first, the use after it
        (
            CITY + "第二条 市民政部门负责养老服务信息平台管理、维护等工作。\n"
            "第三条 养老机构应当通过全市统一的养老服务信息平台报送服务信息。\n" + END,
            "养老服务信息平台",
        ),
    ],
)
def test_the_object_of_listed_activities_stays_one_platform(text, name):
    assert name in platforms_of_document(text)


def test_listed_activities_list_no_platform():
    text = "市商务部门负责跨境贸易服务平台建设、运营和推广等工作。"
    assert "跨境贸易服务平台" not in document_evidence(text).listed
    assert not treated_as_class(text, "跨境贸易服务平台", text.index("跨境"))


@pytest.mark.parametrize(
    "text",
    [
        # items that are things, each with its own activity: a list of projects
        "加快推进农产品溯源服务平台建设、冷链仓储中心建设等重点项目。",
        # items that are things: a list of platforms
        "支持建设农产品溯源服务平台、冷链物流信息平台等公共设施。",
        # an activity first, then a thing: no list of activities only
        "推动农产品溯源服务平台建设、冷链物流信息平台等项目落地。",
    ],
)
def test_a_list_of_things_stays_class_evidence(text):
    assert treated_as_class(text, "农产品溯源服务平台", text.index("农产品"))


def test_a_listed_kind_stays_a_member_of_a_class_in_the_document():
    # the same phrase is an item of a list of things elsewhere in the document
    text = (
        CITY + "第二条 鼓励建设农村产权交易平台、农业技术推广平台等服务设施。\n"
        "第三条 市农业农村部门负责农村产权交易平台建设、管理等工作。\n"
        "第四条 交易双方可以通过农村产权交易平台发布信息。\n" + END
    )
    assert "农村产权交易平台" not in platforms_of_document(text)
