"""A law's legislative history (沿革) and a statute's header: which lines are its items,
when the text was enacted and which amendment is the version the file holds (split from
metadata.py, issue 19, session 29).

A Taiwan record opens with its history (1.中華民國…號令制定公布全文 33 條 / 2.…號令修正公布第 3 條條文);
a Mainland law with a header of adoption and amendment lines (2011年1月8日《…》第一次修訂). The
readers here are asked by `metadata.find_dates_of_document`; each reads bounded windows
around the dates it is given, so a history costs in proportion to its items.
"""

from __future__ import annotations

import re
from dataclasses import replace

from .approvals import amendment_adopted_before, is_approval
from .dates import find_dates
from .records import DatedFact

__all__ = ["enactment_date", "history_line", "latest_version"]

# a line of a law's legislative history (沿革): 總統…第 11100037441 號令制定公布全文 33 條,
# 行政院…號令發布定自一百十二年一月一日施行 is about the law itself (lines broken anywhere:
# history_line looks back over the break)
_ENACTING = r"制\s*定|訂\s*定|订\s*定|核\s*定(?!\s*修)"  # 核定施行: approved into force
# …第 5660 號令, the older histories' order without a number (總統令, 行政院令), and the
# oldest, with no order at all: 中華民國五十五年二月十日總統制定公布全文 10 條
_ORDER = (
    r"(?:(?:[號号]|[統统院]\s*)\s*令"
    r"|(?:總\s*統|总\s*统)(?=\s*(?:制\s*定|修\s*正)\s*公\s*[布佈]))"  # not 報請總統核定
)
# rules two bodies issue together: …號令、行政院…號令會銜訂定發布 (會同 in some histories,
# at times naming the other bodies before the verb: …號令會同甲部乙部修正發布)
_JOINTLY = (
    r"(?:\s*(?:會|会)\s*(?:銜|衔|同)(?:[\u4e00-\u9fff\s]{0,24}?(?:部|會|会|院|署|局|處|处))?)?"
)
# an item may only add or strike articles: …號令增列第 5-1 條, …號令刪除發布第 6 條條文
_ADDING_OR_STRIKING = r"增\s*[訂订列]|刪\s*除|删\s*除"
_HISTORY_ITEM = re.compile(
    rf"{_ORDER}{_JOINTLY}\s*(?:{_ENACTING}|修\s*正|{_ADDING_OR_STRIKING}|發\s*布|发\s*布"
    r"|公\s*布|公\s*佈)"
)
# after a date, the history's enactment line (…號令制定公布 a law, …號令訂定發布 a
# regulation), not an amendment's: that date is the law's publication
_ENACTED = re.compile(rf"[^。；;]{{0,80}}?{_ORDER}{_JOINTLY}\s*(?:{_ENACTING})")
# a later version of the text: an amendment line of the legislative history
# (…號令修正公布第 3 條條文) or of a header (2011年1月8日《…決定》第一次修訂)
_AMENDED = re.compile(rf"修\s*正|修\s*[訂订]|{_ADDING_OR_STRIKING}")
_REPEALED = re.compile(r"廢\s*止|废\s*止")
_TITLES = re.compile(r"《[^《》]*》")
# …通过根据2021年9月29日…修正: the next item may open with the 根据 that names its act
_ITEM_END = re.compile(
    r"(?:修正|修訂|修订|通過|通过|批准|公布|發布|发布|施行)[\s\u3000]*(?:根据|根據)?[\s\u3000]*$"
)
_AMENDED_AT_END = re.compile(r"(?:修\s*正|修\s*訂|修\s*订)[\s\u3000）)]*$")
_ADOPTED_AT_END = re.compile(r"(?:通\s*過|通\s*过)[\s\u3000）)]*$")
_HEADER_REACH = 3000  # characters: where a legislative history or a statute's header ends,


# unless the history's items go on (a rule amended 166 times): then 3,000 past the last one
def history_line(text: str, start: int, end: int, floor: int) -> bool:
    """Is text[start:end] (a sentence) part of a legislative-history item, even when the
    source broke the line inside the item's …號令發布 (…號令 | 發布定自…施行)?"""
    window = max(floor, start - 24)
    return any(m.end() > start for m in _HISTORY_ITEM.finditer(text, window, end))


