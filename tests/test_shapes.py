"""SHACL shapes, data-driven as in pySHACL's own suite: one `tests/shapes/*.test.ttl` per
case, holding the data and the expected outcome (t:expect t:conforms …; for a violation, the
focus node and the node shape that must report it; t:warns for a warning). The number of
cases is asserted, so a case that silently stops being collected fails the suite.

The same cases decide the ingest gate: a case that conforms (warnings at most, such as an
agreement whose parties were not found) is stored, one with a violation (broken data) is
refused."""

from __future__ import annotations

from pathlib import Path
from types import SimpleNamespace

import pytest
from policykg.graph.shacl_sparql import compile_shapes
from policykg.graph.store import PolicyStore
from policykg.graph.validate import (
    ENGINES,
    oxigraph_of_quads,
    shapes_graph,
    split_shapes,
    validate_document,
    validate_graph,
    validate_store,
)
from rdflib import Graph, Namespace, URIRef
from rdflib.namespace import SH

T = Namespace("https://w3id.org/policykg/test#")
CASES = sorted((Path(__file__).parent / "shapes").glob("*.test.ttl"))
EXPECTED_CASES = 53


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


def _case_data(case: Path):
    conforms, focus, shape, graph = _expectation(case)
    for triple in list(graph.triples((T.expect, None, None))):
        graph.remove(triple)
    return conforms, focus, shape, graph


CASE_IDS = [c.name.removesuffix(".test.ttl") for c in CASES]


@pytest.mark.parametrize("engine", ENGINES)
@pytest.mark.parametrize("case", CASES, ids=CASE_IDS)
def test_case(case, engine):
    conforms, focus, shape, graph = _case_data(case)
    report = validate_graph(graph, engine=engine)
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


@pytest.fixture(scope="module")
def empty_store():
    return PolicyStore.in_memory()


@pytest.mark.parametrize("case", CASES, ids=CASE_IDS)
def test_the_gate_decides_as_validate(case, empty_store):
    """Each case as one document at the ingest gate: stored (with its warnings) exactly
    when `validate` finds no violation, by the same findings."""
    conforms, _, _, graph = _case_data(case)
    lines = [line.removesuffix(" .") for line in graph.serialize(format="nt").splitlines()]
    built = SimpleNamespace(graphs={"urn:policykg:test-case": [line for line in lines if line]})
    report, _ = validate_document(empty_store, built, ())
    assert report.conforms is conforms
    subjects = {str(s) for s in graph.subjects()}
    whole = validate_graph(graph)
    whole.findings = [f for f in whole.findings if f.focus in subjects]
    assert _comparable(report) == _comparable(whole)


def _comparable(report):
    """Findings without the shape, which pySHACL names by a blank node of its own."""
    return sorted(
        (f.focus, f.severity, f.component, f.path or "", f.value or "", f.messages.get("en", ""))
        for f in report.findings
    )


@pytest.mark.parametrize("case", CASES, ids=CASE_IDS)
def test_compiled_constraints_find_what_pyshacl_finds(case):
    graph = _case_data(case)[3]
    assert _comparable(validate_graph(graph)) == _comparable(
        validate_graph(graph, engine="pyshacl")
    )


def test_every_shape_of_ours_is_compiled():
    core, _ = split_shapes(shapes_graph())
    assert compile_shapes(core).left_to_pyshacl == []


def test_the_embedded_corpus_conforms_with_either_engine(corpus_store):
    everything = oxigraph_of_quads(corpus_store.quads())
    reports = {engine: validate_store(everything, engine=engine) for engine in ENGINES}
    for report in reports.values():
        assert report.conforms, [(f.focus, f.messages.get("en")) for f in report.violations]
    assert _comparable(reports["sparql"]) == _comparable(reports["pyshacl"])


def test_shapes_follow_the_configured_base():
    shapes = shapes_graph("https://example.org/kg/")
    patterns = [str(p) for p in shapes.objects(None, SH.pattern) if "work" in str(p)]
    assert patterns and all("example\\.org/kg/" in p for p in patterns)
    assert URIRef("https://w3id.org/policykg/shapes#WorkShape") in set(shapes.subjects())
