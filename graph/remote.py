"""A SPARQL server as the store: Oxigraph server, Virtuoso, Fuseki… spoken to only in
standards: SPARQL 1.1 Query and Update over the Protocol, and the Graph Store HTTP
Protocol for replacing a document's named graph.

Atomicity: each graph is replaced by one Graph Store PUT, which the server applies as
one request, so readers never see half a graph. A gazette issue has several graphs (an
annex is in its file's); its main graph, which records the file's hash, is written
last, so an interrupted load leaves the file looking changed and the next ingest writes it again.

The server must use the union of its named graphs as the default graph (Oxigraph:
`--union-default-graph`; Virtuoso does so by default; Fuseki: `tdb2:unionDefaultGraph`).
A query's own FROM / FROM NAMED are sent as the protocol's graph parameters, which every
server honours (Oxigraph's union mode ignores FROM in the query text itself).
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from urllib.parse import urlencode, urlsplit

import httpx
import pyoxigraph as ox

from policykg.errors import ConfigError, QueryError, QueryTimeoutError, StoreError
from policykg.settings import Settings
from policykg.vocab import ONTOLOGY_IRI, PKG

from .sparql_text import dataset_clauses, query_form, tokens
from .store_base import BaseStore, is_correction_graph

# Where each kind of server keeps its query, update and graph store endpoints.
LAYOUTS = {
    "oxigraph": ("/query", "/update", "/store"),
    "virtuoso": ("/sparql", "/sparql", "/sparql-graph-crud"),
    "fuseki": ("/query", "/update", "/data"),
}
SPARQL_JSON = "application/sparql-results+json"
N_TRIPLES = "application/n-triples"
FORM = "application/x-www-form-urlencoded"


@dataclass(frozen=True)
class Endpoints:
    server: str  # a key of LAYOUTS
    base: str
    query: str
    update: str
    graphs: str


def parse_store_url(url: str) -> Endpoints:
    """`http://host:port` (Oxigraph server), `virtuoso+http://host:port`,
    `fuseki+http://host:port/dataset`; https likewise."""
    scheme, _, rest = url.partition("://")
    server, _, transport = scheme.lower().rpartition("+")
    server = server or "oxigraph"
    forms = "http://HOST:PORT (Oxigraph server), virtuoso+http://HOST:PORT, fuseki+http://HOST:PORT/DATASET"
    if transport not in ("http", "https") or server not in LAYOUTS:
        raise ConfigError(f"store URL {url!r} is not one policykg knows", hint=f"use {forms}")
    base = f"{transport}://{rest}".rstrip("/")
    parts = urlsplit(base)
    if not parts.hostname or parts.query or parts.fragment:
        raise ConfigError(
            f"store URL {url!r} needs a host and no query or fragment", hint=f"use {forms}"
        )
    query, update, graphs = (base + path for path in LAYOUTS[server])
    return Endpoints(server, base, query, update, graphs)


class RemoteStore(BaseStore):
    """The store interface over HTTP. Open with `RemoteStore.connect(settings)`."""

    path = None  # no directory: queries run in threads, not worker processes

    def __init__(self, endpoints: Endpoints, client: httpx.Client, *, read_only: bool) -> None:
        self.endpoints = endpoints
        self.read_only = read_only
        self._client = client

    @classmethod
    def connect(cls, settings: Settings, *, read_only: bool = False) -> RemoteStore:
        endpoints = parse_store_url(settings.store_url or "")
        headers = {"User-Agent": "policykg"}
        auth = None
        if settings.store_token:
            headers["Authorization"] = f"Bearer {settings.store_token}"
        elif settings.store_user:
            auth = httpx.BasicAuth(settings.store_user, settings.store_password or "")
        client = httpx.Client(
            headers=headers,
            auth=auth,
            timeout=httpx.Timeout(settings.store_timeout, connect=10.0),
            follow_redirects=False,
        )
        store = cls(endpoints, client, read_only=read_only)
        try:
            if not read_only:
                store.ensure_ontology()
            store.check_union_default_graph()
        except BaseException:
            store.close()
            raise
        return store

    def describe_location(self) -> str:
        return f"{self.endpoints.base} ({self.endpoints.server})"

    def flush(self) -> None:
        """Nothing to do: the server commits each request."""

    def close(self) -> None:
        self._client.close()

    def check_union_default_graph(self) -> None:
        """Refuse a server whose default graph is not the union of its named graphs:
        every query of policykg would silently find nothing."""
        marker = f"<{ONTOLOGY_IRI}> <{PKG}sha256> ?digest"
        if bool(self.query(f"ASK {{ GRAPH <{ONTOLOGY_IRI}> {{ {marker} }} }}")) and not bool(
            self.query(f"ASK {{ {marker} }}")
        ):
            raise StoreError(
                f"the SPARQL server at {self.endpoints.base} does not use the union of its "
                "named graphs as the default graph",
                hint="start Oxigraph server with --union-default-graph "
                "(Fuseki: tdb2:unionDefaultGraph true)",
            )

    # -- HTTP --------------------------------------------------------------------------

    def _send(self, method: str, url: str, *, what: str, **kwargs) -> httpx.Response:
        try:
            response = self._client.request(method, url, **kwargs)
        except httpx.TimeoutException:
            raise StoreError(
                f"the SPARQL server at {self.endpoints.base} did not answer the {what} in time",
                hint="raise POLICYKG_STORE_TIMEOUT, or check the server's load",
            ) from None
        except httpx.HTTPError as exc:
            raise StoreError(
                f"cannot reach the SPARQL server at {self.endpoints.base}: {exc}",
                hint="start the server, or check --store / POLICYKG_STORE",
            ) from None
        if response.status_code in (401, 403):
            raise StoreError(
                f"the SPARQL server refused the {what} ({response.status_code}): "
                f"{_brief(response)}",
                hint="set POLICYKG_STORE_USER and POLICYKG_STORE_PASSWORD, or "
                "POLICYKG_STORE_TOKEN, to credentials the server accepts for this",
            )
        if response.status_code == 404 and what != "graph deletion":
            raise StoreError(
                f"no SPARQL {what} endpoint at {url} (404)",
                hint="check the store URL's form: http://HOST:PORT for Oxigraph server, "
                "virtuoso+http://HOST:PORT, fuseki+http://HOST:PORT/DATASET",
            )
        return response

    # -- reading -----------------------------------------------------------------------

    def query(
        self,
        sparql: str,
        *,
        default_graphs: list[str] | None = None,
        named_graphs: list[str] | None = None,
        own_dataset: bool = False,
        base_iri: str | None = None,
    ):
        """Run a query on the server; its result as pyoxigraph objects, like the embedded
        store's (solutions, a boolean, or a list of triples). Raises QueryError."""
        toks = tokens(sparql)
        form = query_form(toks)
        if default_graphs is None and named_graphs is None and own_dataset:
            clauses = dataset_clauses(toks, base_iri)
            default_graphs = [c.iri for c in clauses if not c.named]
            named_graphs = [c.iri for c in clauses if c.named]
        data = [("query", f"BASE <{base_iri}>\n{sparql}" if base_iri else sparql)]
        data += [("default-graph-uri", g) for g in default_graphs or []]
        data += [("named-graph-uri", g) for g in named_graphs or []]
        graph_result = form in ("CONSTRUCT", "DESCRIBE")
        response = self._send(
            "POST",
            self.endpoints.query,
            what="query",
            content=urlencode(data).encode("ascii"),
            headers={"Accept": N_TRIPLES if graph_result else SPARQL_JSON, "Content-Type": FORM},
        )
        if response.status_code in (500, 503) and "timeout" in response.text.lower():
            raise QueryTimeoutError(f"the SPARQL server stopped the query: {_brief(response)}")
        if response.status_code >= 400:
            raise QueryError(
                f"the SPARQL server refused the query ({response.status_code}): {_brief(response)}",
                hint="check the SPARQL; the server's own message is above",
            )
        if graph_result:
            return [q.triple for q in self._parse_rdf(response)]
        return _query_results(response.content)

    def has_graph(self, graph_iri: str) -> bool:
        # the IRI may come from a request (a FROM clause): written by the engine's own
        # IRI writer, which refuses anything that is not an IRI
        return bool(self.query(f"ASK {{ GRAPH {ox.NamedNode(graph_iri)} {{ ?s ?p ?o }} }}"))

    def document_graphs(self) -> list[str]:
        """Graphs that hold an ingested document (a server has graphs of its own, too)."""
        query = f"SELECT DISTINCT ?g WHERE {{ GRAPH ?g {{ ?g <{PKG}sourceFile> ?file }} }}"
        return sorted(row["g"].value for row in self.query(query))

    def __len__(self) -> int:
        rows = list(self.query("SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }"))
        return int(rows[0]["n"].value)

    def quads(self) -> Iterator[ox.Quad]:
        """The ontology's, the documents' and the corrections' graphs, one Graph Store
        GET each (the server's own graphs are not ours to export)."""
        corrections = self.query(
            f"SELECT DISTINCT ?g WHERE {{ GRAPH ?g {{ ?g a <{PKG}Correction> }} }} ORDER BY ?g"
        )
        corrected = [r["g"].value for r in corrections if is_correction_graph(r["g"].value)]
        for graph in [ONTOLOGY_IRI, *self.document_graphs(), *corrected]:
            response = self._send(
                "GET", self.endpoints.graphs, what="graph read", params={"graph": graph},
                headers={"Accept": N_TRIPLES},
            )  # fmt: skip
            if response.status_code == 404:
                continue
            _raise_for_status(response, f"reading graph <{graph}>")
            name = ox.NamedNode(graph)
            for quad in self._parse_rdf(response):
                yield ox.Quad(quad.subject, quad.predicate, quad.object, name)

    # -- writing -----------------------------------------------------------------------

    def replace_graphs(self, *, remove: Iterable[str], add: dict[str, list[str]]) -> None:
        """Write each graph of `add` with one Graph Store PUT (which replaces it), the
        first (a document's main graph) last; then delete the graphs of `remove` that
        were not rewritten. A failure leaves every graph whole, old or new."""
        self._writable()
        for graph in reversed(list(add)):
            body = "".join(f"{statement} .\n" for statement in add[graph]).encode("utf-8")
            response = self._send(
                "PUT", self.endpoints.graphs, what="graph write", params={"graph": graph},
                content=body, headers={"Content-Type": f"{N_TRIPLES}; charset=utf-8"},
            )  # fmt: skip
            _raise_for_status(response, f"writing graph <{graph}>")
        for graph in sorted(set(remove) - set(add)):
            response = self._send(
                "DELETE", self.endpoints.graphs, what="graph deletion", params={"graph": graph}
            )
            if response.status_code != 404:
                _raise_for_status(response, f"deleting graph <{graph}>")

    def update(self, sparql: str, *, base_iri: str | None = None) -> None:
        """Run a SPARQL update on the server (one request; how much of it is atomic is
        the server's affair). Raises QueryError for what the server refuses."""
        self._writable()
        text = f"BASE <{base_iri}>\n{sparql}" if base_iri else sparql
        response = self._send(
            "POST", self.endpoints.update, what="update",
            content=urlencode({"update": text}).encode("ascii"), headers={"Content-Type": FORM},
        )  # fmt: skip
        if 400 <= response.status_code < 500:
            raise QueryError(
                f"the SPARQL server refused the update ({response.status_code}): {_brief(response)}",
                hint="check the SPARQL Update; the server's own message is above",
            )
        _raise_for_status(response, "the update")

    # -- parsing -----------------------------------------------------------------------

    @staticmethod
    def _parse_rdf(response: httpx.Response) -> Iterator[ox.Quad]:
        media_type = response.headers.get("content-type", N_TRIPLES).split(";")[0].strip()
        rdf_format = ox.RdfFormat.from_media_type(media_type) or ox.RdfFormat.N_TRIPLES
        try:
            for quad in ox.parse(response.content, format=rdf_format):
                yield _canonical_quad(quad)
        except SyntaxError as exc:
            raise StoreError(f"the SPARQL server sent RDF that does not parse: {exc}") from None


