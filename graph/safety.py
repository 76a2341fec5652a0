"""Refuse SPARQL that would make the process fetch anything from elsewhere.

pyoxigraph evaluates `SERVICE <url>` and `LOAD <url>` by calling the URL, and rdflib
also loads `FROM` graphs from the web or from `file:` paths (FACTS.md); neither has a
switch to stop it. So every request is checked before it reaches the engine: SERVICE
and LOAD are refused, and a FROM / FROM NAMED / protocol graph must be one this store
holds. The check reads tokens, so the words inside strings, IRIs and comments do not count.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable

from policykg.errors import UnsafeQueryError

from .sparql_text import DatasetClause, dataset_clauses, keywords, tokens

_MIGHT_REACH_OUT = re.compile("service|load|from", re.IGNORECASE)
FORBIDDEN = {
    "SERVICE": "SERVICE calls another endpoint; this server makes no outbound requests",
    "LOAD": "LOAD fetches a document; this server makes no outbound requests",
}


def check_query(
    sparql: str,
    graph_exists: Callable[[str], bool],
    *,
    protocol_graphs: Iterable[str] = (),
    base_iri: str | None = None,
) -> list[DatasetClause]:
    """Raise UnsafeQueryError if the query would fetch anything from outside the store;
    return the query's own FROM / FROM NAMED clauses."""
    clauses: list[DatasetClause] = []
    if _MIGHT_REACH_OUT.search(
        sparql
    ):  # most queries name none of these words: no need to tokenize
        toks = tokens(sparql)
        _check_keywords([t.word for t in toks if t.word], "query")
        clauses = dataset_clauses(toks, base_iri)
    check_graphs([*(c.iri for c in clauses), *protocol_graphs], graph_exists)
    return clauses


def check_update(sparql: str) -> None:
    """Raise UnsafeQueryError if the update would fetch anything (LOAD, SERVICE)."""
    _check_keywords(keywords(sparql), "update")


def check_graphs(iris: Iterable[str], graph_exists: Callable[[str], bool]) -> None:
    for iri in iris:
        if iri.lower().startswith("file:"):
            raise UnsafeQueryError(
                f"graph <{iri}> refused: this server never reads local files",
                hint="name a graph held in this store",
            )
        if not graph_exists(iri):
            raise UnsafeQueryError(
                f"graph <{iri}> is not in this store, and this server never fetches graphs "
                "from elsewhere",
                hint="list the store's graphs with SELECT DISTINCT ?g { GRAPH ?g {} }",
            )


def _check_keywords(words: list[str], what: str) -> None:
    for word in words:
        if word in FORBIDDEN:
            raise UnsafeQueryError(
                f"{what} refused: {FORBIDDEN[word]}", hint="use the data held in this store only"
            )
