"""Stage *clean*: remove PDF-extraction and Markdown artefacts, rebuild paragraphs.

The result keeps, for every character of the cleaned text, the position in the source it
came from (`CleanText.offsets`), so any span found later can be quoted from the source.

What is removed, and recorded as an `Artefact`: page numbers, running headers and footers,
table-of-contents blocks and leader-dot lines, YAML front matter, HTML comments, horizontal
rules, Markdown syntax, footnote definitions (kept as `Footnote`s) and footnote markers
(kept as `FootnoteRef`s). Line breaks inside a paragraph are removed: nothing between two
CJK characters, one space between two Latin words or numbers.
"""

from __future__ import annotations

import itertools
import re
import statistics
import unicodedata
from array import array
from dataclasses import dataclass

from .numbering import parse_annex_marker, parse_marker
from .records import Artefact, CleanText, Footnote, FootnoteRef, Paragraph, SourceText

TERMINAL = frozenset("。！？；：…!?;:」』”’）)")
CJK_PUNCT = frozenset("，。、；：？！「」『』《》〈〉（）【】〔〕“”‘’…—～·﹏")
SPACES = " \t\u3000\u00a0\u2002\u2003\u2009"


def is_cjk(char: str) -> bool:
    code = ord(char)
    return (
        0x4E00 <= code <= 0x9FFF
        or 0x3400 <= code <= 0x4DBF
        or 0x3000 <= code <= 0x303F
        or 0xFF00 <= code <= 0xFFEF
        or 0x20000 <= code <= 0x3134F
        or 0xF900 <= code <= 0xFAFF
        or char in CJK_PUNCT
    )


def _is_han(char: str) -> bool:
    code = ord(char)
    return 0x4E00 <= code <= 0x9FFF or 0x3400 <= code <= 0x4DBF or 0x20000 <= code <= 0x3134F


def _is_word(char: str) -> bool:
    return char.isascii() and (char.isalnum() or char in "%$&+-/.,'\"")


def display_width(text: str) -> float:
    """Width in CJK cells: wide characters count 1, others ½, spaces 0."""
    width = 0.0
    for char in text:
        if char in SPACES:
            continue
        width += 1.0 if unicodedata.east_asian_width(char) in "WF" else 0.5
    return width


@dataclass
class _Line:
    index: int
    start: int  # source offset of the line's first character
    raw: str
    kind: str = "text"  # text | blank | heading | table | artefact
    level: int | None = None  # Markdown heading level
    lo: int = 0  # content range inside raw (after heading marks, bullets, indentation)
    hi: int = 0
    md_list: bool = False

    @property
    def content(self) -> str:
        return self.raw[self.lo : self.hi]


# --- artefact detectors -------------------------------------------------------------------

_PAGE_NUMBER = re.compile(
    r"^\s*(?:[-–—]\s*)?(?:\d{1,3}|[ivxlc]{1,6})(?:\s*[-–—])?\s*$"
    r"|^\s*第\s*\d{1,4}\s*[頁页](?:\s*[,，/]?\s*共\s*\d{1,4}\s*[頁页])?\s*$"
    r"|^\s*\d{1,4}\s*/\s*\d{1,4}\s*$"
    r"|^\s*(?:Page|page|P\.)\s*\d{1,4}(?:\s*of\s*\d{1,4})?\s*$"
)
_NUMBERISH = re.compile(r"^[\s\d.,/%-]+$")
_LEADER = re.compile(r"(?:\.{4,}|…{2,}|·{4,}|(?:\.\s){4,}|_{6,})\s*\d*\s*$")
_TOC_TITLE = re.compile(r"^\s*#{0,6}\s*(?:目\s*[錄录次]|Contents|CONTENTS|Table of Contents)\s*$")
_TOC_ENTRY_TAIL = re.compile(r"[\t ]\d{1,4}\s*$|\t\s*$")
_HEADING = re.compile(r"^ {0,3}(#{1,6})(?:[ \t]+|$)")
_HEADING_TAIL = re.compile(r"(?:[ \t]+#+)?[ \t]*$")
_RULE = re.compile(r"^ {0,3}(?:(?:-[ \t]*){3,}|(?:\*[ \t]*){3,}|(?:_[ \t]*){3,})$")
_TABLE_SEPARATOR = re.compile(r"^\s*\|?\s*:?-{3,}:?\s*(?:\|\s*:?-{3,}:?\s*)*\|?\s*$")
_LIST_BULLET = re.compile(r"^ {0,6}(?:[-*+][ \t]+|>[ \t]?)")
_FOOTNOTE_DEF = re.compile(r"^\s*(?:<sup>\s*([^<]{1,8}?)\s*</sup>|\[\^([^\]]{1,8})\]:)\s*(.*)$")

