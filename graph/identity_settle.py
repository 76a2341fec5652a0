"""The identity stage over the store: each real-world thing under one IRI in every graph.

After an ingest has written its documents, `settle_identity` reads the names of every
shared entity (skos:prefLabel and skos:altLabel of works, organisations, platforms and
funds, graph by graph), decides which minted IRIs name one thing (graph/identity.py), and
rewrites the graphs whose IRIs are not what that decision says: every statement about or
pointing at a joined IRI moves to the group's IRI, and the graph records what it minted
with `<minted> owl:sameAs <group IRI>` and `<minted> pkg:method "<rule>"` (the minted IRI
is then only a redirect: `/id/` sends it on, like a merge). Labels and document dates of
the rewritten graphs are then settled again (graph/labels.py, graph/document_dates.py),
so the group has one skos:prefLabel per script and every other name is a skos:altLabel.

The redirects are what make the step reversible, so the result does not depend on the
order of ingest: a graph's minted IRIs are read back from its redirects and its labels
(a label mints the IRI whose key it gives), and a link that no longer holds (the short
form's definition was re-ingested away, or a second long name made an abbreviation
ambiguous) moves the graph's statements back to the IRI it minted. A graph that itself
minted both sides of a link that later breaks has one node for both: it is split again
by what its statements quote (`_split`): each label and each mention annotation goes to
the IRI its text mints, a mention (pkg:mentionedIn) with its annotations, the type to
each part, and any other statement (a fact about the node) to the part of the node's
longest name. So the store after any order of ingest is the store after one ingest of
all the documents (tests/test_identity_corpus.py).
"""

from __future__ import annotations

import json
import re
from collections import defaultdict
from dataclasses import dataclass, field
from functools import lru_cache

import pyoxigraph as ox

from policykg.iris import title_key
from policykg.vocab import ELI, OA, ORG, PKG, RDF, ROLE_DATES, SKOS

from .document_dates import settle_dates
from .identity import Entity, Link, keyed_dates, resolve
from .labels import settle_labels
from .store_base import ONTOLOGY_IRI, is_correction_graph
from .unit_names import bare_unit_forms

OWL_SAME_AS = "http://www.w3.org/2002/07/owl#sameAs"
METHOD = PKG + "method"
PREF, ALT = SKOS + "prefLabel", SKOS + "altLabel"
KINDS = ("work", "org", "platform", "fund")  # persons are named by people: left alone
DATE_PREDICATES = (ELI + "date_document", *ROLE_DATES.values())
SUB_ORGANIZATION_OF = ORG + "subOrganizationOf"


@dataclass
class IdentityReport:
    """What one settling did."""

    links: dict[str, Link] = field(default_factory=dict)  # minted IRI → its group
    rewritten: list[str] = field(default_factory=list)  # graphs written again
    moved: list[str] = field(default_factory=list)  # others whose labels or dates moved
    split: list[tuple[str, str]] = field(default_factory=list)  # (graph, node) split again
    refused: dict[str, str] = field(default_factory=dict)  # graph → why the gate refused it

    def messages(self) -> list[str]:
        return [f"{graph} was not rewritten to one IRI per thing: {why}"
                for graph, why in sorted(self.refused.items())]  # fmt: skip


@dataclass(frozen=True)
class _Moves:
    """The label and date plans for graphs not rewritten, applied to the gate's context."""

    plans: tuple

    def __bool__(self) -> bool:
        return any(self.plans)

    def apply_to(self, data) -> None:
        for plan in self.plans:
            plan.apply_to(data)


@dataclass
class _Node:
    """A node of one graph: the IRIs the graph minted for it, its labels."""

    minted: set[str] = field(default_factory=set)
    labels: list[tuple[str, bool]] = field(default_factory=list)  # (value, preferred)
    dates: set[str] = field(default_factory=set)  # a work's document dates
    bodies: set[str] = field(default_factory=set)  # the nodes the graph makes it a unit of


