"""One eli:date_document per work, across the documents that date it.

A cited work's IRI comes from its title, so documents that cite one work each date it in
their own graph: one writes 2017年1月, another 2017年1月3日. eli:date_document is
functional (ELI: the date the work was adopted or signed), so the writer settles it by
one rule, whatever the order of ingest (as `labels` settles preferred labels):

- the candidates are the role dates the graphs give the node (pkg:dateSigned,
  pkg:dateAdopted, pkg:datePublished), which every graph keeps;
- the node's own document wins (the graph whose IRI is the node), then the role
  (signed > adopted > published > submitted), then code-point order; a date of a later candidate
  that falls within the winner's month or year makes it precise (2017-01 → 2017-01-03);
- each graph that gives the node the winning value states it as eli:date_document, no
  graph states another.

Dates that disagree are not settled away: the role dates stay, and the shapes warn
(pkgsh:OneDocumentDateShape), so the document is stored for review.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field

import pyoxigraph as ox

from policykg.vocab import ELI, ROLE_DATES

DATE_DOCUMENT = ELI + "date_document"
SUBMITTED = ROLE_DATES["submitted"]  # a request's day of submission: the last resort
ROLES = {predicate: rank for rank, predicate in enumerate(ROLE_DATES.values())}
DATE_PREDICATES = [DATE_DOCUMENT, *ROLES]
_DATE_DOCUMENT_N3 = f"<{DATE_DOCUMENT}>"
_ROLES_N3 = {f"<{p}>": rank for p, rank in ROLES.items()}


@dataclass(frozen=True)
class Dated:
    """`node` has `value` (an N-Triples literal) under `predicate` in `graph`."""

    graph: str
    node: str
    predicate: str
    value: str

    @property
    def lexical(self) -> str:
        return self.value[1:].partition('"')[0]

    def quad(self) -> str:
        return f"GRAPH <{self.graph}> {{ <{self.node}> <{DATE_DOCUMENT}> {self.value} }}"


@dataclass
class DatePlan:
    """eli:date_document statements of other documents' graphs to remove or add."""

    demote: list[Dated] = field(default_factory=list)
    promote: list[Dated] = field(default_factory=list)

    def __bool__(self) -> bool:
        return bool(self.demote or self.promote)

    @property
    def graphs(self) -> set[str]:
        """The graphs it changes (corrections on them are checked again)."""
        return {dated.graph for dated in (*self.demote, *self.promote)}

    def sparql_update(self) -> str:
        removed = " ".join(d.quad() for d in self.demote)
        added = " ".join(d.quad() for d in self.promote)
        return f"DELETE DATA {{ {removed} }} ;\nINSERT DATA {{ {added} }}"

    def apply_to(self, data: ox.Store) -> None:
        """The same changes on a default-graph copy of what the store says (the gate's
        context). A value another graph still states stays."""
        kept = {(d.node, d.value) for d in self.promote}
        for dated in self.demote:
            if (dated.node, dated.value) not in kept:
                data.remove(_triple(dated))
        for dated in self.promote:
            data.add(_triple(dated))


def _triple(dated: Dated) -> ox.Quad:
    (triple,) = ox.parse(
        f"<{dated.node}> <{DATE_DOCUMENT}> {dated.value} .", format=ox.RdfFormat.N_TRIPLES
    )
    return ox.Quad(triple.subject, triple.predicate, triple.object)


def settle_dates(
    store, graphs: dict[str, list[str]], replaced: Iterable[str], base_iri: str
) -> DatePlan:
    """Settle eli:date_document of the works a document's new `graphs` date (rewriting
    their statements in place) and of those its previous version (`replaced`) dated;
    returns what must change in other graphs. `store` needs `date_quads` and `dated_in`."""
    shared = re.compile(rf"^{re.escape(base_iri)}work/[0-9a-f]{{16}}$")
    replaced = list(replaced)
    new = [d for d in _dates_in(graphs) if shared.match(d.node)]
    nodes = {d.node for d in new}
    if replaced:
        nodes |= {n for n in store.dated_in(replaced) if shared.match(n)}
    if not nodes:
        return DatePlan()
    excluded = set(graphs) | set(replaced)
    stored = [
        Dated(q.graph_name.value, q.subject.value, q.predicate.value, str(q.object))
        for q in store.date_quads(sorted(nodes), exclude_graphs=excluded)
        if isinstance(q.object, ox.Literal)
    ]
    by_node: dict[str, list[Dated]] = defaultdict(list)
    for dated in (*new, *stored):
        if dated.node in nodes:
            by_node[dated.node].append(dated)
    plan = DatePlan()
    for node, dates in sorted(by_node.items()):
        candidates = [d for d in dates if d.predicate in ROLES]
        winner = _winner(node, candidates)
        holders = {d.graph for d in candidates if winner is not None and d.value == winner}
        for dated in dates:
            if dated.predicate == DATE_DOCUMENT and dated.value != winner:
                if dated.graph in graphs:
                    dropped = _statement(dated)
                    graphs[dated.graph][:] = [s for s in graphs[dated.graph] if s != dropped]
                else:
                    plan.demote.append(dated)
        stating = {d.graph for d in dates if d.predicate == DATE_DOCUMENT and d.value == winner}
        for graph in sorted(holders - stating):
            dated = Dated(graph, node, DATE_DOCUMENT, winner)  # type: ignore[arg-type]
            if graph in graphs:
                graphs[graph].append(_statement(dated))
            else:
                plan.promote.append(dated)
    return plan


def _winner(node: str, candidates: list[Dated]) -> str | None:
    ranked = sorted(
        candidates, key=lambda d: (d.graph != node, ROLES[d.predicate], d.lexical, d.graph)
    )
    if not ranked:
        return None
    best = ranked[0]
    for other in ranked[1:]:
        if other.predicate == SUBMITTED and best.predicate != SUBMITTED:
            continue  # a request is sent up before it is adopted: no day of the adoption
        if len(other.lexical) > len(best.lexical) and other.lexical.startswith(best.lexical):
            best = other
    return best.value


def _statement(dated: Dated) -> str:
    return f"<{dated.node}> <{dated.predicate}> {dated.value}"


def _dates_in(graphs: dict[str, list[str]]) -> list[Dated]:
    found = []
    for graph, statements in graphs.items():
        for statement in statements:
            subject, predicate, value = statement.split(" ", 2)
            if predicate == _DATE_DOCUMENT_N3 or predicate in _ROLES_N3:
                found.append(Dated(graph, subject[1:-1], predicate[1:-1], value))
    return found
