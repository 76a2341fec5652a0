"""Making corrections and keeping them in force: `Reviewer` over one store.

`correct` checks a correction, works out what it does (graph/review.py), validates the
document graphs it changes against the SHACL shapes (refused when it adds a violation),
and writes it in one update: the withdrawn statements leave their document graphs and the
correction's graph is written. `reapply` runs after an ingest: each correction is worked
out again against the new machine output, applied, or marked stale with the reason.
"""

from __future__ import annotations

from collections.abc import Collection, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, replace

import pyoxigraph as ox

from .accept import prepared as accept_prepared
from .file_graph import file_graphs
from .review import (
    Anchor,
    Correction,
    CorrectionError,
    CorrectionRefused,
    Effect,
    EveryCorrection,
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
    version: str = ""  # its pkg:sha256: accepting the document accepts this version


@dataclass(frozen=True)
class _Graphs:
    """What validate_document reads of a built document: graph IRI → statements."""

    graphs: dict[str, list[str]]


class Reviewer:
    """Corrections on one store, written with `base_iri`."""

    def __init__(self, store: BaseStore, base_iri: str) -> None:
        self.store = store
        self.base_iri = base_iri
        # when a list: each write adds the update that undoes it (`all_or_none`)
        self.journal: list[str] | None = None
        # within a batch: the graphs withdrawals changed, reapplied once at its end
        self._deferred: set[str] | None = None

    def correct(self, correction: Correction) -> Correction:
        """Check, validate and store a correction; the stored correction. Raises
        CorrectionError (malformed, or it does not apply) or CorrectionRefused (it would
        break the shapes); nothing is stored then."""
        correction = accept_prepared(self.store, correction)  # its default reason and span
        check(correction)
        correction = replace(correction, created=correction.created or now())
        target = None
        if correction.kind == "withdraw":  # recorded on the withdrawn correction's document
            target = withdrawn_target(self.store, correction)
            if target is not None:
                correction = replace(correction, anchor=Anchor(target.anchor.document))
        if correction.kind == "split" and correction.into is None:
            correction = replace(correction, into=split_iri(correction))
        correction = replace(correction, iri=correction_graph(self.base_iri, correction))
        fx = effect(self.store, correction, EveryCorrection())
        if fx.stale:
            raise CorrectionError(f"the correction does not apply: {fx.stale}",
                                  hint="check the IRIs, the span and the quote")  # fmt: skip
        if self.store.has_graph(correction.iri):  # the same, by the same reviewer, this second
            raise CorrectionError("this correction is stored already", hint=correction.iri)
        self._validate(fx, correction.anchor.document)
        stored = self._write(correction, fx)
        if correction.kind == "withdraw":
            # what it puts back is machine output the corrections made since work on
            # (a merge in force moves a party a withdrawn rejection brings back); those on
            # the graphs it changes are checked against the shapes again
            changed = _touched(target, Effect(target.removed_quads, ()))
            if self._deferred is None:
                self.reapply(changed=changed)
            else:
                self._deferred |= changed
        return stored

    def correct_all(self, made: Sequence[Correction]) -> list[Correction]:
        """Store several corrections as one decision (a date form's new date and the old
        one's rejection): all, or, when one is refused or fails, none (the journal undoes
        those stored before it). Inside a journal already (a file of decisions), the
        outer one undoes them. Raises what `correct` raises."""
        with self.all_or_none():
            return [self.correct(correction) for correction in made]

    @contextmanager
    def all_or_none(self) -> Iterator[None]:
        """The writes made inside: all, or, when the block raises, none (the journal
        undoes those made before). Inside another `all_or_none` (a file of decisions),
        the outer one undoes them."""
        if self.journal is not None:
            yield
            return
        self.journal = []
        try:
            yield
        except BaseException:
            self.undo()
            raise
        self.journal = None

    def begin_batch(self) -> None:
        """Until `end_batch`, a withdrawal puts back what its correction withdrew but
        leaves reapplying the others to `end_batch`, once for all: W withdrawals over C
        corrections cost O(W + C), not O(W·C). Corrections made in between are worked out
        on the store as the withdrawals left it; `end_batch` works every one out again."""
        self._deferred = set()

    def end_batch(self) -> list[Correction]:
        """Reapply once what the batch's withdrawals call for; the corrections with
        their new status ([] when the batch withdrew nothing)."""
        changed, self._deferred = self._deferred, None
        return self.reapply(changed=changed) if changed else []

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

    def reapply(self, changed: Collection[str] | None = None) -> list[Correction]:
        """Put every stored correction back in force against the store as it is now (after
        an ingest replaced document graphs); those whose anchor is gone are kept, marked
        stale. Returns the corrections with their new status.

        Each is worked out on the machine's output with the corrections made before it in
        force, as on a fresh store the corrections are loaded into: what they withdrew
        comes back first (a split worked out again on a store where it is in force finds
        nothing left to move). `changed` names the document graphs written since the
        corrections were last applied (None: any may have been, e.g. corrections loaded
        from another store): a correction that changes one of them is checked against the
        shapes again, and one that would now break them is kept, marked stale with the
        shapes' reason, and not applied."""
        stored = list(corrections(self.store))
        self._restore_machine_view(stored)
        recheck = None if changed is None else set(changed)
        out = []
        done: set[str] = set()  # the corrections in force so far: a later one works on them
        for correction in stored:
            if correction.status == "withdrawn":  # history: it stays as it is, not applied
                out.append(correction)
                continue
            fx = effect(self.store, correction, done)
            # checked again: on a graph written since, or stale before (perhaps by the
            # shapes: it must not come back in force unchecked)
            again = recheck is None or correction.status == "stale"
            changes = fx.removes or fx.adds or fx.restores
            if changes and (again or _touched(correction, fx) & recheck):
                count, report = self._new_violations(fx, correction.anchor.document)
                if count:
                    fx = Effect((), (), f"it would now break the shapes ({count} violations): "
                                        + report[:1000].strip())  # fmt: skip
            out.append(self._write(correction, fx))
            if not fx.stale:
                done.add(correction.iri)
        return out

    def _restore_machine_view(self, stored: list[Correction]) -> None:
        """Put back into the document graphs every statement a correction withdrew from
        the version of the graph there now (a re-ingested graph has the machine's new
        statements already): the document graphs are then the machine's output."""
        shas: dict[str, str | None] = {}
        back: set[ox.Quad] = set()
        for correction in stored:
            for quad, sha in correction.removed:
                graph = quad.graph_name.value
                if is_correction_graph(graph):  # an earlier one's: it asserts them again
                    continue
                if graph not in shas:
                    shas[graph] = graph_sha(self.store, graph)
                if shas[graph] == sha:
                    back.add(quad)
        if not back:
            return
        restored = sorted(back, key=str)
        if self.journal is not None:  # undone: only what was not there before goes again
            present = _present(self.store, restored)
            absent = [q for q in restored if _key(q) not in present]
            self.journal.append(" ;\n".join(_delete(absent)) if absent else "")
        self.store.update(f"INSERT DATA {{ {_data(restored)} }}")

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
        """The documents stored with warnings, each with its warnings (English), less
        those whose present version a person accepted (graph/settle.py)."""
        return [
            QueueItem(
                item.document,
                item.title,
                tuple(w for lang, w in item.warnings if lang == "en"),
                item.version,
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
                  for q in self.store.graph_quads(graph)]  # fmt: skip
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
        self._deferred = None
        for update in reversed(journal):
            if update:
                self.store.update(update)

    def _validate(self, fx: Effect, document: str) -> None:
        """Refuse a correction that adds a SHACL violation to the graphs it changes."""
        if not (fx.removes or fx.adds or fx.restores):
            return  # changes nothing (a withdrawal of a stale correction)
        count, report = self._new_violations(fx, document)
        if count:
            raise CorrectionRefused(
                f"the correction would break the data ({count} violations):\n{report}",
                hint="correct it so that the shapes still hold (see shapes/policykg.shapes.ttl)",
            )

    def _new_violations(self, fx: Effect, document: str) -> tuple[int, str]:
        """How many SHACL violations applying `fx` adds to the graphs it changes (each
        changed document graph as it would be, with the asserted statements), and the
        readable report of them. `document`: the one the correction is anchored to."""
        from .validate import ValidationReport, readable, validate_document

        # the document graphs (what corrections assert is judged as it is added)
        graphs = sorted({q.graph_name.value for q in (*fx.removes, *fx.restores)
                         if not is_correction_graph(q.graph_name.value)})  # fmt: skip
        if not graphs:  # an addition, or a change of what corrections assert (a second
            # relabel takes the first's label): judged with the document it is about
            subjects = {t.subject.value for t in fx.adds} | {document}
            # an annex's statements are in its file's graph, and an annex can be a subject
            # (a date or a party added to it): each subject's file, in one query
            files = set(file_graphs(self.store, subjects).values())
            graphs = sorted(g for g in files if self.store.has_graph(g)) or []
        removed = set(fx.removes)
        before: dict[str, list[str]] = {}
        after: dict[str, list[str]] = {}
        for graph in graphs:
            quads = self.store.graph_quads(graph)
            before[graph] = [_statement(q) for q in quads]
            after[graph] = [_statement(q) for q in quads if q not in removed]
            after[graph] += [_statement(q) for q in fx.restores if q.graph_name.value == graph]
        added = [f"{t.subject} {t.predicate} {t.object}" for t in fx.adds]
        key = "urn:policykg:correction-under-review"
        report, data = validate_document(
            self.store, _Graphs({**after, key: added}), graphs, self.base_iri
        )
        if not report.violations:
            return 0, ""
        # only violations the correction brings are its fault (a store loaded with
        # --no-validate may hold others)
        baseline, _ = validate_document(self.store, _Graphs(before), graphs, self.base_iri)
        known = {(f.focus, f.shape, f.path, f.value) for f in baseline.violations}
        new = [f for f in report.violations if (f.focus, f.shape, f.path, f.value) not in known]
        return len(new), readable(ValidationReport(False, new), data, "Hant") if new else ""


def _touched(correction: Correction, fx: Effect) -> set[str]:
    """The document graphs a correction rests on or changes (an addition: the document
    it is about)."""
    subject = correction.statement[0].value if correction.statement else ""
    return {
        correction.anchor.document,
        subject,
        *(anchor.document for anchor in correction.selection),
        *(q.graph_name.value for q in (*fx.removes, *fx.restores)),
        *(t.subject.value for t in fx.adds),
    }


def _key(quad: ox.Quad) -> tuple[str, ...]:
    """A quad compared as stores give it back (a language tag in any case)."""
    obj = quad.object
    if isinstance(obj, ox.Literal) and obj.language:
        return (str(quad.graph_name), str(quad.subject), str(quad.predicate),
                obj.value, obj.language.lower())  # fmt: skip
    return (str(quad.graph_name), str(quad.subject), str(quad.predicate), str(obj))


def _present(store: BaseStore, quads: list[ox.Quad]) -> set[tuple[str, ...]]:
    """Which of `quads` the store holds (as `_key`s), by one bound lookup."""
    rows = " ".join(f"({q.graph_name} {q.subject} {q.predicate} {q.object})" for q in quads)
    found = store.query(
        f"SELECT ?g ?s ?p ?o WHERE {{ VALUES (?g ?s ?p ?o) {{ {rows} }} GRAPH ?g {{ ?s ?p ?o }} }}"
    )
    return {_key(ox.Quad(r["s"], r["p"], r["o"], r["g"])) for r in found}


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
