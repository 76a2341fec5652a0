"""Content negotiation, result formats, the service description, VoID and the query
editor, in process; and a real client (SPARQLWrapper) against a served endpoint."""

from __future__ import annotations

import csv
import io
import json
import re
import xml.etree.ElementTree as ET

import pyoxigraph as ox
import pytest
from fastapi.testclient import TestClient
from policykg.api.app import create_app
from policykg.api.negotiation import GRAPH_MEDIA, RESULT_MEDIA, negotiate, prefers_html
from rdflib import Graph
from SPARQLWrapper import JSON, TURTLE, SPARQLWrapper

from tests.live import live_server

SELECT = (
    "PREFIX eli: <http://data.europa.eu/eli/ontology#> PREFIX dct: <http://purl.org/dc/terms/> "
    'SELECT ?doc ?title WHERE { ?doc a eli:Work ; dct:title ?title FILTER(langMatches(lang(?title), "zh-Hant")) } '
    "ORDER BY ?doc ?title LIMIT 3"
)
CONSTRUCT = (
    "PREFIX eli: <http://data.europa.eu/eli/ontology#> PREFIX dct: <http://purl.org/dc/terms/> "
    "CONSTRUCT { ?doc dct:title ?title } WHERE { ?doc a eli:Work ; dct:title ?title }"
)
SRX = "{http://www.w3.org/2005/sparql-results#}"


@pytest.fixture(scope="module")
def client(corpus_store, settings):
    with TestClient(create_app(corpus_store, settings)) as test_client:
        yield test_client


@pytest.mark.parametrize(
    ("accept", "expected"),
    [
        (None, "json"),
        ("", "json"),
        ("*/*", "json"),
        ("text/csv", "csv"),
        ("application/sparql-results+xml;q=0.9, text/csv;q=0.5", "xml"),
        ("text/*;q=0.3, application/json;q=0.2", "csv"),
        ("application/json", "json"),
        ("text/tab-separated-values, */*;q=0.1", "tsv"),
        ("application/sparql-results+json;q=0, */*", "xml"),
        ("image/png", None),
    ],
)
def test_negotiate_results(accept, expected):
    assert negotiate(accept, RESULT_MEDIA) == expected


@pytest.mark.parametrize(
    ("accept", "expected"),
    [
        (None, "turtle"),
        ("application/ld+json", "jsonld"),
        ("application/rdf+xml;q=0.5, application/n-triples", "ntriples"),
        ("application/n-quads", "nquads"),
        ("application/trig", "trig"),
        ("text/html", None),
    ],
)
def test_negotiate_graphs(accept, expected):
    assert negotiate(accept, GRAPH_MEDIA) == expected


def test_a_browser_prefers_html_and_a_client_does_not():
    browser = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8"
    assert prefers_html(browser)
    assert not prefers_html("*/*")
    assert not prefers_html("text/turtle, text/html;q=0.5")


def bindings(response) -> list[dict]:
    return response.json()["results"]["bindings"]


def test_select_in_every_format_carries_the_same_rows(client):
    as_json = client.get("/sparql", params={"query": SELECT})
    rows = [(b["doc"]["value"], b["title"]["value"]) for b in bindings(as_json)]
    assert len(rows) == 3 and all("title" for _ in rows)

    as_xml = client.get(
        "/sparql", params={"query": SELECT}, headers={"Accept": "application/sparql-results+xml"}
    )
    assert as_xml.headers["content-type"].startswith("application/sparql-results+xml")
    root = ET.fromstring(as_xml.content)
    xml_rows = [
        tuple(r.find(f"{SRX}binding[@name='{v}']/*").text for v in ("doc", "title"))
        for r in root.iter(f"{SRX}result")
    ]
    assert xml_rows == rows
    literal = root.find(f"{SRX}results/{SRX}result/{SRX}binding[@name='title']/{SRX}literal")
    assert literal.get("{http://www.w3.org/XML/1998/namespace}lang").lower() == "zh-hant"

    as_csv = client.get("/sparql", params={"query": SELECT}, headers={"Accept": "text/csv"})
    table = list(csv.reader(io.StringIO(as_csv.text)))
    assert table[0] == ["doc", "title"] and [tuple(r) for r in table[1:]] == rows

    as_tsv = client.get(
        "/sparql", params={"query": SELECT}, headers={"Accept": "text/tab-separated-values"}
    )
    lines = as_tsv.text.strip().split("\n")
    assert lines[0] == "?doc\t?title"
    assert lines[1].startswith(f'<{rows[0][0]}>\t"')


