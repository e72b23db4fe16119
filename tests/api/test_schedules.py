"""Schedules: registered from settings (cron, UTC; empty disables), and what each tick queues or does."""

from __future__ import annotations

from typing import Any

import pytest
from fastapi.testclient import TestClient

from assistant.errors import LLMRequestRejected, OdooUnreachable
from assistant.jobs.engine import Handlers, RetryPolicy, build_app
from assistant.jobs.runner import Resources, RetryLater
from assistant.jobs.worker import WorkerHandlers, drain
from assistant.settings import Settings
from tests.api.conftest import reviewer_call
from tests.conftest import TODAYS


def periodic(app: Any) -> dict[str, str]:
    return {pid: task.cron for (_, pid), task in app.periodic_registry.periodic_tasks.items()}


def test_schedules_come_from_settings(settings: Settings) -> None:
    assert periodic(build_app(settings, Handlers(), sync=True)) == {
        "retry_stalled": "* * * * *",
        "anomaly_scan": "0 2 * * *",
        "status_summaries": "0 6 * * 1",
        "review_sync": "*/5 * * * *",
    }
    settings.schedules.anomaly_scan = ""
    settings.schedules.review_sync = "*/2 * * * *"
    assert periodic(build_app(settings, Handlers(), sync=True)) == {
        "retry_stalled": "* * * * *",
        "status_summaries": "0 6 * * 1",
        "review_sync": "*/2 * * * *",
    }


def test_retry_policy() -> None:
    policy = RetryPolicy(max_attempts=3, base_seconds=5, max_seconds=8)

    class Job:
        attempts = 0

    job = Job()
    assert policy.get_retry_decision(exception=OdooUnreachable("down"), job=job) is not None  # type: ignore[arg-type]
    assert policy.get_retry_decision(exception=RetryLater("x", "LLMUnavailable"), job=job) is not None  # type: ignore[arg-type]
    assert policy.get_retry_decision(exception=LLMRequestRejected("bad key"), job=job) is None  # type: ignore[arg-type]
    assert policy.get_retry_decision(exception=ValueError("bug"), job=job) is None  # type: ignore[arg-type]
    job.attempts = 2
    assert policy.get_retry_decision(exception=OdooUnreachable("down"), job=job) is None  # type: ignore[arg-type]
    assert 4.0 <= policy.delay(0) <= 5.0 and policy.delay(5) <= 8.0  # doubles, capped, jittered


@pytest.mark.parametrize("today", TODAYS, indirect=True)
def test_schedule_ticks(client: TestClient, svc_settings: Settings, sandbox: Any) -> None:
    res = Resources(svc_settings)
    try:
        handlers = WorkerHandlers(res)
        first = handlers.scheduled("status_summaries", 1_700_000_000)
        again = handlers.scheduled("status_summaries", 1_700_000_000)  # the same tick twice: one fan-out
        assert first == again
        scan = handlers.scheduled("anomaly_scan", 1_700_000_000)
        drain(svc_settings)
        jobs = res.jobs.list(limit=500)
        active = sandbox.data.search_read("project.project", [["active", "=", True]], ["id"])
        runs = [j for j in jobs if j.kind == "run"]
        assert len(runs) == len(active) and all(j.status == "done" for j in runs)
        assert res.jobs.get(scan["job"]).status == "done"  # type: ignore[union-attr]
        reviewer_call(sandbox, "mail.activity", "unlink", [[runs[0].activity_id]])
        report = handlers.scheduled("review_sync", 1_700_000_300)
        assert report["rejected"] == 1 and report["checked"] > len(runs)  # anomaly flags are reviewed too
    finally:
        res.close()


def test_jobs_of_a_dead_worker_are_requeued(client: TestClient, svc_settings: Settings) -> None:
    import asyncio
    from types import SimpleNamespace

    from sqlalchemy import text

    from assistant.jobs import NewJob, dedupe_key

    state = client.app.state.service  # type: ignore[attr-defined]
    [sub] = state.jobs.submit(
        [
            NewJob(
                task="project_status",
                source="api",
                odoo_model="project.project",
                record_id=1,
                dedupe_key=dedupe_key("stalled"),
            )
        ]
    )
    with state.db.engine.begin() as conn:  # a worker took it, then died without a heartbeat
        dead = conn.execute(
            text(
                "INSERT INTO procrastinate_workers (last_heartbeat) "
                "VALUES (now() - interval '1 hour') RETURNING id"
            )
        ).scalar()
        conn.execute(
            text("UPDATE procrastinate_jobs SET status = 'doing', worker_id = :w WHERE id = :j"),
            {"w": dead, "j": sub.job.engine_job_id},
        )
    app = build_app(svc_settings, Handlers(), sync=False)

    async def tick() -> int:
        async with app.open_async():
            return int(await app.tasks["oga.retry_stalled"].func(SimpleNamespace(app=app), 0))

    assert asyncio.run(tick()) == 1
    drain(svc_settings)
    assert state.jobs.store.get(sub.job.id).status == "done"
