"""What one stored correction changes in the review queue's lists, so that they are
carried over the write instead of read again (graph/cache.py `GenerationCache.advance`).

The low-confidence facts (10 s on the scale corpus), the look-alikes (seconds) and the
order of the corrections are kept per store generation, and every write makes a new
generation. Most corrections a reviewer makes from the queue change one row of them:

- an acceptance takes its fact off the low-confidence list and adds it to the accepted;
- a rejection of a fact (a party, issuer, signatory, sum, date or relation) takes that
  fact off the low-confidence list, if it was there;
- an added fact is in its correction's graph, which neither list reads;
- none of these touches what the look-alikes read (classes, labels, merges, mentions);
- every correction goes first in the order of the corrections (and, for these three,
  on the first page of the listing).

Any other correction (a relabel, merge, split, retype, withdrawal) may change the
low-confidence facts of the entities it names: given `recheck`, those facts are read
again (graph/confidence.py `doubtful_facts_about`, a few bound queries) and the rest of
the list is kept; the look-alikes and the accepted facts are read again. Any other write
(a SPARQL Update, an ingest) drops every list: they are read again, as before.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable

import pyoxigraph as ox

from policykg.errors import PolicyKGError
from policykg.vocab import ELI, PKG, ROLE_DATES

from .cache import DROP
from .confidence import JUDGED, DoubtfulFact, fact_order
from .recent import KEY as RECENT_KEY
from .recent import PAGE_KEY as RECENT_PAGE
from .recent import first_page_with, with_correction
from .review_types import Correction

# The statements a carried rejection or addition may concern: the facts a reviewer judges
# from the text. The lists read none of them but the judged ones (graph/confidence.py).
FACT_PREDICATES = frozenset(
    {
        *JUDGED,
        ELI + "date_document", ELI + "first_date_entry_in_force",
        ELI + "date_no_longer_in_force", PKG + "date",
        *ROLE_DATES.values(),
        ELI + "based_on", ELI + "cites", ELI + "repeals", ELI + "amends", PKG + "supersedes",
    }
)  # fmt: skip
LOOK_ALIKES = "look-alikes"
DOUBTFUL = "doubtful facts"
ACCEPTED = "accepted facts"

Fact = tuple[str, str, str, str]  # graph (document), subject, predicate, object's value


Recheck = Callable[[frozenset[str]], list[DoubtfulFact]]


def touched_entities(correction: Correction, withdrawn: Correction | None) -> frozenset[str]:
    """The IRIs a correction (and, for a withdrawal, the correction it took back) names or
    took statements from: the low-confidence facts it may have changed are about them."""
    found: set[str] = set()
    for made in (correction, withdrawn):
        if made is None:
            continue
        terms = [*(made.statement or ()), made.entity, made.into]
        terms += [t for q in made.removed_quads for t in (q.subject, q.object)]
        found.update(t.value for t in terms if isinstance(t, ox.NamedNode))
    return frozenset(found)


def carry_over(
    correction: Correction, recheck: Recheck | None = None, touched: frozenset[str] = frozenset()
) -> Callable[[Hashable, object], object]:
    """`carry(key, value)` for the answers kept before `correction` was stored; with
    `recheck`, the low-confidence facts about `touched` are read again instead of all."""
    lists_kept = _changes_one_fact(correction)
    gone: set[Fact] = {
        (q.graph_name.value, q.subject.value, q.predicate.value, q.object.value)
        for q in correction.removed_quads
    }
    accepted: set[Fact] = set()
    if correction.kind == "accept" and correction.status == "applied":
        s, p, o = correction.statement
        accepted.add((correction.anchor.document, s.value, p.value, o.value))

    def carry(key: Hashable, value: object) -> object:
        if key == RECENT_KEY:
            return with_correction(value, correction)
        if not lists_kept:
            if key == DOUBTFUL and isinstance(value, list) and recheck is not None and touched:
                return _rechecked(value, recheck, touched)
            return DROP
        if isinstance(key, tuple) and key[:1] == (RECENT_PAGE,):
            return first_page_with(value, correction)
        if key == LOOK_ALIKES or (isinstance(key, tuple) and key[:1] == (LOOK_ALIKES,)):
            return value
        if key == DOUBTFUL and isinstance(value, list):
            off = gone | accepted
            return [f for f in value if not _is_any(f, off)] if off else value
        if key == ACCEPTED and isinstance(value, frozenset):
            return value | accepted
        return DROP

    return carry


def _rechecked(facts: list[DoubtfulFact], recheck: Recheck, touched: frozenset[str]) -> object:
    try:
        fresh = recheck(touched)
    except PolicyKGError:  # over the query limits: the whole list is read again
        return DROP
    kept = [f for f in facts if f.subject not in touched and f.value not in touched]
    return sorted([*kept, *fresh], key=fact_order)


def _changes_one_fact(correction: Correction) -> bool:
    if correction.kind not in ("accept", "reject", "add") or correction.statement is None:
        return False
    if correction.kind == "accept":
        return not correction.removed  # an acceptance withdraws nothing
    predicates = {
        correction.statement[1].value,
        *(q.predicate.value for q in correction.removed_quads),
    }
    return predicates <= FACT_PREDICATES


def _is_any(fact: DoubtfulFact, facts: set[Fact]) -> bool:
    return (fact.document, fact.subject, fact.predicate, fact.value) in facts
