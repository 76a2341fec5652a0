"""`/api/corrections`: anyone may read the corrections; writing one needs the update token.

GET runs one constant query through the endpoint's runner (its time and size limits). POST
takes a JSON body whose values become typed terms (IRIs checked by RFC 3987, literals)
before anything reaches the store, and calls `Reviewer.correct`, which checks the
correction against the SHACL shapes before writing it."""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Literal

import pyoxigraph as ox
from fastapi import APIRouter, Request
from fastapi.responses import JSONResponse
from policykg.graph.bound import PROLOGUE, Queries, bind
from policykg.graph.cache import GenerationCache
from policykg.graph.corrections import Reviewer
from policykg.graph.duplicates import look_alike_json, look_alikes
from policykg.graph.review import Anchor, Correction, CorrectionError
from policykg.graph.store import BaseStore
from pydantic import BaseModel, ConfigDict, Field, ValidationError
from starlette.concurrency import run_in_threadpool

from policykg.errors import ProtocolError
from policykg.reviewers import Reviewers
from policykg.settings import Settings

from .security import identify_reviewer

PAGE = 500  # corrections listed per request
DUPLICATES_PAGE = 200  # look-alike entities listed per request

LIST = (
    PROLOGUE
    + """SELECT ?c ?kind ?doc ?who ?when ?why ?status ?stale WHERE {
  GRAPH ?c { ?c a pkg:Correction ; pkg:correctionKind ?kind ; pkg:correctsDocument ?doc ;
             prov:generatedAtTime ?when ; pkg:reason ?why ; pkg:reviewStatus ?status ;
             prov:wasAttributedTo ?agent . ?agent schema:name ?who
             OPTIONAL { ?c pkg:staleReason ?stale } } }
ORDER BY DESC(?when) ?c"""
)


# The corrections that concern a node: of its document, of it, merged into it, or of a
# statement about it; with the machine statements each withdrew.
HISTORY = (
    PROLOGUE
    + """SELECT ?c ?kind ?who ?when ?why ?status ?p ?o WHERE {
  VALUES ?node {}
  GRAPH ?c { ?c a pkg:Correction ; pkg:correctionKind ?kind ; prov:generatedAtTime ?when ;
             pkg:reason ?why ; pkg:reviewStatus ?status ; prov:wasAttributedTo ?agent .
             ?agent schema:name ?who
             { ?c pkg:correctsDocument ?node } UNION { ?c pkg:correctsEntity ?node }
             UNION { ?c pkg:mergedInto ?node } UNION { ?c pkg:statement/rdf:subject ?node }
             UNION { ?c pkg:statement/rdf:object ?node }
             OPTIONAL { ?c pkg:removes ?r . ?r rdf:predicate ?p ; rdf:object ?o } } }
ORDER BY DESC(?when) ?c ?p ?o"""
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


def history(queries: Queries, iri: str, limit: int = 100) -> list[HistoryItem]:
    rows = queries.select(bind(HISTORY, node=ox.NamedNode(iri), limit=limit * 10))
    items: dict[str, HistoryItem] = {}
    for r in rows:
        item = items.get(r["c"].value)
        if item is None:
            item = items[r["c"].value] = HistoryItem(
                r["c"].value, r["kind"].value, r["who"].value, r["when"].value[:16],
                r["why"].value, r["status"].value,
            )  # fmt: skip
        if r["p"] is not None and (r["p"].value, r["o"].value) not in item.withdrew:
            item.withdrew.append((r["p"].value, r["o"].value))
    return list(items.values())[:limit]


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
    kind: Literal["reject", "relabel", "add", "merge", "split", "withdraw"]
    document: str = Field(max_length=2000)
    reviewer: str = Field("", max_length=200)  # a named token gives it
    reason: str = Field(max_length=2000)
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
    withdraws: str | None = Field(None, max_length=2000)  # withdraw: the correction's IRI


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
    if body.kind in ("reject", "add"):
        statement = (_iri(body.subject, "subject"), _iri(body.predicate, "predicate"),
                     _term(body.object))  # fmt: skip
        return Correction(**common, statement=statement)
    if body.kind == "withdraw":
        return Correction(**common, withdraws=_iri(body.withdraws, "withdraws").value)
    entity = _iri(body.entity, "entity")
    if body.kind == "split":
        chosen = tuple(
            Anchor(_iri(s.document, "selection.document").value, s.start, s.end, s.quote)
            for s in body.selection or ()
        )
        return Correction(**common, entity=entity, selection=chosen)
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
    changed: Callable[[], None]

    def __call__(self, correction: Correction) -> Correction:
        with self.lock:
            try:
                return Reviewer(self.store, self.base_iri).correct(correction)
            finally:
                self.changed()


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
        self.router.add_api_route("/api/review/duplicates", self.duplicates, methods=["GET"],
                                  summary="Entities that look like duplicates, with the "
                                  "spans naming them (anyone may read them)")  # fmt: skip

    def listing(self) -> JSONResponse:
        rows = self.queries.select(bind(LIST, limit=PAGE))
        items = [
            {
                "iri": r["c"].value, "kind": r["kind"].value, "document": r["doc"].value,
                "reviewer": r["who"].value, "created": r["when"].value, "reason": r["why"].value,
                "status": r["status"].value,
                **({"stale_reason": r["stale"].value} if r["stale"] is not None else {}),
            }
            for r in rows
        ]  # fmt: skip
        return JSONResponse({"corrections": items})

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
        stored = await run_in_threadpool(self.write, correction)
        return JSONResponse(
            {"iri": stored.iri, "kind": stored.kind, "status": stored.status,
             "withdrawn": len(stored.removed), "reviewer": stored.reviewer,
             "verified": stored.verified},
            status_code=201,
        )  # fmt: skip
