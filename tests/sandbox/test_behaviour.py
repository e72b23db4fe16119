"""Odoo 18 behaviours the project depends on, checked over raw JSON-RPC against the sandbox."""

from __future__ import annotations

import json
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest

from assistant.sandbox import SandboxServer

from .conftest import ANCHOR
from .jsonrpc import Client, error, result

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "odoo18"


def kw(
    srv: SandboxServer,
    model: str,
    method: str,
    args: list[Any],
    kwargs: dict[str, Any] | None = None,
    password: str = "admin",
) -> dict[str, Any]:
    return Client(srv.url).execute_kw(srv.db, 2, password, model, method, args, kwargs)


def activity(res_id: int, model_id: int = 540, **extra: Any) -> dict[str, Any]:
    return {
        "res_model_id": model_id,
        "res_id": res_id,
        "activity_type_id": 4,
        "summary": "AI review",
        "note": "<p>x</p>",
        "user_id": 2,
        "date_deadline": "2026-11-30",
        **extra,
    }


# --------------------------------------------------------------------------- authentication


def test_login_and_authenticate(sandbox: SandboxServer) -> None:
    c = Client(sandbox.url)
    assert result(c.call("common", "login", sandbox.db, "admin", "admin")) == 2
    assert result(c.call("common", "authenticate", sandbox.db, "admin", sandbox.api_key, {})) == 2
    # a wrong password is not an error for login/authenticate: the answer is False
    assert result(c.call("common", "login", sandbox.db, "admin", "nope")) is False
    assert result(c.call("common", "authenticate", sandbox.db, "admin", "nope", {})) is False
    assert result(c.call("common", "version"))["server_version"] == "18.0"


def test_wrong_password_on_object_call_is_access_denied(sandbox: SandboxServer) -> None:
    err = error(kw(sandbox, "project.task", "search_count", [[]], password="wrong"))
    assert err["data"]["name"] == "odoo.exceptions.AccessDenied" and err["data"]["message"] == "Access Denied"
    assert result(kw(sandbox, "project.task", "search_count", [[]], password=sandbox.api_key)) > 60


def test_db_list_is_disabled(sandbox: SandboxServer) -> None:
    assert error(Client(sandbox.url).call("db", "list"))["data"]["name"] == "odoo.exceptions.AccessDenied"


def test_unknown_db(sandbox: SandboxServer) -> None:
    err = error(Client(sandbox.url).execute_kw("psdemo", 2, "admin", "project.task", "search_count", [[]]))
    assert "does not exist" in err["data"]["message"]


# --------------------------------------------------------------------------- errors


@pytest.mark.parametrize(
    ("model", "method", "args", "name", "message"),
    [
        (
            "project.task",
            "search_read",
            [[], ["name", "planned_hours"]],
            "builtins.ValueError",
            "Invalid field 'planned_hours' on model 'project.task'",
        ),
        (
            "helpdesk.ticket",
            "search_read",
            [[]],
            "odoo.exceptions.UserError",
            "Object helpdesk.ticket doesn't exist",
        ),
        (
            "approval.request",
            "search_count",
            [[]],
            "odoo.exceptions.UserError",
            "Object approval.request doesn't exist",
        ),
        (
            "project.task",
            "_compute_progress_hours",
            [[1]],
            "odoo.exceptions.AccessError",
            "Private methods (such as _compute_progress_hours) cannot be called remotely.",
        ),
        (
            "project.task",
            "no_such_method",
            [[1]],
            "builtins.AttributeError",
            "The method 'project.task.no_such_method' does not exist",
        ),
        (
            "project.task",
            "read",
            [[999999], ["name"]],
            "odoo.exceptions.MissingError",
            "Record does not exist or has been deleted.\n(Record: project.task(999999,), User: 2)",
        ),
    ],
)
def test_errors(
    sandbox: SandboxServer, model: str, method: str, args: list[Any], name: str, message: str
) -> None:
    err = error(kw(sandbox, model, method, args))
    assert (err["code"], err["message"]) == (200, "Odoo Server Error")
    assert (err["data"]["name"], err["data"]["message"]) == (name, message)


