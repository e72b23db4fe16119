"""Timesheet volume detectors: excess hours per day and per week, weekend time, time on leave, late capture.

All flags land on the employee (``hr.employee``): timesheet lines carry no activities and these findings are
about a person's time, not about one task.
"""

from __future__ import annotations

import pandas as pd

from assistant.anomaly.detectors.common import Ctx, count, day, fmt, week_start, weekday_day
from assistant.anomaly.flags import Flag, ratio_score, severity_for

TS = "account.analytic.line"
EMP = "hr.employee"


def _emp_flag(
    ctx: Ctx,
    kind: str,
    emp: int,
    ids: list[int],
    subject: str,
    score: float,
    reason: str,
    evidence: dict[str, object],
    table: dict[str, object] | None,
) -> Flag:
    return Flag(
        kind=kind,
        odoo_model=TS,
        record_ids=tuple(ids),
        target_model=EMP,
        target_id=emp,
        severity=severity_for(score),
        score=score,
        reason=reason,
        evidence=evidence,
        subject=subject,
        scope=f"employee:{emp}",
        assignee_id=ctx.emp_manager.get(emp) or None,
        sensitive=ctx.employee_sensitive(emp),
        table=table or {},
    )


def daily_excess(ctx: Ctx) -> list[Flag]:
    limit = ctx.th.max_daily_hours
    d = ctx.daily
    hot = d[d["hours"] > limit]
    if hot.empty:
        return []
    lines = ctx.ts.merge(hot[["employee_id", "date"]], on=["employee_id", "date"])
    ids, tables = ctx.ids_by(lines, ["employee_id", "date"]), ctx.line_tables(lines, ["employee_id", "date"])
    flags = []
    for emp, date, hours, n in hot[["employee_id", "date", "hours", "n"]].itertuples(index=False):
        key = (emp, date)
        score = ratio_score(hours, limit, span=0.5)
        flags.append(
            _emp_flag(
                ctx,
                "ts_daily_excess",
                emp,
                ids[key],
                day(date),
                score,
                f"{ctx.employee(emp)} logged {fmt(hours)} h on {weekday_day(date)} in {count(n, 'entry')}, above the daily "
                f"limit of {fmt(limit)} h.",
                {"date": day(date), "hours": hours, "entries": n, "limit_hours": limit},
                tables.get(key),
            )
        )
    return flags


def weekly_excess(ctx: Ctx) -> list[Flag]:
    limit = ctx.th.max_weekly_hours
    t = ctx.ts
    if t.empty:
        return []
    t = t.assign(week=week_start(t["date"]))
    w = t.groupby(["employee_id", "week"], sort=True)["hours"].agg(["sum", "size"]).reset_index()
    hot = w[w["sum"] > limit]
    if hot.empty:
        return []
    lines = t.merge(hot[["employee_id", "week"]], on=["employee_id", "week"])
    ids = ctx.ids_by(lines, ["employee_id", "week"])
    per_day = lines.groupby(["employee_id", "week", "date"])["hours"].sum().reset_index()
    tables: dict[tuple[int, pd.Timestamp], list[list[object]]] = {}
    for emp, week, date, hours in per_day.itertuples(index=False):
        tables.setdefault((emp, week), []).append([weekday_day(date), float(hours)])
    flags = []
    for emp, week, hours, n in hot.itertuples(index=False):
        key = (emp, week)
        score = ratio_score(hours, limit, span=0.4)
        flags.append(
            _emp_flag(
                ctx,
                "ts_weekly_excess",
                emp,
                ids[key],
                f"week of {day(week)}",
                score,
                f"{ctx.employee(emp)} logged {fmt(hours)} h in the week of {day(week)}, above the weekly limit of "
                f"{fmt(limit)} h.",
                {"week_start": day(week), "hours": hours, "entries": n, "limit_hours": limit},
                {"columns": ["day", "hours"], "rows": tables.get(key, [])},
            )
        )
    return flags


