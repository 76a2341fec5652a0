"""Stage *segment*: split a cleaned document into annexes and a tree of provisions.

Nesting follows the numbering (see `numbering`): a marker of a series already open closes
everything opened after it and becomes its sibling; a marker of a new series nests under
the open unit, unless its rank says it is a bigger unit (第二章 after （三）). Markdown
headings nest by level, contain numbered paragraphs, and are never nested inside them.

Every paragraph belongs to exactly one provision, so the own texts of a document's
provisions, joined in order, give back the document's cleaned text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from policykg.iris import canonical_title

from .dates import parse_date
from .numbering import Marker, parse_annex_marker, parse_marker
from .records import CleanText, Paragraph, Provision

PREAMBLE_NUMBER = "序言"


# paragraphs of a closing block at most: issuing bodies, a date, notes
_CLOSING_BLOCK_LINES = 5
# a forwarded text's title, broken over centred lines (关于内地…班（校） / 扩大规模…的请示)
_FORWARDED_TITLE_LINES = 3
_TITLE_LINE_CHARS = 60
# between the notice's closing date and the forwarded title: notes such as （本文有删减）
_NOTES_BEFORE_FORWARDED = 2
_CITED_TITLE = re.compile(r"《([^《》\n]{4,120})》")
# the notice forwards or issues it for others to carry out; a decree that 公布 a regulation
# is that regulation (its text is the file's document, not an annex)
_FORWARDING = re.compile(r"轉發|转发|印發|印发|批轉|批转")


@dataclass(frozen=True)
class DocumentPart:
    """A range of paragraphs forming the main document or one annex."""

    first: int  # paragraph indexes, half-open
    last: int
    annex_label: str | None = None
    annex_title: str | None = None
    marker_lines: int = 0  # leading paragraphs that mark the part (附件 1), not its title
    title_lines: int | None = None  # paragraphs known to be the whole title (a forwarded text)


def split_annexes(clean: CleanText) -> list[DocumentPart]:
    """The main document followed by its annexes (附件), in order.

    An annex starts at an 附件 heading. When a list of annexes at the end of the main text
    repeats the heading just before the annex itself (附件 1：… / 附件 1：), the annex starts
    at the last heading of that run, so the list stays in the main document.
    """
    paragraphs = clean.paragraphs
    starts: list[tuple[int, str, str]] = []
    for index, paragraph in enumerate(paragraphs):
        if paragraph.heading_level and paragraph.heading_level > 2:
            continue
        found = parse_annex_marker(clean.paragraph_text(paragraph))
        if found is None:
            continue
        label, title = found
        if (
            starts
            and starts[-1][1] == label
            and _only_closing_lines(clean, starts[-1][0] + 1, index)
        ):
            previous_title = starts[-1][2]
            starts[-1] = (index, label, title or previous_title)
            continue
        if any(label == existing for _, existing, _ in starts):
            continue  # a later mention of the same annex, not a new one
        starts.append((index, label, title))
    if starts and starts[0][0] == 0:
        return [DocumentPart(0, len(paragraphs))]
    main_end = starts[0][0] if starts else len(paragraphs)
    parts = [DocumentPart(0, main_end)]
    forwarded = _forwarded_texts(clean, 0, main_end)
    if forwarded:
        cuts = [index for index, _, _ in forwarded] + [main_end]
        parts = [DocumentPart(0, cuts[0])]
        for (index, lines, title), end in zip(forwarded, cuts[1:], strict=True):
            parts.append(DocumentPart(index, end, "", title, title_lines=lines))
    for k, (index, label, title) in enumerate(starts):
        end = starts[k + 1][0] if k + 1 < len(starts) else len(paragraphs)
        if not title:
            title = _following_title(clean, index + 1, end)
        parts.append(DocumentPart(index, end, label, title or None, marker_lines=1))
    return parts


def _forwarded_texts(clean: CleanText, first: int, last: int) -> list[tuple[int, int, str]]:
    """The texts a notice forwards or issues, printed after it with no 附件 heading: after the
    notice's closing date, a title the notice cited in 《》 stands alone on one to three lines
    (…的报告》已经国务院同意，现转发给你们 … 国务院办公厅 / 一九九六年二月五日 / 关于…的报告 /
    国务院：…); each further cited title that stands alone later starts the next text
    (现将《甲办法》《乙办法》印发给你们). Each text's first paragraph, how many lines its title
    takes and the title; none when what follows a title does not read as a text."""
    cited: set[str] = set()
    for index in range(first, last):
        text = clean.paragraph_text(clean.paragraphs[index]).strip()
        if cited and parse_date(text) is not None:
            start = index + 1
            while start < min(last, index + 1 + _NOTES_BEFORE_FORWARDED) and _is_note(clean, start):
                start += 1
            found = _cited_title_at(clean, start, last, cited)
            if found is not None:
                return _following_texts(clean, found, last, cited)
        if _FORWARDING.search(text):
            cited.update(canonical_title(title) for title in _CITED_TITLE.findall(text))
    return []


def _following_texts(
    clean: CleanText, found: tuple[int, int, str], last: int, cited: set[str]
) -> list[tuple[int, int, str]]:
    texts = [found]
    remaining = cited - {canonical_title(found[2])}
    index = found[0] + found[1]
    while remaining and index < last:
        later = _cited_title_at(clean, index, last, remaining)
        if later is None:
            index += 1
            continue
        texts.append(later)
        remaining.discard(canonical_title(later[2]))
        index = later[0] + later[1]
    ends = [start for start, _, _ in texts[1:]] + [last]
    if not all(
        _reads_as_a_text(clean, start + lines, end)
        for (start, lines, _), end in zip(texts, ends, strict=True)
    ):
        return []  # a line that only repeats a title (相关解读, a link list): no text of its own
    return texts


def _cited_title_at(
    clean: CleanText, start: int, last: int, cited: set[str]
) -> tuple[int, int, str] | None:
    lines: list[str] = []
    for index in range(start, min(last, start + _FORWARDED_TITLE_LINES)):
        text = clean.paragraph_text(clean.paragraphs[index]).strip()
        if not text or len(text) > _TITLE_LINE_CHARS or text[-1] in "。；;，,：:":
            return None
        lines.append(text)
        if canonical_title("".join(lines)) in cited:
            return start, len(lines), "".join(lines)
    return None


# the paragraphs after a forwarded title that show a text begins: its addressee (国务院：), a
# dated subtitle (（民政部 一九九七年一月二十八日）) or a numbered provision
_OPENING_PARAGRAPHS = 4


def _reads_as_a_text(clean: CleanText, first: int, last: int) -> bool:
    for index in range(first, min(last, first + _OPENING_PARAGRAPHS)):
        text = clean.paragraph_text(clean.paragraphs[index]).strip()
        if parse_marker(text) is not None or clean.paragraphs[index].heading_level:
            return True
        if index == first and (text[-1:] in "：:" or text[:1] in "（("):
            return True
    return False


def _is_note(clean: CleanText, index: int) -> bool:
    text = clean.paragraph_text(clean.paragraphs[index]).strip()
    return not text or (text[:1] in "（(" and text[-1:] in "）)" and len(text) <= 20)


def _only_closing_lines(clean: CleanText, first: int, last: int) -> bool:
    """Are paragraphs first..last (none, one, or a closing block: 国务院 / 2018年11月20日 /
    （此件公开发布）) what stands between an annex list's line and the annex itself?"""
    if last - first <= 1:
        return True
    if last - first > _CLOSING_BLOCK_LINES:
        return False
    return all(
        len(text := clean.paragraph_text(paragraph).strip()) <= 30 and text[-1:] not in "。；;，,"
        for paragraph in clean.paragraphs[first:last]
    )


