"""Ports, airports and crossings named by their place, and the kinds that only look so
(port_names.py, issue 19, session 24). Sentences written for these tests (other cities'
ports, other crossings) and sentences of the scale corpus (named in a comment)."""

from __future__ import annotations

import pytest
from policykg.ingest.extract.entities import recognise
from policykg.ingest.extract.phrases import tokenise
from policykg.ingest.extract.port_names import (
    is_city_or_county,
    is_place_word,
    port_classes,
    port_names,
)
from policykg.ingest.extract.records import Candidate
from policykg.ingest.script import to_simplified


def _platforms(sentence: str) -> list[tuple[str, str]]:
    text = to_simplified(sentence)
    return [
        (c.name_in(text), c.rule) for c in recognise(text, 0, len(text)) if c.kind == "Platform"
    ]


def _names(sentence: str) -> list[str]:
    return [name for name, _ in _platforms(sentence)]


@pytest.mark.parametrize(
    ("sentence", "port"),
    [
        ("鼓励航运企业以厦门港为母港开辟远洋航线。", "厦门港"),
        ("推动大连营口港与沿线城市的海铁联运。", "大连营口港"),  # a combined port: two places
        ("支持郑州国际陆港开行更多国际货运班列。", "郑州国际陆港"),  # a land port
        ("加快太仓港集装箱运输发展。", "太仓港"),
        # scale corpus, 外国籍船舶航行长江水域管理规定: 长江各港口与上海港之间的运输
        ("不得经营沿长江各港口之间以及长江各港口与上海港之间的运输。", "上海港"),
        # scale corpus, 外国籍非军用船舶通过琼州海峡管理规则
        ("可以命令其停航并监送至海口港进行检查。", "海口港"),
    ],
)
def test_a_port_named_by_its_places_is_a_name(sentence: str, port: str) -> None:
    assert (port, "rule:named-port") in _platforms(sentence)


def test_a_place_and_the_general_port_word_is_the_places_port() -> None:
    # 青岛港口 is the port of Qingdao, named 青岛港 (the gold writes the port's name)
    assert _platforms("引导船舶公司依托青岛港口拓展国际航线。") == [("青岛港", "rule:named-port")]


@pytest.mark.parametrize(
    "sentence",
    [
        "粤港合作联席会议每年召开一次。",  # 粤港: two places' short names, no port
        "货物经香港转运至内地。",  # 香港 is a place
        "推进港澳地区与内地的交流。",
        "规划建设航空港和铁路港。",  # a class of hubs, no place before it
        "沿线经过彰化鹿港等乡镇。",  # 鹿港: a township whose name ends in 港
    ],
)
def test_hong_kong_and_hubs_are_no_ports(sentence: str) -> None:
    assert not any(rule == "rule:named-port" for _, rule in _platforms(sentence))


@pytest.mark.parametrize(
    "sentence",
    [
        # scale corpus, 内河交通安全管理条例: 船舶进出内河港口
        "船舶进出内河港口，应当向海事管理机构报告船舶的航次计划。",
        "外省市机场与本市开展航线合作的，按照有关规定办理。",  # other provinces' airports
        "本市港口应当配备岸基供电设施。",  # this city's ports
        "在国境口岸设立卫生检疫机关。",  # scale corpus, 国境卫生检疫法
        "推进珠三角机场群错位发展。",  # a group of airports
        "规划成都机场地区的物流用地。",  # the area around an airport
        "适宜建设万吨级泊位的沿江港口岸线应当严格保护。",  # a port's shoreline
        "依法划定海关口岸限定区域。",  # a crossing's restricted area
    ],
)
def test_a_kind_of_port_stays_a_kind(sentence: str) -> None:
    names = _names(sentence)
    assert not any(name.endswith(("港口", "口岸", "机场", "港")) for name in names), names


def test_named_airports_and_crossings_stay() -> None:
    assert "榆林机场" in _names("榆林机场今年新增两条货运航线。")
    assert "拱北口岸" in _names("优化拱北口岸通关模式。")


def test_places_are_cities_and_counties_of_the_dictionary() -> None:
    assert is_city_or_county("宁波") and is_city_or_county("北仑")
    # kinds of area the dictionary reads with 区 (枢纽区), regions, river classes: no place
    assert not any(is_city_or_county(w) for w in ("枢纽", "长三角", "内河", "边检", "外省市"))


def test_the_class_words_come_from_the_laws() -> None:
    classes = port_classes()
    assert {"内河", "国境", "边防"} <= classes
    assert not classes & {"上海", "天津", "高雄"}  # places are left out by the builder


def test_builder_and_runtime_agree_on_places() -> None:
    # the builder leaves out what port_names takes for a place, and only that: 边境 (the
    # dictionary reads 边境县 as a person's name, no place) is a class word
    assert not any(is_place_word(word) for word in port_classes())
    assert "边境" in port_classes() and not is_place_word("边境")


