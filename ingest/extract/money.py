"""Sums of money: 181億3,500萬元, 約 6.7 億元人民幣, 港幣60億元, 超過1500億港元, HK$2 億.

A sum needs a currency, before or after the number. Values are exact (Decimal, in units of
the currency); 約/超過/逾/近 and trailing 多/餘/左右 mark it approximate; a bare 元 takes
the document's jurisdiction (Hong Kong texts: HKD; Mainland: CNY; Taiwan: TWD).
"""

from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation

from policykg.ingest.numbering import cn_to_int

from .records import Amount, Mention

_S = r"[ \u3000]*"
_NUM = r"(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?|[〇零一二三四五六七八九十百千两兩]+"
_UNIT = r"(?:百萬|百万|千萬|千万|億|亿|萬|万|千)"
_QUALIFIER = (
    r"(?P<qual>約|约|大約|大约|超過|超过|逾|近|多於|多于|不少於|不少于|高達|高达|達|达|至少)?"
)
_BEFORE = (
    r"(?P<before>HK\$|HKD|US\$|USD|RMB|港幣|港币|人民幣|人民币|新臺幣|新台幣|新台币|美元|澳門元)?"
)
_AFTER = (
    r"(?P<after>港元|港幣|港币|元人民幣|元人民币|人民幣|人民币|美元|澳門元|澳门元|新臺幣|新台幣|"
    r"新台币|元港幣|元港币|元)?"
)
_AMOUNT = re.compile(
    rf"{_QUALIFIER}{_S}{_BEFORE}{_S}"
    rf"(?P<number>(?:(?:{_NUM}){_S}{_UNIT}{_S})+(?:{_NUM})?|(?:{_NUM}))"
    rf"{_S}(?P<more>多|餘|余)?{_S}(?P<english>billion|million|thousand|bn|mn)?{_S}{_AFTER}"
    rf"(?P<around>左右|以上)?"
)
_PART = re.compile(rf"({_NUM}){_S}({_UNIT})?")
_UNITS = {
    "千": 1000, "萬": 10**4, "万": 10**4, "百萬": 10**6, "百万": 10**6,
    "千萬": 10**7, "千万": 10**7, "億": 10**8, "亿": 10**8,
}  # fmt: skip
_ENGLISH = {"billion": 10**9, "bn": 10**9, "million": 10**6, "mn": 10**6, "thousand": 1000}
CURRENCIES = {
    "HK$": "HKD", "HKD": "HKD", "港元": "HKD", "港幣": "HKD", "港币": "HKD", "元港幣": "HKD",
    "元港币": "HKD", "US$": "USD", "USD": "USD", "美元": "USD", "RMB": "CNY", "人民幣": "CNY",
    "人民币": "CNY", "元人民幣": "CNY", "元人民币": "CNY", "新臺幣": "TWD", "新台幣": "TWD",
    "新台币": "TWD", "澳門元": "MOP", "澳门元": "MOP",
}  # fmt: skip


def jurisdiction_currency(text: str, script: str) -> str:
    """The currency of a bare 元 in this document."""
    if "新臺幣" in text or "新台幣" in text or "民國" in text:
        return "TWD"
    return "HKD" if script == "Hant" else "CNY"


def find_amounts(text: str, start: int, end: int, default_currency: str) -> list[Amount]:
    amounts = []
    for m in _AMOUNT.finditer(text, start, end):
        before, after = m.group("before"), m.group("after")
        if not before and not after:
            continue  # a number without a currency is not money
        if before and after and after != "元" and CURRENCIES.get(after) != CURRENCIES.get(before):
            continue
        value = _value(m.group("number"))
        if value is None:
            continue
        if m.group("english"):
            value *= _ENGLISH[m.group("english")]
        if before:
            currency = CURRENCIES[before]
        else:
            currency = default_currency if after == "元" else CURRENCIES[after]
        approximate = bool(m.group("qual") and m.group("qual") not in ("達", "达")) or bool(
            m.group("more") or m.group("around")
        )
        span_start = (
            m.start("qual")
            if m.group("qual")
            else m.start("before")
            if before
            else m.start("number")
        )
        amounts.append(
            Amount(
                value,
                currency,
                approximate,
                Mention(span_start, m.end()),
                text[span_start : m.end()],
            )
        )
    return amounts


def _value(number: str) -> Decimal | None:
    total = Decimal(0)
    consumed = 0
    compact = number.replace(" ", "").replace("\u3000", "")
    for part in _PART.finditer(compact):
        if part.start() != consumed:
            return None
        consumed = part.end()
        digits, unit = part.group(1), part.group(2)
        try:
            base = (
                Decimal(digits.replace(",", ""))
                if digits[0].isdigit()
                else Decimal(cn_to_int(digits) or 0)
            )
        except InvalidOperation:
            return None
        total += base * (_UNITS[unit] if unit else 1)
    if consumed != len(compact) or total <= 0:
        return None
    return total
