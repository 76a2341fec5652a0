"""`/review/item`'s forms to change an entity's kind (retype), to split off its mentions in
chosen documents, and to withdraw a correction from the history, in process."""

from __future__ import annotations

from policykg.graph.corrections import Reviewer
from policykg.graph.review import CorrectionRefused

from .test_review_item import (
    ARRANGEMENT_2023,
    ELI,
    HTML,
    ID,
    PKG,
    SEED_002,
    SEED_004,
    WHO,
    ask,
    client,
    corpus,
    message,
)

__all__ = ["client", "corpus"]  # the fixtures, shared with test_review_item.py

CENTRE = ID + "org/2e0db4866bc4e229"  # 國家工程技術研究中心香港分中心: platforms read as a body
CENTRE_AS_PLATFORM = ID + "platform/2e0db4866bc4e229"
GOVERNMENT = ID + "org/64543197779c38d6"  # 政府: another government in each document
ORG = "http://www.w3.org/ns/org#Organization"


def item_page(client, iri: str) -> str:
    return client.get("/review/item", params={"iri": iri, "script": "Hant"}, headers=HTML).text


def test_the_retype_form_offers_the_other_kinds_and_moves_the_entity(client):
    page = item_page(client, CENTRE)
    assert 'class="correction retype"' in page
    assert f'value="{PKG}Platform"' in page and f'value="{ORG}"' not in page
    form = {"kind": "retype", "item": CENTRE, "entity": CENTRE, "document": SEED_002,
            "new_type": PKG + "Platform", **WHO}  # fmt: skip
    answer = client.post("/review", data=form, follow_redirects=False)
    assert answer.status_code == 303, message(answer)
    assert ask(client, f"<{CENTRE_AS_PLATFORM}> a <{PKG}Platform>")
    assert not ask(client, f"<{CENTRE}> a ?kind")
    redirect = client.get("/id/org/2e0db4866bc4e229", headers=HTML, follow_redirects=False)
    assert redirect.headers["location"].endswith("/id/platform/2e0db4866bc4e229")
    # the new IRI's review shows the correction, with a form to withdraw it
    page = item_page(client, CENTRE_AS_PLATFORM)
    assert 'data-kind="retype"' in page and 'class="correction withdraw"' in page


def test_a_correction_is_withdrawn_from_the_history_with_the_token(client):
    form = {"kind": "retype", "item": CENTRE, "entity": CENTRE, "document": SEED_002,
            "new_type": PKG + "Fund", **WHO}  # fmt: skip
    assert client.post("/review", data=form, follow_redirects=False).status_code == 303
    (made,) = client.get("/api/corrections").json()["corrections"]
    withdraw = {"kind": "withdraw", "item": SEED_002, "withdraws": made["iri"], **WHO}
    wrong = client.post("/review", data={**withdraw, "token": "x" * 20}, follow_redirects=False)
    assert wrong.status_code == 401 and ask(client, f"<{ID}fund/2e0db4866bc4e229> a ?kind")
    answer = client.post("/review", data=withdraw, follow_redirects=False)
    assert answer.status_code == 303, message(answer)
    assert ask(client, f"<{CENTRE}> a <{ORG}>")  # back as the machine said
    page = item_page(client, SEED_002)
    assert 'data-status="withdrawn"' in page and "已撤銷" in page
    again = client.post("/review", data=withdraw, follow_redirects=False)
    assert again.status_code == 400 and "withdrawn already" in message(again)


