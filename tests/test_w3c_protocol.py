"""The W3C SPARQL 1.1 Protocol test suite (tests/w3c/protocol/manifest.ttl), read from
its manifest and run against the app in process.

Every test runs with updates enabled (the suite has update tests), on a fresh store
holding the test's `ut:graphData`. The query tests run a second time against the
configuration a public endpoint uses: a read-only store on disk served by worker
processes. The manifest's test count is asserted, so no test can drop out unseen.
"""

from __future__ import annotations

import json
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

import pyoxigraph as ox
import pytest
from fastapi.testclient import TestClient
from policykg.api.app import create_app
from policykg.graph.store import PolicyStore
from rdflib import Graph, Namespace
from rdflib.collection import Collection
from rdflib.namespace import RDF, RDFS

SUITE = Path(__file__).parent / "w3c" / "protocol"
MF = Namespace("http://www.w3.org/2001/sw/DataAccess/tests/test-manifest#")
HT = Namespace("http://www.w3.org/2011/http#")
CNT = Namespace("http://www.w3.org/2011/content#")
UT = Namespace("http://www.w3.org/2009/sparql/tests/test-update#")
HTS = "http://www.w3.org/2011/http-statusCodes#StatusCode"
TOKEN = "w3c-protocol-suite-update-token"
RESULT_TYPES = ("application/sparql-results+json", "application/sparql-results+xml")
TABULAR_TYPES = (*RESULT_TYPES, "text/csv", "text/tab-separated-values")
RDF_TYPES = ("text/turtle", "application/n-triples", "application/rdf+xml")


@dataclass(frozen=True)
class HttpRequest:
    method: str
    path: str
    headers: dict[str, str]
    body: bytes | None
    statuses: frozenset[int]  # acceptable status classes: 2, 3, 4
    expected_format: str | None
    expected_boolean: bool | None


@dataclass(frozen=True)
class ProtocolTest:
    name: str
    title: str
    graph_data: dict[str, Path]  # graph IRI -> data file
    requests: tuple[HttpRequest, ...]

    @property
    def updates(self) -> bool:
        return any(
            "update" in r.headers.get("content-type", "") or b"update=" in (r.body or b"")
            or "update=" in r.path or "using-" in r.path
            for r in self.requests
        )  # fmt: skip

    def named_graphs(self) -> set[str]:
        """Every graph a request names in its dataset parameters."""
        names = set()
        for request in self.requests:
            params = parse_qs(urlsplit(request.path).query)
            for key in ("default-graph-uri", "named-graph-uri"):
                names.update(params.get(key, []))
        return names


def _request(manifest: Graph, node: object) -> HttpRequest:
    headers = {}
    for header_list in manifest.objects(node, HT.headers):
        for header in Collection(manifest, header_list):
            name = str(manifest.value(header, HT.fieldName)).lower()
            headers[name] = str(manifest.value(header, HT.fieldValue))
    body = None
    body_node = manifest.value(node, HT.body)
    if body_node is not None:
        text = str(manifest.value(body_node, CNT.chars))
        charset = (
            "utf-16" if "charset=utf-16" in headers.get("content-type", "").lower() else "utf-8"
        )
        body = text.encode(charset)
    response = manifest.value(node, HT.resp)
    statuses = frozenset(
        int(str(s)[len(HTS)]) for s in manifest.objects(response, MF.expectedStatus)
    )
    fmt = manifest.value(response, MF.expectedFormat)
    boolean = manifest.value(response, MF.expectedBoolean)
    path = str(manifest.value(node, HT.absolutePath)).replace("/sparql/", "/sparql", 1)
    return HttpRequest(
        method=str(manifest.value(node, HT.methodName)),
        path=path,
        headers=headers,
        body=body,
        statuses=statuses,
        expected_format=str(fmt) if fmt is not None else None,
        expected_boolean=boolean.toPython() if boolean is not None else None,
    )


def load_suite() -> list[ProtocolTest]:
    manifest = Graph().parse(SUITE / "manifest.ttl", publicID=(SUITE / "manifest.ttl").as_uri())
    (root,) = manifest.subjects(RDF.type, MF.Manifest)
    tests = []
    for entry in Collection(manifest, manifest.value(root, MF.entries)):
        graph_data = {}
        for data in manifest.objects(entry, UT.graphData):
            file = Path(urlsplit(str(manifest.value(data, UT.graph))).path)
            graph_data[str(manifest.value(data, RDFS.label))] = SUITE / file.name
        action = manifest.value(entry, MF.action)
        requests = tuple(
            _request(manifest, node)
            for node in Collection(manifest, manifest.value(action, HT.requests))
        )
        name = str(entry).rsplit("#", 1)[-1]
        tests.append(ProtocolTest(name, str(manifest.value(entry, MF.name)), graph_data, requests))
    return tests


