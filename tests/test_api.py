"""The HTTP layer, in process (no server, no network)."""

from __future__ import annotations

import pytest
from fastapi.testclient import TestClient
from policykg.api.app import create_app

TITLES = (
    "PREFIX dct: <http://purl.org/dc/terms/> SELECT ?t WHERE { ?d dct:title ?t "
    'FILTER(langMatches(lang(?t), "zh-Hans")) } ORDER BY ?t'
)


@pytest.fixture(scope="module")
def client(corpus_store, settings):
    return TestClient(create_app(corpus_store, settings))


def titles(response):
    return [b["t"]["value"] for b in response.json()["results"]["bindings"]]


def test_get_post_form_and_post_query_agree(client):
    by_get = client.get("/sparql", params={"query": TITLES})
    by_form = client.post("/sparql", data={"query": TITLES})
    by_body = client.post(
        "/sparql", content=TITLES.encode(), headers={"Content-Type": "application/sparql-query"}
    )
    for response in (by_get, by_form, by_body):
        assert response.status_code == 200
        assert response.headers["content-type"].startswith("application/sparql-results+json")
    assert titles(by_get) == titles(by_form) == titles(by_body)
    assert "内地与香港关于加强创新科技合作的安排" in titles(by_get)


def test_ask_and_construct(client):
    ask = client.get(
        "/sparql", params={"query": "ASK { ?s a <http://data.europa.eu/eli/ontology#Work> }"}
    )
    assert ask.json() == {"head": {}, "boolean": True}
    graph = client.get(
        "/sparql",
        params={"query": "CONSTRUCT { ?s a ?c } WHERE { ?s a ?c } LIMIT 3"},
    )
    assert graph.status_code == 200 and graph.headers["content-type"].startswith("text/turtle")


@pytest.mark.parametrize(
    ("request_kwargs", "status", "message"),
    [
        ({"method": "POST", "url": "/sparql", "data": {"default-graph-uri": "http://g"}}, 400, "no query"),
        ({"method": "GET", "url": "/sparql", "params": {"query": "SELEKT"}}, 400, "syntax"),
        (
            {"method": "GET", "url": "/sparql",
             "params": {"query": "SELECT * { SERVICE <http://example.org/s> { ?s ?p ?o } }"}},
            400, "outbound",
        ),
        ({"method": "POST", "url": "/sparql", "content": b"x", "headers": {"Content-Type": "text/plain"}},
         415, "content type"),
        ({"method": "POST", "url": "/sparql", "content": b"\xff\xfe",
          "headers": {"Content-Type": "application/sparql-query"}}, 400, "UTF-8"),
        ({"method": "POST", "url": "/sparql", "data": {"query": ["ASK {}", "ASK {}"]}}, 400, "exactly one"),
        ({"method": "GET", "url": "/sparql?query=ASK%7B%7D&query=ASK%7B%7D"}, 400, "exactly one"),
        ({"method": "GET", "url": "/sparql",
          "params": {"query": "INSERT DATA { <http://a> <http://b> <http://c> }"}}, 400, "syntax"),
    ],
)  # fmt: skip
def test_errors_share_one_json_shape(client, request_kwargs, status, message):
    response = client.request(**request_kwargs)
    assert response.status_code == status
    body = response.json()
    assert body["status"] == status
    assert message.lower() in body["error"].lower()


def test_query_size_limit(corpus_store, settings):
    client = TestClient(create_app(corpus_store, settings.with_(max_query_bytes=50)))
    response = client.get("/sparql", params={"query": TITLES})
    assert response.status_code == 413 and "longer than 50 bytes" in response.json()["error"]


def test_context_document(client):
    response = client.get("/context.jsonld")
    assert response.status_code == 200
    assert response.json()["@context"]["Agreement"] == "pkg:Agreement"
