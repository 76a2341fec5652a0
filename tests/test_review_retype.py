"""Changing an entity's kind (graph/retype.py): the entity moves to its IRI in the new
kind's folder in every document graph, the old IRI redirects, and the correction is
recorded, withdrawn, reapplied after re-ingest and carried to another store."""

from __future__ import annotations

import pyoxigraph as ox
import pytest
from policykg.graph.corrections import Reviewer
from policykg.graph.retype import retyped_iri
from policykg.graph.review import (
    Anchor,
    Correction,
    CorrectionError,
    CorrectionRefused,
    correction_quads,
    corrections,
    machine_quads,
)
from policykg.graph.store import PolicyStore

from policykg.ingestion import Ingestor
from policykg.vocab import ORG, OWL, PKG, RDF, SKOS

from . import test_review
from .conftest import seed

DOC = "https://w3id.org/policykg/id/work/83802cbc5b8c9c75"  # seed 000
PARK = ox.NamedNode("https://w3id.org/policykg/id/platform/37d7147c9af0f603")  # 港深創新及科技園
AS_ORG = ox.NamedNode("https://w3id.org/policykg/id/org/37d7147c9af0f603")
ORGANIZATION = ox.NamedNode(ORG + "Organization")
PLATFORM, FUND = ox.NamedNode(PKG + "Platform"), ox.NamedNode(PKG + "Fund")
MOST = ox.NamedNode("https://w3id.org/policykg/id/org/c2ca847a7c31d4ac")  # 科學技術部
HKSARG = ox.NamedNode("https://w3id.org/policykg/id/org/fd266a329f5d62e0")  # 香港特別行政區政府
PARTY = ox.NamedNode(PKG + "party")
CORRECTION = "https://w3id.org/policykg/id/correction/"
source, setup = test_review.source, test_review.setup


def retype(reviewer, entity=PARK, new_type=ORGANIZATION, **kw) -> Correction:
    return reviewer.correct(
        Correction(kind="retype", anchor=Anchor(DOC), reviewer=kw.get("who", "Chan"),
                   reason="a company, not a platform", entity=entity, new_type=new_type)
    )  # fmt: skip


def documents(store) -> list[str]:
    return sorted(str(q) for q in store.quads() if "/correction/" not in str(q.graph_name))


def ask(store, pattern: str) -> bool:
    return bool(store.query(f"ASK {{ {pattern} }}"))


def test_retype_moves_the_entity_to_the_new_kinds_iri_everywhere_and_redirects(setup):
    store, reviewer = setup
    machine = documents(store)
    stored = retype(reviewer)
    assert retyped_iri(PARK, ORGANIZATION) == AS_ORG
    assert ask(store, f"{AS_ORG} <{RDF}type> {ORGANIZATION}")
    assert not ask(store, f"{AS_ORG} <{RDF}type> <{PKG}Platform>")
    assert ask(store, f'{AS_ORG} <{SKOS}prefLabel> "港深創新及科技園"@zh-Hant')
    assert ask(store, f"{AS_ORG} <{PKG}mentionedIn> ?provision")
    # nothing in the document graphs names the old IRI; it redirects to the new one
    assert not any(str(PARK) in q for q in documents(store))
    assert ask(store, f"{PARK} <{OWL}sameAs> {AS_ORG}")
    # the record: who, why, the class, what it replaced; the machine's view is unchanged
    (record,) = corrections(store)
    assert (record.kind, record.entity, record.new_type, record.reviewer) == (
        "retype",
        PARK,
        ORGANIZATION,
        "Chan",
    )
    assert record.status == "applied" and len(record.removed) == len(stored.removed) > 3
    assert ask(store, f"GRAPH <{stored.iri}> {{ <{stored.iri}> <{PKG}newType> {ORGANIZATION} }}")
    machine_view = {str(q) for q in machine_quads(store)}
    assert set(machine) <= machine_view
    # withdrawn: the platform is back as the machine said it
    reviewer.withdraw(stored.iri, "Wong", "it is a platform after all")
    assert documents(store) == machine


