"""The FastAPI application: routers per area, the audit UI, and the cross-cutting middleware.

Middleware (outermost first, all pure ASGI): security headers + metrics + access log (method, route template,
status, duration: never query strings, headers or bodies, so tokens and keys stay out of logs); the request
guard (:mod:`assistant.api.guard`: sizes, NUL bytes, repeated parameters, JSON depth, 413 for any body over the
limit, chunked or not); CORS only when origins are configured (closed by default).

Errors: bad input is a 4xx with a reason; a database outage is a 503 with ``Retry-After`` (never a 500, and
nothing waits on a dead server: libpq's connect timeout is bounded); Odoo errors surface as 502.
"""

from __future__ import annotations

import logging
import os
import time
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.middleware.cors import CORSMiddleware
from fastapi.openapi.utils import get_openapi
from fastapi.responses import JSONResponse
from starlette.datastructures import MutableHeaders
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from assistant import __version__
from assistant.api.deps import ServiceState
from assistant.api.guard import RequestGuard
from assistant.api.security import KeyStore
from assistant.errors import AssistantError, InputError, OdooError, StoreError
from assistant.jobs import JobService
from assistant.settings import Settings
from assistant.store import Database, PromptLogStore

access_log = logging.getLogger("assistant.api.access")
log = logging.getLogger("assistant.api")

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


def _route_template(scope: Scope) -> str:
    """The matched route's template (``/api/v1/jobs/{job_id}``), so metrics and logs never carry ids or tokens."""
    route = scope.get("route")
    path = getattr(route, "path", None)
    if path is None:
        return "/ui/static" if str(scope.get("path", "")).startswith("/ui/static") else "unmatched"
    return str(path)


class Observe:
    """Security headers, metrics and the access log, as pure ASGI (no task group, no wrapped exceptions)."""

    def __init__(self, app: ASGIApp, state: ServiceState) -> None:
        self.app = app
        self.state = state

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        started = time.perf_counter()
        status = 500
        path = str(scope.get("path", ""))

        async def observed(message: Message) -> None:
            nonlocal status
            if message["type"] == "http.response.start":
                status = int(message["status"])
                headers = MutableHeaders(scope=message)
                for name, value in SECURITY_HEADERS.items():
                    headers.setdefault(name, value)
                if path.startswith("/ui"):
                    headers["content-security-policy"] = UI_CSP
                    headers.setdefault("cache-control", "no-store")
                elif path.startswith("/api/v1/log"):
                    headers.setdefault("cache-control", "no-store")
            await send(message)

        try:
            await self.app(scope, receive, observed)
        finally:
            seconds = time.perf_counter() - started
            route = _route_template(scope)
            method = str(scope.get("method", ""))
            self.state.metrics.observe(method, route, status, seconds)
            access_log.info("%s %s %d %.1fms", method, route, status, seconds * 1000)


def _add_middleware(app: FastAPI, state: ServiceState) -> None:
    """Outermost first: Observe (headers, metrics, log), RequestGuard (bounds, 413/414/400), CORS if configured."""
    if state.settings.service.cors_origins:
        app.add_middleware(
            CORSMiddleware,
            allow_origins=state.settings.service.cors_origins,
            allow_methods=["GET", "POST"],
            allow_headers=["Authorization", "X-API-Key", "Content-Type"],
        )
    app.add_middleware(RequestGuard, limit=state.settings.service.max_body_bytes)
    app.add_middleware(Observe, state=state)


RETRY_AFTER_SECONDS = 5


def database_unavailable(exc: BaseException) -> bool:
    """A database outage (not a bad query): connection refused or lost, pool exhausted, server shutting down."""
    import procrastinate.exceptions
    import psycopg
    from sqlalchemy import exc as sa

    if isinstance(exc, (sa.OperationalError, sa.InterfaceError, sa.TimeoutError, sa.DisconnectionError)):
        return True
    if isinstance(exc, sa.DBAPIError) and exc.connection_invalidated:
        return True
    if isinstance(exc, (psycopg.OperationalError, psycopg.InterfaceError)):
        return True
    if isinstance(exc, procrastinate.exceptions.ConnectorException):
        return exc.__cause__ is None or database_unavailable(exc.__cause__)
    return False


