"""The FastAPI application, built from a store: `create_app(store, settings)`.

For now a read-only SPARQL endpoint (GET and POST, SPARQL JSON results, Turtle graphs)
and the JSON-LD context; the full SPARQL 1.1 Protocol and the web pages come later.
Handlers are plain `def` functions, so FastAPI runs each query in a worker thread and a
slow query never blocks the event loop.
"""

from __future__ import annotations

from typing import Annotated
from urllib.parse import parse_qs

from fastapi import FastAPI, Query, Request
from fastapi.responses import JSONResponse, Response
from policykg.graph.jsonld import context_document
from policykg.graph.query import MEDIA_TYPES, execute, render
from policykg.graph.store import PolicyStore
from starlette.concurrency import run_in_threadpool

from policykg import __version__
from policykg.errors import PolicyKGError, QueryError
from policykg.settings import Settings

SPARQL_QUERY_TYPE = "application/sparql-query"


def error_body(status: int, message: str, hint: str | None = None, **extra: object) -> dict:
    """The one JSON shape of every error response."""
    body: dict[str, object] = {"status": status, "error": message}
    if hint:
        body["hint"] = hint
    body.update({k: v for k, v in extra.items() if v is not None})
    return body


def create_app(store: PolicyStore, settings: Settings) -> FastAPI:
    app = FastAPI(
        title="policykg",
        version=__version__,
        description=(
            "A bilingual knowledge graph of Mainland–Hong Kong–Shenzhen I&T policy documents."
        ),
    )
    app.state.store = store
    app.state.settings = settings

    @app.exception_handler(PolicyKGError)
    def _policykg_error(request: Request, exc: PolicyKGError) -> JSONResponse:
        position = getattr(exc, "position", None)
        return JSONResponse(
            error_body(exc.http_status, exc.message, exc.hint, position=position),
            status_code=exc.http_status,
        )

    def answer(query: str) -> Response:
        if len(query.encode("utf-8")) > settings.max_query_bytes:
            raise QueryError(
                f"the query is longer than {settings.max_query_bytes} bytes",
                hint="send a shorter query",
            )
        outcome = execute(store, query, max_rows=settings.max_result_rows)
        fmt = "turtle" if outcome.kind == "graph" else "json"
        return Response(render(outcome, fmt), media_type=MEDIA_TYPES[fmt])

    @app.get("/sparql", summary="SPARQL query (GET)")
    def sparql_get(
        request: Request,
        query: Annotated[str | None, Query(description="the SPARQL query")] = None,
    ) -> Response:
        values = request.query_params.getlist("query")
        if not values:
            raise QueryError("no query given", hint="pass the SPARQL text as ?query=…")
        if len(values) > 1:
            raise QueryError("give exactly one `query` parameter")
        return answer(values[0])

    @app.post("/sparql", summary="SPARQL query (POST, form-encoded or application/sparql-query)")
    async def sparql_post(request: Request) -> Response:
        content_type = request.headers.get("content-type", "").split(";")[0].strip().lower()
        body = await request.body()
        if content_type == SPARQL_QUERY_TYPE:
            try:
                query = body.decode("utf-8")
            except UnicodeDecodeError:
                raise QueryError("the query is not valid UTF-8") from None
        elif content_type == "application/x-www-form-urlencoded":
            try:
                form = parse_qs(body.decode("utf-8"), keep_blank_values=True)
            except UnicodeDecodeError:
                raise QueryError("the form body is not valid UTF-8") from None
            values = form.get("query", [])
            if len(values) != 1:
                raise QueryError("give exactly one `query` parameter")
            query = values[0]
        else:
            return JSONResponse(
                error_body(
                    415,
                    f"unsupported content type {content_type or '(none)'}",
                    f"send {SPARQL_QUERY_TYPE} or application/x-www-form-urlencoded",
                ),
                status_code=415,
            )
        return await run_in_threadpool(answer, query)

    @app.get("/context.jsonld", summary="The JSON-LD context of every JSON-LD response")
    def context() -> JSONResponse:
        return JSONResponse(context_document(), media_type="application/ld+json")

    return app
