"""`/api/corrections`: anyone may read the corrections; writing one needs the update token.

GET runs one constant query through the endpoint's runner (its time and size limits). POST
takes a JSON body whose values become typed terms (IRIs checked by RFC 3987, literals)
before anything reaches the store, and calls `Reviewer.correct`, which checks the
correction against the SHACL shapes before writing it."""

from __future__ import annotations

import threading
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from typing import Literal
from urllib.parse import urlencode

import pyoxigraph as ox
from fastapi import APIRouter, Query, Request
from fastapi.responses import JSONResponse
from policykg.graph.bound import PROLOGUE, Queries, bind, iris
from policykg.graph.browse import Source
from policykg.graph.cache import GenerationCache
from policykg.graph.confidence import doubtful_facts, doubtful_json
from policykg.graph.corrections import Reviewer
from policykg.graph.duplicates import look_alike_json, look_alikes
from policykg.graph.recent import recent_corrections
from policykg.graph.retype import named_class
from policykg.graph.review import Anchor, Correction, CorrectionError, read_correction
from policykg.graph.settle import settle_stale
from policykg.graph.store import BaseStore
from policykg.graph.store_base import is_correction_graph_sparql
from pydantic import BaseModel, ConfigDict, Field, ValidationError
from starlette.concurrency import run_in_threadpool

from policykg.errors import ProtocolError
from policykg.reviewers import Reviewers
from policykg.settings import Settings
from policykg.vocab import PKG, RDF, SKOS

from .security import identify_reviewer

PAGE = 500  # corrections listed per request (`?page=` for the next)
DUPLICATES_PAGE = 200  # look-alike entities (and low-confidence facts) listed per request


# The corrections that concern a node: of its document, of it, merged into it, or of a
# statement about it; with the machine statements each withdrew, what it asserted and the
# span it rests on. In steps, each with its
# nodes bound: as one query (a UNION of the ways, an OPTIONAL for what each withdrew, in
# GRAPH ?c with the node bound outside), Oxigraph 0.5 read every correction of the store
# for every entity page (286 ms among 10,000 corrections; 0.5 ms in steps).
CONCERNING = (
    PROLOGUE
    + """SELECT DISTINCT ?c WHERE { VALUES ?node {}
  VALUES ?way { pkg:correctsDocument pkg:correctsEntity pkg:mergedInto } GRAPH ?c { ?c ?way ?node } }"""
)
# One query per end of the statement: with the end as a variable, the engine read every
# statement whose object is the node (231 ms for 國務院 on the scale corpus; 0.2 ms each).
CONCERNING_SUBJECT = (
    PROLOGUE
    + """SELECT DISTINCT ?c WHERE { VALUES ?node {}
  GRAPH ?c { ?st rdf:subject ?node . ?c pkg:statement ?st } }"""
)
CONCERNING_OBJECT = CONCERNING_SUBJECT.replace("rdf:subject", "rdf:object")
# A retype moved the entity to a new IRI: its history is the new IRI's too (the old one
# redirects by owl:sameAs, stated in the retype's graph while it applies)
CONCERNING_RETYPED = (
    PROLOGUE
    + """SELECT DISTINCT ?c WHERE { VALUES ?node {}
  GRAPH ?c { ?old owl:sameAs ?node . ?c pkg:correctionKind "retype" } }"""
)
HISTORY = (
    PROLOGUE
    + """SELECT ?c ?kind ?who ?when ?why ?status WHERE { VALUES ?c {}
  GRAPH ?c { ?c a pkg:Correction ; pkg:correctionKind ?kind ; prov:generatedAtTime ?when ;
             pkg:reason ?why ; pkg:reviewStatus ?status ; prov:wasAttributedTo ?agent .
             ?agent schema:name ?who } }
ORDER BY DESC(?when) ?c"""
)
WITHDREW = (
    PROLOGUE
    + """SELECT ?c ?p ?o WHERE { VALUES ?c {}
  GRAPH ?c { ?c pkg:removes ?r . ?r rdf:predicate ?p ; rdf:object ?o } } ORDER BY ?c ?p ?o"""
)
# What each asserted (an added statement, a new label, a merge's target, a new class) and
# its document
DETAILS = (
    PROLOGUE
    + """SELECT ?c ?doc ?sp ?so ?label ?into ?type WHERE { VALUES ?c {}
  GRAPH ?c { ?c pkg:correctsDocument ?doc
             OPTIONAL { ?c pkg:statement ?st . ?st rdf:predicate ?sp ; rdf:object ?so }
             OPTIONAL { ?c pkg:newLabel ?label } OPTIONAL { ?c pkg:mergedInto ?into }
             OPTIONAL { ?c pkg:newType ?type } } }"""
)
SPAN = (
    PROLOGUE
    + """SELECT ?c ?start ?end ?exact WHERE { VALUES ?c {}
  GRAPH ?c { ?c oa:hasTarget/oa:hasSelector ?pos , ?q .
             ?pos oa:start ?start ; oa:end ?end . ?q oa:exact ?exact } }"""
)
# What the machine said about a node: its statements in the document graphs and those
# applied corrections withdrew (docs/review.md, "The machine's view on /sparql"); the
# history links to it on /sparql, the node given as an IRI the store holds.
# A graph is a correction's by is_correction_graph's own test (a base IRI may hold
# "/correction/" itself); what a correction took from another's graph is not the machine's.
MACHINE_VIEW = (
    PROLOGUE
    + """SELECT ?p ?o ?g WHERE { VALUES ?node {}
  { GRAPH ?g { ?node ?p ?o } NOT_CORRECTION }
  UNION
  { GRAPH ?c { ?c pkg:removes ?r ; pkg:reviewStatus "applied" .
               ?r rdf:subject ?node ; rdf:predicate ?p ; rdf:object ?o ; pkg:inGraph ?g }
    NOT_CORRECTION } }
ORDER BY ?p ?o""".replace("NOT_CORRECTION", f"FILTER(!{is_correction_graph_sparql('g')})")
)


