"""A province before the place a platform is named from, and a jurisdiction that acts
(ingest/extract/platform_places.py, platform_anchors.jurisdiction_acts; issue 19, session 17).
Every sentence is invented, of other wording and other places than the gold documents."""

from __future__ import annotations

import pytest
from policykg.ingest.extract.phrases import tokenise
from policykg.ingest.extract.platform_places import (
    begins_with_place,
    is_province,
    placed_platforms,
)
from policykg.ingest.extract.records import Candidate

from .recognised import platforms


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # an item of a list of local practices: the province, then the zone of a city
        ("12.江苏省苏州工业园区持续优化营商环境。", "苏州工业园区"),
        ("(三)四川省成都高新技术产业开发区加快培育新动能。", "成都高新技术产业开发区"),
        ("內蒙古自治區鄂爾多斯能源化工基地推進綠色轉型。", "鄂爾多斯能源化工基地"),
    ],
)
def test_a_province_before_a_place_is_not_part_of_the_name(text, name):
    names = platforms(text)
    assert name in names
    assert not any(n.endswith(name) and n != name for n in names)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # a province's own platform: no place follows the province
        ("接入福建省一体化政务服务平台办理业务。", "福建省一体化政务服务平台"),
        # a municipality names its zones itself
        ("支持重庆市两江新区科技创新示范区建设。", "重庆市两江新区科技创新示范区"),
    ],
)
def test_a_province_or_municipality_that_names_the_platform_stays(text, name):
    assert name in platforms(text)


@pytest.mark.parametrize(
    ("text", "places"),
    [
        ("4.江西省赣州市实施稀土产业基地改造提升。", ("江西省", "赣州市")),
        ("22.浙江省杭州市滨江区搭建人才服务平台。", ("浙江省", "杭州市", "滨江区")),
        ("贵州省贵阳市大力培育大数据平台。", ("贵州省", "贵阳市")),
        ("重庆市永川区打造职业教育基地。", ("重庆市", "永川区")),  # 永川|区: cut by the segmenter
        ("33.黑龙江省哈尔滨市以冰雪产业基地为依托发展旅游。", ("黑龙江省", "哈尔滨市")),
    ],
)
def test_a_jurisdiction_that_acts_begins_no_platform(text, places):
    assert not any(n.startswith(places) for n in platforms(text))


@pytest.mark.parametrize(
    ("word", "tag", "expected"),
    [
        ("湖南省", "ns", True),
        ("广西壮族自治区", "ns", True),
        ("长沙市", "ns", False),
        ("省", "ns", False),
    ],
)
def test_is_province(word, tag, expected):
    assert is_province(word, tag) is expected


@pytest.mark.parametrize(
    ("word", "expected"),
    [
        ("长沙", True),
        ("苏州工业园区", True),
        ("一体化", False),
        ("科技", False),
        ("新兴产业", False),
    ],
)
def test_begins_with_place(word, expected):
    tag = next(t.tag for t in tokenise(word, 0, len(word)))
    assert begins_with_place(word, tag) is expected


def test_organisations_and_composed_names_are_left_alone():
    text = "湖南省长沙市中级人民法院"
    tokens = tokenise(text, 0, len(text))
    court = Candidate("Organization", 0, len(text))
    composed = Candidate("Platform", 0, 3, parts=((0, 3),))
    assert placed_platforms(tokens, [court, composed]) == [court, composed]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "支持中国（杭州、宁波）跨境电子商务综合试验区建设。",
            "中国（杭州、宁波）跨境电子商务综合试验区",
        ),
        ("推動中國（廈門、福州）綜合保稅試驗區發展。", "中國（廈門、福州）綜合保稅試驗區"),
        # three places and a kind of zone the laws never write (phrases.places_opening)
        (
            "支持中國（廈門、福州、泉州）綜合保稅試驗區建設。",
            "中國（廈門、福州、泉州）綜合保稅試驗區",
        ),
    ],
)
def test_places_in_parentheses_after_the_nation_are_part_of_the_name(text, name):
    assert name in platforms(text)


def test_parentheses_that_hold_no_list_of_places_are_not_taken_in():
    names = platforms("设立试验区（含保税区、出口加工区）综合试验区")
    assert not any(n.startswith("设立") or "（" in n for n in names)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # 金融服务 follows an adverb now and then in the laws (提供|金融服务): a weak vote
        # that a run of nouns up to the head outweighs (session 25)
        ("四川省金融服务平台应当公开融资需求。", "四川省金融服务平台"),
        ("企业可登录云南省金融服务平台查询。", "云南省金融服务平台"),
    ],
)
def test_a_noun_with_a_weak_predicate_vote_does_not_make_the_province_act(text, name):
    assert name in platforms(text)
