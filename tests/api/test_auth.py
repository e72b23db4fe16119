"""Every route rejects missing and wrong keys and wrong roles; webhooks reject unsigned, badly signed, stale calls."""

from __future__ import annotations

import json
import time
import uuid
from typing import Any

import pytest
from fastapi.testclient import TestClient

from assistant.api.security import FINANCE, GOVERNANCE, MANAGER, ROLES, SERVICE
from assistant.tasks import registry
from tests.api.conftest import ODOO_TOKEN, auth, signed

ALL = set(ROLES)
READERS = {GOVERNANCE, MANAGER, FINANCE}
POLICY: dict[str, set[str]] = {
    "list_tasks": ALL,
    "get_job": ALL,
    "list_jobs": ALL,
    "retry_job": {SERVICE},
    "list_log": READERS,
    "export_log": {GOVERNANCE},
    "verify_log": {GOVERNANCE},
    "get_log_row": {GOVERNANCE},
    "list_audit": {GOVERNANCE},
    "metrics": {SERVICE, GOVERNANCE},
    "acceptance": READERS,
    "sync_reviews": {SERVICE, GOVERNANCE},
    "dashboard": READERS,
}
# who owns each task (the task declares it as ``audience``; this table is the expectation)
AUDIENCE = {
    "project_status": MANAGER,
    "approval_sale_order": MANAGER,
    "approval_change_request": MANAGER,
    "approval_request": MANAGER,
    "approval_expense_report": FINANCE,
    "approval_credit_note": FINANCE,
    "dispute_email": FINANCE,
    "anomaly_ranking": FINANCE,
}
for _name in registry():
    POLICY[f"run_{_name}"] = {SERVICE, AUDIENCE[_name]}
PUBLIC = {"health", "ready"}
SIGNED = {"odoo_webhook"}
PATH_VALUES = {"job_id": str(uuid.uuid4()), "run_id": "0000aaaa", "event": "stage_changed"}


def operations(client: TestClient) -> list[tuple[str, str, str]]:
    out = []
    for path, item in client.get("/openapi.json").json()["paths"].items():
        for method, op in item.items():
            out.append((method.upper(), path.format(**PATH_VALUES), op["operationId"]))
    return out


def call(client: TestClient, method: str, path: str, headers: dict[str, str]) -> Any:
    body = {"ids": [1]} if "/tasks/" in path else None
    return client.request(method, path, json=body, headers=headers)


def test_every_operation_is_classified(client: TestClient) -> None:
    ops = {op for _, _, op in operations(client)}
    assert ops - set(POLICY) - PUBLIC - SIGNED == set()
    assert set(POLICY) - ops == set()


def test_missing_and_wrong_keys_are_401(client: TestClient, keys: dict[str, str]) -> None:
    revoked = client.app.state.service.keys.create("soon-revoked", GOVERNANCE)  # type: ignore[attr-defined]
    client.app.state.service.keys.revoke("soon-revoked")  # type: ignore[attr-defined]
    wrong = [
        {},
        auth("oga_deadbeef_not-a-real-key"),
        auth("garbage"),
        {"X-API-Key": "oga_0_x"},
        auth(revoked),
        {"Authorization": "Basic " + keys[GOVERNANCE]},
    ]
    for method, path, op in operations(client):
        if op in PUBLIC or op in SIGNED:
            continue
        for headers in wrong:
            reply = call(client, method, path, headers)
            assert reply.status_code == 401, (op, headers, reply.status_code)
            assert reply.json()["detail"]


def test_roles(client: TestClient, keys: dict[str, str]) -> None:
    for method, path, op in operations(client):
        if op in PUBLIC or op in SIGNED:
            continue
        for role, key in keys.items():
            headers = auth(key) if role != FINANCE else {"X-API-Key": key}  # both header forms work
            reply = call(client, method, path, headers)
            if role in POLICY[op]:
                assert reply.status_code not in (401, 403), (op, role, reply.status_code, reply.text)
            else:
                assert reply.status_code == 403, (op, role, reply.status_code)
                assert role in reply.json()["detail"]


def test_public_routes_need_no_key(client: TestClient) -> None:
    assert client.get("/api/v1/health").status_code == 200
    assert client.get("/api/v1/ready").json()["checks"]["database"]["ok"] is True


PAYLOAD = {"_model": "project.project", "_id": 1, "_action": "rule(#1)", "stage_id": 2}
URL = "/api/v1/webhooks/odoo/stage_changed"