def test_retype_survives_reingest_and_export_import(setup, source, settings):
    store, reviewer = setup
    retype(reviewer)
    # a changed file: re-ingested (the machine names the platform again), retyped again
    source.write_text(source.read_text("utf-8") + "\n附註。\n", "utf-8")
    (outcome,) = Ingestor(store, settings).ingest([source]).outcomes
    assert outcome.status == "replaced"
    assert [c.status for c in corrections(store)] == ["applied"]
    assert not any(str(PARK) in q for q in documents(store))
    assert ask(store, f"{AS_ORG} <{RDF}type> {ORGANIZATION}")
    # the corrections alone, loaded into a fresh store of the same file: the same graph
    fresh = PolicyStore.in_memory()
    Ingestor(fresh, settings).ingest([source])
    Reviewer(fresh, settings.base_iri).load(list(correction_quads(store)))
    assert sorted(map(str, fresh.quads())) == sorted(map(str, store.quads()))


@pytest.mark.parametrize(
    ("entity", "new_type", "message"),
    [
        (PARK, ox.NamedNode(PKG + "Event"), "cannot be given the class"),
        (ox.NamedNode(DOC), ORGANIZATION, "only an organisation, platform or fund"),
        (PARK, ox.NamedNode(PKG + "Platform"), "of that kind already"),
        (ox.NamedNode("https://w3id.org/policykg/id/org/0000000000000000"), ox.NamedNode(
            PKG + "Fund"), "in no document"),
    ],
)  # fmt: skip
def test_a_bad_retype_is_refused_with_the_reason(setup, entity, new_type, message):
    store, reviewer = setup
    before = sorted(map(str, store.quads()))
    with pytest.raises(CorrectionError, match=message):
        retype(reviewer, entity, new_type)
    assert sorted(map(str, store.quads())) == before


def test_retype_onto_an_entity_of_that_kind_is_refused_merge_instead(setup):
    store, reviewer = setup
    # another document's organisation with the same key (simulated in this one's graph)
    store.update(f"INSERT DATA {{ GRAPH <{DOC}> {{ {AS_ORG} <{RDF}type> {ORGANIZATION} }} }}")
    with pytest.raises(CorrectionError, match="exists already: merge into it"):
        retype(reviewer)


