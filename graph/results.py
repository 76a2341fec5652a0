"""A query's outcome and its renderings in the standard formats: SPARQL results as JSON,
XML, CSV and TSV (and a table for terminals); graphs as Turtle, N-Triples, RDF/XML,
JSON-LD, N-Quads and TriG."""

from __future__ import annotations

import csv
import io
import json
import unicodedata
from dataclasses import dataclass, field
from typing import Literal as Kind
from xml.sax.saxutils import escape, quoteattr

import pyoxigraph as ox

from policykg.errors import QueryError
from policykg.vocab import PREFIXES

XSD_STRING = "http://www.w3.org/2001/XMLSchema#string"
RESULT_FORMATS = ("table", "json", "xml", "csv", "tsv")
GRAPH_FORMATS = ("turtle", "ntriples", "jsonld", "rdfxml", "nquads", "trig")
MEDIA_TYPES = {
    "json": "application/sparql-results+json",
    "xml": "application/sparql-results+xml",
    "csv": "text/csv; charset=utf-8",
    "tsv": "text/tab-separated-values; charset=utf-8",
    "table": "text/plain; charset=utf-8",
    "turtle": "text/turtle; charset=utf-8",
    "ntriples": "application/n-triples",
    "jsonld": "application/ld+json",
    "rdfxml": "application/rdf+xml",
    "nquads": "application/n-quads",
    "trig": "application/trig",
}
RDF_FORMATS = {
    "turtle": ox.RdfFormat.TURTLE,
    "ntriples": ox.RdfFormat.N_TRIPLES,
    "rdfxml": ox.RdfFormat.RDF_XML,
    "nquads": ox.RdfFormat.N_QUADS,
    "trig": ox.RdfFormat.TRIG,
}


@dataclass
class QueryOutcome:
    kind: Kind["select", "ask", "graph"]
    variables: list[str] = field(default_factory=list)
    rows: list[dict[str, object]] = field(default_factory=list)
    boolean: bool | None = None
    triples: list[ox.Triple] = field(default_factory=list)


def default_format(outcome: QueryOutcome, *, for_terminal: bool) -> str:
    if outcome.kind == "graph":
        return "turtle"
    return "table" if for_terminal else "json"


def render(outcome: QueryOutcome, fmt: str) -> bytes:
    """The result in `fmt`; raises QueryError if the format does not fit the query form."""
    if outcome.kind == "graph":
        if fmt not in GRAPH_FORMATS:
            raise QueryError(
                f"format {fmt!r} is for SELECT and ASK results; this query returns a graph",
                hint=f"use one of {', '.join(GRAPH_FORMATS)}",
            )
        return render_graph(outcome.triples, fmt)
    if fmt not in RESULT_FORMATS:
        raise QueryError(
            f"format {fmt!r} is for graphs; this query returns {outcome.kind.upper()} results",
            hint=f"use one of {', '.join(RESULT_FORMATS)}",
        )
    return {"json": _json, "xml": _xml, "csv": _csv, "tsv": _tsv, "table": _table}[fmt](outcome)


def render_graph(triples: list[ox.Triple], fmt: str) -> bytes:
    if fmt == "jsonld":
        from .jsonld import to_jsonld

        return to_jsonld(ox.Quad(t.subject, t.predicate, t.object) for t in triples).encode("utf-8")
    rdf_format = RDF_FORMATS[fmt]
    prefixes = PREFIXES if fmt in ("turtle", "trig", "rdfxml") else None
    if rdf_format.supports_datasets:
        quads = [ox.Quad(t.subject, t.predicate, t.object) for t in triples]
        return ox.serialize(quads, format=rdf_format, prefixes=prefixes) or b""
    return ox.serialize(triples, format=rdf_format, prefixes=prefixes) or b""


def term_json(term: object) -> dict[str, str]:
    if isinstance(term, ox.NamedNode):
        return {"type": "uri", "value": term.value}
    if isinstance(term, ox.BlankNode):
        return {"type": "bnode", "value": term.value}
    if isinstance(term, ox.Literal):
        out = {"type": "literal", "value": term.value}
        if term.language:
            out["xml:lang"] = term.language
        elif term.datatype.value != XSD_STRING:
            out["datatype"] = term.datatype.value
        return out
    return {"type": "literal", "value": str(term)}


