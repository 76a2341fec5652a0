"""One preferred label per script for a node several documents name (graph/labels.py):
the gate lets in what `policykg validate` accepts, whatever the order of ingest."""

from __future__ import annotations

import io
import itertools

import pytest
from policykg.graph.labels import settle_labels
from policykg.graph.store import PolicyStore
from policykg.graph.validate import oxigraph_of_quads, validate_store

from policykg.cli import main
from policykg.ingestion import Ingestor
from policykg.iris import IriMinter
from policykg.vocab import SKOS

TITLE = "最高人民法院关于审理偷税抗税刑事案件具体应用法律若干问题的解释"
CITED = "最高人民法院关于审理偷税、抗税刑事案件具体应用法律若干问题的解释"  # one IRI, other label
CITED_AGAIN = "最高人民法院关于审理偷税，抗税刑事案件具体应用法律若干问题的解释"

DOCUMENTS = {
    # the interpretation itself, titled without the 、 (as the scale corpus's file)
    "owner.md": f"# {TITLE}\n\n第一条 为依法惩治偷税、抗税犯罪活动，制定本解释。\n\n"
    "第二条 本解释自2002年11月7日起施行。\n",
    # a later interpretation that cites it with the 、
    "citer.md": "# 最高人民法院关于审理危害税收征管刑事案件适用法律若干问题的解释\n\n"
    "第一条 为依法惩治危害税收征管犯罪，制定本解释。\n\n"
    f"第二条 《{CITED}》同时废止。\n",
    # another citing it with a comma instead
    "second_citer.md": "# 最高人民法院关于审理骗取出口退税刑事案件具体应用法律若干问题的解释\n\n"
    "第一条 为依法惩治骗取出口退税犯罪活动，制定本解释。\n\n"
    f"第二条 参照《{CITED_AGAIN}》的规定办理。\n",
}


@pytest.fixture
def folder(tmp_path):
    folder = tmp_path / "docs"
    folder.mkdir()
    for name, text in DOCUMENTS.items():
        (folder / name).write_text(text, encoding="utf-8")
    return folder


def ingest_in_order(tmp_path, folder, names, settings, tag) -> tuple[PolicyStore, bytes]:
    store = PolicyStore.open(tmp_path / f"store-{tag}")
    for name in names:
        report = Ingestor(store, settings).ingest([folder / name])
        assert not report.rejected, report.rejected[0].reason
    out = io.BytesIO()
    store.export(out, "nquads")
    return store, out.getvalue()


def pref_labels(store, iri: str) -> set[str]:
    rows = store.query(f"SELECT DISTINCT ?label WHERE {{ <{iri}> <{SKOS}prefLabel> ?label }}")
    return {row["label"].value for row in rows}


def conforms(store) -> bool:
    report = validate_store(oxigraph_of_quads(store.quads()))
    return not report.violations


@pytest.mark.parametrize("names", [["owner.md", "citer.md"], ["citer.md", "owner.md"]])
def test_two_documents_naming_one_work_validate_in_either_order(tmp_path, folder, names, settings):
    """The scale corpus's 司法解释: the gate let both in, and `validate` refused the work's
    two labels per script. Now the work keeps its own title, the citation's form is an
    altLabel of it in the citing document's graph, and the store validates."""
    store_dir = tmp_path / "store"
    for name in names:
        assert main(["--store", str(store_dir), "ingest", "--quiet", str(folder / name)]) == 0
    assert main(["--store", str(store_dir), "validate"]) == 0
    with PolicyStore.open(store_dir, read_only=True) as store:
        work = IriMinter(settings.base_iri).work(TITLE)
        assert work == IriMinter(settings.base_iri).work(CITED)
        labels = pref_labels(store, work)
        assert TITLE in labels and CITED not in labels and len(labels) == 2
        rows = store.query(f"SELECT ?label WHERE {{ <{work}> <{SKOS}altLabel> ?label }}")
        assert CITED in {row["label"].value for row in rows}


def test_the_store_is_the_same_whatever_the_order(tmp_path, folder, settings):
    exports = set()
    for tag, names in enumerate(itertools.permutations(DOCUMENTS)):
        store, exported = ingest_in_order(tmp_path, folder, names, settings, tag)
        with store:
            assert conforms(store)
        exports.add(exported)
    assert len(exports) == 1


@pytest.mark.parametrize(
    "names", [["citer.md", "second_citer.md"], ["second_citer.md", "citer.md"]]
)
def test_two_citations_alone_give_one_label_by_code_point(tmp_path, folder, names, settings):
    store, _ = ingest_in_order(tmp_path, folder, names, settings, "x")
    with store:
        assert conforms(store)
        labels = pref_labels(store, IriMinter(settings.base_iri).work(TITLE))
        assert min(CITED, CITED_AGAIN) in labels and len(labels) == 2


def test_a_replaced_document_gives_the_label_back(tmp_path, folder, settings):
    """The owner wins the label; renamed (a new title, so a new IRI), its old node is
    named only by the citation again, whose label becomes preferred once more."""
    store, _ = ingest_in_order(tmp_path, folder, ["citer.md", "owner.md"], settings, "r")
    with store:
        (folder / "owner.md").write_text(
            DOCUMENTS["owner.md"].replace("偷税抗税", "逃税抗税"), encoding="utf-8"
        )
        report = Ingestor(store, settings).ingest([folder / "owner.md"])
        assert [o.status for o in report.outcomes] == ["replaced"]
        assert conforms(store)
        old = IriMinter(settings.base_iri).work(TITLE)
        assert CITED in pref_labels(store, old)


def test_a_document_citing_one_title_two_ways_keeps_one_label(tmp_path, settings):
    doc = tmp_path / "both.md"
    doc.write_text(
        "# 关于税收征管的规定\n\n"
        f"第一条 根据《{CITED}》，制定本规定。\n\n第二条 《{TITLE}》继续适用。\n",
        encoding="utf-8",
    )
    with PolicyStore.open(tmp_path / "store") as store:
        report = Ingestor(store, settings).ingest([doc])
        assert not report.rejected, report.rejected[0].reason
        assert conforms(store)


def test_settling_needs_no_store_change_when_nothing_conflicts(settings):
    store = PolicyStore.in_memory()
    graphs = {
        f"{settings.base_iri}work/0000000000000000": [
            f'<{settings.base_iri}org/{"1" * 16}> <{SKOS}prefLabel> "科学技术部"@zh-Hans'
        ]
    }
    assert not settle_labels(store, graphs, [], settings.base_iri)


def test_a_version_labelled_two_ways_in_its_files_graphs_keeps_one_label(settings):
    """A second edition's annex, re-minted as a version (graph/editions.py), is labelled
    by its own graph and by the citing document's: one preferred label per script, as
    for a work (the Basic Law booklet's Simplified edition was refused for this)."""
    base = settings.base_iri
    version = f"{base}work/{'a' * 16}/version/2005-10-27"
    graphs = {
        version: [f'<{version}> <{SKOS}prefLabel> "在香港特别行政区实施的全国性法律*"@zh-Hans'],
        f"{base}work/{'b' * 16}/version/11a24ed204f2": [
            f'<{version}> <{SKOS}prefLabel> "在香港特别行政区实施的全国性法律"@zh-Hans'
        ],
    }
    settle_labels(PolicyStore.in_memory(), graphs, [], base)
    preferred = [s for statements in graphs.values() for s in statements if "prefLabel" in s]
    assert len(preferred) == 1, graphs