def test_the_split_form_moves_the_mentions_in_the_ticked_documents(client):
    page = item_page(client, GOVERNMENT)
    assert 'class="correction split"' in page
    assert f'name="mentions" value="{SEED_004}"' in page
    form = {"kind": "split", "item": GOVERNMENT, "entity": GOVERNMENT, "mentions": SEED_004, **WHO}
    answer = client.post("/review", data=form, follow_redirects=False)
    assert answer.status_code == 303, message(answer)
    assert not ask(client, f"GRAPH <{SEED_004}> {{ <{GOVERNMENT}> ?p ?o }}")
    assert ask(client, f"GRAPH <{SEED_002}> {{ <{GOVERNMENT}> ?p ?o }}")
    (made,) = client.get("/api/corrections").json()["corrections"]
    assert made["kind"] == "split"
    # every document ticked: nothing would be left, refused with the reason
    ticked = {**form, "mentions": [SEED_004, SEED_002]}
    both = client.post("/review", data=ticked, follow_redirects=False)
    assert both.status_code == 400 and "nothing would be left" in message(both), message(both)


def test_hostile_retype_split_and_withdraw_forms_are_refused_and_change_nothing(client):
    before = client.get("/api/corrections").json()["corrections"]
    cases = [
        {"kind": "retype", "entity": CENTRE, "document": SEED_002, "new_type": PKG + "Event"},
        {"kind": "retype", "entity": CENTRE, "document": SEED_002, "new_type": "<x> } DROP ALL"},
        {"kind": "retype", "entity": SEED_002, "document": SEED_002, "new_type": ORG},
        {"kind": "split", "entity": GOVERNMENT, "mentions": "https://example.org/x"},
        {"kind": "split", "entity": GOVERNMENT},
        {"kind": "withdraw", "withdraws": SEED_002},  # not a correction
        {"kind": "withdraw", "withdraws": "javascript:alert(1)"},
    ]
    for case in cases:
        answer = client.post(
            "/review", data={**case, "item": CENTRE, **WHO}, follow_redirects=False
        )
        assert answer.status_code == 400, (case, message(answer))
        assert message(answer).startswith("refused")
    many = {"kind": "split", "entity": GOVERNMENT, **WHO, "mentions": [SEED_002] * 200}
    assert client.post("/review", data=many, follow_redirects=False).status_code == 400
    assert client.get("/api/corrections").json()["corrections"] == before


DATE_FORM = {"kind": "date", "item": ARRANGEMENT_2023, "document": SEED_004,
             "subject": ARRANGEMENT_2023, "predicate": ELI + "date_document", "old": "2023",
             "value": "2023-06", "quote": "2023年，特區政府與國家科學技術部", **WHO}  # fmt: skip
NEW_DATE = f'<{ARRANGEMENT_2023}> <{ELI}date_document> "2023-06"^^<http://www.w3.org/2001/XMLSchema#gYearMonth>'  # fmt: skip


def test_a_date_form_whose_old_date_is_not_stated_stores_nothing(client):
    answer = client.post("/review", data={**DATE_FORM, "old": "2019"}, follow_redirects=False)
    assert answer.status_code == 400 and "does not apply" in message(answer), message(answer)
    assert not ask(client, NEW_DATE)  # the new date was not kept without the rejection
    assert client.get("/api/corrections").json()["corrections"] == []


def test_a_date_form_whose_rejection_fails_stores_neither(client, monkeypatch):
    # the second write fails (a concurrent change, the shapes): the first is undone
    correct = Reviewer.correct

    def failing(self, correction):
        if correction.kind == "reject":
            raise CorrectionRefused("the shapes refuse it (simulated)")
        return correct(self, correction)

    monkeypatch.setattr(Reviewer, "correct", failing)
    before = sorted(map(str, client.app.state.store.quads()))
    answer = client.post("/review", data=DATE_FORM, follow_redirects=False)
    assert answer.status_code == 409 and "simulated" in message(answer)
    assert not ask(client, NEW_DATE)
    assert ask(client, f'<{ARRANGEMENT_2023}> <{ELI}date_document> "2023"^^<http://www.w3.org/2001/XMLSchema#gYear>')  # fmt: skip
    assert client.get("/api/corrections").json()["corrections"] == []
    assert sorted(map(str, client.app.state.store.quads())) == before
