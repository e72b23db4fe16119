"""The FastAPI application: routers per area, the audit UI, and the cross-cutting middleware.

Middleware (outermost first): body-size limit (413 before the body is read), security headers + metrics +
access log (method, route template, status, duration: never query strings, headers or bodies, so tokens and
keys stay out of logs), and CORS only when origins are configured (closed by default).
"""

from __future__ import annotations

import logging
import time
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.middleware.cors import CORSMiddleware
from fastapi.openapi.utils import get_openapi
from fastapi.responses import JSONResponse
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from assistant import __version__
from assistant.api.deps import ServiceState
from assistant.api.security import KeyStore
from assistant.errors import AssistantError, InputError, OdooError, StoreError
from assistant.jobs import JobService
from assistant.settings import Settings
from assistant.store import Database, PromptLogStore

access_log = logging.getLogger("assistant.api.access")

SECURITY_HEADERS = {
    "x-content-type-options": "nosniff",
    "x-frame-options": "DENY",
    "referrer-policy": "same-origin",  # same-origin form posts then carry a real Origin (checked)
    "cross-origin-opener-policy": "same-origin",
    "permissions-policy": "camera=(), microphone=(), geolocation=()",
}
UI_CSP = (
    "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; "
    "frame-ancestors 'none'; form-action 'self'; base-uri 'none'; object-src 'none'"
)


class BodyLimit:
    """Refuse bodies over ``limit`` bytes with 413, by Content-Length or while streaming."""

    def __init__(self, app: ASGIApp, limit: int) -> None:
        self.app = app
        self.limit = limit

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        length = dict(scope["headers"]).get(b"content-length")
        if length is not None and (not length.isdigit() or int(length) > self.limit):
            await self._reject(send)
            return
        seen = 0
        started = False

        async def limited() -> Message:
            nonlocal seen
            message = await receive()
            if message["type"] == "http.request":
                seen += len(message.get("body", b""))
                if seen > self.limit:
                    raise _TooLarge
            return message

        async def tracking_send(message: Message) -> None:
            nonlocal started
            if message["type"] == "http.response.start":
                started = True
            await send(message)

        try:
            await self.app(scope, limited, tracking_send)
        except _TooLarge:
            if not started:
                await self._reject(send)

    async def _reject(self, send: Send) -> None:
        body = b'{"detail":"request body too large"}'
        await send(
            {
                "type": "http.response.start",
                "status": 413,
                "headers": [
                    (b"content-type", b"application/json"),
                    (b"content-length", str(len(body)).encode()),
                ],
            }
        )
        await send({"type": "http.response.body", "body": body})


class _TooLarge(Exception):
    pass


def _route_template(scope: Scope) -> str:
    """The matched route's template (``/api/v1/jobs/{job_id}``), so metrics and logs never carry ids or tokens."""
    route = scope.get("route")
    path = getattr(route, "path", None)
    if path is None:
        return "/ui/static" if str(scope.get("path", "")).startswith("/ui/static") else "unmatched"
    return str(path)


def _add_middleware(app: FastAPI, state: ServiceState) -> None:
    @app.middleware("http")
    async def headers_metrics_log(request: Request, call_next: Any) -> Any:
        started = time.perf_counter()
        response = await call_next(request)
        for name, value in SECURITY_HEADERS.items():
            response.headers.setdefault(name, value)
        path = request.url.path
        if path.startswith("/ui"):
            response.headers["content-security-policy"] = UI_CSP
            response.headers.setdefault("cache-control", "no-store")
        elif path.startswith("/api/v1/log"):
            response.headers.setdefault("cache-control", "no-store")
        seconds = time.perf_counter() - started
        route = _route_template(request.scope)
        state.metrics.observe(request.method, route, response.status_code, seconds)
        access_log.info("%s %s %d %.1fms", request.method, route, response.status_code, seconds * 1000)
        return response

    if state.settings.service.cors_origins:
        app.add_middleware(
            CORSMiddleware,
            allow_origins=state.settings.service.cors_origins,
            allow_methods=["GET", "POST"],
            allow_headers=["Authorization", "X-API-Key", "Content-Type"],
        )
    app.add_middleware(BodyLimit, limit=state.settings.service.max_body_bytes)


def _add_error_handlers(app: FastAPI) -> None:
    @app.exception_handler(AssistantError)
    async def assistant_error(request: Request, exc: AssistantError) -> JSONResponse:
        if isinstance(exc, InputError):
            return JSONResponse({"detail": str(exc)}, status_code=422)
        status = 502 if isinstance(exc, OdooError) else 503 if isinstance(exc, StoreError) else 500
        return JSONResponse({"detail": f"{exc.error_class}: {exc}"}, status_code=status)

    @app.exception_handler(RequestValidationError)
    async def invalid(request: Request, exc: RequestValidationError) -> JSONResponse:
        problems = "; ".join(f"{'.'.join(str(p) for p in e['loc'])}: {e['msg']}" for e in exc.errors())
        return JSONResponse({"detail": problems or "invalid request"}, status_code=422)


def _openapi(app: FastAPI) -> dict[str, Any]:
    if app.openapi_schema:
        return app.openapi_schema
    schema = get_openapi(title=app.title, version=app.version, description=app.description, routes=app.routes)
    schemes = schema.setdefault("components", {}).setdefault("securitySchemes", {})
    schemes["WebhookSignature"] = {
        "type": "apiKey",
        "in": "header",
        "name": "X-Assistant-Signature",
        "description": "sha256=<hex HMAC-SHA256(secret, '<timestamp>.<raw body>')>",
    }
    schemes["WebhookTimestamp"] = {
        "type": "apiKey",
        "in": "header",
        "name": "X-Assistant-Timestamp",
        "description": "Unix seconds; inside the replay window",
    }
    schemes["OdooWebhookToken"] = {
        "type": "apiKey",
        "in": "query",
        "name": "token",
        "description": "Odoo-native mode (opt-in); payload must carry write_date",
    }
    for path in schema.get("paths", {}).values():  # 422 bodies are {"detail": "<reason>"} (see handler above)
        for operation in path.values():
            if "422" in operation.get("responses", {}):
                operation["responses"]["422"] = {
                    "description": "Invalid input, with the reason",
                    "content": {"application/json": {"schema": {"$ref": "#/components/schemas/ErrorOut"}}},
                }
    schema["components"].get("schemas", {}).pop("HTTPValidationError", None)
    schema["components"].get("schemas", {}).pop("ValidationError", None)
    app.openapi_schema = schema
    return schema


def create_app(settings: Settings, *, db: Database | None = None) -> FastAPI:
    """Build the service: open (and migrate) the database, wire routers, middleware and the UI."""
    from assistant.api.routers import log, ops, runs, webhooks
    from assistant.web import routes as web

    database = db or Database.from_settings(settings)
    state = ServiceState(
        settings=settings,
        db=database,
        log=PromptLogStore(database),
        keys=KeyStore(database),
        jobs=JobService(settings, database),
    )
    app = FastAPI(
        title="odoo-governed-assistant",
        version=__version__,
        description="Governed AI assistant for Odoo: trigger runs, receive Odoo webhooks, read and "
        "verify the prompt log. AI advises, humans decide.",
    )
    app.state.service = state
    app.include_router(runs.build_router())
    app.include_router(webhooks.router)
    app.include_router(log.router)
    app.include_router(ops.router)
    web.mount(app)
    _add_middleware(app, state)
    _add_error_handlers(app)
    app.openapi = lambda: _openapi(app)  # type: ignore[method-assign]
    return app
