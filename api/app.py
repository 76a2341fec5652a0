"""The FastAPI application, built from a store: `create_app(store, settings)`.

`/sparql` speaks the SPARQL 1.1 Protocol (api/protocol.py reads the request,
api/negotiation.py picks the format, graph/runner.py runs the query where it can be
stopped). Everything that can fail answers with one JSON error shape.
"""

from __future__ import annotations

import asyncio
import contextlib
import hmac
import threading
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from functools import partial
from importlib import resources
from pathlib import Path

import pyoxigraph as ox
import swagger_ui_bundle
from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.middleware.cors import CORSMiddleware
from fastapi.middleware.gzip import GZipMiddleware
from fastapi.responses import HTMLResponse, JSONResponse, Response
from fastapi.staticfiles import StaticFiles
from policykg.graph.bound import RunnerQueries
from policykg.graph.confidence import doubtful_facts_about
from policykg.graph.fulltext import FullTextIndex
from policykg.graph.jsonld import context_document
from policykg.graph.query import QueryJob
from policykg.graph.results import MEDIA_TYPES, render_graph
from policykg.graph.review_lists import carry_over, touched_entities
from policykg.graph.review_record import read_correction
from policykg.graph.review_types import Correction
from policykg.graph.runner import make_runner
from policykg.graph.safety import check_update
from policykg.graph.sparql_text import declares_own_dataset, with_using_clauses
from policykg.graph.stack import on_deep_stack
from policykg.graph.store import BaseStore
from starlette.concurrency import run_in_threadpool
from starlette.exceptions import HTTPException

from policykg import __version__
from policykg.errors import PolicyKGError, ProtocolError
from policykg.settings import Settings

from . import protocol
from .corrections import CorrectionRoutes, CorrectionWriter
from .editor import editor_page, wants_editor
from .negotiation import GRAPH_MEDIA, RESULT_MEDIA, negotiate
from .pages import Pages
from .resources import Resources
from .review_page import ReviewPage
from .security import SecurityHeaders
from .service import DatasetStatistics, service_description, void_description

STATIC = Path(str(resources.files("policykg.api").joinpath("static")))
SWAGGER_UI = Path(swagger_ui_bundle.swagger_ui_path)


def error_body(status: int, message: str, hint: str | None = None, **extra: object) -> dict:
    """The one JSON shape of every error response."""
    body: dict[str, object] = {"status": status, "error": message}
    if hint:
        body["hint"] = hint
    body.update({k: v for k, v in extra.items() if v is not None})
    return body


def _gzipped(files: StaticFiles) -> GZipMiddleware:
    return GZipMiddleware(files, minimum_size=1024)


