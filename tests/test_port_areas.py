"""The named areas of a port (port_areas.py, issue 19, session 25). Sentences written for
these tests: other ports, other areas, other orders of the list."""

from __future__ import annotations

import pytest
from policykg.ingest.extract.entities import recognise
from policykg.ingest.script import to_simplified


def _platforms(sentence: str) -> list[tuple[str, str]]:
    text = to_simplified(sentence)
    return [
        (c.name_in(text), c.rule) for c in recognise(text, 0, len(text)) if c.kind == "Platform"
    ]


def _areas(sentence: str) -> list[str]:
    return [name for name, rule in _platforms(sentence) if rule == "rule:port-area"]


@pytest.mark.parametrize(
    ("sentence", "areas"),
    [
        (
            "本条例所称港口（九江港），包括湖口港区、彭泽港区、瑞昌港区等。",
            ["湖口港区", "彭泽港区", "瑞昌港区"],
        ),
        # a working area beside the port areas, after the port written with 港区
        ("安庆港港区包括长风港区、宿松港区和望江作业区。", ["长风港区", "宿松港区", "望江作业区"]),
        # the list after 由, ended by 组成
        (
            "港口（淮滨港）由城关港区、新里作业区和谷堆港区组成。",
            ["城关港区", "新里作业区", "谷堆港区"],
        ),
        # no port written: a list of place + 港区 is enough
        ("优先保障汉川港区、仙桃港区的岸线使用。", ["汉川港区", "仙桃港区"]),
    ],
)
def test_a_list_of_named_port_areas_names_each_area(sentence: str, areas: list[str]) -> None:
    assert _areas(sentence) == areas


@pytest.mark.parametrize(
    ("sentence", "area"),
    [
        ("芜湖港朱家桥港区应当优先发展集装箱运输。", "朱家桥港区"),
        ("扩建岳阳港城陵矶港区的集装箱码头。", "城陵矶港区"),
    ],
)
def test_an_area_right_after_its_port_is_named(sentence: str, area: str) -> None:
    assert area in _areas(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "集装箱港区、散货港区和危险品作业区应当分开设置。",  # kinds: one decides for the list
        "在勘查作业区、安全作业区内不得停泊。",
        "船舶进入上海港区应当报告。",  # one place + 港区, no port, no list
        "油田设东风作业区、红星作业区。",  # working areas of a field, no port
        "老港区、新港区的改造由市人民政府统一安排。",  # one-character stems: which, not one
    ],
)
def test_kinds_and_lone_areas_are_no_port_areas(sentence: str) -> None:
    assert _areas(sentence) == []
