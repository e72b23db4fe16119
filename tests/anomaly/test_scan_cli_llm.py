"""``assistant scan anomalies`` on the command line, and the optional model ranking through the pipeline."""

from __future__ import annotations

import json
from typing import Any

import httpx
import pytest
from typer.testing import CliRunner

from assistant import runtime
from assistant.anomaly.scan import scan_anomalies
from assistant.cli import app
from assistant.settings import get_settings
from tests.anomaly.helpers import saturdays, weekend_line
from tests.fakes import FakeLLM, completion


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
    monkeypatch.chdir(tmp_path)
    get_settings.cache_clear()
    yield env
    get_settings.cache_clear()


def test_cli_json_dry_run_prints_every_flag_and_writes_nothing(cli_env, sandbox):
    result = CliRunner().invoke(
        app,
        ["scan", "anomalies", "--json", "--dry-run", "--kinds", "timesheet,expense"],
        catch_exceptions=False,
    )
    assert result.exit_code == 0, result.output
    rows = [json.loads(line) for line in result.stdout.splitlines() if line.startswith("{")]
    assert rows and all(
        {"kind", "odoo_model", "record_ids", "severity", "score", "reason", "evidence"} <= set(r)
        for r in rows
    )
    assert {r["kind"].split("_")[0] for r in rows} <= {"ts", "task", "project", "exp"}
    assert all(r["type"] == "flag" and r["status"] == "new" and r["activity_id"] is None for r in rows)
    assert all(r["group_status"] == "new" and len(r["group_key"]) == 64 for r in rows)
    assert sandbox.data.search_read("mail.activity", [["summary", "ilike", "Anomaly:"]], ["id"]) == []
    again = CliRunner().invoke(app, ["scan", "anomalies", "--kinds", "ts_weekend"], catch_exceptions=False)
    assert again.exit_code == 0 and "ts_weekend" in again.stdout
    assert CliRunner().invoke(app, ["scan", "anomalies", "--kinds", "nope"]).exit_code == 2


def test_cli_json_says_when_a_new_occurrence_is_attached_to_the_open_activity(cli_env, sandbox):
    employee = sandbox.data.create("hr.employee", {"name": "Wendy Weekend"})
    first_sat, second_sat, third_sat = saturdays(2, 4, 6)
    weekend_line(sandbox, employee, first_sat)
    weekend_line(sandbox, employee, second_sat)

    def scan_json() -> list[dict[str, Any]]:
        out = CliRunner().invoke(
            app, ["scan", "anomalies", "--json", "--kinds", "ts_weekend"], catch_exceptions=False
        )
        assert out.exit_code == 0, out.output
        return [r for r in map(json.loads, out.stdout.splitlines()) if r.get("target_id") == employee]

    first = scan_json()
    assert [r["status"] for r in first] == ["new", "new"] and len({r["group_key"] for r in first}) == 1
    activity = first[0]["activity_id"]
    assert activity and first[1]["activity_id"] == activity and first[0]["group_status"] == "new"
    line = weekend_line(sandbox, employee, third_sat)
    second = {r["subject"]: r for r in scan_json()}
    assert set(second) == {f"weekend of {d}" for d in (first_sat, second_sat, third_sat)}
    added = second[f"weekend of {third_sat}"]
    assert added["status"] == "attached" and added["activity_id"] == activity and added["listed"] is False
    assert added["group_key"] == first[0]["group_key"] and added["group_status"] == "open"
    assert all(
        r["status"] == "open" and r["activity_id"] == activity for r in second.values() if r is not added
    )
    acts = sandbox.data.search_read(
        "mail.activity", [["res_model", "=", "hr.employee"], ["res_id", "=", employee]], ["id"]
    )
    assert [a["id"] for a in acts] == [activity]
    sandbox.data.unlink("account.analytic.line", [line])
    third = scan_json()
    resolved = [r for r in third if r["status"] == "resolved"]
    assert [(r["type"], r["key"], r["activity_id"]) for r in resolved] == [("flag", added["key"], activity)]
    assert not any(r["type"] == "group" for r in third)  # two weekends are still open


def _ranking(body: dict[str, Any], *, invent: bool = False) -> httpx.Response:
    facts = json.loads(body["messages"][-1]["content"].split("\n", 1)[1])
    keys = [c["flag"] for c in facts["candidates"]][::-1]  # the model disagrees with the score order
    ranking = [
        {"flag": k, "explanation": "Check this first: it affects what the client is billed."} for k in keys
    ]
    if invent:
        ranking.insert(0, {"flag": "deadbeef0000", "explanation": "An extra flag the code never raised."})
    return httpx.Response(200, json=completion(json.dumps({"ranking": ranking})))


@pytest.mark.parametrize("invent", [False, True])
def test_model_ranks_and_explains_only_candidates(settings, sandbox, invent):
    fake = FakeLLM(default=lambda body: _ranking(body, invent=invent))
    settings.llm.base_url, settings.llm.model = "http://fake-llm.invalid/v1", "fake-model"
    rt = runtime.Runtime.open(settings)
    with runtime.odoo(settings) as gw, runtime.backend(settings, "openai", http_client=fake.client()) as gen:
        result = scan_anomalies(settings, gw, rt, kinds=["timesheet"], backend=gen)
    assert len(fake.requests) == 1
    names = [v for f in result.flags for k, v in f.sensitive if k == "PERSON"]
    assert names and not any(n in fake.sent_text() for n in names), "names must be redacted before the model"
    row = rt.log.get(result.ranking_run_id)
    assert row.task == "anomaly_ranking" and row.model == "fake-model"
    notes = [
        a["note"]
        for a in sandbox.data.search_read("mail.activity", [["summary", "ilike", "Anomaly:"]], ["note"])
    ]
    assert len(notes) == len({f.group_key for f in result.flags}) == len(result.created)
    if invent:
        assert row.status == "fallback" and any(c["rule"] == "unknown_flag" for c in row.check_results)
        assert result.explanations == {} and not any("Check this first" in n for n in notes)
    else:
        assert row.status == "ok" and result.ranking_status == "ok"
        top = min(len(result.flags), settings.anomaly.llm_max_candidates)
        assert len(result.explanations) == top
        assert sum(n.count("Check this first") for n in notes) == top  # each explanation in its group's note
        explained = {f.group_key for f in result.flags if f.key in result.explanations}
        assert sum("Check this first" in n for n in notes) == len(explained)
        assert all("fake-model" in n for n in notes if "Check this first" in n)
