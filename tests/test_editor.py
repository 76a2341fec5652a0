"""The query editor of /sparql, in process: the permalink (a browser gets the editor with
the URL's query, a SPARQL client the results of the same URL), what the editor completes,
and the page's safety."""

from __future__ import annotations

import html
import json
import re
from dataclasses import replace
from urllib.parse import parse_qs, urlsplit

import pytest
from fastapi.testclient import TestClient
from policykg.api.app import create_app
from policykg.api.editor import ontology_terms, prefixed, script_json, wants_editor

from policykg.vocab import PKG

BROWSER = {"Accept": "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8"}
QUERY = (
    "PREFIX pkg: <https://w3id.org/policykg/ontology#>\n"
    'SELECT ?a WHERE { ?a a pkg:Agreement } ORDER BY ?a  # 協議 & "<b>"'
)


@pytest.fixture(scope="module")
def client(corpus_store, settings):
    return TestClient(create_app(corpus_store, settings))


def json_block(page: str, element_id: str):
    start = page.index(f'id="{element_id}">') + len(f'id="{element_id}">')
    return json.loads(page[start : page.index("</script>", start)])


def shown_query(page: str) -> str:
    found = re.search(r'<textarea id="query"[^>]*>(.*?)</textarea>', page, re.S)
    assert found, "the page has the query's textarea"
    return html.unescape(found.group(1))


def test_a_browser_opening_a_permalink_gets_the_editor_with_its_query(client):
    page = client.get("/sparql", params={"query": QUERY}, headers=BROWSER)
    assert page.status_code == 200 and page.headers["content-type"].startswith("text/html")
    assert "Accept" in page.headers["vary"]
    assert shown_query(page.text) == QUERY
    assert json_block(page.text, "editor-setup")["fromUrl"] is True
    link = re.search(r'id="permalink" href="([^"]+)"', page.text).group(1)
    assert parse_qs(urlsplit(html.unescape(link)).query)["query"] == [QUERY]


@pytest.mark.parametrize(
    "accept",
    [
        "application/sparql-results+json",
        "application/sparql-results+json, text/html;q=0.5",  # HTML only as a fallback
        "*/*",
        None,
    ],
)
def test_a_sparql_client_still_gets_results_for_the_same_url(client, accept):
    headers = {"Accept": accept} if accept else {}
    answer = client.get("/sparql", params={"query": QUERY}, headers=headers)
    assert answer.status_code == 200
    assert answer.headers["content-type"].startswith("application/sparql-results+json")
    rows = answer.json()["results"]["bindings"]
    assert rows and all(r["a"]["value"].startswith("https://w3id.org/policykg/id/") for r in rows)


def test_csv_and_graph_clients_are_unchanged(client):
    csv = client.get("/sparql", params={"query": QUERY}, headers={"Accept": "text/csv"})
    assert csv.headers["content-type"].startswith("text/csv") and csv.text.startswith("a\r\n")
    construct = "CONSTRUCT { ?s a ?c } WHERE { ?s a ?c } LIMIT 3"
    turtle = client.get("/sparql", params={"query": construct}, headers={"Accept": "text/turtle"})
    assert turtle.headers["content-type"].startswith("text/turtle")


def test_a_browser_sending_an_update_by_get_is_still_refused(client):
    answer = client.get("/sparql", params={"update": "CLEAR ALL"}, headers=BROWSER)
    assert answer.status_code == 400


def test_without_a_query_the_editor_holds_the_first_example(client):
    page = client.get("/sparql", headers=BROWSER)
    examples = json_block(page.text, "examples")
    assert shown_query(page.text) == examples[0]["query"]
    assert json_block(page.text, "editor-setup")["fromUrl"] is False


