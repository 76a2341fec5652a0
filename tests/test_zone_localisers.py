"""A zone's name before 内 or 外 (ingest/extract/phrases.py, issue 19, session 27): the
segmenter reads 区内, 区外, 园内 as one word and takes the head's last character away from
the name (自由贸易|试验|区内). Every sentence is invented: other provinces, parks and
wordings than any document read; inside or outside, bracketed or not."""

from __future__ import annotations

import pytest
from policykg.ingest.extract.phrases import tokenise

from .recognised import platforms


def words(text: str) -> list[str]:
    return [t.word for t in tokenise(text, 0, len(text))]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "在中国（湖北）自由贸易试验区内注册的企业，享受本办法规定的支持。",
            "中国（湖北）自由贸易试验区",
        ),
        ("在中國（甘肅）自由貿易試驗區內設立分支機構的，應當備案。", "中國（甘肅）自由貿易試驗區"),
        ("凡在绵阳科技园内租用厂房的单位，应当登记。", "绵阳科技园"),
        ("设在长沙临空经济实验区内的海关监管场所，由海关验收。", "长沙临空经济实验区"),
        ("在荆州高新技术产业合作区外从事经营活动的，按照本市规定办理。", "荆州高新技术产业合作区"),
        (
            "中国（云南）自由贸易试验区红河片区内的企业可以申请补贴。",
            "中国（云南）自由贸易试验区红河片区",
        ),
    ],
)
def test_a_zone_before_inside_or_outside_is_named(text, name):
    assert name in platforms(text)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("在本区内设立的企业", "区内"),  # 本 + 区 is no head
        ("这些地区内的企业", "地区"),
        ("中心内容是服务企业", "内容"),  # a head before another word, not a localiser
        ("在丁市开发区内外", "开发区"),  # the head already a word of its own
    ],
)
def test_other_words_before_a_localiser_are_read_as_the_segmenter_reads_them(text, word):
    assert word in words(text)


def test_the_head_ends_a_word_and_the_localiser_stands_alone():
    text = "在乙省（丙）自由贸易试验区内的港口"
    assert "内" in words(text)
    assert any(w.endswith("区") for w in words(text))
