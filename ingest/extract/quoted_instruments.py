"""A coined service name in quotes used as an instrument (issue 19; moved out of
`platform_use`, which returns these candidates with its own, in session 34).

A coined service name in quotes right after an instrument frame (通过, 依托, 透过:
通过“甲省通办”、线下窗口办理; after one term word: 通过|国际贸易|“…”) is one platform, when
the quote closes the phrase (punctuation, a verb or a preposition after it: not 通过“甲”
改革), the sentence goes on through it (a verb, preposition or list comma right after:
依托“甲”促进…) or, where the clause ends after it, something is done through it (a verb
of transacting in the clause, or the document puts the name before a service head
elsewhere: “甲省通办”平台; not 依托“一带一路”，推动…), it holds no punctuation and is no
item of a list of quoted slogans (采取“甲”、“乙”) nor a kind of body.

Linear: each frame reads the words its quote holds and a clause after it.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from .orgnames import names_a_class
from .phrases import Token
from .records import Candidate
from .service_heads import PLATFORM_HEADS
from .vocabulary import category_of

__all__ = ["services_quoted_after_instruments"]

_OPENING_QUOTES = {"“": "”", "「": "」"}
# what may follow a quoted service: punctuation, a verb, a preposition or conjunction
# (、, 促进, 与); not a noun or verbal noun, which the quote would qualify (“甲”改革)
_AFTER_QUOTED_TAGS = frozenset({"x", "v", "p", "c"})
_QUOTED_LONGEST = 12
# a word the segmenter knows as a name or a field's proper term, before a quoted service:
# 国际贸易 (nz); not two words (政务服务|“…”: the quote is the service, 政务服务 its field)
_FIELD_TAGS = frozenset({"nz", "nt"})
_NEXT_QUOTED = ("、“", "、「", "“", "「")  # characters inside the quotes
_INSIDE = re.compile(r"^[\u3400-\u9fffA-Za-z0-9]+$")  # no punctuation: 双随机、一公开 lists


def _token_after(tokens: Sequence[Token], first: int, end: int) -> Token | None:
    """The first token from tokens[first] on that starts after offset `end` (the closing
    quote): reads only the quote's words, never a copy of the rest of the text."""
    for at in range(first, len(tokens)):
        if tokens[at].start > end:
            return tokens[at]
    return None


# the frames that make what follows an instrument ("by way of"): a quote after another
# frame of use is as often a slogan or policy as a service (推动“双循环”, 采取“一事一议”,
# 按照“谁主管谁负责”); 透过 is 通过 in Taiwan's usage (grammar: a closed list)
_INSTRUMENT_FRAMES = frozenset({"通过", "依托", "透过"})
# what one does through a service (grammar: a handful of verbs of transacting): where the
# clause ends right after the quote (依托“一带一路”，推动…: a slogan), one of them later in
# the clause (通过“甲”，在线办理) or the quote's name before a service head elsewhere says
# a service; a verb, preposition or list comma right after it does (依托“甲”促进…,
# 通过“甲”、线下窗口办理)
_TRANSACTING = ("办理", "申请", "查询", "提交", "申报", "缴纳", "预约", "登记")
_CLAUSE_ENDS = re.compile("[，。；！？：\n]")
_CLAUSE_LONGEST = 24  # characters after the quote read for a verb of transacting


def _transacted(text: str, end: int) -> bool:
    """A verb of transacting follows the closing quote at text[end] in its clause, or in
    the next one where a comma follows the quote (通过“甲”，在线办理)."""
    begin = end + 1 + text.startswith("，", end + 1)
    stop = _CLAUSE_ENDS.search(text, begin, begin + _CLAUSE_LONGEST)
    clause = text[begin : stop.start() if stop else begin + _CLAUSE_LONGEST]
    return any(verb in clause for verb in _TRANSACTING)


_QUOTED_BEFORE_HEAD = re.compile(
    "[“「]([\u3400-\u9fffA-Za-z0-9]{3,12})[”」](?:" + "|".join(PLATFORM_HEADS) + ")"
)


@lru_cache(maxsize=8)
def _quoted_before_a_head(text: str, start: int, end: int) -> frozenset[str]:
    """The quoted names the document text[start:end] puts before a service head somewhere
    (“甲通办”平台): read once per document."""
    return frozenset(m.group(1) for m in _QUOTED_BEFORE_HEAD.finditer(text, start, end))


def services_quoted_after_instruments(
    text: str, tokens: Sequence[Token], document: tuple[int, int]
) -> list[Candidate]:
    """A quoted name right after an instrument frame, closed after its quote: 通过|“甲省
    通办”|、线下窗口办理 (the text uses the coined name of a service as one thing); where
    the clause ends after the quote, only when a verb of transacting follows in the clause
    or the document calls it a service elsewhere (“甲省通办”平台). The name is what the quotes hold, or, after one word the
    segmenter knows as a name or term (nz, nt: 国际贸易|“单一窗口”), that word and the
    quoted part with its quotes; a quote holding punctuation lists mechanisms."""
    out = []
    for k in range(len(tokens) - 3):
        if tokens[k].word not in _INSTRUMENT_FRAMES:
            continue  # 推动“双循环”, 认定|为|“情节严重”: no instrument
        field = tokens[k + 1].tag in _FIELD_TAGS  # 通过|国际贸易|“单一窗口”: one name word
        quote = tokens[k + 1 + field]
        if quote.word not in _OPENING_QUOTES:
            continue
        closing = _OPENING_QUOTES[quote.word]
        start = quote.end
        end = text.find(closing, start, start + _QUOTED_LONGEST + 1)
        if end < 0 or not _INSIDE.match(text[start:end]) or end - start < 3:
            continue
        after = _token_after(tokens, k + 2, end)
        if (
            after is not None
            and after.tag not in _AFTER_QUOTED_TAGS
            and not after.word.startswith(_TRANSACTING)  # 申报 (nz to the segmenter)
        ):
            continue  # 通过“甲”改革: the quote qualifies the noun after it
        if text.startswith(_NEXT_QUOTED, end + 1):
            continue  # 采取“甲”、“乙”: a list of quoted slogans or mechanisms
        name = text[start:end]
        if _CLAUSE_ENDS.match(text, end + 1) and not (
            _transacted(text, end) or name in _quoted_before_a_head(text, *document)
        ):
            continue  # 依托“一带一路”，推动…: the clause ends and nothing is done through it
        if not (names_a_class(name) or category_of(name)):  # “独角兽企业”: a kind of body
            first = tokens[k + 1].start if field else start
            out.append(Candidate("Platform", first, end + field))
    return out
