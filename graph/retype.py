"""Retype: change an entity's kind (a platform that is an organisation, a fund read as a
platform). An entity's IRI names its kind (org/, platform/, fund/: the shapes check the
pattern), so the entity moves to the IRI of the same key in the new kind's folder, with
every statement about it or pointing at it in every document graph that names it (like
a merge, materialised), its class replaced; the old IRI redirects (owl:sameAs)."""

from __future__ import annotations

from collections.abc import Container

import pyoxigraph as ox

from policykg.vocab import ORG, OWL, PKG, PREFIXES, RDF

from .review import moved_statements, quads_matching
from .review_types import Correction, CorrectionError, Effect
from .store_base import BaseStore

# The kinds an entity can be given, each with the folder its IRIs live in.
FOLDER_OF_TYPE = {ORG + "Organization": "org", PKG + "Platform": "platform", PKG + "Fund": "fund"}


def named_class(value: str) -> ox.NamedNode:
    """A class given as a prefixed name (org:Organization) or an IRI. Raises
    CorrectionError."""
    prefix, _, local = value.strip().partition(":")
    if prefix in PREFIXES and local and not local.startswith("//"):
        return ox.NamedNode(PREFIXES[prefix] + local)
    try:
        return ox.NamedNode(value.strip())
    except ValueError:
        raise CorrectionError(f"the new class is not an IRI: {value[:200]!r}",
                              hint="give org:Organization, pkg:Platform or pkg:Fund") from None  # fmt: skip


def retyped_iri(entity: ox.NamedNode, new_type: ox.NamedNode) -> ox.NamedNode:
    """The entity's IRI in the new kind's folder, with the same key: a re-import or a
    reapply mints the same one."""
    folder_base, key = entity.value.rsplit("/", 1)
    return ox.NamedNode(f"{folder_base.rsplit('/', 1)[0]}/{FOLDER_OF_TYPE[new_type.value]}/{key}")


def retype_effect(
    store: BaseStore, correction: Correction, kept: list[ox.Quad], corrected: Container[str] = ()
) -> Effect:
    """Every statement about or pointing at the entity, moved to its new IRI, its kind
    replaced; stale when no document names it any more or it has that kind already. The
    statements the corrections `corrected` assert count as the documents' (an entity a
    merge or an earlier retype moved)."""
    old, new_type = correction.entity, correction.new_type
    new = retyped_iri(old, new_type)
    if new == old:
        return Effect((), (), "the entity's IRI is of that kind already")
    same_as = ox.NamedNode(OWL + "sameAs")
    if any(q.object == old for q in quads_matching(store, new, same_as, None, corrected)):
        return Effect((), (), f"the entity was {new.value} before a retype: withdraw that retype")
    if quads_matching(store, new, None, None, corrected) or quads_matching(
        store, None, None, new, corrected
    ):
        return Effect((), (), f"an entity {new.value} of that kind exists already: merge into it")
    removes, moved = moved_statements(store, old, new, kept, corrected)
    if not removes:
        return Effect((), (), "the entity is in no document")
    rdf_type = ox.NamedNode(RDF + "type")
    adds = {ox.Triple(old, ox.NamedNode(OWL + "sameAs"), new)}
    for t in moved:  # its kind replaced; every other statement as it was, moved
        kind = t.subject == new and t.predicate == rdf_type and t.object.value in FOLDER_OF_TYPE
        adds.add(ox.Triple(new, rdf_type, new_type) if kind else t)
    return Effect(removes, tuple(sorted(adds, key=str)))
