"""OCR of scanned PDF pages with Tesseract (Debian's `tesseract-ocr` and its Chinese models).

Each page is rendered by PDFium at 300 dpi in grey, handed to `tesseract` as a PGM image on
its standard input, and read back as TSV: words with their boxes and confidences, which
become the same `Span`s as a text layer gives, so `pdf_layout` rebuilds lines and
paragraphs alike. The script is chosen per page: the page is read with the model that
suited the page before (Simplified first), and read again with the other one when the
text it gave is of the other script. No Python binding is needed: the command line is
the engine's stable interface.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pypdfium2 as pdfium

from policykg.errors import InputError

from .pdf_layout import Page, Span, layout_page, separator
from .records import OcrReport
from .script import detect_script

DPI = 300
LOW_CONFIDENCE = 75.0  # a page whose mean character confidence is below this is listed
MODELS = {"Hans": "chi_sim", "Hant": "chi_tra"}
INSTALL_HINT = (
    "install Tesseract and its Chinese models: apt-get install tesseract-ocr "
    "tesseract-ocr-chi-sim tesseract-ocr-chi-tra (or run scripts/install-ocr.sh)"
)
PAGE_TIMEOUT = 300  # seconds for one page; a stuck engine must not hang an ingest


@dataclass(frozen=True)
class Engine:
    command: str
    version: str  # "5.3.0"
    languages: frozenset[str]


def find_engine() -> Engine | None:
    """Tesseract with both Chinese models, or None."""
    command = shutil.which(os.environ.get("POLICYKG_TESSERACT", "tesseract"))
    if command is None:
        return None
    try:
        version = subprocess.run(
            [command, "--version"], capture_output=True, text=True, timeout=30
        ).stdout
        listed = subprocess.run(
            [command, "--list-langs"], capture_output=True, text=True, timeout=30
        ).stdout
    except (OSError, subprocess.SubprocessError):
        return None
    match = re.search(r"tesseract\s+v?([\d.]+)", version)
    languages = frozenset(line.strip() for line in listed.splitlines()[1:])
    return Engine(command, match.group(1) if match else "unknown", languages)


def require_engine(path: Path) -> Engine:
    """The engine, or a refusal saying how to install it."""
    engine = find_engine()
    if engine is None:
        raise InputError(
            path,
            "the PDF is scanned (page images, no text) and OCR is not installed",
            hint=INSTALL_HINT,
        )
    missing = sorted(set(MODELS.values()) - engine.languages)
    if missing:
        raise InputError(
            path,
            f"the PDF is scanned and Tesseract lacks the models {', '.join(missing)}",
            hint=INSTALL_HINT,
        )
    return engine


@dataclass(frozen=True)
class PageText:
    spans: list[Span]
    confidence: float  # mean over the page's characters, 0-100
    characters: int


@dataclass
class Recognised:
    pages: dict[int, Page]
    report: OcrReport


def read_pages(
    path: Path,
    document: pdfium.PdfDocument,
    numbers: list[int],
    engine: Engine,
    progress: Callable[[int, int], None] | None = None,
) -> Recognised:
    """OCR the given 1-based pages, one at a time; `progress` is told (done, total) after
    each page (seconds each: a long scan must show it is moving)."""
    pages: dict[int, Page] = {}
    model = MODELS["Hans"]
    used: set[str] = set()
    weighted = characters = 0.0
    low: list[int] = []
    confidences: list[float] = []
    sizes: list[int] = []
    if progress:
        progress(0, len(numbers))
    for done, number in enumerate(numbers, start=1):
        page = document[number - 1]
        try:
            image, scale, height = render(page)
            width = page.get_mediabox()[2]
        finally:
            page.close()
        result = recognise(path, engine, image, model, scale, height)
        script = detect_script("".join(s.text for s in result.spans))
        if MODELS[script] != model:  # the page is in the other script: read it with its model
            model = MODELS[script]
            result = recognise(path, engine, image, model, scale, height)
        used.add(model)
        pages[number] = layout_page(number, result.spans, width)
        weighted += result.confidence * result.characters
        characters += result.characters
        confidences.append(round(result.confidence, 1))
        sizes.append(result.characters)
        if result.confidence < LOW_CONFIDENCE:
            low.append(number)
        if progress:
            progress(done, len(numbers))
    report = OcrReport(
        engine=f"tesseract {engine.version}",
        languages=tuple(sorted(used)),
        mean_confidence=round(weighted / characters, 1) if characters else 0.0,
        pages=tuple(numbers),
        low_confidence_pages=tuple(low),
        page_confidence=tuple(confidences),
        page_characters=tuple(sizes),
    )
    return Recognised(pages, report)


def render(page: pdfium.PdfPage) -> tuple[bytes, float, float]:
    """The page as a binary PGM image at DPI, its scale (pixels per point) and height (pt)."""
    scale = DPI / 72
    bitmap = page.render(scale=scale, grayscale=True)
    width, height, stride = bitmap.width, bitmap.height, bitmap.stride
    buffer = memoryview(bitmap.buffer)
    rows = b"".join(bytes(buffer[r * stride : r * stride + width]) for r in range(height))
    return b"P5\n%d %d\n255\n" % (width, height) + rows, scale, page.get_mediabox()[3]


def recognise(
    path: Path, engine: Engine, image: bytes, model: str, scale: float, height: float
) -> PageText:
    """One page image through Tesseract; words become spans in PDF points."""
    try:
        done = subprocess.run(
            [engine.command, "stdin", "stdout", "-l", model, "--dpi", str(DPI), "tsv"],
            input=image,
            capture_output=True,
            timeout=PAGE_TIMEOUT,
            check=True,
        )
    except subprocess.CalledProcessError as exc:
        message = exc.stderr.decode("utf-8", "replace").strip().splitlines()[-1:] or ["failed"]
        raise InputError(path, f"Tesseract failed: {message[0]}", hint=INSTALL_HINT) from None
    except subprocess.TimeoutExpired:
        raise InputError(path, f"Tesseract took over {PAGE_TIMEOUT} s on one page") from None
    return parse_tsv(done.stdout.decode("utf-8", "replace"), scale, height)


def parse_tsv(tsv: str, scale: float, height: float) -> PageText:
    """Tesseract's TSV → one span per line it found (its words joined), in PDF points, and
    the page's mean confidence. Tesseract's own lines are kept: a slightly skewed scan
    puts a line's words at several heights, which a regrouping by height would mix up."""
    lines: dict[tuple[str, ...], list[tuple[str, float, float, float, float]]] = {}
    weighted = characters = 0.0
    for row in tsv.splitlines()[1:]:
        cells = row.split("\t")
        if len(cells) < 12 or cells[0] != "5" or not cells[11].strip():
            continue
        left, top, width, tall = (float(c) for c in cells[6:10])
        confidence, text = float(cells[10]), cells[11].strip()
        if confidence >= 0:
            weighted += confidence * len(text)
            characters += len(text)
        lines.setdefault(tuple(cells[1:5]), []).append((text, left, top, left + width, top + tall))
    spans = []
    for words in lines.values():
        text = words[0][0]
        for word in words[1:]:
            text += separator(text, word[0]) + word[0]
        spans.append(
            Span(
                text,
                min(w[1] for w in words) / scale,
                height - max(w[4] for w in words) / scale,
                max(w[3] for w in words) / scale,
                height - min(w[2] for w in words) / scale,
            )
        )
    return PageText(spans, weighted / characters if characters else 0.0, int(characters))
