"""Linked data: every instance IRI dereferences under /id/ (HTML for a browser, RDF by
`Accept` or `?format=`), and a paginated JSON-LD REST surface for lists and search.

An IRI `{base}{path}` is served at `/id/{path}` with a direct 200 (no 303: the IRIs name
things, and the answer describes them; `Content-Location` says which representation
was sent). Lists are Hydra collections, compacted with the project's context.
"""

from __future__ import annotations

import json
from datetime import date
from typing import Annotated, Literal
from urllib.parse import quote

import pyoxigraph as ox
from fastapi import APIRouter, Query, Request
from fastapi.responses import RedirectResponse, Response
from policykg.graph import browse
from policykg.graph.bound import (
    PROLOGUE,
    NotAnInstance,
    Queries,
    bind,
    instance_iri,
    iris,
    stored_iri,
)
from policykg.graph.jsonld import context_document, to_jsonld
from policykg.graph.results import MEDIA_TYPES, render_graph

from policykg.errors import ProtocolError
from policykg.settings import Settings
from policykg.vocab import RDF, XSD

from .negotiation import GRAPH_MEDIA, negotiate, prefers_html
from .pages import DOCUMENT_KINDS, Pages

HYDRA = "http://www.w3.org/ns/hydra/core#"
ListKind = Literal[
    "agreements", "documents", "organisations", "platforms", "funds", "events", "people"
]


def jsonld_with_hydra(triples: list[ox.Triple]) -> bytes:
    context = dict(context_document()["@context"])
    context["hydra"] = HYDRA
    # members are always an array, also for one member ("@set"), and for none (below)
    context["hydra:member"] = {"@id": "hydra:member", "@type": "@id", "@container": "@set"}
    quads = (ox.Quad(t.subject, t.predicate, t.object) for t in triples)
    document = json.loads(to_jsonld(quads, context=context))
    nodes = document.get("@graph", [document])
    for node in nodes:
        if node.get("type") == "hydra:Collection":
            node.setdefault("hydra:member", [])
    return json.dumps(document, ensure_ascii=False, indent=1).encode("utf-8")


SUMMARIES = (
    PROLOGUE
    + """CONSTRUCT { ?s ?p ?o } WHERE { VALUES ?s {} ?s ?p ?o
  FILTER(?p IN (rdf:type, skos:prefLabel, skos:altLabel, schema:name, eli:date_document, pkg:date, pkg:party,
                eli:first_date_entry_in_force, eli:date_no_longer_in_force)) }"""
)


# a reviewer's merge (pkg:mergedInto) or the identity stage's (owl:sameAs): the IRI redirects
MERGED_INTO = (
    PROLOGUE + "SELECT ?into WHERE { VALUES ?node {} "
    "?node pkg:mergedInto|<http://www.w3.org/2002/07/owl#sameAs> ?into } LIMIT 1"
)


def iri_of_url(url: str) -> ox.NamedNode:
    """A request URL as an IRI: characters a browser leaves unencoded in a query string
    (`{`, `|`, `^`, a backtick, a quote) are not allowed in an IRI, so they are encoded."""
    return ox.NamedNode(quote(url, safe="/:?#[]@!$&'()*+,;=-._~%"))


