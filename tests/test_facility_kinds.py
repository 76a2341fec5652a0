"""A port, airport or harbour named by what passes through it is a kind (facility_kinds.py)."""

from __future__ import annotations

import pytest
from policykg.ingest.extract.facility_kinds import facility_heads_learnt, names_a_facility_kind
from policykg.ingest.extract.records import Candidate
from policykg.ingest.script import to_simplified

from .recognised import platforms
from .scaling import growth


def kind(label: str) -> bool:
    text = to_simplified(label)
    return names_a_facility_kind(text, Candidate("Platform", 0, len(text)))


def test_the_heads_are_the_learnt_ones():
    assert {"港口", "口岸", "机场"} <= set(facility_heads_learnt())


@pytest.mark.parametrize(
    "label",
    [
        # scale corpus (进口药品管理办法, 国境卫生检疫法实施细则, 港口法, 民用机场管理条例)
        "进口药品口岸",
        "供应国境口岸",
        "危险货物港口",
        "民用运输机场",
        # invented: goods, traffic, rank
        "肉类进口口岸",
        "进口肉类和水果口岸",
        "国际枢纽机场",
        "陸路邊境口岸",
        # a state's name alone: all its ports (session 21)
        "中華民國機場",
        "中华人民共和国港口",
        "中国口岸",
    ],
)
def test_a_facility_said_by_its_goods_or_traffic_is_a_kind(label):
    assert kind(label)


@pytest.mark.parametrize(
    "label",
    [
        "郑州机场",
        "首都国际机场",  # one body word to the segmenter
        "高雄國際機場",  # a place the segmenter calls a person's name
        "康定机场",  # a place the laws never name
        "平潭口岸",
        "宁波舟山港口",
        "深圳湾口岸",
        "口岸",  # the head alone is left to the kind rules
    ],
)
def test_a_facility_a_place_names_is_a_name(label):
    assert not kind(label)


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("海关总署同意在该市设立汽车整车进口口岸。", []),  # invented
        ("支持珠海拱北口岸扩大通关能力。", ["珠海拱北口岸"]),
        ("外籍漁船駛入中華民國港口者，應先申請許可。", []),  # invented
        ("驶离中华人民共和国口岸的国际航行船舶应当办理出境手续。", []),
    ],
)
def test_in_a_sentence(text, names):
    assert platforms(text) == names


def test_linear_in_the_candidates():
    def make(n: int):
        unit = "汽车整车进口口岸，平潭口岸。"
        text = unit * n
        found = [Candidate("Platform", len(unit) * i, len(unit) * i + 8) for i in range(n)]
        found += [Candidate("Platform", len(unit) * i + 9, len(unit) * i + 13) for i in range(n)]
        return lambda: [names_a_facility_kind(text, c) for c in found]

    assert growth(make, 500) < 8
