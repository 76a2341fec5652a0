"""Split: one entity becomes two. The mentions a reviewer chooses, by document (all the
entity's statements in that document's graph) or by span (the annotations inside it and
the facts they back), go to a new IRI; the rest stay. The inverse of merge, and like it
materialised: the moved statements leave the document graphs (kept, reified, in the
correction's graph) and the correction's graph states them about the new IRI."""

from __future__ import annotations

import hashlib
from collections.abc import Container

import pyoxigraph as ox

from policykg.vocab import RDF, SKOS

from .bound import PROLOGUE, bind, queries_of
from .file_graph import file_graph_shared, in_document
from .review import quads_matching, union
from .review_types import Correction, Effect
from .store_base import BaseStore

# the annotations in one graph about an entity, with their span and the fact they back
ANNOTATIONS = (
    PROLOGUE
    + """SELECT ?a ?body ?p ?v ?start ?end WHERE {
  VALUES ?g {} VALUES ?e {}
  GRAPH ?g { ?a a oa:Annotation ; oa:hasBody ?body ; pkg:factProperty ?p ; pkg:factValue ?v ;
                oa:hasTarget/oa:hasSelector ?pos . ?pos oa:start ?start ; oa:end ?end }
  FILTER(?body = ?e || ?v = ?e) }"""
)
# the same, with the provision each was read from (a document's, or one of its annexes')
ANNOTATIONS_FROM = (
    PROLOGUE
    + """SELECT ?a ?body ?p ?v ?from WHERE {
  VALUES ?g {} VALUES ?e {}
  GRAPH ?g { ?a a oa:Annotation ; oa:hasBody ?body ; pkg:factProperty ?p ; pkg:factValue ?v .
             OPTIONAL { ?a prov:wasDerivedFrom ?from } }
  FILTER(?body = ?e || ?v = ?e) }"""
)
# what the new entity keeps of the old one's description when only some spans move
DESCRIPTION = (RDF + "type", SKOS + "prefLabel", SKOS + "altLabel")


def split_iri(correction: Correction) -> ox.NamedNode:
    """The new entity's IRI: in the old one's folder (org/, platform/, …), keyed by the
    entity and the chosen documents and spans, so a re-import mints the same one."""
    entity = correction.entity.value
    chosen = sorted(f"{a.document} {a.start} {a.end}" for a in correction.selection)
    digest = hashlib.sha1("\x1f".join(["split", entity, *chosen]).encode("utf-8")).hexdigest()
    return ox.NamedNode(f"{entity.rsplit('/', 1)[0]}/{digest[:16]}")


