"""A body's portal website is a platform named by its owner (issue 19, session 18).

海南省人民政府门户网站, 商务部门户网站, 广东省人民政府门户网站: a portal (门户网站) is named
by the body that runs it, so the name is a named body and the head, and the body inside it
is no mention of its own there (海南省人民政府 in 海南省人民政府门户网站 is the website, not
the government).
A portal after no named body is a class (政府门户网站, 地方政府门户网站, 本级人民政府门户网站:
the recogniser names no body there, so nothing is read). An edition in a language
(…门户网站英文版) is a site of its own and takes the name in.

Only 门户网站 and its Taiwan usage 全球资讯网 (某部全球資訊網: a body's official site,
written so by every Taiwan agency; session 26) are read, not 网站 or 网 alone: a body's
website in the laws is where a notice is put (在貿易署網站公布; the session-16 seeded sample
made 連結貿易署網站 a name), and a name ending in 网 is one word of its own (中国政府网:
`service_names.tsv`). A zone's portal is named by the zone the same way (甲自由贸易试验区
门户网站: the gold's convention since batch LL, a website named with a zone's name and used
as one existing site; session 26). Linear: each organisation or platform candidate looks
at the characters right after it.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from .records import Candidate

__all__ = ["PORTAL", "PORTALS", "owned_portals"]

PORTAL = "门户网站"
# the same site in Taiwan's usage (grammar: one synonym), as platform_use reads 透过 as 通过
PORTALS = (PORTAL, "全球资讯网")
_OWNERS = frozenset({"Organization", "Platform"})  # a body, or a zone it runs
# an edition in one language: 英文版, 中文版, 法文版; not 外文版 ("in a foreign language",
# any of them: a class of editions)
_EDITION = re.compile("[\u4e00-\u9fff](?<!外)文版")


def owned_portals(text: str, found: Sequence[Candidate]) -> list[Candidate]:
    """Platforms made of an organisation or zone of `found` and the portal right after it
    (module docstring), with its edition if one follows. `text` is Simplified; spans index
    it."""
    out = []
    for candidate in found:
        if candidate.kind not in _OWNERS or candidate.parts:
            continue
        portal = next((p for p in PORTALS if text.startswith(p, candidate.end)), None)
        if portal is None:
            continue
        end = candidate.end + len(portal)
        edition = _EDITION.match(text, end)
        out.append(Candidate("Platform", candidate.start, edition.end() if edition else end))
    return out
