"""Statements about how a paged source (PDF) was read: its pages, and OCR with its quality.

The page of every character is kept as the offsets at which each page begins in
`pkg:sourceText` (`pkg:pageStarts`), so the reader can mark page breaks and any span can
be given its page; each annotation's position selector also says its page (`pkg:page`).
A source recognised by OCR records the engine, the models, the mean confidence, and the
pages below the confidence threshold, which put the document on the review list
(`pkg:needsReview`) with a warning.
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass

import pyoxigraph as ox
from policykg.ingest.bilingual import english_title
from policykg.ingest.records import OcrReport, SourceText

from .bound import PROLOGUE, bind, queries_of
from .ntriples import DC, P, S, X, integer, literal, typed


def source_statements(node: str, source: SourceText, title: str) -> tuple[list[str], list[str]]:
    """(statements about the document `node`, warnings) for a paged source; `title` is
    the document's own, to align an English one with."""
    out: list[str] = []
    warnings: list[str] = []
    if (english := english_title(title, source.english)) is not None:
        out.append(f"{node} {DC.title} {literal(english, 'en')}")
        out.append(f"{node} {S.prefLabel} {literal(english, 'en')}")
    if source.elements:  # a web page's or Word file's blocks: "offset path" a line
        starts = "\n".join(f"{offset} {element}" for offset, element in source.elements)
        out.append(f"{node} {P.elementStarts} {literal(starts)}")
    if source.page_starts:
        out.append(f"{node} {P.pageCount} {integer(len(source.page_starts))}")
        starts = " ".join(map(str, source.page_starts))
        out.append(f"{node} {P.pageStarts} {literal(starts)}")
    if (report := source.ocr) is not None:
        ocr, warnings = _ocr_statements(
            node, report, report.mean_confidence, report.pages, report.low_confidence_pages
        )
        out.extend(ocr)
    return out, warnings


def part_statements(
    node: str, source: SourceText, span: tuple[int, int]
) -> tuple[list[str], list[str]]:
    """(statements, warnings) for one document of a paged source holding several (a
    gazette issue): its first and last page, and the OCR quality of its own pages."""
    if not source.page_starts or span[1] <= span[0]:
        return [], []
    first, last = source.page_of(span[0]) or 1, source.page_of(span[1] - 1) or 1
    out = [f"{node} {P.firstPage} {integer(first)}", f"{node} {P.lastPage} {integer(last)}"]
    report = source.ocr
    if report is None or not report.page_confidence:
        return out, []
    mean, pages, low = report.over(first, last)
    if not pages:
        return out, []
    ocr, warnings = _ocr_statements(node, report, mean, pages, low)
    return out + ocr, warnings


def _ocr_statements(
    node: str, report: OcrReport, mean: float, pages: tuple[int, ...], low: tuple[int, ...]
) -> tuple[list[str], list[str]]:
    """How the pages `pages` of a document were recognised; low-confidence pages put
    it on the review list."""
    engine = f"{report.engine} ({'+'.join(report.languages)})"
    out = [
        f"{node} {P.ocrEngine} {literal(engine)}",
        f"{node} {P.ocrConfidence} {typed(f'{mean:.1f}', X._base + 'decimal')}",
    ]
    out.extend(f"{node} {P.ocrPage} {integer(n)}" for n in pages)
    out.extend(f"{node} {P.ocrLowConfidencePage} {integer(n)}" for n in low)
    if not low:
        return out, []
    out.append(f"{node} {P.needsReview} {typed('true', X._base + 'boolean')}")
    listed = ", ".join(map(str, low))
    return out, [f"OCR confidence is low on page(s) {listed}: check them by hand"]


def page_statement(position: str, source: SourceText, start: int) -> list[str]:
    """`pkg:page` (PDF) or `pkg:element` (web page, Word) of a position selector whose
    span begins at source offset `start`."""
    if (page := source.page_of(start)) is not None:
        return [f"{position} {P.page} {integer(page)}"]
    if (element := source.element_of(start)) is not None:
        return [f"{position} {P.element} {literal(element)}"]
    return []


# --- reading it back (the document reader) ---------------------------------------------------

# The pages come from the file's main document; the OCR quality is an annex's main
# document's, and a gazette issue's part's own (its pages only).

# One UNION branch per property: a path alternative (eli:is_annex_of|eli:is_part_of) with
# ?node bound outside made Oxigraph read every such link of the store (50 ms a page on the
# scale corpus, 0.2 ms as branches).
PAGING = (
    PROLOGUE
    + """SELECT ?starts ?engine ?confidence (GROUP_CONCAT(STR(?low); separator=" ") AS ?lows)
WHERE { VALUES ?node {}
  { ?node pkg:pageStarts ?starts }
  UNION { ?node eli:is_annex_of ?whole . ?whole pkg:pageStarts ?starts }
  UNION { ?node eli:is_part_of ?whole . ?whole pkg:pageStarts ?starts }
  OPTIONAL { ?node eli:is_annex_of ?main }
  BIND(COALESCE(?main, ?node) AS ?doc)
  OPTIONAL { ?doc pkg:ocrEngine ?engine ; pkg:ocrConfidence ?confidence }
  OPTIONAL { ?doc pkg:ocrLowConfidencePage ?low }
} GROUP BY ?starts ?engine ?confidence LIMIT 1"""
)


@dataclass(frozen=True)
class Paging:
    """How a stored document's source was paged and read, for the reader."""

    starts: tuple[int, ...]
    ocr_engine: str | None = None
    ocr_confidence: str | None = None
    low_confidence_pages: tuple[int, ...] = ()

    def page_of(self, offset: int) -> int:
        return max(1, bisect_right(self.starts, offset))


ELEMENTS = (
    PROLOGUE
    + """SELECT ?starts WHERE { VALUES ?node {}
  { ?node pkg:elementStarts ?starts }
  UNION { ?node eli:is_annex_of ?whole . ?whole pkg:elementStarts ?starts }
  UNION { ?node eli:is_part_of ?whole . ?whole pkg:elementStarts ?starts }
} LIMIT 1"""
)


@dataclass(frozen=True)
class Elements:
    """Where each block of a web page's or Word file's text came from, for the reader."""

    starts: tuple[tuple[int, str], ...]

    def element_of(self, offset: int) -> str:
        k = bisect_right(self.starts, (offset, "\uffff")) - 1
        return self.starts[max(k, 0)][1]


def elements(source, iri: str) -> Elements | None:
    """The elements of the document `iri`'s source (or its file's), None when unknown."""
    rows = queries_of(source).select(bind(ELEMENTS, node=ox.NamedNode(iri)))
    if not rows:
        return None
    starts = []
    for line in rows[0]["starts"].value.splitlines():
        offset, _, element = line.partition(" ")
        starts.append((int(offset), element))
    return Elements(tuple(starts)) if starts else None


def paging(source, iri: str) -> Paging | None:
    """The pages of the document `iri` (or of the file it is an annex or a part of), None
    when its source has none."""
    rows = queries_of(source).select(bind(PAGING, node=ox.NamedNode(iri)))
    if not rows:
        return None
    row = rows[0]
    return Paging(
        starts=tuple(int(s) for s in row["starts"].value.split()),
        ocr_engine=row["engine"].value if row["engine"] else None,
        ocr_confidence=row["confidence"].value if row["confidence"] else None,
        low_confidence_pages=tuple(
            int(n) for n in (row["lows"].value if row["lows"] else "").split()
        ),
    )