def split_effect(
    store: BaseStore, correction: Correction, kept: list[ox.Quad], corrected: Container[str] = ()
) -> Effect:
    """The chosen statements about the entity, moved to the new IRI; stale when the
    chosen documents or spans do not mention it (a span holding part of a mention says
    so), or nothing of it would be left."""
    old, new = correction.entity, correction.into or split_iri(correction)
    everything = {
        *quads_matching(store, old, None, None, corrected),
        *quads_matching(store, None, None, old, corrected),
    }
    moved: set[ox.Quad] = set()
    copied: set[ox.Quad] = set()
    cut: list[tuple[int, int]] = []  # mentions a span overlaps without holding them whole
    for anchor in correction.selection:
        stored_in, shared = file_graph_shared(store, anchor.document)  # one query an anchor
        graph = ox.NamedNode(stored_in)
        about = [q for q in everything if q.graph_name == graph]
        whole = anchor.quote is None
        if whole and not shared:
            moved.update(about)  # a document alone in its graph: all it says about the entity
            continue
        if whole:  # a document beside its annexes (or an annex): what its provisions say
            found = _annotated_in(store, graph, old, anchor.document)
        else:
            found = _annotated(store, graph, old, anchor.start, anchor.end)
            cut += [span for _, a, span in found
                    if a is None and span[0] < anchor.end and anchor.start < span[1]]  # fmt: skip
        chosen = [(fact, a) for fact, a, _ in found]
        annotations = {a for _, a in chosen if a is not None}
        # a fact also backed by an annotation outside the spans stays with the old entity
        facts = {f for f, a in chosen if a is not None} - {f for f, a in chosen if a is None}
        here = {q for q in about if q.subject in annotations or q.triple in facts}
        if whole:  # and what links the entity to the document or its provisions unannotated
            here |= {q for q in about if _of_document(q, anchor.document)}
        description = {
            q for q in about if q.subject == old and q.predicate.value in DESCRIPTION
        }  # fmt: skip
        moved |= here
        if any(q.subject == old for q in set(about) - here - description):
            copied |= description  # the new entity is described as the old one is there
        else:  # nothing of the old one is left in this document: its description goes
            moved |= description if here else set()
    if not moved and cut:  # not a change of the text: the span is wrong
        start, end = min(cut)
        return Effect((), (), f"the span holds part of a mention of the entity, not all of "
                              f"it: select the whole mention ({start}–{end})")  # fmt: skip
    if not moved:
        return Effect((), (), "the chosen documents or spans do not mention the entity")
    if quads_matching(store, new, None, None, corrected) or quads_matching(
        store, None, None, new, corrected
    ):
        return Effect((), (), "the new entity's IRI is already in use")
    left = [
        q for q in everything - moved
        if not (q.subject == old and q.predicate.value in DESCRIPTION)
    ]  # fmt: skip
    if not left:
        return Effect((), (), "every mention of the entity was chosen: nothing would be left")
    removes = union(moved, kept)
    adds = {_renamed(q.triple, old, new) for q in (*removes, *copied)}
    return Effect(removes, tuple(sorted(adds, key=str)))


def _annotated(
    store: BaseStore, graph: ox.NamedNode, entity: ox.NamedNode, start: int, end: int
) -> list[tuple[ox.Triple, ox.NamedNode | None, tuple[int, int]]]:
    """Each annotation of the entity in the graph: (the fact it backs, the annotation if
    its span lies inside [start, end), else None; its span)."""
    rows = queries_of(store).select(bind(ANNOTATIONS, g=graph, e=entity))
    out = []
    for row in rows:
        fact = ox.Triple(row["body"], row["p"], row["v"])
        span = (int(row["start"].value), int(row["end"].value))
        inside = start <= span[0] and span[1] <= end
        out.append((fact, row["a"] if inside else None, span))
    return out


def _annotated_in(
    store: BaseStore, graph: ox.NamedNode, entity: ox.NamedNode, document: str
) -> list[tuple[ox.Triple, ox.NamedNode | None, tuple[int, int]]]:
    """Each annotation of the entity in the graph: (the fact it backs, the annotation if
    it was read from one of the document's own provisions, else None; no span)."""
    rows = queries_of(store).select(bind(ANNOTATIONS_FROM, g=graph, e=entity))
    out = []
    for row in rows:
        fact = ox.Triple(row["body"], row["p"], row["v"])
        source = row["from"]
        inside = source is not None and in_document(document, source.value)
        out.append((fact, row["a"] if inside else None, (0, 0)))
    return out


def _of_document(quad: ox.Quad, document: str) -> bool:
    """A statement of the document itself: about it, pointing at it, or naming one of its
    own provisions (pkg:mentionedIn)."""
    subject, obj = quad.subject.value, quad.object
    if subject == document or (isinstance(obj, ox.NamedNode) and obj.value == document):
        return True
    return isinstance(obj, ox.NamedNode) and in_document(document, obj.value)


def _renamed(triple: ox.Triple, old: ox.NamedNode, new: ox.NamedNode) -> ox.Triple:
    subject = new if triple.subject == old else triple.subject
    obj = new if triple.object == old else triple.object
    return ox.Triple(subject, triple.predicate, obj)