def create_app(
    store: BaseStore, settings: Settings, *, fulltext: FullTextIndex | None = None
) -> FastAPI:
    """The app over `store`; `fulltext`: the full-text index for search (without one,
    search matches names, aliases and titles by substring in the store)."""
    # What a write leaves in the store's write-ahead log is flushed when it is large (after
    # each write below): the query workers open the store anew after a write and replay it
    # (graph/store.py `flush_logged`): 1.5-9.6 s for the first query after a write on the
    # embedded corpus just ingested, before session 14. What an ingest left is flushed by
    # the ingest (closing the store, or `serve`'s own ingest), not here: a flush at start
    # sets the store's compaction running in the server for seconds after it.
    runner = make_runner(store, settings.max_concurrent_queries)
    # every route's queries go through the endpoint's workers and limits
    queries = RunnerQueries(
        runner, timeout=settings.query_timeout, max_bytes=settings.max_result_bytes
    )
    statistics = DatasetStatistics(queries)
    update_lock = threading.Lock()

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        warm_up = getattr(runner, "warm_up", None)
        if warm_up is not None:  # start a worker while the first request is on its way
            threading.Thread(target=warm_up, daemon=True).start()
        yield
        runner.close()

    app = FastAPI(
        title="policykg",
        version=__version__,
        description=(
            "A bilingual knowledge graph of Mainland–Hong Kong–Shenzhen I&T policy documents. "
            "`/sparql` is a SPARQL 1.1 Protocol endpoint (read-only unless an update token "
            "is configured)."
        ),
        lifespan=lifespan,
        docs_url=None,  # served below from the project's own copy of Swagger UI
        redoc_url=None,
    )
    app.state.store = store
    app.state.settings = settings
    app.state.runner = runner
    app.add_middleware(SecurityHeaders)
    app.add_middleware(
        CORSMiddleware,
        allow_origins=["*"],
        allow_credentials=False,
        allow_methods=["GET", "POST"],
        allow_headers=["Accept", "Content-Type"],
        max_age=3600,
    )
    # static assets gzipped for clients that accept it (the editor's bundle is 487 KB);
    # only here, so query results and pages are sent as the routes render them
    app.mount("/static/swagger", _gzipped(StaticFiles(directory=SWAGGER_UI)), name="swagger-ui")
    app.mount("/static", _gzipped(StaticFiles(directory=STATIC)), name="static")
    pages = Pages(queries, settings, fulltext)
    app.include_router(pages.router)

    def after_correction(written: list[str], stored: Correction | None) -> None:
        store.flush_logged()
        before = runner.generation
        runner.store_changed()  # and with it the cached pages and statistics
        if stored is not None:  # but the review lists one correction changes by a row
            withdrawn = read_correction(store, stored.withdraws) if stored.withdraws else None
            recheck = partial(doubtful_facts_about, queries)
            touched = touched_entities(stored, withdrawn)
            pages.cache.advance(before, runner.generation, carry_over(stored, recheck, touched))
        if fulltext is not None:  # the graphs written, though their file hashes stay
            fulltext.sync(store, also=written)

    write = CorrectionWriter(store, settings.base_iri, update_lock, after_correction)
    app.include_router(
        CorrectionRoutes(store, settings, queries, write, pages.cache).router
    )  # before /api/{collection}
    review = ReviewPage(store, settings, queries, pages, write)
    app.include_router(review.router)
    app.include_router(Resources(queries, settings, pages).router)

    app.openapi = lambda: _openapi_with_our_errors(app)  # type: ignore[method-assign]

    @app.exception_handler(PolicyKGError)
    def _policykg_error(request: Request, exc: PolicyKGError) -> JSONResponse:
        position = getattr(exc, "position", None)
        headers = (
            {"WWW-Authenticate": 'Bearer realm="policykg"'} if exc.http_status == 401 else None
        )
        return JSONResponse(
            error_body(exc.http_status, exc.message, exc.hint, position=position),
            status_code=exc.http_status,
            headers=headers,
        )

    @app.exception_handler(HTTPException)
    def _http_error(request: Request, exc: HTTPException) -> JSONResponse:
        hint = "see /docs for the routes" if exc.status_code in (404, 405) else None
        return JSONResponse(
            error_body(exc.status_code, str(exc.detail).lower(), hint),
            status_code=exc.status_code,
            headers=getattr(exc, "headers", None),
        )

    @app.exception_handler(RequestValidationError)
    def _validation_error(request: Request, exc: RequestValidationError) -> JSONResponse:
        return JSONResponse(error_body(400, f"invalid request: {exc.errors()}"), status_code=400)

    def endpoint_of(request: Request) -> str:
        return server_iri(request) + "sparql"

    def void_iri_of(request: Request) -> str:
        return server_iri(request) + ".well-known/void#dataset"

    def refuse_long(operation: protocol.Operation) -> None:
        if len(operation.text.encode("utf-8")) > settings.max_query_bytes:
            raise ProtocolError(
                413, f"the query is longer than {settings.max_query_bytes} bytes",
                hint="send a shorter query",
            )  # fmt: skip

    async def run_query(operation: protocol.Operation, request: Request) -> Response:
        refuse_long(operation)
        accept = request.headers.get("accept")
        job = QueryJob(
            text=operation.text,
            default_graphs=tuple(operation.default_graphs) if operation.names_dataset else None,
            named_graphs=tuple(operation.named_graphs) if operation.names_dataset else None,
            base_iri=endpoint_of(request),
            result_format=negotiate(accept, RESULT_MEDIA),
            graph_format=negotiate(accept, GRAPH_MEDIA),
            max_bytes=settings.max_result_bytes,
        )
        if job.result_format is None and job.graph_format is None:
            raise not_acceptable(accept)
        result = await unless_client_leaves(
            request, runner.run_async(job, settings.query_timeout, lane="sparql")
        )
        return Response(result.body, media_type=result.media_type, headers={"Vary": "Accept"})

    def apply_update(operation: protocol.Operation, request: Request) -> Response:
        token = settings.update_token
        if token is None:
            raise ProtocolError(
                403, "this endpoint is read-only: SPARQL Update is disabled",
                hint="the operator can enable it by setting POLICYKG_UPDATE_TOKEN",
            )  # fmt: skip
        given = request.headers.get("authorization", "")
        scheme, _, credential = given.partition(" ")
        if scheme.lower() != "bearer" or not hmac.compare_digest(
            credential.strip().encode(), token.encode()
        ):
            raise ProtocolError(401, "SPARQL Update needs the update token",
                                hint="send Authorization: Bearer <token>")  # fmt: skip
        if store.read_only:
            raise ProtocolError(403, "the store is open read-only; updates cannot be applied")
        if len(operation.text.encode("utf-8")) > settings.max_query_bytes:
            raise ProtocolError(413, f"the update is longer than {settings.max_query_bytes} bytes")
        check_update(operation.text)
        text = operation.text
        if operation.names_dataset:
            if declares_own_dataset(text):
                raise ProtocolError(
                    400, "the update names its graphs with USING or WITH, and the request "
                    "with using-graph-uri / using-named-graph-uri", hint="name them in one place",
                )  # fmt: skip
            text = with_using_clauses(text, operation.default_graphs, operation.named_graphs)
        with update_lock:
            try:
                # on a deep stack: a deeply nested update must not crash the server
                on_deep_stack(lambda: store.update(text, base_iri=endpoint_of(request)))
            finally:
                store.flush_logged()
                runner.store_changed()  # later queries, pages and statistics see it
                if fulltext is not None:  # and later searches
                    fulltext.sync(store)
        return Response(status_code=204)

    def describe_service(request: Request) -> Response:
        triples = service_description(
            endpoint_of(request), void_iri_of(request), statistics.get(),
            updates=settings.update_token is not None and not store.read_only,
        )  # fmt: skip
        return rdf_response(triples, request.headers.get("accept"))

    def rdf_response(triples: list, accept: str | None) -> Response:
        fmt = negotiate(accept, GRAPH_MEDIA)
        if fmt is None:
            raise not_acceptable(accept, graphs_only=True)
        return Response(render_graph(triples, fmt), media_type=MEDIA_TYPES[fmt],
                        headers={"Vary": "Accept"})  # fmt: skip

    @app.get("/sparql", summary="SPARQL query by GET; without a query, the service description")
    async def sparql_get(request: Request) -> Response:
        operation = protocol.from_get(request)
        if wants_editor(request.headers.get("accept"), operation is not None):
            # a browser: the editor, holding the URL's query (a permalink) if any
            if operation is not None:
                refuse_long(operation)
            return editor_page(pages, request, operation.text if operation else None)
        if operation is None:
            return await run_in_threadpool(describe_service, request)
        return await run_query(operation, request)

    @app.post(
        "/sparql",
        summary="SPARQL query or update by POST (form-encoded, application/sparql-query or "
        "application/sparql-update)",
    )
    async def sparql_post(request: Request) -> Response:
        operation = await protocol.from_post(request, settings.max_request_bytes)
        if operation.kind == "query":
            return await run_query(operation, request)
        return await run_in_threadpool(apply_update, operation, request)

    @app.get("/service-description", summary="The SPARQL 1.1 Service Description as RDF")
    def service_description_route(request: Request) -> Response:
        return describe_service(request)

    @app.get("/.well-known/void", summary="VoID description of the dataset, with counts per class")
    def void_route(request: Request) -> Response:
        triples = void_description(
            endpoint_of(request), void_iri_of(request), settings.base_iri, statistics.get()
        )
        return rdf_response(triples, request.headers.get("accept"))

    @app.get("/docs", include_in_schema=False)
    def api_documentation() -> HTMLResponse:
        return HTMLResponse((STATIC / "docs.html").read_text("utf-8"))

    @app.get("/context.jsonld", summary="The JSON-LD context of every JSON-LD response")
    def context() -> JSONResponse:
        return JSONResponse(context_document(), media_type="application/ld+json")

    return app


