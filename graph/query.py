"""Run a SPARQL query on the store and render its result in the standard formats."""

from __future__ import annotations

import csv
import io
import json
import unicodedata
from dataclasses import dataclass, field
from typing import Literal as Kind

import pyoxigraph as ox

from policykg.errors import QueryError

from .safety import check_query
from .store import PolicyStore

XSD_STRING = "http://www.w3.org/2001/XMLSchema#string"
RESULT_FORMATS = ("table", "json", "csv", "tsv")
GRAPH_FORMATS = ("turtle", "ntriples", "jsonld", "rdfxml")
MEDIA_TYPES = {
    "json": "application/sparql-results+json",
    "csv": "text/csv; charset=utf-8",
    "tsv": "text/tab-separated-values; charset=utf-8",
    "table": "text/plain; charset=utf-8",
    "turtle": "text/turtle; charset=utf-8",
    "ntriples": "application/n-triples",
    "jsonld": "application/ld+json",
    "rdfxml": "application/rdf+xml",
}


@dataclass
class QueryOutcome:
    kind: Kind["select", "ask", "graph"]
    variables: list[str] = field(default_factory=list)
    rows: list[dict[str, object]] = field(default_factory=list)
    boolean: bool | None = None
    triples: list[ox.Triple] = field(default_factory=list)


def execute(store: PolicyStore, sparql: str, *, max_rows: int | None = None) -> QueryOutcome:
    """Run a read-only query. Raises QueryError (bad syntax, refused, too many rows)."""
    if not sparql.strip():
        raise QueryError(
            "the query is empty", hint="give a SPARQL SELECT, ASK, CONSTRUCT or DESCRIBE"
        )
    check_query(sparql)
    result = store.query(sparql)
    try:
        if isinstance(result, (bool, ox.QueryBoolean)):
            return QueryOutcome("ask", boolean=bool(result))
        if isinstance(result, ox.QuerySolutions):
            variables = [v.value for v in result.variables]
            rows = _rows(result, variables, max_rows)
            del result  # pyoxigraph results must be freed on the thread that made them
            if rows is None:
                raise QueryError(
                    f"the query returns more than {max_rows} rows",
                    hint="add LIMIT, or narrow the query",
                )
            return QueryOutcome("select", variables=variables, rows=rows)
        return QueryOutcome("graph", triples=list(result))
    except (OSError, RuntimeError, ValueError) as exc:
        raise QueryError(f"the query failed: {exc}") from None


def _rows(
    solutions: ox.QuerySolutions, variables: list[str], max_rows: int | None
) -> list[dict[str, object]] | None:
    """The solutions as dicts, or None when there are more than `max_rows`."""
    rows: list[dict[str, object]] = []
    for solution in solutions:
        if max_rows is not None and len(rows) >= max_rows:
            return None
        rows.append({v: solution[v] for v in variables if solution[v] is not None})
    return rows


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
        return _render_graph(outcome.triples, fmt)
    if fmt not in RESULT_FORMATS:
        raise QueryError(
            f"format {fmt!r} is for graphs; this query returns {outcome.kind.upper()} results",
            hint=f"use one of {', '.join(RESULT_FORMATS)}",
        )
    return {"json": _json, "csv": _csv, "tsv": _tsv, "table": _table}[fmt](outcome)


def _render_graph(triples: list[ox.Triple], fmt: str) -> bytes:
    if fmt == "jsonld":
        from .jsonld import to_jsonld

        return to_jsonld(ox.Quad(t.subject, t.predicate, t.object) for t in triples).encode("utf-8")
    rdf_format = {
        "turtle": ox.RdfFormat.TURTLE,
        "ntriples": ox.RdfFormat.N_TRIPLES,
        "rdfxml": ox.RdfFormat.RDF_XML,
    }[fmt]
    from policykg.vocab import PREFIXES

    prefixes = PREFIXES if fmt != "ntriples" else None
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
