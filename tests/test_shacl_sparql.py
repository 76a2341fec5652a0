"""The SHACL core constraints compiled to SPARQL find what pySHACL finds: the same focus
nodes, components, paths and values, on shapes using every compiled component (most of
them beyond what policykg's own shapes use), and on randomly damaged copies of the seeds."""

from __future__ import annotations

import random

import pyoxigraph as ox
import pyshacl
import pytest
from policykg.graph.shacl_sparql import compile_shapes, run_checks
from policykg.graph.validate import (
    ENGINES,
    _findings,
    oxigraph_of_quads,
    validate_store,
)
from rdflib import Graph

PREFIXES = """
@prefix sh: <http://www.w3.org/ns/shacl#> .
@prefix ex: <https://example.org/> .
@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
@prefix rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#> .
"""

SHAPES = (
    PREFIXES
    + r"""
ex:ThingShape a sh:NodeShape ; sh:targetClass ex:Thing ;
  sh:nodeKind sh:IRI ; sh:pattern "^https://example\\.org/t[0-9]+$" ;
  sh:property [ sh:path ex:name ; sh:minCount 1 ; sh:maxCount 2 ; sh:uniqueLang true ;
                sh:languageIn ( "zh" "en" ) ; sh:minLength 2 ; sh:maxLength 10 ] ,
    [ sh:path ex:size ; sh:datatype xsd:integer ; sh:minInclusive 0 ; sh:maxExclusive 100 ] ,
    [ sh:path ex:kind ; sh:in ( "a" "b" ex:c ) ] ,
    [ sh:path ex:when ; sh:or ( [ sh:datatype xsd:date ] [ sh:datatype xsd:gYear ] ) ] ,
    [ sh:path ex:flag ; sh:hasValue true ] ,
    [ sh:path ex:part ; sh:class ex:Part ; sh:nodeKind sh:BlankNodeOrIRI ;
      sh:node ex:PartValue ] ,
    [ sh:path ( ex:part ex:label ) ; sh:xone ( [ sh:datatype xsd:string ]
                                               [ sh:datatype rdf:langString ] ) ] ,
    [ sh:path [ sh:inversePath ex:owns ] ; sh:maxCount 1 ; sh:not [ sh:class ex:Thing ] ] ,
    [ sh:path [ sh:alternativePath ( ex:left ex:right ) ] ; sh:minExclusive 1.5 ] ,
    [ sh:path [ sh:oneOrMorePath ex:next ] ; sh:and ( [ sh:nodeKind sh:IRI ]
                                                     [ sh:pattern "t" ; sh:flags "i" ] ) ] .
ex:PartValue a sh:NodeShape ; sh:pattern "part" .
ex:Sub rdfs:subClassOf ex:Thing .
ex:SubjectShape a sh:NodeShape ; sh:targetSubjectsOf ex:owns ; sh:class ex:Owner .
ex:ObjectShape a sh:NodeShape ; sh:targetObjectsOf ex:owns ; sh:datatype xsd:string .
ex:NodeShape a sh:NodeShape ; sh:targetNode ex:t1 , ex:absent ; sh:hasValue ex:t1 .
ex:Off a sh:NodeShape ; sh:targetClass ex:Thing ; sh:deactivated true ; sh:maxLength 1 .
"""
)

DATA = (
    PREFIXES
    + """
ex:Sub rdfs:subClassOf ex:Thing .
ex:t1 a ex:Thing ; ex:name "名字"@zh , "name"@en ; ex:size 5 ; ex:kind "a" ;
  ex:when "2021-01-02"^^xsd:date ; ex:flag true ; ex:part ex:part1 ; ex:left 2 ;
  ex:next ex:T2 .
ex:part1 a ex:Part ; ex:label "x" .
ex:T2 ex:next ex:t3 .
ex:bad a ex:Sub ; ex:name "x"@zh , "yy"@zh , "zzz"@fr , "a-very-long-name" ;
  ex:size "5" , 100 , -1 , "x"^^xsd:integer ; ex:kind "c" , ex:c , "a"@en ;
  ex:when "2021" , "2021"^^xsd:gYear , "2021-13"^^xsd:gYearMonth ;
  ex:part ex:nopart , [ a ex:Part ] , "part" ; ex:right 1 , "s" ;
  ex:next "t" .
ex:nopart ex:label "x"@en , 1 .
ex:o1 ex:owns ex:t1 , ex:bad , "literal" . ex:o2 ex:owns ex:t1 .
ex:o3 a ex:Owner ; ex:owns "fine" .
ex:t5 a ex:Thing ; ex:owns ex:t1 .
_:b a ex:Thing ; ex:name "匿名"@zh .
"""
)


