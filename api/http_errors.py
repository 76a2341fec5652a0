"""The HTTP server's own refusals in the API's one error shape.

A request line that is not HTTP (raw non-ASCII bytes in the URL, which a browser never
sends but a script may) is refused by the server's parser before the app sees it, and
uvicorn answers that with a plain-text 400. The protocol class here answers it with the
same JSON body and security headers as every other error of the app.
"""

from __future__ import annotations

import json

from uvicorn.protocols.http.h11_impl import H11Protocol

from .security import CONTENT_SECURITY_POLICY, SECURITY_HEADERS

try:  # uvicorn's faster parser where it is installed (uvicorn[standard])
    from uvicorn.protocols.http.httptools_impl import HttpToolsProtocol as _Fastest
except ImportError:  # pragma: no cover - httptools is in our constraints
    _Fastest = H11Protocol  # type: ignore[assignment, misc]

MALFORMED_HINT = (
    "the request line is not valid HTTP: percent-encode non-ASCII characters in the URL "
    "(UTF-8, as browsers do)"
)


def malformed_request_response(message: str) -> bytes:
    """The whole HTTP response to a request the parser refused: a 400 in the API's error
    shape, and the connection closed (the parser cannot find where the next request
    would begin)."""
    body = json.dumps(
        {
            "status": 400,
            "error": f"malformed request: {message.rstrip('.')}",
            "hint": MALFORMED_HINT,
        },
        ensure_ascii=False,
    ).encode("utf-8")
    headers = [
        (b"content-type", b"application/json"),
        (b"content-length", str(len(body)).encode("ascii")),
        (b"connection", b"close"),
        *SECURITY_HEADERS,
        (b"content-security-policy", CONTENT_SECURITY_POLICY.encode("ascii")),
    ]
    head = b"HTTP/1.1 400 Bad Request\r\n" + b"".join(n + b": " + v + b"\r\n" for n, v in headers)
    return head + b"\r\n" + body


class JsonErrorProtocol(_Fastest):  # type: ignore[misc, valid-type]
    """uvicorn's HTTP/1.1 protocol, refusing malformed requests in the API's error shape."""

    def send_400_response(self, msg: str) -> None:
        self.transport.write(malformed_request_response(msg))
        self.transport.close()
