"""Reader for Word files (.docx, and legacy .doc through LibreOffice where installed).

python-docx opens the package; the body is read in order (paragraphs and tables) from its
XML, since python-docx renders neither list numbers nor footnotes. A numbered paragraph's
number is not in its text but in the numbering definitions (numbering.xml): the reader
keeps a counter per list and level and writes the number as Word shows it (第一條, 一、,
（一）, 1.1). Headings become `#` lines, table rows `| a | b |`, footnote references
`<sup>n</sup>` and footnotes `<sup>n</sup> text` lines at the end, as the Markdown the
cleaning stage reads.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import tempfile
import zipfile
from dataclasses import dataclass, field
from io import BytesIO
from pathlib import Path

import docx
import lxml.etree
from docx.opc.exceptions import PackageNotFoundError

from policykg.errors import InputError

from .numerals import format_number

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
CONVERT_TIMEOUT = 120  # seconds LibreOffice may take to convert one .doc
_SUFFIX = {"tab": " ", "space": " ", "nothing": ""}


def read_docx(data: bytes, path: object = "<bytes>") -> str:
    """The document's text as Markdown-like blocks. Raises InputError with the reason."""
    return read_docx_elements(data, path)[0]


def read_docx_elements(
    data: bytes, path: object = "<bytes>"
) -> tuple[str, tuple[tuple[int, str], ...]]:
    """The document's text, and where each block begins in it with the element it came
    from (/w:body/w:p[12], /w:body/w:tbl[2]/w:tr[3], /w:footnotes/w:footnote[@w:id="1"]).
    Raises InputError with the reason."""
    try:
        document = docx.Document(BytesIO(data))
    except (PackageNotFoundError, zipfile.BadZipFile, KeyError, lxml.etree.XMLSyntaxError) as exc:
        raise InputError(
            path,
            f"not a readable Word .docx file ({type(exc).__name__}: {exc})",
            hint="open it in Word or LibreOffice and save it as .docx again",
        ) from None
    numbering = Numbering.of(document)
    notes = _footnotes(document)
    writer = _Writer(numbering, document.styles, notes)
    seen = {f"{W}p": 0, f"{W}tbl": 0}
    for child in document.element.body.iterchildren():
        if child.tag in seen:
            seen[child.tag] += 1
            place = f"/w:body/w:{child.tag[len(W) :]}[{seen[child.tag]}]"
            if child.tag == f"{W}p":
                writer.paragraph(child, place)
            else:
                writer.table(child, place)
    return writer.text()


def find_converter() -> str | None:
    """LibreOffice's command (`POLICYKG_SOFFICE` names another), or None."""
    named = os.environ.get("POLICYKG_SOFFICE")
    if named:
        return shutil.which(named)
    return shutil.which("soffice") or shutil.which("libreoffice")


def read_doc(data: bytes, path: object = "<bytes>") -> tuple[str, tuple[tuple[int, str], ...]]:
    """A legacy .doc, converted by LibreOffice when it is installed; else refused."""
    soffice = find_converter()
    if soffice is None:
        raise InputError(
            path,
            "a legacy Word .doc file, and LibreOffice is not installed to convert it",
            hint="convert it with LibreOffice (soffice --headless --convert-to docx FILE.doc) "
            "or save it as .docx in Word, and ingest the .docx; or install LibreOffice "
            "(apt-get install libreoffice-writer) and ingest the .doc again",
        )
    with tempfile.TemporaryDirectory() as tmp:
        source = Path(tmp) / "input.doc"
        source.write_bytes(data)
        try:
            subprocess.run(
                [soffice, "--headless", "--convert-to", "docx", "--outdir", tmp, str(source)],
                capture_output=True,
                timeout=CONVERT_TIMEOUT,
                check=True,
            )
            converted = (Path(tmp) / "input.docx").read_bytes()
        except subprocess.TimeoutExpired:
            raise InputError(
                path,
                f"LibreOffice took over {CONVERT_TIMEOUT} s to convert this .doc",
                hint="convert it by hand (soffice --headless --convert-to docx FILE.doc)",
            ) from None
        except (subprocess.SubprocessError, OSError) as exc:
            detail = getattr(exc, "stderr", b"") or b""
            detail = detail.decode("utf-8", "replace").strip().splitlines()[-1:] or [str(exc)]
            raise InputError(
                path,
                f"LibreOffice could not convert this .doc ({detail[0]})",
                hint="open it in Word or LibreOffice: is it a Word file? save it as .docx",
            ) from None
    return read_docx_elements(converted, path)


