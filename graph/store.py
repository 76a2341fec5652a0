"""The one object that owns the RDF store: an embedded, persistent Oxigraph database
(the default), or with `open_store` a SPARQL server (graph/remote.py).

Each ingested document lives in the named graph whose IRI is the document's IRI; the
ontology lives in its own graph. Queries see the union of all graphs as the default graph.
A document's graphs are replaced by a single SPARQL update, which Oxigraph applies in one
transaction: readers see the old version or the new one, never half of either.
"""

from __future__ import annotations

import io
import os
import re
import time
from collections.abc import Iterable, Iterator
from contextlib import suppress
from pathlib import Path
from typing import TYPE_CHECKING

import pyoxigraph as ox

from policykg.errors import QueryError, StoreError, StoreLockedError
from policykg.vocab import ONTOLOGY_IRI, PKG, SKOS

from .store_base import (  # re-exported: callers import them from here
    EXPORT_FORMATS,
    BaseStore,
    StoredFile,
    export_formats,
    is_correction_graph,
    ontology_turtle,
)

if TYPE_CHECKING:
    from policykg.settings import Settings

__all__ = [
    "EXPORT_FORMATS",
    "BaseStore",
    "PolicyStore",
    "StoredFile",
    "export_formats",
    "ontology_turtle",
    "open_store",
]


def open_store(settings: Settings, *, read_only: bool = False) -> BaseStore:
    """The store the settings name: a SPARQL server when `store_url` is set (--store URL),
    else the embedded store in `store_path`."""
    if settings.store_url:
        from .remote import RemoteStore

        return RemoteStore.connect(settings, read_only=read_only)
    return PolicyStore.open(settings.store_path, read_only=read_only)


# A document with more statements than this is written in several transactions of this
# size: one transaction holds the whole document in memory (3.1 GB for the 1.4 million
# statements of a 16 MB text, 0.76 GB in parts) and grows faster than it (benchmarks/
# RESULTS.md, "Ingest of one large file").
WRITE_PART_STATEMENTS = 100_000
# Write-ahead log a server's write leaves unflushed (PolicyStore.flush_logged): about 160 ms
# to replay for each query worker that opens the store after it.
LOGGED_BYTES = 4_000_000
_SHA256 = f"<{PKG}sha256>"


