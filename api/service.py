"""What the endpoint says about itself: a SPARQL 1.1 Service Description (at `GET
/sparql` for machines) and a VoID description of the dataset with counts per class and
per property (at `/.well-known/void`), both as RDF in the format the client accepts.

Counting a large store takes a moment, so the dataset statistics are computed once
and kept until the store changes (the runner's store generation).
"""

from __future__ import annotations

from dataclasses import dataclass

import pyoxigraph as ox
from policykg.graph.bound import Queries, bind
from policykg.graph.cache import GenerationCache

from policykg.vocab import DCT, ONTOLOGY_IRI, PKG, RDF, XSD

SD = "http://www.w3.org/ns/sparql-service-description#"
VOID = "http://rdfs.org/ns/void#"
FORMATS = "http://www.w3.org/ns/formats/"
RESULT_FORMATS = ("SPARQL_Results_JSON", "SPARQL_Results_XML", "SPARQL_Results_CSV",
                  "SPARQL_Results_TSV", "Turtle", "N-Triples", "RDF_XML", "JSON-LD",
                  "N-Quads", "TriG")  # fmt: skip


@dataclass(frozen=True)
class Statistics:
    triples: int
    graphs: dict[str, int]  # named graph -> triples
    classes: dict[str, int]  # class -> distinct instances
    properties: dict[str, int]  # property -> triples
    subjects: int


GRAPH_SIZES = "SELECT ?k (COUNT(*) AS ?n) { GRAPH ?k { ?s ?p ?o } } GROUP BY ?k"
CLASS_SIZES = (
    "SELECT ?k (COUNT(DISTINCT ?s) AS ?n) { GRAPH ?g { ?s a ?k } "
    f"FILTER(?g != <{ONTOLOGY_IRI}>) }} GROUP BY ?k"
)
PROPERTY_SIZES = "SELECT ?k (COUNT(*) AS ?n) { GRAPH ?g { ?s ?k ?o } } GROUP BY ?k"
SUBJECTS = "SELECT (COUNT(DISTINCT ?s) AS ?n) { GRAPH ?g { ?s ?p ?o } }"


class DatasetStatistics:
    """Counts over the store, computed on first use and kept until the store changes:
    keyed by the runner's store generation (graph/cache.py), which every write bumps
    (an update through /sparql, a correction), so no write can leave them stale. They
    are queries like any other (`queries`: in the app, through the endpoint's limits);
    without a generation they are counted on every call."""

    def __init__(self, queries: Queries) -> None:
        self._queries = queries
        self._kept = GenerationCache(lambda: getattr(queries, "generation", None), size=1)

    def get(self) -> Statistics:
        return self._kept.get("statistics", self._count)

    def _count(self) -> Statistics:
        def pairs(template: str) -> dict[str, int]:
            rows = self._queries.select(bind(template))
            return {r["k"].value: int(r["n"].value) for r in rows}

        graphs = pairs(GRAPH_SIZES)
        (row,) = self._queries.select(bind(SUBJECTS))
        return Statistics(sum(graphs.values()), graphs, pairs(CLASS_SIZES),
                          pairs(PROPERTY_SIZES), int(row["n"].value))  # fmt: skip


def _t(s: str, p: str, o: ox.NamedNode | ox.Literal | str) -> ox.Triple:
    obj = ox.NamedNode(o) if isinstance(o, str) else o
    return ox.Triple(ox.NamedNode(s), ox.NamedNode(p), obj)


def _count(n: int) -> ox.Literal:
    return ox.Literal(str(n), datatype=ox.NamedNode(XSD + "integer"))


def service_description(
    endpoint: str, void_iri: str, stats: Statistics, *, updates: bool
) -> list[ox.Triple]:
    """The SPARQL 1.1 Service Description of the endpoint."""
    triples = [
        _t(endpoint, RDF + "type", SD + "Service"),
        _t(endpoint, SD + "endpoint", endpoint),
        _t(endpoint, SD + "supportedLanguage", SD + "SPARQL11Query"),
        _t(endpoint, SD + "feature", SD + "UnionDefaultGraph"),
        _t(endpoint, SD + "feature", SD + "EmptyGraphs"),
        _t(endpoint, SD + "defaultEntailmentRegime", "http://www.w3.org/ns/entailment/Simple"),
        _t(endpoint, SD + "defaultDataset", void_iri),
        _t(void_iri, RDF + "type", SD + "Dataset"),
        _t(void_iri, SD + "defaultGraph", void_iri + "-default-graph"),
        _t(void_iri + "-default-graph", RDF + "type", SD + "Graph"),
        _t(void_iri + "-default-graph", VOID + "triples", _count(stats.triples)),
    ]
    if updates:
        triples.append(_t(endpoint, SD + "supportedLanguage", SD + "SPARQL11Update"))
    triples += [_t(endpoint, SD + "resultFormat", FORMATS + f) for f in RESULT_FORMATS]
    for index, (graph, size) in enumerate(sorted(stats.graphs.items()), start=1):
        node = f"{void_iri}-graph-{index}"
        description = f"{node}-description"
        triples += [
            _t(void_iri, SD + "namedGraph", node),
            _t(node, RDF + "type", SD + "NamedGraph"),
            _t(node, SD + "name", graph),
            _t(node, SD + "graph", description),
            _t(description, RDF + "type", SD + "Graph"),
            _t(description, VOID + "triples", _count(size)),
        ]
    return triples


def void_description(
    endpoint: str, void_iri: str, base_iri: str, stats: Statistics
) -> list[ox.Triple]:
    """The VoID description of the dataset: size, endpoint, and partitions by class and
    by property with their counts."""
    triples = [
        _t(void_iri, RDF + "type", VOID + "Dataset"),
        _t(void_iri, DCT + "title", ox.Literal("policykg", language="en")),
        _t(
            void_iri,
            DCT + "description",
            ox.Literal(
                "A bilingual knowledge graph of Mainland–Hong Kong–Shenzhen innovation and "
                "technology policy documents.",
                language="en",
            ),
        ),
        _t(
            void_iri,
            DCT + "description",
            ox.Literal("內地、香港與深圳創新科技合作政策文件的雙語知識圖譜。", language="zh-Hant"),
        ),
        _t(
            void_iri,
            DCT + "description",
            ox.Literal("内地、香港与深圳创新科技合作政策文件的双语知识图谱。", language="zh-Hans"),
        ),
        _t(void_iri, VOID + "sparqlEndpoint", endpoint),
        _t(void_iri, VOID + "uriSpace", ox.Literal(base_iri)),
        _t(void_iri, VOID + "vocabulary", PKG),
        _t(void_iri, VOID + "triples", _count(stats.triples)),
        _t(void_iri, VOID + "distinctSubjects", _count(stats.subjects)),
        _t(void_iri, VOID + "classes", _count(len(stats.classes))),
        _t(void_iri, VOID + "properties", _count(len(stats.properties))),
    ]
    for index, (cls, n) in enumerate(sorted(stats.classes.items()), start=1):
        node = f"{void_iri}-class-{index}"
        triples += [_t(void_iri, VOID + "classPartition", node), _t(node, VOID + "class", cls),
                    _t(node, VOID + "entities", _count(n))]  # fmt: skip
    for index, (prop, n) in enumerate(sorted(stats.properties.items()), start=1):
        node = f"{void_iri}-property-{index}"
        triples += [_t(void_iri, VOID + "propertyPartition", node), _t(node, VOID + "property", prop),
                    _t(node, VOID + "triples", _count(n))]  # fmt: skip
    return triples
