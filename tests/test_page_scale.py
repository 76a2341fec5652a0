"""What keeps pages cheap on a large store: answers kept per store generation, dropped on
a write; static assets gzipped; query results and pages untouched by the compression."""

from __future__ import annotations

import gzip
import json

import pytest
from fastapi.testclient import TestClient
from policykg.api.app import create_app
from policykg.graph import browse
from policykg.graph.cache import GenerationCache
from policykg.graph.store import PolicyStore

HTML = {"Accept": "text/html"}
BASE = "https://w3id.org/policykg/id/"


def test_cache_keeps_answers_until_the_generation_changes():
    generation, calls = [0], []
    cache = GenerationCache(lambda: generation[0], size=2)

    def compute(value):
        calls.append(value)
        return value

    assert cache.get("a", lambda: compute(1)) == 1
    assert cache.get("a", lambda: compute(2)) == 1 and calls == [1]
    generation[0] = 1  # a write: everything is asked again
    assert cache.get("a", lambda: compute(3)) == 3 and calls == [1, 3]
    cache.get("b", lambda: compute(4))
    cache.get("c", lambda: compute(5))  # over the size: "a", the least recently used, goes
    assert cache.get("a", lambda: compute(6)) == 6


def test_without_a_generation_nothing_is_kept():
    cache = GenerationCache(lambda: None)
    assert [cache.get("a", lambda v=v: v) for v in (1, 2)] == [1, 2]


def test_timeline_latest_is_the_end_of_the_whole_timeline(corpus_store):
    whole = browse.timeline(corpus_store)
    latest = browse.timeline(corpus_store, latest=5)
    assert len(latest) == 5 and latest == whole[-5:]


TOKEN = "a-long-enough-update-token"


@pytest.fixture()
def own_client(corpus_store, settings):
    """An app over a copy of the corpus, which the test writes to."""
    store = PolicyStore.in_memory()
    store.oxigraph.extend(corpus_store.oxigraph.quads_for_pattern(None, None, None, None))
    with TestClient(create_app(store, settings.with_(update_token=TOKEN))) as client:
        yield client


def test_a_write_shows_on_the_cached_pages(own_client):
    def agreements() -> int:
        page = own_client.get("/list/agreements", params={"size": 200}, headers=HTML).text
        return page.count('href="/id/work/')

    before, home = agreements(), own_client.get("/", headers=HTML).text
    assert agreements() == before
    update = f"""PREFIX pkg: <https://w3id.org/policykg/ontology#>
INSERT DATA {{ GRAPH <{BASE}work/cache-test> {{ <{BASE}work/cache-test> a pkg:Agreement }} }}"""
    answer = own_client.post(
        "/sparql", data={"update": update}, headers={"Authorization": f"Bearer {TOKEN}"}
    )
    assert answer.status_code in (200, 204), answer.text
    assert agreements() == before + 1
    assert own_client.get("/", headers=HTML).text != home  # its count changed


def test_static_assets_are_gzipped(own_client):
    plain = own_client.get("/static/vendor/sparql-editor.js", headers={"Accept-Encoding": ""})
    zipped = own_client.get("/static/vendor/sparql-editor.js", headers={"Accept-Encoding": "gzip"})
    assert "content-encoding" not in plain.headers
    assert zipped.headers["content-encoding"] == "gzip"
    assert zipped.content == plain.content  # the client undoes it
    url, accept = "/static/vendor/sparql-editor.js", {"Accept-Encoding": "gzip"}
    with own_client.stream("GET", url, headers=accept) as raw:
        sent = b"".join(raw.iter_raw())
    assert len(sent) < len(plain.content) / 2


def test_query_results_are_not_compressed(own_client):
    query = "SELECT ?s ?p ?o WHERE { ?s ?p ?o } LIMIT 500"
    answer = own_client.get(
        "/sparql",
        params={"query": query},
        headers={"Accept": "application/sparql-results+json", "Accept-Encoding": "gzip"},
    )
    assert answer.status_code == 200 and "content-encoding" not in answer.headers
    assert len(json.loads(answer.content)["results"]["bindings"]) == 500
    assert not answer.content.startswith(gzip.compress(b"")[:2])


def test_an_entity_page_lists_its_first_mentions_and_says_how_many(client_of, monkeypatch):
    from policykg.api import pages

    monkeypatch.setattr(pages, "SHOWN_LINKS", 1)
    found = client_of.get("/search", params={"q": "科學技術部"}, headers=HTML).text
    org = found.split('href="/id/org/', 1)[1].split('"', 1)[0]
    page = client_of.get(f"/id/org/{org}", headers=HTML).text
    mentions = page.split('id="mentions"', 1)[1].split("</section>", 1)[0]
    assert mentions.count("<li>") == 1
    assert "首 1 項，共" in mentions


@pytest.fixture(scope="module")
def client_of(corpus_store, settings):
    with TestClient(create_app(corpus_store, settings)) as client:
        yield client


SPANS_BY_HAND = """PREFIX oa: <http://www.w3.org/ns/oa#> PREFIX prov: <http://www.w3.org/ns/prov#>
SELECT ?prov ?start ?end WHERE { ?a oa:hasBody <%s> ; prov:wasDerivedFrom ?prov ;
  oa:hasTarget/oa:hasSelector ?sel . ?sel oa:start ?start ; oa:end ?end }"""


