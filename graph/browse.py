"""Read the graph for people: labels in either script, what an entity is and what it
links to, lists with filters, script-blind search, the timeline.

Every function takes the queries to run (graph/bound.py: in the web app they go through
the endpoint's worker pool and limits; a store may be passed instead) and returns plain
dataclasses; the web pages and the JSON-LD resources render them. Every query is a
constant template with its values bound as terms, never text from a request. Labels
are fetched in one batch per page (`labels`), so a page costs a handful of queries
whatever it shows.
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass, field
from typing import Literal

import pyoxigraph as ox
from policykg.ingest.script import to_simplified, to_traditional

from policykg.vocab import DCT, ELI, ONTOLOGY_IRI, ORG, PKG, RDF, SCHEMA, SKOS, XSD

from .bound import PROLOGUE, Queries, bind, iris, queries_of
from .store_base import BaseStore

QuerySource = Queries | BaseStore  # what every function here takes
# Nodes of the ontology's own graph (its classes, its terms) are not listed or found.
# MINUS reads that small graph once; FILTER NOT EXISTS probed it once per row (COUNTS took
# 3.2 s on the scale corpus with it, 44 ms with MINUS). ?x and ?y are used nowhere else.
_NOT_ONTOLOGY = f"MINUS {{ GRAPH <{ONTOLOGY_IRI}> {{ ?s ?x ?y }} }}"

Script = str  # "Hant" or "Hans"

ListName = Literal[
    "agreements", "documents", "organisations", "platforms", "funds", "events", "people"
]
KINDS = {  # list name -> class IRI
    "agreements": PKG + "Agreement",
    "documents": ELI + "Work",
    "organisations": ORG + "Organization",
    "platforms": PKG + "Platform",
    "funds": PKG + "Fund",
    "events": PKG + "Event",
    "people": SCHEMA + "Person",
}
WORK_CLASSES = (PKG + "Agreement", PKG + "Plan", PKG + "Paper", PKG + "Legislation", ELI + "Work")
_LABELS = (SKOS + "prefLabel", DCT + "title", SCHEMA + "name", ELI + "number")


@dataclass(frozen=True)
class Label:
    """A node's names: one per script where known, an English one, aliases."""

    hant: str | None = None
    hans: str | None = None
    en: str | None = None
    plain: str | None = None
    aliases: tuple[str, ...] = ()

    def get(self, script: Script) -> str:
        first = (self.hant, self.hans) if script == "Hant" else (self.hans, self.hant)
        return next((x for x in (*first, self.plain, self.en) if x), "")

    def other(self, script: Script) -> str | None:
        """The name in the other script, when it differs."""
        mine, theirs = self.get(script), self.hans if script == "Hant" else self.hant
        return theirs if theirs and theirs != mine else None


def _natural(text: str) -> list:
    """prov/2 before prov/10."""
    return [
        (0, int(part), "") if part.isdigit() else (1, 0, part) for part in re.split(r"(\d+)", text)
    ]


# One pattern per label property: VALUES for both the nodes and the properties was
# planned as a scan of the whole store.
LABELS = (
    PROLOGUE
    + """SELECT DISTINCT ?s ?p ?l WHERE { VALUES ?s {}
  { ?s skos:prefLabel ?l BIND(skos:prefLabel AS ?p) } UNION { ?s dct:title ?l BIND(dct:title AS ?p) }
  UNION { ?s schema:name ?l BIND(schema:name AS ?p) } UNION { ?s eli:number ?l BIND(eli:number AS ?p) }
  UNION { ?s skos:altLabel ?l BIND(skos:altLabel AS ?p) } }"""
)


