"""The life of a document: what it repeals, amends, supersedes, extends, keeps in force or
is based on, what other documents did so to it, its dates on one timeline, and a status
that says exactly what is known ("expired on D", "not yet in force (from D)", "in force
(no end date found)", "replaced by X on D").

The links are the ones ingest writes from the text (ingest/extract/relations.py), each
with the annotation of the sentence it was read in; the inverse links come from the
other documents' graphs. Two constant queries with bound values, whatever the document.
"""

from __future__ import annotations

import calendar
from dataclasses import dataclass, field

import pyoxigraph as ox

from policykg.vocab import ELI, PKG, ROLE_DATES

from .bound import PROLOGUE, Queries, bind, iris
from .browse import Entity, Source

# The links between documents, in the order a page shows them.
RELATIONS = (
    ELI + "repeals",
    PKG + "supersedes",
    ELI + "amends",
    PKG + "extends",
    PKG + "continuesInForce",
    ELI + "based_on",
)
# A document that repeals or supersedes this one replaces it.
REPLACING = (ELI + "repeals", PKG + "supersedes")
# This document's own dates, and what each one is on the timeline.
OWN_DATES = {
    **{predicate: role for role, predicate in ROLE_DATES.items()},
    ELI + "date_document": "dated",
    ELI + "first_date_entry_in_force": "in_force",
    ELI + "version_date": "version",
    ELI + "date_no_longer_in_force": "expires",
}
# What another document's link makes of this one's life, on the timeline.
DONE_TO = {
    ELI + "repeals": "repealed",
    PKG + "supersedes": "superseded",
    ELI + "amends": "amended",
    PKG + "extends": "extended",
    PKG + "continuesInForce": "continued",
}

LINKS = (
    PROLOGUE
    + """SELECT ?p ?other ?out WHERE { VALUES ?node {}
  VALUES ?p { eli:repeals eli:amends eli:based_on pkg:supersedes pkg:extends pkg:continuesInForce }
  { ?node ?p ?other BIND(true AS ?out) } UNION { ?other ?p ?node BIND(false AS ?out) }
}"""
)
# Where each link was read, asked apart from the links: as an OPTIONAL beside them,
# Oxigraph 0.5 evaluated the annotation pattern over every annotation of the store
# (25-77 s on the scale corpus); with the bodies and values bound it takes ~15 ms.
LINK_SOURCES = (
    PROLOGUE
    + """SELECT ?body ?p ?value ?doc ?start ?end ?exact ?prov WHERE { VALUES ?body {}
  VALUES ?value {}
  ?a oa:hasBody ?body ; pkg:factProperty ?p ; pkg:factValue ?value ; oa:hasTarget ?t .
  ?t oa:hasSource ?doc ; oa:hasSelector ?pos , ?quote .
  ?pos oa:start ?start ; oa:end ?end . ?quote oa:exact ?exact
  OPTIONAL { ?a prov:wasDerivedFrom ?prov }
}"""
)
OTHERS_DATES = (
    PROLOGUE
    + """SELECT ?s ?p ?d WHERE { VALUES ?s {}
  VALUES ?p { eli:first_date_entry_in_force eli:date_document } ?s ?p ?d }"""
)


@dataclass(frozen=True)
class Relation:
    """`document` --predicate--> `other` when `outgoing`, else `other` --predicate--> it."""

    predicate: str
    other: str
    outgoing: bool
    source: Source | None  # the sentence that states it
    other_date: str | None = None  # when the other document took effect (or its date)


@dataclass(frozen=True)
class LifeEvent:
    date: str
    what: str  # a key of OWN_DATES' values or DONE_TO's values
    other: str | None = None  # the document that did it, for DONE_TO events
    source: Source | None = None


@dataclass(frozen=True)
class Status:
    """What is known of the document's force on a day: `key` is one of
    expired (on `date`), not_yet (in force from `date`), in_force_open (no end date
    found), in_force_until (`date`), unknown (no date of force found)."""

    key: str
    date: str | None = None


@dataclass
class DocumentLife:
    relations: list[Relation] = field(default_factory=list)
    events: list[LifeEvent] = field(default_factory=list)
    status: Status = field(default_factory=lambda: Status("unknown"))
    replaced_by: list[Relation] = field(default_factory=list)

    def outgoing(self) -> list[tuple[str, list[Relation]]]:
        return self._grouped(True)

    def incoming(self) -> list[tuple[str, list[Relation]]]:
        return self._grouped(False)

    def _grouped(self, outgoing: bool) -> list[tuple[str, list[Relation]]]:
        return [
            (p, found)
            for p in RELATIONS
            if (found := [r for r in self.relations if r.predicate == p and r.outgoing == outgoing])
        ]


