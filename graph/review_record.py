"""A correction's named graph: writing its record (who, when, why, what it rests on,
what it withdrew and asserts) as N-Triples statements, and reading it back."""

from __future__ import annotations

from dataclasses import replace

import pyoxigraph as ox

from policykg.iris import title_key
from policykg.vocab import OA, PKG, PROV, RDF, SCHEMA, XSD

from .review_types import MOTIVATION, Anchor, Correction, Effect
from .store_base import BaseStore


def record_statements(
    correction: Correction, fx: Effect, shas: dict[str, str], status: str = ""
) -> list[str]:
    """The correction's graph as N-Triples statements (without the final dot): the
    record, the reified statements it withdrew, and, while it applies, what it asserts.
    `status` overrides the one the effect gives (a withdrawn correction asserts nothing)."""
    c = correction.iri
    node = f"<{c}>"
    lit = _literal
    status = status or ("stale" if fx.stale else "applied")
    out = [
        f"{node} <{RDF}type> <{PKG}Correction>",
        f"{node} <{OA}motivatedBy> <{OA}{MOTIVATION[correction.kind]}>",
        f"{node} <{PKG}correctionKind> {lit(correction.kind)}",
        f"{node} <{PKG}correctsDocument> <{correction.anchor.document}>",
        f"{node} <{PROV}generatedAtTime> {_typed(correction.created, XSD + 'dateTime')}",
        f"{node} <{PKG}reason> {lit(correction.reason)}",
        f"{node} <{PKG}reviewStatus> {lit(status)}",
    ]
    agent = f"<{c.rsplit('correction/', 1)[0]}reviewer/{title_key(correction.reviewer + 'r')}>"
    out += [
        f"{node} <{PROV}wasAttributedTo> {agent}",
        f"{agent} <{RDF}type> <{PROV}Agent>",
        f"{agent} <{SCHEMA}name> {lit(correction.reviewer)}",
    ]
    if correction.verified:
        out.append(f"{node} <{PKG}reviewerVerified> {_typed('true', XSD + 'boolean')}")
    if fx.stale and status == "stale":
        out.append(f"{node} <{PKG}staleReason> {lit(fx.stale)}")
    if correction.anchor.quote is not None:
        out += _span(f"{node} <{OA}hasTarget>", f"{c}#target", correction.anchor, f"{c}#position",
                     f"{c}#quote")  # fmt: skip
    for n, anchor in enumerate(correction.selection, start=1):
        chosen = f"{c}#selection-{n}"
        out += _span(f"{node} <{PKG}selects>", chosen, anchor, f"{chosen}-position",
                     f"{chosen}-quote")  # fmt: skip
    if correction.statement is not None:
        out += _reified(f"<{c}#statement>", ox.Triple(*correction.statement))
        out.append(f"{node} <{PKG}statement> <{c}#statement>")
    if correction.entity is not None:
        out.append(f"{node} <{PKG}correctsEntity> {correction.entity}")
    if correction.label is not None:
        out.append(f"{node} <{PKG}newLabel> {correction.label}")
    if correction.into is not None:
        predicate = "splitInto" if correction.kind == "split" else "mergedInto"
        out.append(f"{node} <{PKG}{predicate}> {correction.into}")
    if correction.new_type is not None:
        out.append(f"{node} <{PKG}newType> {correction.new_type}")
    if correction.withdraws:
        out.append(f"{node} <{PKG}withdraws> <{correction.withdraws}>")
    if correction.withdrawn_by:
        out.append(f"{node} <{PKG}withdrawnBy> <{correction.withdrawn_by}>")
    for n, quad in enumerate(fx.removes, start=1):
        removed = f"<{c}#removed-{n}>"
        out.append(f"{node} <{PKG}removes> {removed}")
        out += _reified(removed, quad.triple)
        out.append(f"{removed} <{PKG}inGraph> {quad.graph_name}")
        sha = shas.get(quad.graph_name.value)
        if sha:
            out.append(f"{removed} <{PKG}graphSha256> {lit(sha)}")
    if status == "applied":
        out += [f"{t.subject} {t.predicate} {t.object}" for t in fx.adds]
    return out


