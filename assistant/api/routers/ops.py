"""Health, readiness, metrics, acceptance rates, dashboard figures, and the review-sync trigger."""

from __future__ import annotations

import time
from typing import Annotated, Any

import httpx
from fastapi import APIRouter, Depends, Query, Response
from fastapi.responses import JSONResponse, PlainTextResponse
from sqlalchemy import func, select, text

from assistant.api import queries
from assistant.api.deps import AUTH_RESPONSES, ServiceState, State, require
from assistant.api.schemas import (
    AcceptanceOut,
    AcceptanceRow,
    CheckOut,
    DashboardOut,
    HealthOut,
    JobOut,
    ReadyOut,
)
from assistant.api.security import FINANCE, GOVERNANCE, MANAGER, SERVICE, Principal
from assistant.errors import AssistantError
from assistant.jobs import NewJob, dedupe_key
from assistant.store.models import PromptLog

router = APIRouter()
READY_CACHE_SECONDS = 10.0


@router.get("/api/v1/health", response_model=HealthOut, tags=["ops"], operation_id="health")
def health(state: State) -> HealthOut:
    """Liveness: the process answers. Public (no key), reveals nothing."""
    return HealthOut(status="ok", uptime_seconds=round(time.time() - state.started, 1))


def _check_db(state: ServiceState) -> CheckOut:
    try:
        return CheckOut(ok=True, detail=state.db.ping().split(" on ")[0][:60])
    except Exception as exc:  # noqa: BLE001 - any failure means not ready
        return CheckOut(ok=False, detail=type(exc).__name__)


def _check_odoo(state: ServiceState) -> CheckOut:
    cfg = state.settings.odoo
    if not cfg.url:
        return CheckOut(ok=True, detail="sandbox (run by the workers)")
    try:
        from assistant.odoo import connect

        gw = connect(
            cfg.url, cfg.db, cfg.user, cfg.password.get_secret_value(), timeout=min(cfg.timeout, 5.0)
        )
        return CheckOut(ok=True, detail=f"Odoo {gw.ping()}"[:60])
    except AssistantError as exc:
        return CheckOut(ok=False, detail=exc.error_class)


def _check_llm(state: ServiceState) -> CheckOut:
    from assistant.runtime import resolve_provider

    provider = resolve_provider(state.settings)
    if provider != "openai":
        return CheckOut(ok=True, detail=f"{provider} (no endpoint needed)")
    cfg = state.settings.llm
    try:
        reply = httpx.get(
            f"{str(cfg.base_url).rstrip('/')}/models",
            timeout=5.0,
            headers={"Authorization": f"Bearer {cfg.api_key.get_secret_value()}"},
        )
        return CheckOut(ok=reply.status_code < 500, detail=f"HTTP {reply.status_code}")
    except httpx.HTTPError as exc:
        return CheckOut(ok=False, detail=type(exc).__name__)


WORKER_FRESH_SECONDS = 30.0  # embedded workers beat every 5 s
ENGINE_FRESH_SECONDS = 45.0  # procrastinate's own worker heartbeat: every 10 s


def _check_workers(state: ServiceState) -> CheckOut:
    """Someone runs the jobs: an embedded worker that reached the database lately, else any worker process
    whose procrastinate heartbeat is fresh (``assistant worker`` on another machine)."""
    if state.workers:
        ages = [w.liveness.age() for w in state.workers if w.alive]
        known = [a for a in ages if a is not None]
        youngest = round(min(known), 1) if known else None
        fresh = [a for a in known if a <= WORKER_FRESH_SECONDS]
        if fresh:
            detail = f"{len(fresh)} of {len(state.workers)} embedded worker(s) up"
        elif not ages:
            detail = "embedded workers stopped"
        else:
            detail = "embedded workers cannot reach the database (reconnecting)"
        return CheckOut(ok=bool(fresh), detail=detail, heartbeat_age_seconds=youngest)
    try:
        with state.db.session() as session:
            count, age = session.execute(
                text(
                    "SELECT count(*), EXTRACT(EPOCH FROM now() - max(last_heartbeat)) FROM procrastinate_workers "
                    "WHERE last_heartbeat > now() - make_interval(secs => :fresh)"
                ),
                {"fresh": ENGINE_FRESH_SECONDS},
            ).one()
    except Exception as exc:  # noqa: BLE001 - any failure means not ready
        return CheckOut(ok=False, detail=f"unknown ({type(exc).__name__})")
    if not count:
        return CheckOut(ok=False, detail="no worker is running: jobs will wait in the queue")
    return CheckOut(
        ok=True, detail=f"{count} worker process(es) up", heartbeat_age_seconds=round(float(age or 0.0), 1)
    )


