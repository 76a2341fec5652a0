"""The readers of published formats (PDF, web pages, Word): which one reads a file, chosen
by content, then by suffix.

A reader turns a file's bytes into the same `SourceText` that plain text gives, so every
later stage (clean, segment, extract, build) works on any format, or refuses the file with
an InputError that says why and what to do. Formats with a module of their own expose
`READER` there (`BUILTIN_MODULES`); web pages and Word files are registered here.

Content wins over the suffix: a PDF saved as `.txt` is read as a PDF and HTML saved as
`.txt` as HTML, because a file's first bytes say what it is, while a suffix is only what
someone typed; a `.docx` that is not a Word file is refused as such.
"""

from __future__ import annotations

import hashlib
import importlib
import zipfile
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache
from io import BytesIO
from pathlib import Path

from policykg.errors import EmptyInputError

from .records import PageField, SourceText

# Modules whose `READER` is registered, in the order their sniffers are tried (before the
# readers of this module).
BUILTIN_MODULES = ("policykg.ingest.pdf",)


# Told how far a long read has got: (pages done, pages in all). Only OCR is long enough.
PageProgress = Callable[[int, int], None]


@dataclass(frozen=True)
class Reader:
    """One format: its name, its usual suffixes, how to recognise it and how to read it."""

    name: str  # shown in messages: "PDF"
    suffixes: frozenset[str]  # lower case, with the dot
    sniff: Callable[[bytes], bool]  # True when the file's bytes are of this format
    read: Callable[[Path, bytes, PageProgress | None], SourceText]  # raises InputError


@dataclass(frozen=True)
class ReadText:
    """What the web-page and Word readers give: Markdown-like text (one paragraph per
    block) and what the file states about its document."""

    text: str
    encoding: str  # of the file's text; "docx" for a Word file's XML
    fields: tuple[PageField, ...] = ()
    body_start: int = 0
    elements: tuple[tuple[int, str], ...] = ()  # where each block begins, and its element


# -- web pages and Word ------------------------------------------------------------------

_OLE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # the compound-file header of legacy .doc


def _is_doc(data: bytes) -> bool:
    return data.startswith(_OLE)


def _is_docx(data: bytes) -> bool:
    if not data.startswith(b"PK\x03\x04"):
        return False
    try:
        with zipfile.ZipFile(BytesIO(data)) as archive:
            return "word/document.xml" in archive.namelist()
    except zipfile.BadZipFile:
        return False


def _is_html(data: bytes) -> bool:
    head = data[:1024].lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    return head.startswith((b"<!doctype html", b"<html")) or (
        head.startswith(b"<?xml") and b"<html" in head
    )


def _source(path: Path, data: bytes, kind: str, read: ReadText) -> SourceText:
    if not any(ch.isalnum() for ch in read.text[read.body_start :]):
        raise EmptyInputError(path, f"the {kind} file has no text", hint="nothing to ingest")
    return SourceText(
        path=path,
        text=read.text,
        encoding=read.encoding,
        sha256=hashlib.sha256(data).hexdigest(),
        format="markdown",  # readers write one block per paragraph, as Markdown does
        fields=read.fields,
        body_start=read.body_start,
        reader=kind,
        elements=read.elements,
    )


# The readers' modules are imported on use: they decode with `read`, which imports this one.
def _read_html(path: Path, data: bytes, progress: PageProgress | None = None) -> SourceText:
    from .html import read_html

    page = read_html(data, path)
    return _source(
        path,
        data,
        "html",
        ReadText(page.text, page.encoding, page.fields, page.body_start, page.elements),
    )


def _read_docx(path: Path, data: bytes, progress: PageProgress | None = None) -> SourceText:
    from .word import read_docx_elements

    text, elements = read_docx_elements(data, path)
    return _source(path, data, "docx", ReadText(text, "docx", elements=elements))


def _read_doc(path: Path, data: bytes, progress: PageProgress | None = None) -> SourceText:
    from .word import read_doc

    # a converted .doc reads as a .docx
    text, elements = read_doc(data, path)
    return _source(path, data, "docx", ReadText(text, "docx", elements=elements))


HTML = Reader("web page", frozenset({".html", ".htm", ".xhtml", ".shtml"}), _is_html, _read_html)
DOCX = Reader("Word", frozenset({".docx"}), _is_docx, _read_docx)
DOC = Reader("legacy Word", frozenset({".doc"}), _is_doc, _read_doc)


# -- the registry ------------------------------------------------------------------------


@cache
def registered() -> tuple[Reader, ...]:
    modules = tuple(importlib.import_module(name).READER for name in BUILTIN_MODULES)
    return (*modules, DOC, DOCX, HTML)


def reader_suffixes() -> frozenset[str]:
    """Every suffix some reader takes (used when walking folders)."""
    return frozenset().union(*(reader.suffixes for reader in registered()))


def reader_for(path: Path, data: bytes) -> Reader | None:
    """The reader for a file whose bytes are `data` (its first kilobyte is enough for all
    but Word, whose zip is opened): by content, else by suffix; None when the file is for
    the text reader."""
    for reader in registered():
        if reader.sniff(data):
            return reader
    suffix = path.suffix.lower()
    return next((reader for reader in registered() if suffix in reader.suffixes), None)
