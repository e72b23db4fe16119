"""`assistant demo` end to end on the embedded defaults (sandbox state and data in a temporary directory)."""

from __future__ import annotations

import json

import pytest
import sqlalchemy as sa
from typer.testing import CliRunner

from assistant.cli import app
from assistant.settings import get_settings

pytestmark = pytest.mark.slow


def _activities(state) -> list[dict]:
    records = json.loads(state.read_text())["records"]["mail.activity"]
    rows = records.values() if isinstance(records, dict) else records
    return [a for a in rows if "[" in str(a.get("summary"))]


def test_demo_twice_second_run_creates_nothing(db_url, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("ASSISTANT_DB__DATA_DIR", str(tmp_path))
    monkeypatch.setenv("ASSISTANT_DB__URL", db_url)
    get_settings.cache_clear()
    try:
        first = CliRunner().invoke(app, ["demo", "--llm", "rules"], catch_exceptions=False)
        assert first.exit_code == 0, first.output
        assert "Project status summaries for every project" in first.output
        state = tmp_path / "sandbox.json"
        created = _activities(state)
        projects = [
            p for p in json.loads(state.read_text())["records"]["project.project"] if p.get("active", True)
        ]
        assert len(
            [
                a
                for a in created
                if a.get("res_model") == "project.project" and "project status" in a["summary"]
            ]
        ) == len(projects)
        engine = sa.create_engine(db_url)
        with engine.connect() as conn:
            before = conn.execute(
                sa.text("SELECT count(*) FROM prompt_log WHERE activity_id IS NOT NULL")
            ).scalar()
        second = CliRunner().invoke(app, ["demo", "--llm", "rules"], catch_exceptions=False)
        assert second.exit_code == 0, second.output
        assert len(_activities(state)) == len(created), "a rerun without data changes must create no activity"
        with engine.connect() as conn:
            after = conn.execute(
                sa.text("SELECT count(*) FROM prompt_log WHERE activity_id IS NOT NULL")
            ).scalar()
            models = conn.execute(sa.text("SELECT DISTINCT model FROM prompt_log")).scalars().all()
        engine.dispose()
        assert after == before
        assert "unchanged" in second.output
        assert all("smollm" not in m for m in models)
    finally:
        get_settings.cache_clear()
