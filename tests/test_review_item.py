"""`/review/item`: one entity or document with its facts beside their spans, and the
forms the queue lacked (reject any fact, correct a date, add a date or a relation with
its span, relabel, merge into another entity), in process."""

from __future__ import annotations

import re

import pytest
from fastapi.testclient import TestClient
from policykg.api.app import create_app
from policykg.graph.store import PolicyStore

from policykg.ingestion import Ingestor

from .conftest import REVIEW_TOKEN, seed

ID = "https://w3id.org/policykg/id/"
PKG = "https://w3id.org/policykg/ontology#"
ELI = "http://data.europa.eu/eli/ontology#"
SEED_002 = ID + "work/85a0e32db501d68e"
SEED_004 = ID + "work/3af520b6a3316de7"
INNOHK = ID + "fund/ce1e96b57cc6c5b7"  # InnoHK 創新香港研發平台: given 4.4 億 it granted
INNOHK_SUM = SEED_002 + "/amount/6"
ARRANGEMENT_2023 = ID + "work/843f234a3abeeef4"  # 內地與香港關於加快建設香港國際創新科技中心的安排
ARRANGEMENT_2018 = ID + "work/83802cbc5b8c9c75"
OUTLINE_SHORT = ID + "work/afffbd67a5578478"  # 粵港澳大灣區規劃綱要 (seed 002)
OUTLINE = ID + "work/5f17384eefa806cc"  # 粵港澳大灣區發展規劃綱要
WHO = {"reviewer": "陳大文", "reason": "見原文", "token": REVIEW_TOKEN}
HTML = {"Accept": "text/html"}


@pytest.fixture(scope="module")
def corpus(settings) -> list:
    store = PolicyStore.in_memory()
    report = Ingestor(store, settings).ingest([seed("002"), seed("004")])
    assert not report.rejected
    return list(store.quads())


@pytest.fixture
def client(corpus, settings):
    store = PolicyStore.in_memory()
    store.oxigraph.extend(corpus)
    with TestClient(create_app(store, settings.with_(update_token=REVIEW_TOKEN))) as test_client:
        yield test_client


def ask(client, pattern: str) -> bool:
    return client.get("/sparql", params={"query": f"ASK {{ {pattern} }}"}).json()["boolean"]


def message(page) -> str:
    found = re.search(r'id="message">([^<]*)', page.text)
    return found.group(1) if found else ""


def test_the_page_shows_each_fact_beside_its_span_with_a_form(client):
    page = client.get("/review/item", params={"iri": INNOHK, "script": "Hant"}, headers=HTML)
    assert page.status_code == 200
    pattern = f'<li class="review-fact" data-predicate="{PKG}amount".*?</li>'
    fact = re.search(pattern, page.text, re.S)
    assert fact and "HKD 440,000,000" in fact.group(0)
    assert "InnoHK 创新香港研发平台提供" in fact.group(0)  # the span, and its reader link
    assert "/read/work/85a0e32db501d68e?start=" in fact.group(0)
    assert 'class="correction reject"' in fact.group(0)
    assert (
        'class="correction merge-into"' in page.text and 'class="correction relabel"' in page.text
    )


def test_rejecting_an_amounts_link_withdraws_it_and_shows_the_history(client):
    form = {"kind": "reject", "item": INNOHK, "document": SEED_002, "subject": INNOHK,
            "predicate": PKG + "amount", "object": INNOHK_SUM, **WHO}  # fmt: skip
    answer = client.post("/review", data=form, follow_redirects=False)
    assert answer.status_code == 303, message(answer)
    assert answer.headers["location"].startswith("/review/item?iri=")
    assert not ask(client, f"<{INNOHK}> <{PKG}amount> <{INNOHK_SUM}>")
    page = client.get(answer.headers["location"] + "&script=Hant", headers=HTML)
    assert 'id="history"' in page.text and "陳大文" in page.text
    entity = client.get("/id/fund/ce1e96b57cc6c5b7?script=Hant", headers=HTML).text
    assert "否決" in entity and "陳大文" in entity  # the history on the entity page too


