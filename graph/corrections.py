"""Making corrections and keeping them in force: `Reviewer` over one store.

`correct` checks a correction, works out what it does (graph/review.py), validates the
document graphs it changes against the SHACL shapes (refused when it adds a violation),
and writes it in one update: the withdrawn statements leave their document graphs and the
correction's graph is written. `reapply` runs after an ingest: each correction is worked
out again against the new machine output, applied, or marked stale with the reason.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace

import pyoxigraph as ox

from .accept import prepared as accept_prepared
from .review import (
    Anchor,
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
from .review_record import withdrawn_record
from .split import split_iri
from .store_base import BaseStore, is_correction_graph
from .withdraw import target_of as withdrawn_target


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
        # when a list: each write adds the update that undoes it (graph/decisions.py
        # applies a file of decisions all or nothing)
        self.journal: list[str] | None = None

    def correct(self, correction: Correction) -> Correction:
        """Check, validate and store a correction; the stored correction. Raises
        CorrectionError (malformed, or it does not apply) or CorrectionRefused (it would
        break the shapes); nothing is stored then."""
        correction = accept_prepared(self.store, correction)  # its default reason and span
        check(correction)
        correction = replace(correction, created=correction.created or now())
        if correction.kind == "withdraw":  # recorded on the withdrawn correction's document
            target = withdrawn_target(self.store, correction)
            if target is not None:
                correction = replace(correction, anchor=Anchor(target.anchor.document))
        if correction.kind == "split" and correction.into is None:
            correction = replace(correction, into=split_iri(correction))
        correction = replace(correction, iri=correction_graph(self.base_iri, correction))
        fx = effect(self.store, correction)
        if fx.stale:
            raise CorrectionError(f"the correction does not apply: {fx.stale}",
                                  hint="check the IRIs, the span and the quote")  # fmt: skip
        if self.store.has_graph(correction.iri):  # the same, by the same reviewer, this second
            raise CorrectionError("this correction is stored already", hint=correction.iri)
        self._validate(fx)
        stored = self._write(correction, fx)
        if correction.kind == "withdraw":
            # what it puts back is machine output the corrections made since work on
            # (a merge in force moves a party a withdrawn rejection brings back)
            self.reapply()
        return stored

    def withdraw(
        self, correction: str, reviewer: str, reason: str, *, verified: bool = False
    ) -> Correction:
        """Take back the stored correction `correction` (an IRI): the machine statements
        it withdrew come back, what it asserted goes; both stay in the history. Raises
        CorrectionError when there is no such correction or it was withdrawn already."""
        target = withdrawn_target(self.store, Correction("withdraw", Anchor(""), "", "",
                                                         withdraws=correction))  # fmt: skip
        if target is None:
            raise CorrectionError(f"no correction {correction!r} in the store",
                                  hint="GET /api/corrections lists them")  # fmt: skip
        if target.withdrawn_by:
            raise CorrectionError(f"the correction was withdrawn already by {target.withdrawn_by}")
        return self.correct(
            Correction(kind="withdraw", anchor=Anchor(target.anchor.document), reviewer=reviewer,
                       reason=reason, withdraws=target.iri, verified=verified)
        )  # fmt: skip

    def split(
        self,
        entity: ox.NamedNode,
        selection: Sequence[Anchor],
        reviewer: str,
        reason: str,
        *,
        verified: bool = False,
    ) -> Correction:
        """Move the entity's mentions in the chosen documents (an Anchor without a span:
        all of them there) or spans (the annotations inside the span and the facts they
        back) to a new IRI, `stored.into`. Raises CorrectionError or CorrectionRefused."""
        if not selection:
            raise CorrectionError("a split needs the documents or spans whose mentions move")
        return self.correct(
            Correction(kind="split", anchor=Anchor(selection[0].document), reviewer=reviewer,
                       reason=reason, entity=entity, selection=tuple(selection),
                       verified=verified)
        )  # fmt: skip

    def reapply(self) -> list[Correction]:
        """Put every stored correction back in force against the store as it is now (after
        an ingest replaced document graphs); those whose anchor is gone are kept, marked
        stale. Returns the corrections with their new status."""
        return [
            stored
            if stored.status == "withdrawn"
            else self._write(stored, effect(self.store, stored))
            for stored in corrections(self.store)
        ]  # a withdrawn correction is history: it stays as it is, not applied

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
        """One update: withdraw the statements (or put them back, for a withdrawal),
        write the correction's graph anew (and a withdrawn one's, as withdrawn)."""
        shas = {g: graph_sha(self.store, g) or "" for g in {q.graph_name.value for q in fx.removes}}
        graphs = {correction.iri: record_statements(correction, fx, shas)}
        if correction.kind == "withdraw" and not fx.stale:
            target = withdrawn_target(self.store, correction)
            if target is not None:
                graphs[target.iri] = withdrawn_record(target, correction.iri)
        parts = []
        if fx.removes:
            parts += _delete(fx.removes)
        if fx.restores:
            parts.append(f"INSERT DATA {{ {_data(fx.restores)} }}")
        if self.journal is not None:
            self.journal.append(self._inverse(fx, list(graphs)))
        for graph, statements in graphs.items():
            parts.append(f"DROP SILENT GRAPH <{graph}>")
            lines = " .\n".join(statements)
            parts.append(f"INSERT DATA {{ GRAPH <{graph}> {{\n{lines} .\n}} }}")
        self.store.update(" ;\n".join(parts))
        return with_status(correction, fx, shas)

    def _inverse(self, fx: Effect, graphs: list[str]) -> str:
        """The update that undoes a write of `fx` over `graphs`, as they are now."""
        parts = [f"DROP SILENT GRAPH <{graph}>" for graph in graphs]
        before = [q for graph in graphs if self.store.has_graph(graph)
                  for q in _graph_quads(self.store, graph)]  # fmt: skip
        if before:
            parts.append(f"INSERT DATA {{ {_data(before)} }}")
        if fx.removes:
            parts.append(f"INSERT DATA {{ {_data(fx.removes)} }}")
        if fx.restores:
            parts += _delete(fx.restores)
        return " ;\n".join(parts)

    def undo(self) -> None:
        """Undo every write since the journal was started, newest first."""
        journal, self.journal = self.journal or [], None
        for update in reversed(journal):
            self.store.update(update)

    def _validate(self, fx: Effect) -> None:
        """Refuse a correction that adds a SHACL violation to the graphs it changes:
        each changed document graph as it would be, with the asserted statements."""
        from .validate import readable, validate_document

        graphs = sorted({q.graph_name.value for q in (*fx.removes, *fx.restores)})
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
            after[graph] += [_statement(q) for q in fx.restores if q.graph_name.value == graph]
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


def _delete(quads) -> list[str]:
    """Update operations deleting these quads. A language-tagged literal is matched by
    its text and its tag in any case: pyoxigraph gives tags in lower case, and Virtuoso
    keeps zh-Hant as written and compares tags case-sensitively in DELETE DATA."""
    plain = [q for q in quads if not (isinstance(q.object, ox.Literal) and q.object.language)]
    parts = [f"DELETE DATA {{ {_data(plain)} }}"] if plain else []
    for q in quads:
        if q in plain:
            continue
        text, tag = ox.Literal(q.object.value), ox.Literal(q.object.language.lower())
        parts.append(
            f"DELETE {{ GRAPH {q.graph_name} {{ {q.subject} {q.predicate} ?o }} }} "
            f"WHERE {{ GRAPH {q.graph_name} {{ {q.subject} {q.predicate} ?o "
            f"FILTER(isLiteral(?o) && STR(?o) = {text} && LCASE(LANG(?o)) = {tag}) }} }}"
        )
    return parts


def _data(quads) -> str:
    return " ".join(
        f"GRAPH {q.graph_name} {{ {q.subject} {q.predicate} {q.object} }}" for q in quads
    )


def _graph_name(quad: ox.Quad) -> str:
    return quad.graph_name.value if isinstance(quad.graph_name, ox.NamedNode) else ""


def _statement(quad: ox.Quad) -> str:
    return f"{quad.subject} {quad.predicate} {quad.object}"
