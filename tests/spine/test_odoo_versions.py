"""The same runs against the simulated Odoo 17 and Odoo 18 (assistant/sandbox speaks either, with the
behaviours captured from real servers): task counts through hidden one2many domains, done messages,
the sanitizer on notes, several activities per record and assignee."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from pydantic import SecretStr

from assistant import runtime
from assistant.reviews import sync_reviews
from assistant.sandbox import SandboxServer
from assistant.settings import DBSettings, OdooSettings, Settings
from assistant.store.models import Review
from assistant.tasks import get_task
from tests.api.conftest import reviewer_call


@pytest.fixture(params=[17, 18], ids=["odoo17", "odoo18"])
def versioned(request: pytest.FixtureRequest, today: Any, db_url: str, tmp_path: Path) -> Iterator[Any]:
    with SandboxServer(version=request.param) as srv:
        settings = Settings(
            _env_file=None,
            odoo=OdooSettings(url=srv.url, db=srv.db, user="admin", password=SecretStr("admin")),
            db=DBSettings(url=SecretStr(db_url), data_dir=tmp_path),
        )
        yield srv, settings


def _run(settings: Settings, ids: list[int] | None = None) -> list[Any]:
    rt = runtime.Runtime.open(settings)
    task = get_task("project_status")
    with runtime.odoo(settings) as gw, runtime.backend(settings, "rules") as gen:
        return rt.pipeline(gw, gen).run(task, ids or task.select(gw, all_records=True))


def test_task_counts_and_hours_include_closed_tasks_and_lines_without_a_task(versioned: Any) -> None:
    srv, settings = versioned
    results = _run(settings)
    data = srv.data
    for r in results:
        tasks = data.search_read("project.task", [["project_id", "=", r.record_id]], ["id"])
        lines = data.search_read("account.analytic.line", [["project_id", "=", r.record_id]], ["unit_amount"])
        assert r.facts["tasks_total"] == len(tasks)
        assert r.facts["effective_hours"] == pytest.approx(sum(x["unit_amount"] for x in lines), abs=0.01)
    assert any(r.facts["tasks_open"] < r.facts["tasks_total"] for r in results), "the seed has closed tasks"


def test_rejected_feedback_is_recorded_as_rejected_and_badges_survive(versioned: Any) -> None:
    srv, settings = versioned
    (result,) = _run(settings, [1])
    (act,) = srv.data.search_read("mail.activity", [["id", "=", result.activity_id]], ["note"])
    assert "background-color:" in act["note"] and "background:" not in act["note"].replace(" ", "")
    reviewer_call(
        srv,
        "mail.activity",
        "action_feedback",
        [[result.activity_id]],
        {"feedback": "Rejected: hours look wrong"},
    )
    rt = runtime.Runtime.open(settings)
    with runtime.odoo(settings) as gw:
        report = sync_reviews(settings, gw, rt.db)
    assert report.rejected == 1 and report.accepted == 0
    with rt.db.session() as session:
        (review,) = session.query(Review).all()
    assert (review.decision, review.feedback) == ("rejected", "Rejected: hours look wrong")