# -- numbering ---------------------------------------------------------------------------


@dataclass(frozen=True)
class Level:
    fmt: str  # w:numFmt: decimal, chineseCounting, upperRoman, bullet…
    text: str  # w:lvlText: 第%1條, %1、, （%1）, %1.%2
    start: int = 1
    suffix: str = "tab"


@dataclass
class Numbering:
    """The numbering definitions and the running counters of each list."""

    levels: dict[str, dict[int, Level]] = field(default_factory=dict)  # numId → ilvl → Level
    starts: dict[tuple[str, int], int] = field(default_factory=dict)  # startOverride
    counters: dict[str, list[int]] = field(default_factory=dict)

    @classmethod
    def of(cls, document) -> Numbering:
        try:
            root = document.part.numbering_part.element
        except (NotImplementedError, KeyError):
            return cls()
        abstract: dict[str, dict[int, Level]] = {}
        for node in root.iterchildren(f"{W}abstractNum"):
            abstract[node.get(f"{W}abstractNumId")] = {
                int(lvl.get(f"{W}ilvl", "0")): _level(lvl) for lvl in node.iterchildren(f"{W}lvl")
            }
        numbering = cls()
        for num in root.iterchildren(f"{W}num"):
            num_id = num.get(f"{W}numId")
            ref = num.find(f"{W}abstractNumId")
            if ref is None:
                continue
            numbering.levels[num_id] = abstract.get(ref.get(f"{W}val"), {})
            for override in num.iterchildren(f"{W}lvlOverride"):
                start = override.find(f"{W}startOverride")
                if start is not None:
                    key = (num_id, int(override.get(f"{W}ilvl", "0")))
                    numbering.starts[key] = int(start.get(f"{W}val", "1"))
        return numbering

    def label(self, num_id: str, ilvl: int) -> str:
        """The next number of list `num_id` at level `ilvl`, as Word writes it."""
        levels = self.levels.get(num_id)
        if not levels or ilvl not in levels or num_id == "0":
            return ""
        counters = self.counters.setdefault(num_id, [])
        while len(counters) <= ilvl:
            depth = len(counters)
            counters.append(self._start(num_id, depth) - 1)
        counters[ilvl] += 1
        for deeper in range(ilvl + 1, len(counters)):  # a new item restarts its sub-lists
            counters[deeper] = self._start(num_id, deeper) - 1
        level = levels[ilvl]
        if level.fmt == "none":
            return ""
        text = level.text
        for k in range(ilvl, -1, -1):  # %10 is not a placeholder: replace high levels first
            shown = levels.get(k, level)
            value = max(counters[k], shown.start)
            text = text.replace(f"%{k + 1}", format_number(value, shown.fmt))
        return text + _SUFFIX.get(level.suffix, " ") if text else ""

    def _start(self, num_id: str, ilvl: int) -> int:
        level = self.levels.get(num_id, {}).get(ilvl)
        return self.starts.get((num_id, ilvl), level.start if level else 1)


def _level(node) -> Level:
    def val(tag: str, default: str) -> str:
        child = node.find(f"{W}{tag}")
        return child.get(f"{W}val", default) if child is not None else default

    return Level(
        val("numFmt", "decimal"), val("lvlText", ""), int(val("start", "1")), val("suff", "tab")
    )


# -- body ----------------------------------------------------------------------------------


def _footnotes(document) -> dict[str, str]:
    """Footnote id → its text (the separators Word keeps as footnotes left out)."""
    for rel in document.part.rels.values():
        if rel.reltype.endswith("/footnotes") and not rel.is_external:
            root = lxml.etree.fromstring(rel.target_part.blob)
            return {
                note.get(f"{W}id"): "".join(_runs_text(p, {}) for p in note.iter(f"{W}p")).strip()
                for note in root.iterchildren(f"{W}footnote")
                if note.get(f"{W}type") in (None, "normal")
            }
    return {}


