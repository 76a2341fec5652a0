"""Accept: a person confirms a fact the machine found, so it leaves the review queue.

An acceptance is a correction of its own (kind `accept`, `oa:assessing`): who, when,
why (optional: the page's one click gives a default), the statement judged and the span
it was read from, in its own graph like the others. It withdraws and asserts nothing;
it applies while its document still states the fact and the quote is still at its
position, and turns stale otherwise (the fact then returns to the queue, and the stale
acceptance is listed). Withdrawing it puts the fact back in the queue."""

from __future__ import annotations

from dataclasses import replace

import pyoxigraph as ox

from policykg.vocab import PKG

from .bound import PROLOGUE, bind, queries_of
from .cache import GenerationCache
from .file_graph import file_graph
from .kinds import QuerySource
from .review_types import Anchor, Correction, Effect
from .store_base import BaseStore

DEFAULT_REASON = "accepted as extracted"
# the span the machine read a fact from: its first annotation in the document's graph
FACT_SPAN = (
    PROLOGUE
    + """SELECT ?start ?end ?exact WHERE { VALUES ?g {} VALUES ?s {} VALUES ?p {} VALUES ?o {}
  GRAPH ?g { ?a pkg:factProperty ?p ; oa:hasBody ?s ; pkg:factValue ?o ;
                oa:hasTarget/oa:hasSelector ?pos , ?q .
             ?pos oa:start ?start ; oa:end ?end . ?q oa:exact ?exact } }
ORDER BY ?start ?end"""
)
# the statements whose acceptance is in force, with the document each is anchored to
ACCEPTED = (
    PROLOGUE
    + """SELECT ?doc ?s ?p ?o WHERE {
  GRAPH ?c { ?c pkg:correctionKind "accept" ; pkg:reviewStatus "applied" ;
             pkg:correctsDocument ?doc ; pkg:statement ?st .
             ?st rdf:subject ?s ; rdf:predicate ?p ; rdf:object ?o } }"""
)
# the machine states it: in the document's graph, or withdrawn from that graph's present
# version by a correction in force (whatever the order corrections are put back in force)
STATED = (
    PROLOGUE
    + """ASK { VALUES ?g {} VALUES ?s {} VALUES ?p {} VALUES ?o {}
  { GRAPH ?g { ?s ?p ?o } }
  UNION
  { GRAPH ?c { ?c pkg:removes ?r ; pkg:reviewStatus "applied" .
               ?r rdf:subject ?s ; rdf:predicate ?p ; rdf:object ?o ; pkg:inGraph ?g ;
                  pkg:graphSha256 ?sha }
    GRAPH ?g { ?g pkg:sha256 ?sha } } }"""
)


def accept_effect(store: BaseStore, correction: Correction) -> Effect:
    """Nothing withdrawn or asserted; stale when the machine no longer states the fact
    in the document (the quote's position is checked with every correction's, in
    review.effect). The machine's view, not the reviewed one: a later rejection of the
    fact does not make it stale when the corrections are put back in force on a store
    where that rejection is applied, as it does not on a fresh store replaying them."""
    s, p, o = correction.statement
    graph = ox.NamedNode(file_graph(store, correction.anchor.document))  # an annex's: its file's
    if not queries_of(store).ask(bind(STATED, g=graph, s=s, p=p, o=o)):
        if p.value == PKG + "sha256":  # a document accepted for one version (graph/settle.py)
            return Effect((), (), "the document's file changed since this version was accepted")
        return Effect((), (), "the accepted statement is no longer in the document")
    return Effect((), ())


def prepared(store: BaseStore, correction: Correction) -> Correction:
    """An acceptance as it is stored: the default reason when none is given, and,
    given without a span, the one the machine read the fact from (so a changed text
    makes it stale); a fact without annotation is anchored to its document alone."""
    if correction.kind != "accept":
        return correction
    if not correction.reason.strip():
        correction = replace(correction, reason=DEFAULT_REASON)
    if correction.anchor.quote is not None:
        return correction
    if correction.statement is None or not correction.anchor.document:
        return correction
    s, p, o = correction.statement
    try:
        graph = ox.NamedNode(correction.anchor.document)
    except ValueError:
        return correction  # check() refuses it with the reason
    rows = queries_of(store).select(bind(FACT_SPAN, g=graph, s=s, p=p, o=o, limit=1))
    if not rows:
        return correction
    row = rows[0]
    anchor = Anchor(graph.value, int(row["start"].value), int(row["end"].value),
                    row["exact"].value)  # fmt: skip
    return replace(correction, anchor=anchor)


def accepted_statements(
    source: QuerySource, *, cache: GenerationCache | None = None
) -> frozenset[tuple[str, str, str, str]]:
    """(document, subject, predicate, object) of every fact accepted and still so; an
    object as its value (an IRI or a literal's text, as the queue's facts give it). With
    a `cache`, read once per store generation (one row per acceptance: the pages ask on
    every view)."""
    if cache is not None:
        return cache.get("accepted facts", lambda: accepted_statements(source))
    return frozenset(
        {
            (r["doc"].value, r["s"].value, r["p"].value, r["o"].value)
            for r in queries_of(source).select(bind(ACCEPTED))
        }
    )
