"""Page layout → running text: lines, columns, page furniture and paragraphs.

Works on text runs placed on pages (`Span`s), from a PDF's text layer or from OCR alike,
so both readers share one notion of reading order. Coordinates are PDF points with y
growing upwards. Every step is one pass over the lines (furniture: one count over the
pages' edge lines), so the cost is linear in the number of pages.

- Columns: a page whose text leaves a vertical gutter with enough text on both sides has
  two columns (a bilingual gazette prints Chinese and English side by side); each column
  is read top to bottom, and a column written mostly in Latin letters is English.
- Furniture: running headers and footers, page numbers and gazette marks (B2346, L.N. 136
  of 2020) are the lines at a page's top or bottom edge whose shape (digits folded to #)
  comes back on several pages. Nothing is matched by its wording.
- Paragraphs: a line continues the previous one unless it is indented, the previous one
  stopped short of the right margin, or it starts a numbered unit; this holds across a
  page break too, so a paragraph cut by the page is whole again.
"""

from __future__ import annotations

import itertools
import re
import statistics
from bisect import bisect_left
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

from .chars import TERMINAL, is_cjk, is_han
from .numbering import parse_annex_marker, parse_marker

EDGE_LINES = 4  # lines at the top and at the bottom of a page that may be furniture
MIN_REPEATS = 5  # pages an edge line's shape must recur on (fewer in short documents)
REPEAT_SHARE = 0.3  # …or this share of the pages, whichever is smaller
HEIGHT_STEP = 4.0  # points: furniture stands at the same height on every page
CELL_GAP = 8.0  # character heights between two parts of a baseline read apart
TABLE_GAP = 2.0  # character heights between two cells of a table's row
TABLE_ROWS = 3  # rows that make a table
MIN_BODY_LINES = 6  # fewer lines on a page: each is a paragraph
GUTTER = 0.03  # a column gap at least this share of the page width
COLUMN_SHARE = 0.2  # each column holds at least this share of a page's characters
SHARED_BASELINES = 0.6  # more of one side level with the other: a table, not columns
RIGHT_ALIGNED = 6  # character widths from the left margin: a short line that starts there
# and reaches the right margin is set flush right (a signature, a date)
WORDS = 20  # Latin letters that make a side of a page English text (not a mark like B2346)


@dataclass(frozen=True)
class Span:
    """A run of text on one line of a page, with its box in points."""

    text: str
    left: float
    bottom: float
    right: float
    top: float


@dataclass
class Line:
    text: str
    left: float
    right: float
    top: float
    bottom: float
    table: bool = False  # a table's row: a paragraph of its own

    @property
    def height(self) -> float:
        return self.top - self.bottom


@dataclass
class Page:
    """One page's lines in reading order: the document's, and any English ones apart."""

    number: int  # 1-based
    lines: list[Line] = field(default_factory=list)
    english: list[Line] = field(default_factory=list)
    furniture: list[Line] = field(default_factory=list)


def layout_page(
    number: int, spans: Iterable[Span], width: float, visible: tuple[float, float] | None = None
) -> Page:
    """Lines of one page in reading order, columns apart, English columns set aside.

    `visible` is the crop box's x range: text outside it is not shown by a viewer (a
    gazette spread cropped to its Chinese half), so it is never the document; where it
    is English it is kept as the English text."""
    page = Page(number)
    shown, hidden = [], []
    for span in spans:
        if span.text.strip():
            middle = (span.left + span.right) / 2
            inside = visible is None or visible[0] <= middle <= visible[1]
            (shown if inside else hidden).append(span)
    for column in split_columns(shown, width):
        lines = group_lines(column)
        (page.english if _is_english(lines) else page.lines).extend(lines)
    for column in split_columns(hidden, width):
        page.english.extend(ln for ln in group_lines(column) if _is_english([ln]))
    return page


def _is_english(lines: list[Line]) -> bool:
    return _english_text([Span(line.text, 0, 0, 0, 0) for line in lines])


def split_columns(spans: list[Span], width: float) -> list[list[Span]]:
    """Spans cut at the widest vertical gutter, when both sides hold enough text."""
    if not spans:
        return []
    ordered = sorted(spans, key=lambda s: s.left)
    total = sum(len(s.text) for s in spans)
    best, best_gap, reach, before = None, GUTTER * width, ordered[0].right, 0
    for i in range(1, len(ordered)):
        before += len(ordered[i - 1].text)
        gap = ordered[i].left - reach
        if gap >= best_gap and COLUMN_SHARE * total <= before <= (1 - COLUMN_SHARE) * total:
            best, best_gap = i, gap
        reach = max(reach, ordered[i].right)
    if best is None:
        return [spans]
    left, right = ordered[:best], ordered[best:]
    bilingual = _english_text(left, WORDS) != _english_text(right, WORDS)
    if not bilingual and _shared_baselines(left, right) > SHARED_BASELINES:
        return [spans]  # the sides are a table's columns, or a line and its far end
    return [left, right]


