"""Calendar dates written in Chinese: 2018 年 9 月 20 日, 2021年3月, 二〇一八年九月二十日,
民國107年, 2018-09-20. Spaces between the parts (a PDF artefact) are allowed."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from .numbering import cn_to_int
from .records import DateValue

_FULLWIDTH = str.maketrans("０１２３４５６７８９－／．", "0123456789-/.")
_S = r"[ \u3000]*"
_CN = "〇零一二三四五六七八九十"
# 一百十二年一月一日, 九十年三月十六日: Taiwan's laws drop 民國 before the year of a full date;
# two or three numerals before 年, then a month and a day, can be no other year
_ROC_FULL_DATE = rf"(?=年{_S}[{_CN}]{{1,3}}{_S}月{_S}[{_CN}]{{1,3}}{_S}[日號号])"
# a year's zero is also written with the circle ○ (U+25CB: 二○○四年), never a month's or a
# day's; alone it is a bullet, so it counts only inside a year
_YEAR_ZERO = "○"
_YEAR = (
    rf"(?P<year>\d{{4}}|[{_CN}{_YEAR_ZERO}]{{4}}|(?P<roc>民國|民国){_S}(?:\d{{1,3}}|[{_CN}百]{{1,4}})"
    rf"|(?P<bare_roc>[{_CN}百]{{2,5}}){_ROC_FULL_DATE})"
)
_PATTERN = re.compile(
    rf"(?<![\d{_CN}]){_YEAR}{_S}年"
    rf"(?:{_S}(?P<month>\d{{1,2}}|[{_CN}]{{1,3}}){_S}月"
    rf"(?:{_S}(?P<day>\d{{1,2}}|[{_CN}]{{1,3}}){_S}[日號号]|{_S}(?P<month_part>[初中底末]))?"
    rf"|{_S}(?P<period>第{_S}[一二三四1-4]{_S}季度?|[上下]半年|年?[初中底末]))?"
    rf"|(?<!\d)(?P<iso>\d{{4}})[-/.](?P<iso_m>\d{{1,2}})[-/.](?P<iso_d>\d{{1,2}})(?!\d)"
)


@dataclass(frozen=True)
class DateMatch:
    value: DateValue
    start: int
    end: int
    period: str = ""  # a part of the year or month the text names: 第四季度, 上半年, 底


def _number(text: str | None) -> int | None:
    if not text:
        return None
    return int(text) if text.isdigit() else cn_to_int(text)


def find_dates(text: str) -> Iterator[DateMatch]:
    """Every valid date expression in `text`, in order, with its span."""
    normalised = text.translate(_FULLWIDTH)  # same length: spans carry over
    for m in _PATTERN.finditer(normalised):
        if m.group("iso"):
            year, month, day = int(m.group("iso")), int(m.group("iso_m")), int(m.group("iso_d"))
        else:
            raw_year = m.group("year")
            if m.group("roc") or m.group("bare_roc"):
                digits = raw_year[len(m.group("roc") or "") :].strip(" \u3000")
                roc = _number(digits)
                year = roc + 1911 if roc else 0
            else:
                year = _number(raw_year) or 0
            month, day = _number(m.group("month")), _number(m.group("day"))
        value = _valid(year, month, day)
        if value is not None:
            period = m.group("period") or m.group("month_part") or "" if not m.group("iso") else ""
            yield DateMatch(value, m.start(), m.end(), period)


def invalid_dates(text: str) -> Iterator[tuple[int, int]]:
    """Spans that look like dates but are not (2023年2月30日): kept as text, never guessed."""
    valid = {(d.start, d.end) for d in find_dates(text)}
    for m in _PATTERN.finditer(text.translate(_FULLWIDTH)):
        if (m.start(), m.end()) not in valid and (m.group("month") or m.group("iso")):
            yield m.start(), m.end()


def _valid(year: int, month: int | None, day: int | None) -> DateValue | None:
    if not 1000 <= year <= 2999:
        return None
    if month is not None and not 1 <= month <= 12:
        return None
    if day is not None:
        days = [31, 29 if _leap(year) else 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
        if month is None or not 1 <= day <= days[month - 1]:
            return None
    return DateValue(year, month, day)


def _leap(year: int) -> bool:
    return year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)


def parse_date(text: str) -> DateValue | None:
    """The date if `text` is nothing but one date expression."""
    stripped = text.strip()
    for match in find_dates(stripped):
        if match.start == 0 and match.end == len(stripped):
            return match.value
    return None
