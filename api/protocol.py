"""Read a SPARQL 1.1 Protocol request: which operation it carries (query or update), its
text and its dataset, refusing what the protocol does not allow with the right status.

    GET  /sparql?query=…                          query
    POST /sparql  application/x-www-form-urlencoded  query=… or update=…
    POST /sparql  application/sparql-query         the query as the body
    POST /sparql  application/sparql-update        the update as the body

default-graph-uri / named-graph-uri (queries) and using-graph-uri /
using-named-graph-uri (updates) come from the URL, or from the form body.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal
from urllib.parse import parse_qs, urlsplit

import pyoxigraph as ox
from fastapi import Request

from policykg.errors import ProtocolError, QueryError

FORM = "application/x-www-form-urlencoded"
QUERY_TYPE = "application/sparql-query"
UPDATE_TYPE = "application/sparql-update"
QUERY_DATASET = ("default-graph-uri", "named-graph-uri")
UPDATE_DATASET = ("using-graph-uri", "using-named-graph-uri")


@dataclass(frozen=True)
class Operation:
    kind: Literal["query", "update"]
    text: str
    default_graphs: list[str] = field(default_factory=list)
    named_graphs: list[str] = field(default_factory=list)

    @property
    def names_dataset(self) -> bool:
        return bool(self.default_graphs or self.named_graphs)


def from_get(request: Request) -> Operation | None:
    """The query of a GET request, or None when it carries none (a service description
    or the query editor is wanted)."""
    params = _params(request.url.query)
    if "update" in params:
        raise ProtocolError(
            400, "an update cannot be sent with GET", hint="POST it as application/sparql-update"
        )
    if "query" not in params:
        if any(name in params for name in QUERY_DATASET):
            raise QueryError("no query given", hint="pass the SPARQL text as ?query=…")
        return None
    return _operation("query", params)


async def from_post(request: Request, max_bytes: int) -> Operation:
    media_type, charset = _content_type(request.headers.get("content-type"))
    if media_type not in (FORM, QUERY_TYPE, UPDATE_TYPE):
        raise ProtocolError(
            415,
            f"unsupported content type {media_type or '(none)'}",
            hint=f"send {QUERY_TYPE}, {UPDATE_TYPE} or {FORM}",
        )
    if charset not in (None, "utf-8", "utf8"):
        raise ProtocolError(
            415, f"unsupported charset {charset}", hint="send the body encoded as UTF-8"
        )
    body = await read_body(request, max_bytes)
    url_params = _params(request.url.query)
    if media_type == FORM:
        params = _params(body, what="the form body")
        for name in (*QUERY_DATASET, *UPDATE_DATASET):
            params[name] = url_params.get(name, []) + params.get(name, [])
        if "query" in params and "update" in params:
            raise ProtocolError(400, "give either `query` or `update`, not both")
        kind = "update" if "update" in params else "query"
        if kind not in params:
            raise QueryError("no query given", hint="send query=… (or update=…) in the form")
        return _operation(kind, params)
    try:
        text = body.decode("utf-8")
    except UnicodeDecodeError:
        raise ProtocolError(400, "the body is not valid UTF-8") from None
    kind = "query" if media_type == QUERY_TYPE else "update"
    for name in ("query", "update"):
        if name in url_params:
            raise ProtocolError(
                400, f"the {kind} is the body; do not also pass `{name}` in the URL"
            )
    return _operation(kind, {**url_params, kind: [text]})


async def read_body(request: Request, max_bytes: int) -> bytes:
    """The request body, refused with 413 as soon as it passes `max_bytes`."""
    declared = request.headers.get("content-length")
    if declared and declared.isdigit() and int(declared) > max_bytes:
        raise _too_large(max_bytes)
    chunks: list[bytes] = []
    size = 0
    async for chunk in request.stream():
        size += len(chunk)
        if size > max_bytes:
            raise _too_large(max_bytes)
        chunks.append(chunk)
    return b"".join(chunks)


def _too_large(max_bytes: int) -> ProtocolError:
    return ProtocolError(
        413, f"the request body is larger than {max_bytes} bytes", hint="send a shorter request"
    )


def _operation(kind: Literal["query", "update"], params: dict[str, list[str]]) -> Operation:
    values = params[kind]
    if len(values) != 1:
        raise ProtocolError(400, f"give exactly one `{kind}` parameter, not {len(values)}")
    own, other = (
        (QUERY_DATASET, UPDATE_DATASET) if kind == "query" else (UPDATE_DATASET, QUERY_DATASET)
    )
    for name in other:
        if params.get(name):
            raise ProtocolError(400, f"`{name}` applies to {'updates' if kind == 'query' else 'queries'}",
                                hint=f"use {' and '.join(own)} with a {kind}")  # fmt: skip
    graphs = [_absolute_iri(name, v) for name in own for v in params.get(name, [])]
    default_count = len(params.get(own[0], []))
    return Operation(kind, values[0], graphs[:default_count], graphs[default_count:])


def _absolute_iri(name: str, value: str) -> str:
    parts = urlsplit(value)
    try:
        valid = bool(parts.scheme) and ox.NamedNode(value).value == value  # RFC 3987
    except ValueError:
        valid = False
    if not valid:
        raise ProtocolError(400, f"{name} {value!r} is not an absolute IRI")
    return value


def _params(raw: str | bytes, what: str = "the URL") -> dict[str, list[str]]:
    try:
        text = raw.decode("utf-8") if isinstance(raw, bytes) else raw
        return parse_qs(text, keep_blank_values=True, errors="strict")
    except UnicodeDecodeError:
        raise ProtocolError(400, f"{what} is not valid UTF-8") from None


def _content_type(header: str | None) -> tuple[str, str | None]:
    if not header:
        return "", None
    media_type, *params = (p.strip() for p in header.split(";"))
    charset = None
    for param in params:
        name, _, value = param.partition("=")
        if name.strip().lower() == "charset":
            charset = value.strip().strip('"').lower()
    return media_type.lower(), charset