@pytest.mark.parametrize(
    "sentence",
    [
        "船舶停靠离岛地区港口的，应当先行申报。",  # an area's ports: 离岛|地区|港口
        "国界江河口岸的检疫由所在地机关负责。",  # crossings on border rivers
        "航空器飞离机场前应当完成检查。",  # a verb glued before the head
    ],
)
def test_words_that_describe_a_facility_name_no_one(sentence: str) -> None:
    names = _names(sentence)
    assert not any(name.endswith(("港口", "口岸", "机场")) for name in names), names


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("旅客经成都天府国际机场出境。", "成都天府国际机场"),  # a city among the words
        ("扩大香港大屿山机场货运能力。", "香港大屿山机场"),  # a region among the words
        ("港珠澳大桥口岸实行合作查验。", "港珠澳大桥口岸"),  # a proper noun the laws never use
    ],
)
def test_words_with_a_place_name_one(sentence: str, name: str) -> None:
    assert name in _names(sentence)


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        # 樟木, 室韦: common nouns (n) to the segmenter, words the laws never use
        ("樟木公路口岸今年延长了通关时间。", "樟木公路口岸"),
        ("经室韦公路口岸出境的车辆应当申报。", "室韦公路口岸"),
    ],
)
def test_a_crossing_named_by_a_word_the_laws_never_use_is_a_name(sentence: str, name: str) -> None:
    assert name in _names(sentence)


def test_a_name_split_into_fragments_is_a_name() -> None:
    # 磨|憨: a verb and a fragment to the segmenter, words the laws never use, standing first
    text = "磨憨铁路口岸扩建"
    crossing = Candidate("Platform", 0, 6)
    assert crossing in port_names(text, tokenise(text, 0, len(text)), [crossing])


@pytest.mark.parametrize(
    ("sentence", "port"),
    [
        ("本办法所称港口（彭泽港），是指长江沿岸的公用港口。", "彭泽港"),
        ("本规定适用于港口（沙洲港）的经营活动。", "沙洲港"),
        ("机场（白云机场）的管理适用本办法。", "白云机场"),
        ("码头（黄沙码头）由市港务部门管理。", "黄沙码头"),
    ],
)
def test_a_name_in_brackets_after_its_class_word_is_the_name(sentence: str, port: str) -> None:
    assert (port, "rule:named-port") in _platforms(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "港口（以下简称本港）的岸线由市人民政府统一规划。",  # a short form, not a name
        "本市港口（含内河港口）的安全由港口行政管理部门负责。",  # what the class holds
        "港口（不含渔港）的经营人应当取得许可。",
        "港口（内河港）的建设应当符合规划。",  # class words only
    ],
)
def test_brackets_that_say_no_name_give_no_port(sentence: str) -> None:
    assert [n for n, rule in _platforms(sentence) if rule == "rule:named-port"] == []


@pytest.mark.parametrize(
    ("sentence", "zone"),
    [
        # a kind of zone written with 港 for 区 (自由贸易区 is a zone head), a province before it
        ("货物由浙江自由贸易港进入内地，按规定监管。", "浙江自由贸易港"),
        ("经厦门自由贸易港转口的商品，免征出口关税。", "厦门自由贸易港"),
        # the place written with its level, one word to the segmenter
        ("企业在江西省自由贸易港登记后，可以开展离岸业务。", "江西省自由贸易港"),
        ("在漳州市自贸港内设立企业，应当办理登记。", "漳州市自贸港"),
        # the short kind in one word (自贸区 is a head too)
        ("厦门自贸港的建设应当遵循本办法。", "厦门自贸港"),
        # the segmenter glues 内 or 外 to 港: the name ends before it
        ("在江西自由贸易港内设立企业，应当办理登记。", "江西自由贸易港"),
        ("高雄自由貿易港外之貨物，依本法辦理。", "高雄自由贸易港"),  # read Simplified
    ],
)
def test_a_place_and_a_zone_written_with_port(sentence, zone):
    assert zone in _names(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "货物由自由贸易港进入内地。",  # no place: the kind
        "探索建设中国特色自由贸易港。",  # a country's kind of port, no place
        "高雄自由貿易港區內之事業，依本法辦理。",  # a port area: 港区 is another word
        "在香港内设立企业。",  # a place ending in 港, no zone
    ],
)
def test_no_zone_port_without_place_and_kind(sentence):
    assert not any(
        name.endswith(("自由贸易港", "自由貿易港", "自贸港")) for name in _names(sentence)
    )


# a body's word glued before a facility's places (session 33): the places begin its name
@pytest.mark.parametrize(
    ("sentence", "kept", "gone"),
    [
        ("港航管理部门主管宜宾港口的规划和建设。", "宜宾港", "部门主管宜宾港口"),
        ("民航管理部门主管绵阳机场的运行安全。", "绵阳机场", "部门主管绵阳机场"),
        ("由航运公司泸州港口承担货物中转。", "泸州港", "航运公司泸州港口"),
        ("出入境管理部门主管满洲里口岸的查验工作。", "满洲里口岸", "部门主管满洲里口岸"),
        ("物流公司丽江国际机场货运站负责分拨。", "丽江国际机场", "物流公司丽江国际机场"),
    ],
)
def test_a_body_glued_before_a_facilitys_places_is_left_out(sentence, kept, gone):
    names = _names(sentence)
    assert kept in names
    assert gone not in names


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("支持绵阳机场开通国际航线。", "绵阳机场"),  # places only: nothing to cut
        ("加快丽江国际机场改扩建。", "丽江国际机场"),  # 国际 after the place stays
    ],
)
def test_a_facility_without_a_body_before_it_keeps_its_start(sentence, name):
    assert name in _names(sentence)
