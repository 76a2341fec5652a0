"""Lists for people: one page of the nodes of a kind, filtered (party, kind of
document, year, in force on a day, script of the source), in date order, with the total."""

from __future__ import annotations

from dataclasses import dataclass

import pyoxigraph as ox

from policykg.vocab import XSD

from .bound import PROLOGUE, bind, queries_of
from .kinds import KINDS, NOT_ONTOLOGY, QuerySource, most_specific_types


@dataclass(frozen=True)
class Item:
    iri: str
    kind: str  # class IRI (the most specific one known)
    date: str | None = None


@dataclass(frozen=True)
class Page:
    items: list[Item]
    total: int
    page: int
    size: int


# The parts of a listing query, chosen by which filters are set; the filters' values
# are bound, never written into the text.
_LIST_DATE = "OPTIONAL { ?s eli:date_document ?d1 } OPTIONAL { ?s pkg:date ?d2 } BIND(COALESCE(?d1, ?d2) AS ?date)"
_LIST_FILTERS = {
    "party": "VALUES ?party {} ?s pkg:party ?party .",
    "document_kind": "VALUES ?kind {} ?s a ?kind .",
    "year": "VALUES ?year {} FILTER(BOUND(?date) && SUBSTR(STR(?date), 1, 4) = ?year)",
    "language": "VALUES ?language {} ?s dct:language ?language .",
    "in_force_on": "VALUES ?day {} OPTIONAL { ?s eli:first_date_entry_in_force ?from } "
    "OPTIONAL { ?s eli:date_no_longer_in_force ?until } "
    "FILTER(BOUND(?from) && ?from <= ?day && (!BOUND(?until) || ?until >= ?day))",
}


def listing(
    source: QuerySource,
    kind: str,
    *,
    party: str | None = None,
    document_kind: str | None = None,
    year: int | None = None,
    in_force_on: str | None = None,
    language: str | None = None,
    newest_first: bool = False,
    page: int = 1,
    size: int = 20,
) -> Page:
    """One page of the nodes of a kind (see KINDS), by date (oldest first unless
    `newest_first`; undated last) then IRI, with filters. `language`: the language tag of
    a document's source (zh-Hant, zh-Hans), for documents."""
    queries = queries_of(source)
    values: dict[str, ox.NamedNode | ox.Literal] = {"cls": ox.NamedNode(KINDS[kind])}
    if party:
        values["party"] = ox.NamedNode(party)
    if document_kind:
        values["kind"] = ox.NamedNode(document_kind)
    if year is not None:
        values["year"] = ox.Literal(f"{int(year):04d}")
    if in_force_on:
        values["day"] = ox.Literal(in_force_on, datatype=ox.NamedNode(XSD + "date"))
    if language:
        values["language"] = ox.Literal(language)
    chosen = {"party": party, "document_kind": document_kind,
              "in_force_on": in_force_on, "language": language}  # fmt: skip
    filters = " ".join(
        _LIST_FILTERS[name] for name, v in chosen.items() if v is not None and v != ""
    )
    # The nodes first, then their dates: with the dates' OPTIONALs beside the class
    # pattern the engine joined every dated node of the store (8.7 s for organisations)
    nodes = f"{{ SELECT DISTINCT ?s WHERE {{ VALUES ?cls {{}} ?s a ?cls . {filters} {NOT_ONTOLOGY} }} }}"
    dated = f"{nodes} {_LIST_DATE} {_LIST_FILTERS['year'] if year is not None else ''}"
    count = PROLOGUE + (
        f"SELECT (COUNT(DISTINCT ?s) AS ?n) WHERE {{ {dated} }}"
        if year is not None
        else f"SELECT (COUNT(*) AS ?n) WHERE {{ {nodes} }}"
    )
    (row,) = queries.select(bind(count, **values))
    total = int(row["n"].value)
    query = PROLOGUE + (
        f"SELECT ?s (SAMPLE(?date) AS ?when) WHERE {{ {dated} }} GROUP BY ?s "
        + (
            "ORDER BY (!BOUND(?when)) DESC(?when) ?s"
            if newest_first
            else "ORDER BY (!BOUND(?when)) ?when ?s"
        )
    )
    bound = bind(query, limit=int(size), offset=(int(page) - 1) * int(size), **values)
    rows = [
        (r["s"].value, r["when"].value if r["when"] is not None else None)
        for r in queries.select(bound)
    ]
    kinds = most_specific_types(queries, [iri for iri, _ in rows])
    return Page(
        [Item(iri, kinds.get(iri, KINDS[kind]), date) for iri, date in rows], total, page, size
    )