def _span(link: str, target: str, anchor: Anchor, position: str, quote: str) -> list[str]:
    """A span as a Web Annotation target, tied by `link` (subject and property); a
    whole document when the anchor has no quote."""
    out = [f"{link} <{target}>", f"<{target}> <{OA}hasSource> <{anchor.document}>"]
    if anchor.quote is None:
        return out
    return [
        *out,
        f"<{target}> <{OA}hasSelector> <{position}>",
        f"<{target}> <{OA}hasSelector> <{quote}>",
        f"<{position}> <{RDF}type> <{OA}TextPositionSelector>",
        f"<{position}> <{OA}start> {_typed(str(anchor.start), XSD + 'nonNegativeInteger')}",
        f"<{position}> <{OA}end> {_typed(str(anchor.end), XSD + 'nonNegativeInteger')}",
        f"<{quote}> <{RDF}type> <{OA}TextQuoteSelector>",
        f"<{quote}> <{OA}exact> {_literal(anchor.quote)}",
    ]


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


def read_correction(store: BaseStore, iri: str) -> Correction:
    """A stored correction, from its graph."""
    facts: dict[tuple[str, str], list] = {}
    for quad in store.graph_quads(iri):
        facts.setdefault((quad.subject.value, quad.predicate.value), []).append(quad.object)

    def one(subject: str, predicate: str):
        values = facts.get((subject, predicate))
        return values[0] if values else None

    def text(subject: str, predicate: str) -> str | None:
        value = one(subject, predicate)
        return value.value if value is not None else None

    def span(target: str, position: str, quote: str, document: str | None = None) -> Anchor:
        start, end = text(position, OA + "start"), text(position, OA + "end")
        return Anchor(
            document=document or text(target, OA + "hasSource") or "",
            start=int(start) if start is not None else None,
            end=int(end) if end is not None else None,
            quote=text(quote, OA + "exact"),
        )

    statement = None
    if one(iri, PKG + "statement") is not None:
        s = iri + "#statement"
        statement = (one(s, RDF + "subject"), one(s, RDF + "predicate"), one(s, RDF + "object"))
    anchor = span(
        iri + "#target", iri + "#position", iri + "#quote",
        document=text(iri, PKG + "correctsDocument") or "",
    )  # fmt: skip
    chosen = sorted(
        (node.value for node in facts.get((iri, PKG + "selects"), [])),
        key=lambda v: int(v.rsplit("-", 1)[1]),
    )
    selection = tuple(span(t, t + "-position", t + "-quote") for t in chosen)
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
        into=one(iri, PKG + "mergedInto") or one(iri, PKG + "splitInto"),
        selection=selection,
        withdraws=text(iri, PKG + "withdraws") or "",
        new_type=one(iri, PKG + "newType"),
        iri=iri,
        status=text(iri, PKG + "reviewStatus") or "",
        stale_reason=text(iri, PKG + "staleReason") or "",
        verified=text(iri, PKG + "reviewerVerified") == "true",
        withdrawn_by=text(iri, PKG + "withdrawnBy") or "",
        removed=tuple(sorted(removed, key=str)),
    )


def withdrawn_record(target: Correction, withdrawal: str) -> list[str]:
    """A withdrawn correction's graph: its record and what it had replaced (history),
    marked withdrawn by `withdrawal`, without the statements it asserted."""
    removed = tuple(quad for quad, _ in target.removed)
    shas = {quad.graph_name.value: sha for quad, sha in target.removed}
    return record_statements(
        replace(target, withdrawn_by=withdrawal), Effect(removed, ()), shas, status="withdrawn"
    )