def test_activity_without_res_model_id_is_a_validation_error(sandbox: SandboxServer) -> None:
    err = error(kw(sandbox, "mail.activity", "create", [{"res_id": 1, "activity_type_id": 4, "user_id": 2}]))
    expected = json.loads((FIXTURES / "63_error_raw_create_activity_missing_res_model_id.json").read_text())
    assert err["data"]["message"] == expected["response"]["error"]["data"]["message"]


# --------------------------------------------------------------------------- mail.activity batch bug


def test_batch_activity_on_tasks_of_several_projects_fails(fresh: SandboxServer) -> None:
    projects = {
        t["id"]: t["project_id"][0] for t in fresh.data.search_read("project.task", [], ["project_id"])
    }
    by_project: dict[int, int] = {}
    for task_id, project_id in projects.items():
        by_project.setdefault(project_id, task_id)
    tasks = list(by_project.values())[:3]
    before = len(fresh.data.records["mail.activity"])
    err = error(kw(fresh, "mail.activity", "create", [[activity(t) for t in tasks]]))
    assert (err["data"]["name"], err["data"]["message"]) == (
        "builtins.ValueError",
        "list.remove(x): x not in list",
    )
    assert len(fresh.data.records["mail.activity"]) == before  # nothing half-created
    # grouped per project it works, as on the real server
    for t in tasks:
        assert isinstance(result(kw(fresh, "mail.activity", "create", [[activity(t)]])), list)
    # several tasks of ONE project in one batch: fine
    same = [t for t, p in projects.items() if p == projects[tasks[0]]][:3]
    assert len(result(kw(fresh, "mail.activity", "create", [[activity(t) for t in same]]))) == 3
    # other models batch fine across records
    moves = [m["id"] for m in fresh.data.search_read("account.move", [], ["id"])][:3]
    assert len(result(kw(fresh, "mail.activity", "create", [[activity(m, 467) for m in moves]]))) == 3


def test_create_returns_int_for_dict_and_list_for_list(fresh: SandboxServer) -> None:
    assert isinstance(result(kw(fresh, "mail.activity", "create", [activity(1)])), int)
    assert isinstance(result(kw(fresh, "mail.activity", "create", [[activity(1)]])), list)


# --------------------------------------------------------------------------- dates


def test_datetime_write_rules(fresh: SandboxServer) -> None:
    assert result(kw(fresh, "project.task", "write", [[1], {"date_deadline": "2026-12-15"}])) is True
    assert (
        result(kw(fresh, "project.task", "read", [[1], ["date_deadline"]]))[0]["date_deadline"]
        == "2026-12-15 00:00:00"
    )
    kw(fresh, "project.task", "write", [[1], {"date_deadline": "2026-12-15 16:30:00"}])
    assert (
        result(kw(fresh, "project.task", "read", [[1], ["date_deadline"]]))[0]["date_deadline"]
        == "2026-12-15 16:30:00"
    )
    err = error(kw(fresh, "project.task", "write", [[1], {"date_deadline": "2026-12-15T16:30:00Z"}]))
    assert (err["data"]["name"], err["data"]["message"]) == (
        "builtins.ValueError",
        "time data '2026-12-15T16:30:00Z' does not match format '%Y-%m-%d %H:%M:%S'",
    )
    # date fields keep the date part of a datetime string
    kw(fresh, "project.project", "write", [[1], {"date": "2027-01-31 10:00:00"}])
    assert fresh.data.search_read("project.project", [("id", "=", 1)], ["date"])[0]["date"] == "2027-01-31"


# --------------------------------------------------------------------------- chatter


def test_message_post_escapes_plain_strings(fresh: SandboxServer) -> None:
    body = "<p>Status update: <b>50%</b> done &amp; on track</p>"
    plain = result(
        kw(
            fresh,
            "project.task",
            "message_post",
            [[1]],
            {"body": body, "message_type": "comment", "subtype_xmlid": "mail.mt_note"},
        )
    )
    rich = result(
        kw(
            fresh,
            "project.task",
            "message_post",
            [[1]],
            {"body": body, "body_is_html": True, "message_type": "comment", "subtype_xmlid": "mail.mt_note"},
        )
    )
    rows = result(
        kw(
            fresh,
            "mail.message",
            "read",
            [[plain, rich], ["body", "message_type", "subtype_id", "author_id", "model", "res_id"]],
        )
    )
    assert (
        rows[0]["body"]
        == "<p>&lt;p&gt;Status update: &lt;b&gt;50%&lt;/b&gt; done &amp;amp; on track&lt;/p&gt;</p>"
    )
    assert rows[1]["body"] == body
    assert rows[0]["subtype_id"] == [2, "Note"] and rows[0]["author_id"][0] == 3
    assert (rows[0]["model"], rows[0]["res_id"], rows[0]["message_type"]) == ("project.task", 1, "comment")


