"""Corrections (graph/review.py, graph/corrections.py): each kind, the reviewed view,
the machine's view, refusals, and what happens to corrections on re-ingest."""

from __future__ import annotations

import shutil

import pyoxigraph as ox
import pytest
from policykg.graph.corrections import Reviewer
from policykg.graph.review import (
    Anchor,
    Correction,
    CorrectionError,
    CorrectionRefused,
    check,
    correction_quads,
    corrections,
    machine_quads,
)
from policykg.graph.store import PolicyStore

from policykg.ingestion import Ingestor
from policykg.vocab import ELI, PKG, SKOS, XSD

from .conftest import seed

ARRANGEMENT = "https://w3id.org/policykg/id/work/83802cbc5b8c9c75"  # seed 000
MOST = ox.NamedNode("https://w3id.org/policykg/id/org/c2ca847a7c31d4ac")  # 科學技術部
HKSARG = ox.NamedNode("https://w3id.org/policykg/id/org/fd266a329f5d62e0")  # 香港特別行政區政府
PARTY = ox.NamedNode(PKG + "party")
DOC = ox.NamedNode(ARRANGEMENT)


@pytest.fixture
def source(tmp_path):
    path = tmp_path / "in" / seed("000").name
    path.parent.mkdir()
    shutil.copy(seed("000"), path)
    return path


@pytest.fixture
def setup(source, settings):
    store = PolicyStore.in_memory()
    Ingestor(store, settings).ingest([source])
    return store, Reviewer(store, settings.base_iri)


def asserted(store, s, p, o) -> bool:
    return bool(store.query(f"ASK {{ {s} {p} {o} }}"))


def span_of(store, text: str) -> Anchor:
    source = next(iter(store.query(f"SELECT ?t {{ <{ARRANGEMENT}> <{PKG}sourceText> ?t }}")))
    start = source["t"].value.index(text)
    return Anchor(ARRANGEMENT, start, start + len(text), text)


def reject_party(reviewer) -> Correction:
    return reviewer.correct(
        Correction(
            kind="reject", anchor=Anchor(ARRANGEMENT), reviewer="Chan Tai Man",
            reason="not a party", statement=(DOC, PARTY, MOST),
        )
    )  # fmt: skip


def test_a_rejected_fact_leaves_the_reviewed_view_and_stays_in_the_machine_view(setup):
    store, reviewer = setup
    before = len(store.document_graphs())
    stored = reject_party(reviewer)
    assert not asserted(store, DOC, PARTY, MOST)
    assert asserted(store, DOC, PARTY, HKSARG)  # the other party untouched
    assert stored.status == "applied" and len(stored.removed) == 1
    # the record: who, when, why, what it replaces (PROV-O, oa:assessing)
    (record,) = corrections(store)
    assert record.reviewer == "Chan Tai Man" and record.reason == "not a party"
    assert record.created.endswith("Z") and record.kind == "reject"
    assert record.removed[0][0] == ox.Quad(DOC, PARTY, MOST, DOC)
    assert bool(store.query(f"ASK {{ <{stored.iri}> <http://www.w3.org/ns/oa#motivatedBy> <http://www.w3.org/ns/oa#assessing> }}"))  # fmt: skip
    assert ox.Quad(DOC, PARTY, MOST, DOC) in set(machine_quads(store))
    assert all(q.graph_name.value == stored.iri for q in correction_quads(store))
    # a correction's graph is not a document
    assert len(store.document_graphs()) == before


def test_a_relabel_replaces_the_label_in_one_language_only(setup):
    store, reviewer = setup
    new = ox.Literal("中華人民共和國科學技術部", language="zh-Hant")
    reviewer.correct(
        Correction(kind="relabel", anchor=Anchor(ARRANGEMENT), reviewer="r", reason="full name",
                   entity=MOST, label=new)
    )  # fmt: skip
    labels = {
        (r["l"].value, r["l"].language)
        for r in store.query(f"SELECT DISTINCT ?l {{ {MOST} <{SKOS}prefLabel> ?l }}")
    }
    assert labels == {("中華人民共和國科學技術部", "zh-hant"), ("科学技术部", "zh-hans")}