def test_ask_in_xml_csv_and_tsv(client):
    query = {"query": "ASK { ?s ?p ?o }"}
    xml = client.get("/sparql", params=query, headers={"Accept": "application/sparql-results+xml"})
    assert ET.fromstring(xml.content).find(f"{SRX}boolean").text == "true"
    # CSV and TSV define no ASK form; the engine writes the bare answer
    csv_answer = client.get("/sparql", params=query, headers={"Accept": "text/csv"})
    assert csv_answer.text.split()[-1] == "true"


@pytest.mark.parametrize(
    ("accept", "media_type", "rdf_format"),
    [
        (None, "text/turtle", ox.RdfFormat.TURTLE),
        ("application/n-triples", "application/n-triples", ox.RdfFormat.N_TRIPLES),
        ("application/rdf+xml", "application/rdf+xml", ox.RdfFormat.RDF_XML),
        ("application/n-quads", "application/n-quads", ox.RdfFormat.N_QUADS),
        ("application/trig", "application/trig", ox.RdfFormat.TRIG),
        ("application/ld+json", "application/ld+json", ox.RdfFormat.JSON_LD),
    ],
)
def test_construct_in_every_graph_format_carries_the_same_triples(
    client, accept, media_type, rdf_format
):
    headers = {"Accept": accept} if accept else {}
    response = client.get("/sparql", params={"query": CONSTRUCT}, headers=headers)
    assert response.status_code == 200
    assert response.headers["content-type"].split(";")[0] == media_type
    got = {
        (q.subject, q.predicate, q.object) for q in ox.parse(response.content, format=rdf_format)
    }
    reference = client.get(
        "/sparql", params={"query": CONSTRUCT}, headers={"Accept": "application/n-triples"}
    )
    expected = {
        (t.subject, t.predicate, t.object)
        for t in ox.parse(reference.content, format=ox.RdfFormat.N_TRIPLES)
    }
    assert got == expected and len(expected) >= 10


def test_jsonld_is_compacted_with_the_published_context(client):
    response = client.get(
        "/sparql", params={"query": CONSTRUCT}, headers={"Accept": "application/ld+json"}
    )
    document = response.json()
    assert "@context" in document
    assert "title" in json.dumps(document)


def test_406_when_nothing_acceptable(client):
    response = client.get("/sparql", params={"query": SELECT}, headers={"Accept": "image/png"})
    assert response.status_code == 406
    assert "application/sparql-results+json" in response.json()["hint"]
    construct_as_csv = client.get(
        "/sparql", params={"query": CONSTRUCT}, headers={"Accept": "text/csv"}
    )
    assert construct_as_csv.status_code == 406
    assert "text/turtle" in construct_as_csv.json()["hint"]


def test_syntax_error_has_a_position(client):
    response = client.get("/sparql", params={"query": "SELECT ?x WHERE {\n  ?x ?y \n}"})
    body = response.json()
    assert response.status_code == 400
    assert body["position"]["line"] == 3 and body["position"]["column"] in (1, 2)
    assert "line 3, column" in body["error"]


