"""What a page states about its document (gov.cn's metadata table), as the document's facts.

The table wins over the text for the document's own dates (成文日期 → signed, 发布日期 →
published), its number (发文字号) and its issuer (发文机关); everything else comes from the
text. Each fact keeps the table cell's span, so its provenance points at the cell. Without
a table, the number is read from the text: a line of its own near the title written as
GB/T 9704 prescribes (机关代字〔年份〕序号号: 国发〔2019〕5号).
"""

from __future__ import annotations

import re
from bisect import bisect_left

from .dates import parse_date
from .records import CleanText, DatedFact, DocumentRecord, PageField, Paragraph, Stated

FIELD_DATE_ROLES = {"written": "signed", "published": "published"}
# 国发〔2019〕5号, 国办发〔2018〕110号, 粤府函〔2020〕12号, 深府规〔2019〕1号 (brackets vary)
DOCUMENT_NUMBER = re.compile(
    r"[\u4e00-\u9fff]{1,12}[〔［\[（(【]\s*(?:19|20)\d{2}\s*[〕］\]）)】]\s*第?\s*\d{1,5}\s*[号號]"
)
_NAME_SEPARATORS = re.compile(r"[\s\u3000、，,;；]+")


def first_body_paragraph(clean: CleanText, body_start: int) -> int:
    """Index of the first paragraph of the document's own text (after the fields' lines)."""
    for index, paragraph in enumerate(clean.paragraphs):
        if clean.offsets[paragraph.start] >= body_start:
            return index
    return len(clean.paragraphs)


def clean_span(clean: CleanText, source_start: int, source_end: int) -> tuple[int, int] | None:
    """The cleaned range that holds the source range, or None when cleaning removed it."""
    start = bisect_left(clean.offsets, source_start, 0, len(clean.text))
    end = bisect_left(clean.offsets, source_end, start, len(clean.text))
    if start >= len(clean.text) or clean.offsets[start] != source_start:
        return None
    return start, end


def apply_fields(document: DocumentRecord, fields: tuple[PageField, ...]) -> None:
    """Set the document's title, number, issuers and own dates from the page's fields."""
    clean = document.clean
    stated_dates: dict[str, DatedFact] = {}
    for page_field in fields:
        span = clean_span(clean, page_field.source_start, page_field.source_end)
        if span is None:
            continue
        if page_field.role in FIELD_DATE_ROLES and (value := parse_date(page_field.value)):
            role = FIELD_DATE_ROLES[page_field.role]
            stated_dates[role] = DatedFact(role, value, *span)
        elif page_field.role == "number":
            document.number = Stated(page_field.value, *span)
        elif page_field.role == "issuer":
            document.issuers = list(_names(clean.text, *span))
        elif page_field.role == "title" and (title := page_field.value.strip()):
            # the page's own 标题 names the document; its text may open with the decree
            # that promulgates it (国务院令第706号) or run the number onto the title line
            document.title, document.title_span = title, span
    if stated_dates:
        kept = [d for d in document.dates if d.role not in stated_dates]
        document.dates = list(stated_dates.values()) + kept


def _names(text: str, start: int, end: int):
    """The issuers of a cell that names several (工业和信息化部 财政部)."""
    position = start
    for piece in _NAME_SEPARATORS.split(text[start:end]):
        if piece:
            at = text.index(piece, position, end)
            yield Stated(piece, at, at + len(piece))
            position = at + len(piece)


def find_document_number(clean: CleanText, paragraphs: tuple[Paragraph, ...]) -> Stated | None:
    """The number a document carries on a line of its own among its first lines."""
    for paragraph in paragraphs[:8]:
        text = clean.paragraph_text(paragraph)
        stripped = text.strip()
        if (found := DOCUMENT_NUMBER.fullmatch(stripped)) is not None:
            offset = paragraph.start + text.index(stripped)
            return Stated(found.group(), offset, offset + len(stripped))
    return None