def test_correcting_a_date_adds_the_new_one_with_its_span_and_rejects_the_old(client):
    form = {"kind": "date", "item": ARRANGEMENT_2023, "document": SEED_004,
            "subject": ARRANGEMENT_2023, "predicate": ELI + "date_document", "old": "2023",
            "value": "2023-06", "quote": "2023年，特區政府與國家科學技術部", **WHO}  # fmt: skip
    answer = client.post("/review", data=form, follow_redirects=False)
    assert answer.status_code == 303, message(answer)
    assert ask(client, f'<{ARRANGEMENT_2023}> <{ELI}date_document> "2023-06"^^<http://www.w3.org/2001/XMLSchema#gYearMonth>')  # fmt: skip
    assert not ask(client, f'<{ARRANGEMENT_2023}> <{ELI}date_document> "2023"^^<http://www.w3.org/2001/XMLSchema#gYear>')  # fmt: skip
    page = client.get("/review/item", params={"iri": ARRANGEMENT_2023, "script": "Hant"})
    assert "由覆核更正補充" in page.text  # the added date is shown as the reviewer's


def test_adding_a_relation_between_documents_needs_and_keeps_its_span(client):
    form = {"kind": "add", "item": ARRANGEMENT_2023, "document": SEED_004,
            "subject": ARRANGEMENT_2023, "predicate": ELI + "based_on",
            "object": "/id/work/83802cbc5b8c9c75", **WHO}  # fmt: skip
    refused = client.post("/review", data=form)  # no span: refused on the item's page
    assert refused.status_code == 400 and "supports it" in message(refused)
    assert 'class="correction add-link"' in refused.text
    answer = client.post(
        "/review", data={**form, "quote": "國家科學技術部"}, follow_redirects=False
    )
    assert answer.status_code == 303, message(answer)
    assert ask(client, f"<{ARRANGEMENT_2023}> <{ELI}based_on> <{ARRANGEMENT_2018}>")


def test_a_quote_found_several_times_needs_its_start(client):
    form = {"kind": "add", "item": ARRANGEMENT_2023, "document": SEED_004,
            "subject": ARRANGEMENT_2023, "predicate": ELI + "cites",
            "object": ARRANGEMENT_2018, "quote": "特區政府", **WHO}  # fmt: skip
    refused = client.post("/review", data=form)
    assert refused.status_code == 400 and "occurs" in message(refused)
    assert not ask(client, f"<{ARRANGEMENT_2023}> <{ELI}cites> <{ARRANGEMENT_2018}>")


def test_relabel_and_merge_a_duplicated_plan(client):
    relabel = {"kind": "relabel", "item": OUTLINE, "document": SEED_004, "entity": OUTLINE,
               "label": "粵港澳大灣區發展規劃綱要（2019）", "lang": "zh-Hant", **WHO}  # fmt: skip
    assert client.post("/review", data=relabel, follow_redirects=False).status_code == 303
    merge = {"kind": "merge", "item": OUTLINE_SHORT, "document": SEED_002,
             "entity": OUTLINE_SHORT, "into": "/id/work/5f17384eefa806cc", **WHO}  # fmt: skip
    answer = client.post("/review", data=merge, follow_redirects=False)
    assert answer.status_code == 303, message(answer)
    assert ask(client, f"<{OUTLINE_SHORT}> <{PKG}mergedInto> <{OUTLINE}>")
    assert ask(client, f'<{OUTLINE}> <http://www.w3.org/2004/02/skos/core#altLabel> "粵港澳大灣區規劃綱要"@zh-hant')  # fmt: skip
    page = client.get("/id/work/5f17384eefa806cc?script=Hant", headers=HTML).text
    assert "合併" in page and "改名" in page and "粵港澳大灣區發展規劃綱要（2019）" in page


@pytest.mark.parametrize(
    ("change", "status", "reason"),
    [
        ({"token": "x" * 20}, 401, "token"),
        ({"value": "2023-6"}, 400, "not a date"),
        (
            {"kind": "relabel", "entity": ARRANGEMENT_2023, "label": "安排", "lang": "fr"},
            400,
            "zh-Hant, zh-Hans or en",
        ),
        ({"predicate": PKG + "party"}, 400, "date properties"),
        ({"old": "2023-06"}, 400, "already stated"),
        ({"quote": "沒有這段文字"}, 400, "not in the document"),
        ({"start": "999999999"}, 400, "span"),
        ({"start": "5"}, 400, "quote is not at its position"),
        ({"item": "javascript:alert(1)"}, 400, "item is not an IRI of this store"),
        ({"subject": "https://example.org/x"}, 400, "subject is not an IRI of this store"),
    ],
)
def test_bad_item_forms_are_refused_with_the_reason_and_change_nothing(
    client, change, status, reason
):
    form = {"kind": "date", "item": ARRANGEMENT_2023, "document": SEED_004,
            "subject": ARRANGEMENT_2023, "predicate": ELI + "date_document", "old": "2023",
            "value": "2023-06", "quote": "2023年，特區政府與國家科學技術部", **WHO}  # fmt: skip
    before = client.get("/api/corrections").json()["corrections"]
    answer = client.post("/review", data={**form, **change}, follow_redirects=False)
    assert answer.status_code == status, message(answer)
    assert reason in message(answer)
    assert client.get("/api/corrections").json()["corrections"] == before


