"""Making corrections and keeping them in force: `Reviewer` over one store.

`correct` checks a correction, works out what it does (graph/review.py), validates the
document graphs it changes against the SHACL shapes (refused when it adds a violation),
and writes it in one update: the withdrawn statements leave their document graphs and the
correction's graph is written. `reapply` runs after an ingest: each correction is worked
out again against the new machine output, applied, or marked stale with the reason.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

import pyoxigraph as ox

from .review import (
    Correction,
    CorrectionError,
    CorrectionRefused,
    Effect,
    check,
    correction_graph,
    corrections,
    effect,
    graph_sha,
    now,
    record_statements,
    with_status,
)
from .review_queue import review_queue
from .store_base import BaseStore, is_correction_graph


@dataclass(frozen=True)
class QueueItem:
    """A document to review: it was stored with warnings (pkg:needsReview)."""

    document: str
    title: str
    warnings: tuple[str, ...]


@dataclass(frozen=True)
class _Graphs:
    """What validate_document reads of a built document: graph IRI → statements."""

    graphs: dict[str, list[str]]


class Reviewer:
    """Corrections on one store, written with `base_iri`."""

    def __init__(self, store: BaseStore, base_iri: str) -> None:
        self.store = store
        self.base_iri = base_iri

    def correct(self, correction: Correction) -> Correction:
        """Check, validate and store a correction; the stored correction. Raises
        CorrectionError (malformed, or it does not apply) or CorrectionRefused (it would
        break the shapes); nothing is stored then."""
        check(correction)
        correction = replace(correction, created=correction.created or now())
        correction = replace(correction, iri=correction_graph(self.base_iri, correction))
        fx = effect(self.store, correction)
        if fx.stale:
            raise CorrectionError(f"the correction does not apply: {fx.stale}",
                                  hint="check the IRIs, the span and the quote")  # fmt: skip
        self._validate(fx)
        return self._write(correction, fx)

    def reapply(self) -> list[Correction]:
        """Put every stored correction back in force against the store as it is now (after
        an ingest replaced document graphs); those whose anchor is gone are kept, marked
        stale. Returns the corrections with their new status."""
        return [
            self._write(stored, effect(self.store, stored)) for stored in corrections(self.store)
        ]

    def load(self, quads: list[ox.Quad]) -> list[Correction]:
        """Take corrections exported from another installation (`export --view
        corrections`) and put them in force here. Raises CorrectionError, storing
        nothing, when a statement is outside a correction's graph."""
        outside = [q for q in quads if not is_correction_graph(_graph_name(q))]
        if outside:
            raise CorrectionError(
                f"{len(outside)} statements are not in a correction's graph, e.g. {outside[0]}",
                hint="load the output of `policykg export --view corrections`",
            )
        graphs = sorted({_graph_name(q) for q in quads})
        add: dict[str, list[str]] = {g: [] for g in graphs}
        for quad in quads:
            add[_graph_name(quad)].append(_statement(quad))
        self.store.replace_graphs(remove=graphs, add=add)
        return self.reapply()

    def stale(self) -> list[Correction]:
        return [c for c in corrections(self.store) if c.status == "stale"]

    def queue(self) -> list[QueueItem]:
        """The documents stored with warnings, each with its warnings (English)."""
        return [
            QueueItem(
                item.document, item.title, tuple(w for lang, w in item.warnings if lang == "en")
            )
            for item in review_queue(self.store, limit=None)
        ]

    # -- writing ---------------------------------------------------------------------------

    def _write(self, correction: Correction, fx: Effect) -> Correction:
        """One update: withdraw the statements, write the correction's graph anew."""
        shas = {g: graph_sha(self.store, g) or "" for g in {q.graph_name.value for q in fx.removes}}
        statements = record_statements(correction, fx, shas)
        parts = []
        if fx.removes:
            body = " ".join(
                f"GRAPH {q.graph_name} {{ {q.subject} {q.predicate} {q.object} }}"
                for q in fx.removes
            )
            parts.append(f"DELETE DATA {{ {body} }}")
        parts.append(f"DROP SILENT GRAPH <{correction.iri}>")
        lines = " .\n".join(statements)
        parts.append(f"INSERT DATA {{ GRAPH <{correction.iri}> {{\n{lines} .\n}} }}")
        self.store.update(" ;\n".join(parts))
        return with_status(correction, fx, shas)

    def _validate(self, fx: Effect) -> None:
        """Refuse a correction that adds a SHACL violation to the graphs it changes:
        each changed document graph as it would be, with the asserted statements."""
        from .validate import readable, validate_document

        graphs = sorted({q.graph_name.value for q in fx.removes})
        if not graphs:  # an addition: judged with the document it is about
            subjects = {t.subject.value for t in fx.adds}
            graphs = sorted(g for g in subjects if self.store.has_graph(g)) or []
        removed = set(fx.removes)
        before: dict[str, list[str]] = {}
        after: dict[str, list[str]] = {}
        for graph in graphs:
            quads = _graph_quads(self.store, graph)
            before[graph] = [_statement(q) for q in quads]
            after[graph] = [_statement(q) for q in quads if q not in removed]
        added = [f"{t.subject} {t.predicate} {t.object}" for t in fx.adds]
        key = "urn:policykg:correction-under-review"
        report, data = validate_document(
            self.store, _Graphs({**after, key: added}), graphs, self.base_iri
        )
        if not report.violations:
            return
        # only violations the correction brings are its fault (a store loaded with
        # --no-validate may hold others)
        baseline, _ = validate_document(self.store, _Graphs(before), graphs, self.base_iri)
        known = {(f.focus, f.shape, f.path, f.value) for f in baseline.violations}
        new = [f for f in report.violations if (f.focus, f.shape, f.path, f.value) not in known]
        if new:
            from .validate import ValidationReport

            raise CorrectionRefused(
                f"the correction would break the data ({len(new)} violations):\n"
                + readable(ValidationReport(False, new), data, "Hant"),
                hint="correct it so that the shapes still hold (see shapes/policykg.shapes.ttl)",
            )


def _graph_quads(store: BaseStore, graph: str) -> list[ox.Quad]:
    rows = store.query(f"SELECT ?s ?p ?o WHERE {{ GRAPH <{graph}> {{ ?s ?p ?o }} }}")
    name = ox.NamedNode(graph)
    return [ox.Quad(r["s"], r["p"], r["o"], name) for r in rows]


def _graph_name(quad: ox.Quad) -> str:
    return quad.graph_name.value if isinstance(quad.graph_name, ox.NamedNode) else ""


def _statement(quad: ox.Quad) -> str:
    return f"{quad.subject} {quad.predicate} {quad.object}"
