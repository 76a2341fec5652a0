"""Review and corrections: a person's fixes to what the extractor found, as data.

Each correction is its own named graph, `{base}correction/{id}`, holding the record
(kind, who, when, why, what it is anchored to, the machine statements it withdrew) and
the statements it asserts. The reviewed view is materialised: the statements a
correction withdraws are removed from the document graphs, so the union of all graphs,
what `/sparql`, the pages and `export` read, is the reviewed view at no query-time cost
(a query-time dataset listing every graph made the competency queries 17 times slower
on 107 graphs: benchmarks/RESULTS.md). The machine's own output stays queryable: each
withdrawn statement is kept in the correction's graph as an `rdf:Statement` with
`pkg:inGraph` (docs/review.md shows the query), and `machine_quads` rebuilds it.

A correction is stored as its intent (reject this statement, relabel this entity, add
this fact, merge this entity into that one); what it withdraws is worked out against the
store each time it is applied, so `reapply` after a re-ingest puts every correction that
still holds back in force, and marks stale (kept, listed, not applied) one whose anchor
text or statement is gone.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Container, Iterable, Iterator
from dataclasses import replace
from datetime import UTC, datetime, timedelta

import pyoxigraph as ox

from policykg.vocab import DCT, ELI, ONTOLOGY_IRI, OWL, PKG, PROV, ROLE_DATES, SKOS, XSD

from . import browse
from .bound import PROLOGUE, bind, queries_of
from .file_graph import file_graph
from .review_record import read_correction, record_statements
from .review_types import (
    KINDS,
    MOTIVATION,
    Anchor,
    Correction,
    CorrectionError,
    CorrectionRefused,
    Effect,
    intent,
)
from .store_base import BaseStore, is_correction_graph

__all__ = [
    "KINDS",
    "MOTIVATION",
    "Anchor",
    "Correction",
    "CorrectionError",
    "CorrectionRefused",
    "Effect",
    "EveryCorrection",
    "check",
    "correction_graph",
    "correction_graphs",
    "correction_quads",
    "corrections",
    "date_literal",
    "effect",
    "intent",
    "machine_quads",
    "read_correction",
    "record_statements",
    "source_text",
    "with_status",
]  # fmt: skip

# The facts a reviewer may add: parties, issuers, signatories, dates and the relations
# between documents; each with the kind of value it takes.
ADDABLE = {
    PKG + "party": "iri",
    PKG + "signatory": "iri",
    ELI + "passed_by": "iri",
    ELI + "date_document": "date",
    **dict.fromkeys(ROLE_DATES.values(), "date"),
    ELI + "first_date_entry_in_force": "date",
    ELI + "date_no_longer_in_force": "date",
    ELI + "based_on": "iri",
    ELI + "cites": "iri",
    ELI + "repeals": "iri",
    ELI + "amends": "iri",
    PKG + "supersedes": "iri",
    PKG + "amount": "iri",
    PKG + "locatedIn": "iri",
}
DATE_TYPES = (XSD + "date", XSD + "gYearMonth", XSD + "gYear")
_DATE_FORMS = tuple(zip((r"\d{4}-\d{2}-\d{2}", r"\d{4}-\d{2}", r"\d{4}"), DATE_TYPES, strict=True))


def date_literal(text: str) -> ox.Literal | None:
    """A date as a reviewer writes it (YYYY-MM-DD, YYYY-MM or YYYY) as its typed literal;
    None when `text` is none of them."""
    for pattern, datatype in _DATE_FORMS:
        if re.fullmatch(pattern, text):
            return ox.Literal(text, datatype=ox.NamedNode(datatype))
    return None


LABEL_PREDICATES = (SKOS + "prefLabel", DCT + "title")
MAX_TEXT = 2000  # characters of a reason, a label or a quote


def correction_graph(base_iri: str, correction: Correction) -> str:
    """A deterministic IRI from what the correction is, by whom and when."""
    parts = [
        correction.kind, correction.anchor.document, correction.reviewer, correction.created,
        *(str(t) for t in correction.statement or ()),
        str(correction.entity or ""), str(correction.label or ""), str(correction.into or ""),
        *(f"{a.document} {a.start} {a.end}" for a in correction.selection), correction.withdraws,
        *([str(correction.new_type)] if correction.new_type is not None else []),
    ]  # fmt: skip
    digest = hashlib.sha1("\x1f".join(parts).encode("utf-8")).hexdigest()[:16]
    return f"{base_iri}correction/{digest}"


# -- checking what a reviewer gives ------------------------------------------------------


def check(correction: Correction) -> None:
    """Refuse a malformed correction with the reason. Raises CorrectionError."""
    if correction.kind not in KINDS:
        raise CorrectionError(f"unknown kind {correction.kind!r}", hint=f"use one of {KINDS}")
    if not correction.reviewer.strip() or len(correction.reviewer) > 200:
        raise CorrectionError("a correction needs the reviewer's name (at most 200 characters)")
    if not correction.reason.strip() or len(correction.reason) > MAX_TEXT:
        raise CorrectionError(f"a correction needs a reason (at most {MAX_TEXT} characters)")
    for anchor in (correction.anchor, *correction.selection):
        _check_span(anchor)
        _check_iri(anchor.document, "the document")
    _check_iri(correction.withdraws, "the correction withdrawn")
    if correction.kind in ("reject", "add", "accept") and correction.statement is None:
        raise CorrectionError(f"a {correction.kind} correction needs subject, predicate, object")
    if correction.kind == "add":
        _check_addition(correction)
    if correction.kind == "relabel":
        label = correction.label
        if correction.entity is None or label is None or label.language is None:
            raise CorrectionError("a relabelling needs the entity and a label with a language")
        if label.language.lower() not in ("zh-hant", "zh-hans", "en"):
            raise CorrectionError("a label's language is zh-Hant, zh-Hans or en")
        if not label.value.strip() or len(label.value) > MAX_TEXT:
            raise CorrectionError(f"the label is empty or longer than {MAX_TEXT} characters")
    if correction.kind == "merge":
        if correction.entity is None or correction.into is None:
            raise CorrectionError("a merge needs the entity and the entity it goes into")
        if correction.entity == correction.into:
            raise CorrectionError("an entity cannot be merged into itself")
    if correction.kind == "split":
        if correction.entity is None or not correction.selection:
            raise CorrectionError(
                "a split needs the entity and the documents or spans whose mentions move",
                hint="give one --mentions DOCUMENT or DOCUMENT@START-END at least",
            )
        if len(correction.selection) > 1000:
            raise CorrectionError("a split chooses at most 1000 documents or spans")
    if correction.kind == "retype":
        _check_retype(correction)
    if correction.kind == "withdraw" and not correction.withdraws.strip():
        raise CorrectionError("a withdrawal needs the IRI of the correction it takes back")


def _check_retype(correction: Correction) -> None:
    from .retype import FOLDER_OF_TYPE

    if correction.entity is None or correction.new_type is None:
        raise CorrectionError("a retype needs the entity and its new class")
    if correction.new_type.value not in FOLDER_OF_TYPE:
        raise CorrectionError(f"an entity cannot be given the class {correction.new_type.value}",
                              hint="give one of: " + ", ".join(FOLDER_OF_TYPE))  # fmt: skip
    folder = correction.entity.value.rsplit("/", 2)
    if len(folder) != 3 or folder[1] not in FOLDER_OF_TYPE.values():
        raise CorrectionError(
            "only an organisation, platform or fund can be retyped",
            hint="the entity's IRI is …/org/KEY, …/platform/KEY or …/fund/KEY",
        )


def _check_iri(value: str, what: str) -> None:
    """An IRI the correction's record writes into update text: refused unless it parses
    as one (whatever the caller checked: the API, the CLI, a decisions file)."""
    if not value:
        return
    try:
        ox.NamedNode(value)
    except ValueError:
        raise CorrectionError(f"{what} is not an IRI: {value[:100]!r}",
                              hint="give a full http(s) IRI") from None  # fmt: skip


def _check_span(anchor: Anchor) -> None:
    spans = (anchor.start, anchor.end, anchor.quote)
    if any(v is not None for v in spans) and not all(v is not None for v in spans):
        raise CorrectionError("a text span needs start, end and quote together")
    if anchor.start is not None and not 0 <= anchor.start < anchor.end <= 10**9:
        raise CorrectionError("the span's start must be below its end, both non-negative")
    if anchor.quote is not None and len(anchor.quote) != anchor.end - anchor.start:
        raise CorrectionError("the quote's length must equal end - start")
    if anchor.quote is not None and len(anchor.quote) > MAX_TEXT:
        raise CorrectionError(f"a quote is at most {MAX_TEXT} characters")


def _check_addition(correction: Correction) -> None:
    _, predicate, value = correction.statement
    kind = ADDABLE.get(predicate.value)
    if kind is None:
        raise CorrectionError(
            f"{predicate.value} is not a fact a reviewer can add",
            hint="add one of: " + ", ".join(sorted(ADDABLE)),
        )
    if kind == "iri" and not isinstance(value, ox.NamedNode):
        raise CorrectionError(f"{predicate.value} takes an IRI")
    if kind == "date" and not (
        isinstance(value, ox.Literal) and value.datatype.value in DATE_TYPES
    ):
        raise CorrectionError(f"{predicate.value} takes an xsd:date, xsd:gYearMonth or xsd:gYear")
    if correction.anchor.quote is None:
        raise CorrectionError("an added fact needs the text that supports it (start, end, quote)")


# -- what a correction does to the store ---------------------------------------------------


def effect(store: BaseStore, correction: Correction, corrected: Container[str] = ()) -> Effect:
    """Work out, against the store as it is, what applying the correction withdraws and
    asserts, or why it no longer applies. A statement it withdrew before stays withdrawn
    while its graph is the version it was withdrawn from (same pkg:sha256). It works on
    what the document graphs say and what the corrections `corrected` (those made before
    it) assert: an entity only a correction names (a split's or a retype's new IRI) can
    be corrected again."""
    texts: dict[str, str | None] = {}
    for anchor in (correction.anchor, *correction.selection):
        if anchor.quote is None:
            continue
        if anchor.document not in texts:
            texts[anchor.document] = source_text(store, anchor.document)
        text = texts[anchor.document]
        if text is None:
            return Effect((), (), "the anchored document is no longer in the store")
        if text[anchor.start : anchor.end] != anchor.quote:
            return Effect((), (), "the quote is not at its position in the document's text "
                                  "(the text changed since, or start and end are wrong)")  # fmt: skip
    if correction.kind == "withdraw":
        from .withdraw import withdrawal_effect

        return withdrawal_effect(store, correction)
    if correction.kind == "accept":
        from .accept import accept_effect

        return accept_effect(store, correction)
    shas: dict[str, str | None] = {}

    def still_withdrawn(quad: ox.Quad, sha: str) -> bool:
        graph = quad.graph_name.value
        if graph not in shas:
            shas[graph] = graph_sha(store, graph)
        return shas[graph] == sha

    kept = [q for q, sha in correction.removed if still_withdrawn(q, sha)]
    if correction.kind == "reject":
        s, p, o = correction.statement
        graph = file_graph(store, correction.anchor.document)  # an annex's: its file's
        present = [
            q
            for q in quads_matching(store, s, p, o, corrected)
            if q.graph_name.value == graph or is_correction_graph(q.graph_name.value)
        ]
        removes = union(present, kept)
        if not removes:
            return Effect((), (), "the rejected statement is no longer in the document")
        return Effect(removes, ())
    if correction.kind == "add":
        return Effect((), (ox.Triple(*correction.statement),))
    if correction.kind == "relabel":
        language = correction.label.language.lower()
        present = [
            q
            for p in LABEL_PREDICATES
            for q in quads_matching(store, correction.entity, ox.NamedNode(p), None, corrected)
            if isinstance(q.object, ox.Literal) and (q.object.language or "").lower() == language
        ]
        removes = union(present, kept)
        if not removes and not quads_matching(store, correction.entity, None, None, corrected):
            return Effect((), (), "the entity is no longer in any document")
        predicates = {q.predicate for q in removes} or {ox.NamedNode(SKOS + "prefLabel")}
        new = {ox.Triple(correction.entity, p, correction.label) for p in predicates}
        return Effect(removes, tuple(sorted(new, key=str)))
    if correction.kind == "retype":
        from .retype import retype_effect

        return retype_effect(store, correction, kept, corrected)
    if correction.kind == "split":
        from .split import split_effect

        return split_effect(store, correction, kept, corrected)
    return _merge_effect(store, correction.entity, correction.into, kept, corrected)


def union(*groups: Iterable[ox.Quad]) -> tuple[ox.Quad, ...]:
    return tuple(sorted({q for group in groups for q in group}, key=str))


GRAPH_SHA = PROLOGUE + "SELECT ?h WHERE { VALUES ?g {} GRAPH ?g { ?g pkg:sha256 ?h } }"


def graph_sha(store: BaseStore, graph: str) -> str | None:
    rows = queries_of(store).select(bind(GRAPH_SHA, g=ox.NamedNode(graph)))
    return rows[0]["h"].value if rows else None


def _merge_effect(
    store: BaseStore,
    merged: ox.NamedNode,
    into: ox.NamedNode,
    kept: list[ox.Quad],
    corrected: Container[str],
) -> Effect:
    """Every statement about or pointing at `merged` moves to `into`; its preferred
    labels become `into`'s other names, and `merged` redirects (pkg:mergedInto)."""
    if not quads_matching(store, into, None, None, corrected):
        return Effect((), (), "the entity merged into is no longer in the store")
    removes, moved = moved_statements(store, merged, into, kept, corrected)
    if not removes:  # nothing names it: a merge would only add a dangling redirect
        return Effect((), (), "the merged entity is in no document")
    pref, alt = ox.NamedNode(SKOS + "prefLabel"), ox.NamedNode(SKOS + "altLabel")
    adds = {ox.Triple(merged, ox.NamedNode(PKG + "mergedInto"), into)}
    adds |= {ox.Triple(t.subject, alt if t.predicate == pref else t.predicate, t.object)
             for t in moved}  # fmt: skip
    return Effect(removes, tuple(sorted(adds, key=str)))