def test_message_post_is_keyword_only_and_needs_mail_thread(sandbox: SandboxServer) -> None:
    assert (
        error(kw(sandbox, "project.task", "message_post", [[1], "hello"]))["data"]["name"]
        == "builtins.TypeError"
    )
    assert (
        error(kw(sandbox, "res.country", "message_post", [[1]], {"body": "x"}))["data"]["name"]
        == "builtins.AttributeError"
    )


def test_action_feedback_body_matches_real_odoo(fresh: SandboxServer) -> None:
    capture = json.loads((FIXTURES / "37_read_done_message.json").read_text())["response"]["result"][0]
    act = result(
        kw(
            fresh,
            "mail.activity",
            "create",
            [
                activity(
                    1,
                    summary="Follow up on task (verifier)",
                    note="<p>Please check the <b>timesheet</b> entries.</p>",
                )
            ],
        )
    )
    message_id = result(
        kw(fresh, "mail.activity", "action_feedback", [[act]], {"feedback": "<p>Done via <b>RPC</b></p>"})
    )
    row = result(
        kw(fresh, "mail.message", "read", [[message_id], ["body", "subtype_id", "mail_activity_type_id"]])
    )[0]
    assert row["body"] == capture["body"]
    assert (
        row["subtype_id"] == capture["subtype_id"]
        and row["mail_activity_type_id"] == capture["mail_activity_type_id"]
    )
    assert (
        result(
            kw(
                fresh,
                "mail.activity",
                "search_read",
                [[["id", "=", act]], ["active"]],
                {"context": {"active_test": False}},
            )
        )
        == []
    )


def test_activity_read_back(fresh: SandboxServer) -> None:
    act = result(kw(fresh, "mail.activity", "create", [activity(1)]))
    row = result(
        kw(
            fresh,
            "mail.activity",
            "read",
            [
                [act],
                [
                    "res_model_id",
                    "res_model",
                    "res_name",
                    "activity_type_id",
                    "state",
                    "activity_category",
                    "can_write",
                    "user_id",
                ],
            ],
        )
    )[0]
    task_name = fresh.data.search_read("project.task", [("id", "=", 1)], ["name"])[0]["name"]
    assert row["res_model_id"] == [540, "Task"] and row["res_model"] == "project.task"
    assert row["res_name"] == task_name and row["activity_type_id"] == [4, "To-Do"]
    assert (row["state"], row["activity_category"], row["can_write"]) == ("planned", "default", True)


def test_ir_model_data_create_makes_ref_resolve(fresh: SandboxServer) -> None:
    err = error(
        kw(fresh, "ir.model.data", "check_object_reference", ["governed_assistant", "activity_type_ai"])
    )
    assert err["data"]["name"] == "builtins.ValueError"
    type_id = result(kw(fresh, "mail.activity.type", "create", [{"name": "AI review", "icon": "fa-robot"}]))
    result(
        kw(
            fresh,
            "ir.model.data",
            "create",
            [
                {
                    "module": "governed_assistant",
                    "name": "activity_type_ai",
                    "model": "mail.activity.type",
                    "res_id": type_id,
                }
            ],
        )
    )
    assert result(
        kw(fresh, "ir.model.data", "check_object_reference", ["governed_assistant", "activity_type_ai", True])
    ) == ["mail.activity.type", type_id]


# --------------------------------------------------------------------------- reading


