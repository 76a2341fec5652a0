"""A regulation adopted by one body and approved by another: the day it was made is the
adoption's (issue 19, session 22).

A city's or autonomous prefecture's regulation (and each amendment of it) is adopted by the
city's standing committee and then approved by the province's (Legislation Law, art. 81);
its header, or a clause citing it, names both, adoption first:

    2020年3月12日 某市…常务委员会第十九次会议通过
    2020年5月28日 某省…常务委员会第十七次会议批准的《某市…关于修改〈…〉的决定》修正

    2003年4月10日某市…会议通过，2003年6月20日某省…会议批准的《某市…条例》同时废止

The text (or its amendment) is the adopting body's, made on the adoption's day: that is the
version's and the cited act's date; the approval is the province's consent to it. An approval
with no adoption right before it (某市…会议批准的《…暂行规定》) keeps its own date.

`adoption_before` reads back from an approval's date over the one item before it: short and
bounded, so each call costs a constant.
"""

from __future__ import annotations

import re
from dataclasses import replace

from .dates import DateMatch, find_dates

__all__ = ["adoption_before", "amendment_adopted_before", "is_approval"]

ITEM_REACH = 160  # characters: one item of a header (a date, a body and its session, a verb)

# the verb of an item that approves what another body adopted (批准的《…》修正, 批准修订)
_APPROVAL = re.compile(r"批\s*准")
# the end of an adoption item: …会议通过, …会议通过修订 (the adopted text is an amendment),
# and what may stand after it before the next item (the page's spaces, 根据, a comma)
_ADOPTED_END = re.compile(
    r"(?:通\s*过|通\s*過)(?:修\s*订|修\s*訂|修\s*正)?[\s\u3000，,）)]*(?:根\s*据|根\s*據)?[\s\u3000]*$"
)
# an item holds no sentence end and no title: a clause of the text is not an item
_NOT_AN_ITEM = re.compile(r"[。；;《》]")


def is_approval(item: str) -> bool:
    """Is the header item or clause `item` (the text after its date, up to its title or end)
    an approval by another body (…会议批准, …批准修订)?"""
    return _APPROVAL.search(item) is not None


def amendment_adopted_before(text: str, date_start: int, floor: int = 0) -> DateMatch | None:
    """`adoption_before` for an approved amendment in a header: the adoption must follow an
    earlier item (the text's own adoption and approval), else it is the text's first
    adoption, not the amendment's (2001年…乙省…通过 / 2010年…乙省…批准的《…决定》修正)."""
    adopted = adoption_before(text, date_start, floor)
    if adopted is None:
        return None
    earlier = text[max(floor, adopted.start - ITEM_REACH) : adopted.start]
    return adopted if next(find_dates(earlier), None) is not None else None


def adoption_before(text: str, date_start: int, floor: int = 0) -> DateMatch | None:
    """The date of the adoption item that ends right before the item whose date starts at
    `date_start` (…会议通过 / …会议通过修订, on the line before or before a comma), with
    offsets in `text`; None when the item before is not an adoption."""
    window_start = max(floor, date_start - ITEM_REACH)
    window = text[window_start:date_start]
    dates = list(find_dates(window))
    if not dates:
        return None
    previous = dates[-1]
    item = window[previous.end :]
    if _NOT_AN_ITEM.search(item) or not _ADOPTED_END.search(item):
        return None
    return replace(previous, start=window_start + previous.start, end=window_start + previous.end)
