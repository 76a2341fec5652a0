"""Run one SPARQL query on the store: check it, evaluate it, render it.

`QueryJob` is everything a query needs, as plain data, so the same job runs in this
process or in a worker process (graph/runner.py) and comes back as bytes.
"""

from __future__ import annotations

import io
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
from .store import BaseStore

__all__ = [
    "GRAPH_FORMATS",
    "MEDIA_TYPES",
    "RESULT_FORMATS",
    "QueryJob",
    "QueryOutcome",
    "RenderedResult",
    "default_format",
    "evaluate",
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
    max_bytes: int | None = None


@dataclass(frozen=True)
class RenderedResult:
    kind: str  # select, ask, graph
    media_type: str
    body: bytes


def evaluate(
    store: BaseStore,
    sparql: str,
    *,
    default_graphs: list[str] | None = None,
    named_graphs: list[str] | None = None,
    base_iri: str | None = None,
):
    """Check a read-only query and start it; the engine's lazy result."""
    if not sparql.strip():
        raise QueryError(
            "the query is empty", hint="give a SPARQL SELECT, ASK, CONSTRUCT or DESCRIBE"
        )
    protocol_graphs = [*(default_graphs or []), *(named_graphs or [])]
    own = check_query(sparql, store.has_graph, protocol_graphs=protocol_graphs, base_iri=base_iri)
    return store.query(
        sparql,
        default_graphs=default_graphs,
        named_graphs=named_graphs,
        own_dataset=bool(own),
        base_iri=base_iri,
    )


def execute(
    store: BaseStore,
    sparql: str,
    *,
    default_graphs: list[str] | None = None,
    named_graphs: list[str] | None = None,
    base_iri: str | None = None,
) -> QueryOutcome:
    """Run a read-only query into Python values. Raises QueryError (bad syntax, refused)."""
    result = evaluate(
        store, sparql, default_graphs=default_graphs, named_graphs=named_graphs, base_iri=base_iri
    )
    try:
        if isinstance(result, ox.QueryBoolean):
            return QueryOutcome("ask", boolean=bool(result))
        if isinstance(result, ox.QuerySolutions):
            variables = [v.value for v in result.variables]
            rows = [{v: s[v] for v in variables if s[v] is not None} for s in result]
            return QueryOutcome("select", variables=variables, rows=rows)
        return QueryOutcome("graph", triples=list(result))
    except (OSError, RuntimeError, ValueError) as exc:
        raise QueryError(f"the query failed: {exc}") from None
    finally:
        del result  # see run_job


def run_job(store: BaseStore, job: QueryJob) -> RenderedResult:
    """Execute and render a job, never holding more than `job.max_bytes` of result.

    SELECT and ASK results are written by the engine's own serialisers, straight from
    its lazy result: no Python object per row. Graphs go through `render`, which adds
    the vocabulary's prefixes and compacts JSON-LD. Raises QueryError or ProtocolError
    (406 when the client accepts no format for this query form)."""
    result = evaluate(
        store,
        job.text,
        default_graphs=list(job.default_graphs) if job.default_graphs is not None else None,
        named_graphs=list(job.named_graphs) if job.named_graphs is not None else None,
        base_iri=job.base_iri,
    )
    try:
        if isinstance(result, ox.QueryBoolean | ox.QuerySolutions):
            kind = "ask" if isinstance(result, ox.QueryBoolean) else "select"
            fmt = _chosen(job.result_format, kind)
            body = _serialize_bounded(result, _NATIVE_RESULTS[fmt], job.max_bytes)
        else:
            kind = "graph"
            fmt = _chosen(job.graph_format, kind)
            body = render(QueryOutcome("graph", triples=list(result)), fmt)
            _check_size(len(body), job.max_bytes)
    except (RuntimeError, ValueError) as exc:
        raise QueryError(f"the query failed: {exc}") from None
    finally:
        # pyoxigraph results must be freed on the thread that made them, and a raised
        # error's traceback would carry this frame (and the result) to another thread
        del result
    return RenderedResult(kind, MEDIA_TYPES[fmt], body)


_NATIVE_RESULTS = {
    "json": ox.QueryResultsFormat.JSON,
    "xml": ox.QueryResultsFormat.XML,
    "csv": ox.QueryResultsFormat.CSV,
    "tsv": ox.QueryResultsFormat.TSV,
}


def _chosen(fmt: str | None, kind: str) -> str:
    if fmt is not None:
        return fmt
    offered = GRAPH_FORMATS if kind == "graph" else RESULT_FORMATS
    types = ", ".join(MEDIA_TYPES[f].split(";")[0] for f in offered if f != "table")
    raise ProtocolError(
        406,
        f"none of the accepted media types can carry {kind.upper()} results",
        hint=f"accept one of {types}",
    )


def _check_size(size: int, max_bytes: int | None) -> None:
    if max_bytes is not None and size > max_bytes:
        raise QueryError(
            f"the result is larger than {max_bytes} bytes",
            hint="add LIMIT, or select fewer variables",
        )


class _BoundedBuffer(io.RawIOBase):
    """Collects what the engine writes; stops it once `limit` bytes are passed."""

    def __init__(self, limit: int | None) -> None:
        self.parts: list[bytes] = []
        self.size = 0
        self.limit = limit

    def writable(self) -> bool:
        return True

    def write(self, data) -> int:  # type: ignore[override]
        self.size += len(data)
        if self.limit is not None and self.size > self.limit:
            raise OSError("result size limit")
        self.parts.append(bytes(data))
        return len(data)


def _serialize_bounded(result, fmt: ox.QueryResultsFormat, max_bytes: int | None) -> bytes:
    buffer = _BoundedBuffer(max_bytes)
    try:
        result.serialize(buffer, format=fmt)
    except OSError:
        _check_size(buffer.size, max_bytes)
        raise
    return b"".join(buffer.parts)
