"""Settling the queue's items that are not one fact (graph/settle.py): a document stored
with warnings accepted for the version seen, and a stale correction accepted (anchored
again where its quote is in the new text, else withdrawn), from a file of decisions and
from the page's one-click buttons."""

from __future__ import annotations

import re

import pyoxigraph as ox
import pytest
from fastapi.testclient import TestClient
from hypothesis import given
from hypothesis import strategies as st
from policykg.api.app import create_app
from policykg.graph.bound import StoreQueries
from policykg.graph.corrections import Reviewer
from policykg.graph.decisions import (
    DecisionsError,
    apply_decisions,
    queue_rows,
    read_rows,
    write_queue,
)
from policykg.graph.review import Anchor, Correction, corrections
from policykg.graph.settle import nearest
from policykg.graph.store import PolicyStore

from policykg.ingestion import Ingestor

from .conftest import REVIEW_TOKEN, seed
from .test_review_decisions import DOC, ELI, HKSARG, MOST, PKG, write_csv

HTML = {"Accept": "text/html"}
WHO = {"reviewer": "陳大文", "token": REVIEW_TOKEN}
ADDED = (("推動內地與香港", HKSARG), ("民族進步之魂", MOST))  # two additions' quotes


@pytest.fixture
def copied(tmp_path, settings):
    """Seed 000 ingested from a copy that the test may change, with its Reviewer."""
    path = tmp_path / seed("000").name
    path.write_text(seed("000").read_text("utf-8"), "utf-8")
    store = PolicyStore.in_memory()
    Ingestor(store, settings).ingest([path])
    return path, store, Reviewer(store, settings.base_iri)


def queue(reviewer: Reviewer, path) -> list[dict]:
    write_queue(queue_rows(reviewer, StoreQueries(reviewer.store)), path)
    return [row for _, row in read_rows(path)]


def stale_additions(path, store, reviewer, settings) -> None:
    """Two additions anchored to quotes; then the first quote moves by one character and
    the second is gone from the file, which is ingested again: both stale."""
    text = path.read_text("utf-8")
    for quote, value in ADDED:
        start = text.index(quote)
        reviewer.correct(Correction(
            kind="add", anchor=Anchor(DOC, start, start + len(quote), quote), reviewer="Chan",
            reason="named here", statement=(_iri(DOC), _iri(ELI + "passed_by"), _iri(value)),
        ))  # fmt: skip
    moved = text.replace(ADDED[0][0], "　" + ADDED[0][0], 1).replace(
        "民族進步之魂", "民族進步之本", 1
    )
    path.write_text(moved, "utf-8")
    Ingestor(store, settings).ingest([path])
    assert sorted(c.status for c in corrections(store)) == ["stale", "stale"]


def test_an_accepted_document_leaves_the_queue_until_its_file_changes(copied, settings, tmp_path):
    path, store, reviewer = copied
    rows = queue(reviewer, tmp_path / "queue.csv")
    (document,) = [r for r in rows if r["item"] == "document"]
    assert any(r["item"] == "statement" for r in rows)
    document.update(decision="accept")  # no reason needed, as for a fact
    write_csv(tmp_path / "decided.csv", rows)
    outcome = apply_decisions(reviewer, tmp_path / "decided.csv", default_reviewer="Chan")
    (acceptance,) = corrections(store)
    assert outcome.stored == [(2 + rows.index(document), acceptance.iri)]
    assert acceptance.kind == "accept" and acceptance.statement[1].value == PKG + "sha256"
    # the document and its facts are off the queue; the file applied again stores nothing
    assert [r["item"] for r in queue(reviewer, tmp_path / "q2.csv")] == []
    again = apply_decisions(reviewer, tmp_path / "decided.csv", default_reviewer="Chan")
    assert again.stored == [] and len(again.already) == 1
    # the same file ingested again: still accepted
    Ingestor(store, settings).ingest([path])
    assert [r["item"] for r in queue(reviewer, tmp_path / "q3.csv")] == []
    # the file changed: the document is back with its warnings, the acceptance stale
    path.write_text(path.read_text("utf-8").replace("推動內地與香港", "推動內地和香港", 1), "utf-8")
    Ingestor(store, settings).ingest([path])
    items = sorted({r["item"] for r in queue(reviewer, tmp_path / "q4.csv")})
    assert items == ["document", "stale", "statement"]
    assert [c.status for c in corrections(store)] == ["stale"]


def test_a_document_row_without_its_version_or_of_another_is_refused(copied, tmp_path):
    _, store, reviewer = copied
    rows = queue(reviewer, tmp_path / "queue.csv")
    (document,) = [r for r in rows if r["item"] == "document"]
    for version, message in (("", "lacks the document's version"),
                             ('"' + "0" * 64 + '"', "changed since")):  # fmt: skip
        document.update(decision="accept", object=version)
        document["id"] = _row_id(document)
        write_csv(tmp_path / "decided.csv", rows)
        with pytest.raises(DecisionsError, match=message):
            apply_decisions(reviewer, tmp_path / "decided.csv", default_reviewer="Chan")
        assert list(corrections(store)) == []


