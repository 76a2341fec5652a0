"""Named zones listed together (listed_zones.py, issue 19, session 33): a place and a kind of
area, listed with 等 and a sort of area or beside a zone found by its head, is one named zone;
a level, a kind or a place alone stays out. Sentences written for these tests, with places
and zones of our own (some invented)."""

from __future__ import annotations

import pytest
from policykg.ingest.extract.found_by import RULES
from policykg.ingest.extract.listed_zones import LISTED_ZONE_RULE
from policykg.ingest.script import to_simplified

from tests.recognised import names_by_rule


def _zones(sentence: str) -> list[str]:
    """The zones found, in Simplified (the tests' names are)."""
    return [to_simplified(n) for n in names_by_rule(sentence, "Platform", LISTED_ZONE_RULE)]


@pytest.mark.parametrize(
    ("sentence", "zones"),
    [
        (
            "市人民政府应当根据翠屏金融城、玉溪河金融集聚带等区域的功能定位，制定支持政策。",
            ["翠屏金融城", "玉溪河金融集聚带"],
        ),
        (
            "加快云岭高山康养旅游区、澜江滨水休闲产业带等精品旅游区建设。",
            ["云岭高山康养旅游区", "澜江滨水休闲产业带"],
        ),
        ("鼓励企业入驻苍梧滨江商务区、桂林临空产业带等重点区域。", ["桂林临空产业带"]),
        ("支持柳州汽车城、钦州港湾等产业集聚区发展。", ["柳州汽车城"]),
        ("本市依托鹭江商务区和综合保税区等区域的发展优势，推动贸易创新。", ["鹭江商务区"]),
        # a river the laws also use as a word is a place too (the anchors leave it out)
        ("加快西秦岭森林生态旅游区、淮河湿地康养产业带等精品旅游区建设。", ["淮河湿地康养产业带"]),
        ("推进西昆仑高原旅游区和松花江冰雪旅游产业带等特色旅游区建设。", ["松花江冰雪旅游产业带"]),
        # Traditional script: the same reading on the folded text
        ("支持翠屏金融城、玉溪河金融集聚帶等區域發展。", ["翠屏金融城", "玉溪河金融集聚带"]),
    ],
)
def test_places_and_kinds_of_area_listed_before_a_sort_of_area_are_zones(sentence, zones):
    found = _zones(sentence)
    assert all(zone in found for zone in zones), found


@pytest.mark.parametrize(
    ("sentence", "zone"),
    [
        (
            "新区内的衢州经济技术开发区、浙江嘉善出口加工区和宁波北仑高新技术产业园区执行相应的税收政策。",
            "浙江嘉善出口加工区",
        ),
        ("温岭经济开发区、台州金融集聚带实行统一的招商政策。", "台州金融集聚带"),
    ],
)
def test_a_place_and_a_kind_of_area_beside_a_zone_is_a_zone(sentence, zone):
    assert zone in _zones(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "依托鹭江两岸重点发展区域和综合保税区等区域的发展优势。",  # the bare sort; no place
        "珠三角地区、长三角地区等区域应当加强协作。",  # a place and a word the laws use
        "对黄浦区、静安区等城区的老旧小区实施改造。",  # districts: places
        "推进市级开发区、国家级示范区等园区建设。",  # levels and kinds
        "推动资源型城市转型示范区、生态文明先行区等区域建设。",  # descriptive kinds
        "城镇开发边界内的工业区、商务区和居住区应当统筹规划。",  # kinds alone
        "翠屏金融城和玉溪河金融集聚带应当加强协作。",  # no sort, no zone found beside
        # land the sentence protects, and kinds of land the laws protect (region_kinds.tsv)
        "在青屏平原区、白沙河土地沙化区等重点区域开展生态修复。",
        "加强翠岭湿地生态功能区、白河水源补给功能区等区域的监测。",
        # a sentence that protects, though it says 开发 too
        "限制开发，严格保护青溪湖滨水缓冲带、白水河洪水调蓄区等区域。",
    ],
)
def test_levels_kinds_and_places_alone_are_no_listed_zones(sentence):
    assert _zones(sentence) == []


def test_the_rule_is_described():
    assert LISTED_ZONE_RULE in RULES


def test_region_kinds_come_from_the_laws():
    from policykg.ingest.extract.listed_zones import region_kinds

    kinds = region_kinds()
    assert "功能区" in kinds and "保护区" in kinds
    assert not kinds & {"开发区", "新区", "工业区", "商务区"}  # kinds the laws develop


@pytest.mark.parametrize(
    ("sentence", "region"),
    [
        ("加强与珠江西江经济带地区、临港商务区等区域的合作。", "珠江西江经济带地区"),
        ("推动与沅江流域经济带地区以及其他地区的协同发展。", "沅江流域经济带地区"),
    ],
)
def test_the_area_of_a_region_is_no_zone(sentence, region):
    assert region not in _zones(sentence)


@pytest.mark.parametrize(
    ("sentence", "zone", "land"),
    [
        # a word of terrain the segmenter tags a place is no proper element (land_words.tsv)
        ("加快翠屏金融城、山区康养产业带等重点区域建设。", "翠屏金融城", "山区康养产业带"),
        ("推动鹭江商务区和山区生态旅游区等精品旅游区发展。", "鹭江商务区", "山区生态旅游区"),
    ],
)
def test_a_word_of_land_is_no_place_of_a_zone(sentence, zone, land):
    found = _zones(sentence)
    assert zone in found and land not in found, found


def test_land_words_come_from_the_laws():
    from policykg.ingest.extract.land_words import is_land_word

    assert is_land_word("山区")
    # places the whole country writes, a river a law is named after, a province
    assert not any(is_land_word(w) for w in ("长江", "黄河", "中国", "山东", "上海"))
