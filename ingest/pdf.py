"""Reader: PDF → `SourceText`, from the text layer, or by OCR for pages that have none.

pypdfium2 (PDFium, Apache-2.0/BSD-3; PyMuPDF's AGPL does not fit this project) gives
each text run with its box; `pdf_layout` turns the runs into reading-order paragraphs,
drops the page furniture and sets English columns apart. Pages are read one at a time and
closed, so memory stays flat in the page count. A page with images but (almost) no text
is scanned: it is rendered and read by Tesseract (`ingest.ocr`); where Tesseract is not
installed the file is refused with how to install it.
"""

from __future__ import annotations

import hashlib
from pathlib import Path

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c

from policykg.errors import EmptyInputError, InputError

from . import ocr
from .pdf_layout import Page, Span, layout_page, paragraphs, remove_furniture
from .readers import PageProgress, Reader
from .records import OcrReport, SourceText

MIN_TEXT_CHARS = 10  # a page with fewer characters in its text layer is taken as scanned


def is_pdf(head: bytes) -> bool:
    return head.lstrip(b"\x00\t\n\r ")[:5] == b"%PDF-"


def read_pdf(path: Path, data: bytes, progress: PageProgress | None = None) -> SourceText:
    """Read a PDF's text in reading order, page by page; `progress` is told the pages
    done as scanned pages are recognised. Raises InputError."""
    document = _open(path, data)
    try:
        pages, scanned = [], []
        for index in range(len(document)):
            page = document[index]
            try:
                spans = text_spans(page)
                if sum(len(s.text.strip()) for s in spans) < MIN_TEXT_CHARS and _has_image(page):
                    scanned.append(index + 1)
                    pages.append(None)  # read below, once OCR is known to be there
                else:
                    crop = page.get_cropbox()
                    pages.append(
                        layout_page(index + 1, spans, page.get_mediabox()[2], (crop[0], crop[2]))
                    )
            finally:
                page.close()
        report = None
        if scanned:
            engine = ocr.require_engine(path)
            recognised = ocr.read_pages(path, document, scanned, engine, progress)
            for number, page_result in recognised.pages.items():
                pages[number - 1] = page_result
            report = recognised.report
    finally:
        document.close()
    return _source(path, data, [p for p in pages if p is not None], report)


def _open(path: Path, data: bytes) -> pdfium.PdfDocument:
    try:
        return pdfium.PdfDocument(data)
    except pdfium.PdfiumError as exc:
        if "password" in str(exc).lower():
            raise InputError(
                path,
                "the PDF is encrypted with a password",
                hint="save an unprotected copy (e.g. print to PDF) and ingest that",
            ) from None
        raise InputError(
            path,
            f"is not a readable PDF ({exc})",
            hint="check that the download is complete; open it in a PDF viewer",
        ) from None


def text_spans(page: pdfium.PdfPage) -> list[Span]:
    """The text runs of a page's text layer, over the whole media box: a bilingual spread
    may crop one language away although its text is in the file."""
    textpage = page.get_textpage()
    try:
        spans = []
        for i in range(textpage.count_rects()):
            left, bottom, right, top = textpage.get_rect(i)
            text = textpage.get_text_bounded(left, bottom, right, top)
            if text.strip():
                spans.append(
                    Span(text.replace("\r", " ").replace("\n", " "), left, bottom, right, top)
                )
        return spans
    finally:
        textpage.close()


def _has_image(page: pdfium.PdfPage) -> bool:
    return any(obj.type == pdfium_c.FPDF_PAGEOBJ_IMAGE for obj in page.get_objects(max_depth=2))


def _source(path: Path, data: bytes, pages: list[Page], report: OcrReport | None) -> SourceText:
    remove_furniture(pages)
    text, starts = paragraphs(pages)
    if not any(ch.isalnum() for ch in text):
        raise EmptyInputError(
            path,
            "the PDF has no text in its text layer and no page images to read",
            hint="check the file in a PDF viewer",
        )
    english, _ = paragraphs(pages, english=True)
    return SourceText(
        path=path,
        text=text,
        encoding="pdf",
        sha256=hashlib.sha256(data).hexdigest(),
        format="markdown",  # the reader rebuilt paragraphs: a blank line ends one
        page_starts=starts,
        ocr=report,
        english=english,
        # page furniture is found above by where lines stand on the pages: the cleaner's
        # guesses from repeated lines in plain text would drop a cover's title lines
        reader="pdf",
    )


READER = Reader(name="PDF", suffixes=frozenset({".pdf"}), sniff=is_pdf, read=read_pdf)
