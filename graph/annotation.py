"""A Web Annotation read back for people: the fact it supports and the quote in its
context (the sentence before it and the rest of its own sentence), so that the span
behind a fact can be read, not only pointed at."""

from __future__ import annotations

from dataclasses import dataclass

import pyoxigraph as ox

from .bound import PROLOGUE, Queries, bind
from .browse import Source
from .entity_view import source_of

# Sentence ends. A line break is not one: PDF-extracted text breaks lines mid-sentence.
SENTENCE_ENDS = "。！？；!?"
# How far the context reaches at most, either side (a text without sentence marks).
REACH = 300


@dataclass(frozen=True)
class Context:
    """source[lead_start:start] + [start:end] (the quote) + [end:tail_end]."""

    lead: str
    quote: str
    tail: str


def sentence_context(text: str, start: int, end: int) -> Context:
    """The quote with the sentence before it and the rest of its own sentence."""
    floor = max(0, start - REACH)
    own = _sentence_start(text, start, floor)
    lead_start = _sentence_start(text, own - 1, floor) if own > floor else own
    tail_end = min(len(text), end + REACH)
    for index in range(end, tail_end):
        if text[index] in SENTENCE_ENDS:
            tail_end = index + 1
            break
    return Context(text[lead_start:start].lstrip(), text[start:end], text[end:tail_end])


def _sentence_start(text: str, at: int, floor: int) -> int:
    """Where the sentence holding text[at] starts (not before `floor`)."""
    index = at - 1
    while index >= floor and text[index] not in SENTENCE_ENDS:
        index -= 1
    return max(index + 1, floor)


@dataclass(frozen=True)
class Annotation:
    iri: str
    body: str  # the node the fact is about
    predicate: str
    value: str  # an IRI or a literal's lexical form
    value_is_iri: bool
    source: Source


ANNOTATION = (
    PROLOGUE
    + """SELECT ?body ?p ?v ?doc ?start ?end ?exact ?prov ?from WHERE { VALUES ?a {}
  ?a a oa:Annotation ; oa:hasBody ?body ; pkg:factProperty ?p ; pkg:factValue ?v ;
     oa:hasTarget ?t .
  ?t oa:hasSource ?doc ; oa:hasSelector ?pos , ?quote .
  ?pos oa:start ?start ; oa:end ?end . ?quote oa:exact ?exact
  OPTIONAL { ?a prov:wasDerivedFrom ?prov }
} LIMIT 1"""
)
# An annotation quoting a property of the document (a file name) instead of a span: asked
# apart, as graph/entity_view.py's QUOTED_SOURCES is
QUOTED_ANNOTATION = (
    PROLOGUE
    + """SELECT ?body ?p ?v ?doc ?start ?end ?exact ?prov ?from WHERE { VALUES ?a {}
  ?a a oa:Annotation ; oa:hasBody ?body ; pkg:factProperty ?p ; pkg:factValue ?v ;
     oa:hasTarget ?t .
  ?t oa:hasSource ?doc ; oa:hasSelector ?quote . ?quote pkg:quotedFrom ?from ; oa:exact ?exact
} LIMIT 1"""
)


def annotation(queries: Queries, iri: str) -> Annotation | None:
    """The annotation `iri` names, or None if the store has no such annotation."""
    rows = queries.select(bind(ANNOTATION, a=ox.NamedNode(iri))) or queries.select(
        bind(QUOTED_ANNOTATION, a=ox.NamedNode(iri))
    )
    if not rows:
        return None
    row = rows[0]
    value = row["v"]
    return Annotation(iri, row["body"].value, row["p"].value, value.value,
                      isinstance(value, ox.NamedNode), source_of(row))  # fmt: skip