def _graph(text: str) -> Graph:
    return Graph().parse(data=text, format="turtle")


def _comparable(findings):
    return sorted({(f.focus, f.component, f.path or "", f.value or "") for f in findings})


def _compiled(shapes: Graph, data: Graph):
    store = ox.Store()
    store.load(data.serialize(format="nt", encoding="utf-8"), format=ox.RdfFormat.N_TRIPLES)
    compiled = compile_shapes(shapes)
    assert compiled.left_to_pyshacl == []
    findings = []
    for check, focus, value in run_checks(store, compiled.checks):
        findings.append(
            (focus.value if isinstance(focus, ox.NamedNode) else "_:blank", check.component,
             check.path or "", value.value if value is not None and not isinstance(value, ox.BlankNode) else "")
        )  # fmt: skip
    return sorted(set(findings))


def _reference(shapes: Graph, data: Graph):
    _, report, _ = pyshacl.validate(data, shacl_graph=shapes, advanced=True, allow_warnings=True)
    return sorted(
        {
            (f.focus if f.focus.startswith("https:") else "_:blank", f.component, f.path or "",
             f.value if f.value and not f.value_term.startswith("_:") else "")
            for f in _findings(report)
        }
    )  # fmt: skip


def test_every_compiled_component_agrees_with_pyshacl():
    shapes, data = _graph(SHAPES), _graph(DATA)
    compiled = _compiled(shapes, data)
    assert compiled == _reference(shapes, data)
    components = {c.rsplit("#", 1)[-1] for _, c, _, _ in compiled}
    # the data violates every component at least once, so agreement is not vacuous
    assert components >= {
        f"{name}ConstraintComponent"
        for name in (
            "Class", "Datatype", "NodeKind", "Pattern", "MinLength", "MaxLength",
            "MinInclusive", "MaxExclusive", "MinExclusive", "In", "HasValue", "LanguageIn",
            "UniqueLang", "MinCount", "MaxCount", "Or", "And", "Xone", "Not", "Node",
        )
    }  # fmt: skip


@pytest.mark.parametrize(
    "feature",
    [
        "sh:closed true",
        "sh:property [ sh:path ex:a ; sh:lessThan ex:b ]",
        "sh:property [ sh:path ex:a ; sh:qualifiedValueShape [ sh:class ex:C ] ; sh:qualifiedMinCount 1 ]",
        "sh:or ( [ sh:property [ sh:path ex:a ; sh:minCount 1 ] ] )",
    ],
)
def test_a_shape_using_what_is_not_compiled_is_left_whole_to_pyshacl(feature):
    shapes = _graph(PREFIXES + f"ex:S a sh:NodeShape ; sh:targetClass ex:C ; {feature} .\n"
                    "ex:T a sh:NodeShape ; sh:targetClass ex:C ; sh:nodeKind sh:IRI .")  # fmt: skip
    compiled = compile_shapes(shapes)
    assert compiled.left_to_pyshacl == ["https://example.org/S"]
    assert {c.shape for c in compiled.checks} == {"https://example.org/T"}


@pytest.mark.parametrize("seed", range(6))
def test_damaged_seeds_get_the_same_findings_from_both_engines(corpus_store, seed):
    """Drop, retype and duplicate random statements of the seeds; both engines agree."""
    rng = random.Random(seed)
    quads = list(oxigraph_of_quads(corpus_store.quads()))
    damaged = []
    for quad in quads:
        roll = rng.random()
        if roll < 0.03:
            continue  # dropped
        if roll < 0.05 and isinstance(quad.object, ox.Literal):
            damaged.append(
                ox.Quad(quad.subject, quad.predicate, ox.Literal(quad.object.value + "x"))
            )
            continue
        if roll < 0.06 and isinstance(quad.object, ox.NamedNode):
            other = rng.choice(quads).subject
            damaged.append(ox.Quad(quad.subject, quad.predicate, other))
        damaged.append(quad)
    store = ox.Store()
    store.extend(damaged)
    reports = {engine: validate_store(store, engine=engine) for engine in ENGINES}
    assert reports["sparql"].violations  # the damage shows
    sparql, reference = (
        sorted((f.focus, f.severity, f.component, f.path or "", f.value or "")
               for f in reports[engine].findings)
        for engine in ("sparql", "pyshacl")
    )  # fmt: skip
    assert sparql == reference