def settle_identity(store, base_iri: str, *, validate: bool = True) -> IdentityReport:
    """Decide identity over the whole store and rewrite the graphs that disagree. With
    `validate`, the rewritten graphs pass the SHACL gate as a new document does; a graph
    whose rewrite would not is left as it is, with the reason in the report."""
    shared = re.compile(rf"^{re.escape(base_iri)}({'|'.join(KINDS)})/[0-9a-f]{{16}}$")
    same_as = list(_statements(store, (OWL_SAME_AS,)))  # read once: nodes and redirects
    nodes = _read_nodes(store, shared, same_as)
    entities = _entities(nodes, shared)
    report = IdentityReport(links=resolve(entities))
    target = {iri: link.into for iri, link in report.links.items()}
    renames: dict[str, dict[str, str]] = defaultdict(dict)  # graph → {node: new node}
    redirects: dict[str, dict[str, str]] = defaultdict(dict)  # graph → {minted: into}
    splits: dict[str, dict[str, dict[str, str]]] = defaultdict(dict)  # graph → node → parts
    for (graph, node), found in sorted(nodes.items()):
        parts = {minted: target.get(minted, minted) for minted in found.minted}
        new = parts[_longest_named(found)]
        if len(set(parts.values())) > 1:  # the graph joined two of its own names: split it
            report.split.append((graph, node))
            splits[graph][node] = parts
        if new != node:
            renames[graph][node] = new
        for minted, into in parts.items():
            if minted != into:
                redirects[graph][minted] = into
    stated = _stated_redirects(same_as)
    changed = sorted(
        g for g in set(renames) | set(redirects) | set(stated) | set(splits) if renames.get(g)
        or splits.get(g) or redirects.get(g, {}) != stated.get(g, {})
    )  # fmt: skip
    while changed:  # each round refuses a graph or ends
        graphs = {g: _rewritten(store, g, renames.get(g, {}), redirects.get(g, {}), report.links,
                                splits.get(g, {}))
                  for g in changed}  # fmt: skip
        labels = settle_labels(store, graphs, changed, base_iri)
        dates = settle_dates(store, graphs, changed, base_iri)
        moves = _Moves((labels, dates))
        refused = (
            _gate(store, graphs, changed, base_iri, moves, renames, splits) if validate else {}
        )
        if not refused:
            break
        report.refused.update(refused)
        changed = [g for g in changed if g not in refused]
    if not changed:
        return report
    if labels:
        store.update(labels.sparql_update())
    if dates:
        store.update(dates.sparql_update())
    store.replace_graphs(remove=changed, add=graphs)
    report.rewritten = changed
    report.moved = sorted((labels.graphs | dates.graphs) - set(changed))
    return report


def _read_nodes(
    store, shared: re.Pattern, same_as: list | None = None
) -> dict[tuple[str, str], _Node]:
    """Every shared node of every document graph, with the IRIs the graph minted for it
    (`same_as`: the store's owl:sameAs statements, when the caller has read them)."""
    nodes: dict[tuple[str, str], _Node] = defaultdict(_Node)
    for graph, node, predicate, value in _statements(store, (PREF, ALT)):
        if _skipped(graph) or not shared.match(node) or not isinstance(value, ox.Literal):
            continue
        nodes[graph, node].labels.append((value.value, predicate == PREF))
    if same_as is None:
        same_as = list(_statements(store, (OWL_SAME_AS,)))
    for graph, minted, _, node in same_as:
        if (graph, node.value) in nodes and shared.match(minted):
            nodes[graph, node.value].minted.add(minted)
    for graph, node, _, value in _statements(store, DATE_PREDICATES):
        if (graph, node) in nodes and isinstance(value, ox.Literal):
            nodes[graph, node].dates.add(value.value)
    for graph, node, _, body in _statements(store, (SUB_ORGANIZATION_OF,)):
        if (graph, node) in nodes and (graph, body.value) in nodes:
            nodes[graph, node].bodies.add(body.value)
    for (_, node), found in nodes.items():
        # a title cited with a date mints its dated IRI: once joined to the title's own
        # IRI, the node's title is that redirect's name, not a sign the graph minted it
        dated = {v for v, _ in found.labels for m in found.minted if _mints_dated(v, m, found)}
        if not found.minted or any(
            _mints(v, node) or _mints_dated(v, node, found)
            for v, _ in found.labels
            if v not in dated
        ):
            found.minted.add(node)
    return nodes


def _statements(store, predicates: tuple[str, ...]):
    """(graph, subject, predicate, object) of every named-graph statement with one of
    `predicates` (BaseStore.statements_with)."""
    for quad in store.statements_with(predicates):
        yield quad.graph_name.value, quad.subject.value, quad.predicate.value, quad.object


