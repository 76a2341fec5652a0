"""Golden outlines of whole documents: title, kind, dates and the provision tree of each
seed, with source offsets. A deliberate change regenerates them with
`POLICYKG_UPDATE_GOLDEN=1 pytest tests/test_golden.py`; review the diff before committing."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from .conftest import SEEDS

GOLDEN = Path(__file__).parent / "golden"


def outline(record) -> str:
    lines = [f"source {record.source.name} {record.source.encoding} {record.scripts.original}"]
    for doc in (record, *record.annexes):
        label = f" annex {doc.annex_label}" if doc.annex_label else ""
        lines.append(f"document{label}: {doc.kind} 《{doc.title}》")
        for fact in doc.dates:
            start, end = record.clean.source_span(fact.start, fact.end)
            lines.append(f"  {fact.role} {fact.value.lexical()} @{start}-{end}")
        for node in doc.all_provisions():
            start, end = record.clean.source_span(node.start, node.end)
            text = record.clean.text[node.start : node.end].replace("\n", "⏎")
            indent = "  " * len(node.path)
            lines.append(
                f"{indent}{node.number} [{node.kind}] {node.heading[:24]} | {text[:24]} @{start}-{end}"
            )
    return "\n".join(lines) + "\n"


@pytest.mark.parametrize("path", SEEDS, ids=[p.name[:3] for p in SEEDS])
def test_outline_matches_golden_file(records, path):
    actual = outline(records[path.name[:3]])
    golden = GOLDEN / f"{path.name[:3]}.outline.txt"
    if os.environ.get("POLICYKG_UPDATE_GOLDEN"):
        golden.write_text(actual, encoding="utf-8")
    assert golden.exists(), f"missing {golden}; run with POLICYKG_UPDATE_GOLDEN=1 to create it"
    assert actual == golden.read_text(encoding="utf-8")
