"""Corrections exported alone (`export --view corrections`) and loaded into a fresh store
of the same documents (`correct import`, `Reviewer.load`) give the same reviewed graph:
for every kind of correction, over generated sequences of them (property-style)."""

from __future__ import annotations

import pyoxigraph as ox
import pytest
from hypothesis import HealthCheck, given
from hypothesis import settings as hypothesis_settings
from hypothesis import strategies as st
from policykg.graph.corrections import Reviewer
from policykg.graph.review import (
    KINDS,
    Anchor,
    Correction,
    CorrectionError,
    correction_quads,
    corrections,
)
from policykg.graph.store import PolicyStore

from policykg.ingestion import Ingestor
from policykg.vocab import PKG, XSD

from .conftest import seed

DOC = ox.NamedNode("https://w3id.org/policykg/id/work/83802cbc5b8c9c75")  # seed 000
ANNEX = "https://w3id.org/policykg/id/work/ece7f0f1da165b13"
MOST = ox.NamedNode("https://w3id.org/policykg/id/org/c2ca847a7c31d4ac")  # 科學技術部
HKSARG = ox.NamedNode("https://w3id.org/policykg/id/org/fd266a329f5d62e0")
OTHER = ox.NamedNode("https://w3id.org/policykg/id/org/0803528e29b47a94")
PARTY = ox.NamedNode(PKG + "party")


@pytest.fixture(scope="module")
def machine(settings) -> tuple[ox.Quad, ...]:
    """Seed 000 as ingest writes it: each example's stores start from a copy."""
    store = PolicyStore.in_memory()
    Ingestor(store, settings).ingest([seed("000")])
    return Quads(store.quads())


class Quads(tuple):
    def __repr__(self) -> str:  # hypothesis prints the arguments of a failing example
        return f"<{len(self)} quads of seed 000>"


def fresh(quads: list[ox.Quad]) -> PolicyStore:
    store = PolicyStore.in_memory()
    store.oxigraph.extend(quads)
    return store


def span(store: PolicyStore, text: str, nth: int = 0) -> Anchor:
    source = next(iter(store.query(f"SELECT ?t {{ {DOC} <{PKG}sourceText> ?t }}")))["t"].value
    start = -1
    for _ in range(nth + 1):
        start = source.index(text, start + 1)
    return Anchor(DOC.value, start, start + len(text), text)


def make(kind: str, store: PolicyStore, made: list[str], n: int) -> Correction | None:
    """The n-th correction of `kind` a reviewer could make on seed 000 (None when the
    kind needs an earlier correction and there is none)."""
    who = {"anchor": Anchor(DOC.value), "reviewer": f"reviewer {n % 3}", "reason": f"why {n}"}
    if kind == "reject":
        return Correction(kind="reject", statement=(DOC, PARTY, (MOST, HKSARG)[n % 2]), **who)
    if kind == "relabel":
        label = ox.Literal(("中華人民共和國科學技術部", "科技部")[n % 2], language="zh-Hant")
        return Correction(kind="relabel", entity=(MOST, HKSARG)[n % 2], label=label, **who)
    if kind == "add":
        if n % 2:
            date = ox.Literal("2018-09-21", datatype=ox.NamedNode(XSD + "date"))
            statement = (DOC, ox.NamedNode(PKG + "datePublished"), date)
        else:
            statement = (DOC, PARTY, OTHER)
        return Correction(kind="add", statement=statement,
                          **{**who, "anchor": span(store, "推動內地與香港")})  # fmt: skip
    if kind == "merge":
        pair = ((MOST, HKSARG), (HKSARG, MOST))[n % 2]
        return Correction(kind="merge", entity=pair[0], into=pair[1], **who)
    if kind == "split":
        chosen = (Anchor(ANNEX),) if n % 2 else (span(store, "科學技術部"),)
        return Correction(kind="split", entity=MOST, selection=chosen, **who)
    if kind == "accept":  # a party judged right (refused once rejected: not stated)
        return Correction(kind="accept", statement=(DOC, PARTY, (MOST, HKSARG)[n % 2]), **who)
    if kind == "retype":  # 科學技術部 or 香港特別行政區政府 as a platform, or a fund
        kinds = (PKG + "Platform", PKG + "Fund")
        return Correction(kind="retype", entity=(MOST, HKSARG)[n % 2],
                          new_type=ox.NamedNode(kinds[n // 2 % 2]), **who)  # fmt: skip
    if not made:
        return None
    return Correction(kind="withdraw", withdraws=made[n % len(made)], **who)


STEPS = st.lists(st.tuples(st.sampled_from(KINDS), st.integers(0, 5)), min_size=1, max_size=4)


# derandomize: the same examples on every run, so CI does not pass or fail by the seed
@hypothesis_settings(max_examples=12, deadline=None, derandomize=True,
                     suppress_health_check=[HealthCheck.function_scoped_fixture])  # fmt: skip
@given(steps=STEPS)
def test_corrections_reimported_into_a_fresh_store_give_the_same_reviewed_graph(
    machine, settings, steps
):
    check_round_trip(machine, settings, steps)


def test_a_split_then_a_withdrawn_rejection_round_trips(machine, settings):
    # found by the CI run of session 12: the withdrawal reapplied the split to a store it
    # was in force in already, where it found nothing left to move (marked stale)
    check_round_trip(machine, settings, [("split", 0), ("reject", 1), ("withdraw", 1)])


def check_round_trip(machine, settings, steps) -> None:
    store = fresh(machine)
    reviewer = Reviewer(store, settings.base_iri)
    made: list[str] = []
    for kind, n in steps:
        correction = make(kind, store, made, n)
        if correction is None:
            continue
        try:
            made.append(reviewer.correct(correction).iri)
        except CorrectionError:
            continue  # e.g. a rejection of a party merged away: refused, nothing stored
    reviewed = sorted(map(str, store.quads()))
    reviewer.reapply()  # as after an ingest that changed nothing: the same store
    assert sorted(map(str, store.quads())) == reviewed
    other = fresh(machine)
    Reviewer(other, settings.base_iri).load(list(correction_quads(store)))
    assert sorted(map(str, other.quads())) == reviewed
    assert {c.iri: c.status for c in corrections(other)} == {
        c.iri: c.status for c in corrections(store)
    }


@pytest.mark.parametrize("kind", KINDS)
def test_each_kind_of_correction_survives_export_and_reimport(machine, settings, kind):
    """Every kind at least once, whatever the generated sequences drew."""
    store = fresh(machine)
    reviewer = Reviewer(store, settings.base_iri)
    first = reviewer.correct(make("reject", store, [], 0))
    stored = first if kind == "reject" else reviewer.correct(make(kind, store, [first.iri], 1))
    assert stored.kind == kind and stored.status == "applied"
    other = fresh(machine)
    loaded = Reviewer(other, settings.base_iri).load(list(correction_quads(store)))
    assert {c.kind for c in loaded} == {"reject", kind}
    assert sorted(map(str, other.quads())) == sorted(map(str, store.quads()))