@pytest.mark.parametrize(
    "case",
    [
        "unsigned",
        "no-timestamp",
        "bad-signature",
        "wrong-secret",
        "stale",
        "future",
        "tampered-body",
        "bad-timestamp",
    ],
)
def test_webhook_signature_rejections(client: TestClient, case: str) -> None:
    body, headers = signed(PAYLOAD)
    if case == "unsigned":
        headers = {"Content-Type": "application/json"}
    elif case == "no-timestamp":
        headers.pop("X-Assistant-Timestamp")
    elif case == "bad-signature":
        headers["X-Assistant-Signature"] = "sha256=" + "0" * 64
    elif case == "wrong-secret":
        body, headers = signed(PAYLOAD, secret="another-secret")
    elif case == "stale":
        body, headers = signed(PAYLOAD, ts=int(time.time()) - 3600)
    elif case == "future":
        body, headers = signed(PAYLOAD, ts=int(time.time()) + 3600)
    elif case == "tampered-body":
        body = json.dumps({**PAYLOAD, "_id": 2}).encode()
    elif case == "bad-timestamp":
        headers["X-Assistant-Timestamp"] = "yesterday"
    reply = client.post(URL, content=body, headers=headers)
    assert reply.status_code == 401, reply.text
    assert reply.json()["detail"]


def test_webhook_token_mode(client: TestClient) -> None:
    fresh = time.strftime("%Y-%m-%d %H:%M:%S", time.gmtime())
    stale = time.strftime("%Y-%m-%d %H:%M:%S", time.gmtime(time.time() - 3600))
    body = {**PAYLOAD, "write_date": fresh}
    assert client.post(URL, params={"token": ODOO_TOKEN}, json=body).status_code == 202
    assert client.post(URL, params={"token": "wrong"}, json=body).status_code == 401
    assert client.post(URL, params={"token": ODOO_TOKEN}, json=PAYLOAD).status_code == 401  # no write_date
    assert (
        client.post(URL, params={"token": ODOO_TOKEN}, json={**PAYLOAD, "write_date": stale}).status_code
        == 401
    )


def test_token_mode_is_off_unless_configured(client: TestClient) -> None:
    client.app.state.service.settings.service.odoo_webhook_token = None  # type: ignore[attr-defined]
    fresh = time.strftime("%Y-%m-%d %H:%M:%S", time.gmtime())
    reply = client.post(URL, params={"token": ODOO_TOKEN}, json={**PAYLOAD, "write_date": fresh})
    assert reply.status_code == 401


def test_ui_requires_login_and_role(client: TestClient, keys: dict[str, str]) -> None:
    assert client.get("/ui/", follow_redirects=False).status_code == 303
    assert client.post("/ui/login", data={"api_key": keys[SERVICE]}).status_code == 401
    assert client.post("/ui/login", data={"api_key": "oga_nope_x"}).status_code == 401
    client.post("/ui/login", data={"api_key": keys[MANAGER]})
    assert client.get("/ui/").status_code == 200
    assert client.get("/ui/log").status_code == 403
    assert client.get("/ui/verify").status_code == 403
    client.post("/ui/logout")
    assert client.get("/ui/", follow_redirects=False).status_code == 303
    reply = client.post("/ui/login", data={"api_key": keys[GOVERNANCE]}, follow_redirects=False)
    cookie = reply.headers["set-cookie"].lower()
    assert "httponly" in cookie and "samesite=strict" in cookie
    assert client.get("/ui/log").status_code == 200


def test_ui_refuses_cross_origin_login(client: TestClient, keys: dict[str, str]) -> None:
    reply = client.post(
        "/ui/login", data={"api_key": keys[GOVERNANCE]}, headers={"Origin": "https://evil.example"}
    )
    assert reply.status_code == 403


def test_scheduled_action_payload_in_token_mode(client: TestClient) -> None:
    """An Odoo scheduled action posts no record (``_id`` false) and no write_date: accepted only for
    all-records routes, at most one fan-out per day (a replay is a duplicate)."""
    cron = {"_model": "project.project", "_id": False, "_action": "Weekly AI status(#12)"}
    first = client.post("/api/v1/webhooks/odoo/weekly_status", params={"token": ODOO_TOKEN}, json=cron)
    assert first.status_code == 202, first.text
    job = first.json()["routes"][0]["job"]
    assert job["kind"] == "fan_out" and first.json()["record_id"] is None
    replay = client.post("/api/v1/webhooks/odoo/weekly_status", params={"token": ODOO_TOKEN}, json=cron)
    assert replay.json()["routes"][0]["job"] == {**job, "duplicate": True}
    per_record = client.post(URL, params={"token": ODOO_TOKEN}, json=cron)
    assert per_record.status_code == 401  # per-record routes still need write_date