def test_accepting_stale_rows_anchors_again_or_withdraws(copied, settings, tmp_path):
    path, store, reviewer = copied
    stale_additions(path, store, reviewer, settings)
    rows = queue(reviewer, tmp_path / "queue.csv")
    for row in rows:
        if row["item"] == "stale":
            row["decision"] = "accept"
    write_csv(tmp_path / "decided.csv", rows)
    outcome = apply_decisions(reviewer, tmp_path / "decided.csv", default_reviewer="Wong")
    assert len(outcome.stored) == 3  # a copy and a withdrawal; a withdrawal
    found = {(c.kind, c.status, c.reviewer) for c in corrections(store)}
    assert found == {("add", "withdrawn", "Chan"), ("add", "applied", "Wong"),
                     ("withdraw", "applied", "Wong")}  # fmt: skip
    (copy,) = [c for c in corrections(store) if c.status == "applied" and c.kind == "add"]
    text = path.read_text("utf-8")
    assert copy.anchor.start == text.index(ADDED[0][0]) and copy.anchor.quote == ADDED[0][0]
    assert store.query(f"ASK {{ <{DOC}> <{ELI}passed_by> <{HKSARG}> }}")
    assert not store.query(f"ASK {{ <{DOC}> <{ELI}passed_by> <{MOST}> }}")
    reasons = sorted(c.reason for c in corrections(store) if c.kind == "withdraw")
    assert reasons[0].startswith("reviewed after its text changed; re-anchored as ")
    assert "is no longer in the text" in reasons[1]
    assert not [r for r in queue(reviewer, tmp_path / "q2.csv") if r["item"] == "stale"]
    before = sorted(map(str, store.quads()))
    again = apply_decisions(reviewer, tmp_path / "decided.csv", default_reviewer="Wong")
    assert again.stored == [] and len(again.already) == 2
    assert sorted(map(str, store.quads())) == before
    # the copy survives a re-ingest of the new text
    Ingestor(store, settings).ingest([path])
    assert copy.iri in {c.iri for c in corrections(store) if c.status == "applied"}


def test_the_page_accepts_a_document_with_one_click(settings):
    store = PolicyStore.in_memory()
    Ingestor(store, settings).ingest([seed("000")])
    with TestClient(create_app(store, settings.with_(update_token=REVIEW_TOKEN))) as client:
        page = client.get("/review?script=Hant", headers=HTML).text
        form = re.search(r'<form[^>]*class="correction accept-document".*?</form>', page, re.S)
        assert form, "no accept button beside the document"
        version = re.search(r'name="value" value="([0-9a-f]{64})"', form.group(0)).group(1)
        data = {"kind": "accept_document", "document": DOC, "value": version, **WHO}
        wrong = client.post("/review", data={**data, "value": "0" * 64}, follow_redirects=False)
        assert wrong.status_code == 400 and "does not apply" in wrong.text
        bad = client.post("/review", data={**data, "value": "x"}, follow_redirects=False)
        assert bad.status_code == 400 and "version" in bad.text
        answer = client.post("/review", data=data, follow_redirects=False)
        assert answer.status_code == 303, answer.text
        page = client.get("/review?script=Hant", headers=HTML).text
        assert f'data-document="{DOC}"' not in page and "沒有待覆核的文件" in page
        (made,) = client.get("/api/corrections").json()["corrections"]
        assert made["kind"] == "accept" and made["reviewer"] == "陳大文"


def test_the_page_settles_a_stale_correction_with_one_click(copied, settings):
    path, store, reviewer = copied
    stale_additions(path, store, reviewer, settings)
    with TestClient(create_app(store, settings.with_(update_token=REVIEW_TOKEN))) as client:
        page = client.get("/review?script=Hant", headers=HTML).text
        iris = re.findall(r'class="stale-correction" data-correction="([^"]+)"', page)
        assert len(iris) == 2 and 'class="correction settle"' in page
        for iri in iris:
            answer = client.post("/review", data={"kind": "settle", "withdraws": iri, **WHO},
                                 follow_redirects=False)  # fmt: skip
            assert answer.status_code == 303, answer.text
        page = client.get("/review?script=Hant", headers=HTML).text
        assert 'class="stale-correction"' not in page and "沒有待覆核的更正" in page
        again = client.post("/review", data={"kind": "settle", "withdraws": iris[0], **WHO})
        assert again.status_code == 400 and "not stale" in again.text
        hostile = client.post("/review", data={"kind": "settle", "withdraws": DOC, **WHO})
        assert hostile.status_code == 400
    applied = [c for c in corrections(store) if c.status == "applied" and c.kind == "add"]
    assert [c.reviewer for c in applied] == ["陳大文"]