def test_mentions_shown_carry_the_first_span_read_in_each_and_the_total(corpus_store):
    """Only the spans of the mentions shown are read; each is the earliest fact about the
    node read from that provision, as a query written out by hand finds it."""
    found = browse.search(corpus_store, "科學技術部")
    (org,) = found["http://www.w3.org/ns/org#Organization"][:1]
    every, total = browse.mentions(corpus_store, org)
    assert total == len(every) >= 3
    earliest: dict[str, tuple[int, int]] = {}
    for row in corpus_store.query(SPANS_BY_HAND % org):
        span = (int(row["start"].value), int(row["end"].value))
        earliest[row["prov"].value] = min(span, earliest.get(row["prov"].value, span))
    assert {m.provision: (m.source.start, m.source.end) for m in every if m.source} == earliest
    assert all(m.source is not None for m in every)
    order = [(m.document, m.source.start) for m in every]
    assert order == sorted(order)  # by document, then where in it
    shown, also_total = browse.mentions(corpus_store, org, shown=2)
    assert also_total == total and shown == every[:2]


def test_the_dataset_statistics_follow_an_update(own_client, monkeypatch):
    """VoID and the service description count the store once, and again after a write."""
    from policykg.api import service

    counted = []
    real = service.DatasetStatistics._count
    monkeypatch.setattr(service.DatasetStatistics, "_count",
                        lambda self: counted.append(1) or real(self))  # fmt: skip

    def triples() -> int:
        void = own_client.get("/.well-known/void", headers={"Accept": "application/n-triples"})
        (line,) = [x for x in void.text.splitlines() if x.startswith("<http://testserver/.well-known/void#dataset> <http://rdfs.org/ns/void#triples>")]  # fmt: skip
        return int(line.split('"')[1])

    before = triples()
    assert triples() == before and len(counted) == 1  # kept between requests
    update = f"INSERT DATA {{ GRAPH <{BASE}work/stats-test> {{ <{BASE}work/stats-test> <{BASE}p> 1, 2, 3 }} }}"  # fmt: skip
    answer = own_client.post(
        "/sparql", data={"update": update}, headers={"Authorization": f"Bearer {TOKEN}"}
    )
    assert answer.status_code == 204, answer.text
    assert triples() == before + 3 and len(counted) == 2


def test_a_provisions_iri_names_its_document_as_the_mentions_assume(corpus_store):
    """graph/mentions.py finds a mention's document from its provision's IRI
    ({work}/prov/{path}, policykg/iris.py) instead of joining every provision to its
    document: every provision of the corpus, annexes' too, is part of (eli:is_part_of, up
    its chain) the work its IRI names, and lies in that work's file's graph."""
    eli = "http://data.europa.eu/eli/ontology#"
    rows = list(corpus_store.query(
        f"SELECT ?p ?g ?work WHERE {{ GRAPH ?g {{ ?p a <{eli}LegalResourceSubdivision> ; "
        f"<{eli}is_part_of>+ ?work . ?work a <{eli}Work> }} }}"
    ))  # fmt: skip
    reached: dict[str, set[str]] = {}
    graph_of: dict[str, str] = {}
    for r in rows:
        reached.setdefault(r["p"].value, set()).add(r["work"].value)
        graph_of[r["p"].value] = r["g"].value
    assert len(reached) > 100
    annexes = {r["a"].value: r["g"].value for r in corpus_store.query(
        f"SELECT ?a ?g WHERE {{ GRAPH ?g {{ ?a <{eli}is_annex_of> ?g }} }}"
    )}  # fmt: skip
    assert annexes, "the corpus has an annex: seed 000's"
    for provision, works in reached.items():
        document = provision.rpartition("/prov/")[0]
        assert document in works
        assert graph_of[provision] == annexes.get(document, document)
    org = browse.search(corpus_store, "科學技術部")["http://www.w3.org/ns/org#Organization"][0]
    provisions = browse.mentioned_in(corpus_store, org)
    by_chain = {w for p in provisions for w in reached[p]}
    named = browse.documents_naming(corpus_store, org, provisions=provisions)
    assert by_chain <= {doc for doc, _, _ in named}
    assert set(annexes) & {doc for doc, _, _ in named}  # the annex names it, as itself


def test_an_entity_pages_lists_are_read_once_per_store_generation(own_client, monkeypatch):
    """A node's lists (where it is named, the links to it, how it was found) grow with
    its fame, so the page keeps them until a write; a write that names it again shows
    at once."""
    import re

    from policykg.api import pages

    monkeypatch.setattr(pages, "SHOWN_LINKS", 1)
    read = []
    named, links_to = browse.named, browse.links_to
    monkeypatch.setattr(browse, "named", lambda *a, **k: read.append("named") or named(*a, **k))
    monkeypatch.setattr(browse, "links_to", lambda *a: read.append("links") or links_to(*a))

    def mentions_total(org: str) -> int:
        page = own_client.get(f"/id/org/{org}", headers=HTML).text
        section = page.split('id="mentions"', 1)[1].split("</section>", 1)[0]
        return int(re.search(r"共 (\d+) 項", section).group(1))

    found = own_client.get("/search", params={"q": "科學技術部"}, headers=HTML).text
    org = found.split('href="/id/org/', 1)[1].split('"', 1)[0]
    before = mentions_total(org)
    assert mentions_total(org) == before and read == ["links", "named"]  # then kept
    work = f"{BASE}work/cache-test-named"
    update = f"""PREFIX pkg: <https://w3id.org/policykg/ontology#>
PREFIX eli: <http://data.europa.eu/eli/ontology#>
INSERT DATA {{ GRAPH <{work}> {{ <{work}/prov/1> a eli:LegalResourceSubdivision ;
  eli:number "1" . <{BASE}org/{org}> pkg:mentionedIn <{work}/prov/1> }} }}"""
    answer = own_client.post(
        "/sparql", data={"update": update}, headers={"Authorization": f"Bearer {TOKEN}"}
    )
    assert answer.status_code in (200, 204), answer.text
    assert mentions_total(org) == before + 1 and read == ["links", "named"] * 2