def test_read_group_like_odoo(sandbox: SandboxServer) -> None:
    rows = result(
        kw(
            sandbox,
            "account.analytic.line",
            "read_group",
            [[["project_id", "!=", False]], ["unit_amount:sum"], ["project_id"]],
            {"lazy": False},
        )
    )
    assert set(rows[0]) == {"project_id", "__count", "unit_amount", "__domain"}
    first = rows[0]
    assert first["__domain"] == [
        "&",
        ["project_id", "!=", False],
        ["project_id", "=", first["project_id"][0]],
    ]
    total = sum(
        line["unit_amount"]
        for line in sandbox.data.search_read(
            "account.analytic.line", [("project_id", "=", first["project_id"][0])], ["unit_amount"]
        )
    )
    assert first["unit_amount"] == pytest.approx(total)
    weekly = result(
        kw(
            sandbox,
            "account.analytic.line",
            "read_group",
            [[], ["unit_amount"], ["date:week"]],
            {"orderby": "date:week desc", "limit": 2},
        )
    )
    assert weekly[0]["date:week"].startswith("W") and "date_count" in weekly[0] and "__range" in weekly[0]
    assert weekly[0]["__range"]["date:week"]["from"] > weekly[1]["__range"]["date:week"]["from"]
    lazy = result(
        kw(
            sandbox,
            "account.analytic.line",
            "read_group",
            [[], ["unit_amount"], ["project_id", "employee_id"]],
        )
    )
    assert "project_id_count" in lazy[0] and lazy[0]["__context"] == {"group_by": ["employee_id"]}


def test_active_test(sandbox: SandboxServer) -> None:
    active = result(kw(sandbox, "project.project", "search", [[]]))
    everything = result(kw(sandbox, "project.project", "search", [[]], {"context": {"active_test": False}}))
    archived = result(kw(sandbox, "project.project", "search", [[["active", "=", False]]]))
    assert len(everything) == len(active) + len(archived) and len(archived) == 1
    assert result(kw(sandbox, "project.task", "search_count", [[["project_id.active", "=", False]]])) == 0


def test_search_read_order_offset_limit(sandbox: SandboxServer) -> None:
    rows = result(
        kw(
            sandbox,
            "account.analytic.line",
            "search_read",
            [[]],
            {"fields": ["date"], "order": "date desc, id", "limit": 50},
        )
    )
    dates = [r["date"] for r in rows]
    assert dates == sorted(dates, reverse=True)
    ids = [r["id"] for r in rows]
    page = result(
        kw(
            sandbox,
            "account.analytic.line",
            "search",
            [[]],
            {"order": "date desc, id", "offset": 10, "limit": 5},
        )
    )
    assert page == ids[10:15]


def test_read_load_classic_write(sandbox: SandboxServer) -> None:
    row = result(
        kw(sandbox, "project.task", "read", [[1], ["stage_id", "project_id"]], {"load": "_classic_write"})
    )[0]
    assert isinstance(row["stage_id"], int) and isinstance(row["project_id"], int)


def test_fields_get_matches_the_real_schema(sandbox: SandboxServer) -> None:
    capture = json.loads((FIXTURES / "05_odoorpc_model_proxy_project.task.json").read_text())["response"][
        "result"
    ]
    assert result(kw(sandbox, "project.task", "fields_get", [])) == capture
    subset = result(kw(sandbox, "project.task", "fields_get", [], {"attributes": ["type", "string"]}))
    assert (
        subset["allocated_hours"] == {"type": "float", "string": "Allocated Time"}
        and "planned_hours" not in subset
    )


def test_timesheet_create_fills_like_odoo(fresh: SandboxServer) -> None:
    line_id = result(
        kw(
            fresh,
            "account.analytic.line",
            "create",
            [{"name": "Verifier", "project_id": 1, "task_id": 1, "unit_amount": 1.5, "date": "2026-11-22"}],
        )
    )
    row = result(
        kw(
            fresh,
            "account.analytic.line",
            "read",
            [[line_id], ["employee_id", "user_id", "amount", "account_id", "timesheet_invoice_type"]],
        )
    )[0]
    assert row["employee_id"][1] == "Hannah Berger" and row["user_id"] == [2, "Hannah Berger"]
    assert row["amount"] == -180.0 and row["timesheet_invoice_type"] == "billable_fixed"
    before = fresh.data.search_read("project.task", [("id", "=", 1)], ["effective_hours"])[0][
        "effective_hours"
    ]
    kw(fresh, "account.analytic.line", "write", [[line_id], {"unit_amount": 3.5}])
    after = fresh.data.search_read("project.task", [("id", "=", 1)], ["effective_hours"])[0][
        "effective_hours"
    ]
    assert after == pytest.approx(before + 2.0)


