"""`/review`: the review queue page and its forms, in process."""

from __future__ import annotations

import pytest
from fastapi.testclient import TestClient
from policykg.api.app import create_app
from policykg.graph.store import PolicyStore

from policykg.ingestion import Ingestor

from .conftest import seed
from .test_review_api import DOC, MOST, TOKEN, is_party

FORM = {"kind": "reject", "document": DOC, "object": MOST, "reviewer": "Chan",
        "reason": "not a party", "token": TOKEN}  # fmt: skip
HTML = {"Accept": "text/html"}


def test_the_queue_lists_documents_to_review_with_a_form_per_party(review_client):
    page = review_client.get("/review?script=Hant", headers=HTML)
    assert page.status_code == 200
    assert f'data-document="{DOC}"' in page.text
    assert "已攝取的協議沒有找到簽署人" in page.text  # the gate's warning
    assert f'data-party="{MOST}"' in page.text and 'type="password"' in page.text


def test_a_form_with_the_token_rejects_the_party_and_the_page_shows_it(review_client):
    answer = review_client.post("/review", data=FORM, follow_redirects=False)
    assert answer.status_code == 303, answer.text
    assert not is_party(review_client)
    page = review_client.get(answer.headers["location"] + "&script=Hant", headers=HTML)
    assert "否決" in page.text and "Chan" in page.text and "not a party" in page.text


@pytest.mark.parametrize(
    ("change", "status", "reason"),
    [
        ({"token": ""}, 401, "token"),
        ({"token": "x" * len(TOKEN)}, 401, "token"),
        ({"object": "not an iri"}, 400, "not an IRI"),
        ({"kind": "divide"}, 400, "rejects or adds"),
        ({"kind": "split"}, 400, "tick one document"),
        ({"kind": "merge"}, 400, "entity is not an IRI"),
        ({"kind": "add"}, 400, "supports it"),
        ({"kind": "add", "start": "x", "end": "1", "quote": "a"}, 400, "not a number"),
        ({"reason": ""}, 400, "reason"),
    ],
)
def test_bad_forms_are_refused_with_the_reason_and_change_nothing(
    review_client, change, status, reason
):
    answer = review_client.post("/review", data={**FORM, **change}, follow_redirects=False)
    assert answer.status_code == status
    assert reason in answer.text
    assert is_party(review_client)


def test_a_form_sent_from_another_site_is_refused(review_client):
    answer = review_client.post("/review", data=FORM, headers={"Origin": "https://evil.example"})
    assert answer.status_code == 403
    assert is_party(review_client)


def test_a_read_only_server_shows_the_queue_without_forms(settings):
    store = PolicyStore.in_memory()
    Ingestor(store, settings).ingest([seed("000")])
    with TestClient(create_app(store, settings)) as review_client:
        page = review_client.get("/review", headers=HTML)
        assert page.status_code == 200 and 'type="password"' not in page.text
        assert review_client.post("/review", data=FORM).status_code == 403
        assert is_party(review_client)
