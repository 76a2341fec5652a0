from __future__ import annotations

import pytest
from policykg.ingest.numbering import cn_to_int, parse_annex_marker, parse_marker


@pytest.mark.parametrize(
    ("text", "number", "kind", "ordinal"),
    [
        ("第一條 原則和目標", "第一條", "article", 1),
        ("第十二条 本法自公布之日起施行。", "第十二条", "article", 12),
        ("第三章 法律责任", "第三章", "chapter", 3),
        ("第二節 審查", "第二節", "section", 2),
        ("第1条 总则", "第1条", "article", 1),
        ("一、原則和目標", "一、", "section", 1),
        ("十一、附則", "十一、", "section", 11),
        ("（三）聯合探索", "（三）", "clause", 3),
        ("(二) 物資流動", "(二)", "clause", 2),
        ("（2）加強基礎研究", "（2）", "point", 2),
        ("1. 鼓勵香港高校", "1.", "item", 1),
        ("20.推動內地", "20.", "item", 20),
        ("3、加強合作", "3、", "item", 3),
        ("2.1 發展歷程", "2.1", "item", 1),
        ("2.1.10", "2.1.10", "item", 10),
        ("①建設實驗室", "①", "subpoint", None),
        ("a. 申請資助", "a.", "subpoint", 1),
        ("(b) 審批", "(b)", "subpoint", 2),
        ("● 前言", "●", "bullet", None),
    ],
)
def test_markers(text, number, kind, ordinal):
    marker = parse_marker(text)
    assert marker is not None
    assert (marker.number, marker.kind, marker.ordinal) == (number, kind, ordinal)


@pytest.mark.parametrize(
    "text",
    [
        "第十三屆全國人民代表大會於 2021 年 3 月 11 日通過",
        "第四季度開始營運",
        "2035 年遠景目標綱要",
        "4.4 億港元起始撥款",
        "14.2 平方公里片區",
        "7 月 1 日香港回歸祖國",
        "1800 多家企業",
        "（中國香港）",
        "香港特別行政區政府",
    ],
)
def test_not_markers(text):
    assert parse_marker(text) is None


def test_decimal_depth_orders_rank():
    assert parse_marker("2.1 甲").rank < parse_marker("2.1.1 乙").rank


@pytest.mark.parametrize(
    ("text", "expected"),
    [("附件 1：內地與香港創新科技合作聯合行動計劃", ("1", "內地與香港創新科技合作聯合行動計劃")),
     ("附件二", ("2", "")), ("附件：資助清單", ("1", "資助清單")), ("附件與《安排》具有同等效力。", None)],
)  # fmt: skip
def test_annex_markers(text, expected):
    assert parse_annex_marker(text) == expected


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("十", 10),
        ("十二", 12),
        ("二十一", 21),
        ("一百零五", 105),
        ("二〇一八", 2018),
        ("三千五百", 3500),
    ],
)
def test_chinese_numerals(text, value):
    assert cn_to_int(text) == value


@pytest.mark.parametrize(
    ("paragraph", "number"),
    [
        ("第 6-1 條", "第 6-1 條"),
        ("第12－3條", "第12－3條"),
        ("第十條之一", "第十條之一"),
        ("第二十条之二 国家鼓励", "第二十条之二"),
    ],
)
def test_an_article_inserted_later_is_an_article(paragraph, number):
    """第 6-1 條 (a record's), 第十條之一 (print's): an article numbered after the one before."""
    marker = parse_marker(paragraph)
    assert marker is not None and marker.kind == "article" and marker.number == number


@pytest.mark.parametrize(
    "paragraph", ["第 7-1 條自九十一年一月一日施行", "第 23-2 條條文", "第1-3条规定的期限"]
)
def test_a_line_that_goes_on_after_an_inserted_number_is_no_article(paragraph):
    """A record's inserted article stands alone on its line; a history's wrapped line
    (…增訂 / 第 7-1 條自…施行) or a range of articles (第1-3条规定) is text."""
    assert parse_marker(paragraph) is None