@dataclass(frozen=True)
class HistoryItem:
    """One correction as a page shows it, with what the machine had said."""

    iri: str
    kind: str
    reviewer: str
    created: str
    reason: str
    status: str
    withdrew: list[tuple[str, str]] = field(default_factory=list)  # (predicate, value)
    document: str = ""  # the document it is anchored to
    # what it asserted: the added statement's (predicate, value), a new label, a merge's
    # target, as (predicate, value)
    asserted: list[tuple[str, str]] = field(default_factory=list)
    span: Source | None = None


def history(queries: Queries, iri: str, limit: int = 100) -> list[HistoryItem]:
    """The latest `limit` corrections that concern the node, newest first."""
    node = ox.NamedNode(iri)
    found = {r["c"].value for r in queries.select(bind(CONCERNING, node=node))}
    for template in (CONCERNING_SUBJECT, CONCERNING_OBJECT, CONCERNING_RETYPED):
        found |= {r["c"].value for r in queries.select(bind(template, node=node))}
    if not found:
        return []
    rows = queries.select(bind(HISTORY, c=iris(sorted(found)), limit=limit))
    items: dict[str, HistoryItem] = {}
    for r in rows:
        items[r["c"].value] = HistoryItem(
            r["c"].value, r["kind"].value, r["who"].value, r["when"].value[:16],
            r["why"].value, r["status"].value,
        )  # fmt: skip
    if not items:
        return []
    chosen = iris(sorted(items))
    for r in queries.select(bind(WITHDREW, c=chosen)):
        withdrew = items[r["c"].value].withdrew
        if (r["p"].value, r["o"].value) not in withdrew:
            withdrew.append((r["p"].value, r["o"].value))
    documents: dict[str, str] = {}
    for r in queries.select(bind(DETAILS, c=chosen)):
        item = items[r["c"].value]
        documents[item.iri] = r["doc"].value
        asserted = []
        if item.kind in ("add", "accept") and r["sp"] is not None:
            asserted.append((r["sp"].value, r["so"].value))
        if r["label"] is not None:
            asserted.append((SKOS + "prefLabel", r["label"].value))
        if r["into"] is not None:
            asserted.append((PKG + "mergedInto", r["into"].value))
        if r["type"] is not None:
            asserted.append((RDF + "type", r["type"].value))
        item.asserted.extend(a for a in asserted if a not in item.asserted)
    spans = {
        r["c"].value: (int(r["start"].value), int(r["end"].value), r["exact"].value)
        for r in queries.select(bind(SPAN, c=chosen))
    }
    return [
        replace(
            item,
            document=documents.get(item.iri, ""),
            span=Source(documents[item.iri], *spans[item.iri])
            if item.iri in spans and item.iri in documents
            else None,
        )
        for item in items.values()
    ]


