"""The network picture's labels (issue 21): none overlap at any zoom level, the most
connected nodes are labelled first, and zooming in labels more."""

from __future__ import annotations

import itertools

import pytest
from fastapi.testclient import TestClient
from policykg.api.app import create_app
from policykg.graph import browse, network, network_labels
from policykg.graph.bound import StoreQueries
from policykg.graph.network import NetworkNode


def no_overlaps(placed) -> None:
    for level in range(len(network_labels.LEVELS)):
        boxes = [p.box for p in placed if p.level == level]
        for a, b in itertools.combinations(boxes, 2):
            assert not network_labels.overlap(a, b), (level, a, b)


def test_labels_of_the_corpus_never_overlap_and_all_show_at_zoom_1(corpus_store):
    queries = StoreQueries(corpus_store)
    graph = network.network(network.party_graph(queries))
    names = {i: label.get("Hant") for i, label in browse.labels(queries, [n.iri for n in graph.nodes]).items()}  # fmt: skip
    placed = network_labels.place_labels(graph.nodes, names)
    no_overlaps(placed)
    at_zoom_1 = {p.iri for p in placed if network_labels.LEVELS[p.level] == 1.0}
    assert at_zoom_1 == {n.iri for n in graph.nodes}


def test_a_crowded_picture_drops_labels_then_shows_them_when_zoomed():
    nodes = [NetworkNode(f"n{i}", "organisation", 0.01 * (i % 10), 0.01 * (i // 10), 0.1, i)
             for i in range(100)]  # fmt: skip
    names = {n.iri: "香港特別行政區政府創新科技署" for n in nodes}
    placed = network_labels.place_labels(nodes, names)
    no_overlaps(placed)
    counts = [sum(p.level == k for p in placed) for k in range(len(network_labels.LEVELS))]
    assert counts[0] < counts[-1] <= 100 and counts == sorted(counts)
    first = next(p for p in placed if p.level == 0)
    assert first.iri == "n99"  # the most connected first
    assert first.text == "香港特別行政區政府創新…"  # a long name is cut, whole in the title


def test_the_network_page_draws_each_levels_labels_and_loads_its_own_script(client_for):
    page = client_for.get("/network", headers={"Accept": "text/html"})
    assert page.status_code == 200
    assert '<script src="/static/network.js" defer></script>' in page.text
    assert 'class="l2"' in page.text and 'data-level="2"' in page.text
    assert "<script>" not in page.text  # no inline script (CSP)
    script = client_for.get("/static/network.js")
    assert script.status_code == 200 and "javascript" in script.headers["content-type"]


@pytest.fixture(scope="module")
def client_for(corpus_store, settings):
    return TestClient(create_app(corpus_store, settings))