def labels(source: QuerySource, nodes) -> dict[str, Label]:
    """The labels of many nodes in one query."""
    wanted = sorted({i for i in nodes if i})
    if not wanted:
        return {}
    found: dict[str, dict[str, object]] = defaultdict(lambda: {"aliases": set()})
    for row in queries_of(source).select(bind(LABELS, s=iris(wanted))):
        iri, predicate, literal = row["s"].value, row["p"].value, row["l"]
        entry = found[iri]
        if predicate == SKOS + "altLabel":
            entry["aliases"].add(literal.value)  # type: ignore[union-attr]
            continue
        language = (literal.language or "").lower()
        slot = {"zh-hant": "hant", "zh-hans": "hans", "en": "en"}.get(language, "plain")
        # skos:prefLabel wins over dct:title, and any label over a provision's number
        rank = _LABELS.index(predicate)
        if slot not in entry or rank < entry.get(f"{slot}_rank", 99):  # type: ignore[operator]
            entry[slot], entry[f"{slot}_rank"] = literal.value, rank
    return {
        iri: Label(
            hant=e.get("hant"),
            hans=e.get("hans"),
            en=e.get("en"),
            plain=e.get("plain"),  # type: ignore[arg-type]
            aliases=tuple(sorted(e["aliases"])),  # type: ignore[arg-type]
        )
        for iri, e in found.items()
    }


# -- one entity ----------------------------------------------------------------------------


@dataclass(frozen=True)
class Link:
    predicate: str
    target: str  # IRI, or the literal's lexical form
    is_iri: bool
    datatype: str | None = None
    language: str | None = None


@dataclass(frozen=True)
class Source:
    """Where a fact or a mention was read: a span of a document's source text."""

    document: str
    start: int
    end: int
    quote: str
    provision: str | None = None


@dataclass
class Entity:
    iri: str
    types: set[str] = field(default_factory=set)
    out: list[Link] = field(default_factory=list)
    incoming: list[tuple[str, str]] = field(default_factory=list)  # (subject, predicate)
    sources: dict[tuple[str, str], Source] = field(default_factory=dict)  # (predicate, value)

    def values(self, predicate: str) -> list[Link]:
        return [link for link in self.out if link.predicate == predicate]

    def first(self, predicate: str) -> str | None:
        found = self.values(predicate)
        return found[0].target if found else None

    def linked_from(self, predicate: str) -> list[str]:
        return sorted({s for s, p in self.incoming if p == predicate}, key=_natural)

    def in_force_on(self, day: str) -> bool | None:
        """Whether the document is in force on `day` (ISO date); None when it states
        neither an entry into force nor an end of validity."""
        since = self.first(ELI + "first_date_entry_in_force")
        until = self.first(ELI + "date_no_longer_in_force")
        if since is None and until is None:
            return None
        return (since is None or since <= day) and (until is None or day <= until)

    @property
    def is_work(self) -> bool:
        return bool(self.types & set(WORK_CLASSES))


# Incoming links worth showing on a page (not every annotation that names the node) are
# the VALUES ?p of ENTITY_IN.


ENTITY_OUT = "SELECT DISTINCT ?p ?o WHERE { VALUES ?s {} ?s ?p ?o }"
ENTITY_IN = (
    PROLOGUE
    + """SELECT DISTINCT ?s ?p WHERE { VALUES ?o {} ?s ?p ?o
  FILTER(?p IN (pkg:party, eli:cites, eli:is_part_of, eli:based_on, eli:is_annex_of,
                pkg:operatedBy, pkg:locatedIn, pkg:managedBy, pkg:about, pkg:signatory,
                schema:affiliation, eli:passed_by)) }"""
)


def entity(source: QuerySource, iri: str) -> Entity | None:
    """What the store says about one node, or None if it says nothing."""
    queries = queries_of(source)
    node = ox.NamedNode(iri)
    found = Entity(iri)
    for row in queries.select(bind(ENTITY_OUT, s=node)):
        predicate, obj = row["p"].value, row["o"]
        if predicate == RDF + "type":
            found.types.add(obj.value)
            continue
        found.out.append(
            Link(
                predicate,
                obj.value,
                isinstance(obj, ox.NamedNode),
                datatype=obj.datatype.value if isinstance(obj, ox.Literal) else None,
                language=(obj.language or None) if isinstance(obj, ox.Literal) else None,
            )
        )
    if not found.out and not found.types:
        return None
    found.incoming = [(r["s"].value, r["p"].value) for r in queries.select(bind(ENTITY_IN, o=node))]
    found.sources = fact_sources(queries, iri)
    return found


