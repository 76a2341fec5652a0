"""Numbers as Word's list formats write them (w:numFmt): 1, 一, 十一, 壹, 甲, ①, IV, d."""

from __future__ import annotations

_DIGITS = "〇一二三四五六七八九"
_LEGAL_DIGITS = "零壹贰叁肆伍陆柒捌玖"
_LEGAL_TRADITIONAL = "零壹貳參肆伍陸柒捌玖"
_STEMS = "甲乙丙丁戊己庚辛壬癸"
_BRANCHES = "子丑寅卯辰巳午未申酉戌亥"
_ROMAN = (
    (1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"),
    (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I"),
)  # fmt: skip


def chinese_counting(value: int, digits: str = "零" + _DIGITS[1:], units: str = "十百千") -> str:
    """一, 十, 十一, 二十, 一百零五, 一千二百: the counting form below 10,000."""
    if value <= 0 or value >= 10000:
        return str(value)
    out, zero = "", False
    for power, unit in ((1000, units[2]), (100, units[1]), (10, units[0]), (1, "")):
        digit = value // power % 10
        if digit == 0:
            zero = bool(out)
            continue
        if zero:
            out += digits[0]
            zero = False
        out += unit if (digit == 1 and power == 10 and not out) else digits[digit] + unit
    return out


def _roman(value: int) -> str:
    out = ""
    for number, letters in _ROMAN:
        while value >= number:
            out += letters
            value -= number
    return out


def _letters(value: int) -> str:
    """Word's letter lists: a … z, aa … zz (the letter repeated, not a base-26 count)."""
    letter = chr(ord("a") + (value - 1) % 26)
    return letter * ((value - 1) // 26 + 1)


def format_number(value: int, fmt: str) -> str:
    """`value` in the list format `fmt`; an unknown format is written in decimal."""
    if fmt in (
        "chineseCounting",
        "chineseCountingThousand",
        "japaneseCounting",
        "taiwaneseCounting",
    ):
        return chinese_counting(value)
    if fmt == "chineseLegalSimplified":
        return chinese_counting(value, _LEGAL_DIGITS, "拾佰仟")
    if fmt == "ideographLegalTraditional":
        return chinese_counting(value, _LEGAL_TRADITIONAL, "拾佰仟")
    if fmt in ("ideographDigital", "taiwaneseDigital", "japaneseDigitalTenThousand"):
        return "".join(_DIGITS[int(d)] for d in str(value))
    if fmt == "ideographTraditional" and 1 <= value <= 10:
        return _STEMS[value - 1]
    if fmt == "ideographZodiac" and 1 <= value <= 12:
        return _BRANCHES[value - 1]
    if fmt == "decimalEnclosedCircle" and 1 <= value <= 20:
        return chr(0x2460 + value - 1)
    if fmt == "decimalFullWidth":
        return "".join(chr(0xFF10 + int(d)) for d in str(value))
    if fmt == "upperRoman":
        return _roman(value)
    if fmt == "lowerRoman":
        return _roman(value).lower()
    if fmt == "upperLetter":
        return _letters(value).upper()
    if fmt == "lowerLetter":
        return _letters(value)
    if fmt == "decimalZero":
        return f"{value:02d}"
    return str(value)
