"""``scan_anomalies`` end to end: the Odoo sandbox over JSON-RPC, the embedded PostgreSQL, real redaction."""

from __future__ import annotations

import pytest
import sqlalchemy as sa

from assistant import runtime
from assistant.anomaly.scan import ScanResult, scan_anomalies
from assistant.anomaly.state import ScanState
from assistant.odoo import instance_of
from assistant.pipeline import marker
from assistant.settings import Settings
from tests.anomaly.helpers import raw_rpc, saturdays, weekend_line
from tests.conftest import TODAYS

pytestmark = pytest.mark.parametrize("today", TODAYS, indirect=True)


def scan(settings: Settings, **kw: object) -> ScanResult:
    rt = runtime.Runtime.open(settings)
    with runtime.odoo(settings) as gw:
        return scan_anomalies(settings, gw, rt, **kw)  # type: ignore[arg-type]


def activities(sandbox: object) -> list[dict]:
    return sandbox.data.search_read(
        "mail.activity",
        [["summary", "ilike", "Anomaly:"]],  # type: ignore[attr-defined]
        ["res_model", "res_id", "summary", "note"],
    )


def log_rows(settings: Settings) -> list:
    return runtime.Runtime.open(settings).log.list(limit=1000)


def flag_rows(rows: list) -> list:
    return [r for r in rows if (r.model_params or {}).get("row") == "flag"]


def activity_rows(rows: list) -> list:
    return [r for r in rows if (r.model_params or {}).get("row") == "activity"]


def test_first_scan_lands_one_activity_per_kind_and_record_and_logs_every_flag(settings, sandbox):
    result = scan(settings)
    assert result.flags and len(result.new) == len(result.flags) and not result.errors
    groups = {f.group_key for f in result.flags}
    assert len(groups) < len(result.flags), "the seeded firm has records with several flags of one kind"
    acts = activities(sandbox)
    assert len(acts) == len(groups) == len(result.created)
    for f in result.flags:
        [act] = [a for a in acts if marker(f.group_key) in a["summary"]]
        assert (act["res_model"], act["res_id"]) == (f.target_model, f.target_id)
        assert result.activity_ids[f.key] == result.created[f.group_key] == act["id"]
        assert f.key[:10] in act["note"]
        assert f.reason.split(" ")[0] in act["note"] or f.kind == "exp_over_limit"
    assert {f.target_model for f in result.flags} >= {"hr.employee", "project.task", "hr.expense"}
    rows = log_rows(settings)
    assert all(r.model == "rules" and r.task == "anomaly_scan" for r in rows)
    assert [r.prompt_name for r in rows].count("anomaly.scan") == 1
    by_flag = {r.run_key: r for r in flag_rows(rows)}
    assert set(by_flag) == {f.key for f in result.flags}
    assert all(r.activity_id is None for r in by_flag.values()), "only activity rows are reviewed"
    assert all(by_flag[k].parsed_output["activity_id"] == v for k, v in result.activity_ids.items())
    assert {by_flag[f.key].parsed_output["group_key"] for f in result.flags} == groups
    per_activity = {r.activity_id: r for r in activity_rows(rows)}
    assert set(per_activity) == {a["id"] for a in acts}
    for act in acts:  # review sync finds the reviewer's decision by the marker of the row's run key
        assert marker(per_activity[act["id"]].run_key) in act["summary"]
    assert runtime.Runtime.open(settings).log.verify().ok


def test_logged_evidence_is_redacted_and_the_note_keeps_names(settings, sandbox):
    result = scan(settings, kinds=["ts_weekend"])
    flag = result.flags[0]
    name = flag.sensitive[0][1]
    row = next(r for r in log_rows(settings) if r.run_key == flag.key)
    logged = str(row.parsed_output)
    assert name not in logged and "<PERSON_" in logged
    assert row.redaction_report["counts"].get("PERSON", 0) >= 1
    note = next(a["note"] for a in activities(sandbox) if marker(flag.group_key) in a["summary"])
    assert name in note


