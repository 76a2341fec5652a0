"""Numbering systems of Chinese legal and policy texts, and their nesting ranks.

A `Marker` is the number at the start of a paragraph: 第三章, 第五條, 一、, （二）, 7.,
2.1.4, (1), ①, a., ● … `style` tells markers of the same series apart; `rank` orders
styles from the biggest unit to the smallest so the segmenter can nest a style it has
not seen before (Chinese official-document numbering: 一、 > （一） > 1. > （1） > ①).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

CN_DIGITS = "〇零一二三四五六七八九十百千两兩壹貳贰參叁肆伍陸陆柒捌玖拾佰"
_CN_VALUE = {
    "〇": 0, "○": 0, "零": 0, "一": 1, "壹": 1, "二": 2, "兩": 2, "两": 2, "貳": 2, "贰": 2,
    "三": 3, "參": 3, "叁": 3, "四": 4, "肆": 4, "五": 5, "伍": 5, "六": 6, "陸": 6, "陆": 6,
    "七": 7, "柒": 7, "八": 8, "捌": 8, "九": 9, "玖": 9,
}  # fmt: skip
_CN_UNIT = {"十": 10, "拾": 10, "百": 100, "佰": 100, "千": 1000}


def cn_to_int(text: str) -> int | None:
    """Chinese numeral → int: 十二 → 12, 二十一 → 21, 一百零五 → 105, 二〇一八 → 2018."""
    text = text.strip()
    if not text:
        return None
    if text.isdigit():
        return int(text)
    if all(c in _CN_VALUE for c in text):  # digit by digit: 二〇一八
        return int("".join(str(_CN_VALUE[c]) for c in text))
    total = section = 0
    digit: int | None = None
    for char in text:
        if char in _CN_VALUE:
            digit = _CN_VALUE[char]
        elif char in _CN_UNIT:
            section += (1 if digit is None else digit) * _CN_UNIT[char]
            digit = None
        elif char == "萬" or char == "万":
            total += (section + (digit or 0)) * 10000
            section, digit = 0, None
        else:
            return None
    return total + section + (digit or 0)


LEGAL_UNITS = {
    "編": ("book", 1), "编": ("book", 1), "部分": ("part", 0), "章": ("chapter", 2),
    "節": ("section", 3), "节": ("section", 3), "條": ("article", 4), "条": ("article", 4),
}  # fmt: skip

# Rank scale shared by all styles: a smaller rank is a bigger unit.
RANK_CN_DUN = 10.0  # 一、
RANK_CN_PAREN = 11.0  # （一）
RANK_DECIMAL = 12.0  # 1. 1.1 2.1.4 (+ depth / 100)
RANK_NUM_PAREN = 13.0  # （1） 1）
RANK_CIRCLED = 14.0  # ①
RANK_LATIN = 15.0  # a. (a) A.
RANK_BULLET = 16.0  # ● ◎ ■ headings

KINDS = (
    "preamble", "heading", "part", "book", "chapter", "section", "article",
    "clause", "item", "point", "subpoint", "bullet",
)  # fmt: skip


@dataclass(frozen=True)
class Marker:
    number: str  # as written, e.g. "（二）", "第三條", "2.1.4"
    style: tuple  # same style = same series
    rank: float
    kind: str
    ordinal: int | None  # value of the number when it has one
    end: int  # where the marker ends in the paragraph (the heading text follows)


_SP = r"[ \t\u3000]"
# an article inserted later is numbered after the one before it: 第六條之一 in printed
# texts (and 第十条之一 in Simplified), 第 6-1 條 in Taiwan's database records, where it
# stands alone on its line (a history's line that opens 第 7-1 條自…施行 is no article)
_LEGAL = re.compile(
    rf"^第{_SP}*([0-9０-９{CN_DIGITS}]+){_SP}*(部分|編|编|章|節|节|條|条)"
    rf"(?:之[{CN_DIGITS}]+)?(?=$|{_SP}|[^\w]|[\u4e00-\u9fff])"
)
_INSERTED = re.compile(rf"^第{_SP}*([0-9０-９]+){_SP}*[-－]{_SP}*[0-9０-９]+{_SP}*(條|条){_SP}*$")
_CN_DUN = re.compile(rf"^([{CN_DIGITS}]+){_SP}*[、，]")
_CN_PAREN = re.compile(rf"^[（(]{_SP}*([{CN_DIGITS}]+){_SP}*[）)]")
_NUM_PAREN = re.compile(rf"^[（(]{_SP}*([0-9０-９]{{1,3}}){_SP}*[）)]")
_NUM_RPAREN = re.compile(rf"^([0-9０-９]{{1,3}}){_SP}*[）)](?![0-9])")
_DECIMAL = re.compile(
    rf"^([0-9０-９]{{1,3}}(?:[.．][0-9０-９]{{1,3}}){{1,5}})[.．]?(?={_SP}|$|[\u4e00-\u9fff「《“（(])"
)
_DEC_ONE = re.compile(rf"^([0-9０-９]{{1,3}}){_SP}*[.．、](?![0-9０-９])")
# "4.4 億港元" or "2.6 倍" is a quantity at a line start, not a heading number.
_QUANTITY_AFTER = re.compile(rf"{_SP}*[億亿萬万千百%％倍元年月日個个名家項项米公平]")
_CIRCLED = re.compile(r"^([\u2460-\u2473\u3251-\u325f\u32b1-\u32bf])")
_LATIN = re.compile(
    rf"^(?:[（(]([a-zA-Z])[）)]|([a-z])[.)）]|([A-Z])[.．])(?={_SP}|[\u4e00-\u9fff])"
)
_ROMAN = re.compile(rf"^([IVX]{{1,5}})[.．]{_SP}")
_BULLET = re.compile(r"^([●◎■◆▲★□○◇])")

_FULLWIDTH_DIGITS = str.maketrans("０１２３４５６７８９．", "0123456789.")


def _int(text: str) -> int | None:
    text = text.translate(_FULLWIDTH_DIGITS)
    return int(text) if text.isdigit() else cn_to_int(text)


# Every marker starts with one of these; most paragraphs start with another character.
_MARKER_START = frozenset(
    "第（(0123456789０１２３４５６７８９●◎■◆▲★□○◇IVXabcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"
    + CN_DIGITS
    + "".join(chr(c) for c in range(0x2460, 0x2474))
    + "".join(chr(c) for c in range(0x3251, 0x3260))
    + "".join(chr(c) for c in range(0x32B1, 0x32C0))
)


def parse_marker(paragraph: str) -> Marker | None:
    """The numbering marker at the start of `paragraph`, or None."""
    text = paragraph.lstrip(" \t\u3000")
    if not text or text[0] not in _MARKER_START:
        return None
    lead = len(paragraph) - len(text)
    if m := _LEGAL.match(text) or _INSERTED.match(text):
        unit = m.group(2)
        kind, rank = LEGAL_UNITS[unit]
        return Marker(
            m.group(0).strip(), ("legal", kind), rank, kind, _int(m.group(1)), lead + m.end()
        )
    if m := _CN_PAREN.match(text):
        return Marker(
            m.group(0), ("cn-paren",), RANK_CN_PAREN, "clause", _int(m.group(1)), lead + m.end()
        )
    if m := _CN_DUN.match(text):
        return Marker(
            m.group(0), ("cn-dun",), RANK_CN_DUN, "section", _int(m.group(1)), lead + m.end()
        )
    if m := _NUM_PAREN.match(text):
        return Marker(
            m.group(0), ("num-paren",), RANK_NUM_PAREN, "point", _int(m.group(1)), lead + m.end()
        )
    if (m := _DECIMAL.match(text)) and not _QUANTITY_AFTER.match(text, m.end()):
        parts = re.split(r"[.．]", m.group(1).translate(_FULLWIDTH_DIGITS))
        depth = len(parts)
        number = m.group(0)
        return Marker(number, ("decimal", depth), RANK_DECIMAL + depth / 100, "item",
                      int(parts[-1]), lead + m.end())  # fmt: skip
    if m := _DEC_ONE.match(text):
        return Marker(m.group(0).replace(" ", ""), ("decimal", 1), RANK_DECIMAL + 0.01, "item",
                      _int(m.group(1)), lead + m.end())  # fmt: skip
    if m := _NUM_RPAREN.match(text):
        return Marker(
            m.group(0),
            ("num-rparen",),
            RANK_NUM_PAREN + 0.5,
            "point",
            _int(m.group(1)),
            lead + m.end(),
        )
    if m := _CIRCLED.match(text):
        return Marker(m.group(0), ("circled",), RANK_CIRCLED, "subpoint", None, lead + m.end())
    if m := _ROMAN.match(text):
        return Marker(
            m.group(0).strip(), ("roman",), RANK_CN_DUN - 0.5, "section", None, lead + m.end()
        )
    if m := _LATIN.match(text):
        letter = m.group(1) or m.group(2) or m.group(3)
        style = ("latin-paren",) if m.group(1) else ("latin-upper",) if m.group(3) else ("latin",)
        return Marker(m.group(0), style, RANK_LATIN, "subpoint",
                      ord(letter.lower()) - 96, lead + m.end())  # fmt: skip
    if m := _BULLET.match(text):
        return Marker(
            m.group(1), ("bullet", m.group(1)), RANK_BULLET, "bullet", None, lead + m.end()
        )
    return None


# 附件 1：…, 附件二, 附：…, 附表 2：…, 附錄: the annex word, its number, a colon, what follows.
# One grammar for every reader of annex lines: the segmenter (`parse_annex_marker`) and the
# cited annex titles (`ingest/extract/unmarked_titles.py`) each apply their own policy to it.
_ANNEX_LINE = re.compile(
    rf"^{_SP}*附(?P<word>[件表錄录]?){_SP}*(?P<number>[0-9０-９{CN_DIGITS}]{{0,3}}){_SP}*"
    rf"(?P<colon>[:：])?{_SP}*(?P<rest>.*?)\s*$"
)


@dataclass(frozen=True)
class AnnexLine:
    """A line that opens with 附/附件/附表/附錄: its parts as written."""

    word: str  # 附件, 附表, 附錄, 附录 or 附
    number: str  # 1, 二 … as written, or ""
    number_start: int  # where `number` starts in the line
    colon: bool
    rest: str  # what follows the marker (and the colon), stripped
    rest_start: int  # where `rest` starts in the line
    spaced: bool  # a space stands right before `rest` (附件 1 聯合行動計劃)


def read_annex_line(line: str) -> AnnexLine | None:
    """The annex marker that opens `line`, or None when the line does not open with 附."""
    m = _ANNEX_LINE.match(line)
    if m is None:
        return None
    at = m.start("rest")
    return AnnexLine(
        word="附" + m.group("word"),
        number=m.group("number"),
        number_start=m.start("number"),
        colon=m.group("colon") is not None,
        rest=m.group("rest"),
        rest_start=at,
        spaced=at > 0 and line[at - 1] in " \t\u3000",
    )


def parse_annex_marker(paragraph: str) -> tuple[str, str] | None:
    """(label, title) for an annex heading such as `附件 1：聯合行動計劃` or `附件二`."""
    if len(paragraph) > 80:
        return None
    line = read_annex_line(paragraph)
    # only 附件 opens an annex (附錄 is an appendix of the text; 附： a note); its title is
    # after a colon or a space (附件一覽表 is a word)
    if line is None or line.word != "附件":
        return None
    if line.colon or line.spaced or not line.rest:
        title = line.rest.strip()
    elif line.number and paragraph[line.number_start - 1] in " \t\u3000":
        title = paragraph[line.number_start :].strip()  # 附件 一帶一路…: the number is the title's
        line = replace(line, number="")
    else:
        return None
    if title and title[-1] in "。；;，,":
        return None
    label = str(_int(line.number)) if line.number else ""
    if not label and not title and not line.colon and paragraph.strip() != "附件":
        return None
    return label or "1", title