def _json(outcome: QueryOutcome) -> bytes:
    if outcome.kind == "ask":
        body: dict = {"head": {}, "boolean": outcome.boolean}
    else:
        body = {
            "head": {"vars": outcome.variables},
            "results": {
                "bindings": [{k: term_json(v) for k, v in row.items()} for row in outcome.rows]
            },
        }
    return json.dumps(body, ensure_ascii=False).encode("utf-8")


def _xml_term(term: object) -> str:
    if isinstance(term, ox.NamedNode):
        return f"<uri>{escape(term.value)}</uri>"
    if isinstance(term, ox.BlankNode):
        return f"<bnode>{escape(term.value)}</bnode>"
    if isinstance(term, ox.Literal):
        if term.language:
            return f"<literal xml:lang={quoteattr(term.language)}>{escape(term.value)}</literal>"
        if term.datatype.value != XSD_STRING:
            return (
                f"<literal datatype={quoteattr(term.datatype.value)}>{escape(term.value)}</literal>"
            )
        return f"<literal>{escape(term.value)}</literal>"
    return f"<literal>{escape(str(term))}</literal>"


def _xml(outcome: QueryOutcome) -> bytes:
    out = ['<?xml version="1.0" encoding="UTF-8"?>',
           '<sparql xmlns="http://www.w3.org/2005/sparql-results#">']  # fmt: skip
    if outcome.kind == "ask":
        out += ["<head/>", f"<boolean>{'true' if outcome.boolean else 'false'}</boolean>"]
    else:
        out.append("<head>")
        out += [f"<variable name={quoteattr(v)}/>" for v in outcome.variables]
        out += ["</head>", "<results>"]
        for row in outcome.rows:
            bindings = "".join(
                f"<binding name={quoteattr(v)}>{_xml_term(row[v])}</binding>"
                for v in outcome.variables
                if v in row
            )
            out.append(f"<result>{bindings}</result>")
        out.append("</results>")
    out.append("</sparql>")
    return ("\n".join(out) + "\n").encode("utf-8")


def _plain(term: object) -> str:
    if isinstance(term, ox.BlankNode):
        return f"_:{term.value}"
    return getattr(term, "value", str(term))


def _csv(outcome: QueryOutcome) -> bytes:
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    if outcome.kind == "ask":
        writer.writerow(["_askResult"])
        writer.writerow(["true" if outcome.boolean else "false"])
    else:
        writer.writerow(outcome.variables)
        for row in outcome.rows:
            writer.writerow([_plain(row[v]) if v in row else "" for v in outcome.variables])
    return buffer.getvalue().encode("utf-8")


def _tsv(outcome: QueryOutcome) -> bytes:
    if outcome.kind == "ask":
        return b"?_askResult\n" + (b"true\n" if outcome.boolean else b"false\n")
    lines = ["\t".join(f"?{v}" for v in outcome.variables)]
    for row in outcome.rows:
        lines.append("\t".join(str(row[v]) if v in row else "" for v in outcome.variables))
    return ("\n".join(lines) + "\n").encode("utf-8")


def _width(text: str) -> int:
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in text)


def _table(outcome: QueryOutcome) -> bytes:
    if outcome.kind == "ask":
        return b"true\n" if outcome.boolean else b"false\n"
    header = outcome.variables
    cells = [[_plain(row[v]).replace("\n", " ") if v in row else "" for v in header]
             for row in outcome.rows]  # fmt: skip
    widths = [
        min(60, max([_width(h)] + [_width(r[i]) for r in cells])) for i, h in enumerate(header)
    ]

    def fit(text: str, width: int) -> str:
        while _width(text) > width:
            text = text[:-2] + "…"
        return text + " " * (width - _width(text))

    lines = [" | ".join(fit(h, w) for h, w in zip(header, widths, strict=True))]
    lines.append("-+-".join("-" * w for w in widths))
    lines += [" | ".join(fit(c, w) for c, w in zip(r, widths, strict=True)) for r in cells]
    lines.append(f"({len(cells)} row{'s' if len(cells) != 1 else ''})")
    return ("\n".join(lines) + "\n").encode("utf-8")
