"""Names as the gold and readers expect them: PDF spacing removed, Latin spacing kept."""

from __future__ import annotations

import re

# a space with a CJK character or a digit on both sides is a PDF artefact: 2035 年, 143 億
_ARTEFACT_SPACE = re.compile(
    r"(?<=[\u3000-\u9fff\uff00-\uffef0-9])[ \u3000]+(?=[\u3000-\u9fff\uff00-\uffef0-9])"
)


def tidy_name(text: str) -> str:
    text = re.sub(r"\s*\n\s*", "", text.strip())
    # keep "QS 世界大學排名" and "InnoHK 創新香港": a Latin letter on one side keeps its space
    return _ARTEFACT_SPACE.sub(lambda m: "" if not _latin_around(m) else " ", text)


def _latin_around(m: re.Match) -> bool:
    text = m.string
    before = text[m.start() - 1] if m.start() else ""
    after = text[m.end()] if m.end() < len(text) else ""
    return (before.isascii() and before.isalpha()) or (after.isascii() and after.isalpha())
