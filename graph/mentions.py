"""Where a node is named: the provisions that mention it, with the span of each, and
the documents that name it as a party, an issuer or in their text."""

from __future__ import annotations

from dataclasses import dataclass

import pyoxigraph as ox

from policykg.vocab import ELI, PKG

from .bound import PROLOGUE, bind, iris, queries_of
from .entity_view import Source
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
MENTIONS = (
    PROLOGUE
    + """SELECT ?prov ?doc (SAMPLE(?num) AS ?number) (SAMPLE(?at) AS ?start) WHERE {
  VALUES ?node {}
  ?node pkg:mentionedIn ?prov .
  GRAPH ?doc { ?prov a eli:LegalResourceSubdivision }
  OPTIONAL { ?prov eli:number ?num } OPTIONAL { ?prov pkg:sourceStart ?at }
} GROUP BY ?prov ?doc"""
)
# The spans of the mentions shown, in two steps: the annotations read from those
# provisions, then their selectors. As one query the engine read the selectors before
# narrowing to the provisions (28 ms for 50 of 科學技術部's 155; 2 + 5 ms apart).
READ_FROM = (
    PROLOGUE
    + """SELECT ?a WHERE { VALUES ?node {} VALUES ?prov {}
  ?a oa:hasBody ?node ; prov:wasDerivedFrom ?prov }"""
)
SPANS = (
    PROLOGUE
    + """SELECT ?prov ?doc ?start ?end ?exact WHERE { VALUES ?a {}
  ?a prov:wasDerivedFrom ?prov ; oa:hasTarget ?t .
  ?t oa:hasSource ?doc ; oa:hasSelector ?pos . ?pos oa:start ?start ; oa:end ?end .
  ?t oa:hasSelector ?quote . ?quote oa:exact ?exact }"""
)


def mentions(
    source: QuerySource, iri: str, *, shown: int | None = None
) -> tuple[list[Mention], int]:
    """The provisions that mention the node in document order (by document, then where
    the provision starts), the first `shown` of them (all without), each with the span
    of the first fact read from it; and how many provisions there are. Only the spans of
    the mentions returned are read, so a page's cost does not grow with the node's fame."""
    queries, node = queries_of(source), ox.NamedNode(iri)
    far = 1 << 62
    rows = sorted(
        (
            row["doc"].value,
            int(row["start"].value) if row["start"] is not None else far,
            row["prov"].value,
            row["number"].value if row["number"] is not None else None,
        )
        for row in queries.select(bind(MENTIONS, node=node))
    )
    total = len(rows)
    rows = rows[:shown] if shown is not None else rows
    first = _first_spans(queries, node, [prov for _, _, prov, _ in rows])
    return [Mention(doc, prov, number, first.get(prov)) for doc, _, prov, number in rows], total


def _first_spans(queries, node: ox.NamedNode, provisions: list[str]) -> dict[str, Source]:
    """provision -> the earliest span of a fact about the node read from it."""
    if not provisions:
        return {}
    found = queries.select(bind(READ_FROM, node=node, prov=iris(provisions)))
    if not found:
        return {}
    first: dict[str, Source] = {}
    for row in queries.select(bind(SPANS, a=[r["a"] for r in found])):
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
