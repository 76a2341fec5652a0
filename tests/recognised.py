"""What the recogniser finds in one invented sentence, for the recognition tests."""

from __future__ import annotations

from policykg.ingest.extract.entities import recognise
from policykg.ingest.script import to_simplified


def names_of_kind(text: str, kind: str) -> list[str]:
    """The names of `kind` recognised in `text`, as written (either script)."""
    simplified = to_simplified(text)
    return [c.name_in(text) for c in recognise(simplified, 0, len(text)) if c.kind == kind]


def platforms(text: str) -> list[str]:
    return names_of_kind(text, "Platform")


def funds(text: str) -> list[str]:
    return names_of_kind(text, "Fund")


def platforms_of_document(text: str) -> set[str]:
    """The platforms extraction gives for the whole invented document `text`: the
    document's evidence read across all its articles, not one sentence's."""
    from policykg.ingest.extract import extract

    from tests.test_extract import _record

    return {e.name for e in extract(_record(text)).entities if e.kind == "Platform"}


def names_by_rule(text: str, kind: str, rule: str) -> list[str]:
    """The names of `kind` that `rule` recognises in `text`, as written."""
    simplified = to_simplified(text)
    return [
        c.name_in(text)
        for c in recognise(simplified, 0, len(text))
        if c.kind == kind and c.rule == rule
    ]
