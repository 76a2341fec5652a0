"""`/api/corrections` in process: reading, writing with the token, and the attacks."""

from __future__ import annotations

import pytest
from fastapi.testclient import TestClient
from policykg.api.app import create_app
from policykg.graph.store import PolicyStore

from .conftest import REVIEW_TOKEN

TOKEN = REVIEW_TOKEN
DOC = "https://w3id.org/policykg/id/work/83802cbc5b8c9c75"
MOST = "https://w3id.org/policykg/id/org/c2ca847a7c31d4ac"
PARTY = "https://w3id.org/policykg/ontology#party"
REJECT = {"kind": "reject", "document": DOC, "reviewer": "Chan", "reason": "not a party",
          "subject": DOC, "predicate": PARTY, "object": {"iri": MOST}}  # fmt: skip
AUTH = {"Authorization": f"Bearer {TOKEN}"}


def is_party(review_client) -> bool:
    ask = f"ASK {{ <{DOC}> <{PARTY}> <{MOST}> }}"
    return review_client.get("/sparql", params={"query": ask}).json()["boolean"]


def test_a_correction_with_the_token_is_stored_and_seen_by_sparql_and_readers(review_client):
    assert is_party(review_client)
    answer = review_client.post("/api/corrections", json=REJECT, headers=AUTH)
    assert answer.status_code == 201, answer.text
    assert answer.json()["withdrawn"] == 1
    assert not is_party(review_client)  # /sparql shows the reviewed view
    (listed,) = review_client.get("/api/corrections").json()["corrections"]
    assert listed["reviewer"] == "Chan" and listed["status"] == "applied"
    assert listed["iri"] == answer.json()["iri"]


def test_without_the_token_nothing_is_written(review_client, settings):
    assert review_client.post("/api/corrections", json=REJECT).status_code == 401
    wrong = {"Authorization": "Bearer " + "x" * len(TOKEN)}
    assert review_client.post("/api/corrections", json=REJECT, headers=wrong).status_code == 401
    assert review_client.post("/api/corrections", json={"junk": 1}).status_code == 401
    assert (
        is_party(review_client)
        and review_client.get("/api/corrections").json()["corrections"] == []
    )
    store = PolicyStore.in_memory()
    with TestClient(create_app(store, settings)) as read_only:  # no token configured
        assert read_only.post("/api/corrections", json=REJECT, headers=AUTH).status_code == 403


@pytest.mark.parametrize(
    "change",
    [
        {"kind": "drop"},
        {"subject": "not an iri"},
        {"object": {"iri": "javascript:alert(1)> } ; DROP ALL ; #"}},
        {"object": {"value": "x", "datatype": "} INSERT DATA {"}},
        {"reason": ""},
        {"reviewer": "x" * 201},
        {"extra": "field"},
        {"start": -1, "end": 3, "quote": "abc"},
        {"kind": "add", "predicate": "https://w3id.org/policykg/ontology#sha256"},
        {
            "kind": "add",
            "object": {"value": "2010-01-01", "datatype": "http://www.w3.org/2001/XMLSchema#date"},
            "predicate": "http://data.europa.eu/eli/ontology#date_no_longer_in_force",
            "start": 0,
            "end": 1,
            "quote": "?",
        },
    ],
)
def test_malformed_or_hostile_corrections_are_400_and_change_nothing(review_client, change):
    answer = review_client.post("/api/corrections", json={**REJECT, **change}, headers=AUTH)
    assert answer.status_code == 400, answer.text
    assert set(answer.json()) >= {"status", "error"}
    assert is_party(review_client)


def test_not_json_is_400(review_client):
    answer = review_client.post("/api/corrections", content=b"\xff\xfe{", headers=AUTH)
    assert answer.status_code == 400


def test_a_correction_that_breaks_the_shapes_is_409_with_the_reason(review_client):
    text = review_client.get("/sparql", params={"query": f"SELECT ?t {{ <{DOC}> <https://w3id.org/policykg/ontology#sourceText> ?t }}"}).json()  # fmt: skip
    source = text["results"]["bindings"][0]["t"]["value"]
    start = source.index("科學技術部")
    body = {**REJECT, "kind": "add", "start": start, "end": start + 5, "quote": "科學技術部",
            "predicate": "http://data.europa.eu/eli/ontology#date_no_longer_in_force",
            "object": {"value": "2010-02-30", "datatype": "http://www.w3.org/2001/XMLSchema#date"}}  # no such day: a violation  # fmt: skip
    answer = review_client.post("/api/corrections", json=body, headers=AUTH)
    assert answer.status_code == 409, answer.text
    assert "violation" in answer.json()["error"]
    assert review_client.get("/api/corrections").json()["corrections"] == []


def test_a_merged_entity_redirects_to_the_one_it_was_merged_into(review_client):
    hksarg = "https://w3id.org/policykg/id/org/fd266a329f5d62e0"
    body = {"kind": "merge", "document": DOC, "reviewer": "r", "reason": "same body",
            "entity": MOST, "into": hksarg}  # fmt: skip
    assert review_client.get("/id/org/c2ca847a7c31d4ac", follow_redirects=False).status_code == 200
    assert review_client.post("/api/corrections", json=body, headers=AUTH).status_code == 201
    answer = review_client.get("/id/org/c2ca847a7c31d4ac?script=Hans", follow_redirects=False)
    assert answer.status_code == 301
    assert answer.headers["location"] == "/id/org/fd266a329f5d62e0?script=Hans"
    page = review_client.get("/id/org/c2ca847a7c31d4ac", headers={"Accept": "text/html"})
    assert page.status_code == 200 and "科學技術部" in page.text  # now one of its names


def test_entity_and_document_pages_show_the_history_with_the_machines_original(review_client):
    assert review_client.post("/api/corrections", json=REJECT, headers=AUTH).status_code == 201
    for path in ("/id/work/83802cbc5b8c9c75", "/id/org/c2ca847a7c31d4ac"):
        page = review_client.get(path + "?script=Hant", headers={"Accept": "text/html"})
        assert page.status_code == 200
        section = page.text.split('id="corrections"', 1)[1].split("</section>", 1)[0]
        assert "否決" in section and "Chan" in section and "not a party" in section
        assert "撤回的機器結果" in section and "party" in section
    iri = review_client.get("/api/corrections").json()["corrections"][0]["iri"]
    record = review_client.get("/id/" + iri.split("/id/", 1)[1], params={"format": "text/turtle"})
    assert record.status_code == 200 and "removes" in record.text
    untouched = review_client.get(
        "/id/work/83802cbc5b8c9c75/prov/1", headers={"Accept": "text/html"}
    )
    assert 'id="corrections"' not in untouched.text
