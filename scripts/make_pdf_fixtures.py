"""Builds the small PDF fixtures of tests/pdf/ from the published files in ../shared/inputs/pdf.

The fixtures are a few whole pages copied unchanged (text layer, fonts, images) with
PDFium, so the tests read real published layout without the 170-page booklets. Run from
the repository root: `.venv/bin/python scripts/make_pdf_fixtures.py [INPUTS]`.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pypdfium2 as pdfium

# fixture name -> (published file, 0-based pages to copy)
FIXTURES = {
    "basiclaw_tc_p30-33.pdf": ("basiclaw_full_text_tc.pdf", [29, 30, 31, 32]),
    "gazette_ln136_p1-4.pdf": ("cs220202444136.pdf", [0, 1, 2, 3]),
    "gwyb198911_p2.pdf": ("gwyb198911.pdf", [1]),
}


def main(inputs: Path, out: Path) -> None:
    out.mkdir(parents=True, exist_ok=True)
    for name, (source, pages) in FIXTURES.items():
        original = pdfium.PdfDocument(inputs / source)
        copy = pdfium.PdfDocument.new()
        copy.import_pages(original, pages)
        with open(out / name, "wb") as handle:
            copy.save(handle)
        print(f"{out / name}: pages {[p + 1 for p in pages]} of {source}")


if __name__ == "__main__":
    root = Path(__file__).resolve().parent.parent
    default = root.parent / "shared" / "inputs" / "pdf"
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else default, root / "tests" / "pdf")