def _query_results(body: bytes):
    """SPARQL JSON results as pyoxigraph objects, with the servers' quirks undone:
    language tags in lower case, booleans written 1/0, and an ASK answered as a
    one-row SELECT (all three Virtuoso's)."""
    if b'"xml:lang"' in body or BOOLEAN.encode() in body:
        document = json.loads(body)
        for binding in document.get("results", {}).get("bindings", []):
            for term in binding.values():
                _canonical_term(term)
        body = json.dumps(document).encode("utf-8")
    try:
        result = ox.parse_query_results(body, format=ox.QueryResultsFormat.JSON)
    except SyntaxError as exc:
        raise StoreError(f"the SPARQL server sent results that do not parse: {exc}") from None
    if isinstance(result, ox.QuerySolutions) and [v.value for v in result.variables] == [
        "__ASK_RETVAL"
    ]:
        rows = list(result)
        answer = bool(rows) and rows[0]["__ASK_RETVAL"].value not in ("0", "false")
        return ox.parse_query_results(
            json.dumps({"head": {}, "boolean": answer}).encode(), format=ox.QueryResultsFormat.JSON
        )
    return result


BOOLEAN = "http://www.w3.org/2001/XMLSchema#boolean"


def _canonical_term(term: dict) -> None:
    if "xml:lang" in term:
        term["xml:lang"] = canonical_language(term["xml:lang"])
    elif term.get("datatype") == BOOLEAN and term.get("value") in ("0", "1"):
        term["value"] = "true" if term["value"] == "1" else "false"


