from __future__ import annotations

import pytest
from policykg.ingest.dates import find_dates, parse_date


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2018 年 9 月 20 日", "2018-09-20"),
        ("2017年1月3日", "2017-01-03"),
        ("二〇一八年九月二十日", "2018-09-20"),
        ("民國107年5月1日", "2018-05-01"),
        ("民国一百零七年", "2018"),
        ("一百十二年一月一日", "2023-01-01"),  # Taiwan's laws drop 民國 in full dates
        ("九十年三月十六日", "2001-03-16"),
        ("２０２１年３月", "2021-03"),
        ("2022 年", "2022"),
        ("2018-09-20", "2018-09-20"),
    ],
)
def test_dates_at_each_precision(text, expected):
    value = parse_date(text)
    assert value is not None and value.lexical() == expected


def test_xsd_types_follow_precision():
    assert [parse_date(t).xsd_type() for t in ("2018年9月20日", "2018年9月", "2018年")] == [
        "date", "gYearMonth", "gYear",
    ]  # fmt: skip


@pytest.mark.parametrize(
    "text",
    ["2023年2月30日", "2023年13月", "第十三屆", "1500 亿港元", "25 周年", "五十年", "十年一月"],
)
def test_no_false_dates(text):
    assert parse_date(text) is None


@pytest.mark.parametrize(
    ("text", "lexical", "period"),
    [("2020 年第四季度開始營運", "2020", "第四季度"), ("2021 年上半年推出", "2021", "上半年"),
     ("2024年年底起", "2024", "年底"), ("2023 年 6 月底", "2023-06", "底")],
)  # fmt: skip
def test_parts_of_a_year_keep_their_precision_and_say_which_part(text, lexical, period):
    (match,) = list(find_dates(text))
    assert (match.value.lexical(), match.period) == (lexical, period)


def test_invalid_dates_are_reported_not_guessed():
    from policykg.ingest.dates import invalid_dates

    text = "於2023年2月30日簽署"
    assert list(find_dates(text)) == []
    assert [text[s:e] for s, e in invalid_dates(text)] == ["2023年2月30日"]


def test_spans_inside_a_sentence():
    text = "有效期至 2022年 6 月 30 日。經雙方同意"
    (match,) = list(find_dates(text))
    assert text[match.start : match.end] == "2022年 6 月 30 日"


def test_a_years_zero_may_be_a_circle_but_a_circle_alone_is_a_bullet():
    (match,) = find_dates("二○○四年六月十六日")  # U+25CB, as many official pages print it
    assert (match.value.year, match.value.month, match.value.day) == (2004, 6, 16)
    (bullet,) = find_dates("○ 2004年3月")
    assert (bullet.start, bullet.value.year) == (2, 2004)
