"""A database outage under a running service: data routes answer 503 with Retry-After (fast, nothing hangs),
/ready says which part is down, the embedded worker reconnects on its own, and a job queued before the outage
runs after the database is back, without restarting anything.

The service runs on its own embedded PostgreSQL (not the session's shared one), which the test really stops
and starts again with pg_ctl.
"""

from __future__ import annotations

import shutil
import tempfile
import time
import uuid
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient
from pydantic import SecretStr

from assistant.api import create_app
from assistant.jobs import NewJob
from assistant.jobs.worker import WorkerThread
from assistant.settings import DBSettings, OdooSettings, Settings
from assistant.store import db as store_db
from tests.api.conftest import SECRET, auth, signed

pytestmark = pytest.mark.slow


@pytest.fixture
def own_pg() -> Iterator[tuple[Path, str, Any]]:
    data = Path(tempfile.mkdtemp(prefix="oga-outage-"))
    url = store_db.embedded_url(data)
    key = str((data / "pg").resolve())
    server = store_db._servers[key]
    yield data, url, server
    try:
        if not _running(server):
            _start(server)
        server.stop()
    finally:
        store_db._servers.pop(key, None)
        shutil.rmtree(data, ignore_errors=True)


def _running(server: Any) -> bool:
    import psutil

    info = server._postmaster_info
    if info is None or info.process is None:
        return False
    try:  # a stopped postmaster may linger as a zombie where nothing reaps orphans
        return bool(info.process.is_running() and info.process.status() != psutil.STATUS_ZOMBIE)
    except psutil.NoSuchProcess:
        return False


def _stop(server: Any) -> None:
    server.stop()
    assert not _running(server)


def _start(server: Any) -> None:
    with server._lock:
        server.ensure_postgres_running()


def _until(check: Callable[[], bool], seconds: float, what: str) -> None:
    deadline = time.monotonic() + seconds
    while not check():
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out after {seconds:.0f} s waiting for {what}")
        time.sleep(0.25)


def test_database_outage_503_then_resume_without_restart(own_pg: tuple[Path, str, Any], sandbox: Any) -> None:
    data, url, server = own_pg
    settings = Settings(
        _env_file=None,
        odoo=OdooSettings(url=sandbox.url, db=sandbox.db, user="admin", password=SecretStr("admin")),
        db=DBSettings(url=SecretStr(url), data_dir=data),
    )
    settings.service.webhook_secret = SecretStr(SECRET)
    settings.service.retry_base_seconds = 0.0
    settings.schedules.anomaly_scan = settings.schedules.status_summaries = settings.schedules.review_sync = (
        ""
    )
    app = create_app(settings)
    state = app.state.service
    service, governance = (state.keys.create(f"outage-{r}", r) for r in ("service", "governance"))
    projects = [p["id"] for p in sandbox.data.search_read("project.project", [["active", "=", True]], ["id"])]
    worker = WorkerThread(settings, name="outage-worker", backoff_first=0.5, backoff_max=2.0).start()
    state.workers.append(worker)
    try:
        with TestClient(app) as client:
            # 1. all up: a job runs, /ready reports the worker's heartbeat
            first = client.post(
                "/api/v1/tasks/project_status/runs",
                json={"ids": [projects[0]], "wait": True, "wait_seconds": 60},
                headers=auth(service),
            )
            assert first.status_code == 200 and first.json()["jobs"][0]["status"] == "done", first.text
            ready = client.get("/api/v1/ready")
            assert ready.status_code == 200, ready.text
            workers = ready.json()["checks"]["workers"]
            assert workers["ok"] and workers["heartbeat_age_seconds"] is not None
            client.get("/api/v1/jobs", headers=auth(governance))  # the governance key is now cached

            # 2. a job queued before the outage, due a little later
            [queued] = state.jobs.submit(
                [
                    NewJob(
                        task="project_status",
                        source="api",
                        odoo_model="project.project",
                        record_id=projects[1],
                        dedupe_key=uuid.uuid4().hex,
                        delay_seconds=8,
                    )
                ]
            )
            job_id = queued.job.id

            # 3. the database goes away
            _stop(server)
            for path in ("/api/v1/jobs", "/api/v1/log", f"/api/v1/jobs/{job_id}", "/api/v1/stats/dashboard"):
                started = time.monotonic()
                reply = client.get(path, headers=auth(governance))
                assert reply.status_code == 503, (path, reply.status_code, reply.text)
                assert int(reply.headers["retry-after"]) > 0 and reply.json()["detail"]
                assert time.monotonic() - started < 10, f"{path} hung"
            body, headers = signed({"_model": "project.project", "_id": projects[2]})
            hook = client.post("/api/v1/webhooks/odoo/stage_changed", content=body, headers=headers)
            assert hook.status_code == 503 and hook.headers["retry-after"]
            trigger = client.post(
                "/api/v1/tasks/project_status/runs", json={"ids": [projects[2]]}, headers=auth(service)
            )
            assert trigger.status_code == 503
            assert client.get("/api/v1/health").status_code == 200  # liveness does not need the database
            state.cache.clear()
            down = client.get("/api/v1/ready")
            assert down.status_code == 503 and down.headers["retry-after"]
            assert down.json()["checks"]["database"]["ok"] is False
            _until(lambda: worker.liveness.restarts >= 1, 30, "the worker to notice the outage")
            state.cache.clear()
            assert client.get("/api/v1/ready").json()["checks"]["workers"]["ok"] is False

            # 4. the database is back: the same worker resumes and runs the queued job
            _start(server)

            def job_done() -> bool:
                reply = client.get(f"/api/v1/jobs/{job_id}", headers=auth(governance))
                return reply.status_code == 200 and reply.json()["status"] == "done"

            _until(job_done, 120, "the job queued before the outage to run")
            assert worker.alive and worker.error is None

            def ready_again() -> bool:
                state.cache.clear()
                return client.get("/api/v1/ready").status_code == 200

            _until(ready_again, 30, "/ready to recover")
            after = client.post(
                "/api/v1/tasks/project_status/runs",
                json={"ids": [projects[2]], "wait": True, "wait_seconds": 60},
                headers=auth(service),
            )
            assert after.status_code == 200 and after.json()["jobs"][0]["status"] == "done", after.text
    finally:
        worker.stop()
        state.db.dispose()
