"""A unit named without its body joins that body's unit when its own documents say whose it
is (graph/identity.py `_units_in_their_body`, issue 19, session 27): every document naming
the bare name also names one of the unit's parent bodies (in the text, as its issuer, or by
a 本院 resolved to it) and no other body's unit of that name. Otherwise it stays apart.
Bodies and units made up here."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st
from policykg.graph.identity import WITHOUT_QUALIFIER, Entity, resolve
from policykg.graph.store import PolicyStore

from policykg.iris import canonical_title

from .test_identity import (
    _ingest,
    _parties,
    assert_any_order_is_one_ingest,
    assert_deleting_leaves_one_ingest,
)
from .test_unit_identity import MINT, PART_OF, PARTY, SKOS, TYPE  # one store's vocabulary

PASSED_BY = "http://data.europa.eu/eli/ontology#passed_by"

COUNCIL, PLANNING, LIAISON = "海洋研究委員會", "資源規劃處", "國際聯絡處"
MUSEUM, OUTREACH = "山城博物院", "推廣教育處"
BRANCH, OFFICE = "東岸檢驗分局", "花溪辦事處"
OTHER = "河谷檢驗分局"


def _doc(number: str) -> str:
    return MINT.work(f"文書{number}")


def _graph(
    doc: str,
    units: dict[str, tuple[str, ...]] = {},  # noqa: B006
    named: dict[str, tuple[str, ...]] = {},  # noqa: B006 (body → its aliases: 本院)
    bare: tuple[str, ...] = (),
    issuer: str = "",
) -> list[str]:
    """A document graph reduced to what identity reads: bodies with units minted within
    them (as a list sets them up), bodies named (with aliases such as 本院), an issuer, and
    organisations named bare, each a party."""
    out = [f'<{doc}> <{SKOS}prefLabel> "{doc[-6:]}"@zh-Hant']

    def organisation(name: str, *aliases: str, predicate: str = PARTY) -> str:
        node = MINT.organisation(name)
        out.extend([f"<{node}> {TYPE}", f'<{node}> <{SKOS}prefLabel> "{name}"@zh-Hant'])
        out.extend(f'<{node}> <{SKOS}altLabel> "{alias}"@zh-Hant' for alias in aliases)
        out.append(f"<{doc}> <{predicate}> <{node}>")
        return node

    for body, listed in units.items():
        whole = organisation(body)
        for unit in listed:
            out.append(f"<{organisation(body + unit, unit)}> <{PART_OF}> <{whole}>")
    for body, aliases in named.items():
        organisation(body, *aliases)
    if issuer:
        organisation(issuer, predicate=PASSED_BY)
    for name in bare:
        organisation(name)
    return out


# -- on names ---------------------------------------------------------------------------


def _org(name: str, *graphs: str, units: tuple[str, ...] = (), bodies: tuple[str, ...] = ()):
    return Entity(
        MINT.organisation(name), "org", frozenset({name}),
        frozenset(units), unit_forms=frozenset(map(canonical_title, units)),
        graphs=frozenset(graphs), bodies=frozenset(map(MINT.organisation, bodies)),
    )  # fmt: skip


def test_a_bare_unit_in_a_document_naming_its_body_joins_the_unit():
    unit = _org(COUNCIL + PLANNING, "act", units=(PLANNING,), bodies=(COUNCIL,))
    body = _org(COUNCIL, "act", "record")
    bare = _org(PLANNING, "record")
    links = resolve([unit, body, bare])
    assert {(k.iri, k.into, k.method) for k in links.values()} == {
        (bare.iri, unit.iri, WITHOUT_QUALIFIER)
    }


def test_a_bare_unit_whose_document_names_no_body_or_two_stays_apart():
    unit = _org(BRANCH + OFFICE, "act", units=(OFFICE,), bodies=(BRANCH,))
    other = _org(OTHER + OFFICE, "act2", units=(OFFICE,), bodies=(OTHER,))
    alone = _org(OFFICE, "record")
    assert resolve([unit, other, _org(BRANCH, "act"), _org(OTHER, "act2"), alone]) == {}
    both = [_org(BRANCH, "act", "record"), _org(OTHER, "act2", "record")]
    assert resolve([unit, other, *both, alone]) == {}


# -- the store ----------------------------------------------------------------------------

COUNCIL_ACT = _graph(_doc("一"), {COUNCIL: (PLANNING, LIAISON)})
COUNCIL_RECORD = _graph(_doc("二"), named={COUNCIL: ()}, bare=(PLANNING, LIAISON))
MUSEUM_RULES = _graph(_doc("三"), {MUSEUM: (OUTREACH,)})
MUSEUM_RECORD = _graph(_doc("四"), named={MUSEUM: ("本院",)}, bare=(OUTREACH,))
BRANCH_RULES = _graph(_doc("五"), {BRANCH: (OFFICE,)})
BRANCH_NOTICE = _graph(_doc("六"), issuer=BRANCH, bare=(OFFICE,))
OTHER_RULES = _graph(_doc("七"), {OTHER: (OFFICE,)})
POOL = {_doc("一"): COUNCIL_ACT, _doc("二"): COUNCIL_RECORD, _doc("三"): MUSEUM_RULES,
        _doc("四"): MUSEUM_RECORD, _doc("五"): BRANCH_RULES, _doc("六"): BRANCH_NOTICE,
        _doc("七"): OTHER_RULES}  # fmt: skip


def test_units_named_bare_beside_their_body_its_issuer_or_its_benyuan_join_it():
    store = PolicyStore.in_memory()
    _ingest(store, POOL)
    council = {MINT.organisation(COUNCIL + PLANNING), MINT.organisation(COUNCIL + LIAISON)}
    assert council <= _parties(store, _doc("二"))
    assert MINT.organisation(PLANNING) not in _parties(store, _doc("二"))
    assert MINT.organisation(MUSEUM + OUTREACH) in _parties(store, _doc("四"))
    assert MINT.organisation(BRANCH + OFFICE) in _parties(store, _doc("六"))
    # the other branch's office of that name is untouched
    assert MINT.organisation(OTHER + OFFICE) in _parties(store, _doc("七"))


def test_a_document_naming_the_unit_bare_and_no_body_keeps_it_apart():
    store = PolicyStore.in_memory()
    _ingest(store, {_doc("三"): MUSEUM_RULES, _doc("四"): MUSEUM_RECORD})
    assert MINT.organisation(MUSEUM + OUTREACH) in _parties(store, _doc("四"))
    # one IRI in every graph: a document naming it bare without a body keeps it apart, and
    # the museum's record with it
    _ingest(store, {_doc("八"): _graph(_doc("八"), bare=(OUTREACH,))})
    assert _parties(store, _doc("八")) == {MINT.organisation(OUTREACH)}
    assert MINT.organisation(OUTREACH) in _parties(store, _doc("四"))


def test_a_document_naming_both_bodies_keeps_their_units_apart():
    store = PolicyStore.in_memory()
    _ingest(store, {_doc("五"): BRANCH_RULES, _doc("七"): OTHER_RULES, _doc("六"): BRANCH_NOTICE})
    assert MINT.organisation(BRANCH + OFFICE) in _parties(store, _doc("六"))
    both = _graph(_doc("九"), named={BRANCH: (), OTHER: ()}, bare=(OFFICE,))
    _ingest(store, {_doc("九"): both})
    assert MINT.organisation(OFFICE) in _parties(store, _doc("九"))
    assert MINT.organisation(OFFICE) in _parties(store, _doc("六"))


def test_re_ingesting_or_deleting_the_list_moves_the_bare_node_back():
    store = PolicyStore.in_memory()
    _ingest(store, {_doc("三"): MUSEUM_RULES, _doc("四"): MUSEUM_RECORD})
    assert MINT.organisation(MUSEUM + OUTREACH) in _parties(store, _doc("四"))
    _ingest(store, {_doc("三"): _graph(_doc("三"), {MUSEUM: ()})})  # the list gone
    assert MINT.organisation(OUTREACH) in _parties(store, _doc("四"))
    _ingest(store, {_doc("三"): MUSEUM_RULES})  # back
    assert MINT.organisation(MUSEUM + OUTREACH) in _parties(store, _doc("四"))
    assert_deleting_leaves_one_ingest(store, [_doc("三")], {_doc("四"): MUSEUM_RECORD})


@settings(max_examples=40, deadline=None)
@given(
    st.lists(st.sampled_from(sorted(POOL)), min_size=2, max_size=7, unique=True),
    st.randoms(use_true_random=False),
)
def test_any_order_of_ingest_gives_the_store_of_one_ingest(documents, rng):
    graphs = {doc: POOL[doc] for doc in documents}
    at_once = assert_any_order_is_one_ingest(graphs, rng)
    if {_doc("五"), _doc("六")} <= set(graphs):
        assert MINT.organisation(BRANCH + OFFICE) in _parties(at_once, _doc("六"))
