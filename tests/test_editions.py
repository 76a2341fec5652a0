"""Two editions of one law in two files (LawRefBook: 某法(2015-04-24).md, 某法(2018-10-26).md)
are one work with two versions: the file stored first holds the work's IRI, the other gets
its own graph under {work}/version/{version date or hash} tied with eli:is_member_of; none
is refused (graph/editions.py). The same bytes under another name are skipped as a
duplicate: nothing is lost."""

from __future__ import annotations

import io

import pytest
from policykg.graph.store import PolicyStore

from policykg.cli import main
from policykg.ingestion import Ingestor
from policykg.iris import IriMinter
from policykg.vocab import ELI, PKG

TITLE = "中华人民共和国某某资源保护法"
# the first edition in Simplified, the amended one in Traditional: one title, one work
FIRST = (
    f"# {TITLE}\n\n2015年4月24日第十二届全国人民代表大会常务委员会第十四次会议通过\n\n"
    "第一条 为了保护某某资源，制定本法。\n\n第二条 国务院某某主管部门负责全国某某资源的保护工作。\n\n"
    "第三条 本法自2015年7月1日起施行。\n"
)
AMENDED = (
    "# 中華人民共和國某某資源保護法\n\n"
    "2015年4月24日第十二屆全國人民代表大會常務委員會第十四次會議通過\n\n"
    "2018年10月26日第十三屆全國人民代表大會常務委員會第六次會議"
    "《關於修改〈中華人民共和國某某資源保護法〉的決定》第一次修正\n\n"
    "第一條 為了保護某某資源，制定本法。\n\n"
    "第二條 國務院某某主管部門負責全國某某資源的保護和監督工作。\n\n"
    "第三條 本法自2015年7月1日起施行。\n"
)
VERSIONS = f"""
SELECT ?version ?file ?date WHERE {{
  GRAPH ?version {{ ?version <{ELI}is_member_of> ?work ; <{PKG}sourceFile> ?file
                    OPTIONAL {{ ?version <{ELI}version_date> ?date }} }}
}}"""


def _write(folder, files: dict[str, str]) -> list:
    folder.mkdir(exist_ok=True)
    paths = []
    for name, text in files.items():
        (folder / name).write_text(text, encoding="utf-8")
        paths.append(folder / name)
    return paths


def _export(store) -> bytes:
    out = io.BytesIO()
    store.export(out, "nquads")
    return out.getvalue()


def _graph(store, graph_iri: str) -> list[str]:
    return sorted(str(q) for q in store.quads() if q.graph_name.value == graph_iri)


@pytest.mark.parametrize("order", [("2015.md", "2018.md"), ("2018.md", "2015.md")])
def test_two_editions_in_either_order_are_one_work_with_two_versions(tmp_path, settings, order):
    texts = {"2015.md": FIRST, "2018.md": AMENDED}
    paths = _write(tmp_path / "docs", {name: texts[name] for name in order})
    work = IriMinter(settings.base_iri).work(TITLE)
    with PolicyStore.open(tmp_path / "store") as store:
        ingestor = Ingestor(store, settings)
        outcomes = [ingestor.ingest([path]).outcomes[0] for path in paths]  # in `order`
        assert [o.status for o in outcomes] == ["ingested", "ingested"]
        assert not any(o.review for o in outcomes)  # shared title and date: no conflict
        assert outcomes[0].document == work
        version = outcomes[1].document
        rows = list(store.query(VERSIONS))
        assert [(r["version"].value, r["file"].value) for r in rows] == [(version, order[1])]
        if order[1] == "2018.md":  # the file states its version: the IRI says it
            assert version == f"{work}/version/2018-10-26"
            assert rows[0]["date"].value == "2018-10-26"
        else:  # no version date in the text: the hash tells it apart
            assert version.startswith(f"{work}/version/") and rows[0]["date"] is None
        assert store.query(f"ASK {{ <{work}> <{ELI}has_member> <{version}> }}")
        # the version's provisions are its own, not the work's
        assert store.query(f"ASK {{ <{version}/prov/1> <{ELI}is_part_of> ?parent }}")

        before = _export(store)
        again = Ingestor(store, settings).ingest(paths)
        assert {o.status for o in again.outcomes} == {"unchanged"}
        assert _export(store) == before


