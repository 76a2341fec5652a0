"""Withdrawing a correction: a person takes back their own or another's correction.

The withdrawal is a correction of its own (who, when, why: its own graph), so the
history shows both. Applying it puts the machine statements the correction had
withdrawn back into their document graphs (unless another correction in force still
withdraws them) and rewrites the correction's graph as withdrawn: its record and what
it had replaced stay, the statements it asserted go."""

from __future__ import annotations

import pyoxigraph as ox

from .bound import PROLOGUE, bind, queries_of
from .review import graph_sha
from .review_record import read_correction
from .review_types import Correction, Effect
from .store_base import BaseStore, is_correction_graph


def target_of(store: BaseStore, correction: Correction) -> Correction | None:
    """The correction a withdrawal takes back, or None if the store has no such one."""
    try:
        target = ox.NamedNode(correction.withdraws)
    except ValueError:
        return None
    if not is_correction_graph(target.value) or not store.has_graph(target.value):
        return None
    found = read_correction(store, target.value)
    return found if found.kind else None


def withdrawal_effect(store: BaseStore, correction: Correction) -> Effect:
    """The machine statements to put back; stale when there is nothing to withdraw."""
    target = target_of(store, correction)
    if target is None:
        return Effect((), (), "the withdrawn correction is not in the store")
    if target.kind == "withdraw":
        return Effect((), (), "a withdrawal cannot be withdrawn: make the correction again")
    if target.withdrawn_by == correction.iri:
        return Effect((), ())  # done before (a reapply): nothing to put back again
    if target.withdrawn_by:
        return Effect((), (), f"the correction was withdrawn already by {target.withdrawn_by}")
    if target.status != "applied":
        return Effect((), ())  # a stale correction withdrew nothing
    still = withdrawn_by_others(store, target)
    shas: dict[str, str | None] = {}
    restores = []
    for quad, sha in target.removed:
        graph = quad.graph_name.value
        if graph not in shas:
            shas[graph] = graph_sha(store, graph)
        # a graph re-ingested since has the machine's new statements already
        if quad not in still and (shas[graph] or "") == sha:
            restores.append(quad)
    return Effect((), (), restores=tuple(sorted(restores, key=str)))


# the statements about these subjects that corrections in force withdrew, each with the
# correction: looked up by subject, so a withdrawal reads what concerns it, not every
# correction (a file of W withdrawals over C corrections would cost O(W·C))
WITHDRAWN_ABOUT = (
    PROLOGUE
    + """SELECT ?c ?s ?p ?o ?g WHERE {
  VALUES ?s {}
  GRAPH ?c { ?r rdf:subject ?s ; rdf:predicate ?p ; rdf:object ?o ; pkg:inGraph ?g .
             ?c pkg:removes ?r ; pkg:reviewStatus "applied" } }"""
)


def withdrawn_by_others(store: BaseStore, target: Correction) -> set[ox.Quad]:
    """Which of the statements `target` withdrew another correction in force withdraws too."""
    subjects = {quad.subject for quad, _ in target.removed}
    if not subjects:
        return set()
    rows = queries_of(store).select(bind(WITHDRAWN_ABOUT, s=sorted(subjects, key=str)))
    mine = {quad for quad, _ in target.removed}
    found = {
        ox.Quad(row["s"], row["p"], row["o"], row["g"])
        for row in rows
        if row["c"].value != target.iri
    }
    return mine & found
