"""Records Tesseract's output on every page of a scanned PDF, for tests that read a whole
scan without running OCR for minutes (tests/test_gazette_issue.py).

Each page is rendered as `policykg.ingest.ocr` renders it and read by the same command
(`tesseract stdin stdout -l MODEL --dpi 300 tsv`); the TSV of each page (its header and
word rows, level 5: all that `ocr.parse_tsv` reads) is written, after a `#page N MODEL`
line, into one gzip file. Run from the repository root:

    .venv/bin/python scripts/record_ocr.py ../shared/inputs/pdf/gwyb198911.pdf \
        tests/pdf/gwyb198911.tesseract.tsv.gz

The recorded file of the 1989 State Council Gazette (no. 11, 31 pages) was made with
Debian's tesseract-ocr 5.3.0 and tesseract-ocr-chi-sim.
"""

from __future__ import annotations

import gzip
import subprocess
import sys
from pathlib import Path

import pypdfium2 as pdfium
from policykg.ingest import ocr


def record(pdf: Path, out: Path, model: str = "chi_sim") -> None:
    engine = ocr.require_engine(pdf)
    document = pdfium.PdfDocument(pdf)
    with gzip.open(out, "wt", encoding="utf-8", compresslevel=9) as handle:
        for index in range(len(document)):
            page = document[index]
            try:
                image, _, _ = ocr.render(page)
            finally:
                page.close()
            command = [engine.command, "stdin", "stdout", "-l", model, "--dpi", str(ocr.DPI)]
            done = subprocess.run([*command, "tsv"], input=image, capture_output=True, check=True)
            rows = done.stdout.decode("utf-8", "replace").splitlines()
            words = [row for row in rows[1:] if row.startswith("5\t")]
            handle.write(f"#page {index + 1} {model}\n")
            handle.write("\n".join(rows[:1] + words) + "\n")
            print(f"page {index + 1}/{len(document)}", file=sys.stderr)
    document.close()


if __name__ == "__main__":
    record(Path(sys.argv[1]), Path(sys.argv[2]))
