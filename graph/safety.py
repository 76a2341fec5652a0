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

import pyoxigraph as ox

from policykg.errors import QueryError, UnsafeQueryError

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
    check_nesting(sparql)
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
    """Raise UnsafeQueryError if the update would fetch anything (LOAD, SERVICE) or is
    nested too deeply."""
    check_nesting(sparql)
    _check_keywords(keywords(sparql), "update")


# Deeper than this, a query is refused before the engine parses it: the engine recurses
# once per level, and ten thousand levels crash it (graph/stack.py).
MAX_NESTING = 64
_OPENS = {"{": 1, "(": 1, "[": 1, "}": -1, ")": -1, "]": -1}
_PREFIX_OPERATORS = {"!", "^", "+", "-"}


def check_nesting(sparql: str) -> None:
    """Raise QueryError if groups, brackets and prefix operators (`!`, `^`) nest deeper
    than MAX_NESTING. A character count first: most queries cannot be that deep."""
    if sum(sparql.count(c) for c in "{([!^") <= MAX_NESTING:
        return
    depth = deepest = run = 0
    for token in tokens(sparql):
        if token.kind != "other":
            run = 0
            continue
        if token.text in _PREFIX_OPERATORS:
            run += 1
        else:
            run = 0
            depth = max(0, depth + _OPENS.get(token.text, 0))
        deepest = max(deepest, depth + run)
        if deepest > MAX_NESTING:
            raise QueryError(
                f"the query nests groups, brackets or operators more than {MAX_NESTING} "
                "levels deep",
                hint="flatten it: fewer nested { } and ( ), or VALUES / IN lists instead",
            )


def check_graphs(iris: Iterable[str], graph_exists: Callable[[str], bool]) -> None:
    for iri in iris:
        try:
            ox.NamedNode(iri)
        except ValueError:
            raise UnsafeQueryError(f"graph <{iri}> is not a valid IRI") from None
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