FACT_SOURCES = (
    PROLOGUE
    + """SELECT ?p ?v ?doc ?start ?end ?exact ?prov WHERE { VALUES ?node {}
  ?a oa:hasBody ?node ; pkg:factProperty ?p ; pkg:factValue ?v ; oa:hasTarget ?t .
  ?t oa:hasSource ?doc ; oa:hasSelector ?pos , ?quote .
  ?pos oa:start ?start ; oa:end ?end .
  ?quote oa:exact ?exact .
  OPTIONAL { ?a prov:wasDerivedFrom ?prov }
} ORDER BY ?doc ?start"""
)


def fact_sources(source: QuerySource, iri: str) -> dict[tuple[str, str], Source]:
    """For each annotated fact about the node, (predicate, value) -> where it was read."""
    sources: dict[tuple[str, str], Source] = {}
    for row in queries_of(source).select(bind(FACT_SOURCES, node=ox.NamedNode(iri))):
        key = (row["p"].value, row["v"].value)
        if key not in sources:
            prov = row["prov"]
            sources[key] = Source(row["doc"].value, int(row["start"].value), int(row["end"].value),
                                  row["exact"].value, prov.value if prov else None)  # fmt: skip
    return sources


@dataclass(frozen=True)
class Mention:
    document: str
    provision: str
    number: str | None
    source: Source | None


# The patterns below are asked one by one, never beside an OPTIONAL or in a UNION with
# the node bound outside it: Oxigraph 0.5 then evaluated them over the whole store
# (15 s for MENTIONS with its annotation OPTIONAL, 4 s for the UNION of DOCUMENTS_NAMING
# on the scale corpus; each piece alone takes about 1 ms).
MENTIONS = (
    PROLOGUE
    + """SELECT ?prov ?doc (SAMPLE(?num) AS ?number) WHERE { VALUES ?node {}
  ?node pkg:mentionedIn ?prov .
  GRAPH ?doc { ?prov a eli:LegalResourceSubdivision }
  OPTIONAL { ?prov eli:number ?num }
} GROUP BY ?prov ?doc"""
)


def mentions(
    source: QuerySource, iri: str, sources: dict[tuple[str, str], Source] | None = None
) -> list[Mention]:
    """The provisions that mention the node, each with the span of the first mention
    read from it (`sources`: the node's fact sources, when the caller has them already)."""
    queries = queries_of(source)
    if sources is None:
        sources = fact_sources(queries, iri)
    first: dict[str, Source] = {}  # provision -> the earliest span read from it
    for span in sources.values():
        known = first.get(span.provision or "")
        if span.provision and (known is None or span.start < known.start):
            first[span.provision] = span
    found = []
    for row in queries.select(bind(MENTIONS, node=ox.NamedNode(iri))):
        prov = row["prov"].value
        number = row["number"].value if row["number"] is not None else None
        found.append(Mention(row["doc"].value, prov, number, first.get(prov)))
    far = 1 << 62
    return sorted(found, key=lambda m: (m.document, m.source.start if m.source else far))


NAMED_BY = (
    PROLOGUE
    + """SELECT DISTINCT ?doc ?p WHERE { VALUES ?node {}
  VALUES ?p { pkg:party eli:passed_by } ?doc ?p ?node }"""
)
MENTIONING = (
    PROLOGUE
    + """SELECT DISTINCT ?doc WHERE { VALUES ?node {}
  ?node pkg:mentionedIn ?prov . GRAPH ?doc { ?prov a eli:LegalResourceSubdivision } }"""
)
DATES = PROLOGUE + "SELECT ?doc ?date WHERE { VALUES ?doc {} ?doc eli:date_document ?date }"


