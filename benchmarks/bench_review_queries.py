"""The review queue and a node's correction history as the store grows around them.

    .venv/bin/python benchmarks/bench_review_queries.py

Synthetic stores in memory: N document graphs, each with a title, a party and a
validation warning, 16 of them flagged pkg:needsReview (the queue stays 16 long); and M
corrections, each of a document and of a statement about an organisation. Each figure
is the best of 3. "one query" is the form before session 12 (kept here to compare):
OPTIONALs / a UNION in `GRAPH ?g` with the node bound outside, which Oxigraph 0.5
evaluated over every graph; "in steps" is what the pages run now.
"""

from __future__ import annotations

import time

import pyoxigraph as ox
from policykg.api.corrections import history
from policykg.graph.bound import PROLOGUE, StoreQueries, bind
from policykg.graph.review_queue import review_queue

from policykg.vocab import DCT, PKG, PROV, RDF, SCHEMA, XSD

B = "https://w3id.org/policykg/id/"
QUEUE_ONE_QUERY = (
    PROLOGUE
    + """SELECT ?doc ?warning ?party WHERE {
  GRAPH ?doc { ?doc pkg:needsReview true }
  OPTIONAL { GRAPH ?doc { ?node pkg:validationWarning ?warning } }
  OPTIONAL { GRAPH ?doc { ?doc pkg:party ?party } } }
ORDER BY ?doc ?warning ?party LIMIT 2000"""
)
HISTORY_ONE_QUERY = (
    PROLOGUE
    + """SELECT ?c ?kind ?who ?when ?why ?status ?p ?o WHERE {
  VALUES ?node {}
  GRAPH ?c { ?c a pkg:Correction ; pkg:correctionKind ?kind ; prov:generatedAtTime ?when ;
             pkg:reason ?why ; pkg:reviewStatus ?status ; prov:wasAttributedTo ?agent .
             ?agent schema:name ?who
             { ?c pkg:correctsDocument ?node } UNION { ?c pkg:correctsEntity ?node }
             UNION { ?c pkg:mergedInto ?node } UNION { ?c pkg:statement/rdf:subject ?node }
             UNION { ?c pkg:statement/rdf:object ?node }
             OPTIONAL { ?c pkg:removes ?r . ?r rdf:predicate ?p ; rdf:object ?o } } }
ORDER BY DESC(?when) ?c ?p ?o"""
)


def documents(n: int) -> ox.Store:
    quads = []
    for i in range(n):
        d = ox.NamedNode(f"{B}work/d{i}")
        quads += [
            ox.Quad(d, ox.NamedNode(PKG + "party"), ox.NamedNode(f"{B}org/o{i % 500}"), d),
            ox.Quad(d, ox.NamedNode(DCT + "title"), ox.Literal(f"文件{i}", language="zh-Hant"), d),
            ox.Quad(ox.NamedNode(f"{B}work/d{i}/w"), ox.NamedNode(PKG + "validationWarning"),
                    ox.Literal(f"warning {i}", language="en"), d),
        ]  # fmt: skip
        if i % (n // 16) == 0:
            quads.append(ox.Quad(d, ox.NamedNode(PKG + "needsReview"), ox.Literal(True), d))
    store = ox.Store()
    store.bulk_extend(quads)
    return store


def corrections(m: int) -> ox.Store:
    quads = []
    for i in range(m):
        c = ox.NamedNode(f"{B}correction/c{i}")
        agent, st, r = (ox.NamedNode(f"{B}correction/c{i}/{x}") for x in ("agent", "st", "r"))
        doc, org = ox.NamedNode(f"{B}work/d{i % 1000}"), ox.NamedNode(f"{B}org/o{i % 300}")
        when = ox.Literal("2026-01-01T00:00:00Z", datatype=ox.NamedNode(XSD + "dateTime"))
        for s, p, o in (
            (c, RDF + "type", ox.NamedNode(PKG + "Correction")),
            (c, PKG + "correctionKind", ox.Literal("reject")), (c, PKG + "correctsDocument", doc),
            (c, PROV + "generatedAtTime", when), (c, PKG + "reason", ox.Literal("why")),
            (c, PKG + "reviewStatus", ox.Literal("applied")), (c, PROV + "wasAttributedTo", agent),
            (agent, SCHEMA + "name", ox.Literal("who")), (c, PKG + "statement", st),
            (st, RDF + "subject", doc), (st, RDF + "object", org), (c, PKG + "removes", r),
            (r, RDF + "predicate", ox.NamedNode(PKG + "party")), (r, RDF + "object", org),
        ):  # fmt: skip
            quads.append(ox.Quad(s, ox.NamedNode(p), o, c))
    store = ox.Store()
    store.bulk_extend(quads)
    return store


def best_ms(run) -> float:
    times = []
    for _ in range(3):
        started = time.perf_counter()
        run()
        times.append(1000 * (time.perf_counter() - started))
    return min(times)


def main() -> None:
    print("| review queue (16 documents) among N documents | one query ms | in steps ms |")
    print("|---|---|---|")
    for n in (1_000, 10_000, 100_000):
        store = documents(n)
        before = best_ms(lambda: list(store.query(QUEUE_ONE_QUERY)))  # noqa: B023
        after = best_ms(lambda: review_queue(StoreQueries(store)))  # noqa: B023
        print(f"| {n:,} | {before:.1f} | {after:.1f} |")
    print()
    print("| a node's history among M corrections | one query ms | in steps ms |")
    print("|---|---|---|")
    for m in (100, 1_000, 10_000):
        store = corrections(m)
        node = ox.NamedNode(f"{B}org/o7")
        text = bind(HISTORY_ONE_QUERY, node=node, limit=1000).text()
        before = best_ms(lambda: list(store.query(text)))  # noqa: B023
        after = best_ms(lambda: history(StoreQueries(store), node.value))  # noqa: B023
        print(f"| {m:,} | {before:.1f} | {after:.1f} |")


if __name__ == "__main__":
    main()
