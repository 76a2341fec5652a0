"""Read the graph for people: labels in either script, what an entity is and what it
links to, lists with filters, script-blind search, the timeline.

Every function takes the store and returns plain dataclasses; the web pages and the
JSON-LD resources render them. Labels are fetched in one batch per page (`labels`),
so a page costs a handful of queries whatever it shows.
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass, field

import pyoxigraph as ox
from policykg.ingest.script import to_simplified, to_traditional

from policykg.vocab import DCT, ELI, OA, ONTOLOGY_IRI, ORG, PKG, PROV, RDF, SCHEMA, SKOS

from .store import BaseStore

Script = str  # "Hant" or "Hans"

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


def _sparql_iris(iris) -> str:
    return " ".join(f"<{i}>" for i in iris)


def labels(store: BaseStore, iris) -> dict[str, Label]:
    """The labels of many nodes in one query."""
    iris = sorted({i for i in iris if i})
    if not iris:
        return {}
    found: dict[str, dict[str, object]] = defaultdict(lambda: {"aliases": set()})
    query = (
        f"SELECT DISTINCT ?s ?p ?l WHERE {{ VALUES ?s {{ {_sparql_iris(iris)} }} "
        f"VALUES ?p {{ {_sparql_iris((*_LABELS, SKOS + 'altLabel'))} }} ?s ?p ?l }}"
    )
    for row in store.query(query):
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


# Incoming links worth showing on a page (not every annotation that names the node).
_INCOMING = (PKG + "party", ELI + "cites", ELI + "is_part_of", ELI + "based_on", ELI + "is_annex_of", PKG + "operatedBy",
             PKG + "locatedIn", PKG + "managedBy", PKG + "about", PKG + "signatory",
             SCHEMA + "affiliation", ELI + "passed_by")  # fmt: skip


def entity(store: BaseStore, iri: str) -> Entity | None:
    """What the store says about one node, or None if it says nothing."""
    found = Entity(iri)
    rows = store.query(f"SELECT DISTINCT ?p ?o WHERE {{ <{iri}> ?p ?o }}")
    for row in rows:
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
    query = (
        f"SELECT DISTINCT ?s ?p WHERE {{ VALUES ?p {{ {_sparql_iris(_INCOMING)} }} ?s ?p <{iri}> }}"
    )
    found.incoming = [(r["s"].value, r["p"].value) for r in store.query(query)]
    found.sources = fact_sources(store, iri)
    return found


def fact_sources(store: BaseStore, iri: str) -> dict[tuple[str, str], Source]:
    """For each annotated fact about the node, (predicate, value) -> where it was read."""
    query = f"""
        SELECT ?p ?v ?doc ?start ?end ?exact ?prov WHERE {{
          ?a <{OA}hasBody> <{iri}> ; <{PKG}factProperty> ?p ; <{PKG}factValue> ?v ;
             <{OA}hasTarget> ?t .
          ?t <{OA}hasSource> ?doc ; <{OA}hasSelector> ?pos , ?quote .
          ?pos <{OA}start> ?start ; <{OA}end> ?end .
          ?quote <{OA}exact> ?exact .
          OPTIONAL {{ ?a <{PROV}wasDerivedFrom> ?prov }}
        }} ORDER BY ?doc ?start"""
    sources: dict[tuple[str, str], Source] = {}
    for row in store.query(query):
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


def mentions(
    store: BaseStore, iri: str, sources: dict[tuple[str, str], Source] | None = None
) -> list[Mention]:
    """The provisions that mention the node, each with the span of the first mention
    (`sources`: the node's fact sources, when the caller has them already)."""
    query = f"""
        SELECT ?prov ?doc (SAMPLE(?num) AS ?number) (MIN(?start) AS ?s) WHERE {{
          <{iri}> <{PKG}mentionedIn> ?prov .
          GRAPH ?doc {{ ?prov a <{ELI}LegalResourceSubdivision> }}
          OPTIONAL {{ ?prov <{ELI}number> ?num }}
          OPTIONAL {{ ?a <{OA}hasBody> <{iri}> ; <{PROV}wasDerivedFrom> ?prov ;
                        <{OA}hasTarget>/<{OA}hasSelector>/<{OA}start> ?start }}
        }} GROUP BY ?prov ?doc ORDER BY ?doc ?s"""
    if sources is None:
        sources = fact_sources(store, iri)
    spans = {(s.document, s.start): s for s in sources.values()}
    found = []
    for row in store.query(query):
        doc, start = row["doc"].value, row["s"]
        source = spans.get((doc, int(start.value))) if start is not None else None
        number = row["number"].value if row["number"] is not None else None
        found.append(Mention(doc, row["prov"].value, number, source))
    return found


def documents_naming(store: BaseStore, iri: str) -> list[tuple[str, str | None, str]]:
    """(document, its date, how it names the node: party / signatory / mention…), by date."""
    query = f"""
        SELECT DISTINCT ?doc ?date ?how WHERE {{
          {{ ?doc <{PKG}party> <{iri}> BIND("party" AS ?how) }}
          UNION {{ ?doc <{ELI}passed_by> <{iri}> BIND("issuer" AS ?how) }}
          UNION {{ <{iri}> <{PKG}mentionedIn> ?prov . GRAPH ?doc {{ ?prov a <{ELI}LegalResourceSubdivision> }}
                   BIND("mention" AS ?how) }}
          OPTIONAL {{ ?doc <{ELI}date_document> ?date }}
        }} ORDER BY ?date ?doc"""
    seen: dict[str, tuple[str, str | None, str]] = {}
    for row in store.query(query):
        doc, how = row["doc"].value, row["how"].value
        date = row["date"].value if row["date"] is not None else None
        if doc not in seen or (seen[doc][2] == "mention" and how != "mention"):
            seen[doc] = (doc, date, how)
    return sorted(seen.values(), key=lambda d: (d[1] or "9999", d[0]))


# -- lists -------------------------------------------------------------------------------------


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


def listing(
    store: BaseStore,
    kind: str,
    *,
    party: str | None = None,
    document_kind: str | None = None,
    year: int | None = None,
    in_force_on: str | None = None,
    page: int = 1,
    size: int = 20,
) -> Page:
    """One page of the nodes of a kind (see KINDS), by date then IRI, with filters."""
    cls = KINDS[kind]
    filters = []
    if party:
        filters.append(f"?s <{PKG}party> <{party}> .")
    if document_kind:
        filters.append(f"?s a <{document_kind}> .")
    if year is not None:
        filters.append(f'FILTER(BOUND(?date) && SUBSTR(STR(?date), 1, 4) = "{year:04d}")')
    if in_force_on:
        day = f'"{in_force_on}"^^<http://www.w3.org/2001/XMLSchema#date>'
        filters.append(
            f"OPTIONAL {{ ?s <{ELI}first_date_entry_in_force> ?from }} "
            f"OPTIONAL {{ ?s <{ELI}date_no_longer_in_force> ?until }} "
            f"FILTER(BOUND(?from) && ?from <= {day} && (!BOUND(?until) || ?until >= {day}))"
        )
    date_of = f"OPTIONAL {{ ?s <{ELI}date_document> ?d1 }} OPTIONAL {{ ?s <{PKG}date> ?d2 }} BIND(COALESCE(?d1, ?d2) AS ?date)"
    body = f"?s a <{cls}> . {date_of} {' '.join(filters)} FILTER NOT EXISTS {{ GRAPH <{ONTOLOGY_IRI}> {{ ?s ?x ?y }} }}"
    count = f"SELECT (COUNT(DISTINCT ?s) AS ?n) WHERE {{ {body} }}"
    (row,) = list(store.query(count))
    total = int(row["n"].value)
    query = (
        f"SELECT ?s (SAMPLE(?date) AS ?when) WHERE {{ {body} }} GROUP BY ?s "
        f"ORDER BY (!BOUND(?when)) ?when ?s LIMIT {size} OFFSET {(page - 1) * size}"
    )
    rows = [
        (r["s"].value, r["when"].value if r["when"] is not None else None)
        for r in store.query(query)
    ]
    kinds = most_specific_types(store, [iri for iri, _ in rows])
    return Page([Item(iri, kinds.get(iri, cls), date) for iri, date in rows], total, page, size)


def most_specific_types(store: BaseStore, iris) -> dict[str, str]:
    order = (*WORK_CLASSES, ORG + "Organization", PKG + "Platform", PKG + "Fund", PKG + "Event",
             SCHEMA + "Person", SCHEMA + "MonetaryAmount", ELI + "LegalResourceSubdivision")  # fmt: skip
    iris = sorted(set(iris))
    if not iris:
        return {}
    found: dict[str, str] = {}
    for row in store.query(
        f"SELECT DISTINCT ?s ?c WHERE {{ VALUES ?s {{ {_sparql_iris(iris)} }} ?s a ?c }}"
    ):
        iri, cls = row["s"].value, row["c"].value
        if cls in order and (iri not in found or order.index(cls) < order.index(found[iri])):
            found[iri] = cls
    return found


# -- search ------------------------------------------------------------------------------------


def search(store: BaseStore, text: str, *, limit: int = 50) -> dict[str, list[str]]:
    """Nodes whose names or aliases contain the text in either script, grouped by kind
    (class IRI), best matches (exact names, then shorter names) first."""
    text = text.strip().strip("《》「」“”\"'")
    if not text:
        return {}
    needles = sorted({text.lower(), to_simplified(text).lower(), to_traditional(text).lower()})
    condition = " || ".join(f"CONTAINS(LCASE(STR(?l)), {ox.Literal(n)})" for n in needles)
    exact = " || ".join(f"LCASE(STR(?l)) = {ox.Literal(n)}" for n in needles)
    query = f"""
        SELECT ?s (MAX(IF({exact}, 1, 0)) AS ?exact) (MIN(STRLEN(STR(?l))) AS ?len) WHERE {{
          VALUES ?p {{ <{SKOS}prefLabel> <{SKOS}altLabel> <{DCT}title> <{SCHEMA}name> }}
          ?s ?p ?l . FILTER({condition})
          FILTER NOT EXISTS {{ GRAPH <{ONTOLOGY_IRI}> {{ ?s ?x ?y }} }}
        }} GROUP BY ?s ORDER BY DESC(?exact) ?len ?s LIMIT {limit}"""
    hits = [r["s"].value for r in store.query(query)]
    kinds = most_specific_types(store, hits)
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


def timeline(store: BaseStore) -> list[Dated]:
    """Every dated document and event, in date order (competency question 8)."""
    query = f"""
        SELECT DISTINCT ?date ?s ?p ?doc WHERE {{
          VALUES ?p {{ <{ELI}date_document> <{PKG}date> }}
          GRAPH ?doc {{ ?s ?p ?date }}
        }} ORDER BY ?date ?s"""
    seen, out = set(), []
    for row in store.query(query):
        key = (row["date"].value, row["s"].value)
        if key in seen:
            continue
        seen.add(key)
        out.append(Dated(row["date"].value, row["s"].value, row["p"].value, row["doc"].value))
    return out


def counts(store: BaseStore) -> dict[str, int]:
    """Instances per list kind (see KINDS)."""
    values = " ".join(f"(<{cls}> {ox.Literal(name)})" for name, cls in KINDS.items())
    query = f"""
        SELECT ?name (COUNT(DISTINCT ?s) AS ?n) WHERE {{
          VALUES (?c ?name) {{ {values} }} ?s a ?c
          FILTER NOT EXISTS {{ GRAPH <{ONTOLOGY_IRI}> {{ ?s ?x ?y }} }}
        }} GROUP BY ?name"""
    found = {r["name"].value: int(r["n"].value) for r in store.query(query)}
    return {name: found.get(name, 0) for name in KINDS}


def description(store: BaseStore, iri: str) -> list[ox.Triple]:
    """What a linked-data client gets for a node: every statement about it, and the
    preferred labels of the nodes it points to (so the client can name them)."""
    query = f"""
        CONSTRUCT {{ <{iri}> ?p ?o . ?o <{SKOS}prefLabel> ?l }} WHERE {{
          {{ <{iri}> ?p ?o }} UNION {{ <{iri}> ?p ?o . ?o <{SKOS}prefLabel> ?l }}
        }}"""
    return sorted(set(store.query(query)), key=str)


def source_text(store: BaseStore, iri: str) -> tuple[str, bool] | None:
    """The decoded source a document was read from, and whether it is the document's own
    (an annex is read from its main document's file)."""
    query = f"""
        SELECT ?text ?own WHERE {{
          {{ <{iri}> <{PKG}sourceText> ?text BIND(true AS ?own) }}
          UNION {{ <{iri}> <{ELI}is_annex_of> ?main . ?main <{PKG}sourceText> ?text BIND(false AS ?own) }}
        }} ORDER BY DESC(?own) LIMIT 1"""
    rows = list(store.query(query))
    return (rows[0]["text"].value, rows[0]["own"].value == "true") if rows else None


def amounts(store: BaseStore, iris) -> dict[str, tuple[str | None, str | None]]:
    """(value, currency) of many schema:MonetaryAmount nodes, in one query."""
    iris = sorted(set(iris))
    if not iris:
        return {}
    query = f"""
        SELECT ?a (SAMPLE(?v) AS ?value) (SAMPLE(?c) AS ?currency) WHERE {{
          VALUES ?a {{ {_sparql_iris(iris)} }}
          OPTIONAL {{ ?a <{SCHEMA}value> ?v }} OPTIONAL {{ ?a <{SCHEMA}currency> ?c }}
        }} GROUP BY ?a"""
    return {
        r["a"].value: (
            r["value"].value if r["value"] else None,
            r["currency"].value if r["currency"] else None,
        )
        for r in store.query(query)
    }