@given(st.text("ab", max_size=30), st.text("ab", min_size=1, max_size=3), st.integers(0, 40))
def test_nearest_finds_the_occurrence_closest_to_the_old_start(text, quote, old):
    found = nearest(text, quote, old)
    starts = [i for i in range(len(text)) if text.startswith(quote, i)]
    if not starts:
        assert found is None
    else:
        assert found == min(starts, key=lambda i: (abs(i - old), i))


def _row_id(row: dict) -> str:
    from policykg.graph.decisions import QueueRow, row_id

    return row_id(QueueRow(**row))


def _iri(value: str) -> ox.NamedNode:
    return ox.NamedNode(value)


def test_the_queue_of_a_limit_skips_accepted_documents_before_counting():
    from policykg.graph.review_queue import review_queue
    from policykg.graph.settle import document_acceptance

    store = PolicyStore.in_memory()
    docs = [f"https://w3id.org/policykg/id/work/{i:016x}" for i in range(3)]
    for i, doc in enumerate(docs):
        store.update(f"""INSERT DATA {{ GRAPH <{doc}> {{ <{doc}> <{PKG}needsReview> true ;
          <{PKG}sha256> "{i}" }} }}""")  # fmt: skip
    reviewer = Reviewer(store, "https://w3id.org/policykg/id/")
    reviewer.correct(document_acceptance(_iri(docs[0]), ox.Literal("0"), "Chan"))
    assert [q.document for q in review_queue(store, limit=1)] == [docs[1]]
    assert [q.document for q in review_queue(store, limit=None)] == docs[1:]


def test_stats_counts_accepted_documents_apart_from_those_to_review():
    from policykg.graph.settle import document_acceptance

    store = PolicyStore.in_memory()
    docs = [f"https://w3id.org/policykg/id/work/{i:016x}" for i in range(3)]
    for i, doc in enumerate(docs):
        store.update(f"""INSERT DATA {{ GRAPH <{doc}> {{ <{doc}> <{PKG}needsReview> true ;
          <{PKG}sha256> "{i}" }} }}""")  # fmt: skip
    assert (store.stats()["needs_review"], store.stats()["accepted"]) == (3, 0)
    reviewer = Reviewer(store, "https://w3id.org/policykg/id/")
    reviewer.correct(document_acceptance(_iri(docs[0]), ox.Literal("0"), "Chan"))
    assert (store.stats()["needs_review"], store.stats()["accepted"]) == (2, 1)
    # a new version of the accepted document is to review again
    store.update(f"""DELETE DATA {{ GRAPH <{docs[0]}> {{ <{docs[0]}> <{PKG}sha256> "0" }} }};
      INSERT DATA {{ GRAPH <{docs[0]}> {{ <{docs[0]}> <{PKG}sha256> "9" }} }}""")  # fmt: skip
    assert (store.stats()["needs_review"], store.stats()["accepted"]) == (3, 0)


def test_the_api_settles_a_stale_correction(copied, settings):
    path, store, reviewer = copied
    stale_additions(path, store, reviewer, settings)
    stale = sorted((c for c in corrections(store) if c.status == "stale"),
                   key=lambda c: c.anchor.quote != ADDED[0][0])  # the moved quote first  # fmt: skip
    auth = {"Authorization": f"Bearer {REVIEW_TOKEN}"}
    body = {"kind": "settle", "document": DOC, "reviewer": "Wong", "reason": "seen"}
    with TestClient(create_app(store, settings.with_(update_token=REVIEW_TOKEN))) as client:
        assert client.post("/api/corrections", json={**body, "withdraws": stale[0].iri}
                           ).status_code == 401  # fmt: skip
        before = sorted(map(str, store.quads()))
        for wrong, why in (({"withdraws": "not an iri"}, "is not an IRI"),
                           ({"withdraws": DOC}, "is not a correction"), ({}, "is not an IRI")):  # fmt: skip
            answer = client.post("/api/corrections", json={**body, **wrong}, headers=auth)
            assert answer.status_code == 400 and why in answer.text, answer.text
        assert sorted(map(str, store.quads())) == before  # nothing written by a refusal
        answers = [
            client.post("/api/corrections", json={**body, "withdraws": c.iri}, headers=auth)
            for c in stale
        ]
        assert [a.status_code for a in answers] == [201, 201], [a.text for a in answers]
        made = [a.json() for a in answers]
        assert all(m["kind"] == "withdraw" and m["status"] == "applied" for m in made)
        # the first quote moved: anchored again; the second is gone: only withdrawn
        assert made[0]["reanchored"] and made[1]["reanchored"] is None
        again = client.post("/api/corrections", json={**body, "withdraws": stale[0].iri},
                            headers=auth)  # fmt: skip
        assert again.status_code == 400 and "not stale" in again.text
    copy = next(c for c in corrections(store) if c.iri == made[0]["reanchored"])
    assert copy.status == "applied" and copy.reviewer == "Wong"
    assert copy.anchor.start == path.read_text("utf-8").index(ADDED[0][0])
