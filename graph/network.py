"""Agreements and their parties as a network (networkx): layout, centrality, and the
shortest chain of shared agreements between two organisations (competency question 10)."""

from __future__ import annotations

from dataclasses import dataclass

import networkx as nx

from .bound import PROLOGUE, Queries, bind, queries_of
from .store_base import BaseStore

PARTIES = PROLOGUE + "SELECT DISTINCT ?a ?o WHERE { ?a a pkg:Agreement ; pkg:party ?o }"


@dataclass(frozen=True)
class NetworkNode:
    iri: str
    kind: str  # "agreement" or "organisation"
    x: float
    y: float
    centrality: float  # degree centrality
    degree: int

    @property
    def radius(self) -> float:
        """The circle's radius in layout units: larger for more connected nodes."""
        return 0.03 + 0.08 * self.centrality


@dataclass(frozen=True)
class Network:
    nodes: list[NetworkNode]
    edges: list[tuple[str, str]]  # (agreement, party)


def party_graph(source: Queries | BaseStore) -> nx.Graph:
    """Bipartite: an agreement is linked to each of its parties."""
    graph = nx.Graph()
    for row in queries_of(source).select(bind(PARTIES)):
        agreement, party = row["a"].value, row["o"].value
        graph.add_node(agreement, kind="agreement")
        graph.add_node(party, kind="organisation")
        graph.add_edge(agreement, party)
    return graph


def network(graph: nx.Graph) -> Network:
    """Layout and centrality of a party graph (see `party_graph`)."""
    if not graph:
        return Network([], [])
    # a fixed seed and sorted input: the same store always gives the same picture
    ordered = nx.Graph()
    ordered.add_nodes_from(sorted(graph.nodes(data=True)))
    ordered.add_edges_from(sorted(tuple(sorted(e)) for e in graph.edges()))
    positions = _component_layout(ordered)
    centrality = nx.degree_centrality(ordered)
    nodes = [
        NetworkNode(
            iri,
            data["kind"],
            float(positions[iri][0]),
            float(positions[iri][1]),
            centrality[iri],
            ordered.degree(iri),
        )
        for iri, data in ordered.nodes(data=True)
    ]
    edges = [
        (a, o) if ordered.nodes[a]["kind"] == "agreement" else (o, a) for a, o in ordered.edges()
    ]
    return Network(nodes, edges)


def _component_layout(graph: nx.Graph) -> dict[str, tuple[float, float]]:
    """Each connected component laid out on its own (spring layout, fixed seed): the
    largest fills the left two thirds of the [-1, 1] square, the others are stacked
    on the right, so small groups do not crowd the main one into a corner."""
    components = sorted(
        (sorted(c) for c in nx.connected_components(graph)), key=lambda c: (-len(c), c[0])
    )
    main, rest = components[0], components[1:]
    boxes = [(-1.0, 0.35 if rest else 1.0, -1.0, 1.0)]
    height = 2.0 / max(1, len(rest))
    boxes += [
        (0.5, 1.0, -1.0 + i * height, -1.0 + (i + 1) * height - 0.1) for i in range(len(rest))
    ]
    positions: dict[str, tuple[float, float]] = {}
    for nodes, box in zip([main, *rest], boxes, strict=True):
        sub = graph.subgraph(nodes)
        spread = 2.0 / max(1, len(nodes)) ** 0.5
        layout = (
            nx.spring_layout(sub, k=spread, iterations=200, seed=7)
            if len(nodes) > 1
            else {nodes[0]: (0.0, 0.0)}
        )
        positions.update(_fit(layout, box))
    return positions


def _fit(layout: dict, box: tuple[float, float, float, float]) -> dict[str, tuple[float, float]]:
    """Stretch a layout into box = (left, right, top, bottom)."""
    left, right, top, bottom = box
    xs = [float(p[0]) for p in layout.values()]
    ys = [float(p[1]) for p in layout.values()]

    def scale(value: float, low: float, high: float, start: float, end: float) -> float:
        return (
            (start + end) / 2
            if high == low
            else start + (value - low) / (high - low) * (end - start)
        )

    return {
        node: (scale(float(p[0]), min(xs), max(xs), left, right),
               scale(float(p[1]), min(ys), max(ys), top, bottom))
        for node, p in layout.items()
    }  # fmt: skip


def most_connected(graph: nx.Graph, kind: str, limit: int = 5) -> list[tuple[str, int]]:
    ranked = sorted(
        ((n, graph.degree(n)) for n, d in graph.nodes(data=True) if d["kind"] == kind),
        key=lambda pair: (-pair[1], pair[0]),
    )
    return ranked[:limit]


def partners(graph: nx.Graph, organisation: str) -> list[tuple[str, list[str]]]:
    """Organisations sharing an agreement with this one, each with the shared agreements."""
    if organisation not in graph:
        return []
    shared: dict[str, list[str]] = {}
    for agreement in graph.neighbors(organisation):
        for other in graph.neighbors(agreement):
            if other != organisation:
                shared.setdefault(other, []).append(agreement)
    return sorted((o, sorted(a)) for o, a in shared.items())


def shortest_chain(graph: nx.Graph, source: str, target: str) -> list[str] | None:
    """organisation, agreement, organisation, …, organisation; None if unconnected."""
    if source not in graph or target not in graph:
        return None
    try:
        return nx.shortest_path(graph, source, target)
    except nx.NetworkXNoPath:
        return None
