"""Splitting a gazette issue (ingest/gazette.py) on issues of 1, 4 and 16 MB: linear?

An issue is set as the gazette prints it from the text of a real gov.cn page
(tests/inputs/html/govcn-01.html) under the titles of the 56 gov.cn pages
(../shared/inputs/html/SOURCES.tsv): masthead, contents (one entry per document), then
the documents, each under its title and an adoption line. The cleaning stage runs first (timed
apart); then `split_issue` is timed, best of five.

    .venv/bin/python benchmarks/bench_gazette.py
"""

from __future__ import annotations

import time
from pathlib import Path

from policykg.ingest.clean import clean_text
from policykg.ingest.gazette import split_issue
from policykg.ingest.numerals import chinese_counting
from policykg.ingest.read import read_source
from policykg.ingest.records import SourceText

ROOT = Path(__file__).resolve().parent.parent


def issue_of(size_mb: float) -> tuple[str, int]:
    page = read_source(ROOT / "tests" / "inputs" / "html" / "govcn-01.html")
    body = page.text[page.body_start :].strip().split("\n\n", 2)[2]  # without title, number
    sources = (ROOT.parent / "shared" / "inputs" / "html" / "SOURCES.tsv").read_text("utf-8")
    titles = [line.split("\t")[2] for line in sources.splitlines()[1:]]
    documents, entries, size, k = [], [], 0, 0
    while size < size_mb * 1_000_000 / 3:  # characters: about 3 bytes each in UTF-8
        k += 1
        # titles and date lines in words, not digits: lines of one shape (digits folded)
        # recurring through a text are running headers to the cleaner
        title = f"{titles[k % len(titles)]}（{chinese_counting(k)}）"
        adopted = f"（{chinese_counting(k)}次常务会议通过）"
        documents.append(f"{title}\n\n{adopted}\n\n{body}")
        entries.append(f"{title}……({k})")
        size += len(documents[-1])
    head = ["中华人民共和国国务院公报", "2019年第6号", "目录", *entries]
    return "\n\n".join(head + documents), k


def main() -> None:
    print("| issue | documents | clean | split_issue | found |")
    print("|---|---|---|---|---|")
    for size in (1, 4, 16):
        text, count = issue_of(size)
        source = SourceText(Path("issue.md"), text, "utf-8", "0" * 64, "markdown")
        started = time.perf_counter()
        clean = clean_text(source)
        cleaning = time.perf_counter() - started
        best, issue = float("inf"), None
        for _ in range(5):
            started = time.perf_counter()
            issue = split_issue(clean)
            best = min(best, time.perf_counter() - started)
        found = len(issue.documents) if issue else 0
        mb = len(text.encode()) / 1e6
        print(f"| {mb:.1f} MB | {count} | {cleaning:.2f} s | {best:.3f} s | {found} |")


if __name__ == "__main__":
    main()
