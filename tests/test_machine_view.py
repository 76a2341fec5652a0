"""The machine's own output on /sparql, by the query pattern docs/review.md documents:
what the documents say, less what corrections added, plus what they withdrew."""

from __future__ import annotations

import pyoxigraph as ox
from hypothesis import given
from hypothesis import strategies as st
from policykg.api.corrections import MACHINE_VIEW
from policykg.graph.bound import StoreQueries, bind
from policykg.graph.store import PolicyStore
from policykg.graph.store_base import is_correction_graph, is_correction_graph_sparql

from .test_review_api import AUTH, DOC, MOST, PARTY, REJECT

SHENZHEN = "https://w3id.org/policykg/id/org/0803528e29b47a94"

# the pattern of docs/review.md, "The machine's view on /sparql", for one statement
MACHINE = """PREFIX pkg: <https://w3id.org/policykg/ontology#>
PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
SELECT ?o WHERE {
  { GRAPH ?g { <%(s)s> <%(p)s> ?o }
    FILTER(!REGEX(STR(?g), "/correction/[0-9a-f]{16}$")) }
  UNION
  { GRAPH ?c { ?c pkg:removes ?r ; pkg:reviewStatus "applied" .
               ?r rdf:subject <%(s)s> ; rdf:predicate <%(p)s> ; rdf:object ?o ; pkg:inGraph ?d }
    FILTER(!REGEX(STR(?d), "/correction/[0-9a-f]{16}$")) }
}"""


def values(client, query: str) -> set[str]:
    rows = client.get("/sparql", params={"query": query}).json()["results"]["bindings"]
    return {row["o"]["value"] for row in rows}


def test_the_documented_pattern_gives_the_machine_view_beside_the_reviewed_one(review_client):
    machine = MACHINE % {"s": DOC, "p": PARTY}
    reviewed = f"SELECT ?o WHERE {{ <{DOC}> <{PARTY}> ?o }}"
    before = values(review_client, machine)
    assert MOST in before and before == values(review_client, reviewed)
    assert review_client.post("/api/corrections", json=REJECT, headers=AUTH).status_code == 201
    text = review_client.get("/sparql", params={"query": "PREFIX pkg: <https://w3id.org/policykg/ontology#> "
                             f"SELECT ?t WHERE {{ <{DOC}> pkg:sourceText ?t }}"}).json()  # fmt: skip
    source = text["results"]["bindings"][0]["t"]["value"]
    start = source.index("科學技術部")
    add = {"kind": "add", "document": DOC, "reviewer": "Chan", "reason": "named in the preamble",
           "subject": DOC, "predicate": PARTY, "object": {"iri": SHENZHEN},
           "start": start, "end": start + 5, "quote": "科學技術部"}  # fmt: skip
    assert review_client.post("/api/corrections", json=add, headers=AUTH).status_code == 201
    assert MOST not in values(review_client, reviewed)  # the reviewed view, by default
    assert SHENZHEN in values(review_client, reviewed)
    assert values(review_client, machine) == before  # the machine's, as it was


@given(st.lists(st.sampled_from(["/correction/", "0123456789abcdef", "a", "G", "/", "x/"]),
                max_size=5))  # fmt: skip
def test_the_queries_and_python_tell_a_correction_graph_alike(parts):
    iri = "https://example.org/" + "".join(parts)
    query = f"ASK {{ BIND(<{iri}> AS ?g) FILTER({is_correction_graph_sparql('g')}) }}"
    assert bool(ox.Store().query(query)) == is_correction_graph(iri)


def test_the_history_link_reads_a_document_graph_whose_iri_holds_correction():
    # a base IRI may hold "/correction/" itself: only {base}correction/{16 hex} is one
    store, node = PolicyStore.in_memory(), ox.NamedNode("https://example.org/correction/id/org/1")
    graph = "https://example.org/correction/id/work/1"
    store.update(f"INSERT DATA {{ GRAPH <{graph}> {{ {node} <{PARTY}> <{MOST}> }} }}")
    rows = StoreQueries(store).select(bind(MACHINE_VIEW, node=node))
    assert [(r["o"].value, r["g"].value) for r in rows] == [(MOST, graph)]