def machine_view_link(iri: str) -> str:
    """/sparql with the query of what the machine said about the node (opens the editor
    in a browser)."""
    query = bind(MACHINE_VIEW, node=ox.NamedNode(iri)).text()
    return "/sparql?" + urlencode({"query": query})


class Term(BaseModel):
    """An RDF term: an IRI, or a literal with a datatype or a language."""

    model_config = ConfigDict(extra="forbid")
    iri: str | None = Field(None, max_length=2000)
    value: str | None = Field(None, max_length=2000)
    datatype: str | None = Field(None, max_length=2000)
    lang: Literal["zh-Hant", "zh-Hans", "en"] | None = None


class Span(BaseModel):
    """A document, or a span of it (start, end and quote together), a split chooses."""

    model_config = ConfigDict(extra="forbid")
    document: str = Field(max_length=2000)
    start: int | None = Field(None, ge=0, le=10**9)
    end: int | None = Field(None, ge=0, le=10**9)
    quote: str | None = Field(None, max_length=2000)


class CorrectionBody(BaseModel):
    model_config = ConfigDict(extra="forbid")
    kind: Literal[
        "reject", "relabel", "add", "merge", "retype", "split", "withdraw", "accept", "settle"
    ]
    document: str = Field(max_length=2000)
    reviewer: str = Field("", max_length=200)  # a named token gives it
    reason: str = Field("", max_length=2000)  # needed by every kind but accept
    start: int | None = Field(None, ge=0, le=10**9)
    end: int | None = Field(None, ge=0, le=10**9)
    quote: str | None = Field(None, max_length=2000)
    subject: str | None = Field(None, max_length=2000)
    predicate: str | None = Field(None, max_length=2000)
    object: Term | None = None
    entity: str | None = Field(None, max_length=2000)
    label: str | None = Field(None, max_length=2000)
    lang: Literal["zh-Hant", "zh-Hans", "en"] | None = None
    into: str | None = Field(None, max_length=2000)
    selection: list[Span] | None = Field(None, max_length=100)  # split
    withdraws: str | None = Field(None, max_length=2000)  # withdraw, settle: a correction's IRI
    new_type: str | None = Field(None, max_length=2000)  # retype: org:Organization or an IRI


def _iri(value: str | None, what: str) -> ox.NamedNode:
    try:
        return ox.NamedNode(value or "")
    except ValueError:
        raise CorrectionError(f"{what} is not an IRI", hint="give a full http(s) IRI") from None


def _term(term: Term | None) -> ox.NamedNode | ox.Literal:
    if term is None:
        raise CorrectionError("the statement needs an object")
    if term.iri is not None:
        return _iri(term.iri, "object.iri")
    if term.value is None:
        raise CorrectionError("the object needs an iri or a value")
    if term.datatype is not None:
        return ox.Literal(term.value, datatype=_iri(term.datatype, "object.datatype"))
    return ox.Literal(term.value, language=term.lang) if term.lang else ox.Literal(term.value)


