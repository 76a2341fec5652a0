"""The store: atomic replacement, determinism, skipping unchanged files, clear errors."""

from __future__ import annotations

import io
import shutil

import pyoxigraph as ox
import pytest
from policykg.graph.store import PolicyStore

from policykg.errors import StoreError, StoreLockedError
from policykg.ingestion import Ingestor
from policykg.iris import IriMinter
from policykg.vocab import ELI, ONTOLOGY_IRI, PKG

from .conftest import SEEDS, seed


def export(store: PolicyStore) -> bytes:
    out = io.BytesIO()
    store.export(out, "nquads")
    return out.getvalue()


def test_each_document_has_its_own_named_graph_and_the_ontology_its_own(corpus_store):
    graphs = corpus_store.document_graphs()
    assert len(graphs) == 5  # five seeds: 000's annex is in its file's graph
    assert ONTOLOGY_IRI in {g.value for g in corpus_store.oxigraph.named_graphs()}
    for graph in graphs:
        assert bool(corpus_store.query(f"ASK {{ GRAPH <{graph}> {{ <{graph}> a ?class }} }}"))
    annex = "https://w3id.org/policykg/id/work/ece7f0f1da165b13"
    (row,) = corpus_store.query(
        f"SELECT ?g WHERE {{ GRAPH ?g {{ <{annex}> <{ELI}is_annex_of> ?g }} }}"
    )
    assert row["g"].value in graphs and row["g"].value != annex


def test_ingest_is_deterministic_across_fresh_stores(tmp_path, settings, corpus_store):
    """The whole corpus in reverse order into a fresh store on disk exports the same bytes
    as the session's corpus_store (the seeds in order, in memory, never written to)."""
    with PolicyStore.open(tmp_path / "reversed") as store:
        Ingestor(store, settings).ingest(list(reversed(SEEDS)))
        reversed_export = export(store)
    assert reversed_export == export(corpus_store)
    assert b"_:" not in reversed_export  # no blank nodes


def test_unchanged_file_is_skipped_and_changed_file_replaces_its_graphs(tmp_path, store, settings):
    path = tmp_path / "doc.txt"
    shutil.copy(seed("001"), path)
    ingestor = Ingestor(store, settings)
    assert ingestor.ingest([path]).outcomes[0].status == "ingested"
    before = export(store)
    assert ingestor.ingest([path]).outcomes[0].status == "unchanged"
    assert export(store) == before
    path.write_text(path.read_text(encoding="utf-8").replace("艾學峰", "艾學鋒"), encoding="utf-8")
    outcome = ingestor.ingest([path]).outcomes[0]
    assert outcome.status == "replaced"
    after = export(store)
    assert "艾學鋒".encode() in after and "艾學峰".encode() not in after
    assert len(store.document_graphs()) == 1


def test_a_changed_title_replaces_the_old_graph_of_the_same_file(tmp_path, store, settings):
    path = tmp_path / "plan.txt"
    path.write_text("甲乙合作規劃\n\n一、目標。\n", encoding="utf-8")
    ingestor = Ingestor(store, settings)
    first = ingestor.ingest([path]).outcomes[0].document
    path.write_text("丙丁合作規劃\n\n一、目標。\n", encoding="utf-8")
    second = ingestor.ingest([path]).outcomes[0].document
    assert first != second
    assert store.document_graphs() == [second]


def test_the_same_bytes_from_another_file_are_a_duplicate_and_nothing_written(
    tmp_path, store, settings
):
    copy = tmp_path / "copy-of-000.txt"
    shutil.copy(seed("000"), copy)
    ingestor = Ingestor(store, settings)
    ingestor.ingest([seed("000")])
    before = export(store)
    (outcome,) = ingestor.ingest([copy]).outcomes
    assert outcome.status == "duplicate"  # another edition would be a version (test_editions)
    assert "same bytes" in outcome.reason and seed("000").name in outcome.reason
    assert export(store) == before


def test_failure_in_the_middle_of_a_replacement_leaves_the_old_graph_whole(
    tmp_path, store, settings, monkeypatch
):
    path = tmp_path / "doc.txt"
    shutil.copy(seed("000"), path)
    ingestor = Ingestor(store, settings)
    ingestor.ingest([path])
    before = export(store)
    path.write_text(path.read_text(encoding="utf-8").replace("2022", "2023"), encoding="utf-8")

    original = PolicyStore._replacement_update

    def failing_update(self, remove, add):
        # the new graphs are written, then an operation fails inside the same transaction
        return original(self, remove, add) + " ;\nDROP GRAPH <urn:policykg:test:missing>"

    monkeypatch.setattr(PolicyStore, "_replacement_update", failing_update)
    (outcome,) = ingestor.ingest([path]).outcomes
    assert outcome.status == "rejected" and "nothing was changed" in outcome.reason
    assert export(store) == before


def test_failure_in_the_middle_of_a_new_document_writes_nothing(
    tmp_path, store, settings, monkeypatch
):
    ingestor = Ingestor(store, settings)
    ingestor.ingest([seed("001")])
    before = export(store)
    original = PolicyStore._nquads

    def broken_in_the_middle(add):
        data = original(add)
        middle = len(data) // 2
        return data[:middle] + b"\n<not a quad .\n" + data[middle:]

    path = tmp_path / "other.txt"
    shutil.copy(seed("000"), path)
    monkeypatch.setattr(PolicyStore, "_nquads", staticmethod(broken_in_the_middle))
    (outcome,) = ingestor.ingest([path]).outcomes
    monkeypatch.undo()
    assert outcome.status == "rejected" and "nothing was changed" in outcome.reason
    assert export(store) == before