def unavailable_response(reason: str) -> JSONResponse:
    return JSONResponse(
        {"detail": reason}, status_code=503, headers={"Retry-After": str(RETRY_AFTER_SECONDS)}
    )


def _add_error_handlers(app: FastAPI) -> None:
    import procrastinate.exceptions
    import psycopg
    from sqlalchemy import exc as sa

    @app.exception_handler(AssistantError)
    async def assistant_error(request: Request, exc: AssistantError) -> JSONResponse:
        if isinstance(exc, InputError):
            return JSONResponse({"detail": str(exc)}, status_code=422)
        if isinstance(exc, StoreError):
            return unavailable_response(f"{exc.error_class}: {exc}")
        status = 502 if isinstance(exc, OdooError) else 500
        return JSONResponse({"detail": f"{exc.error_class}: {exc}"}, status_code=status)

    @app.exception_handler(RequestValidationError)
    async def invalid(request: Request, exc: RequestValidationError) -> JSONResponse:
        problems = "; ".join(f"{'.'.join(str(p) for p in e['loc'])}: {e['msg']}" for e in exc.errors())
        return JSONResponse({"detail": problems or "invalid request"}, status_code=422)

    async def database_error(request: Request, exc: Exception) -> JSONResponse:
        """Outages answer 503 + Retry-After (clients and proxies retry); a value PostgreSQL refuses is the
        caller's (422); anything else is a bug and stays a 500."""
        if database_unavailable(exc):
            log.warning("database unavailable: %s", type(exc).__name__)
            return unavailable_response("the database is unavailable; retry later")
        if isinstance(exc, sa.DataError):
            return JSONResponse({"detail": "a value is invalid or out of range"}, status_code=422)
        raise exc

    for cls in (sa.DBAPIError, sa.TimeoutError, sa.DisconnectionError, psycopg.Error):
        app.add_exception_handler(cls, database_error)
    app.add_exception_handler(procrastinate.exceptions.ConnectorException, database_error)


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
    error = {"application/json": {"schema": {"$ref": "#/components/schemas/ErrorOut"}}}
    for route, path in schema.get("paths", {}).items():  # every error body is {"detail": "<reason>"}
        for operation in path.values():
            responses = operation.setdefault("responses", {})
            if "422" in responses:
                responses["422"] = {"description": "Invalid input, with the reason", "content": error}
            # refused by the request guard before routing (see assistant.api.guard), on every operation
            responses.setdefault(
                "400",
                {
                    "description": "Malformed request: a query parameter given twice, a NUL byte, too many "
                    "parameters, or a bad Content-Length",
                    "content": error,
                },
            )
            responses.setdefault("414", {"description": "Path or query string too long", "content": error})
            if "requestBody" in operation:
                responses.setdefault("413", {"description": "Body larger than the limit", "content": error})
            if route not in ("/api/v1/health", "/api/v1/ready"):
                responses.setdefault(
                    "503",
                    {
                        "description": "The database is unavailable; retry after `Retry-After` seconds",
                        "content": error,
                        "headers": {"Retry-After": {"schema": {"type": "integer"}}},
                    },
                )
    schema["components"].get("schemas", {}).pop("HTTPValidationError", None)
    schema["components"].get("schemas", {}).pop("ValidationError", None)
    app.openapi_schema = schema
    return schema


def create_app(settings: Settings, *, db: Database | None = None) -> FastAPI:
    """Build the service: open (and migrate) the database, wire routers, middleware and the UI."""
    from assistant.api.routers import log, ops, runs, webhooks
    from assistant.web import routes as web

    os.environ.setdefault(
        "PGCONNECT_TIMEOUT", "5"
    )  # libpq: a blackholed database host fails in 5 s, not minutes
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