# Inline Markdown and markers; each removes its match except the named `keep` group.
_INLINE_MD = re.compile(
    r"!\[[^\]\n]*\]\([^)\n]*\)"  # image
    r"|\[(?P<link>[^\]\n]*)\]\((?:<[^>\n]*>|[^)\s]*)(?:\s+\"[^\"\n]*\")?\)"  # link
    r"|<(?P<auto>https?://[^>\s]+)>"  # autolink
    r"|\\(?P<esc>[!-/:-@\[-`{-~])"  # backslash escape
    r"|\*\*|__(?=\S)|(?<=\S)__|~~|`"  # strong, strike, code ticks
)
_SUP = re.compile(r"<sup>\s*([^<]{1,12}?)\s*</sup>", re.IGNORECASE)
_TAG = re.compile(r"</?[a-zA-Z][a-zA-Z0-9]*(?:\s[^<>]*)?/?>")
_BRACKET_REF = re.compile(r"\[(\d{1,3})\]")
_COMMENT = re.compile(r"<!--.*?-->", re.DOTALL)


class Cleaner:
    """Cleans one source text. Use `clean_text(source)`."""

    def __init__(self, source: SourceText) -> None:
        self.source = source
        self.text = source.text
        self.markdown = source.format == "markdown"
        self.lines = self._split_lines()
        self.artefacts: list[Artefact] = []
        self.footnotes: list[Footnote] = []
        self.footnote_refs: list[FootnoteRef] = []
        self._heading_styles: set[tuple] = set()

    # -- line classification ---------------------------------------------------------------

    def _split_lines(self) -> list[_Line]:
        lines, pos = [], 0
        for index, raw in enumerate(self.text.split("\n")):
            line = _Line(index, pos, raw, "text" if raw.strip(SPACES) else "blank")
            lines.append(line)
            pos += len(raw) + 1
        return lines

    def _drop(self, line: _Line, kind: str) -> None:
        line.kind = "artefact"
        if line.raw.strip(SPACES):
            self.artefacts.append(Artefact(kind, line.start, line.start + len(line.raw), line.raw))

    def _text_lines(self) -> list[_Line]:
        return [ln for ln in self.lines if ln.kind == "text"]

    def _mark_comments_and_front_matter(self) -> None:
        lines = self.lines
        if self.markdown and lines and lines[0].raw.strip() == "---":
            for end in range(1, min(len(lines), 60)):
                if lines[end].raw.strip() in ("---", "..."):
                    for line in lines[: end + 1]:
                        self._drop(line, "front_matter")
                    break
        inside = False
        for line in lines:
            if line.kind != "text":
                continue
            stripped = line.raw.strip()
            if inside or stripped.startswith("<!--"):
                self._drop(line, "comment")
                inside = "-->" not in stripped

    def _mark_toc(self) -> None:
        lines, i = self.lines, 0
        while i < len(lines):
            line = lines[i]
            if line.kind == "text" and _TOC_TITLE.match(line.raw):
                self._drop(line, "toc")
                j = i + 1
                while j < len(lines) and j - i < 400:
                    nxt = lines[j]
                    if nxt.kind == "blank":
                        j += 1
                        continue
                    if nxt.kind != "text" or not self._toc_entry(nxt.raw):
                        break
                    self._drop(nxt, "toc")
                    j += 1
                i = j
                continue
            if line.kind == "text" and _LEADER.search(line.raw) and len(line.raw.strip()) < 120:
                self._drop(line, "toc")
            i += 1

    @staticmethod
    def _toc_entry(raw: str) -> bool:
        stripped = raw.strip(SPACES)
        if _LEADER.search(raw):
            return True
        if len(stripped) > 60 or stripped[-1] in "。；;":
            return False
        return bool(
            raw[:1] in ("\t", "\u3000")
            or "\t" in raw
            or _TOC_ENTRY_TAIL.search(raw)
            or stripped[0] in "●◎■◆•"
        )

    def _mark_page_numbers(self) -> None:
        text_lines = self._text_lines()
        for k, line in enumerate(text_lines):
            if not _PAGE_NUMBER.match(line.raw):
                continue
            neighbours = text_lines[max(0, k - 1) : k] + text_lines[k + 1 : k + 2]
            # a column of numbers is a flattened table, not page numbers
            if any(_NUMBERISH.match(n.raw) and len(n.raw.strip()) <= 8 for n in neighbours):
                continue
            self._drop(line, "page_number")

    def _mark_running_headers(self) -> None:
        groups: dict[str, list[int]] = {}
        text_lines = self._text_lines()
        for k, line in enumerate(text_lines):
            key = re.sub(r"[\s\u3000]+", "", line.raw)
            if not 4 <= len(key) <= 40 or key[-1] in TERMINAL or parse_marker(key):
                continue
            if _NUMBERISH.match(key):  # a column of years or figures, not a header
                continue
            if _HEADING.match(line.raw) or line.raw.lstrip().startswith(("|", "-", "*", "<")):
                continue
            if re.search(r"\D", key):
                key = re.sub(r"\d+", "#", key)
            groups.setdefault(key, []).append(k)
        for members in groups.values():
            if len(members) < 2:
                continue
            gaps = [b - a for a, b in itertools.pairwise(members)]
            if min(gaps) >= 12:
                for k in members:
                    self._drop(text_lines[k], "running_header")

    def _mark_markdown_structure(self) -> None:
        for line in self.lines:
            if line.kind != "text":
                continue
            raw = line.raw
            if m := _FOOTNOTE_DEF.match(raw):
                label = (m.group(1) or m.group(2)).strip()
                body = strip_inline_markdown(m.group(3)).strip()
                self.footnotes.append(Footnote(label, body, line.start, line.start + len(raw)))
                self._drop(line, "footnote")
                continue
            if not self.markdown:
                continue
            if _RULE.match(raw) or (_TABLE_SEPARATOR.match(raw) and "-" in raw):
                self._drop(line, "rule")
                continue
            if m := _HEADING.match(raw):
                tail = _HEADING_TAIL.search(raw, m.end())
                line.kind, line.level = "heading", len(m.group(1))
                line.lo, line.hi = m.end(), tail.start() if tail else len(raw)
                if line.lo >= line.hi:
                    self._drop(line, "markup")
                continue
            if raw.lstrip().startswith("|"):
                line.kind = "table"
            if m := _LIST_BULLET.match(raw):
                line.md_list = True
                line.lo = m.end()

    def _set_content_ranges(self) -> None:
        for line in self.lines:
            if line.kind in ("text", "table"):
                raw = line.raw
                lo = max(line.lo, len(raw) - len(raw.lstrip(SPACES)))
                hi = len(raw.rstrip(SPACES))
                line.lo, line.hi = lo, max(lo, hi)
            if line.kind == "heading":
                while line.lo < line.hi and line.raw[line.lo] in SPACES:
                    line.lo += 1
                while line.hi > line.lo and line.raw[line.hi - 1] in SPACES:
                    line.hi -= 1

    # -- paragraphs ----------------------------------------------------------------------

    def _layout(self, content: list[_Line]) -> tuple[bool, float, int, bool]:
        """(hard_wrapped, typical width, usual blank gap, trailing-space marks paragraph ends)."""
        widths = [display_width(ln.content) for ln in content if ln.kind == "text"]
        if not widths:
            return False, 0.0, 1, False
        median = statistics.median(widths)
        ordered = sorted(widths)
        p90 = ordered[int(0.9 * (len(ordered) - 1))]
        typical = statistics.median(w for w in widths if w >= 0.6 * p90)  # a full line
        gaps = [b.index - a.index - 1 for a, b in itertools.pairwise(content)]
        usual_gap = statistics.mode(gaps) if gaps else 1
        trailing = sum(1 for ln in content if ln.raw != ln.raw.rstrip(SPACES))
        trailing_marks = 0 < trailing < 0.6 * len(content)
        hard_wrapped = not self.markdown and median < 45 and len(widths) >= 8
        return hard_wrapped, typical, usual_gap, trailing_marks

    def _paragraphs(self) -> list[list[_Line]]:
        content = [ln for ln in self.lines if ln.kind in ("text", "heading", "table")]
        wrapped, typical, usual_gap, trailing_marks = self._layout(content)
        self._heading_styles = self._find_heading_styles(content, typical)
        paragraphs: list[list[_Line]] = []
        for line in content:
            if paragraphs and not self._breaks(
                paragraphs[-1][-1], line, wrapped, typical, usual_gap, trailing_marks
            ):
                paragraphs[-1].append(line)
            else:
                paragraphs.append([line])
        return paragraphs

    @staticmethod
    def _find_heading_styles(content: list[_Line], typical: float) -> set[tuple]:
        """Numbering styles used for headings in this document: most of their lines are
        short and unpunctuated, or directly followed by another numbered line."""
        votes: dict[tuple, list[bool]] = {}
        for line, nxt in zip(content, [*content[1:], None], strict=False):
            marker = parse_marker(line.content) if line.content else None
            if marker is None:
                continue
            text = line.content
            short = display_width(text) < 0.8 * typical and text[-1] not in TERMINAL
            followed = nxt is not None and parse_marker(nxt.content) is not None
            votes.setdefault(marker.style, []).append(short or followed)
        return {style for style, v in votes.items() if len(v) >= 2 and sum(v) >= 0.6 * len(v)}

    def _breaks(
        self,
        a: _Line,
        b: _Line,
        wrapped: bool,
        typical: float,
        usual_gap: int,
        trailing_marks: bool,
    ) -> bool:
        if "heading" in (a.kind, b.kind) or "table" in (a.kind, b.kind) or b.md_list:
            return True
        a_text, b_text = a.content, b.content
        if not a_text or not b_text:
            return True
        gap = b.index - a.index - 1
        a_ended = a_text[-1] in TERMINAL
        b_starts_unit = parse_marker(b_text) is not None or parse_annex_marker(b_text) is not None
        if not wrapped:
            if b_starts_unit:
                return True
            blank_between = any(self.lines[i].kind == "blank" for i in range(a.index + 1, b.index))
            if not blank_between and self.markdown:
                return False  # a Markdown soft or hard line break inside one paragraph
            # one paragraph per line, except a paragraph cut by a page break
            return a_ended or display_width(a_text) < 60
        a_full = display_width(a_text) >= 0.8 * typical
        if b_starts_unit:  # a wrapped sentence may carry a number to the next line
            return (
                a_ended
                or not a_full
                or parse_marker(a_text) is not None
                or parse_annex_marker(a_text) is not None
            )
        if not a_full:
            return True
        a_marker = parse_marker(a_text)
        if (
            a_marker is not None
            and a_marker.style in self._heading_styles
            and not a_ended
            and display_width(a_text) < typical - 1.5
            and display_width(b_text) >= 0.8 * typical
        ):
            return True  # a numbered heading, then a body paragraph
        if a_ended and trailing_marks and a.raw != a.raw.rstrip(SPACES):
            return True
        return bool(a_ended and gap > usual_gap and usual_gap == 0)

    # -- inline cleaning -------------------------------------------------------------------

    def _inline(self, line: _Line) -> list[tuple[str, int]]:
        """The characters of the line's content that stay, with their source offsets."""
        raw, base = line.raw, line.start
        lo, hi = line.lo, line.hi
        keep = [False] * len(raw)
        for i in range(lo, hi):
            keep[i] = True

        def drop(start: int, end: int, kind: str = "markup") -> None:
            removed = raw[start:end]
            for i in range(start, end):
                keep[i] = False
            if any(not c.isascii() for c in removed) or kind != "markup":
                self.artefacts.append(Artefact(kind, base + start, base + end, removed))

        segment = raw[lo:hi]
        for m in _COMMENT.finditer(segment):
            drop(lo + m.start(), lo + m.end(), "comment")
        for m in _SUP.finditer(segment):
            drop(lo + m.start(), lo + m.end(), "footnote_ref")
            self.footnote_refs.append(
                FootnoteRef(m.group(1).strip(), -1, base + lo + m.start(), base + lo + m.end())
            )
        for m in _BRACKET_REF.finditer(segment):
            if not (self.markdown and segment[m.end() : m.end() + 1] == "("):
                drop(lo + m.start(), lo + m.end(), "footnote_ref")
                self.footnote_refs.append(
                    FootnoteRef(m.group(1), -1, base + lo + m.start(), base + lo + m.end())
                )
        if self.markdown:
            for m in _INLINE_MD.finditer(segment):
                s, e = lo + m.start(), lo + m.end()
                if not all(keep[s:e]):
                    continue
                for group in ("link", "auto", "esc"):
                    if m.group(group) is not None:
                        gs, ge = lo + m.start(group), lo + m.end(group)
                        drop(s, gs)
                        drop(ge, e)
                        break
                else:
                    drop(s, e)
            for m in _TAG.finditer(segment):
                if all(keep[lo + m.start() : lo + m.end()]):
                    drop(lo + m.start(), lo + m.end())
        chars = [(raw[i], base + i) for i in range(lo, hi) if keep[i]]
        return _normalise_spaces(chars)

    # -- assembly ------------------------------------------------------------------------

    def run(self) -> CleanText:
        self._mark_comments_and_front_matter()
        self._mark_toc()
        self._mark_markdown_structure()
        self._mark_page_numbers()
        self._mark_running_headers()
        self._set_content_ranges()
        out_chars: list[str] = []
        out_offsets = array("l")
        paragraphs: list[Paragraph] = []
        previous_end = 0  # source offset of the newline after the previous paragraph
        for group in self._paragraphs():
            pieces = [self._inline(line) for line in group]
            merged: list[tuple[str, int]] = []
            for line, piece in zip(group, pieces, strict=True):
                if not piece:
                    continue
                if merged and _is_word(merged[-1][0]) and _is_word(piece[0][0]):
                    merged.append((" ", line.start - 1))  # the line break becomes one space
                merged.extend(piece)
            if not merged:
                continue
            if out_chars:
                out_chars.append("\n")
                out_offsets.append(previous_end)
            start = len(out_chars)
            for char, offset in merged:
                out_chars.append(char)
                out_offsets.append(offset)
            level = group[0].level if group[0].kind == "heading" else None
            paragraphs.append(Paragraph(start, len(out_chars), level))
            previous_end = group[-1].start + len(group[-1].raw)
        end_offset = out_offsets[-1] + 1 if out_offsets else 0
        out_offsets.append(end_offset)
        text = "".join(out_chars)
        refs = tuple(
            FootnoteRef(
                r.label, _clean_position(r.source_start, out_offsets), r.source_start, r.source_end
            )
            for r in sorted(self.footnote_refs, key=lambda r: r.source_start)
        )
        return CleanText(
            text=text,
            offsets=out_offsets,
            paragraphs=tuple(paragraphs),
            artefacts=tuple(sorted(self.artefacts, key=lambda a: a.source_start)),
            footnote_refs=refs,
            footnotes=tuple(self.footnotes),
        )


