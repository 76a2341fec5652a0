"""Why an entity is in the graph: the rules and lists that found it (pkg:method, pkg:rule).

Three kinds of answer, all read with bound queries: the extraction stage's method on the
annotations of the entity's mentions and facts (citation, party, name-in-text …, with
how many annotations each); within name-in-text, the rule or list that found each
mention (pkg:rule: rule:head-noun, list:gazetteer_courts …, with its description from
ingest/extract/found_by.py RULES); and the identity stage's joins: the IRIs minted from other
names that now redirect to it (owl:sameAs), each with the rule that joined it
(graph/identity_settle.py).
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

import pyoxigraph as ox
from policykg.ingest.extract.found_by import describe

from .bound import PROLOGUE, bind, queries_of
from .browse import QuerySource

METHODS = (
    PROLOGUE
    + """SELECT ?method (COUNT(DISTINCT ?a) AS ?n) WHERE { VALUES ?node {}
  ?a oa:hasBody ?node ; pkg:method ?method } GROUP BY ?method"""
)
RULES = (
    PROLOGUE
    + """SELECT ?rule (COUNT(DISTINCT ?a) AS ?n) WHERE { VALUES ?node {}
  ?a oa:hasBody ?node ; pkg:rule ?rule } GROUP BY ?rule"""
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
    # (rule or list that found mentions in running text, its description, annotations)
    rules: tuple[tuple[str, str, int], ...] = ()

    def __bool__(self) -> bool:
        return bool(self.methods or self.joined or self.rules)


def found_by(source: QuerySource, iri: str) -> FoundBy:
    queries, node = queries_of(source), ox.NamedNode(iri)
    counts: Counter[str] = Counter()
    for row in queries.select(bind(METHODS, node=node)):
        counts[row["method"].value] += int(row["n"].value)
    joined = sorted(
        {(row["minted"].value, row["method"].value if row["method"] else "")
         for row in queries.select(bind(JOINED, node=node))}
    )  # fmt: skip
    rules: Counter[str] = Counter()
    for row in queries.select(bind(RULES, node=node)):
        rules[row["rule"].value] += int(row["n"].value)
    return FoundBy(
        _most_first(counts),
        tuple(joined),
        tuple((rule, describe(rule), n) for rule, n in _most_first(rules)),
    )


def _most_first(counts: Counter[str]) -> tuple[tuple[str, int], ...]:
    return tuple(sorted(counts.items(), key=lambda m: (-m[1], m[0])))