class Resources:
    def __init__(self, queries: Queries, settings: Settings, pages: Pages) -> None:
        self.queries = queries
        self.base = settings.base_iri
        self.pages = pages
        self.router = APIRouter()
        self.router.add_api_route(
            "/id/{path:path}", self.dereference, methods=["GET"], include_in_schema=True,
            summary="Any instance IRI: HTML for browsers, JSON-LD / Turtle / N-Triples by Accept or ?format=",
        )  # fmt: skip
        self.router.add_api_route("/api/search", self.search, methods=["GET"],
                                  summary="Search names and aliases in either script (JSON-LD)")  # fmt: skip
        self.router.add_api_route("/api/{collection}", self.listing, methods=["GET"],
                                  summary="A paginated list of one kind of node (JSON-LD)")  # fmt: skip

    def dereference(self, request: Request, path: str,
                    format: Annotated[str | None, Query(description="a media type, instead of Accept")] = None,
                    ) -> Response:  # fmt: skip
        accept = format or request.headers.get("accept")
        try:
            iri = instance_iri(self.base, path).value
        except NotAnInstance:
            if format is None and prefers_html(accept):
                return self.pages.not_found(request, self.base + path)
            raise ProtocolError(404, f"nothing is known about {path!r}",
                                hint="search for it at /api/search?q=… or see /sparql") from None  # fmt: skip
        merged = self._merged_into(iri)
        if merged is not None:  # an entity merged into another (a reviewer, identity): its alias
            target = "/id/" + quote(merged[len(self.base) :], safe="/")
            if request.url.query:
                target += "?" + request.url.query
            return RedirectResponse(target, status_code=301)
        if format is None and prefers_html(accept):
            return self.pages.entity_page(request, iri)
        fmt = negotiate(accept, GRAPH_MEDIA)
        if fmt is None:
            raise ProtocolError(406, f"cannot describe a node as {accept}",
                                hint="accept text/html, application/ld+json, text/turtle or application/n-triples")  # fmt: skip
        triples = browse.description(self.queries, iri)
        if not triples:
            raise ProtocolError(404, f"nothing is known about <{iri}>",
                                hint="search for it at /api/search?q=… or see /sparql")  # fmt: skip
        body = jsonld_with_hydra(triples) if fmt == "jsonld" else render_graph(triples, fmt)
        return Response(body, media_type=MEDIA_TYPES[fmt],
                        headers={"Vary": "Accept", "Content-Location": str(request.url)})  # fmt: skip

    def _merged_into(self, iri: str) -> str | None:
        rows = self.queries.select(bind(MERGED_INTO, node=ox.NamedNode(iri)))
        into = rows[0]["into"].value if rows else None
        return into if into is not None and into.startswith(self.base) and into != iri else None

    def listing(
        self,
        request: Request,
        collection: ListKind,
        party: Annotated[str | None, Query(description="IRI of a party (agreements)")] = None,
        document_kind: Annotated[
            Literal["agreement", "plan", "paper", "legislation"] | None,
            Query(alias="kind", description="finer kind of document"),
        ] = None,
        year: Annotated[
            int | None, Query(ge=1900, le=2200, description="year of the document's date")
        ] = None,
        in_force_on: Annotated[
            date | None, Query(description="in force on this day (YYYY-MM-DD)")
        ] = None,
        page: Annotated[int, Query(ge=1, le=100_000)] = 1,
        size: Annotated[int, Query(ge=1, le=200)] = 20,
    ) -> Response:
        if party is not None and stored_iri(self.base, party) is None:
            raise ProtocolError(400, f"party {party!r} is not the IRI of an instance of this store",
                                hint=f"give an IRI that starts with {self.base}, as the lists show") from None  # fmt: skip
        found = self.pages.listing(
            collection, party=party,
            document_kind=DOCUMENT_KINDS[document_kind] if document_kind else None,
            year=year, in_force_on=in_force_on.isoformat() if in_force_on else None,
            page=page, size=size,
        )  # fmt: skip
        return self.collection(request, [i.iri for i in found.items], found.total, page, size)

    def search(self, request: Request,
               q: Annotated[str, Query(min_length=1, max_length=200, description="a name, alias or title")],
               ) -> Response:  # fmt: skip
        groups, passages = self.pages.find(q)
        members = [iri for group in groups.values() for iri in group]
        members += [doc for doc in dict.fromkeys(d for d, _, _ in passages) if doc not in members]
        return self.collection(request, members, len(members), 1, max(1, len(members)))

    def collection(
        self, request: Request, members: list[str], total: int, page: int, size: int
    ) -> Response:
        node = iri_of_url(str(request.url))
        triples = self._search_template(request, node)
        triples += [
            ox.Triple(node, ox.NamedNode(RDF + "type"), ox.NamedNode(HYDRA + "Collection")),
            ox.Triple(node, ox.NamedNode(HYDRA + "totalItems"),
                      ox.Literal(str(total), datatype=ox.NamedNode("http://www.w3.org/2001/XMLSchema#integer"))),
        ]  # fmt: skip
        triples += [
            ox.Triple(node, ox.NamedNode(HYDRA + "member"), ox.NamedNode(m)) for m in members
        ]
        if page * size < total:
            following = request.url.include_query_params(page=page + 1)
            triples.append(
                ox.Triple(node, ox.NamedNode(HYDRA + "next"), iri_of_url(str(following)))
            )
        if page > 1:
            previous = request.url.include_query_params(page=page - 1)
            triples.append(
                ox.Triple(node, ox.NamedNode(HYDRA + "previous"), iri_of_url(str(previous)))
            )
        triples += self._summaries(members)
        return Response(jsonld_with_hydra(triples), media_type="application/ld+json")

    @staticmethod
    def _search_template(request: Request, node: ox.NamedNode) -> list[ox.Triple]:
        """hydra:search: how a client builds this collection's URLs (its filters and
        paging), as an IriTemplate with one mapping per variable."""
        names = [q.alias or q.name for q in _query_parameters(request)] or ["q"]
        template = ox.BlankNode()
        h = lambda local: ox.NamedNode(HYDRA + local)  # noqa: E731
        path = iri_of_url(str(request.url.replace(query=""))).value
        triples = [
            ox.Triple(node, h("search"), template),
            ox.Triple(template, ox.NamedNode(RDF + "type"), h("IriTemplate")),
            ox.Triple(template, h("template"), ox.Literal(f"{path}{{?{','.join(names)}}}")),
            ox.Triple(template, h("variableRepresentation"), h("BasicRepresentation")),
        ]
        for name in names:
            mapping = ox.BlankNode()
            triples += [
                ox.Triple(template, h("mapping"), mapping),
                ox.Triple(mapping, ox.NamedNode(RDF + "type"), h("IriTemplateMapping")),
                ox.Triple(mapping, h("variable"), ox.Literal(name)),
                ox.Triple(
                    mapping,
                    h("required"),
                    ox.Literal("false", datatype=ox.NamedNode(XSD + "boolean")),
                ),
            ]
        return triples

    def _summaries(self, members: list[str]) -> list[ox.Triple]:
        if not members:
            return []
        return sorted(set(self.queries.construct(bind(SUMMARIES, s=iris(members)))), key=str)


def _query_parameters(request: Request) -> list:
    """The query parameters the route that answers `request` declares."""
    route = request.scope.get("route")
    dependant = getattr(route, "dependant", None)
    return list(dependant.query_params) if dependant is not None else []