ERROR_SCHEMA = {
    "type": "object",
    "required": ["status", "error"],
    "properties": {
        "status": {"type": "integer", "description": "the HTTP status, again"},
        "error": {"type": "string", "description": "what is wrong"},
        "hint": {"type": "string", "description": "what to do about it"},
        "position": {"type": "object", "description": "line and column of a syntax error"},
    },
}


def _openapi_with_our_errors(app: FastAPI) -> dict:
    """FastAPI's schema, saying what the server does: a bad parameter is a 400 with the one
    error shape (FastAPI documents a 422 that this server never sends)."""
    if app.openapi_schema is not None:
        return app.openapi_schema
    from fastapi.openapi.utils import get_openapi

    schema = get_openapi(title=app.title, version=app.version,
                         description=app.description, routes=app.routes)  # fmt: skip
    error = {"content": {"application/json": {"schema": {"$ref": "#/components/schemas/Error"}}}}
    for methods in schema.get("paths", {}).values():
        for operation in methods.values():
            responses = operation.get("responses", {})
            if responses.pop("422", None) is not None:
                responses["400"] = {"description": "a parameter is missing or malformed", **error}
    components = schema.setdefault("components", {}).setdefault("schemas", {})
    for name in ("HTTPValidationError", "ValidationError"):
        components.pop(name, None)
    components["Error"] = ERROR_SCHEMA
    app.openapi_schema = schema
    return schema