def test_reingesting_one_edition_replaces_only_its_own_graphs(tmp_path, settings):
    first, amended = _write(tmp_path / "docs", {"2015.md": FIRST, "2018.md": AMENDED})
    work = IriMinter(settings.base_iri).work(TITLE)
    version = f"{work}/version/2018-10-26"
    with PolicyStore.open(tmp_path / "store") as store:
        Ingestor(store, settings).ingest([first, amended])
        work_graph = _graph(store, work)
        amended.write_text(
            AMENDED.replace("保護和監督工作", "保護、監督和宣傳工作"), encoding="utf-8"
        )
        (outcome,) = Ingestor(store, settings).ingest([amended]).outcomes
        assert (outcome.status, outcome.document) == ("replaced", version)
        assert _graph(store, work) == work_graph  # the other edition untouched
        assert len(list(store.query(VERSIONS))) == 1
        assert "宣傳" in "".join(_graph(store, version))

        version_graph = _graph(store, version)
        first.write_text(FIRST.replace("保护工作", "保护和管理工作"), encoding="utf-8")
        (outcome,) = Ingestor(store, settings).ingest([first]).outcomes
        assert (outcome.status, outcome.document) == ("replaced", work)
        assert _graph(store, version) == version_graph


def test_a_third_identical_copy_is_skipped_as_a_duplicate(tmp_path, settings, capsys):
    paths = _write(tmp_path / "docs", {"2015.md": FIRST, "2018.md": AMENDED})
    copy = _write(tmp_path / "gazette", {"copy.md": AMENDED})[0]
    store_dir = tmp_path / "store"
    assert main(["--store", str(store_dir), "ingest", "--quiet", *map(str, paths)]) == 0
    with PolicyStore.open(store_dir) as store:
        before = _export(store)
    capsys.readouterr()
    # nothing is lost, so not a rejection: exit 0, and said even with --quiet
    assert main(["--store", str(store_dir), "ingest", "--quiet", str(copy)]) == 0
    err = capsys.readouterr().err
    assert f"duplicate: {copy}: the same bytes as 2018.md, already stored; skipped" in err
    assert "1 duplicates skipped" in err
    with PolicyStore.open(store_dir) as store:
        assert _export(store) == before


def test_a_generic_title_of_another_year_is_still_another_work_not_a_version(tmp_path, settings):
    """Editions apply only where the IRIs meet: two years' decisions under one generic
    title are two works (policykg/iris.py), never versions of each other."""
    decision = "# 国务院关于修改部分行政法规的决定\n\n{}年3月1日 国务院令第{}号公布\n\n一、对《某某条例》的部分条款予以修改。\n\n二、本决定自公布之日起施行。\n"
    paths = _write(
        tmp_path / "docs",
        {"2016.md": decision.format(2016, 666), "2017.md": decision.format(2017, 676)},
    )
    with PolicyStore.open(tmp_path / "store") as store:
        report = Ingestor(store, settings).ingest(paths)
        assert [o.status for o in report.outcomes] == ["ingested", "ingested"]
        assert not list(store.query(VERSIONS))


def test_the_work_page_and_the_reader_show_the_versions(tmp_path, settings):
    from fastapi.testclient import TestClient
    from policykg.api.app import create_app

    paths = _write(tmp_path / "docs", {"2015.md": FIRST, "2018.md": AMENDED})
    work = IriMinter(settings.base_iri).work(TITLE)
    with PolicyStore.open(tmp_path / "store") as store:
        Ingestor(store, settings).ingest(paths)
        client = TestClient(create_app(store, settings))
        path = work.removeprefix(settings.base_iri)
        page = client.get(f"/id/{path}", headers={"Accept": "text/html"})
        assert page.status_code == 200
        assert "其他版本" in page.text and f"{path}/version/2018-10-26" in page.text
        version_page = client.get(f"/id/{path}/version/2018-10-26", headers={"Accept": "text/html"})
        assert version_page.status_code == 200 and "版本所屬作品" in version_page.text
        reader = client.get(f"/read/{path}/version/2018-10-26")
        assert reader.status_code == 200 and "監督" in reader.text


