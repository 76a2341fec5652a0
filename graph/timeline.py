"""The dated documents and events in date order (competency question 8), or the latest
few of them for the home page."""

from __future__ import annotations

from dataclasses import dataclass

import pyoxigraph as ox

from .bound import PROLOGUE, bind, queries_of
from .kinds import QuerySource


@dataclass(frozen=True)
class Dated:
    date: str
    iri: str
    what: str  # the date's property: date_document, first_date_entry_in_force, pkg:date…
    document: str | None  # the document it was read in (an annex's, not its file's graph)


TIMELINE = (
    PROLOGUE
    + """SELECT DISTINCT ?date ?s ?p ?doc WHERE {
  VALUES ?p { eli:date_document pkg:date }
  GRAPH ?doc { ?s ?p ?date }
} ORDER BY ?date ?s"""
)


TIMELINE_LATEST = TIMELINE.replace("ORDER BY ?date ?s", "ORDER BY DESC(?date) DESC(?s)")
# Which of the dated works are documents of the graph's file (an annex shares its main
# document's graph), not works the file cites with their dates.
READ_FROM_A_FILE = (
    PROLOGUE + "SELECT ?s ?g WHERE { VALUES ?s {} GRAPH ?g { ?s pkg:sourceFile ?file } }"
)
EVENT = "/event/"  # an event's IRI is minted under its document's (graph/entities.py)


def timeline(source: QuerySource, *, latest: int | None = None) -> list[Dated]:
    """Every dated document and event, in date order (competency question 8); with
    `latest`, the latest so many dated statements only (a page's fixed share)."""
    query = bind(TIMELINE) if latest is None else bind(TIMELINE_LATEST, limit=int(latest))
    rows = queries_of(source).select(query)
    if latest is not None:
        rows.reverse()
    own = _documents_dated_in_their_graph(source, rows)
    seen, out = set(), []
    for row in rows:
        key = (row["date"].value, row["s"].value)
        if key in seen:
            continue
        seen.add(key)
        dated, graph = row["s"].value, row["doc"].value
        out.append(Dated(key[0], dated, row["p"].value, _document(dated, graph, own)))
    return out


def _documents_dated_in_their_graph(source: QuerySource, rows: list) -> set[tuple[str, str]]:
    """(work, graph) for each dated work that is a document of that graph's file; only
    works other than the graph's main document are asked about (annexes, cited works)."""
    others = {
        row["s"].value for row in rows if row["s"] != row["doc"] and EVENT not in row["s"].value
    }
    if not others:
        return set()
    nodes = [ox.NamedNode(iri) for iri in sorted(others)]
    found = queries_of(source).select(bind(READ_FROM_A_FILE, s=nodes))
    return {(r["s"].value, r["g"].value) for r in found}


def _document(dated: str, graph: str, own: set[tuple[str, str]]) -> str:
    """The document a date was read in: an event's, from its IRI; a document of the file
    (the main one or an annex) itself; else (a cited work's date) the graph's."""
    if EVENT in dated:
        return dated.rpartition(EVENT)[0]
    return dated if dated == graph or (dated, graph) in own else graph
