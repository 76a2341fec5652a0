"""Named places listed before 等 and a sort of platform (ingest/extract/platform_members.py,
issue 19, session 18). Every sentence is invented, of other places and wording than the
gold documents; each name below was missed before the step (main at bb60f79)."""

from __future__ import annotations

import pytest
from policykg.ingest.extract.phrases import tokenise
from policykg.ingest.extract.platform_members import listed_places
from policykg.ingest.script import to_simplified

from .recognised import names_of_kind, platforms


@pytest.mark.parametrize(
    ("text", "names"),
    [
        (
            "支持园区打造前海深港青年梦工场、南沙粤港澳青创谷等创业载体。",
            ["前海深港青年梦工场", "南沙粤港澳青创谷"],
        ),
        ("支持蘇州納米城、杭州雲棲小鎮等創新載體發展。", ["蘇州納米城", "杭州雲棲小鎮"]),
        # beside an item that is a place and one word of the laws (济南|中心: not named)
        ("鼓励企业利用国家超级计算济南中心、齐鲁云脑等计算平台开展研发。", ["齐鲁云脑"]),
    ],
)
def test_places_listed_before_a_sort_of_platform_are_platforms(text, names):
    assert all(name in platforms(text) for name in names)


@pytest.mark.parametrize(
    "text",
    [
        # no place in the items: kinds
        "依托重点实验室、工程技术中心等研发平台开展攻关。",
        # places alone
        "推动南京、无锡等城市建设公共服务平台。",
        # a place word the laws use as a common noun
        "鼓励建设城镇生活污水、垃圾等处理设施。",
    ],
)
def test_kinds_and_places_alone_are_no_platforms(text):
    simplified = to_simplified(text)
    tokens = tokenise(simplified, 0, len(simplified))
    assert listed_places(simplified, tokens, []) == []


def test_a_place_and_one_word_of_the_laws_is_no_name():
    text = "鼓励企业利用国家超级计算济南中心、齐鲁云脑等计算平台开展研发。"
    assert not any(name.endswith("济南中心") for name in platforms(text))


def test_bodies_in_the_list_stay_bodies():
    text = "支持香港中文大学、深圳大学等高校平台建设。"
    assert platforms(text) == []
    assert "深圳大学" in names_of_kind(text, "Organization")


def test_a_name_found_already_is_not_read_again():
    text = "支持前海深港青年梦工场、南沙粤港澳青创谷等创业载体。"
    simplified = to_simplified(text)
    tokens = tokenise(simplified, 0, len(simplified))
    first = listed_places(simplified, tokens, [])
    assert listed_places(simplified, tokens, first) == []