def _following_title(clean: CleanText, first: int, last: int) -> str:
    """The short unpunctuated paragraph right after a bare 附件 heading, if any."""
    if first < last:
        text = clean.paragraph_text(clean.paragraphs[first]).strip()
        if text and len(text) <= 60 and text[-1] not in "。；;，,：:" and not parse_marker(text):
            return text
    return ""


@dataclass
class _Open:
    node: Provision
    marker: Marker | None
    heading_level: int | None  # Markdown level of a heading unit


def segment(clean: CleanText, part: DocumentPart) -> list[Provision]:
    """The provision tree of the paragraphs of `part` (roots in document order)."""
    roots: list[Provision] = []
    stack: list[_Open] = []
    current: Provision | None = None
    for paragraph in clean.paragraphs[part.first : part.last]:
        text = clean.paragraph_text(paragraph)
        marker = parse_marker(text)
        if marker is None and paragraph.heading_level is None:
            if current is None:
                current = Provision(PREAMBLE_NUMBER, "preamble", "", paragraph.start, paragraph.end)
                roots.append(current)
            else:
                current.end = paragraph.end
            continue
        node = _new_node(text, paragraph, marker)
        _close_for(stack, marker, paragraph.heading_level)
        (stack[-1].node.children if stack else roots).append(node)
        stack.append(_Open(node, marker, paragraph.heading_level))
        current = node
    _number(roots, ())
    return roots


def _new_node(text: str, paragraph: Paragraph, marker: Marker | None) -> Provision:
    if marker is None:  # an unnumbered Markdown heading: its text is its number
        heading = text.strip()
        at = paragraph.start + text.index(heading) if heading else -1
        return Provision(
            heading, "heading", heading, paragraph.start, paragraph.end, heading_start=at
        )
    rest = text[marker.end :].strip(" \u3000\t")
    heading = _heading_of(rest, paragraph.heading_level is not None)
    at = paragraph.start + text.index(heading, marker.end) if heading else -1
    return Provision(
        marker.number, marker.kind, heading, paragraph.start, paragraph.end, heading_start=at
    )


def _heading_of(rest: str, is_heading: bool) -> str:
    """The title after a number: the whole rest of a heading line, or a short lead phrase
    ending in a colon or full stop (1.支持科研：… → 支持科研)."""
    if is_heading:
        return rest
    for stop in ("：", ":"):
        if stop in rest[:20]:
            return rest[: rest.index(stop)].strip()
    if rest and rest[-1] not in "。；;" and len(rest) <= 40:
        return rest
    return ""


def _close_for(stack: list[_Open], marker: Marker | None, heading_level: int | None) -> None:
    """Pop the units that the new marker or heading closes."""
    if marker is not None:
        for depth in range(len(stack) - 1, -1, -1):
            if stack[depth].marker is not None and stack[depth].marker.style == marker.style:
                del stack[depth:]
                return
    if heading_level is not None:
        while stack and (
            stack[-1].heading_level is None or stack[-1].heading_level >= heading_level
        ):
            stack.pop()
        return
    assert marker is not None
    while stack and stack[-1].heading_level is None and stack[-1].marker.rank >= marker.rank:
        stack.pop()


def _number(nodes: list[Provision], prefix: tuple[int, ...]) -> None:
    for ordinal, node in enumerate(nodes, start=1):
        node.path = (*prefix, ordinal)
        _number(node.children, node.path)


def assign_positions(roots: list[Provision]) -> None:
    for position, node in enumerate((n for root in roots for n in root.walk()), start=1):
        node.position = position