# How often a running query's request is checked for a client that went away.
DISCONNECT_CHECK_SECONDS = 0.25


async def unless_client_leaves(request: Request, work):
    """Await `work`, cancelling it if the client disconnects meanwhile: the server does
    not notice a closed connection by itself, and a query nobody waits for would run to
    its time limit. Cancelled, the runner stops the query's worker."""
    task = asyncio.ensure_future(work)
    try:
        while True:
            done, _ = await asyncio.wait({task}, timeout=DISCONNECT_CHECK_SECONDS)
            if done:
                return task.result()
            if await request.is_disconnected():
                task.cancel()
                with contextlib.suppress(asyncio.CancelledError, PolicyKGError):
                    await task
                raise ProtocolError(499, "the client closed the connection")
    finally:
        if not task.done():  # this request itself was cancelled
            task.cancel()


def server_iri(request: Request) -> str:
    """This server's base IRI as the client addressed it (the Host header); a Host that
    makes no valid IRI is the client's error."""
    base = str(request.base_url)
    try:
        return ox.NamedNode(base).value
    except ValueError:
        raise ProtocolError(400, "the Host header does not name a valid host",
                            hint="send Host: name[:port]") from None  # fmt: skip


def not_acceptable(accept: str | None, *, graphs_only: bool = False) -> ProtocolError:
    families = [GRAPH_MEDIA] if graphs_only else [RESULT_MEDIA, GRAPH_MEDIA]
    offered = ", ".join(types[0] for family in families for types in family.values())
    return ProtocolError(
        406, f"cannot answer in any media type the request accepts ({accept})",
        hint=f"accept one of {offered}",
    )  # fmt: skip