@router.get(
    "/api/v1/ready",
    response_model=ReadyOut,
    tags=["ops"],
    operation_id="ready",
    responses={503: {"model": ReadyOut, "description": "A dependency is unreachable"}},
)
def ready(state: State) -> Any:
    """Readiness: database, Odoo and LLM endpoint reachable, and a worker alive (its heartbeat age); cached 10 s.
    Public; no error texts."""
    hit = state.cache.get("ready")
    if hit is None or time.monotonic() - hit[0] > READY_CACHE_SECONDS:
        checks = {
            "database": _check_db(state),
            "odoo": _check_odoo(state),
            "llm": _check_llm(state),
            "workers": _check_workers(state),
        }
        hit = (time.monotonic(), ReadyOut(ready=all(c.ok for c in checks.values()), checks=checks))
        state.cache["ready"] = hit
    out: ReadyOut = hit[1]
    headers = {} if out.ready else {"Retry-After": "10"}
    return JSONResponse(out.model_dump(), status_code=200 if out.ready else 503, headers=headers)


@router.get(
    "/metrics",
    tags=["ops"],
    operation_id="metrics",
    response_class=PlainTextResponse,
    responses={
        200: {
            "content": {"text/plain": {"schema": {"type": "string"}}},
            "description": "Prometheus text format",
        },
        **AUTH_RESPONSES,
    },
)
def metrics(state: State, who: Annotated[Principal, Depends(require(SERVICE, GOVERNANCE))]) -> Response:
    """Prometheus metrics: requests and latency per route, webhooks, jobs by status, runs by task and status."""
    gauges: dict[str, list[tuple[dict[str, str], float]]] = {
        "oga_jobs": [({"status": s}, float(n)) for s, n in sorted(state.jobs.store.counts().items())]
    }
    with state.db.session() as session:
        runs = session.execute(
            select(PromptLog.task, PromptLog.status, func.count()).group_by(PromptLog.task, PromptLog.status)
        ).all()
        accept = queries.acceptance(session)
    gauges["oga_runs"] = [({"task": t, "status": s}, float(n)) for t, s, n in runs]
    gauges["oga_acceptance_rate"] = [
        ({"task": a["task"]}, float(a["acceptance_rate"])) for a in accept if a["acceptance_rate"] is not None
    ]
    return PlainTextResponse(state.metrics.render(gauges), media_type="text/plain; version=0.0.4")


@router.get(
    "/api/v1/reviews/acceptance",
    response_model=AcceptanceOut,
    tags=["reviews"],
    operation_id="acceptance",
    responses=AUTH_RESPONSES,
)
def acceptance(
    state: State, who: Annotated[Principal, Depends(require(GOVERNANCE, MANAGER, FINANCE))]
) -> AcceptanceOut:
    """Per task: runs with an activity, accepted / rejected / edited / pending, acceptance rate."""
    with state.db.session() as session:
        rows = queries.acceptance(session)
    return AcceptanceOut(items=[AcceptanceRow(**r) for r in rows])


@router.post(
    "/api/v1/reviews/sync",
    response_model=JobOut,
    status_code=202,
    tags=["reviews"],
    operation_id="sync_reviews",
    responses=AUTH_RESPONSES,
)
def sync_reviews(state: State, who: Annotated[Principal, Depends(require(SERVICE, GOVERNANCE))]) -> JobOut:
    """Queue a review-feedback sync now (the schedule also runs it every few minutes)."""
    [sub] = state.jobs.submit(
        [NewJob(task="review_sync", kind="sync", source="api", dedupe_key=dedupe_key("sync", time.time()))],
        window_seconds=0,
    )
    return JobOut.of(sub.job, sub.duplicate)


@router.get(
    "/api/v1/stats/dashboard",
    response_model=DashboardOut,
    tags=["governance"],
    operation_id="dashboard",
    responses=AUTH_RESPONSES,
)
def dashboard(
    state: State,
    who: Annotated[Principal, Depends(require(GOVERNANCE, MANAGER, FINANCE))],
    days: Annotated[int, Query(ge=1, le=366)] = 30,
) -> DashboardOut:
    """Figures behind the dashboard: runs per day by task and status, failures by error class, latency p50/p95,
    tokens per day, acceptance per task."""
    with state.db.session() as session:
        data = queries.dashboard(session, days)
    return DashboardOut(**data)