def test_an_entity_only_a_correction_names_is_retyped_relabelled_and_rejected_again(
    setup, settings
):
    # after a retype, nothing in the document graphs names the new IRI: the retype's
    # graph does; the next corrections work on what the earlier ones assert
    store, reviewer = setup
    retype(reviewer, MOST, PLATFORM)
    as_platform = retyped_iri(MOST, PLATFORM)
    assert not any(str(as_platform) in q for q in documents(store))
    again = retype(reviewer, as_platform, FUND, who="Lee")
    as_fund = retyped_iri(MOST, FUND)
    assert again.status == "applied" and again.removed
    assert ask(store, f"{as_fund} <{RDF}type> {FUND}") and ask(store, f"<{DOC}> {PARTY} {as_fund}")
    assert not ask(store, f"{as_platform} ?p ?o FILTER(?p != <{OWL}sameAs>)")
    assert not ask(store, f"?s ?p {as_platform} FILTER(!STRSTARTS(STR(?s), '{CORRECTION}'))")
    # both old IRIs redirect to the last one
    assert ask(store, f"{MOST} <{OWL}sameAs> {as_fund}")
    assert ask(store, f"{as_platform} <{OWL}sameAs> {as_fund}")
    # relabelled, and one of its facts rejected
    label = ox.Literal("中華人民共和國科學技術部", language="zh-Hant")
    reviewer.correct(Correction(kind="relabel", anchor=Anchor(DOC), reviewer="Lee",
                                reason="its full name", entity=as_fund, label=label))  # fmt: skip
    assert ask(store, f"{as_fund} <{SKOS}prefLabel> {label}")
    assert not ask(store, f'{as_fund} <{SKOS}prefLabel> "科學技術部"@zh-Hant')
    rejected = reviewer.correct(
        Correction(kind="reject", anchor=Anchor(DOC), reviewer="Lee", reason="not a party",
                   statement=(ox.NamedNode(DOC), PARTY, as_fund))
    )  # fmt: skip
    assert rejected.status == "applied" and not ask(
        store, f"<{DOC}> {PARTY} ?x FILTER(?x = {as_fund})"
    )
    assert [c.status for c in corrections(store)] == ["applied"] * 4
    reviewed = sorted(map(str, store.quads()))
    # put back in force after no change, and in a fresh store: the same graph
    reviewer.reapply()
    assert sorted(map(str, store.quads())) == reviewed
    fresh = PolicyStore.in_memory()
    Ingestor(fresh, settings).ingest([seed("000")])
    Reviewer(fresh, settings.base_iri).load(list(correction_quads(store)))
    assert sorted(map(str, fresh.quads())) == reviewed
    # the rejection withdrawn: the party is back, about the entity as the retypes left it
    reviewer.withdraw(rejected.iri, "Wong", "a party after all")
    assert ask(store, f"<{DOC}> {PARTY} {as_fund}")
    # the first retype withdrawn: the second rested on it and no longer applies
    (first, *_) = corrections(store)
    reviewer.withdraw(first.iri, "Wong", "an organisation after all")
    status = {c.iri: c.status for c in corrections(store)}
    assert status[again.iri] == "stale" and ask(store, f"{MOST} <{RDF}type> {ORGANIZATION}")


def test_the_target_of_a_merge_is_retyped_with_what_the_merge_moved_to_it(setup):
    store, reviewer = setup
    reviewer.correct(Correction(kind="merge", anchor=Anchor(DOC), reviewer="Chan",
                                reason="one body", entity=MOST, into=HKSARG))  # fmt: skip
    retype(reviewer, HKSARG, PLATFORM)
    hk_platform = retyped_iri(HKSARG, PLATFORM)
    # the statements the merge moved to 香港特別行政区政府 moved on with the retype
    assert not ask(store, f"?s ?p {HKSARG} FILTER(?p != <{OWL}sameAs> && !STRSTARTS(STR(?s), '{CORRECTION}'))")  # fmt: skip
    assert not ask(store, f"{HKSARG} ?p ?o FILTER(?p != <{OWL}sameAs>)")
    assert ask(store, f'{hk_platform} <{SKOS}altLabel> "科學技術部"@zh-Hant')
    assert ask(store, f"{MOST} <{PKG}mergedInto> {hk_platform}")
    # back to the kind it had: refused, withdraw the retype instead
    with pytest.raises(CorrectionError, match="withdraw that retype"):
        retype(reviewer, hk_platform, ORGANIZATION, who="Lee")


def test_a_retype_that_breaks_the_shapes_is_refused_with_the_report(settings):
    """Seed 001's signatory signs for 香港特別行政區政府: as a platform, that party would
    no longer be an organisation (PersonShape's affiliation)."""
    store = PolicyStore.in_memory()
    Ingestor(store, settings).ingest([seed("001")])
    before = sorted(map(str, store.quads()))
    hksarg = ox.NamedNode("https://w3id.org/policykg/id/org/fd266a329f5d62e0")
    with pytest.raises(CorrectionRefused, match="簽署人所代表的一方須為機構"):
        Reviewer(store, settings.base_iri).correct(
            Correction(kind="retype", anchor=Anchor("https://w3id.org/policykg/id/work/e692bd296803040e"),
                       reviewer="r", reason="x", entity=hksarg,
                       new_type=ox.NamedNode(PKG + "Platform"))
        )  # fmt: skip
    assert sorted(map(str, store.quads())) == before
