"""SHACL-SPARQL constraints evaluated in Python with the same meaning as their SPARQL,
where Oxigraph's evaluation grows with the square of a document's length.

- The annotation check (AnnotationShape: a quote's span lies inside its source and the
  source says the quote there) takes `STRLEN` and `SUBSTR` of the whole source text for
  every annotation. Oxigraph counts characters from the start of the string for both, so
  a document costs annotations × text length (1.2 s at 1 MB, 18 s at 4 MB). Here the same
  bindings are read without the text, and each span is checked by indexing the text.
- The provision check (ProvisionShape: the chain of parents reaches a document and does
  not loop) costs Oxigraph, for each provision, time that grows with the graph (0.85 s at
  4 MB, 14.5 s at 16 MB). Here the parent links are read once and each chain walked.

A native evaluation is used only while the shape's SPARQL is, word for word, the text it
was written for (`IMPLEMENTS`); edited, the SPARQL runs again, and a test fails until the
two are brought back together. Bindings outside what the Python reproduces exactly
(non-integer offsets, a negative start, a text that is not a plain string, a quote that
is a blank node) make the whole constraint run as SPARQL.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator

import pyoxigraph as ox

from policykg.vocab import PKG, sparql_prologue

XSD = "http://www.w3.org/2001/XMLSchema#"
_INTEGER_TYPES = frozenset(
    XSD + name
    for name in (
        "integer", "nonNegativeInteger", "positiveInteger", "nonPositiveInteger",
        "negativeInteger", "long", "int", "short", "byte", "unsignedLong", "unsignedInt",
        "unsignedShort", "unsignedByte",
    )
)  # fmt: skip
_DIGITS = re.compile(r"[+-]?[0-9]+")
_STRING = XSD + "string"


class Unsupported(Exception):
    """A binding the native evaluation does not reproduce exactly: run the SPARQL."""


def _words(sparql: str) -> str:
    return " ".join(sparql.split())


ANNOTATION_SPANS = _words("""
    SELECT $this ?problem WHERE {
      $this oa:hasTarget ?target .
      ?target oa:hasSource ?source ; oa:hasSelector ?position , ?quote .
      ?position oa:start ?start ; oa:end ?end .
      ?quote oa:exact ?exact .
      ?source pkg:sourceText ?text .
      BIND(xsd:integer(?start) AS ?s) BIND(xsd:integer(?end) AS ?e)
      BIND(IF(?s >= ?e, "start >= end",
           IF(?e > STRLEN(?text), "end beyond the source",
           IF(SUBSTR(?text, ?s + 1, ?e - ?s) != STR(?exact), "quote differs from the source", "")))
           AS ?problem)
      FILTER(?problem != "")
    }""")

# the bindings of ANNOTATION_SPANS up to its text (the same patterns, the same solutions)
_SPANS_WITHOUT_TEXT = """
SELECT ?this ?source ?start ?end ?exact WHERE {
  %s
  ?this oa:hasTarget ?target .
  ?target oa:hasSource ?source ; oa:hasSelector ?position , ?quote .
  ?position oa:start ?start ; oa:end ?end .
  ?quote oa:exact ?exact .
}"""


def annotation_spans(store: ox.Store, target: str) -> Iterator[dict[str, ox.Literal]]:
    """The solutions of ANNOTATION_SPANS (?this, ?problem) for the focus nodes `target`
    binds. Raises Unsupported."""
    source_text = ox.NamedNode(PKG + "sourceText")
    texts: dict[object, list[str]] = {}
    rows = store.query(sparql_prologue() + _SPANS_WITHOUT_TEXT % target)
    for row in rows:
        source = row["source"]
        if source not in texts:
            texts[source] = [
                _plain_string(q.object)
                for q in store.quads_for_pattern(source, source_text, None, ox.DefaultGraph())
            ]
        if not texts[source]:
            continue
        start, end = _integer(row["start"]), _integer(row["end"])
        exact = _str(row["exact"])
        for text in texts[source]:
            problem = _span_problem(start, end, exact, text)
            if problem:
                yield {"this": row["this"], "problem": ox.Literal(problem)}


def _span_problem(start: int, end: int, exact: str, text: str) -> str:
    if start >= end:
        return "start >= end"
    if end > len(text):
        return "end beyond the source"
    if start < 0:
        raise Unsupported("a negative start")  # SUBSTR before the first character
    if text[start:end] != exact:
        return "quote differs from the source"
    return ""


def _integer(term) -> int:
    """xsd:integer(term) for the integer types, whose cast keeps the value."""
    if (
        isinstance(term, ox.Literal)
        and term.datatype.value in _INTEGER_TYPES
        and _DIGITS.fullmatch(term.value)
    ):
        return int(term.value)
    raise Unsupported(f"an offset that is not an integer: {term}")


def _plain_string(term) -> str:
    if isinstance(term, ox.Literal) and term.datatype.value == _STRING and not term.language:
        return term.value
    raise Unsupported(f"a source text that is not a plain string: {term}")


def _str(term) -> str:
    if isinstance(term, ox.Literal | ox.NamedNode):
        return term.value
    raise Unsupported(f"a quote that has no string value: {term}")


PROVISION_CHAINS = _words("""
    SELECT $this WHERE {
      # the type test inside a FILTER: as a pattern, Oxigraph joined every
      # document with every provision (quadratic in the size of the graph)
      FILTER(NOT EXISTS { $this eli:is_part_of+ ?document .
                          FILTER EXISTS { ?document a eli:Work } }
             || EXISTS { $this eli:is_part_of+ $this })
    }""")

_ELI = "http://data.europa.eu/eli/ontology#"
_RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"


def provision_chains(store: ox.Store, target: str) -> Iterator[dict[str, ox.Literal]]:
    """The solutions of PROVISION_CHAINS: the focus nodes whose chain of eli:is_part_of
    reaches no eli:Work, or comes back to them. Oxigraph evaluated each EXISTS over the
    whole graph for every provision (0.85 s at 4 MB, 14.5 s at 16 MB); here the parent
    links are read once and each chain walked from its provision (provisions nest a few
    levels deep: linear in their number)."""
    parents: dict[object, list[object]] = {}
    for quad in store.quads_for_pattern(
        None, ox.NamedNode(_ELI + "is_part_of"), None, ox.DefaultGraph()
    ):
        parents.setdefault(quad.subject, []).append(quad.object)
    works = {
        quad.subject
        for quad in store.quads_for_pattern(
            None, ox.NamedNode(_RDF_TYPE), ox.NamedNode(_ELI + "Work"), ox.DefaultGraph()
        )
    }
    for row in store.query(sparql_prologue() + f"SELECT ?this WHERE {{ {target} }}"):
        this = row["this"]
        above = _above(this, parents)
        if this in above or not any(node in works for node in above):
            yield {"this": this}


def _above(node, parents: dict) -> set:
    """Every node `node` reaches by one or more eli:is_part_of links."""
    seen: set = set()
    frontier = list(parents.get(node, ()))
    while frontier:
        current = frontier.pop()
        if current not in seen:
            seen.add(current)
            frontier.extend(parents.get(current, ()))
    return seen


# the SPARQL (words only) → its evaluation in Python
IMPLEMENTS: dict[str, Callable[[ox.Store, str], Iterator[dict[str, ox.Literal]]]] = {
    ANNOTATION_SPANS: annotation_spans,
    PROVISION_CHAINS: provision_chains,
}


def native_solutions(store: ox.Store, select: str, target: str) -> list[dict] | None:
    """The solutions of the constraint `select` for the focus nodes `target` binds,
    evaluated in Python, or None when it has to run as SPARQL."""
    evaluate = IMPLEMENTS.get(_words(select))
    if evaluate is None:
        return None
    try:
        return list(evaluate(store, target))
    except Unsupported:
        return None
