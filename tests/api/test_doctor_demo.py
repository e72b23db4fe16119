"""``assistant doctor`` proves each part with a real round trip and fails when one fails; ``assistant demo``
exits non-zero and names the step that failed."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from assistant import local_llm
from assistant.cli import app
from assistant.errors import LLMUnavailable
from assistant.settings import get_settings
from benchmarks._service import free_port


@pytest.fixture
def env(db_url: str, sandbox: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    for key, value in {
        "ASSISTANT_ODOO__URL": sandbox.url,
        "ASSISTANT_ODOO__DB": sandbox.db,
        "ASSISTANT_DB__URL": db_url,
        "ASSISTANT_DB__DATA_DIR": str(tmp_path),
    }.items():
        monkeypatch.setenv(key, value)
    get_settings.cache_clear()
    yield
    get_settings.cache_clear()


def invoke(*args: str) -> Any:
    return CliRunner().invoke(app, list(args), catch_exceptions=False)


def test_doctor_round_trips(env: None) -> None:
    out = invoke("doctor", "--no-local-model")
    assert out.exit_code == 0, out.output
    assert "PostgreSQL" in out.output and "logged in as uid" in out.output


def test_doctor_fails_when_odoo_is_unreachable(env: None, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("ASSISTANT_ODOO__URL", f"http://127.0.0.1:{free_port()}")
    get_settings.cache_clear()
    out = invoke("doctor", "--no-local-model")
    assert out.exit_code == 1, out.output
    assert "FAILED" in out.output and "OdooUnreachable" in out.output


def test_doctor_asks_the_model_endpoint_for_a_completion(env: None, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("ASSISTANT_LLM__PROVIDER", "openai")
    monkeypatch.setenv("ASSISTANT_LLM__BASE_URL", f"http://127.0.0.1:{free_port()}/v1")
    monkeypatch.setenv("ASSISTANT_LLM__MAX_RETRIES", "0")
    get_settings.cache_clear()
    out = invoke("doctor", "--no-local-model")
    assert out.exit_code == 1, out.output
    assert "llm (openai)" in out.output and "FAILED" in out.output


def test_doctor_fails_when_the_local_model_cannot_answer(env: None, monkeypatch: pytest.MonkeyPatch) -> None:
    """What an AMX build did: installed, but the server dies on the first completion."""
    monkeypatch.setattr(local_llm, "available", lambda: (True, "ok"))

    def crash(self: Any) -> str:
        raise LLMUnavailable("local llama.cpp server exited: general protection fault")

    monkeypatch.setattr(local_llm.LocalLlamaServer, "start", crash)
    out = invoke("doctor")
    assert out.exit_code == 1, out.output
    assert "local model" in out.output and "general protection" in out.output


def test_demo_names_the_failed_step_and_exits_non_zero(
    db_url: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("ASSISTANT_DB__URL", db_url)
    monkeypatch.setenv("ASSISTANT_DB__DATA_DIR", str(tmp_path))
    monkeypatch.delenv("ASSISTANT_ODOO__URL", raising=False)
    get_settings.cache_clear()
    monkeypatch.setattr(local_llm, "available", lambda: (True, "ok"))

    def crash(self: Any) -> str:
        raise LLMUnavailable("LLM endpoint unreachable")

    monkeypatch.setattr(local_llm.LocalLlamaServer, "start", crash)
    try:
        out = invoke("demo", "--llm", "local", "--local-limit", "1")
    finally:
        get_settings.cache_clear()
    assert out.exit_code == 1, out.output
    assert "demo failed" in out.output and "5 local model" in out.output and "unreachable" in out.output
