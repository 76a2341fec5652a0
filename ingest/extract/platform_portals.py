"""A body's portal website is a platform named by its owner (issue 19, session 18).

海南省人民政府门户网站, 商务部门户网站, 广东省人民政府门户网站: a portal (门户网站) is named
by the body that runs it, so the name is a named body and the head, and the body inside it
is no mention of its own there (海南省人民政府 in 海南省人民政府门户网站 is the website, not
the government).
A portal after no named body is a class (政府门户网站, 地方政府门户网站, 本级人民政府门户网站:
the recogniser names no body there, so nothing is read). An edition in a language
(…门户网站英文版) is a site of its own and takes the name in.

Only 门户网站 is read, not 网站 or 网 alone: a body's website in the laws is where a notice
is put (在貿易署網站公布; the session-16 seeded sample made 連結貿易署網站 a name), and a
name ending in 网 is one word of its own (中国政府网: `service_names.tsv`). Linear: each
organisation candidate looks at the characters right after it.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from .records import Candidate

__all__ = ["owned_portals"]

PORTAL = "门户网站"
# an edition in one language: 英文版, 中文版, 法文版; not 外文版 ("in a foreign language",
# any of them: a class of editions)
_EDITION = re.compile("[\u4e00-\u9fff](?<!外)文版")


def owned_portals(text: str, found: Sequence[Candidate]) -> list[Candidate]:
    """Platforms made of an organisation of `found` and the portal right after it (module
    docstring), with its edition if one follows. `text` is Simplified; spans index it."""
    out = []
    for candidate in found:
        if candidate.kind != "Organization" or candidate.parts:
            continue
        if not text.startswith(PORTAL, candidate.end):
            continue
        end = candidate.end + len(PORTAL)
        edition = _EDITION.match(text, end)
        out.append(Candidate("Platform", candidate.start, edition.end() if edition else end))
    return out
