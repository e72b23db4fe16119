"""The governance audit UI: server-rendered pages (Jinja2 + SVG charts), behind a login with an API key.

Log in with an API key; the server keeps a session (random token, hashed in ``ui_sessions``) in an
HttpOnly, SameSite=Strict cookie. The dashboard is open to governance, manager and finance (aggregates only);
the prompt log, run details and chain verification need governance, and every content read is audited.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Annotated, Any
from urllib.parse import urlencode, urlparse

from fastapi import APIRouter, FastAPI, Form, HTTPException, Query, Request
from fastapi.exception_handlers import http_exception_handler
from fastapi.responses import HTMLResponse, RedirectResponse, Response
from fastapi.staticfiles import StaticFiles
from fastapi.templating import Jinja2Templates

from assistant.api import queries
from assistant.api.deps import ServiceState
from assistant.api.routers.log import detail_out
from assistant.api.security import FINANCE, GOVERNANCE, MANAGER, Principal
from assistant.web import charts

HERE = Path(__file__).parent
COOKIE = "oga_session"
UI_ROLES = (GOVERNANCE, MANAGER, FINANCE)
PAGE = 50

templates = Jinja2Templates(directory=str(HERE / "templates"))
router = APIRouter(prefix="/ui", include_in_schema=False)


class LoginRequired(Exception):
    pass


def _state(request: Request) -> ServiceState:
    state: ServiceState = request.app.state.service
    return state


def _who(request: Request, *roles: str) -> Principal:
    who = _state(request).keys.session_principal(request.cookies.get(COOKIE))
    if who is None:
        raise LoginRequired
    if who.role not in roles:
        raise HTTPException(403, f"role {who.role!r} may not open this page")
    return who


def _same_origin(request: Request) -> None:
    """POSTs must come from our own pages (SameSite=Strict does most of this; Origin is checked when sent)."""
    origin = request.headers.get("origin")
    # Host only (not scheme): behind a TLS-terminating proxy the app sees http while the browser says https.
    if origin and (origin == "null" or urlparse(origin).netloc != request.headers.get("host", "")):
        raise HTTPException(403, "cross-origin form post refused")


def _render(request: Request, name: str, status: int = 200, **context: Any) -> HTMLResponse:
    return templates.TemplateResponse(request, name, context, status_code=status)


@router.get("/login")
def login_form(request: Request) -> HTMLResponse:
    return _render(request, "login.html")


@router.post("/login")
def login(request: Request, api_key: Annotated[str, Form(max_length=200)]) -> Response:
    _same_origin(request)
    state = _state(request)
    who = state.keys.verify(api_key.strip())
    if who is None or who.role not in UI_ROLES:
        reason = (
            "Unknown or revoked key." if who is None else f"The {who.role} role has no access to this UI."
        )
        return _render(request, "login.html", status=401, error=reason)
    token = state.keys.open_session(who, state.settings.service.session_hours)
    response = RedirectResponse("/ui/", status_code=303)
    response.set_cookie(
        COOKIE,
        token,
        httponly=True,
        samesite="strict",
        path="/ui",
        secure=state.settings.service.cookie_secure,
        max_age=int(state.settings.service.session_hours * 3600),
    )
    return response


@router.post("/logout")
def logout(request: Request) -> Response:
    _same_origin(request)
    _state(request).keys.close_session(request.cookies.get(COOKIE))
    response = RedirectResponse("/ui/login", status_code=303)
    response.delete_cookie(COOKIE, path="/ui")
    return response


@router.get("/")
def dashboard(request: Request, days: Annotated[int, Query(ge=1, le=366)] = 30) -> HTMLResponse:
    who = _who(request, *UI_ROLES)
    state = _state(request)
    with state.db.session() as session:
        data = queries.dashboard(session, days)
    by_status = [{"day": r["day"], "status": r["status"], "count": r["count"]} for r in data["runs_per_day"]]
    by_task = [{"day": r["day"], "task": r["task"], "count": r["count"]} for r in data["runs_per_day"]]
    accept = [
        (a["task"], a["acceptance_rate"]) for a in data["acceptance"] if a["acceptance_rate"] is not None
    ]
    svg = {
        "status": charts.stacked_days(by_status, "status", "Runs per day by status"),
        "task": charts.stacked_days(by_task, "task", "Runs per day by task"),
        "acceptance": charts.hbars(accept, "Acceptance rate per task", percent=True),
        "failures": charts.hbars(
            [(f["error_class"], f["count"]) for f in data["failures_by_class"]], "Failures by error class"
        ),
        "latency": charts.paired_bars(
            [(x["task"], x["p50_ms"], x["p95_ms"]) for x in data["latency"]],
            "Latency per task",
            ("p50", "p95"),
            " ms",
        ),
        "tokens": charts.stacked_days(
            [
                {"day": t["day"], "kind": k, "count": t[k]}
                for t in data["tokens_per_day"]
                for k in ("tokens_in", "tokens_out")
            ],
            "kind",
            "Tokens per day",
        ),
    }
    totals = {
        "runs": sum(r["count"] for r in data["runs_per_day"]),
        "failed": sum(r["count"] for r in data["runs_per_day"] if r["status"] in ("failed", "blocked")),
        "tokens": sum(t["tokens_in"] + t["tokens_out"] for t in data["tokens_per_day"]),
    }
    return _render(request, "dashboard.html", who=who, data=data, svg=svg, totals=totals, days=days)


@router.get("/log")
def log_page(
    request: Request,
    task: Annotated[str | None, Query(max_length=64)] = None,
    status: Annotated[str | None, Query(max_length=16)] = None,
    decision: Annotated[str | None, Query(max_length=16)] = None,
    odoo_instance: Annotated[str | None, Query(max_length=255)] = None,
    odoo_model: Annotated[str | None, Query(max_length=64)] = None,
    odoo_id: Annotated[str | None, Query(max_length=12)] = None,
    model: Annotated[str | None, Query(max_length=128)] = None,
    since: Annotated[str | None, Query(max_length=10)] = None,
    until: Annotated[str | None, Query(max_length=10)] = None,
    q: Annotated[str | None, Query(max_length=200)] = None,
    page: Annotated[int, Query(ge=1, le=100_000)] = 1,
) -> HTMLResponse:
    who = _who(request, GOVERNANCE)
    state = _state(request)
    form = {
        "task": task or "",
        "status": status or "",
        "decision": decision or "",
        "odoo_instance": odoo_instance or "",
        "odoo_model": odoo_model or "",
        "odoo_id": odoo_id or "",
        "model": model or "",
        "since": since or "",
        "until": until or "",
        "q": q or "",
    }
    flt = queries.LogFilter(
        task=task or None,
        status=status or None,
        decision=decision or None,
        odoo_model=odoo_model or None,
        odoo_instance=odoo_instance or None,
        model=model or None,
        q=q or None,
        odoo_id=_record_id(odoo_id),
        since=_day(since),
        until=_day(until, end=True),
    )
    if flt.q:
        state.audit(who, "log.search", flt.q)
    with state.db.session() as session:
        rows, total = queries.search_log(session, flt, limit=PAGE, offset=(page - 1) * PAGE)
    keep = {k: v for k, v in form.items() if v}
    pages = {
        "prev": urlencode({**keep, "page": page - 1}) if page > 1 else None,
        "next": urlencode({**keep, "page": page + 1}) if page * PAGE < total else None,
    }
    return _render(
        request,
        "log.html",
        who=who,
        rows=rows,
        total=total,
        form=form,
        page=page,
        pages=pages,
        statuses=("ok", "fallback", "failed", "blocked"),
        decisions=queries.DECISIONS,
    )


def _record_id(value: str | None) -> int | None:
    """An Odoo id typed into the filter: ASCII digits within PostgreSQL's integer range, else a 422."""
    if not value:
        return None
    if not (value.isascii() and value.isdigit()) or not 1 <= int(value) <= 2_147_483_647:
        raise HTTPException(422, "Odoo id must be a whole number from 1 to 2147483647")
    return int(value)


