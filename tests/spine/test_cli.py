"""The ``assistant`` command line against the sandbox and the embedded PostgreSQL (env-var configuration)."""

from __future__ import annotations

import socket

import pytest
import sqlalchemy as sa
from typer.testing import CliRunner

from assistant.cli import app
from assistant.settings import get_settings


@pytest.fixture
def cli_env(db_url, sandbox, tmp_path, monkeypatch):
    env = {
        "ASSISTANT_ODOO__URL": sandbox.url,
        "ASSISTANT_ODOO__DB": sandbox.db,
        "ASSISTANT_ODOO__USER": "admin",
        "ASSISTANT_ODOO__PASSWORD": "admin",
        "ASSISTANT_DB__URL": db_url,
        "ASSISTANT_DB__DATA_DIR": str(tmp_path),
    }
    for key, value in env.items():
        monkeypatch.setenv(key, value)
    monkeypatch.chdir(tmp_path)  # no stray .env
    get_settings.cache_clear()
    yield env
    get_settings.cache_clear()


def invoke(*args: str):
    return CliRunner().invoke(app, list(args), catch_exceptions=False)


def test_run_then_log_list_show_verify(cli_env, sandbox):
    result = invoke("run", "project_status", "--all")
    assert result.exit_code == 0, result.output
    assert "Project status summary" in result.output
    listed = invoke("log", "list", "--json")
    lines = [line for line in listed.output.splitlines() if line.startswith("{")]
    assert len(lines) == len(sandbox.data.search_read("project.project", [["active", "=", True]], ["id"]))
    import json

    run_id = json.loads(lines[0])["run_id"]
    shown = invoke("log", "show", run_id[:8], "--json")
    assert shown.exit_code == 0 and json.loads(shown.output)["run_id"] == run_id
    engine = sa.create_engine(cli_env["ASSISTANT_DB__URL"])
    with engine.connect() as conn:
        audited = conn.execute(sa.text("SELECT action, target FROM access_audit")).all()
    engine.dispose()
    assert ("log.show", run_id) in [tuple(r) for r in audited]
    assert invoke("log", "verify").exit_code == 0


def test_verify_names_the_row_edited_in_sql(cli_env):
    assert invoke("run", "project_status", "--all").exit_code == 0
    engine = sa.create_engine(cli_env["ASSISTANT_DB__URL"])
    with engine.begin() as conn:
        target = conn.execute(sa.text("SELECT id FROM prompt_log ORDER BY id LIMIT 1 OFFSET 2")).scalar()
        conn.execute(
            sa.text("UPDATE prompt_log SET raw_output = raw_output || ' (edited)' WHERE id = :i"),
            {"i": target},
        )
    engine.dispose()
    result = invoke("log", "verify")
    assert result.exit_code == 1
    assert f"row id {target} " in result.output and "BROKEN" in result.output


def test_verify_detects_a_deleted_row(cli_env):
    assert invoke("run", "project_status", "--all").exit_code == 0
    engine = sa.create_engine(cli_env["ASSISTANT_DB__URL"])
    with engine.begin() as conn:
        second, third = conn.execute(
            sa.text("SELECT id FROM prompt_log ORDER BY id LIMIT 2 OFFSET 1")
        ).scalars()
        conn.execute(sa.text("DELETE FROM prompt_log WHERE id = :i"), {"i": second})
    engine.dispose()
    result = invoke("log", "verify")
    assert result.exit_code == 1 and f"row id {third} " in result.output


def _closed_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def test_unreachable_odoo_is_one_line_and_exit_2(cli_env, monkeypatch):
    monkeypatch.setenv("ASSISTANT_ODOO__URL", f"http://127.0.0.1:{_closed_port()}")
    get_settings.cache_clear()
    result = CliRunner().invoke(app, ["run", "project_status", "--all"])
    assert result.exit_code == 2
    assert "unreachable" in result.output and "Traceback" not in result.output
    assert len(result.output.strip().splitlines()) == 1


def test_wrong_password_is_one_line_and_exit_2(cli_env, monkeypatch):
    monkeypatch.setenv("ASSISTANT_ODOO__PASSWORD", "wrong")
    get_settings.cache_clear()
    result = CliRunner().invoke(app, ["run", "project_status", "--all"])
    assert result.exit_code == 2 and "login refused" in result.output and "Traceback" not in result.output


def test_odoo_down_midway_is_exit_2(cli_env, sandbox):
    sandbox.set_down(True)
    result = CliRunner().invoke(app, ["run", "project_status", "--all"])
    sandbox.set_down(False)
    assert result.exit_code == 2 and "Traceback" not in result.output


def test_bad_arguments_are_clear(cli_env):
    assert invoke("run", "project_status").exit_code == 2
    unknown = invoke("run", "no_such_task", "--all")
    assert unknown.exit_code == 2 and "unknown task" in unknown.output
    missing = invoke("log", "show", "ffffffff")
    assert missing.exit_code == 2 and "no run" in missing.output


def test_settings_env_names(monkeypatch, tmp_path):
    from assistant.settings import Settings

    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("ASSISTANT_LLM__BASE_URL", "http://llm.local/v1")
    monkeypatch.setenv("ASSISTANT_LLM__MODEL", "m")
    monkeypatch.setenv("ASSISTANT_LLM__API_KEY", "sk-secret")
    monkeypatch.setenv("ASSISTANT_ODOO__PASSWORD", "pw")
    s = Settings()
    assert s.llm.base_url == "http://llm.local/v1" and s.llm.model == "m"
    assert s.llm.api_key.get_secret_value() == "sk-secret" and "sk-secret" not in repr(s)
    assert s.odoo.password.get_secret_value() == "pw" and "pw" not in str(s.odoo)
    (tmp_path / ".env").write_text("ASSISTANT_ODOO__DB=fromdotenv\n")
    assert Settings().odoo.db == "fromdotenv"
