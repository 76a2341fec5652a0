"""Accept and split by span from the review pages and the API, in process: the token,
the Origin check, bad values (400, the one error shape) and what each stores."""

from __future__ import annotations

import pytest

from .conftest import REVIEW_TOKEN
from .test_review_item import HTML, ID, PKG, SEED_002, WHO, ask, client, corpus, message

__all__ = ["client", "corpus"]  # the fixtures, shared with test_review_item.py

SHENZHEN = ID + "org/0803528e29b47a94"
HKSARG = ID + "org/fd266a329f5d62e0"
ONE_ZONE = ID + "work/e692bd296803040e"  # read from 深港签署“一区两园”: parties 深, 港
PARTY = PKG + "party"
# the low-confidence fact 一区两园 pkg:party 香港特區政府, as the queue's accept form sends it
ACCEPT = {"kind": "accept", "document": SEED_002, "subject": ONE_ZONE, "predicate": PARTY,
          "object": HKSARG, "start": "5699", "end": "5710", "quote": "港签署\n\n“一区两园”",
          "reviewer": "陳大文", "token": REVIEW_TOKEN}  # fmt: skip
AUTH = {"Authorization": f"Bearer {REVIEW_TOKEN}"}


def doubtful(client) -> set[tuple[str, str]]:
    facts = client.get("/api/review/low-confidence").json()["facts"]
    return {(f["subject"], f["value"]) for f in facts}


def queue(client) -> str:
    return client.get("/review", params={"script": "Hant"}, headers=HTML).text


def test_the_queue_offers_accept_and_an_accepted_fact_leaves_it(client):
    page = queue(client)
    assert page.count('class="correction accept"') >= 7  # a form per low-confidence fact
    assert (ONE_ZONE, HKSARG) in doubtful(client)
    answer = client.post("/review", data=ACCEPT, follow_redirects=False)  # no reason: optional
    assert answer.status_code == 303, message(answer)
    assert (ONE_ZONE, HKSARG) not in doubtful(client)
    assert (ONE_ZONE, SHENZHEN) in doubtful(client)  # the other party is still to judge
    assert ask(client, f"<{ONE_ZONE}> <{PARTY}> <{HKSARG}>")  # nothing withdrawn
    (made,) = client.get("/api/corrections").json()["corrections"]
    assert (made["kind"], made["status"], made["reviewer"]) == ("accept", "applied", "陳大文")
    # the entity's and the document's history show it, with a form to withdraw it
    for iri in (HKSARG, SEED_002):
        page = client.get("/review/item", params={"iri": iri, "script": "Hant"}, headers=HTML)
        assert 'data-kind="accept"' in page.text and "確認" in page.text
    page = client.get("/review/item", params={"iri": ONE_ZONE, "script": "Hant"}, headers=HTML)
    assert "已確認" in page.text
    withdraw = {"kind": "withdraw", "item": SEED_002, "withdraws": made["iri"], **WHO}
    assert client.post("/review", data=withdraw, follow_redirects=False).status_code == 303
    assert (ONE_ZONE, HKSARG) in doubtful(client)  # back in the queue


def test_accept_needs_the_token_and_a_page_of_this_site(client):
    wrong = client.post("/review", data={**ACCEPT, "token": "x" * 30}, follow_redirects=False)
    assert wrong.status_code == 401
    other = client.post("/review", data=ACCEPT, headers={"Origin": "https://evil.example"},
                        follow_redirects=False)  # fmt: skip
    assert other.status_code == 403
    assert client.get("/api/corrections").json()["corrections"] == []


@pytest.mark.parametrize(
    "change, reason",
    [
        ({"object": "https://example.org/x"}, "not an IRI of this store"),
        ({"subject": "javascript:alert(1)"}, "subject is not"),
        ({"object": ID + "org/0000000000000000", "start": "", "end": "", "quote": ""},
         "no longer in the document"),
        ({"predicate": "http://www.w3.org/2000/01/rdf-schema#label"}, "the page corrects"),
        ({"start": "x"}, "not a number"),
    ],
)  # fmt: skip
def test_a_bad_accept_form_is_400_with_the_reason(client, change, reason):
    answer = client.post("/review", data={**ACCEPT, **change}, follow_redirects=False)
    assert answer.status_code == 400 and reason in message(answer)
    assert client.get("/api/corrections").json()["corrections"] == []