def correction_of(body: CorrectionBody) -> Correction:
    """The typed correction of a request body. Raises CorrectionError."""
    anchor = Anchor(_iri(body.document, "document").value, body.start, body.end, body.quote)
    common = {"kind": body.kind, "anchor": anchor, "reviewer": body.reviewer, "reason": body.reason}
    if body.kind in ("reject", "add", "accept"):
        statement = (_iri(body.subject, "subject"), _iri(body.predicate, "predicate"),
                     _term(body.object))  # fmt: skip
        return Correction(**common, statement=statement)
    if body.kind in ("withdraw", "settle"):  # a settle is a withdrawal, perhaps after a copy
        return Correction(**{**common, "kind": "withdraw"},
                          withdraws=_iri(body.withdraws, "withdraws").value)  # fmt: skip
    entity = _iri(body.entity, "entity")
    if body.kind == "split":
        chosen = tuple(
            Anchor(_iri(s.document, "selection.document").value, s.start, s.end, s.quote)
            for s in body.selection or ()
        )
        return Correction(**common, entity=entity, selection=chosen)
    if body.kind == "retype":
        if body.new_type is None:
            raise CorrectionError(
                "a retype needs new_type", hint="org:Organization, pkg:Platform or pkg:Fund"
            )
        return Correction(**common, entity=entity, new_type=named_class(body.new_type))
    if body.kind == "relabel":
        if body.label is None or body.lang is None:
            raise CorrectionError("a relabelling needs label and lang")
        return Correction(**common, entity=entity, label=ox.Literal(body.label, language=body.lang))
    return Correction(**common, entity=entity, into=_iri(body.into, "into"))


@dataclass(frozen=True)
class CorrectionWriter:
    """Stores corrections one at a time (the lock SPARQL Update takes too), then tells
    the app that the store changed (workers, statistics, full-text index)."""

    store: BaseStore
    base_iri: str
    lock: threading.Lock
    # given the graphs written (the correction's and those it withdrew statements from)
    # and the correction stored, if one was
    changed: Callable[[list[str], Correction | None], None]

    def __call__(self, correction: Correction) -> Correction:
        return self.all([correction])[0]

    def all(self, made: Sequence[Correction]) -> list[Correction]:
        """Store the corrections of one form all or none (Reviewer.correct_all)."""
        return self._locked(lambda reviewer: reviewer.correct_all(made))

    def settle(self, withdrawal: Correction) -> list[Correction]:
        """Settle the stale correction `withdrawal.withdraws` (graph/settle.py)."""
        return self._locked(lambda reviewer: settle_stale(reviewer, withdrawal))

    def _locked(self, write: Callable[[Reviewer], list[Correction]]) -> list[Correction]:
        with self.lock:
            stored: list[Correction] = []
            try:
                stored = write(Reviewer(self.store, self.base_iri))
                return stored
            finally:
                # one correction carries the review lists over the write (app.py); several
                # (a date form, a settled stale correction) make them read again
                self.changed(
                    sorted({g for c in stored for g in _written(self.store, c)}),
                    stored[0] if len(stored) == 1 else None,
                )


def _written(store: BaseStore, stored: Correction) -> list[str]:
    """The graphs a stored correction changed: its own, those it withdrew statements from,
    and for a withdrawal those its target had withdrawn from (they get them back)."""
    graphs = {stored.iri, *(q.graph_name.value for q, _ in stored.removed)}
    if stored.kind == "withdraw" and stored.withdraws:
        target = read_correction(store, stored.withdraws)
        graphs |= {target.iri, *(q.graph_name.value for q in target.removed_quads)}
    return sorted(graphs)


