"""`POST /api/corrections` of kinds `split` and `withdraw` (graph/split.py,
graph/withdraw.py), with the token, and malformed or hostile bodies refused."""

from __future__ import annotations

from .conftest import REVIEW_TOKEN

DOC = "https://w3id.org/policykg/id/work/83802cbc5b8c9c75"  # seed 000
ANNEX = "https://w3id.org/policykg/id/work/ece7f0f1da165b13"
MOST = "https://w3id.org/policykg/id/org/c2ca847a7c31d4ac"
PARTY = "https://w3id.org/policykg/ontology#party"
AUTH = {"Authorization": f"Bearer {REVIEW_TOKEN}"}
REJECT = {"kind": "reject", "document": DOC, "reviewer": "Chan", "reason": "not a party",
          "subject": DOC, "predicate": PARTY, "object": {"iri": MOST}}  # fmt: skip


def ask(client, query: str) -> bool:
    return client.get("/sparql", params={"query": query}).json()["boolean"]


def test_a_correction_is_withdrawn_over_the_api_and_both_are_listed(review_client):
    made = review_client.post("/api/corrections", json=REJECT, headers=AUTH).json()["iri"]
    body = {"kind": "withdraw", "document": DOC, "reviewer": "Wong", "reason": "a party",
            "withdraws": made}  # fmt: skip
    assert review_client.post("/api/corrections", json=body).status_code == 401
    answer = review_client.post("/api/corrections", json=body, headers=AUTH)
    assert answer.status_code == 201, answer.text
    assert ask(review_client, f"ASK {{ <{DOC}> <{PARTY}> <{MOST}> }}")
    listed = review_client.get("/api/corrections").json()["corrections"]
    assert {(c["kind"], c["status"]) for c in listed} == {
        ("reject", "withdrawn"),
        ("withdraw", "applied"),
    }
    again = review_client.post("/api/corrections", json=body, headers=AUTH)
    assert again.status_code == 400 and "withdrawn already" in again.json()["error"]


def test_an_entity_is_split_over_the_api(review_client):
    body = {"kind": "split", "document": DOC, "reviewer": "Chan", "reason": "two bodies",
            "entity": MOST, "selection": [{"document": ANNEX}]}  # fmt: skip
    answer = review_client.post("/api/corrections", json=body, headers=AUTH)
    assert answer.status_code == 201, answer.text
    # the annex's provisions (in its file's graph) mention the old entity no more
    mentioned = f"<{MOST}> <https://w3id.org/policykg/ontology#mentionedIn> ?p"
    assert not ask(
        review_client, f"ASK {{ {mentioned} FILTER(STRSTARTS(STR(?p), '{ANNEX}/prov/')) }}"
    )
    assert ask(review_client, f"ASK {{ {mentioned} }}")  # the main text's mentions stay


def test_malformed_and_hostile_split_and_withdraw_bodies_are_refused(review_client):
    base = {"document": DOC, "reviewer": "r", "reason": "x"}
    cases = [
        {**base, "kind": "withdraw"},  # no correction named
        {**base, "kind": "withdraw", "withdraws": "not an iri"},
        {**base, "kind": "withdraw", "withdraws": "<x> } ; DROP ALL ; #"},
        {**base, "kind": "withdraw", "withdraws": DOC},  # not a correction
        {**base, "kind": "split", "entity": MOST},  # nothing chosen
        {**base, "kind": "split", "entity": MOST, "selection": [{"document": "> DROP ALL"}]},
        {**base, "kind": "split", "entity": MOST,
         "selection": [{"document": DOC, "start": 0, "end": 3, "quote": "錯"}]},
        {**base, "kind": "split", "entity": MOST, "selection": [{"document": DOC}] * 101},
        {**base, "kind": "split", "entity": MOST, "selection": [{"document": DOC, "x": 1}]},
    ]  # fmt: skip
    for body in cases:
        answer = review_client.post("/api/corrections", json=body, headers=AUTH)
        assert answer.status_code == 400, (body, answer.text)
        assert answer.json()["error"]
    assert review_client.get("/api/corrections").json()["corrections"] == []
    assert ask(review_client, f"ASK {{ <{DOC}> <{PARTY}> <{MOST}> }}")


PARK = "https://w3id.org/policykg/id/platform/37d7147c9af0f603"  # 港深創新及科技園
PARK_AS_ORG = "https://w3id.org/policykg/id/org/37d7147c9af0f603"


def test_an_entity_is_retyped_over_the_api_and_its_history_shows_the_class(review_client):
    body = {"kind": "retype", "document": DOC, "reviewer": "Chan", "reason": "a company",
            "entity": PARK, "new_type": "org:Organization"}  # fmt: skip
    assert review_client.post("/api/corrections", json=body).status_code == 401
    answer = review_client.post("/api/corrections", json=body, headers=AUTH)
    assert answer.status_code == 201, answer.text
    org = "http://www.w3.org/ns/org#Organization"
    assert ask(review_client, f"ASK {{ <{PARK_AS_ORG}> a <{org}> }}")
    assert not ask(review_client, f"ASK {{ <{PARK}> a ?kind }}")
    (listed,) = review_client.get("/api/corrections").json()["corrections"]
    assert listed["kind"] == "retype"


def test_malformed_and_hostile_retype_bodies_are_refused(review_client):
    base = {"kind": "retype", "document": DOC, "reviewer": "r", "reason": "x", "entity": PARK}
    cases = [
        base,  # no class
        {**base, "new_type": "pkg:Event"},  # not a kind an entity can have
        {**base, "new_type": "> } ; DROP ALL ; #"},
        {**base, "new_type": "org:Organization", "entity": DOC},  # not an entity
        {**base, "new_type": "org:Organization", "entity": "<x> DROP ALL"},
        {**base, "new_type": "x" * 2001},
    ]
    for body in cases:
        answer = review_client.post("/api/corrections", json=body, headers=AUTH)
        assert answer.status_code == 400, (body, answer.text)
        assert answer.json()["error"]
    assert review_client.get("/api/corrections").json()["corrections"] == []
    assert ask(review_client, f"ASK {{ <{PARK}> a ?kind }}")
