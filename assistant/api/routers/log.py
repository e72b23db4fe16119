"""Prompt log: list with filters (metadata), detail and export (content: governance only, audited), verify."""

from __future__ import annotations

import csv
import io
import json
import re
from collections.abc import Iterator
from datetime import datetime
from typing import Annotated, Literal

from fastapi import APIRouter, Depends, HTTPException, Path, Query
from fastapi.responses import StreamingResponse
from pydantic import BeforeValidator
from sqlalchemy import select

from assistant.api import queries
from assistant.api.deps import AUTH_RESPONSES, ErrorOut, State, require
from assistant.api.schemas import AuditRow, LogDetailOut, LogPage, LogRowOut, ReviewOut, VerifyOut
from assistant.api.security import FINANCE, GOVERNANCE, MANAGER, Principal
from assistant.store.models import AccessAudit, PromptLog
from assistant.store.promptlog import HASHED_FIELDS

router = APIRouter(tags=["prompt log"])
governance = require(GOVERNANCE)
readers = require(GOVERNANCE, MANAGER, FINANCE)

Status = Literal["ok", "fallback", "failed", "blocked"]
Decision = Literal["accepted", "rejected", "edited", "pending"]


def iso_only(value: object) -> object:
    """Dates as ISO 8601 text only (not bare numbers read as unix times), as the schema says."""
    if isinstance(value, str) and re.fullmatch(r"[\d.eE+-]*", value.strip()):
        raise ValueError("expected an ISO 8601 date-time, e.g. 2026-11-01T00:00:00Z")
    return value


def log_filter(
    task: Annotated[str | None, Query(max_length=64)] = None,
    odoo_model: Annotated[str | None, Query(max_length=64)] = None,
    odoo_id: Annotated[int | None, Query(ge=1, le=2_147_483_647)] = None,
    status: Status | None = None,
    model: Annotated[str | None, Query(max_length=128)] = None,
    since: Annotated[
        datetime | None, Query(description="created_at >= since (ISO 8601)"), BeforeValidator(iso_only)
    ] = None,
    until: Annotated[
        datetime | None, Query(description="created_at < until (ISO 8601)"), BeforeValidator(iso_only)
    ] = None,
    decision: Decision | None = None,
    q: Annotated[
        str | None, Query(min_length=1, max_length=200, description="Search prompts/output (governance only)")
    ] = None,
    odoo_instance: Annotated[
        str | None,
        Query(max_length=255, description="Only this Odoo instance (host[:port]/db, sandbox/sandbox)"),
    ] = None,
) -> queries.LogFilter:
    return queries.LogFilter(
        task=task,
        odoo_model=odoo_model,
        odoo_id=odoo_id,
        status=status,
        model=model,
        since=since,
        until=until,
        decision=decision,
        q=q,
        odoo_instance=odoo_instance,
    )


Filter = Annotated[queries.LogFilter, Depends(log_filter)]


def row_out(row: PromptLog, decision: str) -> LogRowOut:
    return LogRowOut(
        id=row.id,
        run_id=row.run_id,
        created_at=row.created_at,
        task=row.task,
        prompt_version=row.prompt_version,
        model=row.model,
        decided_by=row.decided_by,
        odoo_instance=row.odoo_instance,
        odoo_model=row.odoo_model,
        odoo_id=row.odoo_id,
        status=row.status,
        error_class=row.error_class,
        tokens_in=row.tokens_in,
        tokens_out=row.tokens_out,
        latency_ms=row.latency_ms,
        activity_id=row.activity_id,
        decision=decision,
    )


@router.get("/api/v1/log", response_model=LogPage, operation_id="list_log", responses=AUTH_RESPONSES)
def list_log(
    state: State,
    who: Annotated[Principal, Depends(readers)],
    flt: Filter,
    limit: Annotated[int, Query(ge=1, le=500)] = 50,
    offset: Annotated[int, Query(ge=0, le=10_000_000)] = 0,
) -> LogPage:
    """Prompt-log rows (metadata only, newest first). Text search `q` reads content: governance only, audited."""
    if flt.q is not None:
        if who.role != GOVERNANCE:
            raise HTTPException(403, "searching log content (q) needs the governance role")
        state.audit(who, "log.search", flt.q)
    with state.db.session() as session:
        rows, total = queries.search_log(session, flt, limit=limit, offset=offset)
    return LogPage(total=total, limit=limit, offset=offset, items=[row_out(r, d) for r, d in rows])


EXPORT_FIELDS = ("id",) + HASHED_FIELDS + ("prev_hash", "row_hash", "decision")


def _record(row: PromptLog, decision: str) -> dict[str, object]:
    data: dict[str, object] = {name: getattr(row, name) for name in EXPORT_FIELDS if name != "decision"}
    data["created_at"] = row.created_at.isoformat()
    data["decision"] = decision
    return data


