"""Stage *read*: bytes on disk → decoded text, detecting the encoding.

Candidates are UTF-8 (with or without BOM), UTF-16/32 (BOM or not), Big5 (cp950 and
HKSCS) and GB18030. UTF-8 is accepted when it decodes strictly; otherwise each legacy
candidate that decodes strictly is scored by the share of its Han characters that belong
to the common-character sets of GB2312 level 1 and Big5 level 1, which separates a right
decoding (≈95 %) from a wrong one (mostly rare or non-Han characters).
"""

from __future__ import annotations

import codecs
import contextlib
import hashlib
import re
import unicodedata
from collections.abc import Callable
from functools import lru_cache
from pathlib import Path

from policykg.errors import BinaryInputError, EmptyInputError, InputError, UndecodableInputError

from .chars import is_han
from .mojlaw import is_rendered_record, render_record
from .readers import PageProgress, reader_for, reader_suffixes
from .records import SourceText

MARKDOWN_SUFFIXES = {".md", ".markdown", ".mdown", ".mkd"}
TEXT_SUFFIXES = {".txt", ".text", ""} | MARKDOWN_SUFFIXES

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
_LEGACY = ("gb18030", "cp950", "big5hkscs", "utf-16-le", "utf-16-be")
MIN_COMMON_SHARE = 0.6


@lru_cache(maxsize=1)
def common_han() -> frozenset[str]:
    """The ~9,000 most used Han characters: GB2312 level 1 plus Big5 level 1."""
    chars: set[str] = set()
    for lead in range(0xB0, 0xD8):
        for trail in range(0xA1, 0xFF):
            with contextlib.suppress(UnicodeDecodeError):
                chars.add(bytes([lead, trail]).decode("gb2312"))
    for lead in range(0xA4, 0xC7):
        for trail in list(range(0x40, 0x7F)) + list(range(0xA1, 0xFF)):
            with contextlib.suppress(UnicodeDecodeError):
                chars.add(bytes([lead, trail]).decode("big5"))
    return frozenset(c for c in chars if is_han(c))


def plausibility(text: str) -> float:
    """Share of characters that look like real text in a Chinese document."""
    if not text:
        return 0.0
    common = common_han()
    good = han = 0
    for char in text:
        if is_han(char):
            han += 1
            good += char in common
        elif char.isascii():
            good += char.isprintable() or char in "\n\r\t"
        elif (
            unicodedata.category(char)[0] in "PZN"
            or 0x3000 <= ord(char) <= 0x303F
            or 0xFF00 <= ord(char) <= 0xFFEF
        ):
            good += 1
    return good / len(text)


def decode(data: bytes, path: object = "<bytes>") -> tuple[str, str]:
    """Decode `data`, returning (text, encoding). Raises an InputError subclass."""
    if not data.strip(b" \t\r\n\x00\xef\xbb\xbf\xfe\xff"):
        raise EmptyInputError(path, "the file is empty", hint="nothing to ingest")
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return data[len(bom) :].decode(encoding.replace("-sig", "")), encoding
            except UnicodeDecodeError as exc:
                raise UndecodableInputError(
                    path, f"starts with a {encoding} byte-order mark but is not {encoding}: {exc}"
                ) from None
    nul_share = data.count(0) / len(data)
    if nul_share == 0:
        try:
            return data.decode("utf-8"), "utf-8"
        except UnicodeDecodeError:
            pass
    scored: list[tuple[float, str, str]] = []
    for encoding in _LEGACY:
        if nul_share and not encoding.startswith("utf-16"):
            continue
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError:
            continue
        scored.append((plausibility(text), encoding, text))
    scored.sort(key=lambda item: -item[0])
    if scored and scored[0][0] >= MIN_COMMON_SHARE:
        return scored[0][2], scored[0][1]
    if nul_share or _looks_binary(data):
        raise BinaryInputError(
            path, "the file is binary, not text", hint="give a plain-text or Markdown file"
        )
    raise UndecodableInputError(
        path,
        "the character encoding could not be determined (tried UTF-8, UTF-16, Big5, GB18030)",
        hint="convert the file to UTF-8 and ingest it again",
    )


def _looks_binary(data: bytes) -> bool:
    sample = data[:4096]
    control = sum(1 for b in sample if b < 32 and b not in (9, 10, 12, 13))
    return control / len(sample) > 0.05


_MD_HEADING = re.compile(r"^#{1,6}[ \t]+\S", re.MULTILINE)
_MD_INLINE = re.compile(r"<sup>|\]\(https?://|^\s*[-*] \S|^\|.*\|\s*$|^---\s*$", re.MULTILINE)


def detect_format(path: Path, text: str) -> str:
    """Markdown by suffix, or by content: converters often write Markdown into .txt files."""
    if path.suffix.lower() in MARKDOWN_SUFFIXES or is_rendered_record(text):
        return "markdown"
    headings = len(_MD_HEADING.findall(text))
    if headings >= 3 or (headings >= 1 and len(_MD_INLINE.findall(text)) >= 2):
        return "markdown"
    return "text"


# Readers of structured records, by file suffix: bytes -> the record rendered as text.
RECORD_READERS: dict[str, Callable[[bytes, object], str]] = {".json": render_record}


def read_source(path: Path | str, progress: PageProgress | None = None) -> SourceText:
    """Read and decode one file. Raises InputError (naming the file) when it cannot.
    `progress` is told the pages done of a long read (OCR of a scan)."""
    path = Path(path)
    if not path.exists():
        raise InputError(path, "no such file", hint="check the path")
    if path.is_dir():
        raise InputError(path, "is a folder, not a file")
    suffix = path.suffix.lower()
    if suffix not in TEXT_SUFFIXES | reader_suffixes() and suffix not in RECORD_READERS:
        raise InputError(
            path,
            f"unsupported file type {path.suffix!r}",
            hint="policykg reads plain text (.txt), Markdown (.md), law records (.json), PDF "
            "(.pdf), web pages (.html) and Word (.docx)",
        )
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise InputError(path, f"cannot be read: {exc.strerror or exc}") from None
    if (reader := reader_for(path, data)) is not None:  # a published format
        return reader.read(path, data, progress)
    if suffix in RECORD_READERS:  # structured records: rendered as text by their reader
        text, encoding = RECORD_READERS[suffix](data, path), "utf-8"
    else:
        text, encoding = decode(data, path)
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if "\x00" in text:
        raise BinaryInputError(path, "the text contains NUL characters: the file is binary")
    if not any(ch.isalpha() for ch in text):  # 20241011 alone (a corpus's UpdateDate.txt)
        raise EmptyInputError(
            path,
            "the file has no words, only numbers, whitespace or symbols",
            hint="nothing to ingest: is it a data file beside the documents?",
        )
    # a law database's record (read from JSON, or saved as text as render_record wrote it)
    # has no pages: no running header or page number to find, and a repeated line in it
    # (第 6-1 條, a table's row, a history's 正發布全文 14 條) is the text's own
    record = suffix in RECORD_READERS or is_rendered_record(text)
    return SourceText(
        path=path,
        text=text,
        encoding=encoding,
        sha256=hashlib.sha256(data).hexdigest(),
        # a rendered record has no PDF line breaks to repair: its blank lines end paragraphs
        format="markdown" if record else detect_format(path, text),  # type: ignore[arg-type]
        reader="record" if record else "text",
    )
