"""Run one SPARQL query on the store: check it, evaluate it, render it.

`QueryJob` is everything a query needs, as plain data, so the same job runs in this
process or in a worker process (graph/runner.py) and comes back as bytes.
"""

from __future__ import annotations

import io
import os
from contextlib import suppress
from dataclasses import dataclass
from pathlib import Path

import pyoxigraph as ox

from policykg.errors import ProtocolError, QueryError
from policykg.vocab import PREFIXES

from .results import (
    GRAPH_FORMATS,
    MEDIA_TYPES,
    RDF_FORMATS,
    RESULT_FORMATS,
    QueryOutcome,
    default_format,
    render,
    render_graph,
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


def run_job(store: BaseStore, job: QueryJob, *, cache_allowance: int = 0) -> RenderedResult:
    """Execute and render a job, never holding more than `job.max_bytes` of result.

    Results are written by the engine's own serialisers straight from its lazy result,
    and the writing stops as soon as it passes the limit: memory stays bounded whatever
    the query matches, CONSTRUCT and DESCRIBE included. Graphs get the vocabulary's
    prefixes; JSON-LD is compacted from the bounded N-Triples. Raises QueryError or ProtocolError
    (406 when the client accepts no format for this query form). `cache_allowance`: what
    the process may grow beyond the limit for the engine's caches (store_cache_allowance)."""
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
            body = _serialize_bounded(result, _NATIVE_RESULTS[fmt], job.max_bytes, cache_allowance)
        else:
            kind = "graph"
            fmt = _chosen(job.graph_format, kind)
            body = _graph_bounded(result, fmt, job.max_bytes, cache_allowance)
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


def resident_bytes(pid: int | str = "self") -> int:
    """A process's own resident memory: resident less shared (file pages the store's
    files may map are not the query's); 0 where /proc cannot tell."""
    try:
        with open(f"/proc/{pid}/statm", "rb") as statm:
            fields = statm.read().split()
        return (int(fields[1]) - int(fields[2])) * _PAGE
    except (OSError, IndexError, ValueError):
        return 0


_PAGE = os.sysconf("SC_PAGE_SIZE") if hasattr(os, "sysconf") else 4096
# The store engine's caches (RocksDB's blocks, decoded strings) grow a process the first
# time a query reads much of a large store: a scan decoding every literal of the whole
# scale corpus (1.5 GB on disk) grew a worker by 168 MB, none of it the query's result.
# That much is allowed beside each limit; a store cannot fill more than about twice
# what it holds on disk, so a small store gets a small allowance.
STORE_CACHE_CAP = 256_000_000


def store_cache_allowance(path: Path | str | None) -> int:
    """How much a query's process may grow for the engine's caches of the store at
    `path`: twice the store's size on disk, at most STORE_CACHE_CAP (0 without a path)."""
    if path is None:
        return 0
    total = 0
    with suppress(OSError):
        for entry in os.scandir(path):
            with suppress(OSError):
                if entry.is_file(follow_symlinks=False):
                    total += entry.stat().st_size
                    if 2 * total >= STORE_CACHE_CAP:
                        return STORE_CACHE_CAP
    return 2 * total


class _BoundedBuffer(io.RawIOBase):
    """Collects what the engine writes; stops it once `limit` bytes are passed, or once
    this process has grown by more than `limit` since the start (the engine keeps every
    CONSTRUCT triple it wrote, to write each once: several times the text's size)."""

    def __init__(self, limit: int | None, cache_allowance: int = 0) -> None:
        self.data = bytearray()
        self.size = 0
        self.limit = limit
        self.memory_cap = resident_bytes() + limit + cache_allowance if limit is not None else 0
        self.out_of_memory = False

    def writable(self) -> bool:
        return True

    def write(self, data) -> int:  # type: ignore[override]
        self.size += len(data)
        if self.limit is not None and self.size > self.limit:
            raise OSError("result size limit")
        if self.memory_cap and resident_bytes() > self.memory_cap:
            self.out_of_memory = True
            raise OSError("result memory limit")
        self.data += data
        return len(data)


def _bounded(write, max_bytes: int | None, cache_allowance: int = 0) -> bytes:
    """What `write(buffer)` writes, refused with a QueryError past `max_bytes`."""
    buffer = _BoundedBuffer(max_bytes, cache_allowance)
    try:
        write(buffer)
    except OSError:
        _check_size(buffer.size, max_bytes)
        if buffer.out_of_memory:
            raise QueryError(
                f"building the result took more memory than its {max_bytes} byte limit allows",
                hint="add LIMIT, or select fewer variables",
            ) from None
        raise
    return bytes(buffer.data)


def _serialize_bounded(
    result, fmt: ox.QueryResultsFormat, max_bytes: int | None, cache_allowance: int = 0
) -> bytes:
    return _bounded(lambda out: result.serialize(out, format=fmt), max_bytes, cache_allowance)


def _graph_bounded(triples, fmt: str, max_bytes: int | None, cache_allowance: int = 0) -> bytes:
    """A CONSTRUCT or DESCRIBE result streamed into `fmt`, stopped past `max_bytes`."""
    if fmt == "jsonld":  # compaction needs the whole graph: from bounded N-Triples
        text = _bounded(
            lambda out: ox.serialize(triples, out, format=ox.RdfFormat.N_TRIPLES),
            max_bytes,
            cache_allowance,
        )
        parsed = [q.triple for q in ox.parse(text, format=ox.RdfFormat.N_TRIPLES)]
        body = render_graph(parsed, "jsonld")
        _check_size(len(body), max_bytes)
        return body
    rdf_format = RDF_FORMATS[fmt]
    prefixes = PREFIXES if fmt in ("turtle", "trig", "rdfxml") else None
    if rdf_format.supports_datasets:
        triples = (ox.Quad(t.subject, t.predicate, t.object) for t in triples)
    return _bounded(
        lambda out: ox.serialize(triples, out, format=rdf_format, prefixes=prefixes),
        max_bytes,
        cache_allowance,
    )
