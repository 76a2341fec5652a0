"""The identity stage over units minted within their bodies (graph/unit_names.py, issue 19,
session 27): the written name of a unit (乙組 of 甲院乙組) names it within its body only, so a
bare 乙組 another document names without its body joins no body's unit, whatever the order
of ingest, and re-ingesting or deleting a document moves every node that depended on it.
Names made up here."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from policykg.graph.identity import DEFINED_SHORT_FORM, WITHOUT_QUALIFIER, Entity, resolve
from policykg.graph.store import PolicyStore

from policykg.iris import IriMinter, canonical_title

from .test_identity import (
    _export,
    _ingest,
    _parties,
    assert_any_order_is_one_ingest,
    assert_deleting_leaves_one_ingest,
)

BASE = "https://w3id.org/policykg/id/"
MINT = IriMinter(BASE)
SKOS = "http://www.w3.org/2004/02/skos/core#"
TYPE = "<http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <http://www.w3.org/ns/org#Organization>"
PART_OF = "http://www.w3.org/ns/org#subOrganizationOf"
PARTY = "https://w3id.org/policykg/ontology#party"

HALL, UNIT = "濱海標本館", "典藏修復組"
OTHER_HALL = "高山標本館"


def org(name: str, *aliases: str, units: tuple[str, ...] = ()) -> Entity:
    return Entity(
        MINT.organisation(name),
        "org",
        frozenset({name}),
        frozenset(aliases),
        unit_forms=frozenset(map(canonical_title, units)),
    )


def joined(links) -> set[tuple[str, str, str]]:
    return {(link.iri, link.into, link.method) for link in links.values()}


# -- the rules, on names ---------------------------------------------------------------


def test_a_bare_unit_name_joins_no_bodys_unit_by_its_letters():
    unit = org(HALL + UNIT, UNIT, units=(UNIT,))
    # the body in the store made the hall's name a qualifier of the whole name
    assert resolve([org(UNIT), unit, org(HALL)]) == {}
    # a short form of the bare name neither (its characters in order)
    assert resolve([org("典藏組"), unit, org(HALL)]) == {}


def test_the_same_whole_name_without_unit_forms_still_joins_as_before():
    """A name written whole by a document that makes it no unit (no org:subOrganizationOf)
    keeps the rules: the store's one such name is what the bare name stands for."""
    whole, bare = org(HALL + UNIT), org(UNIT)
    assert joined(resolve([bare, whole, org(HALL)])) == {(bare.iri, whole.iri, WITHOUT_QUALIFIER)}


def test_a_units_written_name_defines_no_short_form():
    unit, bare = org(HALL + UNIT, UNIT, units=(UNIT,)), org(UNIT)
    assert resolve([unit, bare]) == {}
    # a short form the document defines for the unit still does (以下簡稱…)
    defined = org(HALL + UNIT, UNIT, "典修組", units=(UNIT,))
    assert joined(resolve([defined, org("典修組")])) == {
        (org("典修組").iri, defined.iri, DEFINED_SHORT_FORM)
    }


@pytest.mark.parametrize("short", ["濱標館典藏修復組", "濱海標本館典修組"])
def test_a_short_form_that_keeps_the_body_still_joins_the_unit(short):
    """It says whose unit it is: the body abbreviated, or the unit with the body whole."""
    unit = org(HALL + UNIT, UNIT, units=(UNIT,))
    assert set(resolve([org(short), unit])) == {org(short).iri}


# -- the store: hand-made document graphs ------------------------------------------------


def _doc(number: str) -> str:
    return MINT.work(f"文件{number}")


def _graph(doc: str, bodies: dict[str, tuple[str, ...]] = {}, bare: tuple[str, ...] = ()):  # noqa: B006
    """A document graph as ingest writes it, reduced to what identity reads: each body with
    its units minted within it (the full name preferred, the written name an altLabel,
    org:subOrganizationOf the body), and organisations named bare, each a party."""
    out = [f'<{doc}> <{SKOS}prefLabel> "{doc[-6:]}"@zh-Hant']

    def organisation(name: str, *aliases: str) -> str:
        node = MINT.organisation(name)
        out.extend([f"<{node}> {TYPE}", f'<{node}> <{SKOS}prefLabel> "{name}"@zh-Hant'])
        out.extend(f'<{node}> <{SKOS}altLabel> "{alias}"@zh-Hant' for alias in aliases)
        out.append(f"<{doc}> <{PARTY}> <{node}>")
        return node

    for body, units in bodies.items():
        whole = organisation(body)
        for unit in units:
            out.append(f"<{organisation(body + unit, unit)}> <{PART_OF}> <{whole}>")
    for name in bare:
        organisation(name)
    return out