def moved_statements(
    store: BaseStore,
    old: ox.NamedNode,
    new: ox.NamedNode,
    kept: Iterable[ox.Quad],
    corrected: Container[str],
) -> tuple[tuple[ox.Quad, ...], set[ox.Triple]]:
    """What moving an entity to another IRI withdraws (every statement about it or
    pointing at it, with those withdrawn before, `kept`) and those statements with the
    new IRI at either end (a merge and a retype then change a label or the class)."""
    removes = union(
        quads_matching(store, old, None, None, corrected),
        quads_matching(store, None, None, old, corrected),
        kept,
    )
    moved = {
        ox.Triple(new if q.subject == old else q.subject, q.predicate,
                  new if q.object == old else q.object)
        for q in removes
    }  # fmt: skip
    return removes, moved


def quads_matching(store: BaseStore, s, p, o, corrected: Container[str] = ()) -> list[ox.Quad]:
    """The statements matching a pattern in the document graphs (not in the ontology),
    and those the corrections `corrected` assert (not their records: the correction's
    own nodes, IRIs that begin with its graph's)."""
    pattern = " ".join(
        str(t) if t is not None else f"?{v}" for t, v in ((s, "s"), (p, "p"), (o, "o"))
    )
    rows = store.query(f"SELECT * WHERE {{ GRAPH ?g {{ {pattern} }} }}")
    out = []
    for row in rows:
        graph = row["g"]
        if graph.value == ONTOLOGY_IRI:
            continue
        quad = ox.Quad(s or row["s"], p or row["p"], o or row["o"], graph)
        if is_correction_graph(graph.value) and (
            graph.value not in corrected or quad.subject.value.startswith(graph.value)
        ):
            continue
        out.append(quad)
    return out


