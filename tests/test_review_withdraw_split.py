"""Withdrawing a correction and splitting an entity (graph/withdraw.py, graph/split.py):
the reviewed view, the machine's view, the history and re-ingest."""

from __future__ import annotations

import re

import pyoxigraph as ox
import pytest
from policykg.graph.review import Anchor, Correction, CorrectionError, corrections, machine_quads

from policykg.ingestion import Ingestor
from policykg.vocab import PKG

from . import test_review
from .conftest import seed

DOC = "https://w3id.org/policykg/id/work/83802cbc5b8c9c75"  # seed 000
ANNEX = "https://w3id.org/policykg/id/work/ece7f0f1da165b13"  # its annex
MOST = ox.NamedNode("https://w3id.org/policykg/id/org/c2ca847a7c31d4ac")  # 科學技術部
HKSARG = ox.NamedNode("https://w3id.org/policykg/id/org/fd266a329f5d62e0")
PARTY = ox.NamedNode(PKG + "party")
# the fixtures of test_review.py: seed 000's file, and it ingested in memory with a Reviewer
source, setup = test_review.source, test_review.setup


def in_annex(store, entity) -> bool:
    """Do the annex's provisions mention the entity? (The annex is in its file's graph.)"""
    return bool(store.query(f"ASK {{ {entity} <{PKG}mentionedIn> ?p "
                            f"FILTER(STRSTARTS(STR(?p), '{ANNEX}/prov/')) }}"))  # fmt: skip


def documents(store) -> list[str]:
    """The document graphs' statements, sorted (what the corrections change)."""
    return sorted(str(q) for q in store.quads() if "/correction/" not in str(q.graph_name))


def statuses(store) -> dict[str, tuple[str, str]]:
    return {c.iri: (c.kind, c.status) for c in corrections(store)}


def test_withdrawing_a_rejection_brings_the_machine_statement_back_and_keeps_both(setup):
    store, reviewer = setup
    machine = documents(store)
    rejected = reviewer.correct(
        Correction(kind="reject", anchor=Anchor(DOC), reviewer="Chan", reason="not a party",
                   statement=(ox.NamedNode(DOC), PARTY, MOST))
    )  # fmt: skip
    assert documents(store) != machine
    withdrawal = reviewer.withdraw(rejected.iri, "Wong", "it is a party after all")
    assert documents(store) == machine  # the reviewed view is the machine's again
    assert statuses(store) == {
        rejected.iri: ("reject", "withdrawn"),
        withdrawal.iri: ("withdraw", "applied"),
    }
    (old,) = [c for c in corrections(store) if c.iri == rejected.iri]
    assert old.withdrawn_by == withdrawal.iri and old.reviewer == "Chan"
    assert old.removed  # what it had replaced stays in its history
    (new,) = [c for c in corrections(store) if c.iri == withdrawal.iri]
    assert (new.reviewer, new.reason, new.withdraws) == ("Wong", "it is a party after all", old.iri)
    # the machine's view holds the statement once, as before
    assert ox.Quad(ox.NamedNode(DOC), PARTY, MOST, ox.NamedNode(DOC)) in set(machine_quads(store))
    # nothing to withdraw twice, and a withdrawal is not withdrawn
    with pytest.raises(CorrectionError, match="withdrawn already"):
        reviewer.withdraw(rejected.iri, "Lee", "again")
    with pytest.raises(CorrectionError, match="cannot be withdrawn"):
        reviewer.withdraw(withdrawal.iri, "Lee", "undo the undo")
    with pytest.raises(CorrectionError, match="no correction"):
        reviewer.withdraw(DOC, "Lee", "not a correction")


