"""The records of review: a correction's intent (`Correction`), the span it rests on
(`Anchor`), what applying it does (`Effect`), and the errors of making one."""

from __future__ import annotations

from dataclasses import dataclass, field

import pyoxigraph as ox

from policykg.errors import PolicyKGError

KINDS = ("reject", "relabel", "add", "merge", "split", "withdraw", "retype", "accept")
MOTIVATION = {
    "reject": "assessing",
    "relabel": "editing",
    "add": "editing",
    "merge": "editing",
    "split": "editing",
    "withdraw": "assessing",  # a judgement on an earlier correction
    "retype": "editing",
    "accept": "assessing",  # a fact judged right: it leaves the queue (graph/accept.py)
}


class CorrectionError(PolicyKGError):
    """A correction that cannot be made: malformed, or it would break the data."""

    http_status = 400


class CorrectionRefused(CorrectionError):
    """The correction would break the SHACL shapes; nothing was stored."""

    http_status = 409


@dataclass(frozen=True)
class Anchor:
    """The source span a correction rests on: the document and, when given, the quote
    and its character offsets in the document's pkg:sourceText."""

    document: str
    start: int | None = None
    end: int | None = None
    quote: str | None = None


@dataclass(frozen=True)
class Correction:
    """One correction's intent and record. `statement` is the (subject, predicate, object)
    rejected, added or accepted; `entity`/`label` a relabelling; `entity`/`into` a merge;
    `entity`/`selection` a split (the mentions in those documents or spans go to a new
    IRI); `withdraws` the correction a withdrawal takes back; `entity`/`new_type` a
    retype (the entity's class changes, so does its IRI's folder)."""

    kind: str
    anchor: Anchor
    reviewer: str
    reason: str
    created: str = ""
    statement: tuple[ox.NamedNode, ox.NamedNode, ox.NamedNode | ox.Literal] | None = None
    entity: ox.NamedNode | None = None
    label: ox.Literal | None = None
    into: ox.NamedNode | None = None
    selection: tuple[Anchor, ...] = ()
    withdraws: str = ""
    new_type: ox.NamedNode | None = None
    iri: str = ""
    status: str = "applied"  # applied | stale | withdrawn
    stale_reason: str = ""
    verified: bool = False  # the reviewer was identified by a named token
    withdrawn_by: str = ""  # the withdrawal that took it back
    # the statements it withdrew, each with its graph's pkg:sha256 at the time
    removed: tuple[tuple[ox.Quad, str], ...] = field(default=(), compare=False)

    @property
    def removed_quads(self) -> tuple[ox.Quad, ...]:
        return tuple(quad for quad, _ in self.removed)


@dataclass(frozen=True)
class Effect:
    """What applying a correction does: the quads withdrawn from document graphs, the
    triples it asserts, the machine quads it puts back (a withdrawal); `stale` says why
    it cannot apply ("" when it can)."""

    removes: tuple[ox.Quad, ...]
    adds: tuple[ox.Triple, ...]
    stale: str = ""
    restores: tuple[ox.Quad, ...] = ()


def intent(correction: Correction) -> tuple:
    """What a correction does, without who, when and why: two corrections with one
    intent are the same decision (a decisions file applied twice stores nothing new)."""
    return (
        correction.kind, correction.anchor.document, correction.statement,
        correction.entity, correction.label, correction.into,
        tuple((a.document, a.start, a.end) for a in correction.selection), correction.withdraws, correction.new_type,
    )  # fmt: skip
