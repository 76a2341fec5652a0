"""Headers that make every response safe to show in a browser: a Content-Security-Policy
that lets a page load only this server's own scripts, styles and images (no inline
script, nothing from a CDN, no framing), and the headers that stop MIME sniffing and
framing in browsers that predate CSP. A pure ASGI middleware: it adds the headers to
every response, errors and static files included, without buffering the body."""

from __future__ import annotations

import hmac

from starlette.requests import Request
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from policykg.errors import ProtocolError
from policykg.reviewers import Identity, Reviewers

CONTENT_SECURITY_POLICY = (
    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
    "connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; "
    "frame-ancestors 'none'"
)

SECURITY_HEADERS = [
    (b"x-content-type-options", b"nosniff"),
    (b"x-frame-options", b"DENY"),
    (b"referrer-policy", b"strict-origin-when-cross-origin"),
    (b"cross-origin-opener-policy", b"same-origin"),
]


class SecurityHeaders:
    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        added = [
            *SECURITY_HEADERS,
            (b"content-security-policy", CONTENT_SECURITY_POLICY.encode("ascii")),
        ]

        async def send_with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                names = {name.lower() for name, _ in message.get("headers", [])}
                extra = [(n, v) for n, v in added if n not in names]
                message = {**message, "headers": [*message.get("headers", []), *extra]}
            await send(message)

        await self.app(scope, receive, send_with_headers)


def require_update_token(request: Request, token: str | None) -> None:
    """Writes need `Authorization: Bearer <update token>`, compared in constant time:
    403 when the server has no token (read-only), 401 when the request lacks it."""
    if token is None:
        raise ProtocolError(
            403, "this server is read-only: writes are disabled",
            hint="the operator can enable them by setting POLICYKG_UPDATE_TOKEN",
        )  # fmt: skip
    scheme, _, credential = request.headers.get("authorization", "").partition(" ")
    if scheme.lower() != "bearer" or not hmac.compare_digest(
        credential.strip().encode(), token.encode()
    ):
        raise ProtocolError(401, "this write needs the update token",
                            hint="send Authorization: Bearer <token>")  # fmt: skip


def identify_reviewer(request: Request, reviewers: Reviewers) -> Identity:
    """Who writes a correction: `Authorization: Bearer <token>`, a named reviewer's token
    or the update token, compared in constant time; 403 when nobody may write, 401 when
    the token is none of them."""
    if not reviewers.enabled:
        raise ProtocolError(
            403, "this server is read-only: corrections are disabled",
            hint="the operator can enable them with POLICYKG_REVIEWERS or POLICYKG_UPDATE_TOKEN",
        )  # fmt: skip
    scheme, _, credential = request.headers.get("authorization", "").partition(" ")
    identity = reviewers.identify(credential.strip()) if scheme.lower() == "bearer" else None
    if identity is None:
        raise ProtocolError(401, "this write needs a reviewer's token or the update token",
                            hint="send Authorization: Bearer <token>")  # fmt: skip
    return identity
