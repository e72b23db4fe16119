"""Fixtures for the service tests: settings tuned for fast retries, the app, a key per role, a signer."""

from __future__ import annotations

import json
import time
from collections.abc import Iterator
from typing import Any

import pytest
from fastapi.testclient import TestClient
from pydantic import SecretStr

from assistant.api import create_app
from assistant.api.security import ROLES, KeyStore, sign
from assistant.settings import Settings

SECRET = "test-webhook-secret"
ODOO_TOKEN = "test-odoo-token-0123456789"


@pytest.fixture
def svc_settings(settings: Settings) -> Settings:
    settings.service.webhook_secret = SecretStr(SECRET)
    settings.service.odoo_webhook_token = SecretStr(ODOO_TOKEN)
    settings.service.retry_base_seconds = 0.0
    settings.service.job_max_attempts = 3
    settings.llm.max_retries = 0
    settings.schedules.anomaly_scan = settings.schedules.status_summaries = settings.schedules.review_sync = (
        ""
    )
    return settings


@pytest.fixture
def client(svc_settings: Settings) -> Iterator[TestClient]:
    app = create_app(svc_settings)
    with TestClient(app) as c:
        yield c
    app.state.service.db.dispose()


@pytest.fixture
def keys(client: TestClient) -> dict[str, str]:
    store: KeyStore = client.app.state.service.keys  # type: ignore[attr-defined]
    return {role: store.create(f"test-{role}", role) for role in ROLES}


def auth(key: str) -> dict[str, str]:
    return {"Authorization": f"Bearer {key}"}


def signed(
    payload: dict[str, Any], *, secret: str = SECRET, ts: int | None = None
) -> tuple[bytes, dict[str, str]]:
    body = json.dumps(payload).encode()
    stamp = int(time.time()) if ts is None else ts
    return body, {
        "Content-Type": "application/json",
        "X-Assistant-Timestamp": str(stamp),
        "X-Assistant-Signature": sign(secret, stamp, body),
    }


def reviewer_call(
    sandbox: Any,
    model: str,
    method: str,
    args: list[Any],
    kwargs: dict[str, Any] | None = None,
) -> Any:
    """What a reviewer's Odoo client does (mark done, cancel, edit): raw JSON-RPC, not the assistant's client,
    whose write firewall refuses anything but activities creation and notes."""
    import httpx

    def rpc(service: str, method_name: str, *params: Any) -> Any:
        reply = httpx.post(
            f"{sandbox.url}/jsonrpc",
            json={
                "jsonrpc": "2.0",
                "method": "call",
                "id": 1,
                "params": {"service": service, "method": method_name, "args": list(params)},
            },
            timeout=30,
        ).json()
        assert "error" not in reply, reply
        return reply["result"]

    uid = rpc("common", "login", sandbox.db, "admin", "admin")
    return rpc("object", "execute_kw", sandbox.db, uid, "admin", model, method, args, kwargs or {})
