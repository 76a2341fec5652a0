"""The HTML reader on the 56 gov.cn pages: how many ingest, how often the text alone finds
what the page's metadata table states (issuer, number, date), and the time per page.

    .venv/bin/python benchmarks/bench_html.py [--inputs ../shared/inputs/html] [--ingest]

The self-check reads each page twice: with its table (what ingest stores) and with the
table's fields withheld, so that the text extraction (title block, closing block, the
number line under the title) is compared with the table. A value counts as right when it
is the table's: the issuer among the text's issuers, the number equal, the signed date
(the closing date of the text) equal to 成文日期. `--ingest` also runs `policykg ingest`
on the folder into a temporary store (SHACL gate included) and counts what it accepts.
"""

from __future__ import annotations

import argparse
import dataclasses
import re
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from policykg.ingest.extract import extract
from policykg.ingest.pipeline import process_source
from policykg.ingest.read import read_source

from policykg.errors import InputError

ROOT = Path(__file__).resolve().parent.parent


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--inputs", type=Path, default=ROOT.parent / "shared/inputs/html")
    parser.add_argument("--ingest", action="store_true")
    parser.add_argument("--scaling", action="store_true", help="read 1, 4, 16 MB pages")
    args = parser.parse_args()
    if args.scaling:
        scaling(args.inputs / "govcn-04.html")
        return
    pages = sorted(args.inputs.glob("*.html"))
    read_ms, total_ms, refused = [], [], []
    right = {"issuer": 0, "number": 0, "date": 0}
    stated = dict.fromkeys(right, 0)
    for page in pages:
        try:
            started = time.perf_counter()
            source = read_source(page)
            read_ms.append((time.perf_counter() - started) * 1000)
            document = process_source(source)
            extract(document)
            total_ms.append((time.perf_counter() - started) * 1000)
        except InputError as exc:
            refused.append(f"{page.name}: {exc}")
            continue
        table = {f.role: f.value for f in source.fields}
        text_only = process_source(dataclasses.replace(source, fields=()))
        found_issuers = {i.name for i in extract(text_only).issuers}
        signed = next((d for d in text_only.dates if d.role == "signed"), None)
        checks = {
            "issuer": (table.get("issuer"), _names(table.get("issuer")) <= found_issuers),
            "number": (
                table.get("number"),
                text_only.number is not None and text_only.number.value == table.get("number"),
            ),
            "date": (
                table.get("written"),
                signed is not None and _same_day(signed.value.lexical(), table.get("written")),
            ),
        }
        for key, (value, ok) in checks.items():
            if value:
                stated[key] += 1
                right[key] += ok
                if not ok:
                    print(
                        f"  {page.name} {key}: table {value!r}, text {_text_value(key, text_only, found_issuers, signed)}"
                    )
    print(f"pages: {len(pages)}, read and processed: {len(total_ms)}, refused: {len(refused)}")
    for line in refused:
        print("  refused", line)
    for key in right:
        print(
            f"text agrees with the table on {key}: {right[key]}/{stated[key]} pages that state it"
        )
    print(
        f"read (bytes → text and fields) per page: median {statistics.median(read_ms):.1f} ms, "
        f"max {max(read_ms):.1f} ms; read+clean+segment+extract: median "
        f"{statistics.median(total_ms):.1f} ms, max {max(total_ms):.1f} ms"
    )
    if args.ingest:
        with tempfile.TemporaryDirectory() as tmp:
            started = time.perf_counter()
            run = subprocess.run(
                [sys.executable, "-m", "policykg.cli", "--store", f"{tmp}/store", "ingest",
                 "--quiet", "--workers", "1", str(args.inputs)],
                capture_output=True, text=True, check=False,
            )  # fmt: skip
            elapsed = time.perf_counter() - started
            print(f"policykg ingest: exit {run.returncode} in {elapsed:.1f} s")
            print((run.stdout + run.stderr)[-1500:])


def scaling(page: Path) -> None:
    """The reader alone on one page grown to 1, 4 and 16 MB: its main block's content
    repeated (paragraphs and a data table), the metadata table once."""
    from policykg.ingest.html import read_html

    data = page.read_bytes()
    start = data.index(b'id="UCAP-CONTENT">') + len(b'id="UCAP-CONTENT">')
    end = data.index(
        b"</td>", data.index(b"</table>", data.rindex(b"<table", start, start + 200000))
    )
    block = data[start:end]
    previous = None
    for megabytes in (1, 4, 16):
        copies = max(1, megabytes * 1_000_000 // len(block))
        grown = data[:start] + block * copies + data[end:]
        started = time.perf_counter()
        text = read_html(grown).text
        seconds = time.perf_counter() - started
        ratio = f", x{seconds / previous:.2f} for x4" if previous else ""
        print(f"{len(grown) / 1e6:.1f} MB page: read {seconds:.2f} s, {len(text)} chars{ratio}")
        previous = seconds


def _names(cell: str | None) -> set[str]:
    return set(re.split(r"[\s\u3000、，,;；]+", cell or "")) - {""}


def _same_day(lexical: str, written: str | None) -> bool:
    from policykg.ingest.dates import parse_date

    value = parse_date(written or "")
    return value is not None and value.lexical() == lexical


def _text_value(key, document, issuers, signed):
    if key == "issuer":
        return sorted(issuers)
    if key == "number":
        return document.number.value if document.number else None
    return signed.value.lexical() if signed else None


if __name__ == "__main__":
    main()
