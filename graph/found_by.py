"""Why an entity is in the graph: the rules and lists that found it (pkg:method).

Two kinds of answer, both read with bound queries: the extraction stage's method on the
annotations of the entity's mentions and facts (citation, party, name-in-text …, with
how many annotations each), and the identity stage's joins: the IRIs minted from other
names that now redirect to it (owl:sameAs), each with the rule that joined it
(graph/identity_settle.py).
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

import pyoxigraph as ox

from .bound import PROLOGUE, bind, queries_of
from .browse import QuerySource

METHODS = (
    PROLOGUE
    + """SELECT ?method (COUNT(DISTINCT ?a) AS ?n) WHERE { VALUES ?node {}
  ?a oa:hasBody ?node ; pkg:method ?method } GROUP BY ?method"""
)
JOINED = (
    PROLOGUE
    + """SELECT DISTINCT ?minted ?method WHERE { VALUES ?node {}
  ?minted <http://www.w3.org/2002/07/owl#sameAs> ?node . OPTIONAL { ?minted pkg:method ?method } }"""
)


@dataclass(frozen=True)
class FoundBy:
    methods: tuple[tuple[str, int], ...]  # (extraction method, annotations), most first
    joined: tuple[tuple[str, str], ...]  # (minted IRI redirecting here, identity rule)

    def __bool__(self) -> bool:
        return bool(self.methods or self.joined)


def found_by(source: QuerySource, iri: str) -> FoundBy:
    queries, node = queries_of(source), ox.NamedNode(iri)
    counts: Counter[str] = Counter()
    for row in queries.select(bind(METHODS, node=node)):
        counts[row["method"].value] += int(row["n"].value)
    joined = sorted(
        {(row["minted"].value, row["method"].value if row["method"] else "")
         for row in queries.select(bind(JOINED, node=node))}
    )  # fmt: skip
    return FoundBy(tuple(sorted(counts.items(), key=lambda m: (-m[1], m[0]))), tuple(joined))
