"""Refuse SPARQL that would make the process fetch anything from elsewhere.

pyoxigraph evaluates `SERVICE <url>` and `LOAD <url>` by calling the URL, and rdflib
also loads `FROM` graphs from the web or from `file:` paths (FACTS.md); neither has a
switch to stop it. So every request is checked before it reaches the engine: SERVICE
and LOAD are refused, and a FROM / FROM NAMED / protocol graph must be one this store
holds. The check reads tokens, so the words inside strings, IRIs and comments do not count.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from policykg.errors import UnsafeQueryError

from .sparql_text import DatasetClause, dataset_clauses, keywords

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
    _check_keywords(sparql, "query")
    clauses = dataset_clauses(sparql, base_iri)
    check_graphs([*(c.iri for c in clauses), *protocol_graphs], graph_exists)
    return clauses


def check_update(sparql: str) -> None:
    """Raise UnsafeQueryError if the update would fetch anything (LOAD, SERVICE)."""
    _check_keywords(sparql, "update")


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


def _check_keywords(sparql: str, what: str) -> None:
    for word in keywords(sparql):
        if word in FORBIDDEN:
            raise UnsafeQueryError(
                f"{what} refused: {FORBIDDEN[word]}", hint="use the data held in this store only"
            )
