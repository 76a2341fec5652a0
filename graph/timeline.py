"""The dated documents and events in date order (competency question 8), or the latest
few of them for the home page."""

from __future__ import annotations

from dataclasses import dataclass

from .bound import PROLOGUE, bind, queries_of
from .kinds import QuerySource


@dataclass(frozen=True)
class Dated:
    date: str
    iri: str
    what: str  # the date's property: date_document, first_date_entry_in_force, pkg:date…
    document: str | None  # the document it was read in


TIMELINE = (
    PROLOGUE
    + """SELECT DISTINCT ?date ?s ?p ?doc WHERE {
  VALUES ?p { eli:date_document pkg:date }
  GRAPH ?doc { ?s ?p ?date }
} ORDER BY ?date ?s"""
)


TIMELINE_LATEST = TIMELINE.replace("ORDER BY ?date ?s", "ORDER BY DESC(?date) DESC(?s)")


def timeline(source: QuerySource, *, latest: int | None = None) -> list[Dated]:
    """Every dated document and event, in date order (competency question 8); with
    `latest`, the latest so many dated statements only (a page's fixed share)."""
    query = bind(TIMELINE) if latest is None else bind(TIMELINE_LATEST, limit=int(latest))
    rows = queries_of(source).select(query)
    if latest is not None:
        rows.reverse()
    seen, out = set(), []
    for row in rows:
        key = (row["date"].value, row["s"].value)
        if key in seen:
            continue
        seen.add(key)
        out.append(Dated(row["date"].value, row["s"].value, row["p"].value, row["doc"].value))
    return out