def _entities(nodes: dict[tuple[str, str], _Node], shared: re.Pattern) -> list[Entity]:
    """One Entity per minted IRI: the names that mint it (or that a graph prefers for it,
    for a title keyed with its date), and the other names as its short forms."""
    names: dict[str, set[str]] = defaultdict(set)
    aliases: dict[str, set[str]] = defaultdict(set)
    own: set[str] = set()
    dates: dict[str, set[str]] = defaultdict(set)
    unit_forms: dict[str, set[str]] = defaultdict(set)
    graphs: dict[str, set[str]] = defaultdict(set)
    bodies: dict[str, set[str]] = defaultdict(set)
    for (graph, node), found in nodes.items():
        home = node if node in found.minted else min(found.minted)
        dates[home] |= found.dates
        for minted in found.minted:
            graphs[minted].add(graph)
            for body in found.bodies:  # the body's node and the IRIs its graph minted for it
                bodies[minted] |= {body, *nodes[graph, body].minted}
        if found.bodies:  # a unit minted within its body: its written name is the body's
            labels = [value for value, _ in found.labels]
            body_names = [v for body in found.bodies for v, _ in nodes[graph, body].labels]
            forms = bare_unit_forms(labels, labels, body_names)
            for minted in found.minted:
                unit_forms[minted] |= forms
        for value, preferred in found.labels:
            minted = _minted_by(value, found)
            if minted is not None:
                names[minted].add(value)
            elif preferred:
                names[home].add(value)
            else:
                aliases[home].add(value)
        own.update(m for m in found.minted if m == graph)
    return [
        Entity(iri, shared.match(iri).group(1), frozenset(names[iri]),  # type: ignore[union-attr]
               frozenset(aliases[iri]), iri in own, frozenset(dates[iri]),
               frozenset(unit_forms.get(iri, ())), frozenset(graphs.get(iri, ())),
               frozenset(bodies.get(iri, ())))
        for iri in sorted(set(names) | set(aliases))
    ]  # fmt: skip


def _stated_redirects(same_as: list) -> dict[str, dict[str, str]]:
    stated: dict[str, dict[str, str]] = defaultdict(dict)
    for graph, minted, _, node in same_as:
        if not _skipped(graph):
            stated[graph][minted] = node.value
    return stated


def _statements_of(store, graph: str) -> list[str]:
    """The graph's statements as stored, as N-Triples lines."""
    return [f"{q.subject} <{q.predicate.value}> {q.object}" for q in store.graph_quads(graph)]


def _longest_named(found: _Node) -> str:
    """The minted IRI of the node's longest name (then code-point order): the part a
    split node's other statements stay with, and the node's IRI otherwise."""

    def length(minted: str) -> int:
        return max((len(v) for v, _ in found.labels if _minted_by(v, found) == minted), default=0)

    return min(found.minted, key=lambda minted: (-length(minted), minted))


def _split(quads: list, splits: dict[str, dict[str, str]], new: dict[str, str]) -> dict:
    """{(subject, predicate, object): [nodes]} for the statements of each split node:
    a label to the IRI its text mints; a statement an annotation stands for (a mention,
    a fact whose value is the node) and the annotation's own link to the node, to the IRI
    the annotation's quote mints; the type to each part. What is in no list stays with
    the node's longest name (`new`)."""
    quoted = {q.subject.value.rpartition("#")[0]: q.object.value for q in quads
              if q.predicate.value == OA + "exact" and q.subject.value.endswith("#quote")}  # fmt: skip
    notes: dict[str, dict[str, str]] = defaultdict(dict)  # annotation → hasBody, factProperty…
    for q in quads:
        if q.predicate.value in (OA + "hasBody", PKG + "factProperty", PKG + "factValue"):
            notes[q.subject.value][q.predicate.value] = q.object.value

    def part(node: str, text: str) -> str:
        return next((into for minted, into in sorted(splits[node].items())
                     if _mints(text, minted)), new[node])  # fmt: skip

    stands_for: dict[tuple[str, str, str], set[str]] = defaultdict(set)  # statement → parts
    moved: dict[tuple[str, str, str], list[str]] = {}
    for note, fields in notes.items():
        body, value = fields.get(OA + "hasBody", ""), fields.get(PKG + "factValue", "")
        prop = fields.get(PKG + "factProperty", "")
        if body in splits:  # a mention of the node (or a fact about it) quoting its name
            into = part(body, quoted.get(note, ""))
            stands_for[body, prop, value].add(into)
            moved[f"<{note}>", OA + "hasBody", f"<{body}>"] = [into]
        if value in splits:  # a fact whose value is the node
            into = part(value, quoted.get(note, ""))
            stands_for[body, prop, value].add(into)
            moved[f"<{note}>", PKG + "factValue", f"<{value}>"] = [into]
    for q in quads:
        subject, predicate, obj = q.subject.value, q.predicate.value, q.object
        key = (str(q.subject), predicate, str(obj))
        if key in moved:
            continue
        if subject in splits and predicate in (PREF, ALT):
            moved[key] = [part(subject, obj.value)]
        elif subject in splits and predicate == RDF + "type":
            moved[key] = sorted(set(splits[subject].values()))
        elif (subject, predicate, obj.value) in stands_for:
            moved[key] = sorted(stands_for[subject, predicate, obj.value])
    return moved


