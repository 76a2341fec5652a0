"""A jurisdiction's own service where the text sends something to it or draws from it, and
a second service after "and" that a frame of use takes too (ingest/extract/platform_use.py,
issue 19, session 31). Every sentence is invented: other cities, provinces and services
than any gold document; each named case is missed without the change, and each planned,
generic or other jurisdiction's phrase stays unnamed."""

from __future__ import annotations

import pytest
from policykg.ingest.extract.entities import recognise
from policykg.ingest.extract.made_here import made_in_document
from policykg.ingest.extract.platform_use import COORDINATED_USE_RULE, OWN_DESTINATION_RULE
from policykg.ingest.script import to_simplified

from .recognised import platforms

# a regulation of a city that calls itself 本市, and one of a province (本省)
CITY = "为了规范数据管理，结合本市实际，制定本规定。"
PROVINCE = "为了规范数据管理，结合本省实际，制定本办法。"


def rules_of(text: str) -> dict[str, str]:
    simplified = to_simplified(text)
    return {
        c.name_in(text): c.rule
        for c in recognise(simplified, 0, len(simplified))
        if c.kind == "Platform"
    }


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # the level the city calls its own, glued by the segmenter to 向
        (CITY + "各单位应当将处罚信息向市医疗保障信息服务平台归集。", "市医疗保障信息服务平台"),
        (CITY + "区人民政府应当向市不动产登记信息系统报送登记信息。", "市不动产登记信息系统"),
        # 到 before the bare level, 从 glued to it
        (CITY + "监测数据应当实时传送到市生态环境监测平台。", "市生态环境监测平台"),
        (CITY + "各单位应当从市人口基础信息系统中调取数据。", "市人口基础信息系统"),
        # a province's own, read from it (从…中)
        (
            PROVINCE + "评审人员从省农业机械补贴管理系统中调取材料。",
            "省农业机械补贴管理系统",
        ),
        # in Traditional script
        (
            "為了規範數據管理，結合本市實際，制定本規定。各單位應當將資料向市勞動就業資訊平台報送。",
            "市勞動就業資訊平台",
        ),
    ],
)
def test_a_destination_at_the_documents_own_level_names_its_service(text, name):
    assert name in platforms(text)
    assert rules_of(text)[name] == OWN_DESTINATION_RULE


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # no 本市: 市 is each city's, a kind, in a law of the nation
        ("各单位应当将处罚信息向市医疗保障信息服务平台归集。", "市医疗保障信息服务平台"),
        # a level the document does not call its own (a city's text: 区 is each district's)
        (CITY + "街道应当将信息向区网格化管理平台报送。", "区网格化管理平台"),
        # no level: a kind of platform, whatever the preposition
        (CITY + "经营者应当向旅游投诉共享平台报送信息。", "旅游投诉共享平台"),
        # a plan, no destination
        (CITY + "市人民政府应当建立市养老服务信息平台。", "市养老服务信息平台"),
        # the document makes it, then sends to it: its own plan (made_here.py)
        (
            CITY + "市民政部门应当建立养老服务信息平台。各单位应当向市养老服务信息平台报送信息。",
            "市养老服务信息平台",
        ),
        (
            CITY + "市住房部门应当建立健全本市建筑市场监管平台。企业应当向市建筑市场监管平台报送。",
            "市建筑市场监管平台",
        ),
    ],
)
def test_no_own_level_or_no_destination_names_nothing_new(text, name):
    assert rules_of(text).get(name) != OWN_DESTINATION_RULE


def test_what_the_document_makes_is_read_once_per_document():
    text = "市交通部门应当搭建本市停车信息平台，并建立健全停车收费监测系统。"
    assert made_in_document(text, 0, len(text), "停车信息平台")
    assert made_in_document(text, 0, len(text), "停车收费监测系统")
    assert not made_in_document(text, 0, len(text), "停车收费平台")


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # the nation first, says which service: the frame before the first takes the second
        (
            "本省依托全国社会保险公共服务平台和全国医保电子凭证服务平台，推进异地办理。",
            "全国医保电子凭证服务平台",
        ),
        (
            "申请人可以通过贵州省政务服务网、青海省电子税务局网站提交材料。",
            "青海省电子税务局网站",
        ),
        (
            "企业可以通过洛阳市企业服务网及开封市住房公积金服务平台申报。",
            "开封市住房公积金服务平台",
        ),
    ],
)
def test_a_service_after_and_shares_the_frame_of_the_first(text, name):
    assert name in platforms(text)
    assert rules_of(text)[name] == COORDINATED_USE_RULE


@pytest.mark.parametrize(
    ("text", "phrase"),
    [
        # the second says no particular one: a kind, with or without a determiner
        ("经营者可以通过贵州省政务服务网和其他网络直播平台公示信息。", "网络直播平台"),
        ("经营者可以通过贵州省政务服务网和社交网络平台发布信息。", "社交网络平台"),
        # "and" after something no frame takes (建立: a plan)
        ("有关部门应当建立健全监测系统和食品安全追溯平台。", "食品安全追溯平台"),
    ],
)
def test_a_kind_or_an_unframed_first_shares_nothing(text, phrase):
    assert COORDINATED_USE_RULE not in rules_of(text).values()
    assert phrase not in platforms(text)
