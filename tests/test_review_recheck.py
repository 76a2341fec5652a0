"""What an ingest tells the corrections it changed: the graphs it wrote, those the
identity step rewrote, and those whose labels or dates it moved (their corrections are
checked against the shapes again); and what a rename by the identity step leaves of a
document's version (pkg:sha256)."""

from __future__ import annotations

from policykg.graph import labels as labels_module
from policykg.graph.corrections import Reviewer
from policykg.graph.identity_settle import settle_identity
from policykg.graph.review import Anchor, Correction
from policykg.graph.store import PolicyStore

from policykg import ingestion
from policykg.ingestion import Ingestor

from .conftest import seed
from .test_identity import BASE, BUREAU, DOC_A, DOC_B, GRAPHS, SHORT, _parties
from .test_review_decisions import DOC, MOST, PKG, _iri

SHA256 = PKG + "sha256"


def test_a_graph_whose_label_an_ingest_moved_is_rechecked(settings, monkeypatch):
    store = PolicyStore.in_memory()
    Ingestor(store, settings).ingest([seed("000")])
    Reviewer(store, settings.base_iri).correct(Correction(
        kind="reject", anchor=Anchor(DOC), reviewer="Chan", reason="not a party",
        statement=(_iri(DOC), _iri(PKG + "party"), _iri(MOST)),
    ))  # fmt: skip
    # the next document's label settling demotes a label of seed 000's graph (as when it
    # names 科學技術部 by a name that wins): seed 000 is not written, its label moves
    settle = ingestion.settle_labels

    def moving(store_, graphs, previous, base):
        plan = settle(store_, graphs, previous, base)
        plan.demote.append(labels_module.Label(DOC, MOST, "科學技術部", "zh-hant", True))
        return plan

    monkeypatch.setattr(ingestion, "settle_labels", moving)
    checked: list = []
    reapply = Reviewer.reapply
    monkeypatch.setattr(Reviewer, "reapply",
                        lambda self, changed=None: checked.append(changed) or reapply(self, changed))  # fmt: skip
    Ingestor(store, settings).ingest([seed("001")])
    (changed,) = checked
    assert DOC in changed  # the rejection on seed 000's graph is checked again


def test_an_identity_rename_keeps_the_files_hash(monkeypatch):
    # pkg:sha256 is the hash of the file's bytes (the contract): a rename by the identity
    # step changes no byte of the file, so it stays. Right: an unchanged file is still
    # skipped, and a document accepted for that version stays accepted (the warnings
    # concern the file's reading, not which IRI names a party).
    store = PolicyStore.in_memory()
    graph_b = [*GRAPHS[DOC_B], f'<{DOC_B}> <{SHA256}> "{"b" * 64}"']
    store.replace_graphs(remove=[DOC_B], add={DOC_B: graph_b})
    settle_identity(store, BASE)
    assert _parties(store, DOC_B) == {SHORT}
    store.replace_graphs(remove=[DOC_A], add={DOC_A: GRAPHS[DOC_A]})
    report = settle_identity(store, BASE)
    assert DOC_B in report.rewritten and _parties(store, DOC_B) == {BUREAU}
    (row,) = store.query(f"SELECT ?h WHERE {{ GRAPH <{DOC_B}> {{ <{DOC_B}> <{SHA256}> ?h }} }}")
    assert row["h"].value == "b" * 64


def test_the_machine_view_restores_a_withdrawn_statement_under_the_joined_iri():
    # a rejected party's IRI is later joined to another by the identity step: the machine's
    # output (export --view machine) is the statement as the machine now states it
    from policykg.graph.review import corrections, machine_quads

    store = PolicyStore.in_memory()
    graph_b = [*GRAPHS[DOC_B], f'<{DOC_B}> <{SHA256}> "{"b" * 64}"']
    store.replace_graphs(remove=[DOC_B], add={DOC_B: graph_b})
    settle_identity(store, BASE)
    reviewer = Reviewer(store, BASE)
    reviewer.correct(Correction(
        kind="reject", anchor=Anchor(DOC_B), reviewer="Chan", reason="not a party",
        statement=(_iri(DOC_B), _iri(PKG + "party"), _iri(SHORT)),
    ))  # fmt: skip
    assert _parties(store, DOC_B) == set()
    store.replace_graphs(remove=[DOC_A], add={DOC_A: GRAPHS[DOC_A]})
    report = settle_identity(store, BASE)
    assert DOC_B in report.rewritten
    reviewer.reapply(set(report.rewritten))
    assert [c.status for c in corrections(store)] == ["applied"]
    assert _parties(store, DOC_B) == set()  # the reviewed view: still rejected
    party = PKG + "party"
    restored = {
        q.object.value for q in machine_quads(store)
        if q.predicate.value == party and q.subject.value == DOC_B
    }  # fmt: skip
    assert restored == {BUREAU}
