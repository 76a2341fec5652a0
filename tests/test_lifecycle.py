"""The life of a document on its page (issue 21): what it replaces and what replaced it,
each with its sentence, a timeline, and status badges that say exactly what is known."""

from __future__ import annotations

import re

import pytest
from fastapi.testclient import TestClient
from policykg.api.app import create_app
from policykg.graph import browse, lifecycle
from policykg.graph.bound import StoreQueries
from policykg.graph.store import PolicyStore

from policykg.ingestion import Ingestor

HTML = {"Accept": "text/html"}
BASE = "https://w3id.org/policykg/id/"
# Three versions of one arrangement, written for these tests: the new one supersedes
# the old one, a supplement amends the new one.
DOCUMENTS = {
    "old.txt": "深港科技合作舊安排\n\n第一條　雙方同意加強深港兩地的科技合作。\n\n"
    "第二條　本安排自2015年1月1日起生效，有效期至2019年12月31日。\n\n"
    "第三條　本安排於2014年12月1日在深圳簽署。\n",
    "new.txt": "深港科技合作新安排\n\n第一條　為深化深港科技合作，雙方作出如下安排。\n\n"
    "第二條　本安排自2020年1月1日起生效。\n\n第三條　本安排取代《深港科技合作舊安排》。\n\n"
    "第四條　本安排於2019年12月1日在香港簽署。\n",
    "supplement.txt": "深港科技合作補充安排\n\n第一條　對《深港科技合作新安排》作如下修改：第二條刪去。\n\n"
    "第二條　本安排自2021年3月1日起生效。\n\n第三條　本安排於2021年2月1日在深圳簽署。\n",
}


@pytest.fixture(scope="module")
def store(tmp_path_factory, settings):
    folder = tmp_path_factory.mktemp("versions")
    for name, text in DOCUMENTS.items():
        (folder / name).write_text(text, encoding="utf-8")
    store = PolicyStore.in_memory()
    report = Ingestor(store, settings).ingest(sorted(folder.iterdir()))
    assert not report.rejected, report.rejected
    return store


@pytest.fixture(scope="module")
def client(store, settings):
    return TestClient(create_app(store, settings))


def document(store, name: str) -> str:
    (row,) = store.query(
        "SELECT ?d WHERE { ?d <https://w3id.org/policykg/ontology#sourceFile> ?f "
        f'FILTER(STR(?f) = "{name}") }}'
    )
    return row["d"].value


def life_of(store, name: str, today: str) -> lifecycle.DocumentLife:
    queries = StoreQueries(store)
    return lifecycle.document_life(queries, browse.entity(queries, document(store, name)), today)


@pytest.mark.parametrize(
    ("since", "until", "day", "expected"),
    [
        ("2015-01-01", "2019-12-31", "2026-01-01", lifecycle.Status("expired", "2019-12-31")),
        ("2030-01-01", None, "2026-01-01", lifecycle.Status("not_yet", "2030-01-01")),
        ("2020-01-01", None, "2026-01-01", lifecycle.Status("in_force_open")),
        ("2020", "2030-06", "2026-01-01", lifecycle.Status("in_force_until", "2030-06")),
        (None, None, "2026-01-01", lifecycle.Status("unknown")),
        # a month or a year runs to its end, and begins at its start
        (None, "2026-01", "2026-01-31", lifecycle.Status("in_force_until", "2026-01")),
        (None, "2025", "2026-01-01", lifecycle.Status("expired", "2025")),
        ("2026-02", None, "2026-01-31", lifecycle.Status("not_yet", "2026-02")),
    ],
)
def test_status_on_a_day(since, until, day, expected):
    assert lifecycle.status_on(since, until, day) == expected


def test_last_and_first_day_of_partial_dates():
    assert lifecycle.last_day("2024-02") == "2024-02-29"
    assert lifecycle.last_day("2023") == "2023-12-31"
    assert lifecycle.first_day("2023-07") == "2023-07-01"