def test_a_relabel_can_be_relabelled_again(setup):
    # the second takes the first's label from the first's correction graph, no document
    # graph: it is judged with the document it is anchored to, not with nothing
    store, reviewer = setup
    for name in ("中華人民共和國科學技術部", "國家科學技術部"):
        reviewer.correct(Correction(kind="relabel", anchor=Anchor(ARRANGEMENT), reviewer="r",
                                    reason="its name", entity=MOST,
                                    label=ox.Literal(name, language="zh-Hant")))  # fmt: skip
    labels = {
        r["l"].value for r in store.query(f"SELECT DISTINCT ?l {{ {MOST} <{SKOS}prefLabel> ?l }}")
    }
    assert labels == {"國家科學技術部", "科学技术部"}


def test_an_added_party_needs_its_span_and_shows_with_it(setup):
    store, reviewer = setup
    other = ox.NamedNode("https://w3id.org/policykg/id/org/0803528e29b47a94")
    with pytest.raises(CorrectionError, match="supports it"):
        reviewer.correct(
            Correction(kind="add", anchor=Anchor(ARRANGEMENT), reviewer="r", reason="x",
                       statement=(DOC, PARTY, other))
        )  # fmt: skip
    anchor = span_of(store, "科學技術部與香港特別行政區政府")
    stored = reviewer.correct(
        Correction(kind="add", anchor=anchor, reviewer="r", reason="named in the preamble",
                   statement=(DOC, PARTY, other))
    )  # fmt: skip
    assert asserted(store, DOC, PARTY, other)
    assert corrections(store).__next__().anchor == anchor
    assert stored.status == "applied"


def test_malformed_corrections_are_refused_with_the_reason(setup):
    store, reviewer = setup
    anchor = span_of(store, "科學技術部")
    cases = [
        (Correction(kind="nope", anchor=anchor, reviewer="r", reason="x"), "unknown kind"),
        (Correction(kind="reject", anchor=anchor, reviewer="", reason="x",
                    statement=(DOC, PARTY, MOST)), "reviewer"),
        (Correction(kind="reject", anchor=anchor, reviewer="r", reason=" ",
                    statement=(DOC, PARTY, MOST)), "reason"),
        (Correction(kind="add", anchor=anchor, reviewer="r", reason="x",
                    statement=(DOC, ox.NamedNode(PKG + "sha256"), MOST)), "not a fact"),
        (Correction(kind="add", anchor=anchor, reviewer="r", reason="x",
                    statement=(DOC, ox.NamedNode(ELI + "date_document"), MOST)), "xsd:date"),
        (Correction(kind="add", anchor=Anchor(ARRANGEMENT, 0, 3, "科學技術部"), reviewer="r",
                    reason="x", statement=(DOC, PARTY, MOST)), "length"),
        (Correction(kind="merge", anchor=anchor, reviewer="r", reason="x", entity=MOST,
                    into=MOST), "itself"),
        (Correction(kind="reject", anchor=Anchor(ARRANGEMENT), reviewer="r", reason="x",
                    statement=(DOC, PARTY, DOC)), "does not apply"),
    ]  # fmt: skip
    for correction, reason in cases:
        with pytest.raises(CorrectionError, match=reason):
            reviewer.correct(correction)
    assert list(corrections(store)) == []


def test_a_correction_that_breaks_the_shapes_is_refused_and_nothing_is_stored(setup):
    store, reviewer = setup
    size = len(store)
    no_day = ox.Literal("2010-02-30", datatype=ox.NamedNode(XSD + "date"))  # ill-typed: a violation
    with pytest.raises(CorrectionRefused, match="violation"):
        reviewer.correct(
            Correction(kind="add", anchor=span_of(store, "科學技術部"), reviewer="r", reason="x",
                       statement=(DOC, ox.NamedNode(ELI + "date_no_longer_in_force"), no_day))
        )  # fmt: skip
    assert len(store) == size


