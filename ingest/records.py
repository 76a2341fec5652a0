"""Typed records passed between the ingest stages.

Offsets: every `start`/`end` pair is a half-open range of *characters* (not bytes). Ranges
named `source_*` index `SourceText.text`, the decoded file (without any byte-order mark);
all other ranges index `CleanText.text`. `CleanText.source_span` converts the latter into
the former.
"""

from __future__ import annotations

from array import array
from bisect import bisect_right
from dataclasses import dataclass, field
from pathlib import Path
from typing import Literal

Script = Literal["Hant", "Hans"]


@dataclass(frozen=True)
class PageField:
    """A labelled value a page states about its document (gov.cn's 发文机关, 成文日期…)."""

    label: str  # as the page writes it, spaces removed: 发文字号
    role: str  # issuer | number | written | published | title | subject | index | keywords
    value: str
    source_start: int  # the value's span in SourceText.text
    source_end: int
    element: str  # where the page holds it: the value cell's path in the HTML tree


@dataclass(frozen=True)
class SourceText:
    """A decoded input file (stage *read*)."""

    path: Path
    text: str
    encoding: str
    sha256: str
    format: Literal["text", "markdown"]
    fields: tuple[PageField, ...] = ()  # what the page states about itself (HTML readers)
    body_start: int = 0  # the document's own text begins here; before it: the fields' lines
    reader: str = "text"  # text | record | html | docx | pdf: which reader wrote `text`
    # Paged sources (PDF): where each page's text begins in `text`, page 1 first; empty
    # for sources without pages. A page without text starts where the next one does.
    page_starts: tuple[int, ...] = ()
    ocr: OcrReport | None = None  # set when the text was recognised from page images
    english: str = ""  # a bilingual source's English text, kept out of `text`
    # Structured sources (web pages, Word): where each block's text begins in `text` and
    # the element it came from (/html/body/div[2]/p[3], /w:body/w:p[12]), in text order
    elements: tuple[tuple[int, str], ...] = ()

    @property
    def name(self) -> str:
        return self.path.name

    def element_of(self, offset: int) -> str | None:
        """The element the character at `offset` of `text` came from, None if unknown."""
        k = bisect_right(self.elements, (offset, "\uffff")) - 1
        return self.elements[k][1] if k >= 0 else None

    def page_of(self, offset: int) -> int | None:
        """The 1-based page the character at `offset` of `text` came from, None if unpaged."""
        if not self.page_starts:
            return None
        return max(1, bisect_right(self.page_starts, offset))


@dataclass(frozen=True)
class OcrReport:
    """How a source's text was recognised: engine, models, and how sure it was."""

    engine: str  # e.g. "tesseract 5.3.0"
    languages: tuple[str, ...]  # the models used, e.g. ("chi_sim",)
    mean_confidence: float  # 0-100, mean over the recognised characters
    pages: tuple[int, ...]  # 1-based pages read by OCR
    low_confidence_pages: tuple[int, ...] = ()  # pages to check by hand
    # per page of `pages`, in the same order: its mean confidence and its characters
    page_confidence: tuple[float, ...] = ()
    page_characters: tuple[int, ...] = ()

    def over(self, first: int, last: int) -> tuple[float, tuple[int, ...], tuple[int, ...]]:
        """(mean confidence, pages read by OCR, low-confidence pages) of pages first..last:
        one document of a gazette issue is judged on its own pages."""
        chosen = [
            (page, confidence, size)
            for page, confidence, size in zip(
                self.pages, self.page_confidence, self.page_characters, strict=True
            )
            if first <= page <= last
        ]
        characters = sum(size for _, _, size in chosen)
        mean = sum(c * size for _, c, size in chosen) / characters if characters else 0.0
        pages = tuple(page for page, _, _ in chosen)
        low = tuple(page for page in self.low_confidence_pages if first <= page <= last)
        return round(mean, 1), pages, low


@dataclass(frozen=True)
class Artefact:
    """A piece of the source that cleaning removed, and why."""

    kind: str  # page_number | running_header | toc | front_matter | comment | rule | footnote
    source_start: int
    source_end: int
    text: str


@dataclass(frozen=True)
class Paragraph:
    """A logical paragraph of the cleaned text: [start, end) without the separating newline."""

    start: int
    end: int
    heading_level: int | None = None  # Markdown heading level, None for body text


@dataclass(frozen=True)
class FootnoteRef:
    """A footnote or reference marker (<sup>1</sup>, [1]) removed from the running text."""

    label: str
    offset: int  # position in the cleaned text where the marker stood
    source_start: int
    source_end: int