class PolicyStore(BaseStore):
    """An embedded Oxigraph store. Open with `PolicyStore.open(path)` or `in_memory()`."""

    def __init__(self, store: ox.Store, *, path: Path | None, read_only: bool) -> None:
        self._store = store
        self.path = path
        self.read_only = read_only

    # -- lifecycle -------------------------------------------------------------------

    @classmethod
    def open(cls, path: Path | str, *, read_only: bool = False, create: bool = True) -> PolicyStore:
        path = Path(path)
        if (read_only or not create) and not (path / "CURRENT").exists():
            raise StoreError(
                f"no store at {path}",
                hint="ingest documents first (`policykg ingest PATH`), or pass --store DIR",
            )
        if read_only:
            return cls(_open_read_only(path), path=path, read_only=True)
        if path.exists() and not path.is_dir():
            raise StoreError(f"{path} is a file, not a store directory", hint="pass --store DIR")
        try:
            path.mkdir(parents=True, exist_ok=True)
            inner = ox.Store(str(path))
        except OSError as exc:
            if "lock" in str(exc).lower():
                raise StoreLockedError(
                    f"the store at {path} is open in another process (a running `policykg serve`?)",
                    hint="stop that process, or use read-only commands (query, export, stats)",
                ) from None
            raise StoreError(f"cannot open the store at {path}: {exc}") from None
        store = cls(inner, path=path, read_only=False)
        store.ensure_ontology()
        return store

    @classmethod
    def in_memory(cls) -> PolicyStore:
        store = cls(ox.Store(), path=None, read_only=False)
        store.ensure_ontology()
        return store

    def flush(self) -> None:
        """Write buffered data to disk; this also frees the memory the buffers held."""
        if not self.read_only:
            self._store.flush()

    def flush_logged(self, limit: int = LOGGED_BYTES) -> bool:
        """Flush when the write-ahead log holds more than `limit` bytes. Each query
        worker opens the store anew after a write (read-only), and such an opening
        replays that log: 1.5-2.9 s for the 39 MB an ingest of the embedded corpus leaves,
        20-40 ms once flushed. A flush costs 80-260 ms (a file per index), so a small
        write (a correction) is not flushed by itself."""
        if self.read_only or self.path is None:
            return False
        logs = [e for e in os.scandir(self.path) if e.name.endswith(".log") and e.name[0].isdigit()]
        if not logs or max(logs, key=lambda e: e.name).stat().st_size <= limit:
            return False  # the newest log is the one in use; older ones await deletion
        self._store.flush()
        return True

    def close(self) -> None:
        if not self.read_only:
            with suppress(OSError):
                self._store.flush()
        self._store = None  # type: ignore[assignment]

    def describe_location(self) -> str:
        return str(self.path) if self.path else "in memory"

    @property
    def oxigraph(self) -> ox.Store:
        """The underlying pyoxigraph store, for read access by the API layer."""
        return self._store

    # -- documents -------------------------------------------------------------------

    def has_graph(self, graph_iri: str) -> bool:
        return self._store.contains_named_graph(ox.NamedNode(graph_iri))

    def replace_graphs(self, *, remove: Iterable[str], add: dict[str, list[str]]) -> None:
        """Drop the graphs in `remove` and write those in `add`, in one transaction (in
        several for a new document of more than WRITE_PART_STATEMENTS statements).

        `add` maps graph IRIs to statements: N-Triples lines without the final dot."""
        self._writable()
        remove = list(remove)
        replaces = remove or any(self.has_graph(g) for g in add)
        # A new document that large is written in parts (one transaction held it all in
        # memory); a replacement never is: interrupted between parts, the previous version
        # would be lost.
        if not replaces and sum(len(s) for s in add.values()) > WRITE_PART_STATEMENTS:
            self._write_in_parts([], add)
            return
        try:
            if replaces:
                self._store.update(self._replacement_update(remove, add))
            elif add:  # only new graphs: a transactional load, faster than a SPARQL update
                self._store.load(self._nquads(add), format=ox.RdfFormat.N_QUADS)
        except (OSError, RuntimeError, SyntaxError, ValueError) as exc:
            raise StoreError(
                f"the store did not accept the update, nothing was changed: {exc}"
            ) from None

    def _write_in_parts(self, drops: list[str], add: dict[str, list[str]]) -> None:
        """A large document in transactions of WRITE_PART_STATEMENTS after one dropping
        `drops`, its graphs' hashes (pkg:sha256, what marks a file as stored) in the last:
        interrupted, the file looks changed and the next ingest writes it again (as with
        a remote store). Raises StoreError."""

        def load(lines: list[str]) -> None:
            self._store.load("".join(lines).encode("utf-8"), format=ox.RdfFormat.N_QUADS)

        try:
            if drops:
                self._store.update(" ;\n".join(f"DROP SILENT GRAPH <{iri}>" for iri in drops))
            hashes, part = [], []
            for graph, statements in add.items():
                for statement in statements:
                    line = f"{statement} <{graph}> .\n"
                    if statement.split(" ", 2)[1] == _SHA256:
                        hashes.append(line)
                        continue
                    part.append(line)
                    if len(part) == WRITE_PART_STATEMENTS:
                        load(part)
                        self._store.flush()  # else its write buffers grow with the document
                        part = []
            load(part + hashes)
        except (OSError, RuntimeError, SyntaxError, ValueError) as exc:
            raise StoreError(
                f"the store did not accept the document: {exc}",
                hint="the part written is not marked as stored: ingest the file again",
            ) from None

    def triples_about(
        self, iris: list[str], predicates: list[str], *, exclude_graphs: set[str]
    ) -> list[ox.Triple]:
        """See BaseStore.triples_about: here by direct index lookups, without a query to
        parse and plan per node (the gate asks this for every node a document touches)."""
        excluded = {ox.NamedNode(g) for g in (*exclude_graphs, ONTOLOGY_IRI)}
        wanted = [ox.NamedNode(p) for p in predicates]
        triples: dict[ox.Triple, None] = {}  # each statement once, in a stable order
        for iri in iris:
            node = ox.NamedNode(iri)
            for predicate in wanted:
                for quad in self._store.quads_for_pattern(node, predicate, None):
                    if (
                        quad.graph_name not in excluded
                        and isinstance(quad.graph_name, ox.NamedNode)
                        # a person's correction is put back in force after the ingest
                        and not is_correction_graph(quad.graph_name.value)
                    ):
                        triples[ox.Triple(node, predicate, quad.object)] = None
        return list(triples)

    def label_quads(self, iris: list[str], *, exclude_graphs: set[str]) -> list[ox.Quad]:
        """See BaseStore.label_quads: here by direct index lookups."""
        excluded = {ox.NamedNode(g) for g in (*exclude_graphs, ONTOLOGY_IRI)}
        predicates = [ox.NamedNode(SKOS + "prefLabel"), ox.NamedNode(SKOS + "altLabel")]
        return [
            quad
            for iri in iris
            for predicate in predicates
            for quad in self._store.quads_for_pattern(ox.NamedNode(iri), predicate, None)
            if isinstance(quad.graph_name, ox.NamedNode)
            and quad.graph_name not in excluded
            and not is_correction_graph(quad.graph_name.value)  # a person's, not a document's
        ]

    def labelled_in(self, graphs: list[str]) -> set[str]:
        predicate = ox.NamedNode(SKOS + "prefLabel")
        return {
            quad.subject.value
            for graph in graphs
            for quad in self._store.quads_for_pattern(None, predicate, None, ox.NamedNode(graph))
        }

    def statements_with(self, predicates: Iterable[str]) -> list[ox.Quad]:
        """See BaseStore.statements_with: one index range per property, no query to parse."""
        found: list[ox.Quad] = []
        for predicate in predicates:
            found.extend(
                quad
                for quad in self._store.quads_for_pattern(None, ox.NamedNode(predicate), None)
                if isinstance(quad.graph_name, ox.NamedNode)
            )
        return found

    def statements_in(self, graph: str, predicates: Iterable[str]) -> Iterator[ox.Triple]:
        """See BaseStore.statements_in: one index range per property (a query joined the
        graph's statements with a slower plan, which grew faster than the graph)."""
        name = ox.NamedNode(graph)
        for predicate in predicates:
            # read each range whole before yielding: an Oxigraph iterator left open in an
            # abandoned generator may be dropped by another thread, which it must not be
            found = list(self._store.quads_for_pattern(None, ox.NamedNode(predicate), None, name))
            yield from (quad.triple for quad in found)

    def update(self, sparql: str, *, base_iri: str | None = None) -> None:
        """Run a SPARQL update in one transaction. Raises QueryError for bad syntax and
        StoreError when the store refuses it; either way nothing is changed."""
        self._writable()
        try:
            self._store.update(sparql, base_iri=base_iri)
        except SyntaxError as exc:
            raise syntax_error("update", exc) from None
        except (OSError, RuntimeError, ValueError) as exc:
            raise StoreError(f"the update failed, nothing was changed: {exc}") from None

    @staticmethod
    def _nquads(add: dict[str, list[str]]) -> bytes:
        lines = [
            f"{statement} <{graph}> .\n"
            for graph, statements in add.items()
            for statement in statements
        ]
        return "".join(lines).encode("utf-8")

    def _replacement_update(self, remove: list[str], add: dict[str, list[str]]) -> str:
        parts = [f"DROP SILENT GRAPH <{iri}>" for iri in sorted(set(remove) | set(add))]
        if add:
            body = io.StringIO()
            body.write("INSERT DATA {\n")
            for graph, statements in add.items():
                body.write(f"GRAPH <{graph}> {{\n")
                for statement in statements:
                    body.write(statement)
                    body.write(" .\n")
                body.write("}\n")
            body.write("}")
            parts.append(body.getvalue())
        return " ;\n".join(parts)

    def document_graphs(self) -> list[str]:
        return sorted(
            g.value
            for g in self._store.named_graphs()
            if g.value != ONTOLOGY_IRI and not is_correction_graph(g.value)
        )

    # -- reading ---------------------------------------------------------------------

    def query(
        self,
        sparql: str,
        *,
        default_graphs: list[str] | None = None,
        named_graphs: list[str] | None = None,
        own_dataset: bool = False,
        base_iri: str | None = None,
    ):
        """Run a SPARQL query. Raises QueryError.

        The default graph is the union of all graphs, unless the request names its
        dataset: the protocol's graphs (`default_graphs`, `named_graphs`), which take
        precedence, or the query's own FROM / FROM NAMED (`own_dataset`)."""
        options: dict[str, object] = {"base_iri": base_iri}
        if default_graphs is not None or named_graphs is not None:
            options["default_graph"] = [ox.NamedNode(g) for g in default_graphs or []]
            options["named_graphs"] = [ox.NamedNode(g) for g in named_graphs or []]
        elif not own_dataset:
            options["use_default_graph_as_union"] = True
        try:
            return self._store.query(sparql, **options)
        except SyntaxError as exc:
            raise syntax_error("query", exc) from None
        except (OSError, RuntimeError, ValueError) as exc:
            raise QueryError(f"the query failed: {exc}") from None

    def quads(self) -> Iterator[ox.Quad]:
        # A generator, not the engine's iterator: read to its end, it no longer holds the
        # engine's iterator, which must be dropped on the thread that made it (one kept in a
        # failed assertion's frame was collected by a server thread: an unraisable error).
        yield from self._store

    def __len__(self) -> int:
        return len(self._store)


