"""Where a node is named: the provisions that mention it, with the span of each, and
the documents that name it as a party, an issuer or in their text."""

from __future__ import annotations

from dataclasses import dataclass

import pyoxigraph as ox

from policykg.vocab import ELI, PKG

from .bound import PROLOGUE, bind, iris, queries_of
from .entity_view import Source, natural_key
from .file_graph import document_of
from .kinds import QuerySource


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
#
# A node named across a store (國務院: 8,418 provisions of 984 documents on the scale
# corpus) is read by its provisions' IRIs alone, which say their document and their
# place in it (policykg/iris.py: {work}/prov/{ordinal path}); only the provisions a page
# shows are asked more. Joining every provision to its graph took 1.0 s for 國務院
# (MENTIONS with GROUP BY), sorting their IRIs in the engine 2.0 s.
MENTIONED = PROLOGUE + "SELECT ?prov WHERE { VALUES ?node {} ?node pkg:mentionedIn ?prov }"
MENTIONS = (
    PROLOGUE
    + """SELECT ?prov (SAMPLE(?num) AS ?number) WHERE { VALUES ?prov {}
  GRAPH ?g { ?prov a eli:LegalResourceSubdivision }
  OPTIONAL { ?prov eli:number ?num }
} GROUP BY ?prov"""
)
# The spans of the mentions shown: the annotations read from those provisions (about
# any node: the node's own are filtered here), then their selectors. With the node
# bound too, the engine read each of the node's annotations first (357 ms for 國務院's).
READ_FROM = (
    PROLOGUE
    + """SELECT ?a ?body WHERE { VALUES ?prov {}
  ?a prov:wasDerivedFrom ?prov ; oa:hasBody ?body }"""
)
SPANS = (
    PROLOGUE
    + """SELECT ?prov ?doc ?start ?end ?exact WHERE { VALUES ?a {}
  ?a prov:wasDerivedFrom ?prov ; oa:hasTarget ?t .
  ?t oa:hasSource ?doc ; oa:hasSelector ?pos . ?pos oa:start ?start ; oa:end ?end .
  ?t oa:hasSelector ?quote . ?quote oa:exact ?exact }"""
)


@dataclass(frozen=True)
class Named:
    """Where a node is named, as its page lists it: the first documents naming it (by
    date) and its first mentions (in document order), each with how many there are."""

    documents: tuple[tuple[str, str | None, str], ...]
    documents_total: int
    mentions: tuple[Mention, ...]
    mentions_total: int


def named(source: QuerySource, iri: str, *, shown: int, is_work: bool = False) -> Named:
    """A node's page lists, the first `shown` of each (a document's own provisions are
    listed apart, so a document gets only its mentions elsewhere: none here). Its cost
    grows with the node's fame (國務院: 8,418 provisions); the pages keep the answer per
    store generation (graph/cache.py)."""
    queries = queries_of(source)
    provisions = [] if is_work else mentioned_in(queries, iri)
    naming = [] if is_work else documents_naming(queries, iri, provisions=provisions)
    shown_mentions, mentions_total = mentions(queries, iri, shown=shown, provisions=provisions)
    return Named(tuple(naming[:shown]), len(naming), tuple(shown_mentions), mentions_total)


def mentioned_in(source: QuerySource, iri: str) -> list[str]:
    """The provisions that mention the node, in document order: by document IRI, then
    by the provision's ordinal path (prov/2 before prov/2-1 before prov/10)."""
    rows = queries_of(source).select(bind(MENTIONED, node=ox.NamedNode(iri)))
    return sorted({r["prov"].value for r in rows}, key=_document_order)


def _document_order(provision: str) -> tuple[str, tuple[int, ...], list]:
    document, _, path = provision.rpartition("/prov/")
    steps = path.split("-")
    if all(step.isdigit() for step in steps):  # as minted: ten times natural_key's speed
        return document, tuple(int(step) for step in steps), []
    return document, (), natural_key(path)


def mentions(
    source: QuerySource, iri: str, *, shown: int | None = None, provisions: list[str] | None = None
) -> tuple[list[Mention], int]:
    """The provisions that mention the node in document order, the first `shown` of
    them (all without), each with the span of the first fact about the node read from
    it; and how many provisions there are (`provisions`: `mentioned_in`, when the caller
    has it already). Only the provisions returned are asked more, so a page's cost does
    not grow with the node's fame."""
    queries, node = queries_of(source), ox.NamedNode(iri)
    if provisions is None:
        provisions = mentioned_in(queries, iri)
    chosen = provisions[:shown] if shown is not None else provisions
    if not chosen:
        return [], len(provisions)
    # the provision's document is named by its IRI: an annex's provisions are the annex's,
    # though they lie in its main document's graph (graph/file_graph.py)
    found = {
        r["prov"].value: (
            document_of(r["prov"].value),
            r["number"].value if r["number"] is not None else None,
        )
        for r in queries.select(bind(MENTIONS, prov=iris(chosen)))
    }
    first = _first_spans(queries, node, [p for p in chosen if p in found])
    return [Mention(found[p][0], p, found[p][1], first.get(p)) for p in chosen if p in found], len(
        provisions
    )


def _first_spans(queries, node: ox.NamedNode, provisions: list[str]) -> dict[str, Source]:
    """provision -> the earliest span of a fact about the node read from it."""
    if not provisions:
        return {}
    rows = queries.select(bind(READ_FROM, prov=iris(provisions)))
    own = sorted({r["a"].value for r in rows if r["body"] == node})
    if not own:
        return {}
    first: dict[str, Source] = {}
    for row in queries.select(bind(SPANS, a=iris(own))):
        prov, start = row["prov"].value, int(row["start"].value)
        known = first.get(prov)
        if known is None or start < known.start:
            first[prov] = Source(row["doc"].value, start, int(row["end"].value),
                                 row["exact"].value, prov)  # fmt: skip
    return first


NAMED_BY = (
    PROLOGUE
    + """SELECT DISTINCT ?doc ?p WHERE { VALUES ?node {}
  VALUES ?p { pkg:party eli:passed_by } ?doc ?p ?node }"""
)
DATES = PROLOGUE + "SELECT ?doc ?date WHERE { VALUES ?doc {} ?doc eli:date_document ?date }"


def documents_naming(
    source: QuerySource, iri: str, *, provisions: list[str] | None = None
) -> list[tuple[str, str | None, str]]:
    """(document, its date, how it names the node: party / issuer / mention), by date
    (`provisions`: `mentioned_in`, when the caller has it already)."""
    queries, node = queries_of(source), ox.NamedNode(iri)
    how = {PKG + "party": "party", ELI + "passed_by": "issuer"}
    seen: dict[str, str] = {}
    for row in queries.select(bind(NAMED_BY, node=node)):
        seen.setdefault(row["doc"].value, how[row["p"].value])
    if provisions is None:
        provisions = mentioned_in(queries, iri)
    for provision in provisions:  # a provision's IRI is its document's, then /prov/…
        seen.setdefault(document_of(provision), "mention")
    dates: dict[str, str] = {}
    if seen:
        for row in queries.select(bind(DATES, doc=iris(sorted(seen)))):
            doc, date = row["doc"].value, row["date"].value
            dates[doc] = min(date, dates.get(doc, date))
    named = [(doc, dates.get(doc), way) for doc, way in seen.items()]
    return sorted(named, key=lambda d: (d[1] or "9999", d[0]))