def test_the_page_has_the_navigation_and_script_switch_keeping_the_query(client):
    page = client.get("/sparql", params={"query": QUERY, "script": "Hans"}, headers=BROWSER)
    assert '<html lang="zh-Hans">' in page.text
    assert "SPARQL 查询" in page.text and 'href="/list/agreements"' in page.text
    switch = re.search(r'id="script-switch"', page.text)
    assert switch
    href = re.search(r'<a href="([^"]+)" id="script-switch"', page.text).group(1)
    params = parse_qs(urlsplit(html.unescape(href)).query)
    assert params["script"] == ["Hant"] and params["query"] == [QUERY]


def test_a_query_cannot_break_out_of_the_page(client):
    attack = 'SELECT * WHERE { ?s ?p "</textarea><script>alert(1)</script>" }'
    page = client.get("/sparql", params={"query": attack}, headers=BROWSER)
    assert page.status_code == 200
    assert "<script>alert(1)" not in page.text
    assert shown_query(page.text) == attack
    # the JSON blocks cannot be ended by anything in them
    for block in re.findall(
        r'<script type="application/json"[^>]*>(.*?)</script>', page.text, re.S
    ):
        assert "<" not in block
    assets = re.findall(r'<(?:script|link)[^>]*(?:src|href)="([^"]+)"', page.text)
    assert "/static/vendor/sparql-editor.js" in assets and all(
        a.startswith("/static/") for a in assets
    )


def test_a_permalink_longer_than_the_query_limit_is_refused(corpus_store, settings):
    small = TestClient(create_app(corpus_store, replace(settings, max_query_bytes=200)))
    answer = small.get("/sparql", params={"query": "#" * 201}, headers=BROWSER)
    assert answer.status_code == 413 and answer.json()["status"] == 413


def test_the_editor_assets_are_served(client):
    for path in ("/static/vendor/sparql-editor.js", "/static/editor.js", "/static/editor.css"):
        answer = client.get(path)
        assert answer.status_code == 200, path
    assert "createSparqlEditor" in client.get("/static/vendor/sparql-editor.js").text


def test_the_completions_are_the_ontology_terms_with_labels_in_both_scripts():
    terms = {t.name: t for t in ontology_terms()}
    agreement = terms["pkg:Agreement"]
    assert agreement.iri == PKG + "Agreement" and agreement.kind == "class"
    assert agreement.labels == ("協議", "协议", "agreement")
    assert terms["pkg:party"].kind == "property"
    assert terms["eli:date_document"].labels[:2] == ("文件日期", "文件日期")
    assert terms["eli:Work"].kind == "class"
    assert all(len(t.labels) >= 2 for t in terms.values())
    assert "https://w3id.org/policykg/ontology" not in {t.iri for t in terms.values()}


def test_the_page_carries_the_terms_and_prefixes(client):
    setup = json_block(client.get("/sparql", headers=BROWSER).text, "editor-setup")
    names = {t["name"] for t in setup["terms"]}
    assert {"pkg:Agreement", "pkg:Fund", "org:Organization", "eli:passed_by"} <= names
    assert setup["prefixes"]["pkg"] == PKG
    assert setup["base"] == "https://w3id.org/policykg/id/"


def test_prefixed_names_only_for_simple_local_names():
    assert prefixed(PKG + "Agreement") == "pkg:Agreement"
    assert prefixed(PKG + "a/b") is None
    assert prefixed("https://example.org/x") is None


def test_script_json_escapes_markup():
    text = script_json({"q": "</script><!-- & >"})
    assert "<" not in text and ">" not in text and "&" not in text
    assert json.loads(text) == {"q": "</script><!-- & >"}


@pytest.mark.parametrize(
    ("accept", "has_query", "expected"),
    [
        (BROWSER["Accept"], True, True),
        (BROWSER["Accept"], False, True),
        ("application/sparql-results+json,text/html;q=0.9", True, False),
        ("application/sparql-results+json,text/html;q=0.9", False, True),
        ("text/csv, text/html", True, False),  # a tie: results, for a client
        ("text/turtle, text/html", False, True),  # without a query as before: the page
        ("*/*", True, False),
        (None, True, False),
    ],
)
def test_wants_editor(accept, has_query, expected):
    assert wants_editor(accept, has_query) is expected
