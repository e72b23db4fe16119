"""The governance UI end to end in Debian's Chromium (Playwright): login, dashboard (with a screenshot
check), prompt log filters and search, a run's detail, chain verification, and role limits."""

from __future__ import annotations

import io
import os
import socket
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from pydantic import SecretStr

from assistant.api import create_app
from assistant.api.security import GOVERNANCE, MANAGER
from assistant.jobs import NewJob, dedupe_key
from assistant.jobs.worker import drain
from assistant.odoo import connect
from assistant.reviews import sync_reviews
from assistant.settings import Settings
from tests.api.conftest import reviewer_call
from tests.fakes import FakeLLM

CHROMIUM = "/usr/bin/chromium"
ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]

pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(not os.path.exists(CHROMIUM), reason="Debian chromium not installed"),
]


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@pytest.fixture
def live(settings: Settings, sandbox: Any) -> Iterator[dict[str, Any]]:
    """A served app with runs (ok and failed), reviews, and two keys."""
    import uvicorn

    settings.service.retry_base_seconds = 0.0
    settings.service.job_max_attempts = 1
    settings.schedules.anomaly_scan = settings.schedules.status_summaries = settings.schedules.review_sync = (
        ""
    )
    app = create_app(settings)
    state = app.state.service
    state.jobs.submit(
        [
            NewJob(
                task="project_status",
                source="api",
                odoo_model="project.project",
                record_id=i,
                dedupe_key=dedupe_key("ui", i),
            )
            for i in (1, 2, 3, 4)
        ]
    )
    drain(settings)
    fake = FakeLLM()
    fake.down = True
    settings.llm.base_url, settings.llm.max_retries = "http://fake-llm.invalid/v1", 0
    state.jobs.submit(
        [
            NewJob(
                task="project_status",
                source="api",
                odoo_model="project.project",
                record_id=5,
                dedupe_key=dedupe_key("ui", 5),
            )
        ]
    )
    drain(settings, http_client=fake.client())
    settings.llm.base_url = None
    gw = connect(sandbox.url, sandbox.db, "admin", "admin")
    acts = sorted(r.activity_id for r in state.log.list(limit=10) if r.activity_id and r.status == "ok")
    reviewer_call(sandbox, "mail.activity", "action_feedback", [[acts[0]]], {"feedback": "Good summary"})
    reviewer_call(
        sandbox, "mail.activity", "action_feedback", [[acts[1]]], {"feedback": "Rejected: wrong risk"}
    )
    sync_reviews(settings, gw, state.db)
    keys = {role: state.keys.create(f"ui-{role}", role) for role in (GOVERNANCE, MANAGER)}
    port = free_port()
    server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    while not server.started:
        time.sleep(0.05)
    yield {"url": f"http://127.0.0.1:{port}", "keys": keys, "state": state}
    server.should_exit = True
    thread.join(10)
    state.db.dispose()


@pytest.fixture
def page(live: dict[str, Any]) -> Iterator[Any]:
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        context = browser.new_context(viewport={"width": 1400, "height": 1000})
        yield context.new_page()
        browser.close()


def login(page: Any, live: dict[str, Any], role: str) -> None:
    page.goto(live["url"] + "/ui/")
    assert page.url.endswith("/ui/login")
    page.fill("#api_key", live["keys"][role])
    page.click("button[type=submit]")
    page.wait_for_url(live["url"] + "/ui/")


def colours(png: bytes) -> set[tuple[int, int, int]]:
    from PIL import Image

    image = Image.open(io.BytesIO(png)).convert("RGB")
    return {rgb for _, rgb in image.getcolors(maxcolors=1_000_000) or []}


def test_dashboard_screenshot(page: Any, live: dict[str, Any], tmp_path: Path) -> None:
    login(page, live, GOVERNANCE)
    assert page.inner_text("#tile-runs") == "5"
    assert page.inner_text("#tile-failed") == "1"
    assert page.locator("svg.chart").count() == 6
    assert "50%" in page.inner_text("#chart-acceptance")
    assert "LLMUnavailable" in page.inner_text("#chart-failures")
    shot = page.screenshot(full_page=True, path=str(tmp_path / "dashboard.png"))
    assert len(shot) > 20_000
    status = page.locator("#chart-status svg").screenshot()
    seen = colours(status)
    ok_green, failed_red = (0x2E, 0x7D, 0x32), (0xC6, 0x28, 0x28)
    assert ok_green in seen and failed_red in seen  # both statuses drawn as bars
    assert page.locator("#chart-acceptance svg rect").count() >= 1


def test_log_filters_search_and_detail(page: Any, live: dict[str, Any]) -> None:
    login(page, live, GOVERNANCE)
    page.click("text=Prompt log")
    assert page.locator("#log-table tbody tr").count() == 5
    page.select_option("select[name=status]", "failed")
    page.click("#filters button[type=submit]")
    rows = page.locator("#log-table tbody tr")
    assert rows.count() == 1 and "failed" in rows.first.inner_text()
    page.goto(live["url"] + "/ui/log?decision=rejected")
    assert page.locator("#log-table tbody tr").count() == 1
    page.goto(live["url"] + "/ui/log")
    page.fill("input[name=q]", "Facts")  # every prompt carries the facts block
    page.click("#filters button[type=submit]")
    assert page.locator("#log-table tbody tr").count() == 5
    page.fill("input[name=q]", "unreachable")  # only the failed run's error says so
    page.click("#filters button[type=submit]")
    assert page.locator("#log-table tbody tr").count() == 1
    page.locator("#log-table tbody a").first.click()
    assert "link OK" in page.inner_text("#chain-status")
    assert page.inner_text("#user-prompt").strip()
    assert page.inner_text("#run-status") in ("ok", "failed")
    page.click("text=Chain")
    assert "intact" in page.inner_text("#verify-result")
    actions = [a.action for a in _audit(live)]
    assert "log.search" in actions and "log.read" in actions


def test_manager_sees_dashboard_not_log(page: Any, live: dict[str, Any]) -> None:
    login(page, live, MANAGER)
    assert page.locator("svg.chart").count() == 6
    assert page.locator("text=Prompt log").count() == 0
    response = page.goto(live["url"] + "/ui/log")
    assert response.status == 403
    page.goto(live["url"] + "/ui/")
    page.click("text=Log out")
    page.wait_for_url(live["url"] + "/ui/login")


def _audit(live: dict[str, Any]) -> list[Any]:
    from sqlalchemy import select

    from assistant.store.models import AccessAudit

    with live["state"].db.session() as session:
        return list(session.scalars(select(AccessAudit)))


def test_settings_secret_not_in_pages(page: Any, live: dict[str, Any]) -> None:
    live["state"].settings.service.webhook_secret = SecretStr("ui-secret-xyz")
    login(page, live, GOVERNANCE)
    assert "ui-secret-xyz" not in page.content()
