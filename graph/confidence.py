"""Facts the extractor was least sure of, judged from what it records with each fact.

The extractor records no score, but it records enough to tell a doubtful fact from a
plain one (docs/review.md, "Low-confidence facts"):

- `no_span`: the fact has no annotation, so nothing in the text was tied to it;
- `name_outside_span`: the span it was read from does not spell the name of the
  entity the fact links (a party read from 港签署「一区两园」, a sum whose clause does not
  name the fund it was given to): the extractor joined the name from the context;
- `ocr_page`: the span lies on a page whose OCR confidence was below the threshold
  (`pkg:ocrLowConfidencePage`).

A fact a person accepted (an `accept` correction in force, graph/accept.py) is not listed.

The gate's warnings (`pkg:validationWarning`) are the queue's other list: they are about
a document (no party found, dates out of order), not about one of its facts.

Each fact is read once and checked against its own span and labels, so the work is
linear in the number of facts of these kinds; the queue shows the first `limit`.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

import pyoxigraph as ox

from policykg.vocab import ELI, ONTOLOGY_IRI, PKG

from .accept import accepted_statements
from .bound import PROLOGUE, BoundQuery, Queries, bind, iris
from .browse import Source, labels
from .cache import GenerationCache
from .duplicates import fold
from .entity_view import source_of
from .store_base import is_correction_graph

# The facts a reviewer can judge from the text: who concluded or issued a document, who
# signed it, and which sum a fund, platform or body was given.
JUDGED = (PKG + "party", PKG + "signatory", ELI + "passed_by", PKG + "amount")
REASONS = ("no_span", "name_outside_span", "ocr_page")

_JUDGED_VALUES = "VALUES ?p { pkg:party pkg:signatory eli:passed_by pkg:amount }"
# each query as its head and its pattern: the whole store's, or bound to some entities
_FACTS = ("SELECT ?g ?s ?p ?o", f"{_JUDGED_VALUES} GRAPH ?g {{ ?s ?p ?o }}")
_SPANS = (
    "SELECT ?s ?p ?o ?doc ?start ?end ?exact ?page",
    f"""{_JUDGED_VALUES}
  ?a pkg:factProperty ?p ; oa:hasBody ?s ; pkg:factValue ?o ; oa:hasTarget ?t .
  ?t oa:hasSource ?doc ; oa:hasSelector ?pos , ?quote .
  ?pos oa:start ?start ; oa:end ?end . ?quote oa:exact ?exact
  OPTIONAL {{ ?pos pkg:page ?page }}""",
)
# A fact read from a property of the document (the file's name), not a span of its text:
# asked apart, as graph/entity_view.py's QUOTED_SOURCES is; read by the same source_of
_QUOTED_SPANS = (
    "SELECT ?s ?p ?o ?doc ?exact ?from",
    f"""{_JUDGED_VALUES}
  ?a pkg:factProperty ?p ; oa:hasBody ?s ; pkg:factValue ?o ; oa:hasTarget ?t .
  ?t oa:hasSource ?doc ; oa:hasSelector ?quote . ?quote pkg:quotedFrom ?from ; oa:exact ?exact""",
)


def _whole(query: tuple[str, str]) -> str:
    return f"{PROLOGUE}{query[0]} WHERE {{ {query[1]} }}"


def _about(query: tuple[str, str]) -> str:
    """The query for the facts whose subject (`VALUES ?s {}`) or object (`VALUES ?o {}`)
    is one of some entities: its pattern twice, each with one of them bound."""
    head, pattern = query
    return (f"{PROLOGUE}{head} WHERE {{ {{ VALUES ?s {{}} {pattern} }} UNION "
            f"{{ VALUES ?o {{}} {pattern} }} }}")  # fmt: skip


FACTS = _whole(_FACTS) + "\nORDER BY ?g ?s ?p ?o"
SPANS = _whole(_SPANS)
QUOTED_SPANS = _whole(_QUOTED_SPANS)
LOW_PAGES = PROLOGUE + "SELECT ?doc ?page WHERE { ?doc pkg:ocrLowConfidencePage ?page }"
# the facts, and their spans, about some entities: a correction's (graph/review_lists.py)
FACTS_ABOUT = _about(_FACTS)
SPANS_ABOUT = _about(_SPANS)
QUOTED_SPANS_ABOUT = _about(_QUOTED_SPANS)


@dataclass(frozen=True)
class DoubtfulFact:
    """A fact of a document's graph, with the span it was read from (if any) and why it
    is doubtful: a subset of REASONS."""

    document: str  # the graph holding the statement
    subject: str
    predicate: str
    value: str
    reasons: tuple[str, ...]
    source: Source | None = None


def doubtful_facts(
    queries: Queries, limit: int | None = 100, *, cache: GenerationCache | None = None
) -> tuple[list[DoubtfulFact], int]:
    """The first `limit` doubtful facts (by document; all with None) and how many there
    are. With a `cache`, they are found once per store generation (every such fact is
    read: 10 s on the scale corpus) and shared by the queue's page and API."""
    if cache is not None:
        found = cache.get("doubtful facts", lambda: doubtful_facts(queries, None)[0])
        return found[:limit], len(found)
    found = _judged(queries, [bind(FACTS)], [bind(SPANS), bind(QUOTED_SPANS)])
    return found[:limit], len(found)


