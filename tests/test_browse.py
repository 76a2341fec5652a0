"""The library core under the web pages: labels, entities, lists, search, network."""

from __future__ import annotations

import pytest
from policykg.graph import browse, network

from policykg.vocab import ELI, ORG, PKG


def only(groups: dict[str, list[str]], cls: str) -> str:
    return groups[cls][0]


@pytest.fixture(scope="module")
def ministry(corpus_store) -> str:
    return only(browse.search(corpus_store, "科学技术部"), ORG + "Organization")


def test_search_is_script_blind_and_ranks_exact_names_first(corpus_store, ministry):
    assert only(browse.search(corpus_store, "科學技術部"), ORG + "Organization") == ministry
    assert browse.search(corpus_store, "  ") == {}


def test_labels_in_both_scripts(corpus_store, ministry):
    label = browse.labels(corpus_store, [ministry])[ministry]
    assert label.get("Hant") == "科學技術部" and label.get("Hans") == "科学技术部"
    assert label.other("Hant") == "科学技术部"


@pytest.mark.parametrize(
    ("since", "until", "day", "expected"),
    [
        ("2018-09-20", "2022-06-30", "2020-01-01", True),
        ("2018-09-20", "2022-06-30", "2023-01-01", False),
        ("2018-09-20", "2022-06-30", "2018-09-19", False),
        ("2018-09-20", None, "2030-01-01", True),
        (None, None, "2020-01-01", None),
    ],
)
def test_in_force_on(since, until, day, expected):
    entity = browse.Entity("x")
    if since:
        entity.out.append(browse.Link(ELI + "first_date_entry_in_force", since, False))
    if until:
        entity.out.append(browse.Link(ELI + "date_no_longer_in_force", until, False))
    assert entity.in_force_on(day) is expected


def test_listing_pages_do_not_overlap_and_count_all(corpus_store):
    first = browse.listing(corpus_store, "organisations", size=7)
    second = browse.listing(corpus_store, "organisations", size=7, page=2)
    assert first.total == second.total > 14
    assert not {i.iri for i in first.items} & {i.iri for i in second.items}


def test_timeline_is_in_date_order(corpus_store):
    dates = [d.date for d in browse.timeline(corpus_store)]
    assert len(dates) > 10 and dates == sorted(dates)


def test_shortest_chain_and_partners(corpus_store, ministry):
    shenzhen = only(browse.search(corpus_store, "深圳市人民政府"), ORG + "Organization")
    parties = network.party_graph(corpus_store)
    chain = network.shortest_chain(parties, ministry, shenzhen)
    assert chain is not None and len(chain) == 5 and chain[0] == ministry and chain[-1] == shenzhen
    kinds = browse.most_specific_types(corpus_store, chain[1::2])
    assert set(kinds.values()) == {PKG + "Agreement"}
    partners = dict(network.partners(parties, ministry))
    assert chain[2] in partners  # the HKSAR Government shares the 2018 Arrangement
    assert network.shortest_chain(parties, ministry, "http://example.org/none") is None


def test_network_is_deterministic(corpus_store):
    first = network.network(network.party_graph(corpus_store))
    second = network.network(network.party_graph(corpus_store))
    assert first == second and first.nodes