def first_day(value: str) -> str:
    """The first day an xsd:date, gYearMonth or gYear value covers (2022 → 2022-01-01)."""
    parts = value[:10].split("-")
    year, month = parts[0], parts[1] if len(parts) > 1 else "01"
    return f"{year}-{month}-{parts[2] if len(parts) > 2 else '01'}"


def last_day(value: str) -> str:
    """The last day such a value covers (2022-06 → 2022-06-30, 2022 → 2022-12-31)."""
    parts = value[:10].split("-")
    if len(parts) > 2:
        return value[:10]
    if len(parts) == 2 and parts[0].isdigit() and parts[1].isdigit():
        days = calendar.monthrange(int(parts[0]), int(parts[1]))[1]
        return f"{parts[0]}-{parts[1]}-{days:02d}"
    return f"{parts[0]}-12-31"


def status_on(since: str | None, until: str | None, day: str) -> Status:
    """The document's force on `day` (ISO date) from its first and last day in force."""
    if until is not None and last_day(until) < day:
        return Status("expired", until)
    if since is not None and first_day(since) > day:
        return Status("not_yet", since)
    if until is not None:
        return Status("in_force_until", until)
    if since is not None:
        return Status("in_force_open")
    return Status("unknown")


def document_life(queries: Queries, document: Entity, today: str) -> DocumentLife:
    """The links, timeline and status of a document (`document`: browse.entity's answer,
    whose own dates and their sources are read from it, not queried again)."""
    node = ox.NamedNode(document.iri)
    links: list[tuple[str, str, bool]] = []
    for row in queries.select(bind(LINKS, node=node)):
        if not isinstance(row["other"], ox.NamedNode):
            continue  # a store may answer a literal where a link should be (Virtuoso did)
        key = (row["p"].value, row["other"].value, row["out"].value == "true")
        if key[1] != document.iri and key not in links:
            links.append(key)  # a document citing itself by title is no version of itself
    sources = _link_sources(queries, document.iri, links)
    found = {key: sources.get(key) for key in sorted(links)}
    dates = _took_effect(queries, {other for _, other, _ in found})
    relations = [
        Relation(p, other, out, source, dates.get(other))
        for (p, other, out), source in found.items()
    ]
    events = [
        LifeEvent(link.target, what, None, document.sources.get((predicate, link.target)))
        for predicate, what in OWN_DATES.items()
        for link in document.values(predicate)
    ]
    events += [
        LifeEvent(r.other_date, DONE_TO[r.predicate], r.other, r.source)
        for r in relations
        if not r.outgoing and r.predicate in DONE_TO and r.other_date
    ]
    events.sort(key=lambda e: (first_day(e.date), _ORDER.index(e.what), e.other or ""))
    since = document.first(ELI + "first_date_entry_in_force")
    until = document.first(ELI + "date_no_longer_in_force")
    replaced_by = [r for r in relations if not r.outgoing and r.predicate in REPLACING]
    return DocumentLife(relations, events, status_on(since, until, today), replaced_by)


_ORDER = [*OWN_DATES.values(), *DONE_TO.values()]


def _link_sources(
    queries: Queries, document: str, links: list[tuple[str, str, bool]]
) -> dict[tuple[str, str, bool], Source]:
    """For each link (predicate, other, outgoing), the earliest span it was read from."""
    if not links:
        return {}
    bodies = {document} | {other for _, other, out in links if not out}
    values = {document} | {other for _, other, out in links if out}
    best: dict[tuple[str, str, bool], Source] = {}
    rows = queries.select(bind(LINK_SOURCES, body=iris(sorted(bodies)), value=iris(sorted(values))))
    for row in rows:
        body, predicate, value = row["body"].value, row["p"].value, row["value"].value
        key = (predicate, value, True) if body == document else (predicate, body, False)
        if key not in links or (body != document and value != document):
            continue
        prov = row["prov"]
        source = Source(row["doc"].value, int(row["start"].value), int(row["end"].value),
                        row["exact"].value, prov.value if prov else None)  # fmt: skip
        if key not in best or source.start < best[key].start:
            best[key] = source
    return best


def _took_effect(queries: Queries, documents: set[str]) -> dict[str, str]:
    """When each document took effect: its entry into force, else its date."""
    if not documents:
        return {}
    best: dict[str, tuple[int, str]] = {}
    rank = {ELI + "first_date_entry_in_force": 0, ELI + "date_document": 1}
    for row in queries.select(bind(OTHERS_DATES, s=iris(sorted(documents)))):
        iri, order, value = row["s"].value, rank[row["p"].value], row["d"].value
        if iri not in best or (order, value) < best[iri]:
            best[iri] = (order, value)
    return {iri: value for iri, (_, value) in best.items()}
