"""Input validation, size limits, security headers, closed CORS, and no secrets in logs."""

from __future__ import annotations

import json
import logging
import time

import pytest
from fastapi.testclient import TestClient

from tests.api.conftest import ODOO_TOKEN, SECRET, auth, signed

URL = "/api/v1/webhooks/odoo/stage_changed"


@pytest.mark.parametrize(
    ("payload", "reason"),
    [
        ({"_model": "project.project", "_id": "1"}, "_id"),  # strict: a string is not an id
        ({"_model": "project.project"}, "_id"),
        ({"_model": "Project Project", "_id": 1}, "_model"),
        ({"_model": "project.project", "_id": 0}, "_id"),
        ({"_model": "project.project", "_id": True}, "_id"),
        ({"_model": "project.project", "_id": 1, **{f"x_{i}": i for i in range(201)}}, "too many fields"),
    ],
)
def test_webhook_payload_validation(client: TestClient, payload: dict[str, object], reason: str) -> None:
    body, headers = signed(payload)
    reply = client.post(URL, content=body, headers=headers)
    assert reply.status_code == 422 and reason in reply.json()["detail"], reply.text


def test_webhook_without_a_route_is_404(client: TestClient) -> None:
    body, headers = signed({"_model": "res.partner", "_id": 1})
    reply = client.post(URL, content=body, headers=headers)
    assert reply.status_code == 404 and "no route" in reply.json()["detail"], reply.text


def test_webhook_not_json_and_not_object(client: TestClient) -> None:
    for raw in (b"not json", b"[1, 2]"):
        _, headers = signed({})
        from assistant.api.security import sign

        headers["X-Assistant-Signature"] = sign(SECRET, headers["X-Assistant-Timestamp"], raw)
        reply = client.post(URL, content=raw, headers=headers)
        assert reply.status_code == 422 and reply.json()["detail"]


def test_bad_event_name_is_rejected(client: TestClient) -> None:
    body, headers = signed({"_model": "project.project", "_id": 1})
    assert client.post("/api/v1/webhooks/odoo/Bad%20Event!", content=body, headers=headers).status_code == 422


def test_condition_not_met_is_skipped_with_reason(client: TestClient) -> None:
    client.app.state.service.settings.service.routes[0].when = {"stage_id": 9}  # type: ignore[attr-defined]
    body, headers = signed({"_model": "project.project", "_id": 1, "stage_id": 2})
    reply = client.post(URL, content=body, headers=headers)
    assert reply.status_code == 200
    assert reply.json()["routes"][0]["skipped"].startswith("condition not met")


def test_body_size_limit(client: TestClient, keys: dict[str, str]) -> None:
    limit = client.app.state.service.settings.service.max_body_bytes  # type: ignore[attr-defined]
    big = {"_model": "project.project", "_id": 1, "x_blob": "a" * (limit + 10)}
    body, headers = signed(big)
    assert client.post(URL, content=body, headers=headers).status_code == 413
    reply = client.post(
        "/api/v1/tasks/project_status/runs",
        content=b"{" + b" " * (limit + 1) + b"}",
        headers={**auth(keys["service"]), "Content-Type": "application/json"},
    )
    assert reply.status_code == 413


@pytest.mark.parametrize(
    "body",
    [
        {"ids": []},
        {"ids": ["1"]},
        {"ids": [1, 1]},
        {"ids": [0]},
        {"ids": [1], "all_records": True},
        {"ids": [1], "extra": 1},
        {"ids": list(range(1, 502))},
        {"ids": [1], "wait_seconds": 999},
    ],
)
def test_trigger_validation(client: TestClient, keys: dict[str, str], body: dict[str, object]) -> None:
    reply = client.post("/api/v1/tasks/project_status/runs", json=body, headers=auth(keys["service"]))
    assert reply.status_code == 422 and reply.json()["detail"], reply.text


def test_security_headers_and_closed_cors(client: TestClient) -> None:
    reply = client.get("/api/v1/health", headers={"Origin": "https://evil.example"})
    assert reply.headers["x-content-type-options"] == "nosniff"
    assert reply.headers["x-frame-options"] == "DENY"
    assert "access-control-allow-origin" not in reply.headers
    pre = client.options(
        "/api/v1/log", headers={"Origin": "https://evil.example", "Access-Control-Request-Method": "GET"}
    )
    assert "access-control-allow-origin" not in pre.headers
    page = client.get("/ui/login")
    assert "frame-ancestors 'none'" in page.headers["content-security-policy"]
    assert page.headers["cache-control"] == "no-store"


def test_secrets_never_logged(
    client: TestClient, keys: dict[str, str], caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    fresh = time.strftime("%Y-%m-%d %H:%M:%S", time.gmtime())
    client.post(
        URL, params={"token": ODOO_TOKEN}, json={"_model": "project.project", "_id": 1, "write_date": fresh}
    )
    client.get("/api/v1/log", headers=auth(keys["governance"]))
    client.post("/ui/login", data={"api_key": keys["governance"]})
    server = [r for r in caplog.records if not r.name.startswith("httpx")]  # httpx logs the *client's* URL
    text = json.dumps([f"{r.name} {r.getMessage()} {r.args}" for r in server])
    assert "/api/v1/webhooks/odoo/{event}" in text  # the access log is there, with route templates only
    for secret in (ODOO_TOKEN, SECRET, *keys.values()):
        assert secret not in text
    settings_repr = repr(client.app.state.service.settings)  # type: ignore[attr-defined]
    assert ODOO_TOKEN not in settings_repr and SECRET not in settings_repr