def test_protocol_dataset_overrides_the_union(client, corpus_store):
    graphs = corpus_store.document_graphs()
    count = "SELECT (COUNT(*) AS ?n) { ?s ?p ?o }"
    one = client.get("/sparql", params={"query": count, "default-graph-uri": graphs[0]})
    union = client.get("/sparql", params={"query": count})
    assert 0 < int(bindings(one)[0]["n"]["value"]) < int(bindings(union)[0]["n"]["value"])
    from_clause = client.get(
        "/sparql", params={"query": f"SELECT (COUNT(*) AS ?n) FROM <{graphs[0]}> {{ ?s ?p ?o }}"}
    )
    assert bindings(from_clause) == bindings(one)


def test_service_description_and_void(client, corpus_store):
    description = client.get("/sparql", headers={"Accept": "text/turtle"})
    assert description.status_code == 200
    graph = Graph().parse(data=description.text, format="turtle")
    sd = "http://www.w3.org/ns/sparql-service-description#"
    answer = graph.query(
        f"ASK {{ ?s a <{sd}Service> ; <{sd}endpoint> ?e ; <{sd}resultFormat> ?f }}"
    )
    assert answer.askAnswer
    named = graph.query(f"SELECT (COUNT(?g) AS ?n) {{ ?d <{sd}namedGraph> ?g }}")
    assert int(next(iter(named))[0]) == len(corpus_store.document_graphs()) + 1  # + the ontology

    void = client.get("/.well-known/void", headers={"Accept": "application/n-triples"})
    graph = Graph().parse(data=void.text, format="nt")
    rows = graph.query(
        "PREFIX void: <http://rdfs.org/ns/void#> SELECT ?n { ?d void:classPartition ?p . "
        "?p void:class <http://data.europa.eu/eli/ontology#Work> ; void:entities ?n }"
    )
    stats = corpus_store.stats()["classes"]
    assert int(next(iter(rows))[0]) == stats["http://data.europa.eu/eli/ontology#Work"]
    total = graph.query(
        "PREFIX void: <http://rdfs.org/ns/void#> SELECT ?n { ?d void:triples ?n ; void:sparqlEndpoint ?e }"
    )
    assert int(next(iter(total))[0]) == len(corpus_store)


def test_a_browser_gets_the_query_editor_with_the_competency_queries(client):
    page = client.get("/sparql", headers={"Accept": "text/html,*/*;q=0.8"})
    assert page.status_code == 200 and page.headers["content-type"].startswith("text/html")
    assert '<html lang="zh-Hant">' in page.text
    start = page.text.index('id="examples">') + len('id="examples">')
    examples = json.loads(page.text[start : page.text.index("</script>", start)])
    assert len(examples) >= 10
    assert all(
        (e["title"] and "SELECT" in e["query"].upper()) or "ASK" in e["query"].upper()
        for e in examples
    )
    assert client.get("/static/editor.js").status_code == 200
    assert client.get("/static/editor.css").status_code == 200
    assets = re.findall(r'<(?:script|link)[^>]*(?:src|href)="([^"]+)"', page.text)
    # no CDN, and nothing taken from the Host header
    assert assets and all(a.startswith("/static/") for a in assets)


def test_unknown_routes_and_methods_use_the_error_shape(client):
    assert client.get("/nowhere").json()["status"] == 404
    response = client.put("/sparql", params={"query": "ASK {}"})
    assert response.status_code == 405 and response.json()["status"] == 405


def test_sparqlwrapper_against_a_served_endpoint(corpus_store, settings):
    with live_server(create_app(corpus_store, settings)) as base:
        wrapper = SPARQLWrapper(f"{base}/sparql")
        wrapper.setQuery(SELECT)
        wrapper.setReturnFormat(JSON)
        result = wrapper.query().convert()
        assert len(result["results"]["bindings"]) == 3

        wrapper.setMethod("POST")
        wrapper.setQuery(CONSTRUCT)
        wrapper.setReturnFormat(TURTLE)
        turtle = wrapper.query().convert()
        graph = Graph().parse(data=turtle, format="turtle")
        assert len(graph) >= 10
