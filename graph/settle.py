"""Settling the queue's items that are not one fact: a document the gate warned about,
and a stale correction (docs/review.md, "Settling a document or a stale correction").

- **A document stored with warnings** (no parties found, dates that disagree, an annex
  without structure) is accepted as "reviewed: the machine's reading stands". That is an
  `accept` correction of the statement `<doc> pkg:sha256 "…"`: the version of the file
  the reviewer saw. While that version is in the store the document is off the queue; a
  changed file has another hash, so on re-ingest the acceptance turns stale (listed) and
  the document comes back with its new warnings.
- **A stale correction** is accepted by anchoring it again: where each of its quotes is
  found again in its document's new text (the occurrence nearest the old position), a
  copy anchored there is stored and the stale one withdrawn. Where a quote is gone, or
  the copy does not apply to the new text (the statement it rejected is gone, the shapes
  refuse it), the stale one is withdrawn, the reason saying why. Both writes go through
  the Reviewer's journal: both are stored or neither.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

import pyoxigraph as ox

from policykg.vocab import PKG

from .bound import PROLOGUE, bind, queries_of
from .kinds import QuerySource
from .review import MAX_TEXT, source_text
from .review_record import read_correction
from .review_types import Anchor, Correction, CorrectionError
from .store_base import BaseStore

if TYPE_CHECKING:
    from .corrections import Reviewer

SHA256 = ox.NamedNode(PKG + "sha256")
SETTLED = "reviewed after its text changed"  # the reason of a stale one accepted without one
# the stale corrections, newest first, with what a person needs to settle each
STALE = (
    PROLOGUE
    + """SELECT ?c ?kind ?doc ?who ?when ?why ?stale WHERE {
  GRAPH ?c { ?c a pkg:Correction ; pkg:reviewStatus "stale" ; pkg:correctionKind ?kind ;
             pkg:correctsDocument ?doc ; prov:generatedAtTime ?when ; pkg:reason ?why ;
             prov:wasAttributedTo/schema:name ?who OPTIONAL { ?c pkg:staleReason ?stale } } }
ORDER BY DESC(?when) ?c"""
)


def document_acceptance(
    document: ox.NamedNode, version: ox.Literal, reviewer: str, reason: str = ""
) -> Correction:
    """The acceptance of a document's warnings for the version of it `version` names."""
    return Correction(kind="accept", anchor=Anchor(document.value), reviewer=reviewer,
                      reason=reason, statement=(document, SHA256, version))  # fmt: skip


def stale_corrections(source: QuerySource, limit: int = 200) -> list[dict[str, str]]:
    """The stale corrections, newest first: iri, kind, document, reviewer, created,
    reason and why stale."""
    return [
        {"iri": r["c"].value, "kind": r["kind"].value, "document": r["doc"].value,
         "reviewer": r["who"].value, "created": r["when"].value, "reason": r["why"].value,
         "stale_reason": r["stale"].value if r["stale"] is not None else ""}
        for r in queries_of(source).select(bind(STALE, limit=limit))
    ]  # fmt: skip


def reanchored(store: BaseStore, stale: Correction) -> tuple[Correction | None, str]:
    """The stale correction anchored to its quotes' places in the new text, as a new
    correction to store; or None and why it cannot be (no quote, or one not found)."""
    anchors = (stale.anchor, *stale.selection)
    if not any(a.quote for a in anchors):
        return None, "it has no quote to look for in the new text"
    texts: dict[str, str | None] = {}
    moved = []
    for anchor in anchors:
        if not anchor.quote:
            moved.append(anchor)
            continue
        if anchor.document not in texts:
            texts[anchor.document] = source_text(store, anchor.document)
        start = nearest(texts[anchor.document] or "", anchor.quote, anchor.start or 0)
        if start is None:
            return None, f"its quote {anchor.quote[:80]!r} is no longer in the text"
        moved.append(replace(anchor, start=start, end=start + len(anchor.quote)))
    return replace(stale, anchor=moved[0], selection=tuple(moved[1:]), created="", iri="",
                   status="applied", stale_reason="", withdrawn_by="", removed=()), ""  # fmt: skip


def nearest(text: str, quote: str, old: int) -> int | None:
    """The start of the occurrence of `quote` in `text` nearest `old` (the earlier of
    two as near), or None. Linear in the text: each occurrence is found once."""
    best = None
    found = text.find(quote)
    while found >= 0:
        if best is None or abs(found - old) < abs(best - old):
            best = found
        if found > old:  # the ones after are farther
            break
        found = text.find(quote, found + 1)
    return best


def settle_stale(reviewer: Reviewer, withdrawal: Correction) -> list[Correction]:
    """Accept the stale correction `withdrawal.withdraws`: store a copy anchored to the
    new text, made by the withdrawal's reviewer, and withdraw the stale one; or, where it
    cannot be anchored again or would not apply, withdraw it alone. The corrections
    stored (the copy first). Raises CorrectionError when it is not a stale correction."""
    try:
        ox.NamedNode(withdrawal.withdraws)
    except ValueError:
        raise CorrectionError("the correction to settle is not an IRI") from None
    if not reviewer.store.has_graph(withdrawal.withdraws):
        raise CorrectionError(f"no correction {withdrawal.withdraws!r} in the store",
                              hint="policykg review lists the stale ones")  # fmt: skip
    stale = read_correction(reviewer.store, withdrawal.withdraws)
    if not stale.kind:
        raise CorrectionError(f"{withdrawal.withdraws!r} is not a correction",
                              hint="policykg review lists the stale ones")  # fmt: skip
    if stale.status != "stale" or stale.kind == "withdraw":
        raise CorrectionError(
            f"the correction is {stale.status}, not stale: nothing to settle",
            hint="withdraw it from its history if it is wrong",
        )
    copy, why = reanchored(reviewer.store, stale)
    own = withdrawal.reason.strip()
    if copy is not None:
        copy = replace(copy, reviewer=withdrawal.reviewer, verified=withdrawal.verified,
                       reason=_text(f"{stale.reason} (anchored again to the new text"
                                    f"{': ' + own if own else ''})"))  # fmt: skip
    with reviewer.all_or_none():
        stored = []
        if copy is not None:
            try:
                stored.append(reviewer.correct(copy))
            except CorrectionError as exc:  # stores nothing: the stale one is withdrawn
                why = f"anchored again, it does not apply: {exc.message}"
        because = f"re-anchored as {stored[0].iri}" if stored else f"settled as stale: {why}"
        reason = _text(f"{own}; {because}" if own else because)
        stored.append(reviewer.correct(replace(withdrawal, kind="withdraw", reason=reason)))
    return stored


def _text(reason: str) -> str:
    return reason if len(reason) <= MAX_TEXT else reason[: MAX_TEXT - 1] + "…"