def test_a_version_date_read_from_the_file_name_shows_the_name_as_its_source(tmp_path, settings):
    """The version date of 某法(2017-11-04).md has no span of the text: the version's page
    says it was read from the file's name, and its annotation's page shows the name."""
    import html

    from fastapi.testclient import TestClient
    from policykg.api.app import create_app

    revised = FIRST.replace("保护工作", "保护和管理工作")
    paths = _write(
        tmp_path / "docs", {"某法(2015-04-24).md": FIRST, "某法(2017-11-04).md": revised}
    )
    version = IriMinter(settings.base_iri).work(TITLE) + "/version/2017-11-04"
    path = version.removeprefix(settings.base_iri)
    with PolicyStore.open(tmp_path / "store") as store:
        Ingestor(store, settings).ingest(paths)
        client = TestClient(create_app(store, settings))
        page = client.get(f"/id/{path}?script=Hant", headers={"Accept": "text/html"})
        assert page.status_code == 200
        text = html.unescape(page.text)
        assert "出自檔案名稱：某法(2017-11-04).md" in text
        assert f'href="/read/{path}"' in page.text  # the whole file: no span to mark
        (row,) = store.query(
            f"""SELECT ?a WHERE {{ ?a <http://www.w3.org/ns/oa#hasBody> <{version}> ;
                 <{PKG}factProperty> <{ELI}version_date> }}"""
        )
        note = client.get(
            "/id/" + row["a"].value.removeprefix(settings.base_iri) + "?script=Hans",
            headers={"Accept": "text/html"},
        )
        assert note.status_code == 200
        assert "出自文件名称" in note.text and "某法(2017-11-04).md" in html.unescape(note.text)


def test_a_version_whose_text_gives_no_date_is_keyed_by_its_file_names_date(tmp_path, settings):
    """LawRefBook's 某法(2017-11-04).md: a law revised by a decision amending many, its
    header listing no amendment; the file's name gives the version date, with provenance."""
    revised = FIRST.replace("保护工作", "保护和管理工作")
    paths = _write(
        tmp_path / "docs", {"某法(2015-04-24).md": FIRST, "某法(2017-11-04).md": revised}
    )
    work = IriMinter(settings.base_iri).work(TITLE)
    with PolicyStore.open(tmp_path / "store") as store:
        outcomes = Ingestor(store, settings).ingest(paths).outcomes
        assert [o.status for o in outcomes] == ["ingested", "ingested"]
        assert outcomes[1].document == f"{work}/version/2017-11-04"
        (row,) = store.query(VERSIONS)
        assert row["date"].value == "2017-11-04"
        (source,) = store.query(
            f"""SELECT ?exact ?from WHERE {{
              ?a <http://www.w3.org/ns/oa#hasBody> <{work}/version/2017-11-04> ;
                 <{PKG}factProperty> <{ELI}version_date> ;
                 <http://www.w3.org/ns/oa#hasTarget>/<http://www.w3.org/ns/oa#hasSelector> ?q .
              ?q <http://www.w3.org/ns/oa#exact> ?exact ; <{PKG}quotedFrom> ?from }}"""
        )
        assert (source["exact"].value, source["from"].value) == (
            "某法(2017-11-04).md",
            f"{PKG}sourceFile",
        )
        # the work's own file names its version too, beside the text's enactment date
        assert store.query(
            f"""ASK {{ <{work}> <{ELI}version_date> "2015-04-24"^^<http://www.w3.org/2001/XMLSchema#date> ;
                       <{ELI}date_document> "2015-04-24"^^<http://www.w3.org/2001/XMLSchema#date> }}"""
        )
