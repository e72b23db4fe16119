"""``scan_anomalies`` end to end: the Odoo sandbox over JSON-RPC, the embedded PostgreSQL, real redaction."""

from __future__ import annotations

import sqlalchemy as sa

from assistant import runtime
from assistant.anomaly.scan import ScanResult, scan_anomalies
from assistant.anomaly.state import ScanState
from assistant.pipeline import marker
from assistant.settings import Settings


def scan(settings: Settings, **kw: object) -> ScanResult:
    rt = runtime.Runtime.open(settings)
    with runtime.odoo(settings) as gw:
        return scan_anomalies(settings, gw, rt, **kw)  # type: ignore[arg-type]


def activities(sandbox: object) -> list[dict]:
    return sandbox.data.search_read("mail.activity", [["summary", "ilike", "Anomaly:"]],  # type: ignore[attr-defined]
                                    ["res_model", "res_id", "summary", "note"])


def log_rows(settings: Settings) -> list:
    return runtime.Runtime.open(settings).log.list(limit=1000)


def test_first_scan_lands_one_activity_per_flag_and_logs_every_flag(settings, sandbox):
    result = scan(settings)
    assert result.flags and len(result.new) == len(result.flags) and not result.errors
    acts = activities(sandbox)
    assert len(acts) == len(result.flags)
    by_marker = {a["summary"][-12:]: a for a in acts}
    for f in result.flags:
        act = by_marker[marker(f.key)]
        assert (act["res_model"], act["res_id"]) == (f.target_model, f.target_id)
        assert result.activity_ids[f.key] == act["id"]
        assert f.reason.split(" ")[0] in act["note"] or f.kind == "exp_over_limit"
    assert {f.target_model for f in result.flags} >= {"hr.employee", "project.task", "hr.expense"}
    rows = log_rows(settings)
    assert all(r.model == "rules" and r.task == "anomaly_scan" for r in rows)
    assert [r.prompt_name for r in rows].count("anomaly.scan") == 1
    flag_rows = {r.run_key: r for r in rows if r.prompt_name != "anomaly.scan"}
    assert set(flag_rows) == {f.key for f in result.flags}
    assert all(flag_rows[k].activity_id == v for k, v in result.activity_ids.items())
    assert runtime.Runtime.open(settings).log.verify().ok


def test_logged_evidence_is_redacted_and_the_note_keeps_names(settings, sandbox):
    result = scan(settings, kinds=["ts_weekend"])
    flag = result.flags[0]
    name = flag.sensitive[0][1]
    row = next(r for r in log_rows(settings) if r.run_key == flag.key)
    logged = str(row.parsed_output)
    assert name not in logged and "<PERSON_" in logged
    assert row.redaction_report["counts"].get("PERSON", 0) >= 1
    note = next(a["note"] for a in activities(sandbox) if marker(flag.key) in a["summary"])
    assert name in note


def test_rescan_never_duplicates_and_reports_resolved_flags(settings, sandbox):
    first = scan(settings)
    count = len(activities(sandbox))
    second = scan(settings)
    assert second.incremental and not second.new and len(second.open_keys) == len(first.flags)
    assert len(activities(sandbox)) == count
    dup = next(f for f in first.flags if f.kind == "ts_duplicate")
    sandbox.data.unlink("account.analytic.line", [dup.record_ids[-1]])
    third = scan(settings)
    assert [r["key"] for r in third.resolved] == [dup.key] and not third.new
    resolved = [r for r in log_rows(settings) if r.status == "resolved"]
    assert [(r.run_key, r.odoo_model, r.odoo_id) for r in resolved] == [(dup.key, dup.target_model, dup.target_id)]
    assert dup.key not in ScanState(runtime.Runtime.open(settings).db).open_flags()


def test_incremental_scan_reads_the_changes_and_flags_them(settings, sandbox):
    first = scan(settings)
    employee = sandbox.data.search_read("hr.employee", [], ["id"])[-1]["id"]
    line = sandbox.data.search_read("account.analytic.line", [["employee_id", "=", employee]],
                                    ["task_id", "project_id", "date"], order="date desc", limit=1)[0]
    sandbox.data.create("account.analytic.line", {"employee_id": employee, "task_id": line["task_id"][0],
                                                  "project_id": line["project_id"][0], "date": line["date"],
                                                  "unit_amount": 9.0, "name": "Release night"})
    second = scan(settings, kinds=["ts_daily_excess"])
    assert second.incremental and second.scope["full"] == 0
    assert 0 < second.scope["rows_timesheets"] < first.scope["rows_timesheets"] / 2
    new = [f for f in second.flags if f.key in second.new]
    assert [(f.kind, f.target_id, f.subject) for f in new] == [("ts_daily_excess", employee, line["date"])]
    assert set(second.open_keys) == {f.key for f in first.flags if f.kind == "ts_daily_excess"}


def test_dry_run_writes_nothing_and_keeps_the_state(settings, sandbox):
    dry = scan(settings, dry_run=True)
    assert dry.flags and not dry.activity_ids and activities(sandbox) == []
    assert all(r.status == "dry_run" for r in log_rows(settings))
    assert ScanState(runtime.Runtime.open(settings).db).open_flags() == {}
    real = scan(settings)
    assert len(real.new) == len(dry.flags)


def test_lost_state_does_not_duplicate_open_activities(settings, sandbox):
    first = scan(settings)
    count = len(activities(sandbox))
    engine = sa.create_engine(settings.db.url.get_secret_value().replace("postgresql://", "postgresql+psycopg://"))
    with engine.begin() as conn:
        conn.execute(sa.text("DELETE FROM kv_state"))
    engine.dispose()
    again = scan(settings)
    assert not again.new and len(activities(sandbox)) == count
    assert set(again.activity_ids) == {f.key for f in first.flags}
