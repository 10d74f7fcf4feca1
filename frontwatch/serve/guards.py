"""What every request passes through: the security headers, the size limits and the token.

* Headers: a strict Content-Security-Policy (scripts, styles, images and requests from this origin
  only; no inline script or style, no frames, no plugins), so even text that escaped escaping could
  not run; and ``nosniff``, ``no-referrer``, ``DENY`` framing.
* Limits: a query string over ``MAX_QUERY_BYTES`` is refused (414) before routing; a body over
  ``serve.max_document_bytes`` is refused (413) from its Content-Length, or as soon as a chunked
  body passes the limit, so the server never holds more than the limit in memory.
* Token: writing needs ``Authorization: Bearer <serve.token>``; reading needs it only when
  ``serve.private`` is set. Tokens are compared in constant time.
"""
from __future__ import annotations

import hmac
import json
from typing import Any

from fastapi import Request
from fastapi.dependencies.models import Dependant
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from ..errors import InvalidParameter, PayloadTooLarge, QueryTooLong, Unauthorized, WritingDisabled
from .context import ServeContext, context_of
from .problems import error_body

MAX_QUERY_BYTES = 4096
CONTENT_SECURITY_POLICY = "; ".join((
    "default-src 'none'", "script-src 'self'", "style-src 'self'", "img-src 'self' data:", "connect-src 'self'",
    "font-src 'self'", "base-uri 'none'", "form-action 'self'", "frame-ancestors 'none'",
))
SECURITY_HEADERS = (
    (b"content-security-policy", CONTENT_SECURITY_POLICY.encode()),
    (b"x-content-type-options", b"nosniff"),
    (b"referrer-policy", b"no-referrer"),
    (b"x-frame-options", b"DENY"),
    (b"cross-origin-opener-policy", b"same-origin"),
    (b"cross-origin-resource-policy", b"same-origin"),
)


class GuardMiddleware:
    """Security headers on every response; query-string and body limits before the app sees them."""

    def __init__(self, app: ASGIApp, max_body: int):
        self.app = app
        self.max_body = max_body

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        async def send_with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                message["headers"] = [*message.get("headers", []), *SECURITY_HEADERS]
            await send(message)

        refusal = self._refusal(scope)
        if refusal is not None:
            await _send_error(send_with_headers, *refusal)
            return
        await self.app(scope, self._counting(receive), send_with_headers)

    def _refusal(self, scope: Scope) -> tuple[int, str, str] | None:
        size = len(scope.get("query_string", b""))
        if size > MAX_QUERY_BYTES:
            return 414, QueryTooLong.code, f"the query string is {size:,} bytes; the limit is {MAX_QUERY_BYTES:,}"
        declared = dict(scope.get("headers", [])).get(b"content-length")
        if declared is not None and declared.isdigit() and int(declared) > self.max_body:
            return 413, PayloadTooLarge.code, self._too_large(int(declared))
        return None

    def _too_large(self, size: int) -> str:
        return f"the body is {size:,} bytes; the limit is {self.max_body:,} (serve.max_document_bytes)"

    def _counting(self, receive: Receive) -> Receive:
        received = 0

        async def counted() -> Message:
            nonlocal received
            message = await receive()
            received += len(message.get("body", b""))
            if received > self.max_body:
                raise PayloadTooLarge(f"the body is over {self.max_body:,} bytes (serve.max_document_bytes)")
            return message

        return counted


async def _send_error(send: Send, status: int, code: str, message: str) -> None:
    body = json.dumps(error_body(status, code, message)).encode()
    await send({"type": "http.response.start", "status": status,
                "headers": [(b"content-type", b"application/json"), (b"content-length", str(len(body)).encode())]})
    await send({"type": "http.response.body", "body": body})


def _check_token(request: Request, token: str) -> None:
    scheme, _, given = request.headers.get("authorization", "").partition(" ")
    if scheme.lower() != "bearer" or not given.strip():
        raise Unauthorized("this needs the API token: send the header 'Authorization: Bearer <token>'")
    if not hmac.compare_digest(given.strip().encode(), token.encode()):
        raise Unauthorized("the API token is not valid")


def reader(request: Request) -> ServeContext:
    """A dependency of every read route: the context, once the token is checked where reading needs it."""
    ctx = context_of(request)
    if ctx.settings.serve.private:
        _check_token(request, ctx.settings.serve.token)
    _reject_unknown_parameters(request)
    return ctx


def writer(request: Request) -> ServeContext:
    ctx = context_of(request)
    if not ctx.settings.serve.token:
        raise WritingDisabled("this server is read-only: writing needs a token (set serve.token, docs/settings.md)")
    _check_token(request, ctx.settings.serve.token)
    _reject_unknown_parameters(request)
    return ctx


def _query_names(dependant: Dependant) -> set[str]:
    names = {p.alias for p in dependant.query_params}
    for sub in dependant.dependencies:
        names |= _query_names(sub)
    return names


def _reject_unknown_parameters(request: Request) -> None:
    """A misspelt filter (``?regoin=``) would silently return everything: it is an error instead."""
    route: Any = request.scope.get("route")
    dependant = getattr(route, "dependant", None)
    if dependant is None:
        return
    known = _query_names(dependant)
    unknown = [name for name in request.query_params if name not in known]
    if unknown:
        raise InvalidParameter(f"unknown parameter(s): {', '.join(unknown)}; this path takes: "
                               f"{', '.join(sorted(known)) or 'none'}",
                               [{"parameter": name, "message": "unknown parameter"} for name in unknown])
