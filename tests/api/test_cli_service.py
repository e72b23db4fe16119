"""Service commands: apikey create/list/revoke, sync-reviews, and worker's refusal to start its own sandbox."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from assistant.api.security import KeyStore
from assistant.cli import app
from assistant.settings import get_settings
from assistant.store import Database


@pytest.fixture
def cli_env(
    db_url: str, sandbox: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> Iterator[dict[str, str]]:
    env = {
        "ASSISTANT_ODOO__URL": sandbox.url,
        "ASSISTANT_ODOO__DB": sandbox.db,
        "ASSISTANT_DB__URL": db_url,
        "ASSISTANT_DB__DATA_DIR": str(tmp_path),
    }
    for key, value in env.items():
        monkeypatch.setenv(key, value)
    monkeypatch.chdir(tmp_path)
    get_settings.cache_clear()
    yield env
    get_settings.cache_clear()


def invoke(*args: str) -> Any:
    return CliRunner().invoke(app, list(args), catch_exceptions=False)


def test_apikey_lifecycle(cli_env: dict[str, str], db_url: str) -> None:
    created = invoke("apikey", "create", "ops", "--role", "governance")
    assert created.exit_code == 0, created.output
    key = next(word for word in created.output.split() if word.startswith("oga_"))
    store = KeyStore(Database(db_url))
    assert store.verify(key) is not None and store.verify(key).role == "governance"  # type: ignore[union-attr]
    listed = invoke("apikey", "list")
    assert "ops" in listed.output and "governance" in listed.output and key not in listed.output
    assert invoke("apikey", "create", "ops", "--role", "service").exit_code == 2  # duplicate name
    assert invoke("apikey", "create", "x", "--role", "admin").exit_code == 2  # unknown role
    assert invoke("apikey", "revoke", "ops").exit_code == 0
    assert KeyStore(Database(db_url)).verify(key) is None
    assert invoke("apikey", "revoke", "ops").exit_code == 1


def test_sync_reviews_command(cli_env: dict[str, str]) -> None:
    assert invoke("run", "project_status", "--id", "1").exit_code == 0
    out = invoke("sync-reviews", "--json")
    assert out.exit_code == 0 and '"open": 1' in out.output


def test_worker_needs_an_odoo_url(cli_env: dict[str, str], monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("ASSISTANT_ODOO__URL")
    get_settings.cache_clear()
    result = invoke("worker")
    assert result.exit_code == 2 and "ASSISTANT_ODOO__URL" in result.output