def test_rescan_never_duplicates_and_reports_resolved_flags(settings, sandbox):
    first = scan(settings)
    count = len(activities(sandbox))
    second = scan(settings)
    assert second.incremental and not second.new and not second.attached and not second.created
    assert len(second.open_keys) == len(first.flags)
    assert len(activities(sandbox)) == count
    assert second.activity_ids == first.activity_ids  # every flag line still names its group's activity
    dup = next(f for f in first.flags if f.kind == "ts_duplicate")
    siblings = [f for f in first.flags if f.group_key == dup.group_key and f.key != dup.key]
    sandbox.data.unlink("account.analytic.line", [dup.record_ids[-1]])
    third = scan(settings)
    assert [r["key"] for r in third.resolved] == [dup.key] and not third.new
    resolved = [r for r in log_rows(settings) if r.status == "resolved"]
    assert [(r.run_key, r.odoo_model, r.odoo_id) for r in flag_rows(resolved)] == [
        (dup.key, dup.target_model, dup.target_id)
    ]
    assert all(r.activity_id is None for r in resolved)
    assert flag_rows(resolved)[0].parsed_output["activity_id"] == first.activity_ids[dup.key]
    group_resolved = [r for r in resolved if r.model_params["row"] == "group"]
    assert [r.run_key for r in group_resolved] == ([] if siblings else [dup.group_key])
    assert dup.key not in ScanState(runtime.Runtime.open(settings).db, instance_of(settings)).open_flags()


def test_incremental_scan_reads_the_changes_and_flags_them(settings, sandbox):
    first = scan(settings)
    employee = sandbox.data.search_read("hr.employee", [], ["id"])[-1]["id"]
    line = sandbox.data.search_read(
        "account.analytic.line",
        [["employee_id", "=", employee]],
        ["task_id", "project_id", "date"],
        order="date desc",
        limit=1,
    )[0]
    sandbox.data.create(
        "account.analytic.line",
        {
            "employee_id": employee,
            "task_id": line["task_id"][0],
            "project_id": line["project_id"][0],
            "date": line["date"],
            "unit_amount": 9.0,
            "name": "Release night",
        },
    )
    second = scan(settings, kinds=["ts_daily_excess"])
    assert second.incremental and second.scope["full"] == 0
    assert 0 < second.scope["rows_timesheets"] < first.scope["rows_timesheets"] / 2
    new = [f for f in second.flags if f.key in second.new + second.attached]
    assert [(f.kind, f.target_id, f.subject) for f in new] == [("ts_daily_excess", employee, line["date"])]
    assert set(second.open_keys) == {f.key for f in first.flags if f.kind == "ts_daily_excess"}


def test_dry_run_writes_nothing_and_keeps_the_state(settings, sandbox):
    dry = scan(settings, dry_run=True)
    assert dry.flags and not dry.activity_ids and activities(sandbox) == []
    assert all(r.status == "dry_run" for r in log_rows(settings))
    assert ScanState(runtime.Runtime.open(settings).db, instance_of(settings)).open_flags() == {}
    real = scan(settings)
    assert len(real.new) == len(dry.flags)


def test_lost_state_does_not_duplicate_open_activities(settings, sandbox):
    first = scan(settings)
    count = len(activities(sandbox))
    engine = sa.create_engine(
        settings.db.url.get_secret_value().replace("postgresql://", "postgresql+psycopg://")
    )
    with engine.begin() as conn:
        conn.execute(sa.text("DELETE FROM kv_state"))
    engine.dispose()
    again = scan(settings)
    assert not again.new and not again.created and len(activities(sandbox)) == count
    assert (
        sorted(again.attached) == sorted(f.key for f in first.flags) and not again.unlisted
    )  # the notes list them
    assert again.activity_ids == first.activity_ids