def test_opening_errors_are_clear(tmp_path):
    with pytest.raises(StoreError, match="no store at"):
        PolicyStore.open(tmp_path / "missing", read_only=True)
    file_path = tmp_path / "a-file"
    file_path.write_text("x")
    with pytest.raises(StoreError, match="is a file"):
        PolicyStore.open(file_path)
    with PolicyStore.open(tmp_path / "locked"):
        with pytest.raises(StoreLockedError, match="another process"):
            PolicyStore.open(tmp_path / "locked")
        with PolicyStore.open(tmp_path / "locked", read_only=True) as reader:
            assert len(reader) > 0  # readers work while a writer holds the store


def test_reopened_store_keeps_its_documents(tmp_path, settings):
    with PolicyStore.open(tmp_path / "s") as store:
        Ingestor(store, settings).ingest([seed("001")])
        count = len(store)
    with PolicyStore.open(tmp_path / "s", read_only=True) as store:
        assert len(store) == count
        assert store.stats()["documents"] == 1


def test_export_formats_parse_back(corpus_store):
    for fmt, rdf_format in (("nquads", ox.RdfFormat.N_QUADS), ("trig", ox.RdfFormat.TRIG)):
        out = io.BytesIO()
        corpus_store.export(out, fmt)
        assert len(list(ox.parse(out.getvalue(), format=rdf_format))) == len(corpus_store)
    out = io.BytesIO()
    corpus_store.export(out, "jsonld")
    parsed = list(ox.parse(out.getvalue(), format=ox.RdfFormat.JSON_LD))
    assert len(parsed) == len(corpus_store)
    with pytest.raises(StoreError, match="unknown export format"):
        corpus_store.export(io.BytesIO(), "csv")


def test_the_gate_stores_what_was_not_found_with_a_warning_and_rejects_what_is_broken(
    tmp_path, store, settings
):
    path = tmp_path / "agreement.txt"
    path.write_text(
        "科技合作協議\n\n第一條 科學技術部與香港特別行政區政府於2020年1月2日簽署本協議。\n",
        encoding="utf-8",
    )
    ingestor = Ingestor(store, settings)
    (first,) = ingestor.ingest([path]).outcomes
    assert first.status == "ingested", first.reason
    assert store.stats()["needs_review"] == 1  # no signatory found: a warning
    # the new version names no party: the extractor may have missed them, so the
    # document is stored with a warning kept in its own graph, not refused
    path.write_text("科技合作協議\n\n第一條 本協議於2020年1月2日簽署。\n", encoding="utf-8")
    report = ingestor.ingest([path])
    (second,) = report.outcomes
    assert second.status == "replaced", second.reason
    assert second.review == 2 and "2 warnings, to review" in report.summary()
    review = f"<{PKG}needsReview>"
    rows = store.query(
        f"SELECT ?m WHERE {{ GRAPH <{second.document}> {{ <{second.document}> "
        f"<{PKG}validationWarning> ?m ; {review} true }} }}"
    )
    assert any("fewer than two parties" in row["m"].value for row in rows)
    assert store.stats()["needs_review"] == 1
    # broken data still rejects it: another document says its party is a platform,
    # whose IRI the organisation's does not follow
    path.write_text(
        "科技合作協議\n\n第一條 科學技術部與香港特別行政區政府於2021年1月2日簽署本協議。\n",
        encoding="utf-8",
    )
    party = IriMinter(settings.base_iri).organisation("科學技術部")
    rdf_type = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
    other = f"{settings.base_iri}work/00000000000000f1"
    store.replace_graphs(remove=[], add={other: [f"<{party}> <{rdf_type}> <{PKG}Platform>"]})
    before = export(store)
    (third,) = ingestor.ingest([path]).outcomes
    assert third.status == "rejected"
    assert "does not pass the SHACL shapes" in third.reason and "platform/{key}" in third.reason
    assert export(store) == before
    (fourth,) = Ingestor(store, settings, validate=False).ingest([path]).outcomes
    assert fourth.status == "replaced"


@pytest.mark.parametrize("bad", ["http://a/g> } } ; DROP ALL #", "http://a/g {", "not an iri"])
def test_an_iri_that_is_no_iri_never_reaches_a_query(bad):
    """The store's helpers put graph and node IRIs into query text: each is parsed first."""
    store = PolicyStore.in_memory()
    g = ox.NamedNode("http://a/g")
    store.oxigraph.add(ox.Quad(g, ox.NamedNode(PKG + "p"), ox.Literal("x"), g))
    for ask in (
        lambda: store.graph_quads(bad),
        lambda: list(store.statements_in(bad, [PKG + "p"])),
        lambda: store.statements_with([bad]),
        lambda: store.dated_in([bad]),
    ):
        with pytest.raises(ValueError):
            ask()
    assert len(store.graph_quads("http://a/g")) == 1


def test_a_copy_of_a_store_holds_the_same_dataset_and_is_its_own(seed_000_store):
    """conftest.copy_of, behind the tests that write to a copy of a shared store."""
    from .conftest import copy_of

    copy = copy_of(seed_000_store)
    assert export(copy) == export(seed_000_store)
    assert {g.value for g in copy.oxigraph.named_graphs()} == {
        g.value for g in seed_000_store.oxigraph.named_graphs()
    }
    copy.replace_graphs(remove=copy.document_graphs(), add={})
    assert seed_000_store.document_graphs() and not copy.document_graphs()