def _clean_position(source_offset: int, offsets: array) -> int:
    """The first cleaned position whose source offset is at or after `source_offset`."""
    lo, hi = 0, len(offsets) - 1
    while lo < hi:
        mid = (lo + hi) // 2
        if offsets[mid] < source_offset:
            lo = mid + 1
        else:
            hi = mid
    return lo


def _normalise_spaces(chars: list[tuple[str, int]]) -> list[tuple[str, int]]:
    """One space for any run of spaces; none next to CJK punctuation; none inside
    letter-spaced CJK (核 准 项 目), which PDF extraction produces for justified lines."""
    collapsed: list[tuple[str, int]] = []
    for char, offset in chars:
        if char in SPACES:
            if collapsed and collapsed[-1][0] != " ":
                collapsed.append((" ", offset))
            continue
        collapsed.append((char, offset))
    while collapsed and collapsed[-1][0] == " ":
        collapsed.pop()
    han_gaps = [
        i
        for i in range(1, len(collapsed) - 1)
        if collapsed[i][0] == " " and _is_han(collapsed[i - 1][0]) and _is_han(collapsed[i + 1][0])
    ]
    spaces = sum(1 for c, _ in collapsed if c == " ")
    letter_spaced = len(han_gaps) >= 3 and len(han_gaps) >= 0.5 * spaces
    result: list[tuple[str, int]] = []
    for i, (char, offset) in enumerate(collapsed):
        if char == " ":
            prev_char = collapsed[i - 1][0] if i else ""
            next_char = collapsed[i + 1][0] if i + 1 < len(collapsed) else ""
            if prev_char in CJK_PUNCT or next_char in CJK_PUNCT:
                continue
            if letter_spaced and _is_han(prev_char) and _is_han(next_char):
                continue
        result.append((char, offset))
    return result


def strip_inline_markdown(text: str) -> str:
    """Plain text of a Markdown fragment (links keep their text, markup goes)."""

    def keep(m: re.Match) -> str:
        for group in ("link", "auto", "esc"):
            if m.group(group) is not None:
                return m.group(group)
        return ""

    return _TAG.sub("", _INLINE_MD.sub(keep, text))


def clean_text(source: SourceText) -> CleanText:
    """Clean a decoded source (see module docstring)."""
    return Cleaner(source).run()
