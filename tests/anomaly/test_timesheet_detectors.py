"""Timesheet detectors on hand-built frames: each fires on its pattern, stays silent on ordinary data, and
follows its threshold."""

from __future__ import annotations

import pytest

from tests.anomaly.helpers import data, line, ordinary_days, run


def test_ordinary_weeks_raise_nothing() -> None:
    d = data(ordinary_days(1) + ordinary_days(2, first_id=2000))
    from assistant.anomaly.config import AnomalySettings
    from assistant.anomaly.detectors import detect

    assert detect(d, AnomalySettings()) == []


def test_daily_excess_names_the_day_and_follows_the_limit() -> None:
    rows = ordinary_days(1) + [line(1, "2025-03-05", 6.0, task=2, name="release night")]  # 7.75 + 6 = 13.75
    flags = run(data(rows), "ts_daily_excess")
    assert [(f.target_model, f.target_id, f.subject) for f in flags] == [("hr.employee", 1, "2025-03-05")]
    assert flags[0].evidence["hours"] == pytest.approx(13.75)
    assert set(flags[0].record_ids) == {1, 1002}
    assert "13.75 h" in flags[0].reason and "12 h" in flags[0].reason
    assert run(data(rows), "ts_daily_excess", max_daily_hours=14) == []


def test_weekly_excess_sums_the_iso_week() -> None:
    rows = [
        line(i, d, 11.5)
        for i, d in enumerate(["2025-03-03", "2025-03-04", "2025-03-05", "2025-03-06", "2025-03-07"], 1)
    ]
    flags = run(data(rows), "ts_weekly_excess")
    assert len(flags) == 1 and flags[0].subject == "week of 2025-03-03"
    assert flags[0].evidence["hours"] == pytest.approx(57.5)
    assert run(data(rows), "ts_weekly_excess", max_weekly_hours=60) == []


def test_weekend_and_leave() -> None:
    rows = ordinary_days(1, days=10) + [line(1, "2025-03-08", 3.0), line(2, "2025-03-12", 5.0, emp=2)]
    leaves = [{"id": 7, "employee_id": 2, "date_from": "2025-03-11", "date_to": "2025-03-13"}]
    weekend = run(data(rows), "ts_weekend")
    assert [(f.target_id, f.subject) for f in weekend] == [(1, "weekend of 2025-03-08")]
    flags = run(data(rows, leaves=leaves, has_leave_data=True), "ts_on_leave")
    assert [(f.target_id, f.subject, f.record_ids) for f in flags] == [(2, "leave 7", (2,))]
    assert run(data(rows, leaves=leaves, has_leave_data=False), "ts_on_leave") == []


def test_exact_and_near_duplicates_are_told_apart() -> None:
    rows = [
        line(1, "2025-03-04", 2.0, name="Client workshop"),
        line(2, "2025-03-04", 2.0, name="client  workshop"),
        line(3, "2025-03-05", 1.5, name="Draft the report for Q1"),
        line(4, "2025-03-05", 1.75, name="draft report for Q1."),
        line(5, "2025-03-06", 1.5, name="Design review"),
        line(6, "2025-03-06", 1.5, name="Invoice checks"),
    ]
    exact = run(data(rows), "ts_duplicate")
    near = run(data(rows), "ts_near_duplicate")
    assert [(f.target_model, f.target_id, f.record_ids) for f in exact] == [("project.task", 1, (1, 2))]
    assert [f.record_ids for f in near] == [(3, 4)]
    assert run(data(rows), "ts_near_duplicate", near_dup_hours_tolerance=0.0) == []


def test_near_duplicate_ignores_the_task_name_people_repeat() -> None:
    rows = [
        line(1, "2025-03-04", 2.0, name="Work on design"),
        line(2, "2025-03-04", 2.0, name="Review: design"),
    ]
    assert run(data(rows), "ts_near_duplicate") == []


