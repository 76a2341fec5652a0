"""Script-blind search of names, aliases and titles by substring, in the store itself
(the pages search the full-text index, graph/fulltext.py, when there is one)."""

from __future__ import annotations

from collections import defaultdict

import pyoxigraph as ox
from policykg.ingest.script import to_simplified, to_traditional

from .bound import PROLOGUE, bind, queries_of
from .kinds import NOT_ONTOLOGY, QuerySource, most_specific_types

SEARCH = (
    PROLOGUE
    + """SELECT ?s (MAX(IF(LCASE(STR(?l)) = ?needle, 1, 0)) AS ?exact)
       (MIN(STRLEN(STR(?l))) AS ?len) WHERE {
  VALUES ?needle {}
  VALUES ?p { skos:prefLabel skos:altLabel dct:title schema:name }
  ?s ?p ?l . FILTER(CONTAINS(LCASE(STR(?l)), ?needle))
  """
    + NOT_ONTOLOGY
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
