"""Adding a task touches one file: a toy task defined here (and registered, as a plug-in would) appears in
``assistant tasks``, runs with ``assistant run`` through the one pipeline, gets its API route, and its declared
schedule becomes a periodic fan-out of the workers."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from datetime import date
from typing import Any

import pytest
from fastapi.testclient import TestClient
from pydantic import BaseModel
from typer.testing import CliRunner

from assistant.odoo.gateway import OdooGateway
from assistant.tasks import Facts, Task, register_task, unregister_task
from redaction import RecordContext


class ToyOut(BaseModel):
    line: str


class ToyConfig(BaseModel):
    """The toy task's own settings (ASSISTANT_TASKS__TOY_PARTNER_NOTE__WORD)."""

    word: str = "customer"


class ToyTask(Task):
    name = "toy_partner_note"
    title = "Toy: one line per customer"
    odoo_model = "res.partner"
    audience = "manager"
    schedule = "toy_daily"
    config = ToyConfig
    output = ToyOut
    instructions = "Write one line about the customer."

    def default_domain(self) -> list[Any]:
        return [["is_company", "=", True]]

    def fetch(self, gw: OdooGateway, ids: Sequence[int], today: date) -> list[Facts]:
        rows = gw.read("res.partner", ids, ["name"])
        return [
            Facts(r["id"], r["name"], {"customer": r["name"]}, RecordContext(allow=[r["name"]])) for r in rows
        ]

    def write_rules(self, payload: dict[str, Any]) -> ToyOut:
        return ToyOut(line=f"{payload['customer']} is a {self.ctx.config(ToyTask).word}.")

    def note(self, out: BaseModel, payload: dict[str, Any], *, run_id: str, model: str, restore: Any) -> str:
        return f"<p>{restore(out.line)}</p><p>pending your review · run {run_id}</p>"  # type: ignore[attr-defined]


@pytest.fixture
def toy() -> Iterator[type[Task]]:
    register_task(ToyTask)
    yield ToyTask
    unregister_task(ToyTask.name)


def test_a_toy_task_appears_everywhere(
    toy: type[Task], settings: Any, sandbox: Any, monkeypatch: Any
) -> None:
    from assistant.api import create_app
    from assistant.cli import app
    from assistant.settings import get_settings

    monkeypatch.setenv("ASSISTANT_ODOO__URL", sandbox.url)
    monkeypatch.setenv("ASSISTANT_ODOO__DB", sandbox.db)
    monkeypatch.setenv("ASSISTANT_DB__URL", settings.db.url.get_secret_value())
    monkeypatch.setenv("ASSISTANT_DB__DATA_DIR", str(settings.db.data_dir))
    monkeypatch.setenv("ASSISTANT_TASKS__TOY_PARTNER_NOTE__WORD", "valued client")  # its own settings
    get_settings.cache_clear()
    try:
        listed = CliRunner().invoke(app, ["tasks"], catch_exceptions=False)
        assert "toy_partner_note" in listed.output
        company = sandbox.data.search_read("res.partner", [["is_company", "=", True]], ["id"], limit=1)[0][
            "id"
        ]
        ran = CliRunner().invoke(app, ["run", "toy_partner_note", "--id", str(company), "--json"])
        assert ran.exit_code == 0, ran.output
        assert '"status": "ok"' in ran.output and '"activity_id": ' in ran.output
        (act,) = sandbox.data.search_read(
            "mail.activity", [["res_model", "=", "res.partner"], ["res_id", "=", company]], ["note"]
        )
        assert "is a valued client." in act["note"]
    finally:
        get_settings.cache_clear()
    api = create_app(settings)
    with TestClient(api) as client:
        paths = client.get("/openapi.json").json()["paths"]
    api.state.service.db.dispose()
    assert "/api/v1/tasks/toy_partner_note/runs" in paths


def test_a_toy_tasks_schedule_is_a_periodic_fan_out(toy: type[Task], settings: Any) -> None:
    from assistant.jobs.engine import Handlers, build_app

    off = build_app(settings, Handlers(), sync=True)
    assert "toy_daily" not in {pid for (_, pid) in off.periodic_registry.periodic_tasks}  # no cron set: off
    settings.schedules.tasks = {"toy_daily": "0 7 * * *"}
    on = build_app(settings, Handlers(), sync=True)
    crons = {pid: task.cron for (_, pid), task in on.periodic_registry.periodic_tasks.items()}
    assert crons["toy_daily"] == "0 7 * * *" and crons["status_summaries"] == "0 6 * * 1"