def test_the_old_version_knows_what_replaced_it_and_when(store):
    life = life_of(store, "old.txt", "2026-01-01")
    new = document(store, "new.txt")
    assert life.status == lifecycle.Status("expired", "2019-12-31")
    (replaced,) = life.replaced_by
    assert (replaced.other, replaced.other_date, replaced.outgoing) == (new, "2020-01-01", False)
    assert replaced.source is not None and "取代《深港科技合作舊安排》" in replaced.source.quote
    assert replaced.source.document == new  # the sentence is in the new version's text
    whats = [(e.date, e.what) for e in life.events]
    assert whats == [
        ("2014-12-01", "signed"), ("2014-12-01", "dated"), ("2015-01-01", "in_force"),
        ("2019-12-31", "expires"), ("2020-01-01", "superseded"),
    ]  # fmt: skip


def test_the_new_version_shows_both_directions(store):
    life = life_of(store, "new.txt", "2026-01-01")
    old, supplement = document(store, "old.txt"), document(store, "supplement.txt")
    assert [(p, [r.other for r in rs]) for p, rs in life.outgoing()] == [
        (lifecycle.PKG + "supersedes", [old])
    ]
    assert [(p, [r.other for r in rs]) for p, rs in life.incoming()] == [
        (lifecycle.ELI + "amends", [supplement])
    ]
    assert life.status == lifecycle.Status("in_force_open")
    assert ("2021-03-01", "amended") in [(e.date, e.what) for e in life.events]
    assert not life.replaced_by


def text_of(html: str) -> str:
    return re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", html.split("<main", 1)[1]))


@pytest.mark.parametrize(
    ("script", "expired", "replaced", "sentence"),
    [
        ("Hant", "已於 2019-12-31 失效", "於 2020-01-01 由 深港科技合作新安排 取代",
         "本安排取代《深港科技合作舊安排》"),
        ("Hans", "已于 2019-12-31 失效", "于 2020-01-01 由 深港科技合作新安排 取代",
         "本安排取代《深港科技合作旧安排》"),
    ],
)  # fmt: skip
def test_the_old_versions_page_says_exactly_what_happened(
    client, store, script, expired, replaced, sentence
):
    page = client.get(
        "/id/" + document(store, "old.txt")[len(BASE) :], params={"script": script}, headers=HTML
    )
    assert page.status_code == 200
    text = text_of(page.text)
    assert expired in text and replaced in text
    assert sentence in text  # the sentence the link was read in, in the page's script
    versions = page.text.split('id="versions"', 1)[1].split("</section>", 1)[0]
    new_path = "/id/" + document(store, "new.txt")[len(BASE) :]
    assert f'href="{new_path}"' in versions
    reader = re.search(r'<a class="source" href="([^"]+)"', versions).group(1)
    mark = client.get(reader.replace("&amp;", "&"), headers=HTML).text
    assert "取代《深港科技合作" in re.search(r"<mark[^>]*>(.*?)</mark>", mark, re.S).group(1)
    timeline = page.text.split('id="life"', 1)[1].split("</section>", 1)[0]
    dates = re.findall(r'<time datetime="([0-9-]+)"', timeline)
    assert dates == sorted(dates) and "2020-01-01" in dates


def test_the_new_versions_page_lists_what_it_replaced_and_what_amended_it(client, store):
    page = client.get(
        "/id/" + document(store, "new.txt")[len(BASE) :], params={"script": "Hant"}, headers=HTML
    ).text
    text = text_of(page)
    assert "有效（未見終止日期）" in text
    assert "取代 深港科技合作舊安排" in text
    assert "修訂此文件的文件 深港科技合作補充安排 2021-03-01" in text
    assert "對《深港科技合作新安排》作如下修改" in text


def test_a_document_not_yet_in_force_says_from_when(client, store, monkeypatch):
    import datetime as dt

    class Before(dt.date):
        @classmethod
        def today(cls):
            return dt.date(2020, 6, 1)

    monkeypatch.setattr("policykg.api.pages.dt.date", Before)
    page = client.get(
        "/id/" + document(store, "supplement.txt")[len(BASE) :],
        params={"script": "Hant"},
        headers=HTML,
    )
    assert "尚未生效（2021-03-01 起生效）" in text_of(page.text)


def test_every_event_of_a_documents_life_has_a_name_in_both_scripts():
    from policykg.api.ui_text import TEXT

    whats = {*lifecycle.OWN_DATES.values(), *lifecycle.DONE_TO.values()}
    assert all(len(TEXT[f"life_{what}"]) == 2 for what in whats)
