"""PDF reader (issue #22): time per page, linearity in the page count, peak memory, the
whole ingest of the 170-page booklet, and OCR time per page.

Cuts the first 10, 40 and 170 pages of a booklet from ../shared/inputs/pdf (PDFium copies
whole pages), then in a fresh child process each: reads the PDF (`read_source`) and reports
wall time, CPU time and peak resident memory (the PDFium side included). Then
`policykg ingest --quiet --workers 1` of the whole booklet on a fresh store, and OCR of a
few pages of the scanned State Council Gazette.

    .venv/bin/python benchmarks/bench_pdf.py [--inputs DIR] [--ocr-pages 3]
"""

from __future__ import annotations

import argparse
import json
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import pypdfium2 as pdfium

ROOT = Path(__file__).resolve().parent.parent
BIN = Path(sys.executable).parent
CHILD = """
import json, resource, sys, time
from policykg.ingest.read import read_source
wall, cpu = time.perf_counter(), time.process_time()
source = read_source(sys.argv[1])
print(json.dumps({"wall": time.perf_counter() - wall, "cpu": time.process_time() - cpu,
    "rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
    "chars": len(source.text), "pages": len(source.page_starts)}))
"""


def cut(source: Path, pages: int, out: Path) -> Path:
    original = pdfium.PdfDocument(source)
    copy = pdfium.PdfDocument.new()
    copy.import_pages(original, list(range(pages)))
    with open(out, "wb") as handle:
        copy.save(handle)
    return out


def read_in_child(path: Path) -> dict:
    done = subprocess.run(
        [sys.executable, "-c", CHILD, str(path)], capture_output=True, text=True, check=True
    )
    return json.loads(done.stdout)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--inputs", type=Path, default=ROOT.parent / "shared/inputs/pdf")
    parser.add_argument("--ocr-pages", type=int, default=3)
    args = parser.parse_args()
    booklet = args.inputs / "basiclaw_full_text_tc.pdf"
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        print("read (text layer), basiclaw_full_text_tc.pdf:")
        base = None
        for pages in (10, 40, 170):
            result = read_in_child(cut(booklet, pages, tmp / f"first{pages}.pdf"))
            base = base or result
            print(
                f"  pages 1-{pages}: {result['wall']:.2f} s wall, {result['cpu']:.2f} s CPU "
                f"({1000 * result['cpu'] / pages:.1f} ms CPU/page), peak {result['rss_mb']:.0f} MB,"
                f" {result['chars']:,} chars; CPU x{result['cpu'] / base['cpu']:.2f} for "
                f"x{pages / 10:.0f} pages"
            )
        store = tmp / "store"
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        wall = time.perf_counter()
        command = [str(BIN / "policykg"), "--store", str(store), "ingest", "--quiet"]
        done = subprocess.run(
            [*command, "--workers", "1", str(booklet)], capture_output=True, text=True
        )
        wall = time.perf_counter() - wall
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
        print(
            f"policykg ingest of the whole booklet (170 pages): exit {done.returncode}, "
            f"{wall:.2f} s wall, {cpu:.2f} s CPU, peak {after.ru_maxrss / 1024:.0f} MB"
        )
        print("  " + (done.stdout.strip().splitlines() or [""])[-1][:200])
        scan = args.inputs / "gwyb198911.pdf"
        pages = args.ocr_pages
        original = pdfium.PdfDocument(scan)
        copy = pdfium.PdfDocument.new()
        copy.import_pages(original, list(range(1, 1 + pages)))  # page 1 is the cover
        with open(tmp / "scan.pdf", "wb") as handle:
            copy.save(handle)
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        result = read_in_child(tmp / "scan.pdf")
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        engine_cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
        print(
            f"OCR, gwyb198911.pdf pages 2-{1 + pages}: {result['wall']:.1f} s wall "
            f"({result['wall'] / pages:.1f} s/page), CPU incl. tesseract {engine_cpu:.1f} s "
            f"({engine_cpu / pages:.1f} s/page), {result['chars']:,} chars"
        )


if __name__ == "__main__":
    main()