def _day(value: str | None, *, end: bool = False) -> datetime | None:
    if not value:
        return None
    try:
        day = datetime.strptime(value, "%Y-%m-%d").replace(tzinfo=UTC)
    except ValueError:
        return None
    return day + timedelta(days=1) if end else day


@router.get("/runs/{run_id}")
def run_page(request: Request, run_id: str) -> HTMLResponse:
    who = _who(request, GOVERNANCE)
    state = _state(request)
    row = state.log.get(run_id) if len(run_id) <= 36 else None
    if row is None:
        raise HTTPException(404, f"no run {run_id}")
    state.audit(who, "log.read", row.run_id)
    return _render(request, "run.html", who=who, run=detail_out(state, row))


@router.get("/verify")
def verify_page(request: Request) -> HTMLResponse:
    who = _who(request, GOVERNANCE)
    result = _state(request).log.verify()
    return _render(request, "verify.html", who=who, result=result)


def mount(app: FastAPI) -> None:
    """Add the UI routes, its static files and its error pages to ``app``."""
    app.include_router(router)
    app.mount("/ui/static", StaticFiles(directory=str(HERE / "static")), name="ui-static")

    @app.exception_handler(LoginRequired)
    async def to_login(request: Request, exc: LoginRequired) -> Response:
        return RedirectResponse("/ui/login", status_code=303)

    @app.exception_handler(HTTPException)
    async def ui_errors(request: Request, exc: HTTPException) -> Response:
        if request.url.path.startswith("/ui"):
            return _render(
                request, "error.html", status=exc.status_code, status_code=exc.status_code, detail=exc.detail
            )
        return await http_exception_handler(request, exc)
