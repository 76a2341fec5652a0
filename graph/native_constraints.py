"""SHACL-SPARQL constraints evaluated in Python with the same meaning as their SPARQL.

The annotation check of the shapes (AnnotationShape: a quote's span lies inside its
source and the source says the quote there) takes `STRLEN` and `SUBSTR` of the whole
source text for every annotation. Oxigraph counts characters from the start of the
string for both, so one document's check costs annotations × text length: the square of
the document's length (1.2 s at 1 MB, 18 s at 4 MB). Here the same bindings are read from
the store without the text, and each span is checked by indexing the text once held in
Python: linear.

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


# the SPARQL (words only) → its evaluation in Python
IMPLEMENTS: dict[str, Callable[[ox.Store, str], Iterator[dict[str, ox.Literal]]]] = {
    ANNOTATION_SPANS: annotation_spans,
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
