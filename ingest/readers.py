"""Readers of published formats (web pages, Word), chosen by content as well as by suffix.

Each reader turns a file's bytes into the text the later stages read (`ReadText`), or
refuses it with an InputError that says why and what to do. Content wins over the suffix:
HTML saved as `.txt` is read as HTML, a `.docx` that is not a Word file is refused as such.
"""

from __future__ import annotations

import zipfile
from collections.abc import Callable
from dataclasses import dataclass
from io import BytesIO

from .records import PageField


@dataclass(frozen=True)
class ReadText:
    """A reader's result: Markdown-like text (one paragraph per block) and what the file
    states about its document."""

    text: str
    encoding: str  # of the file's text; "docx" for a Word file's XML
    fields: tuple[PageField, ...] = ()
    body_start: int = 0


Reader = Callable[[bytes, object], ReadText]

SUFFIX_FORMATS = {
    ".html": "html",
    ".htm": "html",
    ".xhtml": "html",
    ".shtml": "html",
    ".docx": "docx",
    ".doc": "doc",
}
READER_SUFFIXES = frozenset(SUFFIX_FORMATS)
_OLE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # the compound-file header of legacy .doc
_HTML_STARTS = (b"<!doctype html", b"<html", b"<?xml")


def sniff(data: bytes) -> str | None:
    """The format the bytes themselves show, or None (text, or unknown)."""
    if data.startswith(_OLE):
        return "doc"
    if data.startswith(b"PK\x03\x04"):
        try:
            with zipfile.ZipFile(BytesIO(data)) as archive:
                if "word/document.xml" in archive.namelist():
                    return "docx"
        except zipfile.BadZipFile:
            return None
        return None
    head = data[:1024].lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    if head.startswith(_HTML_STARTS[:2]) or (head.startswith(b"<?xml") and b"<html" in head):
        return "html"
    return None


def reader_for(suffix: str, data: bytes) -> tuple[str, Reader] | None:
    """(format, reader) for a file, by its content first, else by its suffix."""
    found = sniff(data) or SUFFIX_FORMATS.get(suffix.lower())
    return (found, _READERS[found]) if found else None


# The readers are imported on use: they decode with `read`, which imports this module.
def _read_html(data: bytes, path: object) -> ReadText:
    from .html import read_html

    page = read_html(data, path)
    return ReadText(page.text, page.encoding, page.fields, page.body_start)


def _read_docx(data: bytes, path: object) -> ReadText:
    from .word import read_docx

    return ReadText(read_docx(data, path), "docx")


def _read_doc(data: bytes, path: object) -> ReadText:
    from .word import read_doc

    return ReadText(read_doc(data, path), "docx")


_READERS: dict[str, Reader] = {"html": _read_html, "docx": _read_docx, "doc": _read_doc}
