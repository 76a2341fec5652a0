"""Inline cleaning of one line: Markdown markup, footnote markers and spaces.

A line becomes a list of `Piece`s: runs of source characters that stay, or single
characters replaced (a tab or an ideographic space kept as one plain space). Lines without
markup take a fast path that never loops over characters in Python.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from .chars import CJK_PUNCT, HAN_CLASS, SPACE_CLASS, SPACES, is_han

Piece = tuple[int, int, str | None]  # absolute source [start, end), replacement or None

INLINE_MD = re.compile(
    r"!\[[^\]\n]*\]\([^)\n]*\)"  # image
    r"|\[(?P<link>[^\]\n]*)\]\((?:<[^>\n]*>|[^)\s]*)(?:\s+\"[^\"\n]*\")?\)"  # link
    r"|<(?P<auto>https?://[^>\s]+)>"  # autolink
    r"|\\(?P<esc>[!-/:-@\[-`{-~])"  # backslash escape
    r"|\*\*|__(?=\S)|(?<=\S)__|~~|`"  # strong, strike, code ticks
)
SUP = re.compile(r"<sup>\s*([^<]{1,12}?)\s*</sup>", re.IGNORECASE)
TAG = re.compile(r"</?[a-zA-Z][a-zA-Z0-9]*(?:\s[^<>]*)?/?>")
BRACKET_REF = re.compile(r"\[(\d{1,3})\]")
COMMENT = re.compile(r"<!--.*?-->", re.DOTALL)
_MARKUP_CHARS = re.compile(r"[<\[*_`~\\!]")
_SPACE_RUN = re.compile(f"{SPACE_CLASS}+")
_HAN_GAP = re.compile(f"(?<={HAN_CLASS}) (?={HAN_CLASS})")


@dataclass(frozen=True)
class Removal:
    """Something inline cleaning took out: markup, a comment or a footnote marker."""

    kind: str  # markup | comment | footnote_ref
    start: int  # absolute source offsets
    end: int
    text: str
    label: str = ""  # the footnote label for footnote_ref


def clean_line(
    raw: str, base: int, lo: int, hi: int, markdown: bool, removed: Callable[[Removal], None]
) -> list[Piece]:
    """The pieces of raw[lo:hi] that stay; `removed` is told of everything taken out."""
    segment = raw[lo:hi]
    if not segment:
        return []
    if not _MARKUP_CHARS.search(segment):
        return _spaces_fast(segment, base + lo)
    keep = [True] * len(segment)

    def drop(start: int, end: int, kind: str = "markup", label: str = "") -> None:
        for i in range(start, end):
            keep[i] = False
        text = segment[start:end]
        if kind != "markup" or any(not c.isascii() for c in text):
            removed(Removal(kind, base + lo + start, base + lo + end, text, label))

    for m in COMMENT.finditer(segment):
        drop(m.start(), m.end(), "comment")
    for m in SUP.finditer(segment):
        drop(m.start(), m.end(), "footnote_ref", m.group(1).strip())
    for m in BRACKET_REF.finditer(segment):
        if not (markdown and segment[m.end() : m.end() + 1] == "("):
            drop(m.start(), m.end(), "footnote_ref", m.group(1))
    if markdown:
        for m in INLINE_MD.finditer(segment):
            if not all(keep[m.start() : m.end()]):
                continue
            for group in ("link", "auto", "esc"):
                if m.group(group) is not None:
                    drop(m.start(), m.start(group))
                    drop(m.end(group), m.end())
                    break
            else:
                drop(m.start(), m.end())
        for m in TAG.finditer(segment):
            if all(keep[m.start() : m.end()]):
                drop(m.start(), m.end())
    chars = [(segment[i], base + lo + i) for i in range(len(segment)) if keep[i]]
    return _to_pieces(_spaces_slow(chars), raw, base)


def _letter_spaced(text: str) -> bool:
    """`核 准 项 目`: a justified PDF line whose Han characters are spaced apart."""
    gaps = len(_HAN_GAP.findall(text))
    return gaps >= 3 and gaps >= 0.5 * len(_SPACE_RUN.findall(text))


def _spaces_fast(segment: str, base: int) -> list[Piece]:
    """One space for a run of spaces; none next to CJK punctuation or inside
    letter-spaced CJK. `segment` has no leading or trailing spaces."""
    runs = list(_SPACE_RUN.finditer(segment))
    if not runs:
        return [(base, base + len(segment), None)]
    letter_spaced = _letter_spaced(segment)
    pieces: list[Piece] = []
    position = 0
    for run in runs:
        start, end = run.start(), run.end()
        before, after = segment[start - 1], segment[end]  # runs are interior
        pieces.append((base + position, base + start, None))
        position = end
        if before in CJK_PUNCT or after in CJK_PUNCT:
            continue
        if letter_spaced and is_han(before) and is_han(after):
            continue
        first = segment[start]
        pieces.append((base + start, base + start + 1, None if first == " " else " "))
    pieces.append((base + position, base + len(segment), None))
    return pieces


def _spaces_slow(chars: list[tuple[str, int]]) -> list[tuple[str, int]]:
    """The same rules as `_spaces_fast`, for a line whose markup left gaps."""
    collapsed: list[tuple[str, int]] = []
    for char, offset in chars:
        if char in SPACES:
            if collapsed and collapsed[-1][0] != " ":
                collapsed.append((" ", offset))
            continue
        collapsed.append((char, offset))
    while collapsed and collapsed[-1][0] == " ":
        collapsed.pop()
    letter_spaced = _letter_spaced("".join(c for c, _ in collapsed))
    result: list[tuple[str, int]] = []
    for i, (char, offset) in enumerate(collapsed):
        if char == " ":
            prev_char = collapsed[i - 1][0] if i else ""
            next_char = collapsed[i + 1][0] if i + 1 < len(collapsed) else ""
            if prev_char in CJK_PUNCT or next_char in CJK_PUNCT:
                continue
            if letter_spaced and is_han(prev_char) and is_han(next_char):
                continue
        result.append((char, offset))
    return result


def _to_pieces(chars: list[tuple[str, int]], raw: str, base: int) -> list[Piece]:
    pieces: list[Piece] = []
    for char, offset in chars:
        if raw[offset - base] != char:
            pieces.append((offset, offset + 1, char))
        elif pieces and pieces[-1][2] is None and pieces[-1][1] == offset:
            pieces[-1] = (pieces[-1][0], offset + 1, None)
        else:
            pieces.append((offset, offset + 1, None))
    return pieces


def strip_inline_markdown(text: str) -> str:
    """Plain text of a Markdown fragment (links keep their text, markup goes)."""

    def keep(m: re.Match) -> str:
        for group in ("link", "auto", "esc"):
            if m.group(group) is not None:
                return m.group(group)
        return ""

    return TAG.sub("", INLINE_MD.sub(keep, text))
