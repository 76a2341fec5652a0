"""Run one SPARQL query on the store: check it, evaluate it, render it.

`QueryJob` is everything a query needs, as plain data, so the same job runs in this
process or in a worker process (graph/runner.py) and comes back as bytes.
"""

from __future__ import annotations

from dataclasses import dataclass

import pyoxigraph as ox

from policykg.errors import ProtocolError, QueryError

from .results import (
    GRAPH_FORMATS,
    MEDIA_TYPES,
    RESULT_FORMATS,
    QueryOutcome,
    default_format,
    render,
)
from .safety import check_query
from .store import PolicyStore

__all__ = [
    "GRAPH_FORMATS",
    "MEDIA_TYPES",
    "RESULT_FORMATS",
    "QueryJob",
    "QueryOutcome",
    "RenderedResult",
    "default_format",
    "execute",
    "render",
    "run_job",
]


@dataclass(frozen=True)
class QueryJob:
    """A query with its dataset, the formats the client accepts, and its limits."""

    text: str
    default_graphs: tuple[str, ...] | None = None  # the protocol's default-graph-uri
    named_graphs: tuple[str, ...] | None = None  # the protocol's named-graph-uri
    base_iri: str | None = None
    result_format: str | None = "json"  # for SELECT/ASK; None: the client accepts none
    graph_format: str | None = "turtle"  # for CONSTRUCT/DESCRIBE; None likewise
    max_rows: int | None = None
    max_bytes: int | None = None


@dataclass(frozen=True)
class RenderedResult:
    kind: str  # select, ask, graph
    media_type: str
    body: bytes


def execute(
    store: PolicyStore,
    sparql: str,
    *,
    max_rows: int | None = None,
    default_graphs: list[str] | None = None,
    named_graphs: list[str] | None = None,
    base_iri: str | None = None,
) -> QueryOutcome:
    """Run a read-only query. Raises QueryError (bad syntax, refused, too many rows)."""
    if not sparql.strip():
        raise QueryError(
            "the query is empty", hint="give a SPARQL SELECT, ASK, CONSTRUCT or DESCRIBE"
        )
    protocol_graphs = [*(default_graphs or []), *(named_graphs or [])]
    own = check_query(sparql, store.has_graph, protocol_graphs=protocol_graphs, base_iri=base_iri)
    result = store.query(
        sparql,
        default_graphs=default_graphs,
        named_graphs=named_graphs,
        own_dataset=bool(own),
        base_iri=base_iri,
    )
    try:
        if isinstance(result, (bool, ox.QueryBoolean)):
            return QueryOutcome("ask", boolean=bool(result))
        if isinstance(result, ox.QuerySolutions):
            variables = [v.value for v in result.variables]
            rows = _rows(result, variables, max_rows)
            del result  # pyoxigraph results must be freed on the thread that made them
            if rows is None:
                raise QueryError(
                    f"the query returns more than {max_rows} rows",
                    hint="add LIMIT, or narrow the query",
                )
            return QueryOutcome("select", variables=variables, rows=rows)
        return QueryOutcome("graph", triples=list(result))
    except (OSError, RuntimeError, ValueError) as exc:
        raise QueryError(f"the query failed: {exc}") from None


def run_job(store: PolicyStore, job: QueryJob) -> RenderedResult:
    """Execute and render a job; raises QueryError or ProtocolError (406, result too big)."""
    outcome = execute(
        store,
        job.text,
        max_rows=job.max_rows,
        default_graphs=list(job.default_graphs) if job.default_graphs is not None else None,
        named_graphs=list(job.named_graphs) if job.named_graphs is not None else None,
        base_iri=job.base_iri,
    )
    fmt = job.graph_format if outcome.kind == "graph" else job.result_format
    if fmt is None:
        offered = GRAPH_FORMATS if outcome.kind == "graph" else RESULT_FORMATS
        types = ", ".join(MEDIA_TYPES[f].split(";")[0] for f in offered if f != "table")
        raise ProtocolError(
            406,
            f"none of the accepted media types can carry {outcome.kind.upper()} results",
            hint=f"accept one of {types}",
        )
    body = render(outcome, fmt)
    if job.max_bytes is not None and len(body) > job.max_bytes:
        raise QueryError(
            f"the result is larger than {job.max_bytes} bytes",
            hint="add LIMIT, or select fewer variables",
        )
    return RenderedResult(outcome.kind, MEDIA_TYPES[fmt], body)


def _rows(
    solutions: ox.QuerySolutions, variables: list[str], max_rows: int | None
) -> list[dict[str, object]] | None:
    """The solutions as dicts, or None when there are more than `max_rows`."""
    rows: list[dict[str, object]] = []
    for solution in solutions:
        if max_rows is not None and len(rows) >= max_rows:
            return None
        rows.append({v: solution[v] for v in variables if solution[v] is not None})
    return rows