@router.get(
    "/api/v1/log/export",
    operation_id="export_log",
    responses={
        200: {
            "description": "JSON Lines or CSV, one row per run",
            "content": {
                "application/x-ndjson": {"schema": {"type": "string"}},
                "text/csv": {"schema": {"type": "string"}},
            },
        },
        **AUTH_RESPONSES,
    },
)
def export_log(
    state: State,
    who: Annotated[Principal, Depends(governance)],
    flt: Filter,
    format: Literal["jsonl", "csv"] = "jsonl",
) -> StreamingResponse:
    """Every matching row with its content (redacted prompts, outputs, checks, hashes). Audited."""
    state.audit(
        who, f"log.export.{format}", json.dumps({k: str(v) for k, v in vars(flt).items() if v is not None})
    )

    # The first batch is read here, before any byte is sent: a failing query (bad filter, database down) is a
    # 4xx/503 with a reason, never an empty 200. A failure later aborts the stream (no final chunk), which
    # HTTP clients report as an incomplete response.
    session = state.db.session()
    try:
        rows = queries.iter_log(session, flt)
        first = next(rows, None)
    except BaseException:
        session.close()
        raise

    def records() -> Iterator[tuple[PromptLog, str]]:
        try:
            if first is not None:
                yield first
                yield from rows
        finally:
            session.close()

    def generate() -> Iterator[str]:
        if format == "jsonl":
            for row, decision in records():
                yield json.dumps(_record(row, decision), ensure_ascii=False, default=str) + "\n"
            return
        buffer = io.StringIO()
        writer = csv.DictWriter(buffer, fieldnames=list(EXPORT_FIELDS))
        writer.writeheader()
        for row, decision in records():
            record = {
                k: json.dumps(v, ensure_ascii=False) if isinstance(v, (dict, list)) else v
                for k, v in _record(row, decision).items()
            }
            writer.writerow(record)
            yield buffer.getvalue()
            buffer.seek(0)
            buffer.truncate()
        yield buffer.getvalue()

    media = "application/x-ndjson" if format == "jsonl" else "text/csv"
    return StreamingResponse(
        generate(),
        media_type=media,
        headers={
            "Content-Disposition": f'attachment; filename="prompt-log.{format}"',
            "Cache-Control": "no-store",
        },
    )


@router.get(
    "/api/v1/log/verify", response_model=VerifyOut, operation_id="verify_log", responses=AUTH_RESPONSES
)
def verify_log(state: State, who: Annotated[Principal, Depends(governance)]) -> VerifyOut:
    """Recompute the whole hash chain; name the first row changed, removed or reordered."""
    result = state.log.verify()
    return VerifyOut(
        ok=result.ok,
        rows=result.rows,
        first_broken_id=result.first_broken_id,
        first_broken_run_id=result.first_broken_run_id,
        reason=result.reason,
    )


@router.get(
    "/api/v1/log/{run_id}",
    response_model=LogDetailOut,
    operation_id="get_log_row",
    responses={404: {"model": ErrorOut, "description": "No such run"}, **AUTH_RESPONSES},
)
def get_log_row(
    run_id: Annotated[str, Path(min_length=4, max_length=36, pattern=r"^[0-9a-f-]+$")],
    state: State,
    who: Annotated[Principal, Depends(governance)],
) -> LogDetailOut:
    """One run with its content: redacted prompts, output, checks, redaction report, reviews, chain status.
    Audited."""
    row = state.log.get(run_id) or state.log.find(run_id)
    if row is None:
        raise HTTPException(404, f"no run {run_id}")
    state.audit(who, "log.read", row.run_id)
    return detail_out(state, row)


def detail_out(state: State, row: PromptLog) -> LogDetailOut:
    with state.db.session() as session:
        reviews = queries.reviews_for(session, row.run_id)
        link_ok = queries.chain_link_ok(session, row)
    decision = reviews[-1].decision if reviews else "pending"
    base = row_out(row, decision).model_dump()
    return LogDetailOut(
        **base,
        prompt_name=row.prompt_name,
        model_params=row.model_params,
        record_write_date=row.record_write_date,
        system_prompt=row.system_prompt,
        user_prompt=row.user_prompt,
        raw_output=row.raw_output,
        parsed_output=row.parsed_output,
        check_results=row.check_results,
        redaction_report=row.redaction_report,
        error_message=row.error_message,
        prev_hash=row.prev_hash,
        row_hash=row.row_hash,
        chain_link_ok=link_ok,
        reviews=[
            ReviewOut(
                decision=r.decision,
                reviewer=r.reviewer,
                feedback=r.feedback,
                decided_at=r.decided_at,
                source=r.source,
            )
            for r in reviews
        ],
    )


@router.get(
    "/api/v1/audit",
    response_model=list[AuditRow],
    operation_id="list_audit",
    tags=["governance"],
    responses=AUTH_RESPONSES,
)
def list_audit(
    state: State,
    who: Annotated[Principal, Depends(governance)],
    limit: Annotated[int, Query(ge=1, le=1000)] = 100,
) -> list[AuditRow]:
    """Who read log content, searched it or exported it (newest first)."""
    with state.db.session() as session:
        rows = session.scalars(select(AccessAudit).order_by(AccessAudit.id.desc()).limit(limit)).all()
    return [AuditRow(id=r.id, actor=r.actor, action=r.action, target=r.target, at=r.at) for r in rows]
