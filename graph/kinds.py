"""What kind of node a page lists: the lists' classes, a node's most specific class,
and how many nodes each list has. Shared by the modules the pages read the graph with
(graph/browse.py lists them)."""

from __future__ import annotations

from typing import Literal

import pyoxigraph as ox

from policykg.vocab import ELI, ONTOLOGY_IRI, ORG, PKG, SCHEMA

from .bound import PROLOGUE, Queries, bind, iris, queries_of
from .store_base import BaseStore

QuerySource = Queries | BaseStore  # what every function here takes
# Nodes of the ontology's own graph (its classes, its terms) are not listed or found.
# MINUS reads that small graph once; FILTER NOT EXISTS probed it once per row (COUNTS took
# 3.2 s on the scale corpus with it, 44 ms with MINUS). ?x and ?y are used nowhere else.
NOT_ONTOLOGY = f"MINUS {{ GRAPH <{ONTOLOGY_IRI}> {{ ?s ?x ?y }} }}"

Script = str  # "Hant" or "Hans"

ListName = Literal[
    "agreements", "documents", "organisations", "platforms", "funds", "events", "people"
]
KINDS = {  # list name -> class IRI
    "agreements": PKG + "Agreement",
    "documents": ELI + "Work",
    "organisations": ORG + "Organization",
    "platforms": PKG + "Platform",
    "funds": PKG + "Fund",
    "events": PKG + "Event",
    "people": SCHEMA + "Person",
}
WORK_CLASSES = (PKG + "Agreement", PKG + "Plan", PKG + "Paper", PKG + "Legislation", ELI + "Work")


TYPES = "SELECT DISTINCT ?s ?c WHERE { VALUES ?s {} ?s a ?c }"


def most_specific_types(source: QuerySource, nodes) -> dict[str, str]:
    order = (*WORK_CLASSES, ORG + "Organization", PKG + "Platform", PKG + "Fund", PKG + "Event",
             SCHEMA + "Person", SCHEMA + "MonetaryAmount", ELI + "LegalResourceSubdivision")  # fmt: skip
    wanted = sorted(set(nodes))
    if not wanted:
        return {}
    found: dict[str, str] = {}
    for row in queries_of(source).select(bind(TYPES, s=iris(wanted))):
        iri, cls = row["s"].value, row["c"].value
        if cls in order and (iri not in found or order.index(cls) < order.index(found[iri])):
            found[iri] = cls
    return found


COUNTS = (
    PROLOGUE
    + "SELECT ?c (COUNT(DISTINCT ?s) AS ?n) WHERE { VALUES ?c {} ?s a ?c "
    + NOT_ONTOLOGY
    + " } GROUP BY ?c"
)


def counts(source: QuerySource) -> dict[str, int]:
    """Instances per list kind (see KINDS)."""
    classes = [ox.NamedNode(cls) for cls in KINDS.values()]
    found = {
        r["c"].value: int(r["n"].value) for r in queries_of(source).select(bind(COUNTS, c=classes))
    }
    return {name: found.get(cls, 0) for name, cls in KINDS.items()}