SUITE_TESTS = load_suite()


def test_the_manifest_holds_all_34_tests():
    assert len(SUITE_TESTS) == 34
    assert len({t.name for t in SUITE_TESTS}) == 34
    assert sum(t.updates for t in SUITE_TESTS) == 13


def fill(store: PolicyStore, test: ProtocolTest) -> None:
    for graph, file in test.graph_data.items():
        statements = [str(t) for t in ox.parse(path=str(file), format=ox.RdfFormat.N_TRIPLES)]
        store.replace_graphs(remove=[], add={graph: statements})
    for graph in test.named_graphs() - set(test.graph_data):
        # The suite assumes the endpoint holds every graph a request names (data0.rdf
        # has no data file); this endpoint refuses graphs it does not hold.
        store.update(f"CREATE SILENT GRAPH <{graph}>")


def check(response, expected: HttpRequest, test: ProtocolTest) -> None:
    where = f"{test.name} ({test.title}): {expected.method} {expected.path}"
    assert response.status_code // 100 in expected.statuses, (where, response.text[:500])
    media_type = response.headers.get("content-type", "").split(";")[0]
    if expected.expected_format == "boolean":
        assert media_type in RESULT_TYPES, where
        answer = parse_boolean(response.content, media_type)
        if expected.expected_boolean is not None:
            assert answer is expected.expected_boolean, where
    elif expected.expected_format == "tabular":
        assert media_type in TABULAR_TYPES, where
    elif expected.expected_format == "RDF":
        assert media_type in RDF_TYPES, where
        ox.parse(response.content, format=ox.RdfFormat.from_media_type(media_type))


def parse_boolean(body: bytes, media_type: str) -> bool:
    if media_type == "application/sparql-results+json":
        return json.loads(body)["boolean"]
    element = ET.fromstring(body).find("{http://www.w3.org/2005/sparql-results#}boolean")
    return element is not None and element.text == "true"


def send(client: TestClient, request: HttpRequest):
    headers = {"Authorization": f"Bearer {TOKEN}", **request.headers}
    return client.request(request.method, request.path, headers=headers, content=request.body)


@pytest.mark.parametrize("test", SUITE_TESTS, ids=lambda t: t.name)
def test_w3c_protocol(test: ProtocolTest, tmp_path, settings):
    with PolicyStore.open(tmp_path / "store") as store:
        fill(store, test)
        app = create_app(store, settings.with_(update_token=TOKEN))
        with TestClient(app) as client:
            for request in test.requests:
                check(send(client, request), request, test)


QUERY_TESTS = [t for t in SUITE_TESTS if not t.updates]


@pytest.fixture(scope="module")
def public_client(tmp_path_factory, settings):
    """A read-only store on disk holding every query test's data, served by worker
    processes, with updates disabled: the configuration of a public endpoint."""
    path = tmp_path_factory.mktemp("w3c") / "store"
    with PolicyStore.open(path) as store:
        for test in QUERY_TESTS:
            fill(store, test)
    store = PolicyStore.open(path, read_only=True)
    app = create_app(store, settings)
    assert app.state.runner.stops_queries
    with TestClient(app) as client:
        yield client
    store.close()


def test_query_suite_has_21_tests():
    assert len(QUERY_TESTS) == 21


@pytest.mark.parametrize("test", QUERY_TESTS, ids=lambda t: t.name)
def test_w3c_protocol_on_a_public_endpoint(test: ProtocolTest, public_client):
    for request in test.requests:
        check(send(public_client, request), request, test)


def test_updates_are_refused_on_a_public_endpoint(public_client):
    update = next(t for t in SUITE_TESTS if t.name == "update_post_direct").requests[0]
    response = send(public_client, update)
    assert response.status_code == 403
    assert "read-only" in response.json()["error"]


def test_the_update_token_is_checked(tmp_path, settings):
    with PolicyStore.open(tmp_path / "store") as store:
        client = TestClient(create_app(store, settings.with_(update_token=TOKEN)))
        for headers in ({}, {"Authorization": "Bearer wrong-token-wrong-token"}):
            response = client.post(
                "/sparql", content=b"CLEAR ALL",
                headers={"Content-Type": "application/sparql-update", **headers},
            )  # fmt: skip
            assert response.status_code == 401
            assert response.headers["www-authenticate"].startswith("Bearer")