def test_an_unknown_field_or_a_foreign_origin_is_refused(client):
    form = {"kind": "reject", "document": SEED_002, "subject": INNOHK,
            "predicate": PKG + "amount", "object": INNOHK_SUM, **WHO}  # fmt: skip
    assert client.post("/review", data={**form, "graph": "x"}).status_code == 400
    assert client.post("/review", data=form, headers={"Origin": "https://evil.example"}).status_code == 403  # fmt: skip
    assert ask(client, f"<{INNOHK}> <{PKG}amount> <{INNOHK_SUM}>")


def test_a_node_that_is_not_an_instance_here_is_404(client):
    for iri in ("", "https://example.org/x", ID + "work/0000000000000000", ID + "a b"):
        assert client.get("/review/item", params={"iri": iri}, headers=HTML).status_code == 404


def test_a_read_only_server_shows_the_facts_without_forms(corpus, settings):
    store = PolicyStore.in_memory()
    store.oxigraph.extend(corpus)
    with TestClient(create_app(store, settings)) as read_only:
        page = read_only.get("/review/item", params={"iri": INNOHK}, headers=HTML)
        assert page.status_code == 200 and "HKD 440,000,000" in page.text
        assert 'type="password"' not in page.text


def test_the_history_shows_what_was_asserted_its_span_and_the_machines_original(client):
    form = {"kind": "reject", "item": INNOHK, "document": SEED_002, "subject": INNOHK,
            "predicate": PKG + "amount", "object": INNOHK_SUM, **WHO}  # fmt: skip
    assert client.post("/review", data=form, follow_redirects=False).status_code == 303
    relation = {"kind": "add", "item": ARRANGEMENT_2023, "document": SEED_004,
                "subject": ARRANGEMENT_2023, "predicate": ELI + "based_on",
                "object": OUTLINE, "quote": "國家科學技術部", **WHO}  # fmt: skip
    assert client.post("/review", data=relation, follow_redirects=False).status_code == 303
    page = client.get("/id/work/843f234a3abeeef4?script=Hant", headers=HTML).text
    history = re.search(r'<ol id="history">.*?</ol>', page, re.S).group(0)
    assert "based_on" in history and "粵港澳大灣區發展規劃綱要" in history
    assert "/read/work/3af520b6a3316de7?start=" in history  # the span it rests on
    fund = client.get("/id/fund/ce1e96b57cc6c5b7?script=Hant", headers=HTML).text
    link = re.search(r'class="machine-view" href="([^"]+)"', fund).group(1)
    # the machine's original still has the sum the reviewer withdrew
    rows = client.get(link.replace("&amp;", "&")).json()["results"]["bindings"]
    assert {"amount": INNOHK_SUM} in [
        {"amount": r["o"]["value"]} for r in rows if r["p"]["value"] == PKG + "amount"
    ]
    rdf = re.search(r'href="(/id/correction/[0-9a-f]+)\?format=text/turtle"', fund).group(1)
    record = client.get(rdf, params={"format": "text/turtle"})
    assert record.status_code == 200 and "removes" in record.text  # the correction's own RDF


def test_an_organisations_page_links_to_the_review_of_each_document_naming_it(client):
    most = ID + "org/c2ca847a7c31d4ac"  # 科學技術部, a party of the 2023 arrangement
    page = client.get("/review/item", params={"iri": most, "script": "Hant"}, headers=HTML)
    named = re.search(r'<ul class="named-in">.*?</ul>', page.text, re.S).group(0)
    assert "/review/item?iri=https%3A//w3id.org/policykg/id/work/843f234a3abeeef4" in named.replace("%3A%2F%2F", "%3A//").replace("%2F", "/")  # fmt: skip


def test_the_low_confidence_facts_as_json_with_spans_and_reasons(client):
    answer = client.get("/api/review/low-confidence")
    assert answer.status_code == 200
    body = answer.json()
    assert body["total"] == len(body["facts"]) > 0
    itf = [f for f in body["facts"] if f["subject"] == ID + "fund/098af7c1e01dc147"]
    assert itf and itf[0]["reasons"] == ["name_outside_span"]
    assert itf[0]["span"]["document"] == SEED_002 and "295" in itf[0]["span"]["quote"]
    page = client.get("/review?script=Hant", headers=HTML).text
    assert page.count('class="doubtful-fact"') == body["total"]  # the page lists the same