HALL_ACT = _graph(_doc("甲"), {HALL: (UNIT, "標本鑑定組")})
OTHER_ACT = _graph(_doc("乙"), {OTHER_HALL: (UNIT,)})
BARE = _graph(_doc("丙"), bare=(UNIT,))
WHOLE = _graph(_doc("丁"), bare=(HALL + UNIT,))
HALL_RULES = _graph(_doc("戊"), {HALL: (UNIT,)})
POOL = {_doc("甲"): HALL_ACT, _doc("乙"): OTHER_ACT, _doc("丙"): BARE, _doc("丁"): WHOLE,
        _doc("戊"): HALL_RULES}  # fmt: skip


def test_a_bare_unit_stays_its_own_node_beside_one_bodys_unit():
    store = PolicyStore.in_memory()
    _ingest(store, {_doc("甲"): HALL_ACT, _doc("丙"): BARE})
    assert MINT.organisation(UNIT) in _parties(store, _doc("丙"))
    assert MINT.organisation(HALL + UNIT) in _parties(store, _doc("甲"))


def test_the_whole_name_and_the_act_and_the_rules_are_one_node_two_halls_two():
    store = PolicyStore.in_memory()
    _ingest(store, POOL)
    hall_unit, other_unit = MINT.organisation(HALL + UNIT), MINT.organisation(OTHER_HALL + UNIT)
    for doc in (_doc("甲"), _doc("丁"), _doc("戊")):
        assert hall_unit in _parties(store, doc), doc
    assert other_unit in _parties(store, _doc("乙"))
    parents = f"SELECT DISTINCT ?b WHERE {{ GRAPH ?g {{ <{hall_unit}> <{PART_OF}> ?b }} }}"
    assert {row["b"].value for row in store.query(parents)} == {MINT.organisation(HALL)}


def test_re_ingesting_or_deleting_the_act_moves_the_bare_node():
    """While the hall's act makes 典藏修復組 its unit, the bare name of 丙 is its own node; the
    act re-ingested without the list leaves only 丁's whole name, which the bare name stands
    for by the old rule; deleting that too leaves it alone. Each state is the store of one
    ingest of the documents it holds."""
    store = PolicyStore.in_memory()
    _ingest(store, {_doc("甲"): HALL_ACT, _doc("丙"): BARE, _doc("丁"): WHOLE})
    assert _parties(store, _doc("丙")) == {MINT.organisation(UNIT)}
    no_list = _graph(_doc("甲"), {HALL: ()})
    _ingest(store, {_doc("甲"): no_list})
    assert _parties(store, _doc("丙")) == {MINT.organisation(HALL + UNIT)}
    fresh = PolicyStore.in_memory()
    _ingest(fresh, {_doc("甲"): no_list, _doc("丙"): BARE, _doc("丁"): WHOLE})
    assert _export(fresh) == _export(store)
    _ingest(store, {_doc("甲"): HALL_ACT})  # the list back: apart again
    assert _parties(store, _doc("丙")) == {MINT.organisation(UNIT)}
    # the whole name's document deleted
    assert_deleting_leaves_one_ingest(store, [_doc("丁")], {_doc("甲"): HALL_ACT, _doc("丙"): BARE})


@settings(max_examples=40, deadline=None)
@given(
    st.lists(st.sampled_from(sorted(POOL)), min_size=2, max_size=5, unique=True),
    st.randoms(use_true_random=False),
)
def test_any_order_of_ingest_gives_the_store_of_one_ingest(documents, rng):
    graphs = {doc: POOL[doc] for doc in documents}
    at_once = assert_any_order_is_one_ingest(graphs, rng)
    if _doc("丙") in graphs and (_doc("甲") in graphs or _doc("戊") in graphs):
        assert _parties(at_once, _doc("丙")) == {MINT.organisation(UNIT)}
