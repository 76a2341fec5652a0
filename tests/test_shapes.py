"""SHACL shapes, data-driven as in pySHACL's own suite: one `tests/shapes/*.test.ttl` per
case, holding the data and the expected outcome (t:expect t:conforms …; for a violation, the
focus node and the node shape that must report it). The number of cases is asserted, so a
case that silently stops being collected fails the suite."""

from __future__ import annotations

from pathlib import Path

import pytest
from policykg.graph.validate import graph_of_quads, oxigraph_of_quads, shapes_graph, validate_graph
from rdflib import Graph, Namespace, URIRef
from rdflib.namespace import SH

T = Namespace("https://w3id.org/policykg/test#")
CASES = sorted((Path(__file__).parent / "shapes").glob("*.test.ttl"))
EXPECTED_CASES = 47


def test_every_case_is_collected():
    assert len(CASES) == EXPECTED_CASES


def test_every_node_shape_has_a_conforming_and_a_violating_case():
    shapes = shapes_graph()
    node_shapes = {s for s in shapes.subjects(None, SH.NodeShape)}
    violated = {_expectation(case)[2] for case in CASES if not _expectation(case)[0]}
    warned = {_expectation(case)[3].value(T.expect, T.warns) for case in CASES} - {None}
    assert node_shapes == violated | warned
    assert any(_expectation(case)[0] for case in CASES)


def _expectation(path: Path):
    graph = Graph().parse(path, format="turtle")
    expect = T.expect
    conforms = graph.value(expect, T.conforms).toPython()
    focus = graph.value(expect, T.focus)
    shape = graph.value(expect, T.shape)
    return conforms, focus, shape, graph


@pytest.mark.parametrize("case", CASES, ids=[c.name.removesuffix(".test.ttl") for c in CASES])
def test_case(case):
    conforms, focus, shape, graph = _expectation(case)
    for triple in list(graph.triples((T.expect, None, None))):
        graph.remove(triple)
    report = validate_graph(graph)
    assert report.conforms is conforms, [(f.focus, f.messages.get("en")) for f in report.findings]
    warns = graph.value(T.expect, T.warns)
    if graph.value(T.expect, T.quiet) is not None:
        assert not report.findings, [(f.focus, f.messages.get("en")) for f in report.findings]
    if warns is not None:
        hits = [f for f in report.findings if f.severity == "Warning" and f.focus == str(focus)]
        assert any(f.shape == str(warns) for f in hits), [
            (f.focus, f.shape) for f in report.findings
        ]
    if not conforms:
        shapes = shapes_graph()
        # property shapes are blank nodes that pySHACL relabels: match them by their path
        paths = {str(shapes.value(p, SH.path)) for p in shapes.objects(shape, SH.property)}
        hits = [
            f
            for f in report.violations
            if f.focus == str(focus) and (f.shape == str(shape) or (f.path and f.path in paths))
        ]
        assert hits, [(f.focus, f.shape) for f in report.violations]
        assert all({"zh-hant", "zh-hans", "en"} <= set(f.messages) for f in hits)


def test_the_embedded_corpus_conforms(corpus_store):
    quads = list(corpus_store.quads())
    report = validate_graph(graph_of_quads(quads), store=oxigraph_of_quads(quads))
    assert report.conforms, [(f.focus, f.messages.get("en")) for f in report.violations]


def test_shapes_follow_the_configured_base():
    shapes = shapes_graph("https://example.org/kg/")
    patterns = [str(p) for p in shapes.objects(None, SH.pattern) if "work" in str(p)]
    assert patterns and all("example\\.org/kg/" in p for p in patterns)
    assert URIRef("https://w3id.org/policykg/shapes#WorkShape") in set(shapes.subjects())
