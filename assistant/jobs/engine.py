"""The job engine: procrastinate on the service's own PostgreSQL (durable queue, retries, several workers).

One factory builds the procrastinate ``App`` with every task registered, for both sides: the API side only
defers jobs (synchronously, inside the transaction that records the service job), the worker side runs them.
Schedules (cron, UTC) come from ``settings.schedules`` and are deferred by the running workers; procrastinate
de-duplicates a periodic tick across workers.
"""

from __future__ import annotations

import functools
import logging
import random
from collections.abc import Callable
from datetime import timedelta
from typing import Any

import procrastinate
from procrastinate import JobContext, RetryDecision
from procrastinate.jobs import Job
from procrastinate.retry import BaseRetryStrategy

from assistant import clock
from assistant.errors import AssistantError
from assistant.settings import Settings
from assistant.store.db import database_url

log = logging.getLogger("assistant.jobs")

RUN_TASK = "oga.run"
FAN_OUT_TASK = "oga.fan_out"
SYNC_TASK = "oga.sync_reviews"
SCAN_TASK = "oga.anomaly_scan"
ENGINE_TASKS = {"run": RUN_TASK, "fan_out": FAN_OUT_TASK, "sync": SYNC_TASK, "scan": SCAN_TASK}
QUEUE = "assistant"


def conninfo(settings: Settings) -> str:
    """libpq connection string for the configured (or embedded) database."""
    url = database_url(settings)
    for prefix in ("postgresql+psycopg://", "postgresql+psycopg2://", "postgres://"):
        if url.startswith(prefix):
            return "postgresql://" + url[len(prefix) :]
    return url


class RetryPolicy(BaseRetryStrategy):
    """Retry only errors marked retryable, with capped exponential backoff (and jitter), up to a cap."""

    def __init__(self, max_attempts: int, base_seconds: float, max_seconds: float) -> None:
        self.max_attempts = max_attempts
        self.base_seconds = base_seconds
        self.max_seconds = max_seconds

    def delay(self, previous_attempts: int) -> float:
        raw = min(float(self.max_seconds), float(self.base_seconds) * float(2**previous_attempts))
        return float(raw * random.uniform(0.8, 1.0))

    def get_retry_decision(self, *, exception: BaseException, job: Job) -> RetryDecision | None:
        if not (isinstance(exception, AssistantError) and exception.retryable):
            return None
        if job.attempts + 1 >= self.max_attempts:
            return None
        return RetryDecision(retry_at=clock.wall() + timedelta(seconds=self.delay(job.attempts)))


class Handlers:
    """What the registered tasks call; the worker side provides real ones (see ``assistant.jobs.worker``)."""

    def run(self, job_id: str, previous_attempts: int) -> dict[str, Any]:
        raise RuntimeError("this process only defers jobs")

    def fan_out(self, job_id: str, previous_attempts: int) -> dict[str, Any]:
        raise RuntimeError("this process only defers jobs")

    def sync(self, job_id: str, previous_attempts: int) -> dict[str, Any]:
        raise RuntimeError("this process only defers jobs")

    def scan(self, job_id: str, previous_attempts: int) -> dict[str, Any]:
        raise RuntimeError("this process only defers jobs")

    def scheduled(self, name: str, timestamp: int) -> dict[str, Any]:
        raise RuntimeError("this process only defers jobs")


SCHEDULES: dict[str, Callable[[Settings], str]] = {
    "anomaly_scan": lambda s: s.schedules.anomaly_scan,
    "review_sync": lambda s: s.schedules.review_sync,
}


def schedules() -> dict[str, Callable[[Settings], str]]:
    """The service's own schedules plus one fan-out per schedule a task declares (``Task.schedule``)."""
    from assistant.tasks import registry

    out = dict(SCHEDULES)
    for cls in registry().values():
        if cls.schedule:
            out[cls.schedule] = functools.partial(_task_cron, cls.schedule)
    return out


def _task_cron(name: str, settings: Settings) -> str:
    return settings.schedules.cron(name)


def build_app(settings: Settings, handlers: Handlers, *, sync: bool) -> procrastinate.App:
    """The procrastinate app with the run / fan-out tasks and the configured schedules."""
    info = conninfo(settings)
    connector: Any = (
        procrastinate.SyncPsycopgConnector(conninfo=info, min_size=1, max_size=4)
        if sync
        else procrastinate.PsycopgConnector(conninfo=info, min_size=1, max_size=4)
    )
    app = procrastinate.App(connector=connector)
    cfg = settings.service
    policy = RetryPolicy(cfg.job_max_attempts, cfg.retry_base_seconds, cfg.retry_max_seconds)

    @app.task(name=RUN_TASK, queue=QUEUE, pass_context=True, retry=policy)
    def run_job(context: JobContext, job_id: str) -> dict[str, Any]:
        return handlers.run(job_id, context.job.attempts)

    @app.task(name=FAN_OUT_TASK, queue=QUEUE, pass_context=True, retry=policy)
    def fan_out_job(context: JobContext, job_id: str) -> dict[str, Any]:
        return handlers.fan_out(job_id, context.job.attempts)

    @app.task(name=SYNC_TASK, queue=QUEUE, pass_context=True, retry=policy)
    def sync_job(context: JobContext, job_id: str) -> dict[str, Any]:
        return handlers.sync(job_id, context.job.attempts)

    @app.task(name=SCAN_TASK, queue=QUEUE, pass_context=True, retry=policy)
    def scan_job(context: JobContext, job_id: str) -> dict[str, Any]:
        return handlers.scan(job_id, context.job.attempts)

    @app.periodic(cron="* * * * *", periodic_id="retry_stalled")
    @app.task(name="oga.retry_stalled", queue=QUEUE, queueing_lock="retry_stalled", pass_context=True)
    async def retry_stalled(context: JobContext, timestamp: int) -> int:
        """Jobs of a worker that died mid-job (no heartbeat) go back to the queue: nothing is lost."""
        stalled = list(await context.app.job_manager.get_stalled_jobs())
        for job in stalled:
            await context.app.job_manager.retry_job(job)
        if stalled:
            log.warning("re-queued %d stalled job(s)", len(stalled))
        return len(stalled)

    for name, cron_of in schedules().items():
        cron = cron_of(settings).strip()
        if not cron:
            continue
        _register_periodic(app, handlers, name, cron)
    return app


def _register_periodic(app: procrastinate.App, handlers: Handlers, name: str, cron: str) -> None:
    def scheduled(timestamp: int) -> dict[str, Any]:
        return handlers.scheduled(name, timestamp)

    scheduled.__name__ = f"scheduled_{name}"
    task = app.task(name=f"oga.schedule.{name}", queue=QUEUE, queueing_lock=f"schedule:{name}")(scheduled)
    app.periodic(cron=cron, periodic_id=name)(task)
