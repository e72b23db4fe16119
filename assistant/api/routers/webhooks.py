"""Odoo (and n8n) webhooks: authenticate, validate, route (model, event) -> tasks, queue durable jobs.

Three ways to authenticate (exactly one per request), each answered 401 with a reason when it fails:

* **Service API key** (the Odoo module, n8n, scripts): ``Authorization: Bearer <key>`` or ``X-API-Key``, a key
  with the ``service`` role (another role: 403).
* **Signed** (anything that can set headers but holds no key): ``X-Assistant-Timestamp`` (unix seconds,
  integer or fractional, e.g. n8n's ``$now.toSeconds()``) and
  ``X-Assistant-Signature: sha256=<hex HMAC_SHA256(webhook_secret, "<timestamp>.<raw body>")>``, where
  <timestamp> is the header text exactly as sent; timestamps outside the replay window are refused.
* **Odoo native** "Send Webhook Notification" (fallback: it can neither set headers nor sign), opt-in when
  ``odoo_webhook_token`` is set: ``?token=<token>``; the payload must then include ``write_date`` (add it to
  the rule's fields), which serves as the timestamp for the replay window.

De-duplication: identical deliveries of a per-record route inside the window return the first job (Odoo
retries, n8n replays); a fan-out route (``all_records``) queues at most one fan-out per (route, day),
whatever the body says.
"""

from __future__ import annotations

import hashlib
import json
from datetime import UTC, datetime
from typing import Annotated, Any

from fastapi import APIRouter, HTTPException, Path, Query, Request, Response
from fastapi.concurrency import run_in_threadpool
from pydantic import ValidationError

from assistant import clock
from assistant.api.deps import ErrorOut, ServiceState, State
from assistant.api.guard import MAX_JSON_DEPTH, json_depth
from assistant.api.schemas import MAX_RECORD_ID, JobOut, OdooWebhook, RouteOutcome, WebhookOut
from assistant.api.security import SERVICE, check_signature, check_token
from assistant.jobs import NewJob, dedupe_key
from assistant.jobs.worker import ANOMALY_SCAN, anomaly_available
from assistant.settings import WebhookRoute
from assistant.tasks import registry

EVENT_PATTERN = r"^[a-z0-9][a-z0-9_.-]{0,63}$"

router = APIRouter(tags=["webhooks"])


MAX_LIST_IDS = 10_000
FAN_OUT_WINDOW_SECONDS = 2 * 86_400  # the key carries the day; the window only has to cover it


def _presented_key(request: Request) -> str | None:
    header = request.headers.get("authorization")
    if header is not None:
        scheme, _, credentials = header.partition(" ")
        if scheme.lower() != "bearer" or not credentials.strip():
            raise HTTPException(401, "Authorization must be 'Bearer <service API key>'")
        return credentials.strip()
    return request.headers.get("x-api-key")


def _authenticate(state: ServiceState, request: Request, body: bytes, token: str | None) -> str:
    """Returns the mode used ("key", "signed" or "token"); raises 401 (403 for a key of another role)."""
    cfg = state.settings.service
    key = _presented_key(request)
    signed = request.headers.get("x-assistant-signature") is not None
    if sum((key is not None, signed, token is not None)) > 1:
        raise HTTPException(401, "use one authentication method: an API key, a signature, or the Odoo token")
    if key is not None:
        who = state.keys.verify(key)
        if who is None:
            raise HTTPException(401, "invalid API key")
        if who.role != SERVICE:
            raise HTTPException(403, f"role {who.role!r} may not post webhooks (needs service)")
        return "key"
    if token is not None:
        if cfg.odoo_webhook_token is None or not check_token(
            cfg.odoo_webhook_token.get_secret_value(), token
        ):
            raise HTTPException(401, "invalid webhook token")
        return "token"
    if cfg.webhook_secret is None:
        raise HTTPException(
            401, "unauthenticated: send a service API key (signed webhooks are not enabled: no secret)"
        )
    reason = check_signature(
        cfg.webhook_secret.get_secret_value(),
        request.headers.get("x-assistant-timestamp"),
        request.headers.get("x-assistant-signature"),
        body,
        cfg.webhook_tolerance_seconds,
    )
    if reason:
        raise HTTPException(401, reason)
    return "signed"