# --------------------------------------------------------------------------- web session, down, persistence


def test_web_session_and_call_kw(sandbox: SandboxServer) -> None:
    c = Client(sandbox.url)
    denied = c.post(
        "/web/dataset/call_kw/project.task/search_read",
        {
            "jsonrpc": "2.0",
            "id": 1,
            "params": {
                "model": "project.task",
                "method": "search_read",
                "args": [[]],
                "kwargs": {"limit": 1},
            },
        },
    )
    assert denied.body["error"]["data"]["name"] == "odoo.http.SessionExpiredException"
    auth = c.post(
        "/web/session/authenticate",
        {"jsonrpc": "2.0", "id": 2, "params": {"db": sandbox.db, "login": "admin", "password": "admin"}},
    )
    assert auth.body["result"]["uid"] == 2 and "session_id=" in auth.headers["Set-Cookie"]
    rows = c.post(
        "/web/dataset/call_kw/project.task/search_read",
        {
            "jsonrpc": "2.0",
            "id": 3,
            "params": {
                "model": "project.task",
                "method": "search_read",
                "args": [[]],
                "kwargs": {"fields": ["name"], "limit": 3},
            },
        },
    )
    assert len(rows.body["result"]) == 3


def test_set_down_answers_503_html(fresh: SandboxServer) -> None:
    c = Client(fresh.url)
    fresh.set_down(True)
    reply = c.post(
        "/jsonrpc",
        {"jsonrpc": "2.0", "id": 1, "params": {"service": "common", "method": "version", "args": []}},
    )
    assert reply.status == 503 and "text/html" in reply.headers["Content-Type"] and "<html>" in reply.body
    fresh.set_down(False)
    assert result(c.call("common", "version"))["server_version"] == "18.0"


def test_calls_are_recorded(fresh: SandboxServer) -> None:
    fresh.reset_calls()
    kw(fresh, "project.task", "search_count", [[]])
    Client(fresh.url).call("common", "version")
    assert fresh.calls == [("object", "project.task", "search_count"), ("common", "", "version")]


def test_state_persists_between_runs(tmp_path: Path) -> None:
    state = tmp_path / "sandbox.json"
    with SandboxServer(state, anchor_date=ANCHOR) as srv:
        assert state.exists()
        act = result(kw(srv, "mail.activity", "create", [activity(1, summary="persist me")]))
        last_line = max(r["date"] for r in srv.data.records["account.analytic.line"].values())
    with SandboxServer(state, anchor_date=ANCHOR) as again:
        rows = again.data.search_read(
            "mail.activity", [("id", "=", act)], ["summary", "res_model", "date_deadline"]
        )
        assert rows == [
            {"id": act, "summary": "persist me", "res_model": "project.task", "date_deadline": "2026-11-30"}
        ]
    # loaded on a later day: every date moves along, so the demo data stays current
    with SandboxServer(state, anchor_date=ANCHOR + timedelta(days=10)) as later:
        assert later.data.anchor_date == ANCHOR + timedelta(days=10)
        moved = later.data.search_read("mail.activity", [("id", "=", act)], ["date_deadline"])[0][
            "date_deadline"
        ]
        assert moved == "2026-12-10"
        assert (
            max(r["date"] for r in later.data.records["account.analytic.line"].values())
            == (date.fromisoformat(last_line) + timedelta(days=10)).isoformat()
        )


def test_direct_python_api(fresh: SandboxServer) -> None:
    data = fresh.data
    pid = data.create("res.partner", {"name": "Test Partner", "email": "t@example.test"})
    data.write("res.partner", [pid], {"phone": "+32 2 000 00 00"})
    row = data.search_read("res.partner", [("id", "=", pid)], ["name", "phone", "parent_id", "display_name"])[
        0
    ]
    assert row == {
        "id": pid,
        "name": "Test Partner",
        "phone": "+32 2 000 00 00",
        "parent_id": False,
        "display_name": "Test Partner",
    }
    data.unlink("res.partner", [pid])
    assert data.search_read("res.partner", [("id", "=", pid)]) == []