def doubtful_facts_about(queries: Queries, entities: Iterable[str]) -> list[DoubtfulFact]:
    """The doubtful facts whose subject or object is one of `entities`, by document: what
    a correction of those entities may have changed in the list (graph/review_lists.py)."""
    about = iris(sorted(entities))
    if not about:
        return []
    facts = bind(FACTS_ABOUT, s=about, o=about)
    spans = [bind(SPANS_ABOUT, s=about, o=about), bind(QUOTED_SPANS_ABOUT, s=about, o=about)]
    return sorted(_judged(queries, [facts], spans), key=fact_order)


def fact_order(fact: DoubtfulFact) -> tuple[str, str, str, str]:
    """The list's order (FACTS' ORDER BY: every term an IRI)."""
    return fact.document, fact.subject, fact.predicate, fact.value


def _judged(
    queries: Queries, fact_queries: list[BoundQuery], span_queries: list[BoundQuery]
) -> list[DoubtfulFact]:
    accepted = accepted_statements(queries)  # a person judged them: off the list
    facts = [
        fact
        for query in fact_queries
        for r in queries.select(query)
        if not is_correction_graph(r["g"].value) and r["g"].value != ONTOLOGY_IRI
        if (fact := (r["g"].value, r["s"].value, r["p"].value, r["o"].value)) not in accepted
    ]
    facts = list(dict.fromkeys(facts))  # a fact about two of the entities comes twice
    spans: dict[tuple[str, str, str], tuple[Source, int | None]] = {}
    for query in span_queries:  # a span of the text first, else a file name
        # the first in the text where a fact has several, whatever order a query gives
        for r in sorted(queries.select(query), key=_span_order):
            key = (r["s"].value, r["p"].value, r["o"].value)
            if key not in spans:
                page = int(r["page"].value) if r["page"] is not None else None
                spans[key] = (source_of(r), page)
    low_pages = {(r["doc"].value, int(r["page"].value)) for r in queries.select(bind(LOW_PAGES))}
    # the name each fact should spell: the linked entity's, or for a sum the funded one's
    named = {s if p == PKG + "amount" else o for _, s, p, o in facts}
    names = labels(queries, named)
    found: list[DoubtfulFact] = []
    for graph, s, p, o in facts:
        reasons = []
        span = spans.get((s, p, o))
        if span is None:
            reasons.append("no_span")
        else:
            label = names.get(s if p == PKG + "amount" else o)
            spelled = (
                [label.hant, label.hans, label.en, label.plain, *label.aliases] if label else []
            )
            quote = fold(span[0].quote)
            # an entity without labels (a person has only schema:name) is not judged
            if spelled and not any(fold(n) and fold(n) in quote for n in spelled if n):
                reasons.append("name_outside_span")
            if span[1] is not None and (span[0].document, span[1]) in low_pages:
                reasons.append("ocr_page")
        if reasons:
            source = span[0] if span is not None else None
            found.append(DoubtfulFact(graph, s, p, o, tuple(reasons), source))
    return found


def _span_order(row: ox.QuerySolution) -> tuple[str, int, int, str]:
    def value(name: str) -> str:
        try:
            term = row[name]
        except KeyError:  # not among the query's variables
            return ""
        return "" if term is None else term.value

    start, end = value("start"), value("end")
    return value("doc"), int(start or -1), int(end or -1), value("exact")


def doubtful_json(fact: DoubtfulFact) -> dict:
    span = fact.source
    return {
        "document": fact.document, "subject": fact.subject, "predicate": fact.predicate,
        "value": fact.value, "reasons": list(fact.reasons),
        **({"span": {"document": span.document, "start": span.start, "end": span.end,
                     "quote": span.quote,
                     **({"quoted_from": span.quoted_from} if span.quoted_from else {})}}
           if span else {}),
    }  # fmt: skip