def weekend(ctx: Ctx) -> list[Flag]:
    t = ctx.ts
    if t.empty:
        return []
    we = t[t["date"].dt.weekday >= 5]
    if we.empty:
        return []
    we = we.assign(week=week_start(we["date"]))
    g = we.groupby(["employee_id", "week"], sort=True)["hours"].sum().reset_index()
    hot = g[g["hours"] >= max(ctx.th.weekend_min_hours, 1e-9)]
    lines = we.merge(hot[["employee_id", "week"]], on=["employee_id", "week"])
    ids, tables = ctx.ids_by(lines, ["employee_id", "week"]), ctx.line_tables(lines, ["employee_id", "week"])
    flags = []
    for emp, week, hours in hot.itertuples(index=False):
        key = (emp, week)
        saturday = week + pd.Timedelta(days=5)
        score = min(1.0, 0.2 + hours / 16)
        flags.append(
            _emp_flag(
                ctx,
                "ts_weekend",
                emp,
                ids[key],
                f"weekend of {day(saturday)}",
                score,
                f"{ctx.employee(emp)} logged {fmt(hours)} h on the weekend of {day(saturday)}.",
                {"weekend_of": day(saturday), "hours": hours},
                tables.get(key),
            )
        )
    return flags


def on_leave(ctx: Ctx) -> list[Flag]:
    lv = ctx.data.leaves
    t = ctx.ts
    if lv.empty or t.empty or not ctx.data.has_leave_data:
        return []
    lv = lv[lv["date_from"].notna() & lv["date_to"].notna()]
    spans = (lv["date_to"] - lv["date_from"]).dt.days.clip(lower=0, upper=366) + 1
    days = lv.loc[lv.index.repeat(spans)].copy()
    days["date"] = days["date_from"] + pd.to_timedelta(days.groupby(level=0).cumcount(), unit="D")
    days = days.rename(columns={"id": "leave_id"})[
        ["leave_id", "employee_id", "date", "date_from", "date_to"]
    ]
    lines = t.merge(days, on=["employee_id", "date"])
    if lines.empty:
        return []
    g = (
        lines.groupby(["employee_id", "leave_id"], sort=True)
        .agg(
            hours=("hours", "sum"),
            days=("date", "nunique"),
            date_from=("date_from", "first"),
            date_to=("date_to", "first"),
        )
        .reset_index()
    )
    hot = g[g["hours"] >= max(ctx.th.leave_min_hours, 1e-9)]
    lines = lines.merge(hot[["employee_id", "leave_id"]], on=["employee_id", "leave_id"])
    ids, tables = (
        ctx.ids_by(lines, ["employee_id", "leave_id"]),
        ctx.line_tables(lines, ["employee_id", "leave_id"]),
    )
    flags = []
    for emp, leave, hours, ndays, start, end in hot.itertuples(index=False):
        key = (emp, leave)
        score = min(1.0, 0.3 + hours / 16)
        period = day(start) if start == end else f"{day(start)} to {day(end)}"
        flags.append(
            _emp_flag(
                ctx,
                "ts_on_leave",
                emp,
                ids[key],
                f"leave {leave}",
                score,
                f"{ctx.employee(emp)} logged {fmt(hours)} h on {count(ndays, 'day')} of validated leave ({period}).",
                {
                    "leave_id": leave,
                    "leave_from": day(start),
                    "leave_to": day(end),
                    "hours": hours,
                    "days": ndays,
                },
                tables.get(key),
            )
        )
    return flags


def late_capture(ctx: Ctx) -> list[Flag]:
    t = ctx.ts
    if t.empty:
        return []
    lag = (t["create_date"].dt.normalize() - t["date"]).dt.days
    late = t[lag > ctx.th.late_capture_days].assign(lag=lag)
    if late.empty:
        return []
    late = late.assign(week=week_start(late["create_date"].dt.normalize()))
    g = (
        late.groupby(["employee_id", "week"], sort=True)
        .agg(hours=("hours", "sum"), n=("id", "size"), max_lag=("lag", "max"), oldest=("date", "min"))
        .reset_index()
    )
    ids, tables = ctx.ids_by(late, ["employee_id", "week"]), ctx.line_tables(late, ["employee_id", "week"])
    flags = []
    limit = ctx.th.late_capture_days
    for emp, week, hours, n, max_lag, oldest in g.itertuples(index=False):
        key = (emp, week)
        score = ratio_score(max_lag, limit, span=3.0)
        flags.append(
            _emp_flag(
                ctx,
                "ts_late_capture",
                emp,
                ids[key],
                f"entered week of {day(week)}",
                score,
                f"{ctx.employee(emp)} entered {count(n, 'time entry')} ({fmt(hours)} h) in the week of {day(week)} for work "
                f"up to {int(max_lag)} days earlier (oldest {day(oldest)}); the limit is {limit} days.",
                {
                    "entered_week_of": day(week),
                    "entries": n,
                    "hours": hours,
                    "max_lag_days": int(max_lag),
                    "oldest_work_date": day(oldest),
                    "limit_days": limit,
                },
                tables.get(key),
            )
        )
    return flags
