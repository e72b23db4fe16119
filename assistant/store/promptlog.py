"""The prompt log: append-only rows chained by SHA-256, reads for governance, and chain verification.

``row_hash = sha256(prev_hash + canonical JSON of the immutable fields)``; the first row chains from
``GENESIS``. Appends take a transaction-scoped advisory lock so concurrent workers cannot fork the chain.
Verification recomputes every hash in id order and names the first row whose content or link is broken.
"""

from __future__ import annotations

import builtins
import hashlib
import json
import uuid
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import select, text
from sqlalchemy.exc import SQLAlchemyError

from assistant import clock
from assistant.errors import StoreError
from assistant.store.db import Database
from assistant.store.models import PromptLog, Review

GENESIS = "0" * 64
CHAIN_LOCK = 727275

# Every column except the surrogate id and the chain columns themselves.
HASHED_FIELDS = (
    "run_id",
    "run_key",
    "task",
    "prompt_name",
    "prompt_version",
    "model",
    "model_params",
    "decided_by",
    "odoo_model",
    "odoo_id",
    "record_write_date",
    "system_prompt",
    "user_prompt",
    "raw_output",
    "parsed_output",
    "check_results",
    "redaction_report",
    "tokens_in",
    "tokens_out",
    "latency_ms",
    "status",
    "error_class",
    "error_message",
    "activity_id",
    "created_at",
)


@dataclass
class LogEntry:
    """What the pipeline hands over for one attempt (values already redacted)."""

    run_key: str
    task: str
    prompt_name: str
    prompt_version: str
    model: str
    odoo_model: str
    odoo_id: int
    status: str  # ok | failed | blocked | fallback
    model_params: dict[str, Any] = field(default_factory=dict)
    decided_by: str = ""
    record_write_date: str | None = None
    system_prompt: str = ""
    user_prompt: str = ""
    raw_output: str | None = None
    parsed_output: dict[str, Any] | None = None
    check_results: list[dict[str, Any]] = field(default_factory=list)
    redaction_report: dict[str, Any] = field(default_factory=dict)
    tokens_in: int = 0
    tokens_out: int = 0
    latency_ms: float = 0.0
    error_class: str | None = None
    error_message: str | None = None
    activity_id: int | None = None
    run_id: str = field(default_factory=lambda: str(uuid.uuid4()))


def _canonical_value(value: Any) -> Any:
    if isinstance(value, datetime):
        return value.astimezone(UTC).isoformat(timespec="microseconds")
    if isinstance(value, float):
        return round(value, 3)
    return value


def canonical(row: dict[str, Any]) -> str:
    payload = {name: _canonical_value(row.get(name)) for name in HASHED_FIELDS}
    return json.dumps(payload, sort_keys=True, ensure_ascii=False, separators=(",", ":"), default=str)


def chain_hash(prev_hash: str, row: dict[str, Any]) -> str:
    return hashlib.sha256((prev_hash + canonical(row)).encode("utf-8")).hexdigest()


def _row_dict(obj: PromptLog) -> dict[str, Any]:
    return {name: getattr(obj, name) for name in HASHED_FIELDS}


@dataclass
class VerifyResult:
    ok: bool
    rows: int
    first_broken_id: int | None = None
    first_broken_run_id: str | None = None
    reason: str = ""


class PromptLogStore:
    def __init__(self, db: Database) -> None:
        self.db = db

    def append(self, entries: Sequence[LogEntry]) -> list[PromptLog]:
        """Insert rows in order, extending the chain. All or nothing."""
        if not entries:
            return []
        try:
            with self.db.session() as session, session.begin():
                session.execute(text("SELECT pg_advisory_xact_lock(:k)"), {"k": CHAIN_LOCK})
                prev = session.execute(
                    select(PromptLog.row_hash).order_by(PromptLog.id.desc()).limit(1)
                ).scalar()
                prev = prev or GENESIS
                rows = []
                for entry in entries:
                    values = {name: getattr(entry, name) for name in HASHED_FIELDS if name != "created_at"}
                    values["latency_ms"] = round(float(values["latency_ms"]), 3)
                    values["created_at"] = clock.now()
                    row_hash = chain_hash(prev, values)
                    obj = PromptLog(**values, prev_hash=prev, row_hash=row_hash)
                    session.add(obj)
                    rows.append(obj)
                    prev = row_hash
                session.flush()
            return rows
        except SQLAlchemyError as exc:
            raise StoreError(f"could not write the prompt log: {exc}") from exc

    def succeeded_keys(self, run_keys: Sequence[str]) -> dict[str, PromptLog]:
        """Latest successful run (with an activity, or no write-back needed) for each key."""
        if not run_keys:
            return {}
        with self.db.session() as session:
            rows = session.scalars(
                select(PromptLog)
                .where(PromptLog.run_key.in_(list(run_keys)), PromptLog.status.in_(("ok", "fallback")))
                .order_by(PromptLog.id)
            ).all()
        return {row.run_key: row for row in rows}

    def get(self, run_id: str) -> PromptLog | None:
        with self.db.session() as session:
            return session.scalars(select(PromptLog).where(PromptLog.run_id == run_id)).first()

    def find(self, prefix: str) -> PromptLog | None:
        """A run by full id or unambiguous prefix."""
        with self.db.session() as session:
            rows = session.scalars(
                select(PromptLog).where(PromptLog.run_id.startswith(prefix)).limit(2)
            ).all()
        return rows[0] if len(rows) == 1 else None

    def list(
        self,
        *,
        task: str | None = None,
        status: str | None = None,
        odoo_model: str | None = None,
        odoo_id: int | None = None,
        model: str | None = None,
        since: datetime | None = None,
        until: datetime | None = None,
        limit: int = 50,
        offset: int = 0,
    ) -> list[PromptLog]:
        query = select(PromptLog)
        for column, value in (
            (PromptLog.task, task),
            (PromptLog.status, status),
            (PromptLog.odoo_model, odoo_model),
            (PromptLog.odoo_id, odoo_id),
            (PromptLog.model, model),
        ):
            if value is not None:
                query = query.where(column == value)
        if since:
            query = query.where(PromptLog.created_at >= since)
        if until:
            query = query.where(PromptLog.created_at < until)
        with self.db.session() as session:
            return list(
                session.scalars(query.order_by(PromptLog.id.desc()).limit(limit).offset(offset)).all()
            )

    def reviews(self, run_id: str) -> builtins.list[Review]:
        with self.db.session() as session:
            return list(
                session.scalars(select(Review).where(Review.run_id == run_id).order_by(Review.id)).all()
            )

    def verify(self, *, batch: int = 2000) -> VerifyResult:
        """Recompute the chain in id order; stop at the first row that does not match."""
        prev = GENESIS
        count = 0
        last_id = 0
        with self.db.session() as session:
            while True:
                rows = session.scalars(
                    select(PromptLog).where(PromptLog.id > last_id).order_by(PromptLog.id).limit(batch)
                ).all()
                if not rows:
                    return VerifyResult(ok=True, rows=count)
                for row in rows:
                    count += 1
                    if row.prev_hash != prev:
                        return VerifyResult(
                            False,
                            count,
                            row.id,
                            row.run_id,
                            "prev_hash does not link to the previous row (row deleted or reordered)",
                        )
                    expected = chain_hash(prev, _row_dict(row))
                    if expected != row.row_hash:
                        return VerifyResult(
                            False,
                            count,
                            row.id,
                            row.run_id,
                            "content changed after it was written (hash mismatch)",
                        )
                    prev = row.row_hash
                    last_id = row.id