def test_withdrawing_a_merge_takes_its_statements_out_and_survives_reingest(
    setup, source, settings
):
    store, reviewer = setup
    machine = documents(store)
    merged = reviewer.correct(
        Correction(kind="merge", anchor=Anchor(DOC), reviewer="r", reason="same body",
                   entity=MOST, into=HKSARG)
    )  # fmt: skip
    assert store.query(f"ASK {{ {MOST} <{PKG}mergedInto> {HKSARG} }}")
    reviewer.withdraw(merged.iri, "s", "two bodies")
    assert documents(store) == machine
    assert not store.query(f"ASK {{ {MOST} <{PKG}mergedInto> ?x }}")
    # re-ingesting a changed file: the withdrawn merge stays history, not applied
    source.write_text(source.read_text("utf-8") + "\n附註。\n", "utf-8")
    (outcome,) = Ingestor(store, settings).ingest([source]).outcomes
    assert outcome.status == "replaced"
    assert not store.query(f"ASK {{ {MOST} <{PKG}mergedInto> ?x }}")
    assert sorted(s for _, s in statuses(store).values()) == ["applied", "withdrawn"]


def test_a_split_by_document_moves_its_mentions_to_a_new_iri(setup):
    store, reviewer = setup
    machine = documents(store)
    split = reviewer.split(MOST, [Anchor(ANNEX)], "Chan", "the annex means another body")
    new = split.into
    assert new != MOST and new.value.startswith("https://w3id.org/policykg/id/org/")
    # the annex's statements name the new entity; the main document's still the old one
    assert store.query(f"ASK {{ GRAPH ?c {{ {new} <{PKG}mentionedIn> ?p }} FILTER(STRSTARTS(STR(?p), '{ANNEX}')) }}")  # fmt: skip
    assert not in_annex(store, MOST)
    assert store.query(f"ASK {{ <{DOC}> {PARTY} {MOST} }}")
    assert store.query(f"ASK {{ {new} a <http://www.w3.org/ns/org#Organization> ; <http://www.w3.org/2004/02/skos/core#prefLabel> ?l }}")  # fmt: skip
    # the same split again: the annex names the old entity no more
    with pytest.raises(CorrectionError, match="do not mention"):
        reviewer.split(MOST, [Anchor(ANNEX)], "Lee", "again")
    # withdrawn: the machine's output again
    reviewer.withdraw(split.iri, "Lee", "one body after all")
    assert documents(store) == machine


def test_a_split_by_span_moves_only_the_mentions_inside_it(setup):
    store, reviewer = setup
    text = next(iter(store.query(f"SELECT ?t {{ <{DOC}> <{PKG}sourceText> ?t }}")))["t"].value
    start = text.index("科學技術部")
    span = Anchor(DOC, start, start + 5, "科學技術部")
    # part of a mention: nothing changed, the span is wrong, and the message says so
    with pytest.raises(
        CorrectionError, match=f"select the whole mention \\({start}–{start + 5}\\)"
    ):
        reviewer.split(MOST, [Anchor(DOC, start + 2, start + 5, "技術部")], "r", "x")
    split = reviewer.split(MOST, [span], "Chan", "the preamble's body")
    new = split.into
    assert store.query(f"ASK {{ <{DOC}> {PARTY} {new} }}")  # the fact the span backs moved
    assert not store.query(f"ASK {{ <{DOC}> {PARTY} {MOST} }}")
    assert in_annex(store, MOST)  # the annex kept it
    # the new entity is described as the old one was in that document
    assert store.query(f"ASK {{ {new} a <http://www.w3.org/ns/org#Organization> }}")
    # a span naming no mention, a malformed span, everything chosen: refused
    with pytest.raises(CorrectionError, match="do not mention"):
        reviewer.split(MOST, [Anchor(DOC, 0, 2, text[:2])], "r", "x")
    with pytest.raises(CorrectionError, match="quote"):
        reviewer.split(MOST, [Anchor(DOC, 0, 2, "不對")], "r", "x")
    with pytest.raises(CorrectionError, match="nothing would be left"):
        reviewer.split(HKSARG, [Anchor(DOC), Anchor(ANNEX)], "r", "x")
    with pytest.raises(CorrectionError, match="documents or spans"):
        reviewer.split(MOST, [], "r", "x")


