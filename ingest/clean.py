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
from array import array
from dataclasses import dataclass
from functools import cached_property

from .chars import SPACES, TERMINAL, display_width, is_word
from .dates import parse_date
from .inline import Removal, clean_line, strip_inline_markdown
from .numbering import Marker, parse_annex_marker, parse_marker
from .records import Artefact, CleanText, Footnote, FootnoteRef, Paragraph, SourceText

__all__ = ["clean_text", "display_width", "strip_inline_markdown"]


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

    @cached_property
    def width(self) -> float:
        return display_width(self.content)

    @cached_property
    def marker(self) -> Marker | None:
        return parse_marker(self.content) if self.hi > self.lo else None

    @cached_property
    def starts_unit(self) -> bool:
        return self.marker is not None or parse_annex_marker(self.content) is not None


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
        self._items: dict[int, tuple[int, int] | None] = {}  # line index → its item, see _item

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
        widths = [ln.width for ln in content if ln.kind == "text"]
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
            if line.marker is None:
                continue
            short = line.width < 0.8 * typical and line.content[-1] not in TERMINAL
            followed = nxt is not None and nxt.marker is not None
            votes.setdefault(line.marker.style, []).append(short or followed)
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
        if self._hangs_under(a, b):
            return False
        gap = b.index - a.index - 1
        a_ended = a_text[-1] in TERMINAL
        b_starts_unit = b.starts_unit
        if not wrapped:
            if b_starts_unit:
                return True
            blank_between = any(self.lines[i].kind == "blank" for i in range(a.index + 1, b.index))
            if not blank_between and self.markdown:
                # a Markdown soft or hard line break inside one paragraph, except around
                # the lines of a closing block converted from a page's own paragraphs
                return self._stands_alone(a) or self._stands_alone(b) or self._annex_title(a)
            # one paragraph per line, except a paragraph cut by a page break
            return a_ended or a.width < 60
        a_full = a.width >= 0.8 * typical
        if b_starts_unit:  # a wrapped sentence may carry a number to the next line
            return a_ended or not a_full or a.starts_unit
        if not a_full:
            return True
        if (
            a.marker is not None
            and a.marker.style in self._heading_styles
            and not a_ended
            and a.width < typical - 1.5
            and b.width >= 0.8 * typical
        ):
            return True  # a numbered heading, then a body paragraph
        if a_ended and trailing_marks and a.raw != a.raw.rstrip(SPACES):
            return True
        return bool(a_ended and gap > usual_gap and usual_gap == 0)

    def _hangs_under(self, a: _Line, b: _Line) -> bool:
        """Is `b` the next line of the numbered item that `a` begins or continues, indented
        to the column where the item's text begins? A hanging indent: 1.中華民國九十二年…號令
        / ␣␣修正發布全文 26 條. The alignment is the evidence (a first-line indent, a heading
        over an indented body have none), and `a` must be as full as the item's first line:
        a short line at that column ended its sentence (…施行 / ␣␣中華民國…公告)."""
        item = self._item(a)
        if item is None or b.index != a.index + 1 or b.md_list or b.starts_unit:
            return False
        column, full = item
        if a.content[-1] in TERMINAL or _columns(b.raw[: b.lo]) != column:
            return False
        return a.width >= _WRAPPED_ITEM_WIDTH and _end_column(a) >= 0.8 * full

    def _item(self, line: _Line) -> tuple[int, int] | None:
        """(the column of the item's text, where its first line ends) for a numbered line
        and for the lines that follow it at that column; None for any other line."""
        if line.index in self._items:
            return self._items[line.index]
        item = None
        if line.marker is not None and not line.md_list:
            text_start = line.marker.end
            while text_start < len(line.content) and line.content[text_start] in SPACES:
                text_start += 1
            column = _columns(line.raw[: line.lo]) + _columns(line.content[:text_start])
            if column > 0 and text_start < len(line.content):
                item = (column, _end_column(line))
        elif (above := self._items.get(line.index - 1)) is not None and _columns(
            line.raw[: line.lo]
        ) == above[0]:
            item = above
        self._items[line.index] = item
        return item

    @staticmethod
    def _stands_alone(line: _Line) -> bool:
        """An annex heading (附件 / 附件：…) or a date alone (2018年11月20日): lines of
        a notice's closing block, never part of a sentence on their own."""
        text = line.content
        if len(text) > 80:
            return False
        return parse_annex_marker(text) is not None or (len(text) <= 24 and bool(parse_date(text)))

    def _annex_title(self, line: _Line) -> bool:
        """The short unpunctuated line right after a bare 附件 heading: the annex's title."""
        previous = self.lines[line.index - 1] if line.index > 0 else None
        if previous is None or previous.kind != "text":
            return False
        heading = parse_annex_marker(previous.content)
        return (
            heading is not None
            and not heading[1]
            and len(line.content) <= 60
            and line.content[-1] not in TERMINAL
        )

    # -- inline cleaning -------------------------------------------------------------------

    def _removed(self, removal: Removal) -> None:
        self.artefacts.append(Artefact(removal.kind, removal.start, removal.end, removal.text))
        if removal.kind == "footnote_ref":
            self.footnote_refs.append(FootnoteRef(removal.label, -1, removal.start, removal.end))

    # -- assembly ------------------------------------------------------------------------

    def run(self) -> CleanText:
        self._mark_comments_and_front_matter()
        self._mark_toc()
        self._mark_markdown_structure()
        # web pages, Word files, PDFs and law database records: no page furniture left
        if self.source.reader == "text":
            self._mark_page_numbers()
            self._mark_running_headers()
        self._set_content_ranges()
        parts: list[str] = []
        offsets = array("l")
        length = 0
        paragraphs: list[Paragraph] = []
        previous_end = 0  # source offset of the newline after the previous paragraph
        for group in self._paragraphs():
            paragraph_start: int | None = None
            last_char = ""
            for line in group:
                first_of_line = True
                for piece_start, piece_end, replacement in clean_line(
                    line.raw, line.start, line.lo, line.hi, self.markdown, self._removed
                ):
                    if piece_end <= piece_start:
                        continue
                    chunk = replacement or self.text[piece_start:piece_end]
                    if paragraph_start is None:
                        if parts:
                            parts.append("\n")  # the paragraph break
                            offsets.append(previous_end)
                            length += 1
                        paragraph_start = length
                    elif first_of_line and is_word(last_char) and is_word(chunk[0]):
                        parts.append(" ")  # a line break between two words
                        offsets.append(line.start - 1)
                        length += 1
                    first_of_line = False
                    parts.append(chunk)
                    if replacement is None:
                        offsets.extend(range(piece_start, piece_end))
                    else:
                        offsets.append(piece_start)
                    length += len(chunk)
                    last_char = chunk[-1]
            if paragraph_start is None:
                continue
            level = group[0].level if group[0].kind == "heading" else None
            paragraphs.append(Paragraph(paragraph_start, length, level))
            previous_end = group[-1].start + len(group[-1].raw)
        offsets.append(offsets[-1] + 1 if offsets else 0)
        text = "".join(parts)
        out_offsets = offsets
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


# A history item's line as the source wrapped it is some twenty characters or more; a
# numbered heading (一、總則) over an indented body is shorter.
_WRAPPED_ITEM_WIDTH = 16


def _end_column(line: _Line) -> int:
    return _columns(line.raw[: line.hi])


def _columns(text: str) -> int:
    """Columns of a monospaced layout: ASCII one, a wide character (CJK, 　) two, a tab
    four (its usual stop in the plain-text records that wrap so)."""
    return sum(4 if ch == "\t" else 1 if ord(ch) < 0x1100 else 2 for ch in text)


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


def clean_text(source: SourceText) -> CleanText:
    """Clean a decoded source (see module docstring)."""
    return Cleaner(source).run()
