"""The web pages for policy staff: home, search, entity pages, the document reader and
the network view, in 繁體 or 简体 (chosen with ?script=, remembered in a cookie).

Pages are rendered on the server with Jinja2 (no CDN, no build step, readable without
JavaScript); the only script is the query editor's. Each page is a few queries, each a
constant template with bound values (graph/bound.py), run under the endpoint's limits.
A path or parameter that does not name an instance under the base IRI is a 404, never
part of a query.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import re
from pathlib import Path
from typing import Literal
from urllib.parse import quote, urlencode

import pyoxigraph as ox
from fastapi import APIRouter, Query, Request
from fastapi.responses import HTMLResponse
from jinja2 import Environment, FileSystemLoader, select_autoescape
from policykg.graph import annotation, browse, lifecycle, network, network_labels, paged, reflow
from policykg.graph.bound import (
    PROLOGUE,
    NotAnInstance,
    Queries,
    bind,
    instance_iri,
    iris,
    stored_iri,
)
from policykg.graph.cache import GenerationCache
from policykg.graph.file_graph import document_of, file_graph, provision_prefix
from policykg.graph.found_by import found_by
from policykg.graph.fulltext import FullTextIndex, passage
from policykg.ingest.script import to_simplified, to_traditional

from policykg.errors import ProtocolError
from policykg.settings import Settings
from policykg.vocab import ELI, OA, ORG, PKG, SCHEMA

from . import ui_text
from .corrections import history, machine_view_link
from .ui_text import INCOMING, KIND_NAMES, LANG, LIST_NAMES, PROPERTIES

TEMPLATES = Path(__file__).parent / "templates"
COOKIE = "policykg_script"
LINKABLE_SCHEMES = ("http://", "https://")
DOCUMENT_KINDS = {"agreement": PKG + "Agreement", "plan": PKG + "Plan", "paper": PKG + "Paper",
                  "legislation": PKG + "Legislation"}  # fmt: skip

# What a document mentions, then their classes by a second query (graph/browse.py TYPES):
# asked together, Oxigraph 0.5 joined every typed node of the store (0.2 s on the scale
# corpus; 0.3 ms apart).
MENTIONED_IN_DOCUMENT = (
    PROLOGUE
    + """SELECT DISTINCT ?e WHERE { VALUES ?g {} VALUES ?within {}
  GRAPH ?g { ?prov a eli:LegalResourceSubdivision } FILTER(STRSTARTS(STR(?prov), ?within))
  ?e pkg:mentionedIn ?prov }"""
)
MENTIONED_CLASSES = {PKG + "Platform", PKG + "Fund", ORG + "Organization", PKG + "Agreement",
                     PKG + "Plan", PKG + "Paper", PKG + "Event", SCHEMA + "MonetaryAmount"}  # fmt: skip
PROVISIONS = (
    PROLOGUE
    + """SELECT ?p ?num ?s ?e (SAMPLE(?hant) AS ?heading_hant) (SAMPLE(?hans) AS ?heading_hans)
WHERE { VALUES ?g {} VALUES ?within {}
  GRAPH ?g { ?p a eli:LegalResourceSubdivision ; eli:number ?num ;
                pkg:sourceStart ?s ; pkg:sourceEnd ?e }
  FILTER(STRSTARTS(STR(?p), ?within))
  OPTIONAL { ?p pkg:heading ?hant FILTER(langMatches(lang(?hant), "zh-Hant")) }
  OPTIONAL { ?p pkg:heading ?hans FILTER(langMatches(lang(?hans), "zh-Hans")) }
} GROUP BY ?p ?num ?s ?e"""
)
# A document's provisions in its file's graph (an annex shares its main document's): those
# whose IRIs start with the document's (graph/file_graph.py).
# The OPTIONALs stand outside GRAPH ?g: inside it, Oxigraph 0.5 evaluates them with
# ?g unbound, a scan of every graph (132 s on the scale corpus; 2 ms outside). A
# provision's IRI is its document's own, so the union graph finds the same headings.
# The home page's timeline: the latest dated statements (the lists page through the rest).
HOME_EVENTS = 30
# The documents naming a node and its mentions an entity page lists, at most.
SHOWN_LINKS = 50
# A provision without a heading is listed by the first words of its text, up to here.
LEAD_ENDS = "，。；：,;:！？"
LEAD_LENGTH = 24


def script_of(request: Request) -> str:
    """?script= first, then the remembered choice, then the browser's language."""
    chosen = request.query_params.get("script") or request.cookies.get(COOKIE)
    if chosen in ui_text.SCRIPTS:
        return chosen
    accept = request.headers.get("accept-language", "").lower()
    return "Hans" if any(tag in accept for tag in ("zh-cn", "zh-hans", "zh-sg")) else "Hant"


