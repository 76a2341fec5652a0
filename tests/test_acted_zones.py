"""A zone named once where the document develops it (acted_zones.py, issue 19, session 34):
a place and a kind of area after a verb of development or of pushing work on, or between
以/在 and such a word, is one zone; a kind, a level, a word of land or protected land stays
out. Sentences written for these tests, with places and zones of our own (some invented)."""

from __future__ import annotations

import pytest
from policykg.ingest.extract.acted_zones import ACTED_ZONE_RULE
from policykg.ingest.extract.found_by import RULES
from policykg.ingest.script import to_simplified

from tests.recognised import names_by_rule


def _zones(sentence: str) -> list[str]:
    """The zones found, in Simplified (the tests' names are)."""
    return [to_simplified(n) for n in names_by_rule(sentence, "Platform", ACTED_ZONE_RULE)]


@pytest.mark.parametrize(
    ("sentence", "zone"),
    [
        # a lone 区 or 城 after its field
        ("着力培育瓯江跨境数字贸易集聚区。", "瓯江跨境数字贸易集聚区"),
        ("支持开发洱海滨湖未来城。", "洱海滨湖未来城"),
        # 在 before the name and a verb of development after it
        ("在汉江会展城培育新业态。", "汉江会展城"),
        # a park after its sort
        ("打造洱海湿地公园。", "洱海湿地公园"),
        # the park, not the old city inside its name
        ("组织建设翠屏故城考古遗址公园。", "翠屏故城考古遗址公园"),
        # a kind the segmenter's dictionary reads as no common noun (商务区: nt)
        ("发展滇池滨水中央商务区。", "滇池滨水中央商务区"),
        # Traditional script: the same reading on the folded text
        ("著力培育甌江跨境數字貿易集聚區。", "瓯江跨境数字贸易集聚区"),
    ],
)
def test_a_place_and_a_kind_of_area_developed_is_a_zone(sentence, zone):
    assert zone in _zones(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "加快山区生态带建设。",  # a word of land (land_words.tsv)
        "推进城市新区建设。",  # no place
        "推进国家级开发区建设。",  # a level and a kind
        "加快黄浦区建设。",  # a district: a place
        "推进甲湿地自然保护区建设。",  # a kind of land the laws protect (region_kinds.tsv)
        "在翠屏金融城工作的人员应当遵守规定。",  # 在 without a verb of development after the area
        "翠屏金融城应当加强管理。",  # no frame
        "开发建设青川两省接壤地区的水土资源。",  # the word for an area, not a coined kind
        "建设美好家园。",  # no park, no place
        "鼓励有利于促进翠屏金融城发展的活动。",  # the name begins at its place, not at 有利于
        "设立翠屏古城专项保护经费。",  # the verb sets up what the area has
        "设立翠屏古城保护管理机构。",
        "推动澳门深度融入珠三角大湾区建设。",  # a place, its verb and another place's region
        "开发翠屏古城游等特色旅游。",
        "统筹推进瓯江沿岸地区发展。",  # the word for an area at the end of the kind
        "推进瓯江工业企业退城入园。",  # a verb that ends as an area does
        # a common noun for an area, whole or in its last characters, is no coined kind
        "加快洱海棚户区改造。",
        "培育赣江居民区。",
        "打造汉江休闲商业区。",
        "发展瓯江老旧居住区。",
        # a word of position between the place and the kind: where, not which
        "加快滇池北岸棚户区改造。",
        "推动赣江沿线生活区提升。",
        "打造汉江两岸商业区。",
        "培育洱海东岸数字集聚区。",
    ],
)
def test_kinds_places_land_and_other_frames_are_no_acted_zones(sentence):
    assert _zones(sentence) == []


def test_the_rule_is_described():
    assert ACTED_ZONE_RULE in RULES