def canonical_language(tag: str) -> str:
    """BCP 47's conventional case: zh-hant → zh-Hant, en-us → en-US."""
    parts = tag.split("-")
    out = [parts[0].lower()]
    for part in parts[1:]:
        if len(part) == 4 and part.isalpha():
            out.append(part.title())
        elif len(part) == 2 and part.isalpha():
            out.append(part.upper())
        else:
            out.append(part.lower())
    return "-".join(out)


def _canonical_quad(quad: ox.Quad) -> ox.Quad:
    obj = quad.object
    if isinstance(obj, ox.Literal) and obj.language:
        language = canonical_language(obj.language)
        if language != obj.language:
            obj = ox.Literal(obj.value, language=language)
            return ox.Quad(quad.subject, quad.predicate, obj, quad.graph_name)
    return quad


def _brief(response: httpx.Response) -> str:
    """The server's message, without markup, short enough to read."""
    text = re.sub(r"<[^>]+>", " ", response.text)
    text = re.sub(r"\s+", " ", text).strip()
    return text[:300] + ("…" if len(text) > 300 else "")


def _raise_for_status(response: httpx.Response, what: str) -> None:
    if response.status_code >= 400:
        raise StoreError(
            f"the SPARQL server failed {what} ({response.status_code}): {_brief(response)}"
        )
