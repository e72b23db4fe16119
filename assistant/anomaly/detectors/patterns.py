"""Personal-pattern detectors, judged against each employee's own history with robust statistics:

- ``ts_outlier``: a day's total far above the employee's median, robust z = 0.6745 (x - median) / MAD (the MAD is
  floored so that very regular people do not turn every small deviation into a flag); days already above the
  absolute daily limit are left to ``ts_daily_excess``;
- ``ts_identical_pattern``: the same daily total on every working day for weeks;
- ``ts_round_padding``: nearly every entry of a month a whole number of hours, in a firm that normally logs
  fractions of hours (the rule stays silent where whole hours are the norm).
"""

from __future__ import annotations

import numpy as np

from assistant.anomaly.detectors.common import Ctx, day, fmt, weekday_day
from assistant.anomaly.detectors.volume import _emp_flag
from assistant.anomaly.flags import Flag, clip01


def outlier(ctx: Ctx) -> list[Flag]:
    th = ctx.th
    d = ctx.daily
    if d.empty:
        return []
    g = d.groupby("employee_id", sort=False)["hours"]
    med = g.transform("median")
    mad = (d["hours"] - med).abs().groupby(d["employee_id"], sort=False).transform("median")
    days = g.transform("size")
    z = 0.6745 * (d["hours"] - med) / np.maximum(mad, th.mad_floor_hours)
    hot_mask = (
        (days >= th.outlier_min_days)
        & (z > th.outlier_z)
        & (d["hours"] - med >= th.outlier_min_excess_hours)
        & (d["hours"] <= th.max_daily_hours)
    )
    hot = d[hot_mask].assign(median=med[hot_mask], mad=mad[hot_mask], z=z[hot_mask], days=days[hot_mask])
    if hot.empty:
        return []
    lines = ctx.ts.merge(hot[["employee_id", "date"]], on=["employee_id", "date"])
    ids, tables = ctx.ids_by(lines, ["employee_id", "date"]), ctx.line_tables(lines, ["employee_id", "date"])
    flags = []
    for emp, date, hours, _n, median, mad_v, zv, ndays in hot[
        ["employee_id", "date", "hours", "n", "median", "mad", "z", "days"]
    ].itertuples(index=False):
        key = (emp, date)
        score = clip01(0.2 + (zv - th.outlier_z) / (3 * th.outlier_z))
        flags.append(
            _emp_flag(
                ctx,
                "ts_outlier",
                emp,
                ids[key],
                day(date),
                score,
                f"{ctx.employee(emp)} logged {fmt(hours)} h on {weekday_day(date)}, far above their usual "
                f"{fmt(median)} h per day (robust z-score {fmt(zv, 1)} over {ndays} days).",
                {
                    "date": day(date),
                    "hours": hours,
                    "median_hours": median,
                    "mad_hours": mad_v,
                    "robust_z": round(float(zv), 1),
                    "baseline_days": ndays,
                },
                tables.get(key),
            )
        )
    return flags


def identical(ctx: Ctx) -> list[Flag]:
    th = ctx.th
    d = ctx.daily
    if d.empty:
        return []
    d = d[d["date"].dt.weekday < 5].reset_index(drop=True)
    if d.empty:
        return []
    emp, hours, dates = d["employee_id"].to_numpy(), d["hours"].to_numpy(), d["date"].to_numpy()
    gap = np.diff(dates).astype("timedelta64[D]").astype(np.int64)
    brk = np.ones(len(d), dtype=bool)
    brk[1:] = (emp[1:] != emp[:-1]) | (np.abs(hours[1:] - hours[:-1]) > 1e-9) | (gap > 4)
    d = d.assign(run=np.cumsum(brk))
    runs = d.groupby("run", sort=False).agg(
        employee_id=("employee_id", "first"),
        hours=("hours", "first"),
        start=("date", "min"),
        end=("date", "max"),
        days=("date", "size"),
    )
    runs = runs[runs["days"] >= th.identical_min_days].reset_index()
    if runs.empty:
        return []
    span = d.merge(runs[["run"]], on="run")[["employee_id", "date", "run"]]
    lines = ctx.ts.merge(span, on=["employee_id", "date"])
    ids, tables = ctx.ids_by(lines, ["run"]), ctx.line_tables(lines, ["run"])
    flags = []
    for run, emp, hours, start, end, ndays in runs[
        ["run", "employee_id", "hours", "start", "end", "days"]
    ].itertuples(index=False):
        score = clip01(0.3 + (ndays - th.identical_min_days) / (3 * th.identical_min_days))
        flags.append(
            _emp_flag(
                ctx,
                "ts_identical_pattern",
                emp,
                ids[run],
                f"from {day(start)}",
                score,
                f"{ctx.employee(emp)} logged exactly {fmt(hours)} h on each of {ndays} consecutive working days "
                f"({day(start)} to {day(end)}); time may be booked by habit rather than recorded.",
                {"hours_per_day": hours, "working_days": ndays, "from": day(start), "to": day(end)},
                tables.get(run),
            )
        )
    return flags


def padding(ctx: Ctx) -> list[Flag]:
    th = ctx.th
    t = ctx.ts
    if t.empty:
        return []
    whole = np.isclose(t["hours"].to_numpy() % 1.0, 0.0) & (t["hours"].to_numpy() > 0)
    firm_share = float(whole.mean())
    if firm_share >= th.padding_firm_share_max:
        return []
    t = t.assign(whole=whole, month=t["date"].dt.year * 100 + t["date"].dt.month)  # 202503; labelled below
    g = (
        t.groupby(["employee_id", "month"], sort=True)
        .agg(n=("id", "size"), share=("whole", "mean"), hours=("hours", "sum"))
        .reset_index()
    )
    hot = g[(g["n"] >= th.padding_min_entries) & (g["share"] >= th.padding_share)]
    if hot.empty:
        return []
    lines = t.merge(hot[["employee_id", "month"]], on=["employee_id", "month"])
    ids, tables = (
        ctx.ids_by(lines, ["employee_id", "month"]),
        ctx.line_tables(lines, ["employee_id", "month"]),
    )
    flags = []
    for emp, month_key, n, share, hours in hot.itertuples(index=False):
        key = (emp, month_key)
        month = f"{month_key // 100:04d}-{month_key % 100:02d}"
        score = clip01(0.3 + (share - firm_share) / 2)
        flags.append(
            _emp_flag(
                ctx,
                "ts_round_padding",
                emp,
                ids[key],
                month,
                score,
                f"{fmt(100 * share, 0)}% of {ctx.employee(emp)}'s {n} entries in {month} are whole hours "
                f"({fmt(hours)} h in total), against {fmt(100 * firm_share, 0)}% across the firm.",
                {
                    "month": month,
                    "entries": n,
                    "whole_hour_pct": round(100 * share),
                    "firm_whole_hour_pct": round(100 * firm_share),
                    "hours": hours,
                },
                tables.get(key),
            )
        )
    return flags