def test_the_api_stores_an_acceptance_and_refuses_a_bad_one_in_the_one_error_shape(client):
    body = {"kind": "accept", "document": SEED_002, "subject": ONE_ZONE, "predicate": PARTY,
            "object": {"iri": HKSARG}, "reviewer": "Chan"}  # fmt: skip
    assert client.post("/api/corrections", json=body).status_code == 401
    bad = client.post("/api/corrections", json={**body, "object": {"iri": "not an iri"}},
                      headers=AUTH)  # fmt: skip
    assert bad.status_code == 400 and set(bad.json()) >= {"status", "error"}
    answer = client.post("/api/corrections", json=body, headers=AUTH)
    assert answer.status_code == 201, answer.text
    assert answer.json()["kind"] == "accept" and answer.json()["withdrawn"] == 0
    assert (ONE_ZONE, HKSARG) not in doubtful(client)


def test_a_split_by_a_span_selected_beside_a_queue_item(client):
    page = queue(client)
    assert 'class="correction split-span"' in page and 'data-span-start="5698"' in page
    split = {"kind": "split", "entity": SHENZHEN, "document": SEED_002,
             "quote": "深港签署\n\n“一区", "start": "5698", **WHO}  # fmt: skip
    answer = client.post("/review", data=split, follow_redirects=False)
    assert answer.status_code == 303, message(answer)
    (made,) = client.get("/api/corrections").json()["corrections"]
    assert made["kind"] == "split"
    # the party read there now names a new entity; 深圳 keeps its other mentions
    assert not ask(client, f"<{ONE_ZONE}> <{PARTY}> <{SHENZHEN}>")
    assert ask(client, f"<{ONE_ZONE}> <{PARTY}> ?new . ?new <{PKG}mentionedIn> ?p")
    assert ask(client, f"?doc <{PARTY}> <{SHENZHEN}>") or ask(client, f"<{SHENZHEN}> ?p ?o")


@pytest.mark.parametrize(
    "change, reason",
    [
        ({"quote": "", "start": ""}, "documents ticked or the text of a span"),
        ({"quote": "不在原文之中的字", "start": ""}, "not in the document"),
        ({"quote": "深", "start": "1"}, "does not apply"),  # the text there is not 深
        ({"entity": "https://example.org/x"}, "not an IRI of this store"),
    ],
)
def test_a_bad_split_by_span_is_400_with_the_reason(client, change, reason):
    split = {"kind": "split", "entity": SHENZHEN, "document": SEED_002,
             "quote": "深港签署\n\n“一区", "start": "5698", **WHO, **change}  # fmt: skip
    if not change.get("start", "x"):
        split.pop("start")
    answer = client.post("/review", data=split, follow_redirects=False)
    assert answer.status_code == 400 and reason in message(answer), message(answer)
    assert client.get("/api/corrections").json()["corrections"] == []


def test_a_party_of_a_document_stored_with_warnings_is_accepted_from_the_queue(review_client):
    doc = ID + "work/83802cbc5b8c9c75"  # seed 000, stored with warnings
    most = ID + "org/c2ca847a7c31d4ac"
    page = queue(review_client)
    assert f'class="correction accept" data-party="{most}"' in page
    form = {"kind": "accept", "document": doc, "object": most, "reviewer": "陳大文",
            "token": REVIEW_TOKEN}  # fmt: skip
    answer = review_client.post("/review", data=form, follow_redirects=False)
    assert answer.status_code == 303, message(answer)
    page = queue(review_client)
    assert f'class="accepted" data-party="{most}"' in page
    assert f'class="correction reject" data-party="{most}"' not in page
    (made,) = review_client.get("/api/corrections").json()["corrections"]
    assert made["kind"] == "accept" and made["reason"] == "accepted as extracted"


CUHK = ID + "org/eb4449dc7d7d4ccc"  # 香港中文大學, also read from 中文大学 alone (seed 002)


def test_each_look_alike_has_a_split_form_by_its_quotes(client):
    page = queue(client)
    # an entity in two look-alike groups has its spans shown in each of them
    shown = [li.split("</li>", 1)[0] for li in page.split(f'<li data-entity="{CUHK}"')[1:]]
    with_span = [li for li in shown if 'data-span-start="1933"' in li]
    assert len(shown) >= 2 and with_span == shown
    entity = with_span[0]
    assert 'class="correction split-span" id="split-' in entity
    assert f'data-span-start="1933" data-span-document="{SEED_002}"' in entity
    split = {"kind": "split", "entity": CUHK, "document": SEED_002, "quote": "中文大学", **WHO}
    # typed alone, the quote occurs several times (香港中文大学 holds it): its start is asked
    many = client.post("/review", data=split, follow_redirects=False)
    assert many.status_code == 400 and "give its start" in message(many), message(many)
    answer = client.post("/review", data={**split, "start": "1933"}, follow_redirects=False)
    assert answer.status_code == 303, message(answer)
    (made,) = client.get("/api/corrections").json()["corrections"]
    assert made["kind"] == "split"
    assert ask(client, f"<{CUHK}> <{PKG}mentionedIn> ?p")  # its other mentions stay
