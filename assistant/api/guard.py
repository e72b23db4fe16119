"""The outermost layer of the service: every request is bounded and validated here before any route sees it.

Pure ASGI (no ``BaseHTTPMiddleware``), so a refusal is a plain response, never an exception that a task
group wraps into an ``ExceptionGroup`` and a 500:

* **target**: path and query string length (414), NUL bytes in the path or any query value (400; PostgreSQL
  text cannot hold them), more than :data:`MAX_QUERY_PARAMS` parameters, and **repeated query parameters**
  (``?token=nope&token=tok`` is ambiguous: 400, whatever the route);
* **body**: read in full up to ``max_body_bytes`` and refused with 413 as soon as it grows past the limit,
  with or without ``Content-Length`` (chunked uploads included); a malformed ``Content-Length`` is a 400;
* **JSON depth**: a body that opens more than :data:`MAX_JSON_DEPTH` nested arrays/objects is refused with
  422 before any parser recurses into it.

The routes then see the buffered body replayed once, so they behave exactly as before.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable
from urllib.parse import unquote_plus

from starlette.types import ASGIApp, Message, Receive, Scope, Send

MAX_PATH = 2048
MAX_QUERY = 4096
MAX_QUERY_PARAMS = 40
MAX_JSON_DEPTH = 64

_TOKENS = re.compile(rb'\\.|["\[\]{}]', re.DOTALL)  # an escape pair, a quote or a bracket


class Refused(Exception):
    """A request refused before routing: an HTTP status and the reason sent back."""

    def __init__(self, status: int, reason: str) -> None:
        super().__init__(reason)
        self.status = status
        self.reason = reason


def json_depth(body: bytes) -> int:
    """The deepest nesting of arrays/objects in ``body`` (brackets inside strings skipped), without parsing it.

    Works on any bytes (invalid JSON included: the parser reports that later). One left-to-right pass over the
    few bytes that matter (quotes, escapes, brackets): linear time whatever the input, no recursion.
    """
    if body.count(b"[") + body.count(b"{") == 0:
        return 0
    depth = deepest = 0
    in_string = False
    for token in _TOKENS.findall(body):
        if token == b'"':
            in_string = not in_string
        elif in_string or len(token) == 2:  # inside a string, or an escape pair
            continue
        elif token in (b"[", b"{"):
            depth += 1
            deepest = max(deepest, depth)
        else:
            depth = max(depth - 1, 0)
    return deepest


def query_pairs(raw: bytes) -> list[tuple[str, str]]:
    """``a=1&b=2`` -> [("a", "1"), ("b", "2")], percent- and plus-decoded, blank segments dropped."""
    text = raw.decode("latin-1")
    pairs: list[tuple[str, str]] = []
    for part in text.split("&"):
        if not part:
            continue
        name, _, value = part.partition("=")
        pairs.append((unquote_plus(name, errors="replace"), unquote_plus(value, errors="replace")))
    return pairs


def check_target(path: str, raw_query: bytes) -> None:
    """Raise :class:`Refused` for a path or query string no route should ever see."""
    if len(path) > MAX_PATH:
        raise Refused(414, f"path longer than {MAX_PATH} characters")
    if "\x00" in path:
        raise Refused(400, "NUL byte in the path")
    if len(raw_query) > MAX_QUERY:
        raise Refused(414, f"query string longer than {MAX_QUERY} bytes")
    pairs = query_pairs(raw_query)
    if len(pairs) > MAX_QUERY_PARAMS:
        raise Refused(400, f"more than {MAX_QUERY_PARAMS} query parameters")
    seen: set[str] = set()
    for name, value in pairs:
        if "\x00" in name or "\x00" in value:
            raise Refused(400, f"NUL byte in query parameter {name.replace(chr(0), '?')!r}")
        if name in seen:
            raise Refused(400, f"query parameter {name!r} given more than once")
        seen.add(name)


def content_length(headers: Iterable[tuple[bytes, bytes]]) -> int | None:
    values = [v for k, v in headers if k.lower() == b"content-length"]
    if not values:
        return None
    value = values[0].strip()
    if len(values) > 1 or not value.isdigit() or len(value) > 18:  # bytes.isdigit(): ASCII digits only
        raise Refused(400, "invalid Content-Length header")
    return int(value)


class RequestGuard:
    """See the module docstring. ``limit`` is the largest body accepted, in bytes."""

    def __init__(self, app: ASGIApp, limit: int) -> None:
        self.app = app
        self.limit = limit

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        try:
            check_target(str(scope.get("path", "")), bytes(scope.get("query_string", b"")))
            length = content_length(scope["headers"])
            if length is not None and length > self.limit:
                raise Refused(413, f"request body too large (limit {self.limit} bytes)")
            body = await self._read_body(receive)
            if body is None:
                return  # the client went away
            if body.lstrip()[:1] in (b"[", b"{") and json_depth(body) > MAX_JSON_DEPTH:
                raise Refused(422, f"JSON nested deeper than {MAX_JSON_DEPTH} levels")
        except Refused as exc:
            await reject(send, exc.status, exc.reason)
            return
        replayed = False

        async def replay() -> Message:
            nonlocal replayed
            if not replayed:
                replayed = True
                return {"type": "http.request", "body": body, "more_body": False}
            return await receive()

        await self.app(scope, replay, send)

    async def _read_body(self, receive: Receive) -> bytes | None:
        chunks: list[bytes] = []
        seen = 0
        while True:
            message = await receive()
            if message["type"] == "http.disconnect":
                return None
            chunk = message.get("body", b"")
            seen += len(chunk)
            if seen > self.limit:
                raise Refused(413, f"request body too large (limit {self.limit} bytes)")
            chunks.append(chunk)
            if not message.get("more_body", False):
                return b"".join(chunks)


async def reject(send: Send, status: int, reason: str, headers: dict[str, str] | None = None) -> None:
    """A JSON ``{"detail": reason}`` response sent straight to the ASGI server."""
    body = json.dumps({"detail": reason}).encode()
    raw = [(b"content-type", b"application/json"), (b"content-length", str(len(body)).encode())]
    if status == 413:  # the rest of the body was not read: do not reuse the connection
        raw.append((b"connection", b"close"))
    raw += [(k.encode(), v.encode()) for k, v in (headers or {}).items()]
    await send({"type": "http.response.start", "status": status, "headers": raw})
    await send({"type": "http.response.body", "body": body})
