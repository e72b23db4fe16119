"""Odoo's own automation rule ("Send Webhook Notification", base_automation) drives the service's webhook
route on a real server: a project's dates change, Odoo posts, the service queues a job, the job lands an
activity. The service runs on loopback in this process; Odoo posts to it."""

from __future__ import annotations

import socket
import threading
import time
from collections.abc import Iterator
from datetime import date, timedelta
from typing import Any

import pytest
import uvicorn
from pydantic import SecretStr

from assistant import clock
from assistant.api import create_app
from assistant.jobs.worker import drain
from assistant.settings import Settings
from tests.integration.conftest import Server

TOKEN = "integration-odoo-token-0123456789"


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@pytest.fixture
def service(real_settings: Settings) -> Iterator[tuple[str, Settings]]:
    real_settings.service.odoo_webhook_token = SecretStr(TOKEN)
    real_settings.schedules.anomaly_scan = real_settings.schedules.status_summaries = ""
    real_settings.schedules.review_sync = ""
    port = _free_port()
    server = uvicorn.Server(
        uvicorn.Config(create_app(real_settings), host="127.0.0.1", port=port, log_level="warning")
    )
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    while not server.started:
        time.sleep(0.05)
    yield f"http://127.0.0.1:{port}", real_settings
    server.should_exit = True
    thread.join(10)


@pytest.fixture
def rule(server: Server, service: tuple[str, Settings]) -> Iterator[dict[str, Any]]:
    url, _ = service
    model = server.rpc("ir.model", "search", [[["model", "=", "project.project"]]])[0]
    fields = {
        f["name"]: f["id"]
        for f in server.rpc(
            "ir.model.fields",
            "search_read",
            [[["model", "=", "project.project"], ["name", "in", ["date", "write_date"]]]],
            {"fields": ["name"]},
        )
    }
    action = server.rpc(
        "ir.actions.server",
        "create",
        [
            {
                "name": "Assistant integration: project dates changed",
                "model_id": model,
                "state": "webhook",
                "webhook_url": f"{url}/api/v1/webhooks/odoo/stage_changed?token={TOKEN}",
                "webhook_field_ids": [[6, 0, [fields["write_date"]]]],
            }
        ],
    )
    automation = server.rpc(
        "base.automation",
        "create",
        [
            {
                "name": "Assistant integration: project dates changed",
                "model_id": model,
                "trigger": "on_create_or_write",
                "trigger_field_ids": [[6, 0, [fields["date"]]]],
                "action_server_ids": [[6, 0, [action]]],
            }
        ],
    )
    yield {"automation": automation, "action": action}
    server.rpc("base.automation", "unlink", [[automation]])
    server.rpc("ir.actions.server", "unlink", [[action]])


def test_a_native_webhook_rule_lands_an_activity(
    server: Server, service: tuple[str, Settings], rule: dict[str, Any]
) -> None:
    _, settings = service
    project = server.rpc(
        "project.project", "search_read", [[]], {"fields": ["date"], "limit": 1, "order": "id"}
    )[0]
    was = project["date"]
    moved = (date.fromisoformat(was) if was else clock.today()) + timedelta(days=7)
    server.rpc("project.project", "write", [[project["id"]], {"date": moved.isoformat()}])
    try:
        from sqlalchemy import text as sql

        from assistant.jobs.models import JobStore  # noqa: F401 - the service's own store
        from assistant.store import Database

        db = Database.from_settings(settings)
        deadline = time.monotonic() + 30
        jobs: list[Any] = []
        while time.monotonic() < deadline and not jobs:
            with db.engine.connect() as conn:
                jobs = list(conn.execute(sql("SELECT task, record_id, source FROM service_jobs")))
            time.sleep(0.2)
        assert jobs and jobs[0].task == "project_status" and jobs[0].record_id == project["id"], jobs
        drain(settings)
        with db.engine.connect() as conn:
            rows = list(
                conn.execute(
                    sql("SELECT activity_id, odoo_instance FROM prompt_log WHERE task = 'project_status'")
                )
            )
        assert rows and rows[0].activity_id
        assert server.rpc("mail.activity", "search", [[["id", "=", rows[0].activity_id]]])
    finally:
        server.rpc("project.project", "write", [[project["id"]], {"date": was}])