def in_script(text: str, script: str) -> str:
    return to_traditional(text) if script == "Hant" else to_simplified(text)


class Pages:
    """Renders the pages of one store, read through `queries`; `router` holds the routes."""

    def __init__(
        self, queries: Queries, settings: Settings, fulltext: FullTextIndex | None = None
    ) -> None:
        self.queries = queries
        self.fulltext = fulltext
        self.search_time_limit = settings.query_timeout
        self.base = settings.base_iri
        self._last_layout: tuple = (None, None)  # (the graph's edges, its picture)
        self.cache = GenerationCache(lambda: getattr(queries, "generation", None))
        # reflowed sources (a plain-text source's paragraphs, graph/reflow.py), the few last
        self.reflow_cache = GenerationCache(lambda: getattr(queries, "generation", None), size=8)
        # entity pages' lists, three per node, apart: a crawl of entity pages must not
        # drop the home page's and the network's answers from `cache`
        self.node_cache = GenerationCache(lambda: getattr(queries, "generation", None), size=384)
        self.env = Environment(
            loader=FileSystemLoader(TEMPLATES), autoescape=select_autoescape(["html"]),
            trim_blocks=True, lstrip_blocks=True,
        )  # fmt: skip
        self.router = APIRouter(include_in_schema=False)
        self.router.add_api_route("/", self.home, methods=["GET"], response_class=HTMLResponse)
        self.router.add_api_route(
            "/search", self.search, methods=["GET"], response_class=HTMLResponse
        )
        self.router.add_api_route(
            "/network", self.network, methods=["GET"], response_class=HTMLResponse
        )
        self.router.add_api_route(
            "/read/{path:path}", self.reader, methods=["GET"], response_class=HTMLResponse
        )
        self.router.add_api_route(
            "/list/{collection}", self.list_page, methods=["GET"], response_class=HTMLResponse
        )

    # -- helpers ---------------------------------------------------------------------------

    def href(self, iri: str) -> str:
        """Where a link to the IRI goes: its /id/ page, the IRI itself when it is a web
        address, else nowhere (a stored `javascript:` IRI must never become a link)."""
        if iri.startswith(self.base):
            return "/id/" + quote(iri[len(self.base) :], safe="/:@!$&'()*+,;=-._~%")
        return iri if iri.lower().startswith(LINKABLE_SCHEMES) else "#"

    def iri_of(self, path: str) -> str:
        """The instance IRI a path names; raises NotAnInstance (a 404)."""
        return instance_iri(self.base, path).value

    def _instance(self, value: str | None) -> str | None:
        """A parameter naming an instance of this store, or None (as if not given)."""
        node = stored_iri(self.base, value) if value else None
        return node.value if node else None

    def render(self, request: Request, template: str, status: int = 200, **context) -> HTMLResponse:
        script = script_of(request)
        labels: dict[str, browse.Label] = context.pop("labels", {})

        def label(iri: str) -> str:
            found = labels.get(iri)
            return found.get(script) if found and found.get(script) else iri.rsplit("/", 1)[-1]

        def switch_url() -> str:
            params = dict(request.query_params)
            params["script"] = "Hans" if script == "Hant" else "Hant"
            return f"{request.url.path}?{urlencode(params)}"

        page = self.env.get_template(template).render(
            script=script, lang=LANG[script], t=lambda key, **v: ui_text.text(key, script, **v),
            t_or_empty=lambda key: ui_text.text(key, script) if key in ui_text.TEXT else "",
            pick=lambda pair: ui_text.pick(pair, script), href=self.href, label=label,
            kind_name=lambda cls: ui_text.pick(KIND_NAMES.get(cls, (cls, cls)), script),
            switch_url=switch_url(), path=request.url.path,
            in_script=lambda text: in_script(text, script), **context,
        )  # fmt: skip
        response = HTMLResponse(page, status_code=status)
        if request.query_params.get("script") in ui_text.SCRIPTS:
            response.set_cookie(COOKIE, script, max_age=365 * 86400, samesite="lax")
        return response

    # -- pages -----------------------------------------------------------------------------

    def home(self, request: Request) -> HTMLResponse:
        return self.render(request, "home.html", list_names=LIST_NAMES,
                           **self.cache.get("home", self._home))  # fmt: skip

    def _home(self) -> dict:
        """What the home page shows: the same for every visitor until the store changes."""
        counts = browse.counts(self.queries)
        events = browse.timeline(self.queries, latest=HOME_EVENTS)
        parties = self._party_graph()
        agreements = network.most_connected(parties, "agreement")
        organisations = network.most_connected(parties, "organisation")
        iris = [e.iri for e in events] + [i for i, _ in agreements + organisations]
        return dict(counts=counts, events=events, agreements=agreements,
                    organisations=organisations, labels=browse.labels(self.queries, iris))  # fmt: skip

    def _party_graph(self):
        return self.cache.get("party graph", lambda: network.party_graph(self.queries))

    def search(self, request: Request, q: str = Query("", max_length=200)) -> HTMLResponse:
        groups, passages = self.find(q)
        script = script_of(request)
        shown = [
            (doc, node, passage(in_script(text, script), in_script(q, script)))
            for doc, node, text in passages
        ]
        iris = [i for members in groups.values() for i in members]
        iris += [i for doc, node, _ in passages for i in (doc, node)]
        return self.render(request, "search.html", q=q, groups=groups, passages=shown,
                           labels=browse.labels(self.queries, iris))  # fmt: skip

    def find(self, q: str) -> tuple[dict[str, list[str]], list[tuple[str, str, str]]]:
        """What a search finds: nodes by name, alias or title, grouped by kind, and
        passages of the provisions' text as (document, provision, text). By words in the
        full-text index when there is one, else by substring of names in the store."""
        if not q.strip():
            return {}, []
        if self.fulltext is None:
            return browse.search(self.queries, q), []
        hits = self.fulltext.search(q, limit=100, time_limit=self.search_time_limit)
        kinds = browse.most_specific_types(self.queries, {h.node for h in hits})
        provision = ELI + "LegalResourceSubdivision"
        groups: dict[str, list[str]] = {}
        passages: list[tuple[str, str, str]] = []
        for hit in hits:
            kind = kinds.get(hit.node)
            if hit.field == "text" or kind == provision:
                if len(passages) < 20 and hit.node not in {n for _, n, _ in passages}:
                    # the provision's own document: an annex's shares its main one's graph
                    document = document_of(hit.node) or hit.graph
                    passages.append((document, hit.node, hit.original))
            elif kind is not None and hit.node not in groups.get(kind, []):
                groups.setdefault(kind, []).append(hit.node)
        return groups, passages

    def entity_page(self, request: Request, iri: str) -> HTMLResponse:
        found = browse.entity(self.queries, iri, sources_for=PROPERTIES, with_incoming=False)
        if found is None:
            return self.not_found(request, iri)
        if OA + "Annotation" in found.types:
            return self.annotation_page(request, iri)
        # the links to it grow with its fame (966 to 國務院), the page shows SHOWN_LINKS of
        # each: kept, shown and counted, until the store changes
        linked_from = self.node_cache.get(
            ("linked from", iri, SHOWN_LINKS), lambda: self._linked_from(iri)
        )
        lang = LANG[script_of(request)].lower()
        facts = []
        for predicate in PROPERTIES:
            links = found.values(predicate)
            # a literal in the page's script when there is one, else whatever there is
            in_script = [k for k in links if not k.language or k.language.lower() == lang]
            if links:
                facts.append((predicate, in_script or links))
        today = dt.date.today().isoformat()
        life = lifecycle.document_life(self.queries, found, today) if found.is_work else None
        if life is not None:  # the links between documents are shown with their sentences
            facts = [(p, links) for p, links in facts if p not in lifecycle.RELATIONS]
        incoming = [  # (predicate, the first SHOWN_LINKS subjects, how many there are)
            links
            for links in linked_from
            if not (life is not None and links[0] in lifecycle.RELATIONS)
        ]
        kinds = browse.most_specific_types(self.queries, [iri])
        # a node named across the store is shown by its first so many (and their labels);
        # reading them grows with its fame, so they are kept until the store changes
        named = self.node_cache.get(
            ("named", iri, found.is_work, SHOWN_LINKS),
            lambda: browse.named(self.queries, iri, shown=SHOWN_LINKS, is_work=found.is_work),
        )
        naming, naming_total = named.documents, named.documents_total
        mentions, mentions_total = named.mentions, named.mentions_total
        mentioned_here = self._mentioned_in_document(iri) if found.is_work else []
        has_text = found.is_work and browse.source_text(self.queries, iri) is not None
        linked = [link.target for _, links in facts for link in links if link.is_iri]
        linked += [s for _, subjects, _ in incoming for s in subjects]
        linked += [d for d, _, _ in naming] + [m.document for m in mentions]
        linked += [i for _, members in mentioned_here for i in members]
        amount_iris = [
            link.target for _, links in facts for link in links if link.predicate == PKG + "amount"
        ]
        amount_iris += dict(mentioned_here).get(SCHEMA + "MonetaryAmount", [])
        money = browse.amounts(self.queries, amount_iris)
        amounts = {node: money_text(m.value, m.currency) for node, m in money.items()}
        # the clause each sum measures, in the page's script (pkg:purpose)
        script_tag = LANG[script_of(request)]
        purposes = {
            node: m.purpose.get(script_tag) or next(iter(m.purpose.values()))
            for node, m in money.items()
            if m.purpose
        }
        people = {link.target: browse.entity(self.queries, link.target) for _, links in facts
                  for link in links if link.predicate == PKG + "signatory"}  # fmt: skip
        linked += [a.first(SCHEMA + "affiliation") or "" for a in people.values() if a]
        linked += [r.other for r in life.relations] if life else []
        corrected = history(self.queries, iri)  # what reviewers changed, by whom, when
        linked += [
            o for c in corrected for _, o in (*c.withdrew, *c.asserted) if o.startswith("http")
        ]
        # the rules and lists that found it (pkg:method), counted over all its annotations
        why = self.node_cache.get(("found by", iri), lambda: found_by(self.queries, iri))
        linked += [minted for minted, _ in why.joined]
        labels = browse.labels(self.queries, [iri, *linked])
        return self.render(
            request, "entity.html", entity=found, kind=kinds.get(iri), facts=facts,
            history=corrected, machine_view=machine_view_link(iri), found_by=why,
            incoming=incoming, naming=naming, mentions=mentions, mentioned_here=mentioned_here,
            naming_total=naming_total, mentions_total=mentions_total,
            has_text=has_text, life=life, amounts=amounts, purposes=purposes, people=people,
            properties=PROPERTIES, incoming_names=INCOMING, own=labels.get(iri, browse.Label()),
            read_href=self.read_href, labels=labels,
            formats=[("JSON-LD", "application/ld+json"), ("Turtle", "text/turtle"),
                     ("N-Triples", "application/n-triples")],
        )  # fmt: skip

    def _linked_from(self, iri: str) -> list[tuple[str, list[str], int]]:
        """(predicate, the first SHOWN_LINKS subjects, how many there are) of each link
        to the node a page shows."""
        to = browse.Entity(iri, incoming=browse.links_to(self.queries, iri))
        return [(p, subjects[:SHOWN_LINKS], len(subjects)) for p in INCOMING
                if (subjects := to.linked_from(p))]  # fmt: skip

    def annotation_page(self, request: Request, iri: str) -> HTMLResponse:
        """An annotation: the fact it supports, and its quote in context."""
        found = annotation.annotation(self.queries, iri)
        if found is None:
            return self.not_found(request, iri)
        text = browse.source_text(self.queries, found.source.document)
        document = found.source.document
        context = (
            reflow.context(text[0], self._flow(document, text[0], paged.paging(self.queries,
                           document)), found.source.start, found.source.end)
            if text is not None and found.source.end <= len(text[0])
            and not found.source.quoted_from
            else annotation.Context("", found.source.quote, "")
        )  # fmt: skip
        nodes = [iri, found.body, found.source.document, found.source.provision or ""]
        nodes += [found.value] if found.value_is_iri else []
        return self.render(
            request, "annotation.html", note=found, context=context, properties=PROPERTIES,
            read_href=self.read_href, labels=browse.labels(self.queries, nodes),
        )  # fmt: skip

    def not_found(self, request: Request, iri: str) -> HTMLResponse:
        return self.render(request, "not_found.html", status=404, iri=iri)

    def read_href(self, source: browse.Source | None, document: str | None = None) -> str:
        if source is None or source.quoted_from:  # no span: the whole document
            document = source.document if source is not None else document
            return self.href(document or "").replace("/id/", "/read/", 1)
        query = urlencode({"start": source.start, "end": source.end})
        return self.href(source.document).replace("/id/", "/read/", 1) + f"?{query}#mark"

    def list_page(
        self,
        request: Request,
        collection: browse.ListName,
        kind: str | None = Query(None, max_length=20),
        party: str | None = Query(None, max_length=500),
        year: str | None = Query(None, max_length=4),
        in_force_on: str | None = Query(None, max_length=10),
        language: str | None = Query(None, max_length=7),
        order: Literal["oldest", "newest"] = "oldest",
        page: int = Query(1, ge=1, le=100_000),
        size: int = Query(25, ge=1, le=200),
    ) -> HTMLResponse:
        """A list for people: one kind of node, filtered, in date order, a page at a time.
        The filters come from a form, which sends an empty field for "any"."""
        kind, party, language = kind or None, party or None, language or None
        if kind is not None and kind not in DOCUMENT_KINDS:
            raise ProtocolError(400, f"kind {kind!r} is not one of {', '.join(DOCUMENT_KINDS)}")
        if language is not None and language not in ("zh-Hant", "zh-Hans"):
            raise ProtocolError(400, f"language {language!r} is not zh-Hant or zh-Hans")
        if year and not (year.isascii() and year.isdigit() and 1900 <= int(year) <= 2200):
            raise ProtocolError(400, f"year {year!r} is not a year from 1900 to 2200")
        try:
            day = dt.date.fromisoformat(in_force_on) if in_force_on else None
        except ValueError:
            raise ProtocolError(400, f"in_force_on {in_force_on!r} is not a date",
                                hint="give it as YYYY-MM-DD") from None  # fmt: skip
        party_iri = self._instance(party) if party else None
        if party and party_iri is None:
            raise ProtocolError(400, f"party {party!r} is not the IRI of an instance of this store",
                                hint="choose a party from the list's filter")  # fmt: skip
        year_number = int(year) if year else None
        in_force_on = day.isoformat() if day else None
        documents = collection in ("agreements", "documents")
        found = self.listing(
            collection, party=party_iri,
            document_kind=DOCUMENT_KINDS[kind] if kind and documents else None,
            year=year_number, in_force_on=in_force_on,
            language=language if documents else None, newest_first=order == "newest",
            page=page, size=size,
        )  # fmt: skip
        parties = sorted(
            n for n, d in self._party_graph().nodes(data=True) if d["kind"] == "organisation"
        )
        chosen = {"kind": kind, "party": party_iri, "year": year_number,
                  "in_force_on": in_force_on,
                  "language": language, "order": order if order != "oldest" else None,
                  "size": size if size != 25 else None}  # fmt: skip
        chosen = {k: v for k, v in chosen.items() if v is not None}
        pages = max(1, -(-found.total // size))

        def page_url(number: int) -> str:
            return f"/list/{collection}?{urlencode({**chosen, 'page': number})}"

        return self.render(
            request, "list.html", collection=collection, found=found, chosen=chosen,
            documents=documents, parties=parties, pages=pages, page_url=page_url,
            kinds=list(DOCUMENT_KINDS.items()), list_names=LIST_NAMES,
            api_url=f"/api/{collection}?{urlencode({**chosen, 'page': page})}",
            labels=browse.labels(self.queries, [i.iri for i in found.items] + parties),
        )  # fmt: skip

    def listing(self, collection: str, **filters) -> browse.Page:
        """One page of a list (browse.listing), kept until the store changes: ordering a
        kind by date reads every node of the kind, whatever the page shows."""
        key = ("listing", collection, tuple(sorted(filters.items())))
        return self.cache.get(key, lambda: browse.listing(self.queries, collection, **filters))

    def _provisions_of(self, doc: str) -> dict[str, ox.NamedNode | ox.Literal]:
        """The values that choose a document's own provisions: its file's graph, and
        the prefix of their IRIs (an annex's are in its main document's graph)."""
        graph = file_graph(self.queries, doc)
        return {"g": ox.NamedNode(graph), "within": ox.Literal(provision_prefix(doc))}

    def _mentioned_in_document(self, doc: str) -> list[tuple[str, list[str]]]:
        rows = self.queries.select(bind(MENTIONED_IN_DOCUMENT, **self._provisions_of(doc)))
        mentioned = [row["e"].value for row in rows]
        grouped: dict[str, list[str]] = {}
        if mentioned:
            for row in self.queries.select(bind(browse.TYPES, s=iris(sorted(mentioned)))):
                if row["c"].value in MENTIONED_CLASSES:
                    grouped.setdefault(row["c"].value, []).append(row["s"].value)
        return sorted((cls, sorted(members)) for cls, members in grouped.items())

    def reader(
        self, request: Request, path: str, start: int | None = None, end: int | None = None
    ) -> HTMLResponse:
        try:
            iri = self.iri_of(path)
        except NotAnInstance:
            return self.not_found(request, self.base + path)
        script = script_of(request)
        found = browse.source_text(self.queries, iri)
        if found is None:
            return self.not_found(request, iri)
        source, own = found
        rows = self.queries.select(bind(PROVISIONS, **self._provisions_of(iri)))
        provisions = sorted(
            (int(r["s"].value), int(r["e"].value), r["num"].value, r["p"].value)
            for r in rows
        )  # fmt: skip
        slot = "heading_hant" if script == "Hant" else "heading_hans"
        headings = {r["p"].value: r[slot].value for r in rows if r[slot] is not None}
        # an annex or a gazette issue's document: its provisions only, not the rest of the file
        stop = len(source) if own else max((e for _, e, _, _ in provisions), default=len(source))
        pages = paged.paging(self.queries, iri)  # a PDF: each piece says its page(s)
        flow = self._flow(iri, source, pages)  # PDF line breaks joined
        pieces = self._pieces(source[:stop], provisions, start, end, script, flow)
        for piece in pieces:
            piece["heading"] = _heading(piece, headings.get(piece["iri"] or ""))
        if not own:
            pieces = [piece for piece in pieces if piece["iri"]]
        context = None
        if start is not None and end is not None and 0 <= start < end <= len(source):
            found = reflow.context(source, flow, start, end)
            context = annotation.Context(
                in_script(found.lead, script), in_script(found.quote, script),
                in_script(found.tail, script),
            )  # fmt: skip
        for piece in pieces if pages else ():
            first, last = pages.page_of(piece["at"]), pages.page_of(piece["until"] - 1)
            piece["pages"] = str(first) if first == last else f"{first}–{last}"
        blocks = None if pages else paged.elements(self.queries, iri)  # a web page, Word
        for piece in pieces if blocks else ():
            piece["element"] = blocks.element_of(piece["at"])
        return self.render(request, "reader.html", iri=iri, pieces=pieces, marked=start is not None,
                           context=context, pages=pages,
                           labels=browse.labels(self.queries, [iri]))  # fmt: skip

    def _flow(self, iri: str, source: str, pages: paged.Paging | None) -> reflow.Reflowed | None:
        """The document's source with PDF line breaks joined, when it is plain text (a
        PDF read as such, whose `pages` paged.paging gives, has none), kept for the few
        documents last read."""
        if pages is not None:
            return None
        return self.reflow_cache.get(iri, lambda: reflow.reflowed(self.queries, iri, source))

    @staticmethod
    def _pieces(
        source: str, provisions, start: int | None, end: int | None, script: str,
        flow: reflow.Reflowed | None = None,
    ) -> list[dict]:  # fmt: skip
        """The source cut at each provision's start; the piece holding [start, end) carries
        the highlight. Pieces are converted separately, so the highlight survives the
        script conversion whatever it does to lengths. With `flow`, each part is shown
        as its reflowed text (cut by source offsets all the same)."""

        def shown(a: int, b: int) -> str:
            return in_script(flow.between(a, b) if flow else source[a:b], script)

        def as_written(a: int, b: int) -> str:
            return in_script(source[a:b], script)

        def marked(at: int, until: int, show) -> dict:
            e = min(end, until)
            return {"before": show(at, start), "mark": show(start, e), "after": show(e, until)}

        cuts = [(0, None, None)] + [(s, num, p) for s, _, num, p in provisions]
        pieces = []
        for index, (at, number, iri) in enumerate(cuts):
            until = cuts[index + 1][0] if index + 1 < len(cuts) else len(source)
            if until <= at:
                continue
            piece = {
                "number": number,
                "iri": iri,
                "before": shown(at, until),
                "mark": "",
                "after": "",
                "at": at,
                "until": until,
            }
            if start is not None and end is not None and at <= start < until:
                piece.update(marked(at, until, shown))
                if flow and not piece["mark"].strip():  # a span the reflow left out: the source
                    piece.update(marked(at, until, as_written))
            pieces.append(piece)
        return pieces

    def _layout(self, parties) -> network.Network:
        """The picture of the party graph, laid out again only when the graph changed:
        the spring layout is most of the page's time, and the same graph always gets the
        same picture (fixed seed), so the last one is kept."""
        key = _edges(parties)
        if self._last_layout[0] != key:
            self._last_layout = (key, network.network(parties))
        return self._last_layout[1]

    def network(self, request: Request, source: str | None = Query(None, alias="from"),
                target: str | None = Query(None, alias="to")) -> HTMLResponse:  # fmt: skip
        source, target = self._instance(source), self._instance(target)
        parties = self._party_graph()
        graph = self._layout(parties)
        organisations = sorted(n.iri for n in graph.nodes if n.kind == "organisation")
        chain = network.shortest_chain(parties, source, target) if source and target else None
        partners = network.partners(parties, source) if source else []
        iris = [n.iri for n in graph.nodes] + (chain or [])
        iris += [i for o, agreements in partners for i in (o, *agreements)]
        labels = browse.labels(self.queries, iris)
        script = script_of(request)
        names = {n.iri: labels[n.iri].get(script) for n in graph.nodes if n.iri in labels}
        return self.render(
            request, "network.html", graph=graph, organisations=organisations, source=source,
            target=target, chain=chain, partners=partners, labels=labels,
            placed=network_labels.place_labels(graph.nodes, names),
            levels=network_labels.LEVELS, font=network_labels.FONT,
        )  # fmt: skip


def _edges(parties) -> tuple:
    return tuple(sorted(tuple(sorted(edge)) for edge in parties.edges()))


def _heading(piece: dict, heading: str | None) -> str:
    """What a provision is listed by: its heading, else the first words of its text
    after its number (一、 alone says nothing of what the provision is about)."""
    if heading:
        return heading
    number = piece["number"] or ""
    # PDF-extracted text breaks lines mid-sentence: a line break ends no lead
    text = re.sub(r"\s*\n\s*", "", piece["before"] + piece["mark"] + piece["after"]).strip()
    if number and text.startswith(number):
        text = text[len(number) :].lstrip()
    cut = next((i for i, c in enumerate(text) if c in LEAD_ENDS), len(text))
    lead = text[: min(cut, LEAD_LENGTH)]
    return lead + ("…" if cut > LEAD_LENGTH else "")


def money_text(value: str | None, currency: str | None) -> str:
    """HKD 29,500,000,000: the exact value, grouped for reading."""
    shown = value or "?"
    with contextlib.suppress(ValueError):
        shown = f"{float(shown):,.0f}"
    return f"{currency or ''} {shown}".strip()