@dataclass(frozen=True)
class Footnote:
    """A footnote's own text (a line such as `<sup>1</sup> 《藍圖》全文…`)."""

    label: str
    text: str
    source_start: int
    source_end: int


@dataclass
class CleanText:
    """Stage *clean*: the text without PDF and Markdown artefacts, with an offset map."""

    text: str
    offsets: array  # len(text) + 1 source positions; offsets[i] is where text[i] came from
    paragraphs: tuple[Paragraph, ...]
    artefacts: tuple[Artefact, ...] = ()
    footnote_refs: tuple[FootnoteRef, ...] = ()
    footnotes: tuple[Footnote, ...] = ()

    def source_span(self, start: int, end: int) -> tuple[int, int]:
        """The source range that the cleaned range [start, end) came from."""
        if not 0 <= start <= end <= len(self.text):
            raise ValueError(f"span {start}-{end} outside cleaned text of {len(self.text)}")
        if start == end:
            return self.offsets[start], self.offsets[start]
        return self.offsets[start], self.offsets[end - 1] + 1

    def paragraph_text(self, paragraph: Paragraph) -> str:
        return self.text[paragraph.start : paragraph.end]


@dataclass(frozen=True)
class Scripts:
    """Stage *detect*: the detected script and the cleaned text in both scripts.

    Both strings have exactly the length of the cleaned text, so any span applies to all.
    """

    original: Script
    hant: str
    hans: str
    changed_ratio: float  # share of Han characters that Traditional→Simplified changes

    def text(self, script: Script) -> str:
        return self.hant if script == "Hant" else self.hans


@dataclass
class Provision:
    """A numbered or headed unit of a document (stage *segment*)."""

    number: str  # as written: 第三條, 一、, （二）, 7., 2.1.4; heading text if unnumbered
    kind: str  # see ingest.numbering.KINDS
    heading: str  # text of the heading line after the number ('' when none)
    start: int  # own text: from the marker to the first child or the next unit
    end: int
    position: int = 0  # document order, 1-based, assigned by the segmenter
    children: list[Provision] = field(default_factory=list)
    path: tuple[int, ...] = ()  # ordinal path from the document root, e.g. (2, 7)
    heading_start: int = -1  # where `heading` stands in the cleaned text, -1 if it does not

    def walk(self):
        yield self
        for child in self.children:
            yield from child.walk()


@dataclass(frozen=True)
class DateValue:
    """A calendar date at day, month or year precision."""

    year: int
    month: int | None = None
    day: int | None = None

    @property
    def precision(self) -> str:
        return "day" if self.day else "month" if self.month else "year"

    def lexical(self) -> str:
        if self.day:
            return f"{self.year:04d}-{self.month:02d}-{self.day:02d}"
        if self.month:
            return f"{self.year:04d}-{self.month:02d}"
        return f"{self.year:04d}"

    def xsd_type(self) -> str:
        return {"day": "date", "month": "gYearMonth", "year": "gYear"}[self.precision]


@dataclass(frozen=True)
class DatedFact:
    """A document date found in the text: signed, in force, valid until, published…"""

    role: str  # signed | in_force | valid_until | published | adopted
    value: DateValue
    start: int  # span of the date expression in the cleaned text
    end: int
    place: str | None = None  # place of signing, when the sentence states it
    # read from the source file's name (公司法(2023-12-29).md), not the text: no span
    from_file_name: bool = False


@dataclass(frozen=True)
class Stated:
    """A value the document states, with its span in the cleaned text (a number, a name)."""

    value: str
    start: int
    end: int


@dataclass
class DocumentRecord:
    """One document found in a source file: the main document or one of its annexes."""

    source: SourceText
    clean: CleanText
    scripts: Scripts
    start: int  # the document's range in the cleaned text
    end: int
    title: str  # in the source's script
    title_span: tuple[int, int] | None  # where the title stands, None if derived
    kind: str  # Agreement | Plan | Paper | Legislation
    provisions: list[Provision] = field(default_factory=list)
    dates: list[DatedFact] = field(default_factory=list)
    annexes: list[DocumentRecord] = field(default_factory=list)
    annex_label: str | None = None  # "1" for 附件 1, "" for a forwarded text; annexes only
    aliases: tuple[str, ...] = ()
    number: Stated | None = None  # 发文字号 as written: 国发〔2019〕5号
    issuers: list[Stated] = field(default_factory=list)  # stated by the page (发文机关)
    parts: list[DocumentRecord] = field(default_factory=list)  # a gazette issue's documents

    def all_provisions(self):
        for root in self.provisions:
            yield from root.walk()
