"""Named reviewer tokens: the file, the constant-time lookup, and a correction recording
a verified reviewer through the API and the review page (the update token still works)."""

from __future__ import annotations

import pytest
from fastapi.testclient import TestClient
from policykg.api.app import create_app
from policykg.graph.store import PolicyStore

from policykg.errors import ConfigError
from policykg.ingestion import Ingestor
from policykg.reviewers import Identity, Reviewers
from policykg.settings import Settings

from .conftest import REVIEW_TOKEN, seed
from .test_review_api import REJECT

CHAN = "chan-tai-man-token-0123456789"
LEE = "lee-siu-ming-token-9876543210"


def token_file(tmp_path, text: str):
    path = tmp_path / "reviewers.tsv"
    path.write_text(text, encoding="utf-8")
    return path


def test_a_token_names_its_reviewer_and_the_update_token_names_nobody(tmp_path):
    path = token_file(tmp_path, f"# team\n{CHAN}\t陳大文\n\n{LEE}\tLee Siu-ming\n")
    reviewers = Reviewers.load(path, update_token=REVIEW_TOKEN)
    assert reviewers.identify(CHAN) == Identity("陳大文", True)
    assert reviewers.identify(LEE) == Identity("Lee Siu-ming", True)
    assert reviewers.identify(REVIEW_TOKEN) == Identity(None, False)
    for wrong in ("", CHAN[:-1], CHAN + "x", "x" * len(CHAN)):
        assert reviewers.identify(wrong) is None
    assert Reviewers.load(None).enabled is False
    assert Reviewers.load(path).enabled is True


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        (f"{CHAN} 陳大文\n", "not `token<TAB>name`"),
        (f"{CHAN}\t\n", "not `token<TAB>name`"),
        ("short\t陳大文\n", "shorter than 16"),
        (f"{CHAN}\t陳大文\n{CHAN}\tLee\n", "given twice"),
    ],
)
def test_a_bad_token_file_is_refused_with_its_line(tmp_path, text, reason):
    with pytest.raises(ConfigError) as refused:
        Reviewers.load(token_file(tmp_path, text))
    assert reason in refused.value.message and "line" in refused.value.message


def test_the_setting_reads_the_file_from_the_environment(tmp_path):
    path = token_file(tmp_path, f"{CHAN}\t陳大文\n")
    settings = Settings.from_env(environ={"POLICYKG_REVIEWERS": str(path)})
    assert settings.reviewers_path == path
    with pytest.raises(ConfigError):
        Reviewers.load(tmp_path / "missing.tsv")


@pytest.fixture
def named_client(settings, tmp_path):
    path = token_file(tmp_path, f"{CHAN}\t陳大文\n")
    store = PolicyStore.in_memory()
    Ingestor(store, settings).ingest([seed("000")])
    app = create_app(store, settings.with_(reviewers_path=path, update_token=REVIEW_TOKEN))
    with TestClient(app) as client:
        yield client


def test_a_named_token_records_a_verified_reviewer_whatever_the_body_says(named_client):
    body = {**REJECT, "reviewer": "someone else"}
    answer = named_client.post("/api/corrections", json=body,
                               headers={"Authorization": f"Bearer {CHAN}"})  # fmt: skip
    assert answer.status_code == 201, answer.text
    assert answer.json()["reviewer"] == "陳大文" and answer.json()["verified"] is True
    ask = ("PREFIX pkg: <https://w3id.org/policykg/ontology#> ASK { GRAPH ?c { "
           f"<{answer.json()['iri']}> pkg:reviewerVerified true }} }}")  # fmt: skip
    assert named_client.get("/sparql", params={"query": ask}).json()["boolean"]


def test_the_update_token_still_writes_with_the_name_given_unverified(named_client):
    answer = named_client.post("/api/corrections", json=REJECT,
                               headers={"Authorization": f"Bearer {REVIEW_TOKEN}"})  # fmt: skip
    assert answer.status_code == 201, answer.text
    assert answer.json()["reviewer"] == "Chan" and answer.json()["verified"] is False


def test_a_wrong_token_writes_nothing(named_client):
    for header in (f"Bearer {CHAN[:-1]}", f"Basic {CHAN}", ""):
        answer = named_client.post("/api/corrections", json=REJECT,
                                   headers={"Authorization": header})  # fmt: skip
        assert answer.status_code == 401
    assert named_client.get("/api/corrections").json()["corrections"] == []


def test_the_review_page_form_takes_a_named_token(named_client):
    form = {"kind": "reject", "document": REJECT["document"], "object": REJECT["object"]["iri"],
            "reviewer": "typed name", "reason": "not a party", "token": CHAN}  # fmt: skip
    answer = named_client.post("/review", data=form, follow_redirects=False)
    assert answer.status_code == 303, answer.text
    (listed,) = named_client.get("/api/corrections").json()["corrections"]
    assert listed["reviewer"] == "陳大文"


def test_named_tokens_alone_enable_corrections_but_not_sparql_update(settings, tmp_path):
    path = token_file(tmp_path, f"{CHAN}\t陳大文\n")
    store = PolicyStore.in_memory()
    Ingestor(store, settings).ingest([seed("000")])
    with TestClient(create_app(store, settings.with_(reviewers_path=path))) as client:
        auth = {"Authorization": f"Bearer {CHAN}"}
        assert client.post("/api/corrections", json=REJECT, headers=auth).status_code == 201
        update = client.post("/sparql", data={"update": "CLEAR ALL"}, headers=auth)
        assert update.status_code in (401, 403)
