"""Withdrawing a correction: a person takes back their own or another's correction.

The withdrawal is a correction of its own (who, when, why: its own graph), so the
history shows both. Applying it puts the machine statements the correction had
withdrawn back into their document graphs (unless another correction in force still
withdraws them) and rewrites the correction's graph as withdrawn: its record and what
it had replaced stay, the statements it asserted go."""

from __future__ import annotations

import pyoxigraph as ox

from .review import graph_sha
from .review_record import read_correction
from .review_types import Correction, Effect
from .store_base import BaseStore


def target_of(store: BaseStore, correction: Correction) -> Correction | None:
    """The correction a withdrawal takes back, or None if the store has no such one."""
    try:
        target = ox.NamedNode(correction.withdraws)
    except ValueError:
        return None
    if "/correction/" not in target.value or not store.has_graph(target.value):
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
    from .review import corrections

    still = {
        quad
        for other in corrections(store)
        if other.iri != target.iri and other.status == "applied"
        for quad, _ in other.removed
    }
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
