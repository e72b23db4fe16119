"""Unmodified odoorpc 0.10.1 against the sandbox: the client the project uses in production."""

from __future__ import annotations

import datetime as dt

import odoorpc
import pytest

from assistant.sandbox import SandboxServer

from .conftest import ANCHOR


@pytest.fixture
def odoo(fresh: SandboxServer) -> odoorpc.ODOO:
    client = odoorpc.ODOO(fresh.host, port=fresh.port, protocol="jsonrpc")
    client.login(fresh.db, "admin", "admin")
    return client


def test_connect_detects_version_and_logs_in(fresh: SandboxServer) -> None:
    client = odoorpc.ODOO(fresh.host, port=fresh.port, protocol="jsonrpc")
    assert client.version == "18.0"
    client.login(fresh.db, "admin", "admin")
    assert client.env.uid == 2
    assert client.env.context == {"lang": "en_US", "tz": "Europe/Brussels", "uid": 2}
    assert fresh.calls[:3] == [
        ("web", "", "version_info"),
        ("common", "", "login"),
        ("object", "res.users", "context_get"),
    ]


def test_login_with_api_key(fresh: SandboxServer) -> None:
    client = odoorpc.ODOO(fresh.host, port=fresh.port, protocol="jsonrpc")
    client.login(fresh.db, "admin", fresh.api_key)
    assert client.env["project.task"].search_count([]) > 60


def test_wrong_password_is_refused(fresh: SandboxServer) -> None:
    client = odoorpc.ODOO(fresh.host, port=fresh.port, protocol="jsonrpc")
    with pytest.raises(odoorpc.error.RPCError):
        client.login(fresh.db, "admin", "not-the-password")


def test_search_read_and_types(odoo: odoorpc.ODOO) -> None:
    rows = odoo.env["project.task"].search_read(
        [("project_id", "!=", False)],
        [
            "name",
            "project_id",
            "stage_id",
            "user_ids",
            "allocated_hours",
            "effective_hours",
            "progress",
            "date_deadline",
        ],
        limit=10,
        order="id",
    )
    assert len(rows) == 10
    for row in rows:
        assert isinstance(row["project_id"], list) and isinstance(row["project_id"][1], str)
        assert isinstance(row["allocated_hours"], float) and isinstance(row["progress"], float)
        assert row["date_deadline"] is False or len(row["date_deadline"]) == 19


def test_env_ref_and_browse(odoo: odoorpc.ODOO) -> None:
    todo = odoo.env.ref("mail.mail_activity_data_todo")
    assert (todo._name, todo.id, todo.name) == ("mail.activity.type", 4, "To-Do")
    task = odoo.env["project.task"].browse(1)
    assert task.name and task.project_id.name.startswith("Brightwater")
    assert task.stage_id.name in {"New", "In Progress", "Review", "Done", "Cancelled"}
    assert all(u.name for u in task.user_ids)
    assert isinstance(task.date_deadline, dt.datetime)  # odoorpc parses "YYYY-MM-DD HH:MM:SS"
    assert odoo.env.user.name == "Hannah Berger"
    assert "project.task" in odoo.env and "helpdesk.ticket" not in odoo.env


def test_create_activity_mark_done_and_read_feedback(odoo: odoorpc.ODOO) -> None:
    ir_model = odoo.env["ir.model"].search_read([("model", "=", "project.task")], ["id"])[0]["id"]
    assert ir_model == 540
    todo = odoo.env.ref("mail.mail_activity_data_todo").id
    activity_id = odoo.env["mail.activity"].create(
        {
            "res_model_id": ir_model,
            "res_id": 1,
            "activity_type_id": todo,
            "summary": "Review AI summary",
            "note": "<p>Pending <b>review</b></p>",
            "user_id": 2,
            "date_deadline": ANCHOR.isoformat(),
        }
    )
    assert isinstance(activity_id, int)
    activity = odoo.env["mail.activity"].browse(activity_id)
    assert (activity.res_model, activity.res_id, activity.state) == ("project.task", 1, "today")
    message_id = odoo.execute_kw(
        "mail.activity", "action_feedback", [[activity_id]], {"feedback": "Approved & sent"}
    )
    assert isinstance(message_id, int)
    assert odoo.env["mail.activity"].search([("id", "=", activity_id)], context={"active_test": False}) == []
    message = odoo.env["mail.message"].read(
        [message_id], ["body", "model", "res_id", "message_type", "subtype_id", "mail_activity_type_id"]
    )[0]
    assert (message["model"], message["res_id"], message["message_type"]) == (
        "project.task",
        1,
        "notification",
    )
    assert message["subtype_id"][1] == "Activities" and message["mail_activity_type_id"] == [4, "To-Do"]
    assert "Approved &amp; sent" in message["body"] and "<p>Pending <b>review</b></p>" in message["body"]


def test_batch_create_with_odoorpc_returns_ids(odoo: odoorpc.ODOO) -> None:
    vals = {"res_model_id": 540, "res_id": 1, "activity_type_id": 4, "summary": "x", "user_id": 2}
    ids = odoo.execute_kw("mail.activity", "create", [[vals, dict(vals, res_id=2)]])
    assert isinstance(ids, list) and len(ids) == 2