def _fresh_write_date(state: ServiceState, event: str, payload: OdooWebhook, tolerance: int) -> None:
    value = payload.field("write_date")
    if (
        value is None
        and not payload.id
        and _routes(state, event, payload)
        and all(r.all_records for r in _routes(state, event, payload))
    ):
        return  # a scheduled action posts no record, so no write_date; a replay re-queues at most that day's fan-out
    if not isinstance(value, str):
        raise HTTPException(
            401, "token-authenticated webhooks must include write_date (the replay timestamp)"
        )
    try:
        stamp = datetime.strptime(value[:19], "%Y-%m-%d %H:%M:%S").replace(tzinfo=UTC)
    except ValueError:
        raise HTTPException(422, "write_date must look like 'YYYY-MM-DD HH:MM:SS' (UTC)") from None
    if abs((clock.wall() - stamp).total_seconds()) > tolerance:
        raise HTTPException(401, f"stale delivery: write_date outside the {tolerance} s replay window")


def parse_webhook(body: bytes) -> tuple[OdooWebhook, dict[str, Any]]:
    """The validated payload and the raw object; any bytes in, a 422 ``HTTPException`` out when invalid."""
    if json_depth(body) > MAX_JSON_DEPTH:
        raise HTTPException(422, f"JSON nested deeper than {MAX_JSON_DEPTH} levels")
    try:
        data = json.loads(body)
    except (ValueError, UnicodeDecodeError, RecursionError):
        raise HTTPException(422, "body is not valid JSON") from None
    if not isinstance(data, dict):
        raise HTTPException(422, "body must be a JSON object")
    try:
        return OdooWebhook.model_validate(data), data
    except ValidationError as exc:
        problems = "; ".join(
            f"{'.'.join(str(p) for p in e['loc']) or 'body'}: {e['msg']}" for e in exc.errors()
        )
        raise HTTPException(422, f"invalid webhook payload: {problems[:1000]}") from None


def _is_id(value: Any) -> bool:
    return isinstance(value, int) and not isinstance(value, bool) and 1 <= value <= MAX_RECORD_ID


def record_id_of(name: str, value: Any) -> int | None:
    """The record id in payload field ``name``: a positive 32-bit integer, or the first element of a list of
    them (Odoo lists ``message_ids`` newest first). None when the field holds no id (absent, false, empty
    list, text); a 422 when it holds integers that cannot be record ids (0, negative, beyond 32 bits)."""
    if isinstance(value, list):
        for index, item in enumerate(value[:MAX_LIST_IDS]):
            if not _is_id(item):
                raise HTTPException(
                    422, f"{name}[{index}] is not a record id (a whole number from 1 to {MAX_RECORD_ID})"
                )
        if len(value) > MAX_LIST_IDS:
            raise HTTPException(422, f"{name}: more than {MAX_LIST_IDS} ids")
        return value[0] if value else None
    if isinstance(value, int) and not isinstance(value, bool):
        if not _is_id(value):
            raise HTTPException(422, f"{name} is not a record id (a whole number from 1 to {MAX_RECORD_ID})")
        return value
    return None


def _routes(state: ServiceState, event: str, payload: OdooWebhook) -> list[WebhookRoute]:
    return [r for r in state.settings.service.routes if r.model == payload.model and r.event == event]


