"""Platform names that begin at a place or at the nation and hold verbs
(ingest/extract/platform_anchors.py, issue 19, session 16). Every sentence here is invented,
of other wording than the gold documents; each named case was missed before the step, each
phrase that is no name stays unnamed."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from policykg.ingest.extract.phrases import tokenise
from policykg.ingest.extract.platform_anchors import anchored_platforms, is_anchor

from .recognised import platforms


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # the nation, then verbs that say what the platform does
        (
            "各地应当接入国家食品安全风险监测预警平台，及时报送数据。",
            "国家食品安全风险监测预警平台",
        ),
        ("逐步实现与全国统一在线招标投标服务平台互联互通。", "全国统一在线招标投标服务平台"),
        ("鼓勵企業使用國家中小企業協同創新服務平台。", "國家中小企業協同創新服務平台"),
        # a local place the laws never name, before the nation's designation
        ("加快完善海淀国家自主创新示范区的配套设施。", "海淀国家自主创新示范区"),
    ],
)
def test_a_name_from_its_anchor(text, name):
    assert name in platforms(text)


@pytest.mark.parametrize(
    "text",
    [
        # the subject of the sentence and its verb before the head
        "香港支持国家建设科技创新平台。",
        "上海成为国家科技创新中心。",
        # another name ends between the anchor and the head
        "深圳高新区建设国家自主创新示范区。",
        "2008年上海世博会浦东国际机场",
        # a common noun the laws never use is no anchor
        "推动生物医药企业开放创新平台发展。",
        "全面推广口岸查验模式。",
    ],
)
def test_no_name_without_an_anchor_that_begins_it(text):
    names = platforms(text)
    assert not any(
        n.startswith(("香港支持", "上海成为", "深圳高新区建设", "上海世博会")) for n in names
    )
    assert not any(n.startswith(("生物医药", "全面推广")) for n in names)


def test_a_class_of_the_nation_in_a_list_stays_a_class():
    # 国家 names no particular thing: the document's 等 list says it is a kind
    text = "支持建设国家农业科技协同创新平台、国家林业科技协同创新平台等研发载体。"
    assert platforms(text) == []


@pytest.mark.parametrize(
    ("word", "tag", "sort"),
    [("国家", "n", "nation"), ("全国", "n", "nation"), ("国际", "n", ""), ("技术", "n", "")],
)
def test_anchor_sorts(word, tag, sort):
    assert is_anchor(word, tag) == sort


@settings(max_examples=60, deadline=None)
@given(st.text(alphabet="国家全国平台基地中心创新服务建设追溯协同香港的、，。等0", max_size=40))
def test_anchored_names_end_at_a_head_and_lie_in_the_text(text):
    """Whatever the text: each name is a span of it that ends where a word ends and no
    name overlaps what the main recogniser found."""
    tokens = tokenise(text, 0, len(text))
    ends = {t.end for t in tokens}
    for candidate in anchored_platforms(text, tokens, []):
        assert 0 <= candidate.start < candidate.end <= len(text)
        assert candidate.end in ends
        assert candidate.kind == "Platform"


def test_the_nation_and_a_size_is_a_class():
    assert platforms("加快全国大型港口建设。") == []  # emitted before the step


def test_a_word_that_ends_like_a_head_is_no_head():
    assert platforms("负责全国农村宅基地的管理。") == []


def test_the_nation_and_a_longer_description_is_a_name():
    assert "全国公共信用信息共享平台" in platforms("推送至全国公共信用信息共享平台并公示。")
    assert platforms("加快全国大型港口建设。") == []


def test_a_word_the_laws_never_use_before_a_facility_head_is_a_place():
    # 机场 is a head the laws put after many different proper nouns (platform_heads.tsv)
    assert "丽江机场" in platforms("国家支持加快丽江机场改扩建。")
    assert platforms("推进研学基地建设。") == []  # 基地: not such a head


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # a national centre at a place (session 18): 中心 alone heads no other name; the
        # place words before the anchor are written in it, a province is not
        ("支持广东省东莞松山湖综合性国家科学中心建设。", "东莞松山湖综合性国家科学中心"),
        ("推进西安沣东综合性国家科学中心建设，完善大科学装置布局。", "西安沣东综合性国家科学中心"),
    ],
)
def test_a_national_centre_at_a_place_is_a_name(text, name):
    assert name in platforms(text)  # none was found before the step


@pytest.mark.parametrize(
    "text",
    [
        "鼓励企业入驻前海国际商务中心。",  # no nation inside: left to the head lists
        "市中心城区和横琴中心区域实施交通管制。",  # a city's centre
        "国家鼓励建设区域创新中心。",  # the nation is the subject, no place begins it
    ],
)
def test_a_centre_without_a_place_and_the_nation_is_no_name(text):
    assert not any(name.endswith("中心") for name in platforms(text))


def test_a_head_that_ends_in_centre_is_read_as_before():
    # 创新中心 is a head of its own: the national-centre test is for a bare 中心 only
    # (an invented name of the shape a place + 国际科技创新中心)
    text = "深化区域合作，参与北部湾国际科技创新中心建设，扩大与东盟合作。"
    assert [text[c.start : c.end] for c in _anchored(text)] == ["北部湾国际科技创新中心"]


def _anchored(text):
    return anchored_platforms(text, tokenise(text, 0, len(text)), [])
