"""Issue 19's test: in the embedded corpus no real-world thing has two IRIs.

The pairs are the issue's own, checked here and nowhere in the code (the rules of
graph/identity.py are general, tested on invented names in test_identity.py). Each
group of names must be carried, as skos:prefLabel or skos:altLabel, by one typed node.
創科局 / 創新及科技局, the issue's fifth pair, is not in data/ (only 前創新及科技局 is):
test_identity.py checks it on two small graphs.
"""

from __future__ import annotations

import pytest

from .conftest import seed

SKOS = "http://www.w3.org/2004/02/skos/core#"
PAIRS = {
    "seed 001 under its short name": (
        "一區兩園合作安排",
        "關於推進河套深港科技創新合作區「一區兩園」建設的合作安排",
    ),
    "the outline under its full title": (
        "十四五規劃綱要",
        "中華人民共和國國民經濟和社會發展第十四個五年規劃和2035年遠景目標綱要",
    ),
    "the Bay Area plan": ("粵港澳大灣區規劃綱要", "粵港澳大灣區發展規劃綱要"),
    "the Loop park's nodes": (
        "港深創新及科技園",
        "港深創科園",
        "落馬洲河套區港深創新及科技園",
        "落馬洲河套區港深創科園",
    ),
}


def nodes_named(store, name: str) -> set[str]:
    query = (
        f'SELECT DISTINCT ?n WHERE {{ VALUES ?l {{ "{name}"@zh-hant }} '
        f"?n <{SKOS}prefLabel>|<{SKOS}altLabel> ?l ; a ?class }}"
    )
    return {row["n"].value for row in store.query(query)}


@pytest.mark.parametrize("names", PAIRS.values(), ids=PAIRS.keys())
def test_one_iri_per_thing(corpus_store, names):
    found = {name: nodes_named(corpus_store, name) for name in names}
    assert all(found.values()), found  # each name is in the corpus
    assert len(set().union(*found.values())) == 1, found


def test_seed_001_is_the_node_its_short_name_names(corpus_store):
    query = f"SELECT ?g WHERE {{ GRAPH ?g {{ ?g <https://w3id.org/policykg/ontology#sourceFile> \"{seed('001').name}\" }} }}"  # fmt: skip
    (row,) = list(corpus_store.query(query))
    assert nodes_named(corpus_store, "一區兩園合作安排") == {row["g"].value}
