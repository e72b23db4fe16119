"""Submitting work: record a service job and defer its engine job in one transaction, de-duplicated.

``submit`` is what the API, the webhooks, the schedules and the fan-out jobs call. A request whose
``dedupe_key`` was seen inside the window returns the earlier job instead of queueing another (a webhook
delivered twice is one job, hence one run); the pipeline's run key is the second line of defence.
Jobs for the same task and record never run at the same time (procrastinate lock).
"""

from __future__ import annotations

import hashlib
import json
import time
from dataclasses import dataclass
from typing import Any

import procrastinate

from assistant.jobs.engine import ENGINE_TASKS, Handlers, build_app
from assistant.jobs.models import FINISHED, JobStore, NewJob, ServiceJob
from assistant.settings import Settings
from assistant.store.db import Database


def dedupe_key(*parts: Any) -> str:
    blob = json.dumps(parts, sort_keys=True, default=str, separators=(",", ":"))
    return hashlib.sha256(blob.encode()).hexdigest()


@dataclass
class Submitted:
    job: ServiceJob
    duplicate: bool


class JobService:
    """Defers jobs (API side). Opens nothing long-lived: deferral rides on the caller's transaction."""

    def __init__(self, settings: Settings, db: Database) -> None:
        self.settings = settings
        self.db = db
        self.store = JobStore(db)
        self.app: procrastinate.App = build_app(settings, Handlers(), sync=True)

    def submit(self, requests: list[NewJob], *, window_seconds: int | None = None) -> list[Submitted]:
        """Record and queue each request (all or nothing); duplicates inside the window return the first job."""
        window = self.settings.service.dedupe_seconds if window_seconds is None else window_seconds
        out: list[Submitted] = []
        with self.db.session() as session, session.begin():
            driver = session.connection().connection.driver_connection
            for new in requests:
                span = window if new.dedupe_window is None else new.dedupe_window
                earlier = self.store.find_duplicate(session, new.dedupe_key, span) if span > 0 else None
                if earlier is not None:
                    out.append(Submitted(earlier, True))
                    continue
                row = self.store.add(session, new)
                name = ENGINE_TASKS[new.kind]
                lock = {
                    "run": f"{new.task}:{new.odoo_model}:{new.record_id}",
                    "sync": "review_sync",
                    "scan": "anomaly_scan",
                }.get(new.kind)
                row.engine_job_id = self.app.configure_task(
                    name,
                    lock=lock,
                    connection=driver,
                    schedule_in={"seconds": new.delay_seconds} if new.delay_seconds > 0 else None,
                ).defer(job_id=row.id)
                out.append(Submitted(row, False))
        return out

    def wait(self, job_ids: list[str], timeout: float) -> list[ServiceJob]:
        """Poll until every job finished or ``timeout`` seconds passed; returns the latest rows."""
        deadline = time.monotonic() + max(timeout, 0.0)
        delay = 0.05
        while True:
            rows = self.store.many(job_ids)
            if all(r.status in FINISHED for r in rows) or time.monotonic() >= deadline:
                return rows
            time.sleep(min(delay, max(deadline - time.monotonic(), 0.0)))
            delay = min(delay * 1.5, 0.5)
