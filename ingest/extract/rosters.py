"""Bodies named before the post a person holds in them (issue 19): 蔡某某　安全部副部长.

A group's membership list, a signature or a roster gives each person the body and the post
held in it (质检总局副局长, 海关总署副署长), after a space that parts them from the person's
name (the reader turns the lines of a Markdown list into one paragraph, so no line end is
left to go by). The post of a body whose head is one character is that character + 长
(部 → 部长, 局 → 局长, 署 → 署长), with 副 for a deputy, so what stands between the space and
the post is the body, whatever its words (a short form no list holds: 质检总局, 安全部). Read
only there: right after a space, up to a post whose first character is the body's last, and
not a class (国务院各部|部长).

One regular expression over the span: linear in the text.
"""

from __future__ import annotations

import re

from .orgnames import names_a_class
from .records import Candidate

__all__ = ["roster_bodies"]

_ONE_CHARACTER_HEADS = "部局署"  # the heads whose post is the head + 长 (部长, 局长, 署长)
# a space, the body (the shortest run of Han characters), 副 for a deputy, the post
_BODY_AND_POST = re.compile(
    rf"(?<=[ \t\u3000])(?P<body>[\u4e00-\u9fff]{{2,14}}?)副?(?P<post>[{_ONE_CHARACTER_HEADS}])长"
)


def roster_bodies(text: str, start: int, end: int) -> list[Candidate]:
    """Bodies named right after a space and before their post, in text[start:end]."""
    found = []
    for m in _BODY_AND_POST.finditer(text, start, end):
        body = m.group("body")
        if body[-1] == m.group("post") and len(body) >= 3 and not names_a_class(body):
            found.append(Candidate("Organization", m.start("body"), m.end("body")))
    return found
