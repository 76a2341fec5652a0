"""One skos:prefLabel per script for a node that several documents name.

A work's IRI comes from its title without spaces or punctuation (policykg/iris.py), so
documents that write one title differently (偷税、抗税 / 偷税抗税, 台 / 臺) name one node,
each in its own graph with its own label; SKOS and the shapes allow one skos:prefLabel
per language. The writer settles them by one rule, so the result does not depend on the
order the documents are ingested in:

- the candidates are every skos:prefLabel the documents give the node, and every
  skos:altLabel of it that mints the node's IRI (the same name written otherwise, such
  as a label this rule once moved);
- per language, the node's own document's title wins (a label in the graph whose IRI is
  the node), then a label the node's IRI is minted from, then a work's title in the standard
  marks (tidy.standard_title: a title as written with <> stays an altLabel), then code-point
  order;
- a graph that holds the winner holds it as skos:prefLabel, every other candidate is a
  skos:altLabel in its graph.

Writing a document settles the nodes it labels and those its previous version labelled:
the other documents' graphs change in these label statements only (`LabelPlan`).
"""

from __future__ import annotations

import json
import re
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import lru_cache

import pyoxigraph as ox
from policykg.ingest.extract.tidy import standard_title

from policykg.iris import title_key
from policykg.vocab import SKOS

PREF, ALT = SKOS + "prefLabel", SKOS + "altLabel"
_PREF_N3, _ALT_N3 = f"<{PREF}>", f"<{ALT}>"
# the nodes several documents can name; a document's own parts (provisions, events…)
# live under its IRI and only it labels them
SHARED_KINDS = ("work", "org", "platform", "fund", "person")


@dataclass(frozen=True)
class Label:
    """One label statement: `node` has `value`@`language` in `graph`."""

    graph: str
    node: str
    value: str
    language: str  # lowercase: Oxigraph lowercases tags
    preferred: bool  # skos:prefLabel, else skos:altLabel
    statement: str = field(default="", compare=False)  # the N-Triples line, if not stored yet

    def term(self) -> ox.Literal:
        return ox.Literal(self.value, language=self.language)


@dataclass
class LabelPlan:
    """Label statements of other documents' graphs to move: `demote` from skos:prefLabel
    to skos:altLabel, `promote` the other way."""

    demote: list[Label] = field(default_factory=list)
    promote: list[Label] = field(default_factory=list)

    def __bool__(self) -> bool:
        return bool(self.demote or self.promote)

    @property
    def graphs(self) -> set[str]:
        """The graphs it changes (corrections on them are checked again)."""
        return {label.graph for label in (*self.demote, *self.promote)}

    def sparql_update(self) -> str:
        """The moves as one SPARQL update (either store)."""

        def data(labels: list[Label], predicate: str) -> str:
            return " ".join(
                f"GRAPH <{x.graph}> {{ <{x.node}> <{predicate}> {x.term()} }}" for x in labels
            )

        removed = data(self.demote, PREF) + " " + data(self.promote, ALT)
        added = data(self.demote, ALT) + " " + data(self.promote, PREF)
        return f"DELETE DATA {{ {removed} }} ;\nINSERT DATA {{ {added} }}"

    def apply_to(self, data: ox.Store) -> None:
        """The same moves on a default-graph copy of what the store says (the gate's
        context), so the document is validated against the labels as they will be."""
        pref, alt = ox.NamedNode(PREF), ox.NamedNode(ALT)
        for label in self.demote:
            node = ox.NamedNode(label.node)
            data.remove(ox.Quad(node, pref, label.term()))
            data.add(ox.Quad(node, alt, label.term()))
        for label in self.promote:
            data.add(ox.Quad(ox.NamedNode(label.node), pref, label.term()))


