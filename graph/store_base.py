"""What every store does the same way, whichever engine holds the data.

A store keeps each ingested document in the named graph whose IRI is the document's
IRI, and the ontology in its own graph; queries see the union of all graphs as the
default graph. `PolicyStore` (embedded Oxigraph, graph/store.py) and `RemoteStore`
(any SPARQL 1.1 server, graph/remote.py) implement the engine-specific primitives; the
operations here are written on top of them.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from importlib import resources
from typing import BinaryIO

import pyoxigraph as ox

from policykg.errors import StoreError
from policykg.vocab import ELI, ONTOLOGY_IRI, PKG, PREFIXES, SKOS

from .document_dates import DATE_PREDICATES

EXPORT_FORMATS = {
    "nquads": ox.RdfFormat.N_QUADS,
    "trig": ox.RdfFormat.TRIG,
    "turtle": ox.RdfFormat.TURTLE,
    "ntriples": ox.RdfFormat.N_TRIPLES,
}


@dataclass(frozen=True)
class StoredFile:
    """What the store knows of an ingested source file. `graph_iris` starts with the
    document's main graph; `sha256` is the hash recorded there ("" when the main graph
    is missing: an interrupted load, to be done again)."""

    graph_iris: tuple[str, ...]
    sha256: str


def ontology_turtle() -> bytes:
    return resources.files("policykg.ontology").joinpath("policykg.ttl").read_bytes()


def export_formats() -> list[str]:
    return [*EXPORT_FORMATS, "jsonld"]


# A correction's graph (graph/review.py): {base}correction/{16 hex digits}. Not a
# document: stats, the document list and the label and date rules leave it out.
# One definition for Python and for the queries: a regular expression both read alike.
CORRECTION_GRAPH_PATTERN = "/correction/[0-9a-f]{16}$"
_CORRECTION_GRAPH = re.compile(CORRECTION_GRAPH_PATTERN)
# A graph ?g that is a part of another document ingested from the same file (an annex, a
# gazette issue's document) points at it so; the file's main graph does not, and records
# the file's hash for all of them.
PART_OF_ANOTHER = f"<{ELI}is_annex_of>|<{ELI}is_part_of>"
MAIN_GRAPH_ONLY = f"FILTER NOT EXISTS {{ ?g {PART_OF_ANOTHER} ?whole }}"


def _iris(values: Iterable[str]) -> str:
    """IRIs as query text, each checked by oxigraph's parser (a value that is no IRI, one
    with > or a space in it, raises ValueError before it reaches a query)."""
    return " ".join(str(ox.NamedNode(v)) for v in values)


def is_correction_graph(iri: str) -> bool:
    return _CORRECTION_GRAPH.search(iri) is not None


def is_correction_graph_sparql(variable: str) -> str:
    """The SPARQL expression that is true where is_correction_graph(?variable) is."""
    return f'REGEX(STR(?{variable}), "{CORRECTION_GRAPH_PATTERN}")'


def sparql_string(text: str) -> str:
    return str(ox.Literal(text))


class BaseStore:
    """Operations shared by the stores. Subclasses provide: `read_only`, `path`,
    `query`, `update`, `replace_graphs`, `has_graph`, `document_graphs`, `quads`,
    `triples_about`, `__len__`, `flush`, `close` and `describe_location`."""

    read_only: bool

    def __enter__(self):
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:  # pragma: no cover - every store overrides it
        raise NotImplementedError

    def flush_logged(self) -> bool:
        """Flush the write-ahead log when it is large; whether it was flushed. A store
        without one of its own (a remote endpoint) has none to flush."""
        return False

    # -- the ingest gate's context ---------------------------------------------------

    def triples_about(
        self, iris: list[str], predicates: list[str], *, exclude_graphs: set[str]
    ) -> list[ox.Triple]:
        """What the store says about these nodes with these predicates, outside the
        excluded graphs, each statement once: the context a document is validated with.
        Bounded by what the document touches, not by the size of the store."""
        if not iris or not predicates:
            return []
        excluded = ", ".join(f"<{g}>" for g in sorted({*exclude_graphs, ONTOLOGY_IRI}))
        triples = []
        for iri in iris:
            # one small query per node, one index range per predicate; an entity many
            # documents mention has its label once per document, folded by DISTINCT in the
            # engine. (One query over all nodes, by VALUES or a UNION of them all, was
            # planned as a scan of every graph: 5 to 20 times slower.)
            union = " UNION ".join(
                f"{{ GRAPH ?g {{ <{iri}> <{p}> ?o }} BIND(<{p}> AS ?p) }}" for p in predicates
            )
            # a person's correction is not machine output: put back in force after ingest
            rows = self.query(
                f"SELECT DISTINCT ?p ?o WHERE {{ {union} FILTER(?g NOT IN ({excluded}) "
                f"&& !{is_correction_graph_sparql('g')}) }}"
            )
            node = ox.NamedNode(iri)
            triples.extend(ox.Triple(node, row["p"], row["o"]) for row in rows)
        return triples

    # -- labels settled across documents (graph/labels.py) ----------------------------

    def label_quads(self, iris: list[str], *, exclude_graphs: set[str]) -> list[ox.Quad]:
        """The skos:prefLabel and skos:altLabel statements about these nodes, with their
        graphs, outside the excluded graphs."""
        return self._quads_about(iris, (SKOS + "prefLabel", SKOS + "altLabel"), exclude_graphs)

    def labelled_in(self, graphs: list[str]) -> set[str]:
        """The nodes given a skos:prefLabel in these graphs."""
        return self._subjects_in(graphs, (SKOS + "prefLabel",))

    # -- document dates settled across documents (graph/document_dates.py) -----------

    def date_quads(self, iris: list[str], *, exclude_graphs: set[str]) -> list[ox.Quad]:
        """The eli:date_document and role-date statements about these works, with their
        graphs, outside the excluded graphs."""
        return self._quads_about(iris, DATE_PREDICATES, exclude_graphs)

    def dated_in(self, graphs: list[str]) -> set[str]:
        """The works given a role date in these graphs."""
        return self._subjects_in(graphs, DATE_PREDICATES)

    # -- one graph's statements by property (the full-text index, graph/fulltext.py) ---

    def statements_with(self, predicates: Iterable[str]) -> list[ox.Quad]:
        """Every named-graph statement whose property is one of `predicates`, store-wide
        (the identity step reads every name and redirect this way)."""
        values = _iris(predicates)
        rows = self.query(
            f"SELECT ?g ?s ?p ?o WHERE {{ VALUES ?p {{ {values} }} GRAPH ?g {{ ?s ?p ?o }} }}"
        )
        return [ox.Quad(r["s"], r["p"], r["o"], r["g"]) for r in rows]

    def graph_quads(self, graph: str) -> list[ox.Quad]:
        """Every statement of one named graph (`graph`: a stored graph's IRI)."""
        name = ox.NamedNode(graph)  # refuses what is no IRI before it reaches the text
        rows = self.query(f"SELECT ?s ?p ?o WHERE {{ GRAPH {name} {{ ?s ?p ?o }} }}")
        return [ox.Quad(r["s"], r["p"], r["o"], name) for r in rows]

    def statements_in(self, graph: str, predicates: Iterable[str]) -> Iterator[ox.Triple]:
        """The statements of one graph whose property is one of `predicates`."""
        values, name = _iris(predicates), ox.NamedNode(graph)
        rows = self.query(
            f"SELECT ?s ?p ?o WHERE {{ VALUES ?p {{ {values} }} GRAPH {name} {{ ?s ?p ?o }} }}"
        )
        for row in rows:
            yield ox.Triple(row["s"], row["p"], row["o"])

    def _quads_about(self, iris, predicates, exclude_graphs: set[str]) -> list[ox.Quad]:
        excluded = {*exclude_graphs, ONTOLOGY_IRI}
        values = _iris(predicates)
        quads = []
        for iri in iris:
            node = ox.NamedNode(iri)
            rows = self.query(
                f"SELECT ?g ?p ?o WHERE {{ VALUES ?p {{ {values} }} GRAPH ?g {{ {node} ?p ?o }} }}"
            )
            quads.extend(
                ox.Quad(node, row["p"], row["o"], row["g"])
                for row in rows
                if row["g"].value not in excluded and not is_correction_graph(row["g"].value)
            )
        return quads

    def _subjects_in(self, graphs: list[str], predicates) -> set[str]:
        values = _iris(predicates)
        nodes: set[str] = set()
        for graph in graphs:
            name = ox.NamedNode(graph)
            rows = self.query(
                f"SELECT DISTINCT ?s WHERE {{ VALUES ?p {{ {values} }} GRAPH {name} {{ ?s ?p ?o }} }}"
            )
            nodes.update(row["s"].value for row in rows)
        return nodes

    # -- ontology --------------------------------------------------------------------

    def ensure_ontology(self) -> None:
        """Load (or refresh) the ontology into its own named graph."""
        data = ontology_turtle()
        digest = hashlib.sha256(data).hexdigest()
        marker = f"<{ONTOLOGY_IRI}> <{PKG}sha256> {sparql_string(digest)}"
        if bool(self.query(f"ASK {{ GRAPH <{ONTOLOGY_IRI}> {{ {marker} }} }}")):
            return
        statements = [str(t) for t in ox.parse(data, format=ox.RdfFormat.TURTLE)]
        statements.append(marker)
        self.replace_graphs(remove=[ONTOLOGY_IRI], add={ONTOLOGY_IRI: statements})

    # -- documents -------------------------------------------------------------------

    def stored_file(self, source_file: str) -> StoredFile | None:
        """The graphs ingested from a file of that name, and the file's hash as the
        document's main graph records it (written last, so it vouches for the rest)."""
        query = (
            f"SELECT ?g ?sha ?whole WHERE {{ GRAPH ?g {{ ?g <{PKG}sourceFile> ?file ; "
            f"<{PKG}sha256> ?sha OPTIONAL {{ ?g {PART_OF_ANOTHER} ?whole }} }} "
            f"FILTER(?file = {sparql_string(source_file)}) }} ORDER BY ?g"
        )
        rows = list(self.query(query))
        if not rows:
            return None
        main = [r for r in rows if r["whole"] is None]
        annexes = [r["g"].value for r in rows if r["whole"] is not None]
        if not main:
            return StoredFile(tuple(annexes), "")
        return StoredFile((main[0]["g"].value, *annexes), main[0]["sha"].value)

    def file_with_hash(self, sha256: str) -> tuple[str, str] | None:
        """(source file, main graph) of a document ingested from a file with these bytes."""
        query = (
            f"SELECT ?file ?g WHERE {{ GRAPH ?g {{ ?g <{PKG}sha256> {sparql_string(sha256)} ; "
            f"<{PKG}sourceFile> ?file {MAIN_GRAPH_ONLY} }} }} "
            "ORDER BY ?file LIMIT 1"
        )
        rows = list(self.query(query))
        return (rows[0]["file"].value, rows[0]["g"].value) if rows else None

    def work_owner(self, work_iri: str) -> str | None:
        """The source file a document was read from, whichever graph holds it (an annex
        is in its file's main graph)."""
        node = ox.NamedNode(work_iri)
        query = f"SELECT ?file WHERE {{ GRAPH ?g {{ {node} <{PKG}sourceFile> ?file }} }} LIMIT 1"
        rows = list(self.query(query))
        return rows[0]["file"].value if rows else None

    def is_empty(self) -> bool:
        return not self.document_graphs()

    def document_graphs(self) -> list[str]:  # pragma: no cover - overridden
        raise NotImplementedError

    def query(self, sparql: str, **options):  # pragma: no cover - overridden
        raise NotImplementedError

    def replace_graphs(self, *, remove: Iterable[str], add: dict[str, list[str]]) -> None:
        raise NotImplementedError  # pragma: no cover - overridden

    def quads(self) -> Iterator[ox.Quad]:  # pragma: no cover - overridden
        raise NotImplementedError

    # -- reading ---------------------------------------------------------------------

    def export(
        self, out: BinaryIO, fmt: str = "nquads", *, quads: Iterable[ox.Quad] | None = None
    ) -> None:
        """Write the whole dataset (or `quads`, another view of it: graph/review.py).
        N-Quads is sorted, so equal stores export equal bytes."""
        source = (lambda: iter(quads)) if quads is not None else self.quads
        if fmt not in EXPORT_FORMATS and fmt != "jsonld":
            raise StoreError(
                f"unknown export format {fmt!r}", hint=f"use one of {export_formats()}"
            )
        if fmt == "jsonld":
            from .jsonld import write_jsonld

            write_jsonld(source(), out)
            return
        if fmt == "nquads":
            lines = ox.serialize(source(), format=ox.RdfFormat.N_QUADS).decode("utf-8").splitlines()
            lines.sort()
            out.write(("\n".join(lines) + "\n").encode("utf-8") if lines else b"")
            return
        rdf_format = EXPORT_FORMATS[fmt]
        if rdf_format.supports_datasets:
            ox.serialize(sorted(source(), key=str), out, format=rdf_format, prefixes=PREFIXES)
        else:
            ox.serialize(
                sorted((q.triple for q in source()), key=str), out, format=rdf_format,
                prefixes=PREFIXES,
            )  # fmt: skip

    def stats(self) -> dict[str, object]:
        counts = {}
        query = (
            "SELECT ?class (COUNT(DISTINCT ?s) AS ?n) WHERE { GRAPH ?g { ?s a ?class "
            f"FILTER(?g != <{ONTOLOGY_IRI}>) ?g <{PKG}sourceFile> ?file }} }} "
            "GROUP BY ?class ORDER BY ?class"
        )
        for row in self.query(query):
            counts[row["class"].value] = int(row["n"].value)
        # Imported here: the review queue's queries import this module.
        from .review_queue import review_counts

        to_review, accepted = review_counts(self)
        return {
            "triples": len(self),  # type: ignore[arg-type]
            "documents": len(self.document_graphs()),
            "needs_review": to_review,  # warned, and no person accepted this version
            "accepted": accepted,  # warned, and a person accepted this version
            "classes": counts,
        }

    def _writable(self) -> None:
        if self.read_only:
            raise StoreError("the store is open read-only", hint="open it without read_only")
