"""The ``service_jobs`` table: one row per unit of queued work (a task on one record, or a fan-out).

It is what the API hands back (job ids), what webhook de-duplication looks up, and where a job's outcome
(run id, activity id, error) lands. The job engine (procrastinate) owns scheduling and retries; this table
is the service's own durable record of every request, kept after the engine's rows are pruned.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import BigInteger, DateTime, Integer, String, Text, func, select, text, update
from sqlalchemy.dialects.postgresql import JSONB
from sqlalchemy.orm import Mapped, Session, mapped_column

from assistant import clock
from assistant.store.chain import instance_of
from assistant.store.db import Database
from assistant.store.models import Base

STATUSES = ("queued", "running", "retrying", "done", "failed")
FINISHED = ("done", "failed")


class ServiceJob(Base):
    __tablename__ = "service_jobs"

    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    dedupe_key: Mapped[str] = mapped_column(String(64), index=True)
    kind: Mapped[str] = mapped_column(String(16), default="run")  # run | fan_out | scan | sync
    task: Mapped[str] = mapped_column(String(64), index=True)
    odoo_model: Mapped[str] = mapped_column(String(64), default="")
    odoo_instance: Mapped[str] = mapped_column(String(255), index=True, default="")
    record_id: Mapped[int | None] = mapped_column(Integer, nullable=True)
    source: Mapped[str] = mapped_column(String(16))  # api | webhook | schedule | cli
    event: Mapped[str] = mapped_column(String(64), default="")
    options: Mapped[dict[str, Any]] = mapped_column(JSONB, default=dict)
    status: Mapped[str] = mapped_column(String(16), index=True)
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    engine_job_id: Mapped[int | None] = mapped_column(BigInteger, nullable=True)
    run_id: Mapped[str | None] = mapped_column(String(36), nullable=True)
    run_status: Mapped[str | None] = mapped_column(String(16), nullable=True)
    activity_id: Mapped[int | None] = mapped_column(Integer, nullable=True)
    error_class: Mapped[str | None] = mapped_column(String(64), nullable=True)
    error_message: Mapped[str | None] = mapped_column(Text, nullable=True)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), index=True)
    updated_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    finished_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True), nullable=True)


@dataclass
class NewJob:
    """What a caller asks for; ``dedupe_key`` makes a repeated request return the first job."""

    task: str
    source: str
    dedupe_key: str
    kind: str = "run"
    odoo_model: str = ""
    record_id: int | None = None
    event: str = ""
    options: dict[str, Any] | None = None
    dedupe_window: int | None = None  # seconds; None: the caller's window (``submit``'s argument)
    delay_seconds: float = 0.0  # run no earlier than this many seconds from now


def now() -> datetime:
    return clock.wall()


class JobStore:
    """Reads and state transitions of ``service_jobs``."""

    def __init__(self, db: Database) -> None:
        self.db = db

    def find_duplicate(self, session: Session, key: str, window_seconds: int) -> ServiceJob | None:
        """The earlier job with this key inside the window; serialised per key by an advisory lock."""
        session.execute(text("SELECT pg_advisory_xact_lock(hashtext(:k))"), {"k": key})
        since = now() - timedelta(seconds=window_seconds)
        return session.scalars(
            select(ServiceJob)
            .where(
                ServiceJob.dedupe_key == key,
                ServiceJob.created_at >= since,
                ServiceJob.odoo_instance == instance_of(session),  # another Odoo's delivery is another job
            )
            .order_by(ServiceJob.created_at)
            .limit(1)
        ).first()

    @staticmethod
    def add(session: Session, new: NewJob) -> ServiceJob:
        stamp = now()
        row = ServiceJob(
            id=str(uuid.uuid4()),
            dedupe_key=new.dedupe_key,
            odoo_instance=instance_of(session),
            kind=new.kind,
            task=new.task,
            odoo_model=new.odoo_model,
            record_id=new.record_id,
            source=new.source,
            event=new.event,
            options=new.options or {},
            status="queued",
            attempts=0,
            created_at=stamp,
            updated_at=stamp,
        )
        session.add(row)
        session.flush()
        return row

    def get(self, job_id: str) -> ServiceJob | None:
        with self.db.session() as session:
            return session.get(ServiceJob, job_id)

    def many(self, job_ids: list[str]) -> list[ServiceJob]:
        if not job_ids:
            return []
        with self.db.session() as session:
            rows = {
                r.id: r for r in session.scalars(select(ServiceJob).where(ServiceJob.id.in_(job_ids))).all()
            }
        return [rows[i] for i in job_ids if i in rows]

    def list(
        self,
        *,
        status: str | None = None,
        task: str | None = None,
        source: str | None = None,
        limit: int = 50,
        offset: int = 0,
    ) -> list[ServiceJob]:
        query = select(ServiceJob)
        for column, value in (
            (ServiceJob.status, status),
            (ServiceJob.task, task),
            (ServiceJob.source, source),
        ):
            if value is not None:
                query = query.where(column == value)
        with self.db.session() as session:
            return list(
                session.scalars(query.order_by(ServiceJob.created_at.desc()).limit(limit).offset(offset))
            )

    def counts(self) -> dict[str, int]:
        with self.db.session() as session:
            rows = session.execute(select(ServiceJob.status, func.count()).group_by(ServiceJob.status)).all()
        return {str(status): int(count) for status, count in rows}

    def _update(self, job_id: str, **values: Any) -> None:
        values["updated_at"] = now()
        with self.db.session() as session, session.begin():
            session.execute(update(ServiceJob).where(ServiceJob.id == job_id).values(**values))

    def mark_running(self, job_id: str, attempts: int) -> None:
        self._update(job_id, status="running", attempts=attempts)

    def mark_retrying(self, job_id: str, error_class: str, message: str) -> None:
        self._update(job_id, status="retrying", error_class=error_class, error_message=message[:2000])

    def mark_finished(
        self,
        job_id: str,
        *,
        status: str,
        run_id: str | None = None,
        run_status: str | None = None,
        activity_id: int | None = None,
        error_class: str | None = None,
        error_message: str | None = None,
    ) -> None:
        self._update(
            job_id,
            status=status,
            run_id=run_id,
            run_status=run_status,
            activity_id=activity_id,
            error_class=error_class,
            error_message=(error_message or None) and error_message[:2000],
            finished_at=now(),
        )