def test_a_split_anchored_to_text_that_changed_becomes_stale_on_reingest(setup, source, settings):
    store, reviewer = setup
    text = source.read_text("utf-8")
    start = text.index("科學技術部")
    split = reviewer.split(MOST, [Anchor(DOC, start, start + 5, "科學技術部")], "r", "x")
    source.write_text(text.replace("科學技術部", "科學技術部部", 1), "utf-8")
    Ingestor(store, settings).ingest([source])
    (stored,) = corrections(store)
    assert stored.iri == split.iri and stored.status == "stale"
    # nothing of it applied: the new IRI is only in its record
    assert not store.query(f"ASK {{ ?s ?p {split.into} FILTER(?p != <{PKG}splitInto>) }}")


def test_the_command_line_splits_and_withdraws(tmp_path, capsys):
    from policykg.cli import main

    store = ["--store", str(tmp_path / "store")]
    assert main([*store, "ingest", "--quiet", str(seed("000"))]) == 0
    capsys.readouterr()
    split = [*store, "correct", "split", "--entity", MOST.value, "--in", ANNEX,
             "--reviewer", "Chan", "--reason", "another body"]  # fmt: skip
    assert main(split) == 0
    out = capsys.readouterr().out
    assert re.search(r"split [1-9]\d* statements into https://w3id.org/policykg/id/org/", out)
    iri = out.split()[1]
    assert main([*store, "correct", "split", "--entity", MOST.value, "--span", DOC, "1", "x",
                 "科", "--reviewer", "r", "--reason", "x"]) == 2  # fmt: skip
    assert "whole numbers" in capsys.readouterr().err
    withdraw = [*store, "correct", "withdraw", "--correction", iri, "--reviewer", "Wong",
                "--reason", "one body"]  # fmt: skip
    assert main(withdraw) == 0
    assert f"withdraws {iri}" in capsys.readouterr().out
    assert main(withdraw) == 2
    assert "withdrawn already" in capsys.readouterr().err


def test_a_split_stays_in_force_when_another_document_is_ingested(setup, settings):
    # the ingest reapplies every correction: the split is worked out on the machine's
    # output again, not on the store where it is in force already (nothing left to move)
    store, reviewer = setup
    split = reviewer.split(MOST, [Anchor(ANNEX)], "Chan", "the annex means another body")
    reviewed = documents(store)
    Ingestor(store, settings).ingest([seed("004")])
    assert statuses(store) == {split.iri: ("split", "applied")}
    assert not in_annex(store, MOST)
    assert set(reviewed) <= set(documents(store))


def test_a_withdrawal_in_the_journal_is_undone_exactly(setup):
    # a file of decisions undoes what it stored when a later row is refused: the
    # withdrawal's reapply (the machine's statements put back, then each correction
    # again) is undone with it
    store, reviewer = setup
    rejected = reviewer.correct(
        Correction(kind="reject", anchor=Anchor(DOC), reviewer="Chan", reason="not a party",
                   statement=(ox.NamedNode(DOC), PARTY, MOST))
    )  # fmt: skip
    reviewer.split(HKSARG, [Anchor(ANNEX)], "Chan", "another body")
    before = sorted(map(str, store.quads()))
    reviewer.journal = []
    reviewer.withdraw(rejected.iri, "Wong", "a party after all")
    assert sorted(map(str, store.quads())) != before
    reviewer.undo()
    assert sorted(map(str, store.quads())) == before


def test_all_or_none_undoes_every_write_and_an_inner_one_leaves_it_to_the_outer(setup):
    # a file of decisions holds a settled stale correction (itself all or none): a
    # failure after the inner block undoes the inner block's writes too
    store, reviewer = setup
    before = sorted(map(str, store.quads()))
    rejection = Correction(kind="reject", anchor=Anchor(DOC), reviewer="Chan",
                           reason="not a party", statement=(ox.NamedNode(DOC), PARTY, MOST))  # fmt: skip
    with pytest.raises(RuntimeError), reviewer.all_or_none():
        with reviewer.all_or_none():
            reviewer.correct(rejection)
        assert reviewer.journal  # the inner block kept the outer journal
        raise RuntimeError("a later row is refused")
    assert reviewer.journal is None
    assert sorted(map(str, store.quads())) == before
    with reviewer.all_or_none():
        stored = reviewer.correct(rejection)
    assert reviewer.journal is None and statuses(store) == {stored.iri: ("reject", "applied")}
