"""A bilingual source's English text, aligned with its Chinese document where it can be.

A gazette prints the English beside the Chinese; the reader keeps it apart
(`SourceText.english`). The English title is the short opening line of the English text
that carries the same numbers as the Chinese title (2020 年第 136 號法律公告 ↔ L.N. 136 of
2020): numbers are the one thing a translation keeps as they are, so a title with none is
not aligned rather than guessed.

Names inside the text are aligned where the English states the translation outright: a
bilingual gazette prints the English of a title it cites only in Chinese as a note
(an English translation of the title “《…》” is “…”). Nothing is translated here: a name
gets an English label only when the source pairs the two.
"""

from __future__ import annotations

import re

OPENING_PARAGRAPHS = 8  # the English title stands among the first lines of the English
MAX_TITLE = 160  # characters: longer is body text

_NUMBER = re.compile(r"\d+")
# “《中文名》” is “English name”: a quoted Chinese name, "is", a quoted English one
_STATED = re.compile(
    r"[“\"]\s*《?(?P<zh>[^“”\"《》]*[\u3400-\u9fff][^“”\"《》]*)》?\s*[”\"]"
    r"\s+(?:is|means|reads)\s+[“\"](?P<en>[A-Za-z][^“”\"]{2,200})[”\"]"
)


def english_title(title: str, english: str) -> str | None:
    """The English title matching the Chinese `title`, or None when none can be aligned."""
    numbers = sorted(_NUMBER.findall(title))
    if not numbers or not english:
        return None
    for paragraph in english.split("\n\n")[:OPENING_PARAGRAPHS]:
        line = " ".join(paragraph.split())
        if len(line) <= MAX_TITLE and sorted(_NUMBER.findall(line)) == numbers:
            return line
    return None


def stated_translations(english: str) -> list[tuple[str, str]]:
    """(Chinese name, English name) pairs that the English text states as translations."""
    pairs = []
    for found in _STATED.finditer(" ".join(english.split())):
        zh, en = found.group("zh").strip(), found.group("en").strip().rstrip(".,;")
        if not any(ch.isascii() and ch.isalpha() for ch in zh):
            pairs.append((zh, en))
    return pairs