def documents_naming(source: QuerySource, iri: str) -> list[tuple[str, str | None, str]]:
    """(document, its date, how it names the node: party / issuer / mention), by date."""
    queries, node = queries_of(source), ox.NamedNode(iri)
    how = {PKG + "party": "party", ELI + "passed_by": "issuer"}
    seen: dict[str, str] = {}
    for row in queries.select(bind(NAMED_BY, node=node)):
        seen.setdefault(row["doc"].value, how[row["p"].value])
    for row in queries.select(bind(MENTIONING, node=node)):
        seen.setdefault(row["doc"].value, "mention")
    dates: dict[str, str] = {}
    if seen:
        for row in queries.select(bind(DATES, doc=iris(sorted(seen)))):
            doc, date = row["doc"].value, row["date"].value
            dates[doc] = min(date, dates.get(doc, date))
    named = [(doc, dates.get(doc), way) for doc, way in seen.items()]
    return sorted(named, key=lambda d: (d[1] or "9999", d[0]))


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
    nodes = f"{{ SELECT DISTINCT ?s WHERE {{ VALUES ?cls {{}} ?s a ?cls . {filters} {_NOT_ONTOLOGY} }} }}"
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


TYPES = "SELECT DISTINCT ?s ?c WHERE { VALUES ?s {} ?s a ?c }"


def most_specific_types(source: QuerySource, nodes) -> dict[str, str]:
    order = (*WORK_CLASSES, ORG + "Organization", PKG + "Platform", PKG + "Fund", PKG + "Event",
             SCHEMA + "Person", SCHEMA + "MonetaryAmount", ELI + "LegalResourceSubdivision")  # fmt: skip
    wanted = sorted(set(nodes))
    if not wanted:
        return {}
    found: dict[str, str] = {}
    for row in queries_of(source).select(bind(TYPES, s=iris(wanted))):
        iri, cls = row["s"].value, row["c"].value
        if cls in order and (iri not in found or order.index(cls) < order.index(found[iri])):
            found[iri] = cls
    return found


# -- search ------------------------------------------------------------------------------------


SEARCH = (
    PROLOGUE
    + """SELECT ?s (MAX(IF(LCASE(STR(?l)) = ?needle, 1, 0)) AS ?exact)
       (MIN(STRLEN(STR(?l))) AS ?len) WHERE {
  VALUES ?needle {}
  VALUES ?p { skos:prefLabel skos:altLabel dct:title schema:name }
  ?s ?p ?l . FILTER(CONTAINS(LCASE(STR(?l)), ?needle))
  """
    + _NOT_ONTOLOGY
    + """
} GROUP BY ?s ORDER BY DESC(?exact) ?len ?s"""
)


def search(source: QuerySource, text: str, *, limit: int = 50) -> dict[str, list[str]]:
    """Nodes whose names or aliases contain the text in either script, grouped by kind
    (class IRI), best matches (exact names, then shorter names) first."""
    text = text.strip().strip("《》「」“”\"'")
    if not text:
        return {}
    queries = queries_of(source)
    needles = sorted({text.lower(), to_simplified(text).lower(), to_traditional(text).lower()})
    found = queries.select(bind(SEARCH, limit=limit, needle=[ox.Literal(n) for n in needles]))
    hits = [r["s"].value for r in found]
    kinds = most_specific_types(queries, hits)
    grouped: dict[str, list[str]] = defaultdict(list)
    for iri in hits:
        if iri in kinds:
            grouped[kinds[iri]].append(iri)
    return dict(grouped)


# -- timeline and counts ---------------------------------------------------------------------


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


COUNTS = (
    PROLOGUE
    + "SELECT ?c (COUNT(DISTINCT ?s) AS ?n) WHERE { VALUES ?c {} ?s a ?c "
    + _NOT_ONTOLOGY
    + " } GROUP BY ?c"
)


