"""The body that made a law, named in the line of its legislative history (issue 19,
session 27).

A Taiwan record's history (沿革) dates each enactment and amendment and names who made
it: 中華民國二十年五月一日國民政府制定公布全文 10 條, …日某部令修正發布. The words between
the date and the verb are the maker: one body (or the president, a post). A body's head
alone (政府) names a class anywhere else, so the head-noun reading leaves 國民政府 out; in
this slot it is the one body that promulgated the text, a historical body the laws no longer
write otherwise. The maker is kept when it ends with an organisation head (政府, 部, 院;
not 總統) and is written with three characters or more; a trailing 令 (國民政府令) and an
order's session (第二次) are the line's, not the name's.

One regular-expression pass over the paragraph: linear.
"""

from __future__ import annotations

import re

from .records import Candidate
from .vocabulary import head_kind

__all__ = ["history_makers"]

_NUMERAL = "[〇零一二三四五六七八九十百0-9０-９ ]"
# (Simplified) the date, the maker, 令 and a session, then the verb of making it
_MAKER_LINE = re.compile(
    rf"中华民国{_NUMERAL}+年{_NUMERAL}+月{_NUMERAL}+日\s*"
    r"(?P<maker>[\u4e00-\u9fff]{3,8}?)令?(?:第[一二三四五六七八九十]+次)?\s*"
    r"(?:制定|修正|订定|发布|公布)"
)


def history_makers(simplified: str, start: int, end: int) -> list[Candidate]:
    """The makers of the history lines in simplified[start:end] that are bodies."""
    found = []
    for line in _MAKER_LINE.finditer(simplified, start, end):
        maker = line.group("maker")
        if head_kind(maker) == "Organization":
            found.append(Candidate("Organization", line.start("maker"), line.end("maker")))
    return found