def test_one_activity_per_kind_and_record_new_occurrences_attach_and_review_is_per_activity(
    settings, sandbox
):
    from assistant.reviews import sync_reviews

    employee = sandbox.data.create("hr.employee", {"name": "Wendy Weekend"})
    first_sat, second_sat, third_sat, fourth_sat = saturdays(3, 5, 7, 9)
    lines = [
        weekend_line(sandbox, employee, first_sat, 5.0),
        weekend_line(sandbox, employee, second_sat, 2.0),
    ]

    def on_employee() -> list[dict]:
        return [a for a in activities(sandbox) if (a["res_model"], a["res_id"]) == ("hr.employee", employee)]

    first = scan(settings, kinds=["ts_weekend"])
    mine = [f for f in first.flags if f.target_id == employee]
    assert len(mine) == 2 and mine[0].group_key == mine[1].group_key
    [act] = on_employee()
    assert first.created[mine[0].group_key] == act["id"] and all(
        first.activity_ids[f.key] == act["id"] for f in mine
    )
    assert marker(mine[0].group_key) in act["summary"] and "2 occurrences" in act["note"]
    assert act["note"].count("<table") == 1
    for line, sat in zip(
        lines, (first_sat, second_sat), strict=True
    ):  # both weekends in the one evidence table
        assert f"<td>{line}</td><td>{sat.isoformat()}</td>" in act["note"]
    assert act["note"].index(f"weekend of {first_sat}") < act["note"].index(
        f"weekend of {second_sat}"
    )  # 5 h first
    assert "HIGH severity" in act["note"] or "MEDIUM severity" in act["note"]

    lines.append(weekend_line(sandbox, employee, third_sat, 1.0))  # a third weekend: same kind, same employee
    second = scan(settings, kinds=["ts_weekend"])
    [third] = [f for f in second.flags if f.target_id == employee and f.key in second.attached]
    assert on_employee() == [act], (
        "a new occurrence never opens a second activity for the same kind and record"
    )
    assert not second.new and not second.created and second.activity_ids[third.key] == act["id"]
    assert second.status_of(third) == "attached" and second.groups[third.group_key] == "open"
    assert third.key in second.unlisted  # the open activity is not rewritten: its note does not list it
    rows = log_rows(settings)
    [row] = [r for r in flag_rows(rows) if r.run_key == third.key]
    assert row.activity_id is None and row.parsed_output["status"] == "attached"
    assert row.parsed_output["activity_id"] == act["id"] and row.parsed_output["listed"] is False
    assert len([r for r in activity_rows(rows) if r.activity_id == act["id"]]) == 1

    # the reviewer marks the activity done: one decision, on the activity's row; no flag row is read as cancelled
    reviewer = runtime.Runtime.open(settings)
    raw_rpc(
        sandbox, "mail.activity", "action_feedback", [[act["id"]]], {"feedback": "Agreed with the manager"}
    )
    with runtime.odoo(settings) as gw:
        report = sync_reviews(settings, gw, reviewer.db)
    assert report.rejected == 0 and report.accepted >= 1
    [activity_row] = [r for r in activity_rows(log_rows(settings)) if r.activity_id == act["id"]]
    assert [(v.decision, v.feedback) for v in reviewer.log.reviews(activity_row.run_id)] == [
        ("accepted", "Agreed with the manager")
    ]

    # the third weekend was never shown to a reviewer: now that the activity is closed, it gets its own
    third_scan = scan(settings, kinds=["ts_weekend"])
    [again] = on_employee()
    assert again["id"] != act["id"] and third_scan.relisted == [third.key] and not third_scan.new
    assert third_scan.created == {third.group_key: again["id"]} and third.key[:10] in again["note"]
    assert mine[0].key[:10] not in again["note"] and marker(third.group_key) in again["summary"]
    assert (
        third_scan.activity_ids[third.key] == again["id"]
        and third_scan.activity_ids[mine[0].key] == act["id"]
    )
    assert not scan(settings, kinds=["ts_weekend"]).created  # listed now: nothing more to raise

    # a fourth weekend while that one is open: attached to it
    lines.append(weekend_line(sandbox, employee, fourth_sat, 1.0))
    fourth_scan = scan(settings, kinds=["ts_weekend"])
    assert len(fourth_scan.attached) == 1 and on_employee() == [again]

    # every weekend line removed: each flag resolved, then the group
    sandbox.data.unlink("account.analytic.line", lines)
    last = scan(settings, kinds=["ts_weekend"])
    assert sorted(r["key"] for r in last.resolved) == sorted(
        f.key for f in [*mine, third, *(f for f in fourth_scan.flags if f.key in fourth_scan.attached)]
    )
    assert [(g["group_key"], sorted(g["activity_ids"])) for g in last.resolved_groups] == [
        (third.group_key, sorted([act["id"], again["id"]]))
    ]
    resolved = [r for r in log_rows(settings) if r.status == "resolved" and r.odoo_id == employee]
    assert len(flag_rows(resolved)) == 4 and [
        r.run_key for r in resolved if r.model_params["row"] == "group"
    ] == [third.group_key]
    assert not any(
        v["target_id"] == employee
        for v in ScanState(reviewer.db, instance_of(settings)).open_flags().values()
    )