def settle_labels(
    store, graphs: dict[str, list[str]], replaced: Iterable[str], base_iri: str
) -> LabelPlan:
    """Settle the labels of the nodes a document's new `graphs` label (rewriting their
    statements in place) and of those its previous version (`replaced`) labelled; returns
    what must change in other graphs. `store` needs `label_quads` and `labelled_in`."""
    # a work's version (graph/editions.py) is labelled by its own file's graphs as the
    # work is by its file's: settled the same way, by the key of the work's title
    shared = re.compile(
        rf"^{re.escape(base_iri)}(?:{'|'.join(SHARED_KINDS)})/([0-9a-f]{{16}})"
        r"(?:/version/[0-9A-Za-z-]+)?$"
    )
    replaced = list(replaced)
    new = [label for label in _labels_in(graphs) if shared.match(label.node)]
    nodes = {label.node for label in new}
    nodes |= {n for n in store.labelled_in(replaced) if shared.match(n)} if replaced else set()
    if not nodes:
        return LabelPlan()
    excluded = set(graphs) | set(replaced)
    stored = [
        Label(q.graph_name.value, q.subject.value, q.object.value,
              (q.object.language or "").lower(), q.predicate.value == PREF)
        for q in store.label_quads(sorted(nodes), exclude_graphs=excluded)
        if isinstance(q.object, ox.Literal) and q.object.language
    ]  # fmt: skip
    candidates: dict[tuple[str, str], list[Label]] = defaultdict(list)
    minting: set[Label] = set()
    for label in (*new, *stored):
        key = shared.match(label.node).group(1)  # type: ignore[union-attr]
        if _mints(label.value, key):
            minting.add(label)
        if label.preferred or label in minting:
            candidates[label.node, label.language].append(label)
    plan = LabelPlan()
    moves: dict[str, list[tuple[Label, bool]]] = defaultdict(list)  # own graph → (label, to pref)
    works_of = re.compile(rf"^{re.escape(base_iri)}work/")
    for labels in candidates.values():
        works = works_of.match(labels[0].node) is not None
        winner = min(labels, key=lambda label: _rank(label, label in minting, works)).value
        preferred_in = {
            label.graph for label in labels if label.preferred and label.value == winner
        }
        for label in labels:
            if label.preferred == (label.value == winner):
                continue
            if not label.preferred and label.graph in preferred_in:
                continue  # an alias that its graph also prefers: left as it was
            if label.graph in graphs:
                moves[label.graph].append((label, not label.preferred))
            elif label.preferred:
                plan.demote.append(label)
            else:
                plan.promote.append(label)
    for graph, changes in moves.items():
        _rewrite(graphs[graph], changes)
    plan.demote = sorted(set(plan.demote), key=_order)
    plan.promote = sorted(set(plan.promote), key=_order)
    return plan


def _rank(label: Label, mints: bool, work: bool) -> tuple[bool, bool, bool, str]:
    """The node's own document's title first, then a name its IRI comes from, then a work's
    title in the standard marks (the form as written, 关于修改<甲条例>的决定, stays an
    altLabel), then code-point order."""
    written = work and standard_title(label.value) != label.value
    return (label.graph != label.node, not mints, written, label.value)


def _order(label: Label) -> tuple[str, str, str, str]:
    return (label.graph, label.node, label.language, label.value)


@lru_cache(maxsize=65536)  # an entity many documents name has the same labels in each
def _mints(value: str, key: str) -> bool:
    try:
        return title_key(value) == key
    except ValueError:  # no letters at all
        return False


def _labels_in(graphs: dict[str, list[str]]) -> list[Label]:
    labels = []
    for graph, statements in graphs.items():
        for statement in statements:
            subject, predicate, obj = statement.split(" ", 2)
            if predicate not in (_PREF_N3, _ALT_N3) or not obj.startswith('"'):
                continue
            quoted, at, language = obj.rpartition("@")
            if not at or not quoted.endswith('"'):
                continue  # no language tag: not a label of a script
            labels.append(
                Label(graph, subject[1:-1], json.loads(quoted), language.lower(),
                      predicate == _PREF_N3, statement)
            )  # fmt: skip
    return labels


def _rewrite(statements: list[str], changes: list[tuple[Label, bool]]) -> None:
    """Move labels of one of the document's own graphs between skos:prefLabel and
    skos:altLabel, each statement once."""
    replacement = {}
    for label, to_pref in changes:
        old, new = (_ALT_N3, _PREF_N3) if to_pref else (_PREF_N3, _ALT_N3)
        replacement[label.statement] = label.statement.replace(f" {old} ", f" {new} ", 1)
    present = set(statements)
    out, moved = [], set()
    for statement in statements:
        if statement in replacement:
            statement = replacement[statement]
            if statement in present or statement in moved:
                continue  # the graph already says it
            moved.add(statement)
        out.append(statement)
    statements[:] = out