def _english_text(spans: list[Span], min_letters: int = 1) -> bool:
    text = "".join(s.text for s in spans)
    letters = sum(ch.isascii() and ch.isalpha() for ch in text)
    return letters >= min_letters and letters > 2 * sum(map(is_han, text))


def _shared_baselines(left: list[Span], right: list[Span]) -> float:
    """Share of the right side's spans level with a span on the left: a table's columns
    (and a header with its page mark) share their baselines, two columns of text do not."""
    middles = sorted((s.bottom + s.top) / 2 for s in left)
    level = 0
    for span in right:
        i = bisect_left(middles, span.bottom)
        level += i < len(middles) and middles[i] <= span.top
    return level / len(right)


def group_lines(spans: list[Span]) -> list[Line]:
    """Spans sharing a baseline band joined left to right; lines top to bottom."""
    lines: list[list[Span]] = []
    for span in sorted(spans, key=lambda s: (-s.top, s.left)):
        if lines:
            last = lines[-1]
            top, bottom = min(s.top for s in last), max(s.bottom for s in last)
            overlap = min(top, span.top) - max(bottom, span.bottom)
            if overlap > 0.5 * min(top - bottom, span.top - span.bottom, 1e9):
                last.append(span)
                continue
        lines.append([span])
    cells = [_cells(group, TABLE_GAP) for group in lines]
    table = _table_rows(cells)
    out: list[Line] = []
    for i, group in enumerate(lines):
        if i in table:  # a table's row: its cells kept together, in order
            out.append(_row([_line(cell) for cell in cells[i]]))
        else:  # a header with its page mark at the far side: each part read as a line
            out.extend(_line(part) for part in _cells(group, CELL_GAP))
    return out


def _cells(spans: list[Span], gap: float) -> list[list[Span]]:
    """A baseline's spans cut where more than `gap` character heights separate them."""
    spans.sort(key=lambda s: s.left)
    parts = [[spans[0]]]
    for a, b in itertools.pairwise(spans):
        if b.left - a.right > gap * max(a.top - a.bottom, 1.0):
            parts.append([])
        parts[-1].append(b)
    return parts


def _table_rows(cells: list[list[list[Span]]]) -> set[int]:
    """Baselines that are a table's rows: at least TABLE_ROWS in a row with the same
    number (2+) of cells, each over the cell of the same column in the next row. A
    numbered list (1. in the margin, the item beside it) and a table of contents (leader
    dots) look alike and are not tables."""

    def row_like(row: list[list[Span]]) -> bool:
        first = "".join(s.text for s in row[0]).strip()
        texts = ["".join(s.text for s in cell) for cell in row]
        return len(row) >= 2 and not starts_unit(first) and not any(map(LEADER.search, texts))

    def columns_match(a: list[list[Span]], b: list[list[Span]]) -> bool:
        return len(a) == len(b) and all(
            min(x[-1].right, y[-1].right) > max(x[0].left, y[0].left)
            for x, y in zip(a, b, strict=True)
        )

    rows: set[int] = set()
    run = [0] if cells and row_like(cells[0]) else []
    for i in range(1, len(cells) + 1):
        if i < len(cells) and run and row_like(cells[i]) and columns_match(cells[i - 1], cells[i]):
            run.append(i)
            continue
        if len(run) >= TABLE_ROWS:
            rows.update(run)
        run = [i] if i < len(cells) and row_like(cells[i]) else []
    return rows


def _row(cells: list[Line]) -> Line:
    """A table row as a Markdown table line (the cleaner keeps such lines as rows)."""
    text = "| " + " | ".join(cell.text.replace("|", "/") for cell in cells) + " |"
    return Line(
        text,
        left=cells[0].left,
        right=cells[-1].right,
        top=max(c.top for c in cells),
        bottom=min(c.bottom for c in cells),
        table=True,
    )


def _line(spans: list[Span]) -> Line:
    spans.sort(key=lambda s: s.left)
    text = spans[0].text.strip()
    for a, b in itertools.pairwise(spans):
        piece = b.text.strip()
        if text and piece:
            gap = b.left - a.right
            size = max(a.top - a.bottom, 1.0)
            cjk = is_cjk(text[-1]) or is_cjk(piece[0])
            spaced = a.text[-1:].isspace() or b.text[:1].isspace()  # the file's own space
            if spaced or gap > (size if cjk else 0.25 * size):  # or one the layout shows
                text += " "
        text += piece
    return Line(
        text=re.sub(r"[ \t]{2,}", " ", text),
        left=spans[0].left,
        right=max(s.right for s in spans),
        top=max(s.top for s in spans),
        bottom=min(s.bottom for s in spans),
    )


# --- furniture ------------------------------------------------------------------------------

_DIGITS = re.compile(r"\d+")


def shape(text: str) -> str:
    """A line's shape: digits folded, spaces dropped (`B2346` and `B2348` are one shape)."""
    return _DIGITS.sub("#", "".join(text.split())).lower()