def _runs_text(node, refs: dict[str, str]) -> str:
    """A paragraph's text in document order: runs, tabs, breaks, footnote references."""
    out: list[str] = []
    for element in node.iter(f"{W}t", f"{W}tab", f"{W}br", f"{W}footnoteReference", f"{W}del"):
        if any(a.tag == f"{W}del" for a in element.iterancestors()):
            continue  # deleted text of tracked changes
        if element.tag == f"{W}t":
            out.append(element.text or "")
        elif element.tag in (f"{W}tab", f"{W}br"):
            out.append(" ")
        elif element.tag == f"{W}footnoteReference":
            note_id = element.get(f"{W}id")
            label = refs.setdefault(note_id, str(len(refs) + 1))
            out.append(f"<sup>{label}</sup>")
    return "".join(out)


class _Writer:
    def __init__(self, numbering: Numbering, styles, notes: dict[str, str]) -> None:
        self.numbering = numbering
        self.styles = styles
        self.notes = notes
        self.refs: dict[str, str] = {}  # footnote id → the number shown
        self.blocks: list[str] = []
        self.places: list[list[str]] = []  # per block: its element, or each row's
        self.rows: list[str] = []
        self.row_places: list[str] = []

    def paragraph(self, node, place: str) -> None:
        self._end_table()
        text = _runs_text(node, self.refs).strip()
        style_id = node.find(f"{W}pPr/{W}pStyle")
        style = self._style(style_id.get(f"{W}val") if style_id is not None else None)
        number = self._number(node, style)
        if not text and not number:
            return
        level = _heading_level(style)
        line = number + text
        self.blocks.append(f"{'#' * level} {line}" if level else line)
        self.places.append([place])

    def table(self, node, place: str) -> None:
        for index, row in enumerate(node.iter(f"{W}tr"), start=1):
            cells = [
                " ".join(_runs_text(p, self.refs).strip() for p in cell.iter(f"{W}p")).strip()
                for cell in row.iterchildren(f"{W}tc")
            ]
            if any(cells):
                self.rows.append("| " + " | ".join(c.replace("|", "｜") for c in cells) + " |")
                self.row_places.append(f"{place}/w:tr[{index}]")
        self._end_table()

    def _end_table(self) -> None:
        if self.rows:
            self.blocks.append("\n".join(self.rows))
            self.places.append(self.row_places)
            self.rows, self.row_places = [], []

    def _style(self, style_id: str | None):
        if style_id is None:
            return None
        try:
            return self.styles.get_by_id(style_id, 1)  # WD_STYLE_TYPE.PARAGRAPH
        except (KeyError, ValueError):
            return None

    def _number(self, node, style) -> str:
        num_pr = node.find(f"{W}pPr/{W}numPr")
        while num_pr is None and style is not None:  # numbering given by the style
            num_pr = style.element.find(f"{W}pPr/{W}numPr")
            style = style.base_style
        if num_pr is None:
            return ""
        num_id = num_pr.find(f"{W}numId")
        ilvl = num_pr.find(f"{W}ilvl")
        if num_id is None:
            return ""
        return self.numbering.label(
            num_id.get(f"{W}val"), int(ilvl.get(f"{W}val", "0")) if ilvl is not None else 0
        )

    def text(self) -> tuple[str, tuple[tuple[int, str], ...]]:
        self._end_table()
        lines, places = list(self.blocks), list(self.places)
        for note_id, label in self.refs.items():
            if note_id in self.notes:
                lines.append(f"<sup>{label}</sup> {self.notes[note_id]}")
                places.append([f'/w:footnotes/w:footnote[@w:id="{note_id}"]'])
        elements: list[tuple[int, str]] = []
        position = 0
        for line, where in zip(lines, places, strict=True):
            row_start = position
            for row, element in zip(line.split("\n"), where, strict=True):  # a table: by row
                elements.append((row_start, element))
                row_start += len(row) + 1
            position += len(line) + 2
        return "\n\n".join(lines) + "\n", tuple(elements)


def _heading_level(style) -> int:
    """1–6 for Title and Heading N styles (and styles based on them), else 0."""
    while style is not None:
        name = (style.name or "").lower()
        if name == "title":
            return 1
        if name.startswith("heading ") and name[8:].isdigit():
            return min(int(name[8:]), 6)
        style = style.base_style
    return 0