def counts(source: QuerySource) -> dict[str, int]:
    """Instances per list kind (see KINDS)."""
    classes = [ox.NamedNode(cls) for cls in KINDS.values()]
    found = {
        r["c"].value: int(r["n"].value) for r in queries_of(source).select(bind(COUNTS, c=classes))
    }
    return {name: found.get(cls, 0) for name, cls in KINDS.items()}


# Two queries, not one UNION of them: with ?node bound outside the UNION, Oxigraph 0.5
# read every labelled node of the store (3.3 s on the scale corpus).
DESCRIPTION = "CONSTRUCT { ?node ?p ?o } WHERE { VALUES ?node {} ?node ?p ?o }"
LINKED_LABELS = (
    PROLOGUE
    + """CONSTRUCT { ?o skos:prefLabel ?l } WHERE { VALUES ?node {}
  ?node ?p ?o . ?o skos:prefLabel ?l }"""
)


def description(source: QuerySource, iri: str) -> list[ox.Triple]:
    """What a linked-data client gets for a node: every statement about it, and the
    preferred labels of the nodes it points to (so the client can name them)."""
    queries, node = queries_of(source), ox.NamedNode(iri)
    found = queries.construct(bind(DESCRIPTION, node=node))
    found += queries.construct(bind(LINKED_LABELS, node=node))
    return sorted(set(found), key=str)


SOURCE_TEXT = (
    PROLOGUE
    + """SELECT ?text ?own WHERE { VALUES ?node {}
  { ?node pkg:sourceText ?text BIND(true AS ?own) }
  UNION { ?node eli:is_annex_of ?main . ?main pkg:sourceText ?text BIND(false AS ?own) }
} ORDER BY DESC(?own) LIMIT 1"""
)


def source_text(source: QuerySource, iri: str) -> tuple[str, bool] | None:
    """The decoded source a document was read from, and whether it is the document's own
    (an annex is read from its main document's file)."""
    rows = queries_of(source).select(bind(SOURCE_TEXT, node=ox.NamedNode(iri)))
    # Virtuoso answers the bound boolean as 1
    return (rows[0]["text"].value, rows[0]["own"].value in ("true", "1")) if rows else None


AMOUNTS = (
    PROLOGUE
    + """SELECT ?a (SAMPLE(?v) AS ?value) (SAMPLE(?c) AS ?currency) (SAMPLE(?t) AS ?hant)
  (SAMPLE(?s) AS ?hans) WHERE {
  VALUES ?a {} OPTIONAL { ?a schema:value ?v } OPTIONAL { ?a schema:currency ?c }
  OPTIONAL { ?a pkg:purpose ?t FILTER(langMatches(lang(?t), "zh-Hant")) }
  OPTIONAL { ?a pkg:purpose ?s FILTER(langMatches(lang(?s), "zh-Hans")) }
} GROUP BY ?a"""
)


@dataclass(frozen=True)
class Money:
    """A schema:MonetaryAmount as a page shows it: value, currency, and the clause it
    measures (pkg:purpose) in each script."""

    value: str | None
    currency: str | None
    purpose: dict[str, str]  # zh-Hant / zh-Hans → the clause


def amounts(source: QuerySource, nodes) -> dict[str, Money]:
    """Value, currency and purpose of many schema:MonetaryAmount nodes, in one query."""
    wanted = sorted(set(nodes))
    if not wanted:
        return {}
    rows = queries_of(source).select(bind(AMOUNTS, a=iris(wanted)))
    return {
        r["a"].value: Money(
            r["value"].value if r["value"] else None,
            r["currency"].value if r["currency"] else None,
            {
                tag: r[key].value
                for key, tag in (("hant", "zh-Hant"), ("hans", "zh-Hans"))
                if r[key]
            },
        )
        for r in rows
    }
