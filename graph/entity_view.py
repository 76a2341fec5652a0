"""One node as its page shows it: its statements, the links to it worth showing, where
each of its facts was read, its JSON-LD description, a document's source text and the
sums of money it names."""

from __future__ import annotations

import re
from collections.abc import Collection
from dataclasses import dataclass, field

import pyoxigraph as ox

from policykg.vocab import ELI, RDF

from .bound import PROLOGUE, bind, iris, is_true, queries_of
from .kinds import WORK_CLASSES, QuerySource


def natural_key(text: str) -> list:
    """prov/2 before prov/10."""
    return [
        (0, int(part), "") if part.isdigit() else (1, 0, part) for part in re.split(r"(\d+)", text)
    ]


@dataclass(frozen=True)
class Link:
    predicate: str
    target: str  # IRI, or the literal's lexical form
    is_iri: bool
    datatype: str | None = None
    language: str | None = None


@dataclass(frozen=True)
class Source:
    """Where a fact or a mention was read: a span of a document's source text, or, when
    `quoted_from` names a property of the document (pkg:sourceFile), that property's value
    (`quote`: the file name a version date was read from; start and end are 0)."""

    document: str
    start: int
    end: int
    quote: str
    provision: str | None = None
    quoted_from: str | None = None


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
        return sorted({s for s, p in self.incoming if p == predicate}, key=natural_key)

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


# Not its mentions (graph/mentions.py reads those): 8,418 of 8,425 statements about 國務院
# on the scale corpus (298 ms with them, 15 ms without).
ENTITY_OUT = (
    PROLOGUE + "SELECT DISTINCT ?p ?o WHERE { VALUES ?s {} ?s ?p ?o FILTER(?p != pkg:mentionedIn) }"
)
ENTITY_IN = (
    PROLOGUE
    + """SELECT DISTINCT ?s ?p WHERE { VALUES ?o {} ?s ?p ?o
  FILTER(?p IN (pkg:party, eli:cites, eli:is_part_of, eli:based_on, eli:is_annex_of,
                pkg:operatedBy, pkg:locatedIn, pkg:managedBy, pkg:about, pkg:signatory,
                org:subOrganizationOf,
                schema:affiliation, eli:passed_by)) }"""
)


def entity(
    source: QuerySource,
    iri: str,
    *,
    sources_for: Collection[str] | None = None,
    with_incoming: bool = True,
) -> Entity | None:
    """What the store says about one node, or None if it says nothing. With
    `sources_for` (the predicates a page shows), the facts' sources are read only when
    the node has a statement with one of them: an organisation's page shows none, and
    reading them scanned every annotation about it (276 ms for 國務院's 8,418). Without
    `with_incoming`, the links to it are left for `links_to` (a page keeps those)."""
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
    if with_incoming:
        found.incoming = links_to(queries, iri)
    if sources_for is None or any(link.predicate in sources_for for link in found.out):
        found.sources = fact_sources(queries, iri)
    return found


def links_to(source: QuerySource, iri: str) -> list[tuple[str, str]]:
    """(subject, predicate) of the links to the node worth showing (ENTITY_IN): as many
    as the documents that name it as a party or an issuer (966 for 國務院)."""
    rows = queries_of(source).select(bind(ENTITY_IN, o=ox.NamedNode(iri)))
    return [(r["s"].value, r["p"].value) for r in rows]


FACT_SOURCES = (
    PROLOGUE
    + """SELECT ?p ?v ?doc ?start ?end ?exact ?prov ?from WHERE { VALUES ?node {}
  ?a oa:hasBody ?node ; pkg:factProperty ?p ; pkg:factValue ?v ; oa:hasTarget ?t .
  FILTER(?p != pkg:mentionedIn)
  ?t oa:hasSource ?doc ; oa:hasSelector ?pos , ?quote .
  ?pos oa:start ?start ; oa:end ?end .
  ?quote oa:exact ?exact .
  OPTIONAL { ?a prov:wasDerivedFrom ?prov }
} ORDER BY ?doc ?start"""
)
# Facts a document's graph reads from a property of the document, not its text (its
# version date from the file's name): asked apart and inside the node's own graph, since
# in one UNION with the spans, or over the union graph, Oxigraph 0.5 read every annotation
# naming the node (14-42 s a page on the scale corpus, 10 s for 國務院).
QUOTED_SOURCES = (
    PROLOGUE
    + """SELECT ?p ?v ?doc ?start ?end ?exact ?prov ?from WHERE { VALUES ?node {}
  GRAPH ?node { ?quote pkg:quotedFrom ?from ; oa:exact ?exact .
    ?t oa:hasSelector ?quote ; oa:hasSource ?doc .
    ?a oa:hasTarget ?t ; oa:hasBody ?node ; pkg:factProperty ?p ; pkg:factValue ?v }
}"""
)
# Not the mentions: a node named across the store has as many as its provisions (155
# for 科學技術部 on the scale corpus, 52 ms to read their spans); a page asks the spans
# of the mentions it shows (graph/mentions.py).


def fact_sources(source: QuerySource, iri: str) -> dict[tuple[str, str], Source]:
    """For each annotated fact about the node but its mentions, (predicate, value) ->
    where it was read."""
    sources: dict[tuple[str, str], Source] = {}
    queries, node = queries_of(source), ox.NamedNode(iri)
    for template in (FACT_SOURCES, QUOTED_SOURCES):
        for row in queries.select(bind(template, node=node)):
            key = (row["p"].value, row["v"].value)
            if key not in sources:
                sources[key] = source_of(row)
    return sources


def source_of(row) -> Source:
    """The Source of a row binding ?doc ?exact and either ?start ?end (a span of the text)
    or ?from (the property the quote is the value of: a file name)."""
    prov, quoted_from = row["prov"], row["from"]
    if quoted_from is not None:
        return Source(row["doc"].value, 0, 0, row["exact"].value,
                      prov.value if prov else None, quoted_from.value)  # fmt: skip
    return Source(row["doc"].value, int(row["start"].value), int(row["end"].value),
                  row["exact"].value, prov.value if prov else None)  # fmt: skip


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
  UNION { ?node eli:is_part_of ?main . ?main pkg:sourceText ?text BIND(false AS ?own) }
} ORDER BY DESC(?own) LIMIT 1"""
)


def source_text(source: QuerySource, iri: str) -> tuple[str, bool] | None:
    """The decoded source a document was read from, and whether it is the document's own
    (an annex is read from its main document's file)."""
    rows = queries_of(source).select(bind(SOURCE_TEXT, node=ox.NamedNode(iri)))
    return (rows[0]["text"].value, is_true(rows[0]["own"])) if rows else None


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
