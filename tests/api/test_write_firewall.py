"""The write firewall in the Odoo client: every write other than activities, internal notes and our own
bootstrap external id is refused before anything is sent (the sandbox records every call it receives)."""

from __future__ import annotations

from typing import Any

import pytest

from assistant.errors import OdooAccessDenied
from assistant.odoo import connect
from assistant.odoo.client import check_allowed
from assistant.odoo.gateway import AI_ACTIVITY_MODULE, AI_ACTIVITY_NAME

NOTE = {
    "body": "<p>checked</p>",
    "body_is_html": True,
    "message_type": "comment",
    "subtype_xmlid": "mail.mt_note",
}
XMLID = {
    "module": AI_ACTIVITY_MODULE,
    "name": AI_ACTIVITY_NAME,
    "model": "mail.activity.type",
    "res_id": 5,
    "noupdate": True,
}


@pytest.fixture
def client(sandbox: Any) -> Any:
    gw = connect(sandbox.url, sandbox.db, "admin", "admin")
    sandbox.reset_calls()
    return gw.client


def _refused(
    sandbox: Any, client: Any, model: str, method: str, args: list[Any], kwargs: dict[str, Any]
) -> None:
    sandbox.reset_calls()
    with pytest.raises(OdooAccessDenied, match="refused"):
        client.execute_kw(model, method, args, kwargs)
    assert sandbox.calls == [], f"{model}.{method} reached Odoo"


@pytest.mark.parametrize(
    "kwargs",
    [
        {**NOTE, "partner_ids": [3]},  # notifies customers by e-mail
        {**NOTE, "partner_ids": []},
        {**NOTE, "message_type": "email"},
        {**NOTE, "message_type": "notification"},
        {**NOTE, "subtype_xmlid": "mail.mt_comment"},  # a message: followers get it by e-mail
        {k: v for k, v in NOTE.items() if k != "subtype_xmlid"},
        {k: v for k, v in NOTE.items() if k != "message_type"},
        {**NOTE, "subtype_id": 1},
        {**NOTE, "attachment_ids": [1]},
        {**NOTE, "author_id": 3},
        {**NOTE, "email_from": "someone@example.invalid"},
        {**NOTE, "context": {"mail_notify_force_send": True}},
        {"body": "x"},
        {},
    ],
    ids=lambda kw: ",".join(sorted(kw)) or "empty",
)
def test_message_post_other_than_an_internal_note_is_refused(
    sandbox: Any, client: Any, kwargs: dict[str, Any]
) -> None:
    _refused(sandbox, client, "project.project", "message_post", [[1]], kwargs)


def test_message_post_with_positional_values_is_refused(sandbox: Any, client: Any) -> None:
    _refused(sandbox, client, "project.project", "message_post", [[1], "body"], NOTE)
    _refused(sandbox, client, "project.project", "message_post", [1], NOTE)
    _refused(sandbox, client, "project.project", "message_post", [], NOTE)


def test_an_internal_note_is_sent(sandbox: Any, client: Any) -> None:
    project = sandbox.data.search_read("project.project", [], ["id"])[0]["id"]
    message_id = client.execute_kw("project.project", "message_post", [[project]], NOTE)
    assert int(message_id) > 0
    assert ("object", "project.project", "message_post") in sandbox.calls


@pytest.mark.parametrize(
    ("args", "kwargs"),
    [
        ([{**XMLID, "module": "base"}], {}),
        ([{**XMLID, "name": "group_system"}], {}),
        ([{**XMLID, "model": "res.groups"}], {}),
        ([{**XMLID, "res_id": "5"}], {}),
        ([{**XMLID, "noupdate": True, "complete_name": "x"}], {}),
        ([[XMLID, {**XMLID, "module": "base"}]], {}),
        ([XMLID], {"context": {"install_mode": True}}),
        ([XMLID, XMLID], {}),
        (["odoo_governed_assistant.mail_activity_type_ai_review"], {}),
    ],
)
def test_ir_model_data_other_than_our_bootstrap_record_is_refused(
    sandbox: Any, client: Any, args: list[Any], kwargs: dict[str, Any]
) -> None:
    _refused(sandbox, client, "ir.model.data", "create", args, kwargs)


def test_our_bootstrap_record_is_allowed() -> None:
    check_allowed("ir.model.data", "create", [XMLID], {})
    check_allowed("ir.model.data", "create", [[XMLID]], {})


def test_bootstrap_through_the_gateway_still_works(sandbox: Any) -> None:
    gw = connect(sandbox.url, sandbox.db, "admin", "admin")
    type_id, created = gw.bootstrap()
    assert type_id and created
    assert gw.bootstrap() == (type_id, False)


@pytest.mark.parametrize(
    ("model", "method"),
    [
        ("ir.model.data", "write"),
        ("ir.model.data", "unlink"),
        ("ir.model.data", "_update_xmlids"),
        ("mail.activity", "write"),
        ("mail.activity", "unlink"),
        ("mail.activity", "action_feedback"),
        ("mail.activity", "action_done"),
        ("mail.activity.type", "write"),
        ("mail.activity.type", "unlink"),
        ("mail.message", "create"),
        ("mail.message", "write"),
        ("mail.mail", "create"),
        ("mail.mail", "send"),
        ("mail.compose.message", "create"),
        ("mail.compose.message", "action_send_mail"),
        ("project.project", "message_subscribe"),
        ("project.project", "message_notify"),
        ("project.project", "write"),
        ("project.task", "create"),
        ("account.move", "action_post"),
        ("account.move", "button_draft"),
        ("res.partner", "create"),
        ("res.partner", "unlink"),
        ("res.users", "write"),
        ("ir.config_parameter", "set_param"),
        ("ir.cron", "method_direct_trigger"),
        ("base.automation", "create"),
        ("ir.actions.server", "run"),
        ("hr.expense.sheet", "approve_expense_sheets"),
        ("sale.order", "action_confirm"),
    ],
)
def test_every_other_write_is_refused(sandbox: Any, client: Any, model: str, method: str) -> None:
    _refused(sandbox, client, model, method, [[1]], {})
    _refused(sandbox, client, model, method, [[1], {"name": "x"}], {})
