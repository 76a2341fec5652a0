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
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime

import pyoxigraph as ox

from policykg.errors import PolicyKGError
from policykg.iris import title_key
from policykg.vocab import DCT, ELI, OA, ONTOLOGY_IRI, PKG, PROV, RDF, SCHEMA, SKOS, XSD

from . import browse
from .bound import PROLOGUE, bind, queries_of
from .store_base import BaseStore, is_correction_graph

KINDS = ("reject", "relabel", "add", "merge")
MOTIVATION = {"reject": "assessing", "relabel": "editing", "add": "editing", "merge": "editing"}

# The facts a reviewer may add: parties, issuers, signatories, dates and the relations
# between documents; each with the kind of value it takes.
ADDABLE = {
    PKG + "party": "iri",
    PKG + "signatory": "iri",
    ELI + "passed_by": "iri",
    ELI + "date_document": "date",
    PKG + "dateSigned": "date",
    PKG + "dateAdopted": "date",
    PKG + "datePublished": "date",
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
LABEL_PREDICATES = (SKOS + "prefLabel", DCT + "title")
MAX_TEXT = 2000  # characters of a reason, a label or a quote


class CorrectionError(PolicyKGError):
    """A correction that cannot be made: malformed, or it would break the data."""

    http_status = 400


class CorrectionRefused(CorrectionError):
    """The correction would break the SHACL shapes; nothing was stored."""

    http_status = 409


@dataclass(frozen=True)
class Anchor:
    """The source span a correction rests on: the document and, when given, the quote
    and its character offsets in the document's pkg:sourceText."""

    document: str
    start: int | None = None
    end: int | None = None
    quote: str | None = None


@dataclass(frozen=True)
class Correction:
    """One correction's intent and record. `statement` is the (subject, predicate, object)
    rejected or added; `entity`/`label` a relabelling; `entity`/`into` a merge."""

    kind: str
    anchor: Anchor
    reviewer: str
    reason: str
    created: str = ""
    statement: tuple[ox.NamedNode, ox.NamedNode, ox.NamedNode | ox.Literal] | None = None
    entity: ox.NamedNode | None = None
    label: ox.Literal | None = None
    into: ox.NamedNode | None = None
    iri: str = ""
    status: str = "applied"
    stale_reason: str = ""
    verified: bool = False  # the reviewer was identified by a named token
    # the statements it withdrew, each with its graph's pkg:sha256 at the time
    removed: tuple[tuple[ox.Quad, str], ...] = field(default=(), compare=False)


@dataclass(frozen=True)
class Effect:
    """What applying a correction does: the quads withdrawn from document graphs and the
    triples it asserts; `stale` says why it cannot apply ("" when it can)."""

    removes: tuple[ox.Quad, ...]
    adds: tuple[ox.Triple, ...]
    stale: str = ""


def correction_graph(base_iri: str, correction: Correction) -> str:
    """A deterministic IRI from what the correction is, by whom and when."""
    parts = [
        correction.kind, correction.anchor.document, correction.reviewer, correction.created,
        *(str(t) for t in correction.statement or ()),
        str(correction.entity or ""), str(correction.label or ""), str(correction.into or ""),
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
    anchor = correction.anchor
    spans = (anchor.start, anchor.end, anchor.quote)
    if any(v is not None for v in spans) and not all(v is not None for v in spans):
        raise CorrectionError("a text span needs start, end and quote together")
    if anchor.start is not None and not 0 <= anchor.start < anchor.end <= 10**9:
        raise CorrectionError("the span's start must be below its end, both non-negative")
    if anchor.quote is not None and len(anchor.quote) != anchor.end - anchor.start:
        raise CorrectionError("the quote's length must equal end - start")
    if correction.kind in ("reject", "add") and correction.statement is None:
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


def effect(store: BaseStore, correction: Correction) -> Effect:
    """Work out, against the store as it is, what applying the correction withdraws and
    asserts, or why it no longer applies. A statement it withdrew before stays withdrawn
    while its graph is the version it was withdrawn from (same pkg:sha256)."""
    anchor = correction.anchor
    if anchor.quote is not None:
        text = source_text(store, anchor.document)
        if text is None:
            return Effect((), (), "the anchored document is no longer in the store")
        if text[anchor.start : anchor.end] != anchor.quote:
            return Effect(
                (), (), "the anchored text changed: the quote is no longer at its position"
            )
    shas: dict[str, str | None] = {}

    def still_withdrawn(quad: ox.Quad, sha: str) -> bool:
        graph = quad.graph_name.value
        if graph not in shas:
            shas[graph] = graph_sha(store, graph)
        return shas[graph] == sha

    kept = [q for q, sha in correction.removed if still_withdrawn(q, sha)]
    if correction.kind == "reject":
        s, p, o = correction.statement
        present = [q for q in _quads(store, s, p, o) if q.graph_name.value == anchor.document]
        removes = _union(present, kept)
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
            for q in _quads(store, correction.entity, ox.NamedNode(p), None)
            if isinstance(q.object, ox.Literal) and (q.object.language or "").lower() == language
        ]
        removes = _union(present, kept)
        if not removes and not _quads(store, correction.entity, None, None):
            return Effect((), (), "the entity is no longer in any document")
        predicates = {q.predicate for q in removes} or {ox.NamedNode(SKOS + "prefLabel")}
        new = {ox.Triple(correction.entity, p, correction.label) for p in predicates}
        return Effect(removes, tuple(sorted(new, key=str)))
    return _merge_effect(store, correction.entity, correction.into, kept)


def _union(*groups: Iterable[ox.Quad]) -> tuple[ox.Quad, ...]:
    return tuple(sorted({q for group in groups for q in group}, key=str))


GRAPH_SHA = PROLOGUE + "SELECT ?h WHERE { VALUES ?g {} GRAPH ?g { ?g pkg:sha256 ?h } }"


def graph_sha(store: BaseStore, graph: str) -> str | None:
    rows = queries_of(store).select(bind(GRAPH_SHA, g=ox.NamedNode(graph)))
    return rows[0]["h"].value if rows else None


def _merge_effect(
    store: BaseStore, merged: ox.NamedNode, into: ox.NamedNode, kept: list[ox.Quad]
) -> Effect:
    """Every statement about or pointing at `merged` moves to `into`; its preferred
    labels become `into`'s other names, and `merged` redirects (pkg:mergedInto)."""
    if not _quads(store, into, None, None):
        return Effect((), (), "the entity merged into is no longer in the store")
    removes = _union(_quads(store, merged, None, None), _quads(store, None, None, merged), kept)
    if not removes:  # nothing names it: a merge would only add a dangling redirect
        return Effect((), (), "the merged entity is in no document")
    pref, alt = ox.NamedNode(SKOS + "prefLabel"), ox.NamedNode(SKOS + "altLabel")
    adds = {ox.Triple(merged, ox.NamedNode(PKG + "mergedInto"), into)}
    for quad in removes:
        subject = into if quad.subject == merged else quad.subject
        obj = into if quad.object == merged else quad.object
        predicate = alt if quad.predicate == pref else quad.predicate
        adds.add(ox.Triple(subject, predicate, obj))
    return Effect(removes, tuple(sorted(adds, key=str)))


def _quads(store: BaseStore, s, p, o) -> list[ox.Quad]:
    """The statements matching a pattern in the document graphs (not in corrections or
    the ontology)."""
    pattern = " ".join(
        str(t) if t is not None else f"?{v}" for t, v in ((s, "s"), (p, "p"), (o, "o"))
    )
    rows = store.query(f"SELECT * WHERE {{ GRAPH ?g {{ {pattern} }} }}")
    out = []
    for row in rows:
        graph = row["g"]
        if graph.value == ONTOLOGY_IRI or is_correction_graph(graph.value):
            continue
        out.append(ox.Quad(s or row["s"], p or row["p"], o or row["o"], graph))
    return out


def source_text(store: BaseStore, document: str) -> str | None:
    """The document's own source text (an anchor's offsets count in it); None for an
    annex, which has none of its own."""
    found = browse.source_text(store, document)
    return found[0] if found is not None and found[1] else None


# -- the record -----------------------------------------------------------------------------


def record_statements(correction: Correction, fx: Effect, shas: dict[str, str]) -> list[str]:
    """The correction's graph as N-Triples statements (without the final dot): the
    record, the reified statements it withdrew, and, while it applies, what it asserts."""
    c = correction.iri
    node = f"<{c}>"
    lit = _literal
    out = [
        f"{node} <{RDF}type> <{PKG}Correction>",
        f"{node} <{OA}motivatedBy> <{OA}{MOTIVATION[correction.kind]}>",
        f"{node} <{PKG}correctionKind> {lit(correction.kind)}",
        f"{node} <{PKG}correctsDocument> <{correction.anchor.document}>",
        f"{node} <{PROV}generatedAtTime> {_typed(correction.created, XSD + 'dateTime')}",
        f"{node} <{PKG}reason> {lit(correction.reason)}",
        f"{node} <{PKG}reviewStatus> {lit('stale' if fx.stale else 'applied')}",
    ]
    agent = f"<{c.rsplit('correction/', 1)[0]}reviewer/{title_key(correction.reviewer + 'r')}>"
    out += [
        f"{node} <{PROV}wasAttributedTo> {agent}",
        f"{agent} <{RDF}type> <{PROV}Agent>",
        f"{agent} <{SCHEMA}name> {lit(correction.reviewer)}",
    ]
    if correction.verified:
        out.append(f"{node} <{PKG}reviewerVerified> {_typed('true', XSD + 'boolean')}")
    if fx.stale:
        out.append(f"{node} <{PKG}staleReason> {lit(fx.stale)}")
    anchor = correction.anchor
    if anchor.quote is not None:
        target, position, quote = f"<{c}#target>", f"<{c}#position>", f"<{c}#quote>"
        out += [
            f"{node} <{OA}hasTarget> {target}",
            f"{target} <{OA}hasSource> <{anchor.document}>",
            f"{target} <{OA}hasSelector> {position}",
            f"{target} <{OA}hasSelector> {quote}",
            f"{position} <{RDF}type> <{OA}TextPositionSelector>",
            f"{position} <{OA}start> {_typed(str(anchor.start), XSD + 'nonNegativeInteger')}",
            f"{position} <{OA}end> {_typed(str(anchor.end), XSD + 'nonNegativeInteger')}",
            f"{quote} <{RDF}type> <{OA}TextQuoteSelector>",
            f"{quote} <{OA}exact> {lit(anchor.quote)}",
        ]
    if correction.statement is not None:
        out += _reified(f"<{c}#statement>", ox.Triple(*correction.statement))
        out.append(f"{node} <{PKG}statement> <{c}#statement>")
    if correction.entity is not None:
        out.append(f"{node} <{PKG}correctsEntity> {correction.entity}")
    if correction.label is not None:
        out.append(f"{node} <{PKG}newLabel> {correction.label}")
    if correction.into is not None:
        out.append(f"{node} <{PKG}mergedInto> {correction.into}")
    for n, quad in enumerate(fx.removes, start=1):
        removed = f"<{c}#removed-{n}>"
        out.append(f"{node} <{PKG}removes> {removed}")
        out += _reified(removed, quad.triple)
        out.append(f"{removed} <{PKG}inGraph> {quad.graph_name}")
        sha = shas.get(quad.graph_name.value)
        if sha:
            out.append(f"{removed} <{PKG}graphSha256> {lit(sha)}")
    out += [f"{t.subject} {t.predicate} {t.object}" for t in fx.adds]
    return out


def _reified(node: str, triple: ox.Triple) -> list[str]:
    return [
        f"{node} <{RDF}type> <{RDF}Statement>",
        f"{node} <{RDF}subject> {triple.subject}",
        f"{node} <{RDF}predicate> {triple.predicate}",
        f"{node} <{RDF}object> {triple.object}",
    ]


def _literal(text: str) -> str:
    return str(ox.Literal(text))


def _typed(text: str, datatype: str) -> str:
    return str(ox.Literal(text, datatype=ox.NamedNode(datatype)))


def now() -> str:
    return datetime.now(UTC).replace(microsecond=0).isoformat().replace("+00:00", "Z")


# -- reading records back --------------------------------------------------------------------


def correction_graphs(store: BaseStore) -> list[str]:
    rows = store.query(
        f"SELECT DISTINCT ?c WHERE {{ GRAPH ?c {{ ?c a <{PKG}Correction> }} }} ORDER BY ?c"
    )
    return [row["c"].value for row in rows]


def read_correction(store: BaseStore, iri: str) -> Correction:
    """A stored correction, from its graph."""
    rows = store.query(f"SELECT ?s ?p ?o WHERE {{ GRAPH <{iri}> {{ ?s ?p ?o }} }}")
    facts: dict[tuple[str, str], list] = {}
    for row in rows:
        facts.setdefault((row["s"].value, row["p"].value), []).append(row["o"])

    def one(subject: str, predicate: str):
        values = facts.get((subject, predicate))
        return values[0] if values else None

    def text(subject: str, predicate: str) -> str | None:
        value = one(subject, predicate)
        return value.value if value is not None else None

    statement = None
    if one(iri, PKG + "statement") is not None:
        s = iri + "#statement"
        statement = (one(s, RDF + "subject"), one(s, RDF + "predicate"), one(s, RDF + "object"))
    start = text(iri + "#position", OA + "start")
    end = text(iri + "#position", OA + "end")
    anchor = Anchor(
        document=text(iri, PKG + "correctsDocument") or "",
        start=int(start) if start is not None else None,
        end=int(end) if end is not None else None,
        quote=text(iri + "#quote", OA + "exact"),
    )
    agent = text(iri, PROV + "wasAttributedTo")
    removed = []
    for node in facts.get((iri, PKG + "removes"), []):
        r = node.value
        graph = one(r, PKG + "inGraph")
        quad = ox.Quad(
            one(r, RDF + "subject"), one(r, RDF + "predicate"), one(r, RDF + "object"), graph
        )
        removed.append((quad, text(r, PKG + "graphSha256") or ""))
    return Correction(
        kind=text(iri, PKG + "correctionKind") or "",
        anchor=anchor,
        reviewer=text(agent, SCHEMA + "name") or "" if agent else "",
        reason=text(iri, PKG + "reason") or "",
        created=text(iri, PROV + "generatedAtTime") or "",
        statement=statement,
        entity=one(iri, PKG + "correctsEntity"),
        label=one(iri, PKG + "newLabel"),
        into=one(iri, PKG + "mergedInto"),
        iri=iri,
        status=text(iri, PKG + "reviewStatus") or "",
        stale_reason=text(iri, PKG + "staleReason") or "",
        verified=text(iri, PKG + "reviewerVerified") == "true",
        removed=tuple(sorted(removed, key=str)),
    )


def corrections(store: BaseStore) -> Iterator[Correction]:
    for iri in correction_graphs(store):
        yield read_correction(store, iri)


# -- views --------------------------------------------------------------------------------------


def machine_quads(store: BaseStore) -> Iterator[ox.Quad]:
    """The machine's output: the document graphs with every withdrawn statement back in
    its graph, without the corrections' graphs."""
    restored: set[ox.Quad] = set()
    for correction in corrections(store):
        if correction.status == "applied":
            restored.update(quad for quad, _ in correction.removed)
    for quad in store.quads():
        if not is_correction_graph(quad.graph_name.value if quad.graph_name else ""):
            yield quad
    yield from sorted(restored, key=str)


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