def enactment_date(text: str, start: int, end: int) -> DatedFact | None:
    """The date of the legislative history's enactment line (whose lines the source
    breaks anywhere: …號令 | 制定公布)."""
    dates = list(find_dates(text[start : min(end, start + 3000)]))
    for match, following in zip(dates, [*dates[1:], None]):  # noqa: B905 (one longer)
        enacted = _ENACTED.match(text, start + match.end, end)
        # the nearest date before the line's 號令制定公布, not one of a header line above
        # it (最新異動日期：2024年5月24日 / 生效日期：… / 沿革： / 1.中華民國九十年…號令制定)
        if enacted and (following is None or start + following.start >= enacted.end()):
            return DatedFact("published", match.value, start + match.start, start + match.end)
    return None


def latest_version(text: str, start: int, end: int) -> DatedFact | None:
    """The date of the latest amendment a legislative history or header lists: the
    version of the text the file holds (eli:version_date). An item is the text from one
    date to the next; a repeal is not a version."""
    end = _history_end(text, start, end)  # the history and header open the file
    dates = list(find_dates(text[start:end]))
    latest = None
    adoptions = 0  # header lines saying a body adopted the text: the later ones re-adopted
    for match, following in zip(dates, [*dates[1:], None]):  # noqa: B905 (one longer)
        item_end = start + min(following.start if following else end - start, match.end + 160)
        if _header_line(text, start + match.start, _ADOPTED_AT_END):
            adoptions += 1
            if adoptions > 1 and (latest is None or match.value.lexical() > latest.value.lexical()):
                # 2001年8月7日 …會議通過 / 2019年12月30日 …會議通過: the amended text's adoption
                latest = DatedFact("version", match.value, start + match.start, start + match.end)
            continue
        if _header_line(text, start + match.start):
            line_end = text.find("\n", start + match.end, item_end)
            item_end = line_end if line_end >= 0 else item_end
        elif not _HISTORY_ITEM.search(text, max(start, start + match.start - 24), item_end):
            continue
        if (body := _BODY_OPENS.search(text, start + match.end, item_end)) is not None:
            item_end = body.start()  # the history's last item ends where the body begins
        item = _TITLES.sub("", text[start + match.end : item_end])  # 《…廢止和修改…決定》
        if not _AMENDED.search(item) or _REPEALED.search(item):
            continue
        if is_approval(text[start + match.end : item_end].partition("《")[0]) and (
            adopted := amendment_adopted_before(text, start + match.start, start)
        ):
            match = replace(adopted, start=adopted.start - start, end=adopted.end - start)
        if latest is None or match.value.lexical() > latest.value.lexical():
            latest = DatedFact("version", match.value, start + match.start, start + match.end)
    return latest


def _history_end(text: str, start: int, end: int) -> int:
    """Where a file's opening history or header may end: _HEADER_REACH characters in, or
    further while the history's items go on, each within _HEADER_REACH of the last."""
    reach = min(end, start + _HEADER_REACH)
    for item in _HISTORY_ITEM.finditer(text, start, end):
        if item.start() > reach:
            break
        reach = min(end, item.end() + _HEADER_REACH)
    return reach


# the first article or chapter of a law's body, on a line of its own (第 1 條, 第一章總則);
# not an item's words broken before 第 14 條條文
_BODY_OPENS = re.compile(
    r"\n[ \t\u3000]*第\s*[\d一二三四五六七八九十百零〇]+\s*(?:[條条][ \t\u3000]*\n|章)"
)


_HEADER_LINE = 200  # characters a header line has at most
_BEFORE_DATE = 64  # characters before a date read for the end of an item (…修正)


def _header_line(text: str, position: int, ending: re.Pattern[str] = _AMENDED_AT_END) -> bool:
    """A date that opens a line of a statute's header and the line says it amended the
    text (2011年1月8日 《…》第一次修訂; …會議《關於修改…的決定》第二次修正), or with
    `ending` _ADOPTED_AT_END, that a body adopted it (…審判委員會第1790次會議通過)."""
    # bounded reads (a history written on one long line is read item by item: linear)
    line_end = text.find("\n", position, position + _HEADER_LINE + 1)
    if line_end < 0 and len(text) > position + _HEADER_LINE:
        return False  # a line over _HEADER_LINE characters is no header line
    line = text[position : line_end if line_end >= 0 else len(text)]
    window = max(0, position - _BEFORE_DATE)  # _ITEM_END is anchored at the date
    line_start = text.rfind("\n", window, position) + 1 or window
    before = text[line_start:position].strip(" \u3000（(")
    # the cleaner may join two header lines (…第二次修正2018年12月29日…): a date right
    # after the end of an item opens the next one
    opens = not before or _ITEM_END.search(before) is not None
    return opens and ending.search(line) is not None
