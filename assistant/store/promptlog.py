"""The prompt log: append-only rows chained by SHA-256 (and signed), reads for governance, verification.

``row_hash = sha256(prev_hash + canonical JSON of the immutable fields)``; the first row chains from
``GENESIS``. Chaining, signing and the after-commit checkpoint happen for every ORM writer in
:mod:`assistant.store.chain` (a transaction-scoped advisory lock per table, so concurrent workers cannot fork
the chain). :meth:`PromptLogStore.verify` checks this table; ``assistant log verify`` checks every chained
table against the signed checkpoints (:mod:`assistant.store.verify`).
"""

from __future__ import annotations

import builtins
import uuid
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session

from assistant import clock
from assistant.errors import StoreError
from assistant.store import chain
from assistant.store.chain import GENESIS, PROMPT_LOG
from assistant.store.db import Database
from assistant.store.models import PromptLog, Review

CHAIN_LOCK = PROMPT_LOG.lock

# Every column except the surrogate id and the chain columns themselves (odoo_instance: hashed when set).
HASHED_FIELDS = PROMPT_LOG.all_fields

__all__ = [
    "GENESIS",
    "HASHED_FIELDS",
    "LogEntry",
    "PromptLogStore",
    "VerifyResult",
    "canonical",
    "chain_hash",
]


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
    odoo_instance: str = ""  # the normalised Odoo URL + database the run read from


def canonical(row: dict[str, Any]) -> str:
    return chain.canonical(PROMPT_LOG, row)


def chain_hash(prev_hash: str, row: dict[str, Any]) -> str:
    return chain.chain_hash(PROMPT_LOG, prev_hash, row)


def _row_dict(obj: PromptLog) -> dict[str, Any]:
    return chain.row_values(PROMPT_LOG, obj)


def link_ok(session: Session, row: PromptLog, db: Database | None = None) -> bool:
    """This row's id, own hash, link to the previous row and (with a key) signature; a full verification
    walks the whole chain and checks the checkpoints."""
    if row.id <= 0:
        return False
    prev = (
        session.scalars(
            select(PromptLog.row_hash)
            .where(PromptLog.id > 0, PromptLog.id < row.id)
            .order_by(PromptLog.id.desc())
            .limit(1)
        ).first()
        or GENESIS
    )
    if row.prev_hash != prev or chain_hash(prev, _row_dict(row)) != row.row_hash:
        return False
    db = db or session.info.get("db")
    verifier = db.signer if db is not None else None
    return verifier is None or row.row_sig is None or verifier.row_ok("prompt_log", row.row_hash, row.row_sig)


@dataclass
class VerifyResult:
    ok: bool
    rows: int
    first_broken_id: int | None = None
    first_broken_run_id: str | None = None
    reason: str = ""
    problems: list[str] = field(default_factory=list)  # every problem found, one line each


class PromptLogStore:
    def __init__(self, db: Database) -> None:
        self.db = db

    def append(self, entries: Sequence[LogEntry]) -> list[PromptLog]:
        """Insert rows in order, extending the chain (hashes and signatures: :mod:`assistant.store.chain`).
        All or nothing."""
        if not entries:
            return []
        try:
            with self.db.session() as session, session.begin():
                rows = []
                for entry in entries:
                    values = {name: getattr(entry, name) for name in HASHED_FIELDS if name != "created_at"}
                    values["latency_ms"] = round(float(values["latency_ms"]), 3)
                    values["created_at"] = clock.now()
                    obj = PromptLog(**values)
                    session.add(obj)
                    rows.append(obj)
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
        odoo_instance: str | None = None,
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
            (PromptLog.odoo_instance, odoo_instance),
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
        """Check the prompt-log chain from its first row (forged ids included), its signatures and the signed
        checkpoints (when a key is configured); name the first problem and list them all."""
        from assistant.store.verify import verify_database

        report = verify_database(self.db, tables=[PROMPT_LOG], batch=batch)
        table = report.table("prompt_log")
        if table.ok:
            return VerifyResult(ok=True, rows=table.rows)
        first = table.problems[0]
        return VerifyResult(
            False,
            table.rows,
            first.row_id,
            first.ref,
            f"{first.kind}: {first.detail}",
            [p.line() for p in table.problems],
        )
