"""A predicate or the containing zone's short form before a platform (platform_starts.py)."""

from __future__ import annotations

import pytest
from policykg.ingest.extract.platform_starts import platform_start, zone_heads
from policykg.ingest.extract.records import Candidate
from policykg.ingest.script import to_simplified

from .recognised import platforms
from .scaling import growth


def started(label: str) -> str | None:
    """What platform_start leaves of `label` read as one platform candidate."""
    text = to_simplified(label)
    found = platform_start(text, Candidate("Platform", 0, len(text)))
    return None if found is None else label[found.start :]


def test_the_zone_heads_come_from_the_head_list():
    assert {"试验区", "示范区", "合作区", "片区"} <= zone_heads()
    assert all(head.endswith("区") for head in zone_heads())


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # invented: other zones, other places
        ("支持自贸试验区厦门片区与台湾地区开展合作。", "厦门片区"),
        ("推进示范区宁波高新区建设。", "宁波高新区"),
        ("支持自貿試驗區廈門片區與台灣地區開展合作。", "廈門片區"),
    ],
)
def test_the_zone_short_form_is_not_part_of_the_name(text, name):
    assert platforms(text) == [name]


@pytest.mark.parametrize(
    "label",
    [
        # scale corpus (mojLawSplitJSON H0160023, H0160012): the short form says whose centre
        "园区劳工服务中心",
        "科学工业园区管理局储运服务中心",
        # invented: a place in the zone's own words keeps it whole
        "苏州工业园区国际科技园",
        "石河子高新区",
    ],
)
def test_a_zone_named_or_followed_by_no_name_stays(label):
    assert started(label) == label


@pytest.mark.parametrize(
    "text",
    [
        # scale corpus: 港口法 (2018), 浙江省数字经济促进条例, 地方口岸管理机构职责范围暂行规定
        "预防自然灾害预案，建立健全港口重大生产安全事故的应急预案体系。",
        "引导和支持电子商务发展，促进跨境电商综合试验区建设，提升跨境电子商务水平。",
        "五、督促检查口岸检查检验单位，按照规定执行。",
        # invented
        "本省统筹协调产业创新中心建设的重大问题。",
        "各县应当促进公共技术服务平台运行的规范化。",
    ],
)
def test_a_predicate_before_a_kind_of_facility_names_nothing(text):
    assert platforms(text) == []


@pytest.mark.parametrize(
    ("label", "left"),
    [
        ("协调苏州高新区", "苏州高新区"),  # invented: a place after the verb
        ("促进国家海洋信息服务平台", "国家海洋信息服务平台"),  # the nation
        ("生活垃圾科普教育基地", "生活垃圾科普教育基地"),  # a noun, though after adverbs too
        ("旅游公共信息服务平台", "旅游公共信息服务平台"),
    ],
)
def test_what_a_predicate_leaves_is_kept_where_it_is_named(label, left):
    assert started(label) == left


def test_other_kinds_and_parts_are_left_alone():
    text = "促进中心"
    body = Candidate("Organization", 0, len(text))
    assert platform_start(text, body) == body
    parts = Candidate("Platform", 0, 4, parts=((0, 2), (2, 4)))
    assert platform_start(text, parts) == parts


def test_linear_in_the_text():
    # each candidate is segmented alone: 4× the candidates cost about 4× the time
    sentence = "支持自贸试验区厦门片区建设，促进跨境电商综合试验区建设。"

    def make(n: int):
        text = sentence * n
        found = []
        for i in range(n):
            at = i * len(sentence)
            found += [
                Candidate("Platform", at + 2, at + 11),
                Candidate("Platform", at + 14, at + 25),
            ]
        return lambda: [platform_start(text, c) for c in found]

    assert growth(make, 500) < 8


@pytest.mark.parametrize(
    ("text", "names"),
    [
        # invented: a 实验区 named by its place, like a 试验区
        ("支持长沙临空经济综合实验区建设国际物流枢纽。", ["长沙临空经济综合实验区"]),
        # scale corpus (自然保护区条例): the reserve's experimental area is a kind of area
        ("自然保护区可以分为核心区、缓冲区和实验区。", []),
        ("在自然保护区的实验区内开展参观、旅游活动的，应当服从管理。", []),
    ],
)
def test_an_experimental_zone_is_a_zone_where_a_place_names_it(text, names):
    assert platforms(text) == names


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # a word the laws never use inside a name, said after adverbs, tagged a noun (so no
        # predicate rule votes on it), before the nation that begins the name (session 25)
        ("为因应国家太空科技园区之建设，订定本办法。", "国家太空科技园区"),
        ("省农业农村厅负责指导国家现代农业产业园区的建设。", "国家现代农业产业园区"),
        ("发展改革部门负责规划国家物流枢纽园区。", "国家物流枢纽园区"),
    ],
)
def test_a_word_outside_names_before_the_nation_is_the_clauses(text, name):
    assert name in platforms(text)