def remove_furniture(pages: list[Page]) -> None:
    """Move the recurring edge lines of every page into `page.furniture`: a line is
    furniture when its shape comes back at the same height on enough pages."""
    counts: Counter[tuple[str, int]] = Counter()
    for page in pages:
        for lines in (page.lines, page.english):
            counts.update({_key(line) for line in _edges(lines)})
    needed = max(2, min(MIN_REPEATS, round(REPEAT_SHARE * len(pages))))

    # a shape that recurs at one height (B2346 in every page's corner) is furniture at
    # any page edge (B2344 placed otherwise on a first page); a title that only recurs
    # at various heights is not
    shapes = {
        key for key, height in counts if sum(counts[key, height + d] for d in (-1, 0, 1)) >= needed
    }

    def recurring(line: Line) -> bool:
        return shape(line.text) in shapes

    for page in pages:
        for lines in (page.lines, page.english):
            page.furniture.extend(_strip_edges(lines, recurring))


def _key(line: Line) -> tuple[str, int]:
    return shape(line.text), round(line.top / HEIGHT_STEP)


def _edges(lines: list[Line]) -> list[Line]:
    return lines[:EDGE_LINES] + lines[max(EDGE_LINES, len(lines) - EDGE_LINES) :]


def _strip_edges(lines: list[Line], recurring: Callable[[Line], bool]) -> list[Line]:
    """Remove recurring lines from the top down and the bottom up, each shape once per edge
    (a heading that repeats the running header below it is text)."""
    removed: list[Line] = []
    for from_top in (True, False):
        seen: set[str] = set()
        for _ in range(EDGE_LINES):
            if not lines:
                break
            line = lines[0] if from_top else lines[-1]
            key = shape(line.text)
            if key in seen or not recurring(line):
                break
            seen.add(key)
            removed.append(lines.pop(0) if from_top else lines.pop())
    return removed


# --- paragraphs -----------------------------------------------------------------------------


# a contents line: leader dots and a page number end it, full width or not
LEADER_END = re.compile(r"(?:\.{4,}|…{2,}|·{4,})\s*\d{1,4}\s*$")
LEADER = re.compile(r"\.{4,}|…{2,}|·{4,}")


@dataclass(frozen=True)
class Margins:
    left: float
    right: float
    em: float  # the usual line height, about one CJK character's width
    pitch: float  # the usual distance from one line's top to the next one's


def margins(lines: list[Line]) -> Margins | None:
    """A page's text block, or None for a page of a few lines (a cover, a title page)."""
    if len(lines) < MIN_BODY_LINES:
        return None
    lefts = sorted(line.left for line in lines)
    rights = sorted(line.right for line in lines)
    em = statistics.median(line.height for line in lines) or 10.0
    steps = [a.top - b.top for a, b in itertools.pairwise(lines) if a.top > b.top]
    pitch = statistics.median(steps) if steps else 2 * em
    return Margins(lefts[len(lefts) // 10], rights[(9 * len(rights)) // 10], em, pitch)


def starts_unit(text: str) -> bool:
    return parse_marker(text) is not None or parse_annex_marker(text) is not None


def continues(a: Line, ma: Margins | None, b: Line, mb: Margins | None) -> bool:
    """Whether line `b` goes on with the paragraph that line `a` is in."""
    if ma is None or mb is None or a.table or b.table:
        return False
    if starts_unit(b.text) or LEADER_END.search(a.text):
        return False
    if a.right < ma.right - 1.5 * ma.em:  # `a` stopped short: its paragraph ended
        return False
    if a.left > ma.left + RIGHT_ALIGNED * ma.em and a.right - a.left < (ma.right - ma.left) / 2:
        return False  # set flush right: a signature or a date ends its block
    if ma is mb and a.top - b.top > 1.6 * ma.pitch:  # a gap between blocks of one page
        return False
    if a.text[-1] not in TERMINAL:  # a full line cut mid-sentence (a hanging indent too)
        return True
    return b.left <= mb.left + 0.7 * mb.em  # an indented line begins a paragraph


def separator(a: str, b: str) -> str:
    """Between two pieces of one paragraph: nothing next to CJK, a space between Latin words."""
    return "" if not a or not b or is_cjk(a[-1]) or is_cjk(b[0]) else " "


def paragraphs(pages: list[Page], english: bool = False) -> tuple[str, tuple[int, ...]]:
    """The pages' lines as paragraphs separated by blank lines, and where each page starts."""
    pieces: list[str] = []  # the text, piece by piece, so that joining stays linear
    size = 0
    starts: list[int] = []
    previous: tuple[Line, Margins | None] | None = None
    for page in pages:
        lines = page.english if english else page.lines
        page_margins = margins(lines)
        starts.append(size + 2 if pieces else 0)  # a page without text: where the next begins
        for index, line in enumerate(lines):
            if previous and continues(previous[0], previous[1], line, page_margins):
                gap = separator(pieces[-1], line.text)
            else:
                gap = "\n\n" if pieces else ""
            if gap:
                pieces.append(gap)
            if index == 0:
                starts[-1] = size + len(gap)
            pieces.append(line.text)
            size += len(gap) + len(line.text)
            previous = (line, page_margins)
    for i in range(len(starts) - 2, -1, -1):  # empty pages: never after the next page's start
        starts[i] = min(starts[i], starts[i + 1])
    return "".join(pieces), tuple(starts)