def test_time_after_closure_deadline_and_archiving() -> None:
    tasks = [
        {
            "id": 1,
            "name": "Design",
            "project_id": 1,
            "is_closed": True,
            "state": "1_done",
            "closed_on": "2025-03-01",
            "date_deadline": "2025-02-01",
        },
        {"id": 2, "name": "Build", "project_id": 1, "date_deadline": "2025-01-10"},
        {"id": 3, "name": "Old", "project_id": 2, "is_closed": True, "closed_on": "2025-01-01"},
    ]
    projects = [
        {"id": 1, "name": "Alpha", "active": True},
        {"id": 2, "name": "Beta", "active": False, "write_date": "2025-04-01 10:00:00"},
    ]
    rows = [
        line(1, "2025-03-05", 2.0, task=1),
        line(2, "2025-03-20", 2.0, task=1),
        line(3, "2025-02-05", 3.0, task=2),
        line(4, "2025-03-10", 3.0, task=2),
        line(5, "2025-03-30", 1.0, task=3, project=2),
        line(6, "2025-04-02", 1.0, task=3, project=2),
    ]
    d = data(rows, tasks=tasks, projects=projects)
    closed = run(d, "ts_closed_task")
    assert [(f.target_id, f.record_ids) for f in closed] == [(1, (2,))]  # 2025-03-05 is within the grace
    assert [(f.target_id, f.record_ids) for f in run(d, "ts_closed_task", closed_task_grace_days=0)] == [
        (1, (1, 2))
    ]
    late = run(d, "ts_after_deadline")
    assert [(f.target_id, f.record_ids) for f in late] == [
        (2, (4,))
    ]  # task 1 is reported as closed, not late
    archived = run(d, "ts_archived_project")
    assert [(f.target_model, f.target_id, f.record_ids) for f in archived] == [("project.project", 2, (6,))]


def test_overrun_and_fast_burn() -> None:
    tasks = [
        {"id": 1, "name": "Design", "project_id": 1, "allocated_hours": 40, "effective_hours": 70},
        {"id": 2, "name": "Build", "project_id": 1, "allocated_hours": 40, "effective_hours": 45},
    ]
    projects = [
        {
            "id": 1,
            "name": "Alpha",
            "active": True,
            "allocated_hours": 100,
            "effective_hours": 80,
            "date_start": "2025-05-01",
            "date": "2025-10-01",
        },
        {"id": 2, "name": "Beta", "active": True, "allocated_hours": 100, "effective_hours": 160},
    ]
    d = data([], tasks=tasks, projects=projects)
    assert [f.target_id for f in run(d, "task_overrun")] == [1]
    assert run(d, "task_overrun", overrun_tolerance=1.0) == []
    assert [f.target_id for f in run(d, "project_overrun")] == [2]
    burn = run(d, "project_fast_burn")
    assert [f.target_id for f in burn] == [1]
    assert burn[0].evidence["burn_pct"] == 80 and burn[0].evidence["elapsed_pct"] == 31


def test_late_capture_groups_by_entry_week() -> None:
    rows = ordinary_days(1, days=10) + [
        line(1, "2025-03-03", 2.0, created="2025-04-02 09:00:00", task=2),
        line(2, "2025-03-04", 2.0, created="2025-04-03 09:00:00", task=2),
    ]
    flags = run(data(rows), "ts_late_capture")
    assert [(f.subject, f.record_ids, f.evidence["max_lag_days"]) for f in flags] == [
        ("entered week of 2025-03-31", (1, 2), 30)
    ]
    assert run(data(rows), "ts_late_capture", late_capture_days=40) == []


def test_outlier_is_personal_and_skips_days_over_the_absolute_limit() -> None:
    rows = ordinary_days(1) + ordinary_days(2, first_id=2000, pattern=(9.5, 10.0, 9.75, 10.25))
    rows += [
        line(1, "2025-03-05", 3.5, task=2, name="incident"),  # employee 1: 7.75 + 3.5 = 11.25
        line(2, "2025-03-05", 0.5, emp=2, task=2, name="incident"),
    ]  # employee 2: 10.25, ordinary for them
    flags = run(data(rows), "ts_outlier")
    assert [(f.target_id, f.subject) for f in flags] == [(1, "2025-03-05")]
    assert flags[0].evidence["robust_z"] > 3.5
    over = ordinary_days(1) + [line(1, "2025-03-05", 6.0, task=2)]  # 13.75: reported as daily excess instead
    assert run(data(over), "ts_outlier") == []


def test_identical_days_and_round_padding() -> None:
    same = ordinary_days(1, days=25, pattern=(7.5,))
    varied = ordinary_days(2, days=25, first_id=3000, pattern=(7.25, 7.5, 8.0, 7.75))
    flags = run(data(same + varied), "ts_identical_pattern")
    assert [(f.target_id, f.evidence["working_days"]) for f in flags] == [(1, 25)]
    assert run(data(same + varied), "ts_identical_pattern", identical_min_days=30) == []
    whole = [
        line(5000 + k, d.date().isoformat(), float(k % 3 + 2), emp=2)
        for k, d in enumerate(__import__("pandas").bdate_range("2025-03-03", periods=22))
    ]
    pad = run(data(ordinary_days(1, days=60, pattern=(7.25, 7.75, 8.5)) + whole), "ts_round_padding")
    assert [(f.target_id, f.subject) for f in pad] == [(2, "2025-03")]