def _rewritten(
    store,
    graph: str,
    renames: dict[str, str],
    redirects: dict[str, str],
    links: dict,
    splits: dict[str, dict[str, str]] | None = None,
) -> list[str]:
    """The graph's statements with its nodes renamed (a split node's statements spread
    over its parts: `_split`) and its redirects as wanted."""
    rename = {f"<{old}>": f"<{new}>" for old, new in renames.items()}
    quads = store.graph_quads(graph)
    splits = splits or {}
    moved = _split(quads, splits, {n: renames.get(n, n) for n in splits}) if splits else {}
    redirected = {q.subject.value for q in quads if q.predicate.value == OWL_SAME_AS}
    redirected |= set(redirects)
    out: dict[str, None] = {}  # each statement once, in order
    for quad in quads:
        subject, predicate, obj = str(quad.subject), quad.predicate.value, str(quad.object)
        if predicate == OWL_SAME_AS or (predicate == METHOD and quad.subject.value in redirected):
            continue  # the redirects and their rules are written again below
        parts = moved.get((subject, predicate, obj))
        if parts is not None:
            for node in parts:  # the split node is the subject, or the statement's value
                if quad.subject.value in splits:
                    out[f"<{node}> <{predicate}> {rename.get(obj, obj)}"] = None
                else:
                    out[f"{rename.get(subject, subject)} <{predicate}> <{node}>"] = None
            continue
        out[f"{rename.get(subject, subject)} <{predicate}> {rename.get(obj, obj)}"] = None
    for minted, into in sorted(redirects.items()):
        out[f"<{minted}> <{OWL_SAME_AS}> <{into}>"] = None
        method = links[minted].method if minted in links else "kept-joined"
        out[f"<{minted}> <{METHOD}> {json.dumps(method, ensure_ascii=False)}"] = None
    return list(out)


def _gate(store, graphs: dict[str, list[str]], changed: list[str], base_iri: str,
          moves: _Moves, renames: dict[str, dict[str, str]],
          splits: dict[str, dict[str, dict[str, str]]]) -> dict[str, str]:  # fmt: skip
    """The rewritten graphs validated together with what they touch (graph/validate.py,
    the ingest gate): each graph a violation is about that the graphs as stored did not
    have (a store ingested without the gate keeps what it had), with the reason."""
    from .validate import ValidationReport, readable, validate_document

    report, data = validate_document(store, _Built(graphs), changed, base_iri, moves)
    if not report.violations:
        return {}
    # a node is renamed graph by graph (kept in one, joined elsewhere): a violation it
    # had is excused under every name any graph gives it, not under one graph's rename
    names: dict[str, set[str]] = defaultdict(set)
    for moved in renames.values():
        for old, new in moved.items():
            names[old].add(new)
    for split in splits.values():
        for node, p in split.items():
            names[node] |= set(p.values())
    # the node keeps its own name only where a rewritten graph still says something of it
    # (a redirect is no statement of the node): a node renamed everywhere has no excuse left
    kept = {statement.partition(" ")[0][1:-1] for statements in graphs.values()
            for statement in statements if f"<{OWL_SAME_AS}>" not in statement}  # fmt: skip
    stored = {g: _statements_of(store, g) for g in changed}
    before, _ = validate_document(store, _Built(stored), changed, base_iri)
    had = {(new, f.shape, f.path, f.component) for f in before.violations
           for new in {f.focus} & kept | names.get(f.focus, set())}  # fmt: skip
    report.findings[:] = [
        f for f in report.violations if (f.focus, f.shape, f.path, f.component) not in had
    ]
    if not report.findings:
        return {}
    subjects: dict[str, set[str]] = defaultdict(set)
    for graph, statements in graphs.items():
        for statement in statements:
            subjects[statement.partition(" ")[0][1:-1]].add(graph)
    refused: dict[str, list] = defaultdict(list)
    for finding in report.findings:
        for graph in subjects.get(finding.focus, ()):
            refused[graph].append(finding)
    return {
        graph: readable(ValidationReport(False, findings), data, "Hant")
        for graph, findings in sorted(refused.items())
    }


@dataclass
class _Built:
    graphs: dict[str, list[str]]


def _skipped(graph: str) -> bool:
    return graph == ONTOLOGY_IRI or is_correction_graph(graph)


def _minted_by(value: str, found: _Node) -> str | None:
    """Which of the node's minted IRIs the label gives: a title keyed with the node's date
    (a dated citation) first, then the label alone."""
    minted = sorted(found.minted)
    return next((m for m in minted if _mints_dated(value, m, found)), None) or next(
        (m for m in minted if _mints(value, m)), None
    )


def _mints_dated(value: str, iri: str, found: _Node) -> bool:
    """Does the label with one of the node's dates give the key of the IRI (a title cited
    with its date, policykg/iris.py `cited_work`)?"""
    return iri.rpartition("/")[0].endswith("/work") and any(
        _mints(f"{value} {date}", iri) for date in keyed_dates(found.dates)
    )


@lru_cache(maxsize=262144)
def _mints(value: str, iri: str) -> bool:
    """Does the label give the key of the IRI (…/org/{key})?"""
    try:
        return iri.endswith("/" + title_key(value))
    except ValueError:  # no letters at all
        return False
