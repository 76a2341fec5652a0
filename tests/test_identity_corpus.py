"""Issue 19's test: in the embedded corpus no real-world thing has two IRIs.

The pairs are the issue's own, checked here and nowhere in the code (the rules of
graph/identity.py are general, tested on invented names in test_identity.py). Each
group of names must be carried, as skos:prefLabel or skos:altLabel, by one typed node.
創科局 / 創新及科技局, the issue's fifth pair, is not in data/ (only 前創新及科技局 is):
test_identity.py checks it on two small graphs.
"""

from __future__ import annotations

import re

import pytest

from .conftest import seed

SKOS = "http://www.w3.org/2004/02/skos/core#"
PAIRS = {
    "seed 001 under its short name": (
        "一區兩園合作安排",
        "關於推進河套深港科技創新合作區「一區兩園」建設的合作安排",
    ),
    "the outline under its full title": (
        "十四五規劃綱要",
        "中華人民共和國國民經濟和社會發展第十四個五年規劃和2035年遠景目標綱要",
    ),
    "the Bay Area plan": ("粵港澳大灣區規劃綱要", "粵港澳大灣區發展規劃綱要"),
    "the Loop park's nodes": (
        "港深創新及科技園",
        "港深創科園",
        "落馬洲河套區港深創新及科技園",
        "落馬洲河套區港深創科園",
    ),
}


def nodes_named(store, name: str) -> set[str]:
    query = (
        f'SELECT DISTINCT ?n WHERE {{ VALUES ?l {{ "{name}"@zh-hant }} '
        f"?n <{SKOS}prefLabel>|<{SKOS}altLabel> ?l ; a ?class }}"
    )
    return {row["n"].value for row in store.query(query)}


@pytest.mark.parametrize("names", PAIRS.values(), ids=PAIRS.keys())
def test_one_iri_per_thing(corpus_store, names):
    found = {name: nodes_named(corpus_store, name) for name in names}
    assert all(found.values()), found  # each name is in the corpus
    assert len(set().union(*found.values())) == 1, found


def test_seed_001_is_the_node_its_short_name_names(corpus_store):
    query = f"SELECT ?g WHERE {{ GRAPH ?g {{ ?g <https://w3id.org/policykg/ontology#sourceFile> \"{seed('001').name}\" }} }}"  # fmt: skip
    (row,) = list(corpus_store.query(query))
    assert nodes_named(corpus_store, "一區兩園合作安排") == {row["g"].value}


@pytest.fixture(scope="module")
def client(corpus_store, settings):
    from fastapi.testclient import TestClient
    from policykg.api.app import create_app

    with TestClient(create_app(corpus_store, settings)) as client:
        yield client


def test_the_entity_page_shows_why_it_is_there_and_a_joined_iri_redirects(client, corpus_store):
    (park,) = nodes_named(corpus_store, "港深創科園")
    path = park.split("/id/", 1)[1]
    page = client.get(f"/id/{path}", headers={"Accept": "text/html"}, params={"script": "Hant"})
    assert page.status_code == 200
    section = page.text.split('id="found-by"', 1)[1].split("</section>", 1)[0]
    assert "name-in-text" in section and "defined-short-form" in section
    joined = re.findall(r'href="/id/([^"?]+)\?format=text/turtle"', section)
    assert joined
    moved = client.get(f"/id/{joined[0]}", headers={"Accept": "text/html"}, follow_redirects=False)
    assert moved.status_code == 301 and moved.headers["location"] == f"/id/{path}"


@pytest.mark.slow
@pytest.mark.parametrize("order", ["forward", "reversed"])
def test_the_corpus_ingested_file_by_file_in_either_order_is_the_corpus_ingested_at_once(
    corpus_store, settings, order
):
    """Issue 19: one IRI per thing, deterministic whatever the ingest order. A graph that
    minted both sides of a link decided while it was alone in the store must not keep
    that link when later documents decide otherwise (or the other way round)."""
    from policykg.graph.store import PolicyStore

    from policykg.ingestion import Ingestor

    from .conftest import SEEDS

    store = PolicyStore.in_memory()
    for path in SEEDS if order == "forward" else reversed(SEEDS):
        Ingestor(store, settings).ingest([path])
    exported = {str(q) for q in store.quads()}
    at_once = {str(q) for q in corpus_store.quads()}
    assert sorted(exported - at_once) == []
    assert sorted(at_once - exported) == []
