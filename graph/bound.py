"""Queries from constant text and typed values: what every route runs.

A route never formats a value from a request into SPARQL. It names a constant template
(a whole query, with an empty `VALUES ?name {}` block for each value it takes) and gives
the values as pyoxigraph terms. `bind` writes each term where its block stands, in the
engine's own term syntax: a `NamedNode` was checked against RFC 3987 when it was made and
a `Literal` is written escaped, so nothing a client sends can become query syntax. Paging
takes Python integers only.

`Queries` runs bound queries. The web app gives the routes `RunnerQueries`, which sends
each one through the same worker pool, time limit and result-size limit as `/sparql`;
the command line and tests may use `StoreQueries`, straight on the store.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Protocol

import pyoxigraph as ox

from policykg.errors import PolicyKGError
from policykg.vocab import sparql_prologue

from .query import QueryJob
from .store_base import BaseStore

Term = ox.NamedNode | ox.Literal

# The prefixes of the public vocabulary, for the templates.
PROLOGUE = sparql_prologue()

_EMPTY_VALUES = re.compile(r"VALUES \?(\w+) \{\}")


@dataclass(frozen=True)
class BoundQuery:
    """A constant template and the terms for each of its `VALUES ?name {}` blocks."""

    template: str
    values: tuple[tuple[str, tuple[Term, ...]], ...] = ()
    limit: int | None = None
    offset: int | None = None

    def text(self) -> str:
        filled = dict(self.values)

        def fill(match: re.Match) -> str:
            terms = filled.get(match.group(1))
            if terms is None:
                return match.group(0)
            return f"VALUES ?{match.group(1)} {{ {' '.join(str(t) for t in terms)} }}"

        text = _EMPTY_VALUES.sub(fill, self.template)
        if self.limit is not None:
            text += f"\nLIMIT {self.limit}"
        if self.offset:
            text += f"\nOFFSET {self.offset}"
        return text


def bind(
    template: str,
    *,
    limit: int | None = None,
    offset: int | None = None,
    **values: Term | Iterable[Term],
) -> BoundQuery:
    """`template` with `values` for its `VALUES ?name {}` blocks. Raises TypeError for a
    value that is not a pyoxigraph IRI or literal (a str is refused: it may be request
    text) and ValueError for a name the template has no block for."""
    blocks = _EMPTY_VALUES.findall(template)
    bound: list[tuple[str, tuple[Term, ...]]] = []
    for name, given in values.items():
        if blocks.count(name) != 1:
            raise ValueError(f"the template has no single `VALUES ?{name} {{}}` block")
        terms = (given,) if isinstance(given, Term) else tuple(given)
        for term in terms:
            if not isinstance(term, Term):
                raise TypeError(f"?{name} takes pyoxigraph IRIs or literals, not {term!r}")
        bound.append((name, terms))
    for number in (limit, offset):
        if number is not None and (type(number) is not int or number < 0):
            raise TypeError(f"LIMIT and OFFSET take non-negative integers, not {number!r}")
    return BoundQuery(template, tuple(bound), limit, offset)


def iris(values: Iterable[str]) -> list[ox.NamedNode]:
    """Stored IRIs (read back from the store) as terms, each once, in order."""
    return [ox.NamedNode(v) for v in dict.fromkeys(v for v in values if v)]


def is_true(term: ox.Literal | None) -> bool:
    """A boolean a query selected (BIND(EXISTS …)): Virtuoso writes true as 1."""
    return term is not None and term.value in ("true", "1")


class Queries(Protocol):
    """Runs bound queries; rows are pyoxigraph solutions (`row["name"]`, None if unbound)."""

    def select(self, query: BoundQuery) -> list[ox.QuerySolution]: ...

    def ask(self, query: BoundQuery) -> bool: ...

    def construct(self, query: BoundQuery) -> list[ox.Triple]: ...


class StoreQueries:
    """Bound queries straight on a store, in this thread (command line, tests)."""

    def __init__(self, store: BaseStore) -> None:
        self.store = store

    def select(self, query: BoundQuery) -> list[ox.QuerySolution]:
        return list(self.store.query(query.text()))

    def ask(self, query: BoundQuery) -> bool:
        return bool(self.store.query(query.text()))

    def construct(self, query: BoundQuery) -> list[ox.Triple]:
        return list(self.store.query(query.text()))


class RunnerQueries:
    """Bound queries through a query runner (graph/runner.py): each one is evaluated where
    it can be stopped, under the endpoint's time and result-size limits."""

    def __init__(self, runner, *, timeout: float, max_bytes: int, lane: str = "pages") -> None:
        self.runner = runner
        self.timeout = timeout
        self.max_bytes = max_bytes
        self.lane = lane

    @property
    def generation(self) -> int | None:
        """The store's generation (graph/runner.py), for caches keyed by it."""
        return getattr(self.runner, "generation", None)

    def _run(self, query: BoundQuery, *, graph: bool) -> bytes:
        job = QueryJob(
            text=query.text(),
            result_format=None if graph else "json",
            graph_format="ntriples" if graph else None,
            max_bytes=self.max_bytes,
        )
        return self.runner.run(job, self.timeout, lane=self.lane).body

    def select(self, query: BoundQuery) -> list[ox.QuerySolution]:
        body = self._run(query, graph=False)
        return list(ox.parse_query_results(body, format=ox.QueryResultsFormat.JSON))

    def ask(self, query: BoundQuery) -> bool:
        body = self._run(query, graph=False)
        return bool(ox.parse_query_results(body, format=ox.QueryResultsFormat.JSON))

    def construct(self, query: BoundQuery) -> list[ox.Triple]:
        body = self._run(query, graph=True)
        return [quad.triple for quad in ox.parse(body, format=ox.RdfFormat.N_TRIPLES)]


def queries_of(source: Queries | BaseStore) -> Queries:
    """The queries of `source`: itself, or a store's direct ones."""
    return StoreQueries(source) if isinstance(source, BaseStore) else source


# -- values from requests -----------------------------------------------------------------

_SAFE_PATH = re.compile(r"[^\s<>\"{}|\\^`\x00-\x1f\x7f]+")


class NotAnInstance(PolicyKGError):
    """The path does not name an instance IRI under the base: a 404."""

    http_status = 404


def instance_iri(base: str, path: str) -> ox.NamedNode:
    """The IRI `{base}{path}` names, checked: a valid absolute IRI (RFC 3987) under the
    base, with no dot segments. Raises NotAnInstance otherwise."""
    segments = path.split("/")
    if (
        not path
        or not _SAFE_PATH.fullmatch(path)
        or any(s in (".", "..") for s in segments)
        or "?" in path
        or "#" in path
    ):
        raise NotAnInstance(f"no instance is named {path!r}", hint="see /search")
    try:
        node = ox.NamedNode(base + path)
    except ValueError:
        raise NotAnInstance(f"no instance is named {path!r}", hint="see /search") from None
    if not node.value.startswith(base):
        raise NotAnInstance(f"no instance is named {path!r}", hint="see /search")
    return node


def stored_iri(base: str, value: str) -> ox.NamedNode | None:
    """An IRI given as a request parameter (a party of a filter, a node of the network):
    a valid IRI under the base, or None."""
    if not value.startswith(base):
        return None
    try:
        return instance_iri(base, value[len(base) :])
    except NotAnInstance:
        return None
