"""Names as the gold and readers expect them: PDF spacing removed, Latin spacing kept."""

from __future__ import annotations

import re

# a space with a CJK character or a digit on both sides is a PDF artefact: 2035 年, 143 億
_ARTEFACT_SPACE = re.compile(
    r"(?<=[\u3000-\u9fff\uff00-\uffef0-9])[ \u3000]+(?=[\u3000-\u9fff\uff00-\uffef0-9])"
)


_LATIN_CJK = re.compile(r"(?<=[A-Za-z])(?=[\u3400-\u9fff])|(?<=[\u3400-\u9fff])(?=[A-Za-z])")


def tidy_name(text: str) -> str:
    """One form per name, whichever document it comes from: no PDF spaces between CJK
    characters and digits, exactly one space between a Latin word and CJK (InnoHK 創新)."""
    text = re.sub(r"\s*\n\s*", "", text.strip())
    text = _ARTEFACT_SPACE.sub(lambda m: "" if not _latin_around(m) else " ", text)
    return _LATIN_CJK.sub(" ", text)


def _latin_around(m: re.Match) -> bool:
    text = m.string
    before = text[m.start() - 1] if m.start() else ""
    after = text[m.end()] if m.end() < len(text) else ""
    return (before.isascii() and before.isalpha()) or (after.isascii() and after.isalpha())


_NESTED_TITLE_MARKS = str.maketrans(
    {"《": "〈", "》": "〉", "<": "〈", ">": "〉", "＜": "〈", "＞": "〉"}
)
_HALF_WIDTH_PARENS = str.maketrans({"(": "（", ")": "）"})
_CJK = re.compile(r"[\u3400-\u9fff]")


def standard_title(title: str) -> str:
    """A title's marks in one form (GB/T 15834): a title named inside it in 〈〉, and in a
    Chinese title full-width parentheses. One work is cited as 《…〈婚姻法〉…》, 《…《婚姻法》…》
    or 《…<婚姻法>…》, 刑法修正案(八) or 刑法修正案（八）: its IRI ignores the marks already,
    and its label must not differ either (one label per script)."""
    title = title.translate(_NESTED_TITLE_MARKS)
    return title.translate(_HALF_WIDTH_PARENS) if _CJK.search(title) else title