def test_a_merge_moves_every_statement_and_keeps_the_other_as_an_alias(setup):
    store, reviewer = setup
    reviewer.correct(
        Correction(kind="merge", anchor=Anchor(ARRANGEMENT), reviewer="r", reason="same body",
                   entity=MOST, into=HKSARG)
    )  # fmt: skip
    assert not list(store.query(f"SELECT * {{ GRAPH <{ARRANGEMENT}> {{ {MOST} ?p ?o }} }}"))
    assert asserted(store, MOST, f"<{PKG}mergedInto>", HKSARG)
    assert asserted(store, HKSARG, f"<{SKOS}altLabel>", '"科學技術部"@zh-Hant')
    prefs = list(store.query(f"SELECT ?l {{ {HKSARG} <{SKOS}prefLabel> ?l FILTER(lang(?l) = 'zh-hant') }}"))  # fmt: skip
    assert {r["l"].value for r in prefs} == {"香港特別行政區政府"}


def test_corrections_survive_reingest_and_a_changed_anchor_makes_one_stale(setup, source, settings):
    store, reviewer = setup
    reject_party(reviewer)
    other = ox.NamedNode("https://w3id.org/policykg/id/org/0803528e29b47a94")
    added = reviewer.correct(
        Correction(kind="add", anchor=span_of(store, "推動內地與香港"), reviewer="r",
                   reason="x", statement=(DOC, PARTY, other))
    )  # fmt: skip
    # the same file again: unchanged, skipped; both still in force
    Ingestor(store, settings).ingest([source])
    assert not asserted(store, DOC, PARTY, MOST) and asserted(store, DOC, PARTY, other)
    # changed far from both anchors: re-ingested, both applied again
    text = source.read_text("utf-8")
    source.write_text(text + "\n附註。\n", "utf-8")
    (outcome,) = Ingestor(store, settings).ingest([source]).outcomes
    assert outcome.status == "replaced"
    assert not asserted(store, DOC, PARTY, MOST) and asserted(store, DOC, PARTY, other)
    assert {c.status for c in corrections(store)} == {"applied"}
    # the added fact's quote changed: kept, marked stale, no longer asserted; the
    # rejection (anchored to the statement) still holds
    source.write_text(text.replace("推動內地與香港", "推動內地和香港", 1), "utf-8")
    Ingestor(store, settings).ingest([source])
    status = {c.iri: (c.status, c.stale_reason) for c in corrections(store)}
    assert status[added.iri][0] == "stale" and "quote" in status[added.iri][1]
    assert not asserted(store, DOC, PARTY, other)
    assert not asserted(store, DOC, PARTY, MOST)
    assert [c.iri for c in reviewer.stale()] == [added.iri]


def test_corrections_exported_and_loaded_into_a_fresh_store_give_the_same_reviewed_graph(
    setup, source, settings
):
    store, reviewer = setup
    reject_party(reviewer)
    fresh = PolicyStore.in_memory()
    Ingestor(fresh, settings).ingest([source])
    fresh.oxigraph.extend(correction_quads(store))
    Reviewer(fresh, settings.base_iri).reapply()
    assert sorted(map(str, fresh.quads())) == sorted(map(str, store.quads()))


def test_the_review_queue_lists_documents_stored_with_warnings(setup):
    _, reviewer = setup
    (item,) = reviewer.queue()
    assert item.document == ARRANGEMENT and item.warnings