def _route(state: ServiceState, event: str, payload: OdooWebhook, data: dict[str, Any]) -> WebhookOut:
    routes = _routes(state, event, payload)
    if not routes:
        raise HTTPException(404, f"no route for model {payload.model!r} and event {event!r}")
    body_hash = hashlib.sha256(json.dumps(data, sort_keys=True, default=str).encode()).hexdigest()
    tasks = registry()
    outcomes: list[RouteOutcome] = []
    new: list[tuple[int, NewJob]] = []
    for route in routes:
        name = route.task
        scan = name == ANOMALY_SCAN
        mismatch = [k for k, v in route.when.items() if payload.field(k) != v]
        record_id = record_id_of(route.id_field, payload.field(route.id_field))
        if mismatch:
            outcomes.append(RouteOutcome(task=name, skipped=f"condition not met: {', '.join(mismatch)}"))
        elif not (anomaly_available() if scan else name in tasks):
            outcomes.append(RouteOutcome(task=name, skipped=f"task {name!r} is not installed"))
        elif route.all_records and not scan:
            outcomes.append(RouteOutcome(task=name))
            new.append(
                (
                    len(outcomes) - 1,
                    NewJob(
                        task=name,
                        kind="fan_out",
                        source="webhook",
                        event=event,
                        dedupe_key=dedupe_key("webhook-fan-out", event, name, payload.model, clock.today()),
                        dedupe_window=FAN_OUT_WINDOW_SECONDS,
                    ),
                )
            )
        elif record_id is None:
            outcomes.append(
                RouteOutcome(task=name, skipped=f"{route.id_field} is not a record id (1 to {MAX_RECORD_ID})")
            )
        else:
            outcomes.append(RouteOutcome(task=name))
            new.append(
                (
                    len(outcomes) - 1,
                    NewJob(
                        task=name,
                        kind="scan" if scan else "run",
                        source="webhook",
                        event=event,
                        odoo_model=payload.model if scan else tasks[name].odoo_model,
                        record_id=record_id,
                        dedupe_key=dedupe_key("webhook", event, name, payload.model, record_id, body_hash),
                    ),
                )
            )
    if new:
        submitted = state.jobs.submit([n for _, n in new])
        for (index, _), sub in zip(new, submitted, strict=True):
            outcomes[index].job = JobOut.of(sub.job, sub.duplicate)
    return WebhookOut(event=event, model=payload.model, record_id=payload.id or None, routes=outcomes)


@router.post(
    "/api/v1/webhooks/odoo/{event}",
    response_model=WebhookOut,
    status_code=202,
    operation_id="odoo_webhook",
    summary="Odoo automation-rule webhook",
    openapi_extra={
        "requestBody": {
            "required": True,
            "content": {
                "application/json": {
                    "schema": OdooWebhook.model_json_schema(
                        by_alias=True, ref_template="#/components/schemas/{model}"
                    )
                }
            },
        },
        "security": [
            {"HTTPBearer": []},
            {"APIKeyHeader": []},
            {"WebhookSignature": [], "WebhookTimestamp": []},
            {"OdooWebhookToken": []},
        ],
    },
    responses={
        200: {"model": WebhookOut, "description": "Authenticated and valid, but no route queued a job"},
        401: {
            "model": ErrorOut,
            "description": "No or bad key, unsigned, badly signed, stale, or wrong token",
        },
        403: {"model": ErrorOut, "description": "An API key whose role is not service"},
        404: {"model": ErrorOut, "description": "No route for this (model, event) in the routing table"},
        413: {"model": ErrorOut, "description": "Body larger than the limit"},
        422: {"model": ErrorOut, "description": "Not JSON, nested too deep, invalid payload or record ids"},
    },
)
async def odoo_webhook(
    event: Annotated[str, Path(pattern=EVENT_PATTERN, description="Event name set in the Odoo rule's URL")],
    request: Request,
    response: Response,
    state: State,
    token: Annotated[
        str | None, Query(max_length=200, description="Odoo-native mode only (see description)")
    ] = None,
) -> WebhookOut:
    """Accept the JSON Odoo 17/18 posts (`_model`, `_id`, `_action` and the rule's fields) or the same JSON
    from n8n, map (model, event) to tasks through the routing table, and queue one durable job per task.
    Answers fast (Odoo waits at most 1 s); the work happens in the workers."""
    body = await request.body()
    try:
        mode = _authenticate(state, request, body, token)
        payload, data = parse_webhook(body)
        if mode == "token":
            _fresh_write_date(state, event, payload, state.settings.service.webhook_tolerance_seconds)
        out = await run_in_threadpool(_route, state, event, payload, data)
    except HTTPException as exc:
        state.metrics.webhook(
            {401: "unauthorized", 403: "unauthorized", 404: "unrouted", 422: "invalid"}.get(
                exc.status_code, "rejected"
            )
        )
        raise
    queued = any(o.job is not None for o in out.routes)
    duplicate = queued and all(o.job is None or o.job.duplicate for o in out.routes)
    state.metrics.webhook("duplicate" if duplicate else "queued" if queued else "ignored")
    response.status_code = 202 if queued else 200
    return out
