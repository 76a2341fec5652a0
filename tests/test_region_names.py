"""Regions read as platforms (region_names.py, issue 19, session 25): a belt, circle, city
cluster or bay area named by its places is a place. Sentences written for these tests."""

from __future__ import annotations

import pytest
from policykg.ingest.extract.entities import recognise
from policykg.ingest.script import to_simplified


def _platforms(sentence: str) -> list[str]:
    text = to_simplified(sentence)
    return [c.name_in(text) for c in recognise(text, 0, len(text)) if c.kind == "Platform"]


@pytest.mark.parametrize(
    ("sentence", "region"),
    [
        ("推动本省融入珠江经济带发展。", "珠江经济带"),  # a river and the belt
        ("支持黄河经济带的生态保护。", "黄河经济带"),
        # no name: a class of regions, listed beside a belt
        ("加快闽江经济带和大都市圈建设。", "大都市圈"),
        ("加快闽江经济带和大都市圈建设。", "闽江经济带"),
        # a level and a size the segmenter runs together (省大|湾区): no name either
        ("鼓励银行服务闽江经济带和省大湾区、大都市圈等区域战略。", "省大湾区"),
    ],
)
def test_a_region_word_after_places_only_is_no_platform(sentence: str, region: str) -> None:
    assert region not in _platforms(sentence)


@pytest.mark.parametrize(
    ("sentence", "platform"),
    [
        # a belt named by what it is built on besides its places: the plan runs it
        ("规划建设珠澳口岸经济带。", "珠澳口岸经济带"),
        ("设立南沙科技创新合作区。", "南沙科技创新合作区"),  # no region word
    ],
)
def test_a_belt_named_by_what_it_is_built_on_stays(sentence: str, platform: str) -> None:
    assert platform in _platforms(sentence)
