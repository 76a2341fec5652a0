"""The subject of a document's own title (title_subjects.py, issue 19, session 28) on 1, 4
and 16 MB: linear? The pass finds the subject's whole mentions and its 本 + head pointers
with one scan each, reads a few characters before each mention, asks the document's class
evidence (platform_evidence.document_evidence: read once per document and shared with the
recognisers, which have read it before this pass runs; timed apart) at each, and looks at
each entity once.

The text is one document: a title whose subject the laws write often (a fund's, a
platform's), then the scale corpus's LawRefBook Markdown files in sorted order up to the size
(Simplified), with one made-up entity a paragraph whose name ends with the subject.

    .venv/bin/python benchmarks/bench_title_subjects.py [--corpus ../shared/corpus/scale]
"""

from __future__ import annotations

import argparse
import time
from pathlib import Path

from bench_recognisers import MB, laws_text
from policykg.ingest.extract.platform_evidence import document_evidence
from policykg.ingest.extract.records import Mention, NamedEntity
from policykg.ingest.extract.title_subjects import with_title_subject

TITLES = ("社会保障基金收支保管及运用办法", "渔船动态监控平台管理办法")


def main() -> None:
    parser = argparse.ArgumentParser(description=(__doc__ or "").split("\n\n")[0])
    parser.add_argument("--corpus", type=Path, default=Path("../shared/corpus/scale"))
    args = parser.parse_args()
    with_title_subject("甲基金收支保管及运用办法\n本基金", (0, 16), TITLES[0], (0, 12), [])
    for size in (1, 4, 16):
        body = laws_text(args.corpus, size * MB)
        for title in TITLES:
            text = title + "\n" + body
            subject = title[: title.index("收支") if "收支" in title else title.index("管理")]
            entities = [
                NamedEntity("某" + subject, "Platform", [Mention(at, at + 1)])
                for at in range(len(title) + 1, len(text), 2000)
            ]
            started = time.perf_counter()
            document_evidence(text, 0, len(text))  # the recognisers' pass, cached
            evidence_seconds = time.perf_counter() - started
            started = time.perf_counter()
            result = with_title_subject(text, (0, len(text)), title, (0, len(title)), entities)
            seconds = time.perf_counter() - started
            named = next((e for e in result if e.name == subject), None)
            mentions = len(named.mentions) if named else 0
            print(
                f"{size:>3} MB  {subject:<10} {len(entities):>6} entities"
                f"  {mentions:>6} mentions  {seconds:.2f} s"
                f"  (the document's evidence, shared: {evidence_seconds:.2f} s)"
            )


if __name__ == "__main__":
    main()
