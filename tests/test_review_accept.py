"""Accepting a fact (graph/accept.py): its record, the queue it leaves, re-ingest,
withdrawal, history and export/import."""

from __future__ import annotations

import pyoxigraph as ox
import pytest
from policykg.graph.accept import DEFAULT_REASON, accepted_statements
from policykg.graph.bound import StoreQueries
from policykg.graph.corrections import Reviewer
from policykg.graph.review import Anchor, Correction, CorrectionError, correction_quads, corrections
from policykg.graph.store import PolicyStore

from policykg.ingestion import Ingestor
from policykg.vocab import OA, PKG

from . import test_review, test_review_roundtrip

ARRANGEMENT, DOC, MOST, PARTY = (
    test_review.ARRANGEMENT, test_review.DOC, test_review.MOST, test_review.PARTY
)  # fmt: skip
source, setup = test_review.source, test_review.setup
machine = test_review_roundtrip.machine  # seed 000 as ingest writes it (module-scoped)


def accept(reviewer, statement=(DOC, PARTY, MOST), reason="") -> Correction:
    return reviewer.correct(Correction(kind="accept", anchor=Anchor(ARRANGEMENT),
                                       reviewer="Chan", reason=reason, statement=statement))  # fmt: skip


def in_force(store) -> set[tuple[str, str, str, str]]:
    return accepted_statements(StoreQueries(store))


def test_an_acceptance_is_a_record_of_its_own_that_changes_no_fact(setup):
    store, reviewer = setup
    before = sorted(str(q) for q in store.quads())
    stored = accept(reviewer)
    after = [str(q) for q in store.quads() if "/correction/" not in str(q.graph_name)]
    assert sorted(after) == before  # nothing withdrawn, nothing asserted
    (record,) = corrections(store)
    assert (record.kind, record.status, record.reviewer) == ("accept", "applied", "Chan")
    assert record.reason == DEFAULT_REASON  # the reason is optional
    assert record.statement == (DOC, PARTY, MOST) and not record.removed
    # anchored to the span the machine read the fact from, quote and position
    text = next(iter(store.query(f"SELECT ?t {{ {DOC} <{PKG}sourceText> ?t }}")))["t"].value
    anchor = record.anchor
    assert anchor.quote and text[anchor.start : anchor.end] == anchor.quote
    assert store.query(f"ASK {{ GRAPH <{stored.iri}> {{ <{stored.iri}> <{OA}motivatedBy> <{OA}assessing> }} }}")  # fmt: skip
    assert in_force(store) == {(ARRANGEMENT, DOC.value, PARTY.value, MOST.value)}


def test_an_acceptance_of_a_fact_the_document_does_not_state_is_refused(setup):
    _, reviewer = setup
    absent = ox.NamedNode("https://w3id.org/policykg/id/org/0803528e29b47a94")
    with pytest.raises(CorrectionError, match="no longer in the document"):
        accept(reviewer, (DOC, PARTY, absent))
    with pytest.raises(CorrectionError, match="subject, predicate, object"):
        reviewer.correct(Correction(kind="accept", anchor=Anchor(ARRANGEMENT), reviewer="r",
                                    reason="x"))  # fmt: skip


def test_an_acceptance_survives_reingest_and_turns_stale_when_its_text_changes(
    setup, source, settings
):
    store, reviewer = setup
    stored = accept(reviewer)
    Ingestor(store, settings).ingest([source])  # the same file: skipped
    text = source.read_text("utf-8")
    source.write_text(text + "\n附註。\n", "utf-8")  # changed far from the span
    (outcome,) = Ingestor(store, settings).ingest([source]).outcomes
    assert outcome.status == "replaced"
    assert [c.status for c in corrections(store)] == ["applied"] and in_force(store)
    quote = stored.anchor.quote
    changed = quote[:-1] + ("甲" if quote[-1] != "甲" else "乙")
    source.write_text(text.replace(quote, changed), "utf-8")
    Ingestor(store, settings).ingest([source])
    (again,) = corrections(store)
    assert again.status == "stale" and "quote" in again.stale_reason
    assert not in_force(store)  # the fact is back in the queue
    assert [c.iri for c in reviewer.stale()] == [stored.iri]


def test_a_withdrawn_acceptance_puts_the_fact_back_in_the_queue(setup):
    store, reviewer = setup
    stored = accept(reviewer, reason="read it in the text")
    reviewer.withdraw(stored.iri, "Wong", "not sure after all")
    assert not in_force(store)
    assert {c.kind: c.status for c in corrections(store)} == {
        "accept": "withdrawn", "withdraw": "applied"
    }  # fmt: skip


def test_acceptances_exported_and_imported_give_the_same_graph(setup, source, settings):
    store, reviewer = setup
    accept(reviewer)
    test_review.reject_party(reviewer)  # a later judgement of the same fact, in order
    fresh = PolicyStore.in_memory()
    Ingestor(fresh, settings).ingest([source])
    Reviewer(fresh, settings.base_iri).load(list(correction_quads(store)))
    assert sorted(map(str, fresh.quads())) == sorted(map(str, store.quads()))


def test_policykg_review_accept_and_correct_accept(tmp_path, capsys):
    from policykg.cli import main

    from .conftest import seed

    store = ["--store", str(tmp_path / "store")]
    assert main([*store, "ingest", "--quiet", str(seed("000"))]) == 0
    fact = ["--document", ARRANGEMENT, "--subject", ARRANGEMENT, "--predicate", PARTY.value,
            "--object", MOST.value]  # fmt: skip
    capsys.readouterr()
    assert main([*store, "review", "accept", *fact]) == 2  # who accepts it?
    assert "--reviewer" in capsys.readouterr().err
    assert main([*store, "review", "accept", *fact[:-1], "not an iri", "--reviewer", "Chan"]) == 2
    assert "is not an IRI" in capsys.readouterr().err
    assert main([*store, "review", "accept", *fact, "--reviewer", "Chan"]) == 0
    assert "(accept, 0 statements withdrawn)" in capsys.readouterr().out
    # `correct accept` takes the same arguments, and a reason
    hksarg = test_review.HKSARG.value
    assert main([*store, "correct", "accept", *fact[:-1], hksarg, "--reviewer", "Wong",
                 "--reason", "見序言"]) == 0  # fmt: skip
    assert main([*store, "review", "--format", "json"]) == 0
    capsys.readouterr()
    out = tmp_path / "c.nq"
    assert main([*store, "export", "--view", "corrections", "--output", str(out)]) == 0
    assert out.read_text("utf-8").count('"accept"') == 2


def test_an_acceptance_reapplied_after_a_withdrawal_round_trips(machine, settings):
    """Accept a party, reject it, withdraw an unrelated relabel: the withdrawal puts the
    others back in force on a store where the rejection is applied; the acceptance reads
    the machine's view (what a fresh store replaying them in order sees), so it stays
    applied there as in the store the corrections are imported into."""
    steps = [("accept", 0), ("reject", 0), ("relabel", 0), ("withdraw", 2)]
    test_review_roundtrip.check_round_trip(machine, settings, steps)
