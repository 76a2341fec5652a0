"""Standing committees of a people's congress named by their session (issue 19, session 23):
市十四届人大常委会, 省十二届人大常委会, 浙江省十二届人大常委会, 市第十四届人民代表大会常务委员会.

A local regulation's header says which committee passed or approved it (2014年12月26日
市十四届人大常委会第二十次会议通过). The full form with the place's name (浙江省第十二届
人民代表大会常务委员会) is a local body the flow already reads (local_bodies.py); the short
forms are not: a level word (省, 市, 县 …) and a session number before 人大常委会 (the
committee's short name, no head noun of ours) or before the full name without a place.
Numbered by its session, the committee is one body, not the class every city has (市人大
常委会 alone stays a class), so it is named as written: the place the level word ends
(浙江|省, or 浙江省 read as one word) is part of the name, a date or a verb before it is not.

Cost: one regular-expression scan of the sentence, a word look-up per match.
"""

from __future__ import annotations

import re

from .phrases import Token
from .place_words import is_place
from .records import Candidate

__all__ = ["session_committees"]

# the level words of a local congress (Simplified): a province, a city, a county, a district
# and the autonomous ones; longest first so 自治区 is not read as 区
_LEVELS = "自治区|自治州|自治县|省|市|县|区|州|盟|旗"
_SESSION = "第?[〇零一二三四五六七八九十百]+届"
# 人大常委会: the short name; 人民代表大会常务委员会: the full one, which the local-body rule
# reads when a place's name stands before the level word (and then this one agrees)
_COMMITTEE = "(?:人大常委会|人民代表大会常务委员会)"
_SESSION_COMMITTEE = re.compile(f"(?:{_LEVELS}){_SESSION}{_COMMITTEE}")


def session_committees(text: str, tokens: list[Token]) -> list[Candidate]:
    """The standing committees in the tokens' span named by a level word and their session,
    with the place the level word belongs to when the text writes it."""
    if not tokens:
        return []
    start, end = tokens[0].start, tokens[-1].end
    found = []
    for match in _SESSION_COMMITTEE.finditer(text, start, end):
        found.append(Candidate("Organization", _place_start(tokens, match.start()), match.end()))
    return found


def _place_start(tokens: list[Token], level: int) -> int:
    """Where the name begins: at the place whose level word begins at `level` (浙江省 one
    word, or 浙江|省), else at the level word itself (a date or a verb precedes it)."""
    for index, token in enumerate(tokens):
        if token.start < level < token.end:  # 浙江省|十二届: the place and its level, one word
            return token.start if is_place(token.word) else level
        if token.start == level:  # 浙江|省十二届 or 6日|市|十四届
            before = tokens[index - 1] if index else None
            if before is not None and before.end == level and is_place(before.word):
                return before.start
            return level
    return level
