"""The ontology and the JSON-LD context: complete, trilingual, loaded into the store."""

from __future__ import annotations

import json
from importlib import resources

import pyoxigraph as ox
import pytest

from policykg.vocab import ONTOLOGY_IRI, PKG

OWL = "http://www.w3.org/2002/07/owl#"
RDFS = "http://www.w3.org/2000/01/rdf-schema#"
RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"


@pytest.fixture(scope="module")
def ontology():
    data = resources.files("policykg.ontology").joinpath("policykg.ttl").read_bytes()
    return list(ox.parse(data, format=ox.RdfFormat.TURTLE))


def values(triples, subject, predicate):
    return [
        t.object for t in triples if t.subject.value == subject and t.predicate.value == predicate
    ]


def terms(triples, kinds):
    return sorted(
        {
            t.subject.value
            for t in triples
            if t.predicate.value == RDF_TYPE and t.object.value in kinds
        }
    )


def test_every_term_has_labels_in_three_languages_and_a_comment(ontology):
    described = terms(ontology, {OWL + "Class", OWL + "ObjectProperty", OWL + "DatatypeProperty"})
    described += sorted(
        {
            t.subject.value
            for t in ontology
            if t.subject.value.startswith("http://data.europa.eu/eli/")
        }
    )
    assert len(described) > 40
    for term in described:
        labels = {lit.language for lit in values(ontology, term, RDFS + "label")}
        comments = {lit.language for lit in values(ontology, term, RDFS + "comment")}
        assert labels == {"zh-hant", "zh-hans", "en"}, term
        assert comments == {"zh-hant", "zh-hans", "en"}, term


def test_own_terms_are_aligned_and_typed(ontology):
    own_classes = [c for c in terms(ontology, {OWL + "Class"}) if c.startswith(PKG)]
    assert {c.removeprefix(PKG) for c in own_classes} >= {
        "Agreement",
        "Plan",
        "Paper",
        "Platform",
        "Fund",
        "Event",
    }
    for cls in own_classes:
        assert values(ontology, cls, RDFS + "subClassOf"), cls
    own_properties = [
        p
        for p in terms(ontology, {OWL + "ObjectProperty", OWL + "DatatypeProperty"})
        if p.startswith(PKG)
    ]
    for prop in own_properties:
        assert values(ontology, prop, RDFS + "domain") or values(ontology, prop, RDFS + "range"), (
            prop
        )
    assert values(ontology, PKG + "party", RDFS + "subPropertyOf")[0].value.endswith("passed_by")


def test_every_pkg_term_used_by_the_graph_is_in_the_ontology(ontology, corpus_store):
    declared = {t.subject.value for t in ontology}
    used = set()
    for quad in corpus_store.quads():
        for term in (quad.predicate, quad.object):
            if isinstance(term, ox.NamedNode) and term.value.startswith(PKG):
                used.add(term.value)
    assert used - {PKG + "sha256"} <= declared, used - declared


def test_context_maps_every_pkg_term(ontology):
    context = json.loads(
        resources.files("policykg.ontology").joinpath("context.jsonld").read_text("utf-8")
    )
    mapped = {
        (v["@id"] if isinstance(v, dict) else v).replace("pkg:", PKG)
        for v in context["@context"].values()
        if isinstance(v, (str, dict))
    }
    own = {t.subject.value for t in ontology if t.subject.value.startswith(PKG)}
    assert own <= mapped, own - mapped


def test_ontology_is_queryable_in_its_own_graph(corpus_store):
    query = (
        f"SELECT ?label WHERE {{ GRAPH <{ONTOLOGY_IRI}> {{ <{PKG}Agreement> <{RDFS}label> ?label }} "
        'FILTER(langMatches(lang(?label), "zh-Hant")) }'
    )
    assert [row["label"].value for row in corpus_store.query(query)] == ["協議"]