def test_every_pkg_term_of_a_correction_is_in_the_ontology(setup):
    store, reviewer = setup
    reject_party(reviewer)
    ontology = "https://w3id.org/policykg/ontology"
    declared = {q.subject.value for q in store.quads() if q.graph_name.value == ontology}
    used = {
        term.value
        for quad in correction_quads(store)
        for term in (quad.predicate, quad.object)
        if isinstance(term, ox.NamedNode) and term.value.startswith(PKG)
    }
    assert used and used <= declared, used - declared


def test_a_correction_naming_a_document_or_correction_that_is_no_iri_is_refused():
    # the record writes these into update text: the core refuses them, whoever called it
    for anchor, withdraws in ((Anchor("https://x.org/a> } ; DROP ALL ; <b"), ""),
                              (Anchor("https://w3id.org/policykg/id/work/1"), "urn:x> . <y")):  # fmt: skip
        with pytest.raises(CorrectionError, match="not an IRI"):
            check(Correction(kind="withdraw", anchor=anchor, reviewer="r", reason="why",
                             withdraws=withdraws or "https://w3id.org/policykg/id/correction/1"))  # fmt: skip


AGREEMENT = (
    "第一號科技合作協議\n\n第一條 科學技術部與香港特別行政區政府於2020年1月2日簽署本協議。\n\n"
    "第二條 科學技術部負責協調。\n"
)
MENTIONED = ox.NamedNode(PKG + "mentionedIn")


def test_a_correction_the_shapes_no_longer_allow_after_reingest_is_kept_stale(
    settings, tmp_path, monkeypatch
):
    path = tmp_path / "agreement.txt"
    path.write_text(AGREEMENT, "utf-8")
    store = PolicyStore.in_memory()
    (outcome,) = Ingestor(store, settings).ingest([path]).outcomes
    first = ox.NamedNode(outcome.document + "/prov/2")  # 第一條
    assert asserted(store, MOST, MENTIONED, ox.NamedNode(outcome.document + "/prov/3"))
    # 科學技術部 is named in both articles: one mention rejected, the other keeps it
    # mentioned somewhere (the shapes want one mention at least)
    fact = (MOST, MENTIONED, first)
    rejected = Reviewer(store, settings.base_iri).correct(
        Correction(kind="reject", anchor=Anchor(outcome.document), reviewer="Chan",
                   reason="not this body", statement=fact)
    )  # fmt: skip
    # the second article no longer names it: the rejection would leave it unmentioned
    path.write_text(AGREEMENT.replace("第二條 科學技術部負責協調", "第二條 雙方負責協調"), "utf-8")
    (outcome,) = Ingestor(store, settings).ingest([path]).outcomes
    assert outcome.status == "replaced"
    (stored,) = corrections(store)
    assert stored.iri == rejected.iri and stored.status == "stale"
    # the shapes' reason, readable: 科學技術部 must be mentioned in one provision at least
    assert (
        "break the shapes" in stored.stale_reason
        and "科學技術部: 實體須至少見於" in stored.stale_reason
    )
    assert asserted(store, *fact)  # kept, listed, not applied: the machine's statement stands
    assert [c.iri for c in Reviewer(store, settings.base_iri).stale()] == [rejected.iri]
    # another document ingested: checked again as it was stale, and stale it stays
    Ingestor(store, settings).ingest([seed("000")])
    assert [c.status for c in corrections(store)] == ["stale"] and asserted(store, *fact)
    # the second article names it again: the rejection applies again
    path.write_text(AGREEMENT, "utf-8")
    Ingestor(store, settings).ingest([path])
    assert [c.status for c in corrections(store)] == ["applied"]
    assert not asserted(store, *fact)
    # another document ingested: the agreement's graph did not change, so its correction
    # in force is not checked again (each check is a SHACL validation)
    checked = []
    monkeypatch.setattr(Reviewer, "_new_violations",
                        lambda self, fx: checked.append(fx) or (0, ""))  # fmt: skip
    Ingestor(store, settings).ingest([seed("001")])
    assert checked == [] and [c.status for c in corrections(store)] == ["applied"]
