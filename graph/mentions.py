"""Where a node is named: the provisions that mention it, with the span of each, and
the documents that name it as a party, an issuer or in their text."""

from __future__ import annotations

from dataclasses import dataclass

import pyoxigraph as ox

from policykg.vocab import ELI, PKG

from .bound import PROLOGUE, bind, iris, queries_of
from .entity_view import Source, fact_sources
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