def _open_read_only(path: Path, attempts: int = 5) -> ox.Store:
    """A read-only handle. While another process writes, its compaction can delete a
    file between our reading the manifest and opening the file; that race is retried."""
    for attempt in range(attempts):
        try:
            return ox.Store.read_only(str(path))
        except (OSError, RuntimeError) as exc:
            if attempt == attempts - 1 or "No such file" not in str(exc):
                raise StoreError(f"cannot open the store at {path} for reading: {exc}") from None
            time.sleep(0.05 * (attempt + 1))
    raise AssertionError("unreachable")


_POSITION = re.compile(r"error at (\d+):(\d+):?\s*")


def syntax_error(what: str, exc: SyntaxError) -> QueryError:
    """The engine's syntax error as a QueryError with its line and column, and the list
    of expected tokens shortened to something a person can read."""
    text = str(exc)
    match = _POSITION.search(text)
    position = {"line": int(match.group(1)), "column": int(match.group(2))} if match else None
    detail = _POSITION.sub("", text).split("[", 1)[0].strip().rstrip(",")
    if len(detail) > 300:
        detail = detail[:300] + "…"
    where = f" at line {position['line']}, column {position['column']}" if position else ""
    return QueryError(
        f"SPARQL{' Update' if what == 'update' else ''} syntax error{where}: {detail}",
        position=position,
        hint="check the SPARQL near that position",
    )
