"""Zones named by two partners joined by a dash (pair_zones.py, issue 19, session 29): the
pair is the zone's proper element, so the name begins with the first partner, across the
dash and across a partner's name the segmenter reads as verbs. Sentences written for these
tests (other countries, bodies and fields than any document)."""

from __future__ import annotations

import pytest
from policykg.ingest.extract.pair_zones import PAIR_ZONE_RULE, pair_zones
from policykg.ingest.extract.phrases import tokenise
from policykg.ingest.script import to_simplified

from tests.recognised import platforms


@pytest.mark.parametrize(
    ("text", "zone"),
    [
        # a country and a country, an em dash
        ("支持中国—新西兰农业科技合作示范区建设冷链物流中心。", "中国—新西兰农业科技合作示范区"),
        # a box-drawing line for the dash, the zone before a glued localiser
        ("甲市应当为中国─东盟海洋经济合作示范区内的企业提供便利。", "中国─东盟海洋经济合作示范区"),
        # a province and a group of countries
        ("推进广西—东盟经贸合作示范区建设。", "广西—东盟经贸合作示范区"),
        # a body as the second partner, one word to the segmenter
        ("推动中国—国际劳工组织职业技能合作示范区发展。", "中国—国际劳工组织职业技能合作示范区"),
        # a body of the gazetteers whose words the segmenter reads as a verb (组织)
        (
            "推动中国—世界气象组织数字气象合作示范区发展。",
            "中国—世界气象组织数字气象合作示范区",
        ),
        # Traditional, a full-width hyphen
        ("支持中國－紐西蘭農業合作示範區建設。", "中國－紐西蘭農業合作示範區"),
    ],
)
def test_a_pair_and_a_dash_begin_the_zones_name(text, zone):
    assert zone in platforms(text)


@pytest.mark.parametrize(
    "text",
    [
        "加强中国—东盟合作，建设农业示范区。",  # punctuation between the pair and the zone
        "推动中国—东盟共建农业合作示范区。",  # a verb: the zone is what they build
        "深化中国—新西兰建设示范区。",  # a verb of the laws before the zone
        "规划期为2023—2025年的示范区。",  # a range of years, no partners
        "支持中国—新西兰农业科技合作。",  # no zone head
    ],
)
def test_no_pair_zone_without_partners_a_field_and_a_head(text):
    simplified = to_simplified(text)
    assert pair_zones(simplified, tokenise(simplified, 0, len(simplified))) == []


def test_the_rule_is_recorded():
    text = "推进广西—东盟经贸合作示范区建设。"
    found = pair_zones(text, tokenise(text, 0, len(text)))
    assert [(c.name_in(text), c.rule) for c in found] == [
        ("广西—东盟经贸合作示范区", PAIR_ZONE_RULE)
    ]