class EveryCorrection:
    """Every correction in the store, as `corrected`: a new correction comes after all."""

    def __contains__(self, iri: object) -> bool:
        return True


def source_text(store: BaseStore, document: str) -> str | None:
    """The document's own source text (an anchor's offsets count in it); None for an
    annex, which has none of its own."""
    found = browse.source_text(store, document)
    return found[0] if found is not None and found[1] else None


_last_stamp = [datetime.min.replace(tzinfo=UTC)]


def now() -> str:
    """The time a correction is made, to the millisecond and increasing within a
    process: corrections are put back in force in the order they were made. Written as
    Oxigraph writes it back (no trailing zeros in the fraction; Virtuoso writes three
    digits, the same value), and Virtuoso keeps no more than milliseconds."""
    clock = datetime.now(UTC)
    stamp = max(clock.replace(microsecond=clock.microsecond // 1000 * 1000),
                _last_stamp[0] + timedelta(milliseconds=1))  # fmt: skip
    _last_stamp[0] = stamp
    text = stamp.isoformat(timespec="milliseconds").removesuffix("+00:00")
    return text.rstrip("0").rstrip(".") + "Z"


# -- reading records back --------------------------------------------------------------------


def correction_graphs(store: BaseStore) -> list[str]:
    """The corrections' graphs in the order they were made (a later one may rest on
    what an earlier one did: a merge after a rejection moves what the rejection left)."""
    rows = store.query(
        f"SELECT DISTINCT ?c ?when WHERE {{ GRAPH ?c {{ ?c a <{PKG}Correction> "
        f"OPTIONAL {{ ?c <{PROV}generatedAtTime> ?when }} }} }} ORDER BY ?when ?c"
    )
    return [row["c"].value for row in rows]


def corrections(store: BaseStore) -> Iterator[Correction]:
    for iri in correction_graphs(store):
        yield read_correction(store, iri)


# -- views --------------------------------------------------------------------------------------


def machine_quads(store: BaseStore) -> Iterator[ox.Quad]:
    """The machine's output: the document graphs with every withdrawn statement back in
    its graph, without the corrections' graphs. A withdrawn statement's IRI that the
    identity step has since joined to another (`<minted> owl:sameAs <group>` in that
    graph) comes back as the group's, as the machine states it now."""
    restored: set[ox.Quad] = set()
    for correction in corrections(store):
        if correction.status == "applied":  # what it took from documents, not corrections
            restored.update(q for q, _ in correction.removed
                            if not is_correction_graph(q.graph_name.value))  # fmt: skip
    joined: dict[object, dict[object, object]] = {}  # graph → {minted IRI: group IRI}
    for quad in store.quads():
        if not is_correction_graph(quad.graph_name.value if quad.graph_name else ""):
            if quad.predicate == _SAME_AS:
                joined.setdefault(quad.graph_name, {})[quad.subject] = quad.object
            yield quad
    yield from sorted({_renamed(q, joined.get(q.graph_name, {})) for q in restored}, key=str)


_SAME_AS = ox.NamedNode(OWL + "sameAs")


def _renamed(quad: ox.Quad, joined: dict[object, object]) -> ox.Quad:
    if quad.predicate == _SAME_AS or not joined:
        return quad
    subject, obj = joined.get(quad.subject, quad.subject), joined.get(quad.object, quad.object)
    return ox.Quad(subject, quad.predicate, obj, quad.graph_name)  # type: ignore[arg-type]


def correction_quads(store: BaseStore) -> Iterator[ox.Quad]:
    """The corrections alone, to share them with another installation."""
    for quad in store.quads():
        if isinstance(quad.graph_name, ox.NamedNode) and is_correction_graph(quad.graph_name.value):
            yield quad


def with_status(correction: Correction, fx: Effect, shas: dict[str, str]) -> Correction:
    return replace(
        correction,
        status="stale" if fx.stale else "applied",
        stale_reason=fx.stale,
        removed=tuple((q, shas.get(q.graph_name.value, "")) for q in fx.removes),
    )