class CorrectionRoutes:
    def __init__(
        self,
        store: BaseStore,
        settings: Settings,
        queries: Queries,
        write: CorrectionWriter,
        cache: GenerationCache | None = None,
    ) -> None:
        self.store, self.settings, self.queries, self.write = store, settings, queries, write
        # the pages' cache when given one: the queue's page and this API share look-alikes
        self.cache = cache or GenerationCache(lambda: getattr(queries, "generation", None), size=4)
        self.reviewers = Reviewers.load(settings.reviewers_path, settings.update_token)
        self.router = APIRouter()
        self.router.add_api_route("/api/corrections", self.listing, methods=["GET"],
                                  summary="The corrections, newest first (anyone may read them)")  # fmt: skip
        self.router.add_api_route("/api/corrections", self.create, methods=["POST"],
                                  summary="Store a correction (needs the update token)",
                                  status_code=201)  # fmt: skip
        self.router.add_api_route("/api/review/low-confidence", self.low_confidence,
                                  methods=["GET"], summary="Facts the extractor was least "
                                  "sure of, with their spans and reasons (anyone may read "
                                  "them)")  # fmt: skip
        self.router.add_api_route("/api/review/duplicates", self.duplicates, methods=["GET"],
                                  summary="Entities that look like duplicates, with the "
                                  "spans naming them (anyone may read them)")  # fmt: skip

    def listing(self, page: int = Query(1, ge=1, le=100_000)) -> JSONResponse:
        found = recent_corrections(self.queries, page, PAGE, cache=self.cache)
        items = [
            {
                "iri": c.iri, "kind": c.kind, "document": c.document, "reviewer": c.reviewer,
                "created": c.created, "reason": c.reason, "status": c.status,
                **({"stale_reason": c.stale_reason} if c.stale_reason is not None else {}),
            }
            for c in found.items
        ]  # fmt: skip
        return JSONResponse({"total": found.total, "page": page, "pages": found.pages,
                             "corrections": items})  # fmt: skip

    def low_confidence(self) -> JSONResponse:
        shown, total = doubtful_facts(self.queries, DUPLICATES_PAGE, cache=self.cache)
        return JSONResponse({"total": total, "facts": [doubtful_json(f) for f in shown]})

    def duplicates(self) -> JSONResponse:
        shown, total = look_alikes(self.queries, limit=DUPLICATES_PAGE, cache=self.cache)
        return JSONResponse({"total": total, "duplicates": [look_alike_json(f) for f in shown]})

    async def create(self, request: Request) -> JSONResponse:
        # the token before the body: nobody without it learns what a valid body is
        identity = identify_reviewer(request, self.reviewers)
        if self.store.read_only:
            raise ProtocolError(403, "the store is open read-only; corrections cannot be stored")
        raw = await request.body()
        if len(raw) > self.settings.max_request_bytes:
            raise ProtocolError(
                413, f"the body is larger than {self.settings.max_request_bytes} bytes"
            )
        try:
            body = CorrectionBody.model_validate_json(raw)
        except ValidationError as exc:
            errors = [f"{'.'.join(map(str, e['loc']))}: {e['msg']}" for e in exc.errors()]
            raise ProtocolError(400, "malformed correction: " + "; ".join(errors)[:1000],
                                hint="see docs/review.md for the fields of each kind") from None  # fmt: skip
        correction = identity.apply(correction_of(body))
        if body.kind == "settle":  # graph/settle.py: a copy anchored again, then the withdrawal
            *copies, stored = await run_in_threadpool(self.write.settle, correction)
        else:
            copies, stored = [], await run_in_threadpool(self.write, correction)
        return JSONResponse(
            {"iri": stored.iri, "kind": stored.kind, "status": stored.status,
             "withdrawn": len(stored.removed), "reviewer": stored.reviewer,
             "verified": stored.verified,
             **({"reanchored": copies[0].iri if copies else None}
                if body.kind == "settle" else {})},
            status_code=201,
        )  # fmt: skip
