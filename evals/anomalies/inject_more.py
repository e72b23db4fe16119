"""Injectors for task/project state, personal patterns, billing and expenses (see :mod:`evals.anomalies.inject`)."""

from __future__ import annotations

import pandas as pd

from evals.anomalies.inject import (
    EMP,
    PROJECT,
    TASK,
    Truth,
    add_lines,
    daily,
    free_employees,
    iso,
    q,
    ts,
    use,
    valid_task,
)
from evals.anomalies.synth import Firm


def _free_tasks(firm: Firm, *, closed: bool | None = None, min_hours: float = 0.0) -> pd.DataFrame:
    tasks = firm.frames["tasks"]
    active = set(firm.frames["projects"].loc[firm.frames["projects"]["active"], "id"])
    hours = tasks["id"].map(ts(firm).groupby("task_id")["hours"].sum()).fillna(0)
    ok = tasks["project_id"].isin(active) & (hours >= min_hours)
    ok &= ~tasks["id"].map(lambda t: ("task", t) in firm.used)
    if closed is not None:
        ok &= tasks["is_closed"] == closed
    return tasks[ok].sample(frac=1, random_state=int(firm.rng.integers(1e9)))


def closed_task(firm: Firm, n: int) -> list[Truth]:
    out: list[Truth] = []
    t = ts(firm)
    for task in _free_tasks(firm, closed=True).itertuples():
        if task.closed_on > firm.today - pd.Timedelta(days=30):
            continue
        day = pd.bdate_range(task.closed_on + pd.Timedelta(days=15), periods=1)[0]
        workers = [
            e
            for e in t[t["task_id"] == task.id]["employee_id"].unique().tolist()
            if ("emp", e) not in firm.used and e not in firm.long_hours and (e, day) not in firm.leave_days
        ]
        if not workers:
            continue
        emp = int(workers[0])
        d = daily(firm, emp).set_index("date")["sum"]
        if d.get(day, 0.0) + 1.5 > float(d.median()) + 2.25:
            continue
        add_lines(
            firm,
            [
                {
                    "employee_id": emp,
                    "task_id": int(task.id),
                    "date": day,
                    "hours": 1.5,
                    "name": "Follow-up questions from client",
                }
            ],
        )
        use(firm, ("emp", emp), ("task", int(task.id)))
        out.append(("ts_closed_task", TASK, int(task.id), "after closure"))
        if len(out) >= n:
            break
    return out


def archived_project(firm: Firm, n: int) -> list[Truth]:
    out: list[Truth] = []
    projects = firm.frames["projects"]
    tasks = firm.frames["tasks"]
    for proj in projects[~projects["active"]]["id"].tolist():
        for emp in free_employees(firm):
            day = pd.bdate_range(firm.today - pd.Timedelta(days=8), periods=1)[0]
            d = daily(firm, emp).set_index("date")["sum"]
            if (emp, day) in firm.leave_days or d.get(day, 0.0) + 1.0 > float(d.median()) + 2.25:
                continue
            task = int(tasks[tasks["project_id"] == proj]["id"].iloc[0])
            add_lines(
                firm,
                [
                    {
                        "employee_id": emp,
                        "task_id": task,
                        "date": day,
                        "hours": 1.0,
                        "name": "Small fix on the old site",
                    }
                ],
            )
            use(firm, ("emp", emp), ("project", proj))
            out.append(("ts_archived_project", PROJECT, int(proj), "archived"))
            break
        if len(out) >= n:
            break
    return out


def after_deadline(firm: Firm, n: int) -> list[Truth]:
    out: list[Truth] = []
    t = ts(firm)
    span = t.groupby("task_id")["date"].agg(["min", "max", "size"])
    for task in _free_tasks(firm, closed=False).itertuples():
        if task.id not in span.index:
            continue
        first, last, count = span.loc[task.id]
        if count < 5 or (last - first).days < 70:
            continue
        deadline = last - pd.Timedelta(days=int(firm.rng.integers(40, 60)))
        firm.frames["tasks"].loc[firm.frames["tasks"]["id"] == task.id, "date_deadline"] = deadline
        use(firm, ("task", int(task.id)))
        out.append(("ts_after_deadline", TASK, int(task.id), "after deadline"))
        if len(out) >= n:
            break
    return out


def task_overrun(firm: Firm, n: int) -> list[Truth]:
    out: list[Truth] = []
    for task in _free_tasks(firm, min_hours=20).itertuples():
        firm.task_alloc_factor[int(task.id)] = float(firm.rng.uniform(0.4, 0.65))
        use(firm, ("task", int(task.id)))
        out.append(("task_overrun", TASK, int(task.id), "overrun"))
        if len(out) >= n:
            break
    return out


def _free_projects(firm: Firm) -> pd.DataFrame:
    p = firm.frames["projects"]
    hours = p["id"].map(ts(firm).groupby("project_id")["hours"].sum()).fillna(0)
    ok = p["active"] & (hours >= 100) & ~p["id"].map(lambda i: ("project", i) in firm.used)
    return p[ok].sample(frac=1, random_state=int(firm.rng.integers(1e9)))


def project_overrun(firm: Firm, n: int) -> list[Truth]:
    out: list[Truth] = []
    for p in _free_projects(firm).head(n).itertuples():
        firm.project_burn[int(p.id)] = float(firm.rng.uniform(1.4, 1.9))
        use(firm, ("project", int(p.id)))
        out.append(("project_overrun", PROJECT, int(p.id), "overrun"))
    return out


def fast_burn(firm: Firm, n: int) -> list[Truth]:
    out: list[Truth] = []
    for p in _free_projects(firm).itertuples():
        elapsed = (firm.today - p.date_start).days / max(1, (p.date - p.date_start).days)
        if not 0.1 <= elapsed <= 0.7:
            continue
        firm.project_burn[int(p.id)] = min(1.15, elapsed + float(firm.rng.uniform(0.42, 0.5)))
        use(firm, ("project", int(p.id)))
        out.append(("project_fast_burn", PROJECT, int(p.id), "fast burn"))
        if len(out) >= n:
            break
    return out


def late_capture(firm: Firm, n: int) -> list[Truth]:
    out: list[Truth] = []
    active = set(firm.frames["projects"].loc[firm.frames["projects"]["active"], "id"])
    for emp in free_employees(firm):
        t = ts(firm)
        mine = t[
            (t["employee_id"] == emp)
            & t["project_id"].isin(active)
            & (t["date"] < firm.today - pd.Timedelta(days=50))
        ]
        if len(mine) < 4:
            continue
        pick = mine.sample(4, random_state=int(firm.rng.integers(1e9)))
        catch_up = pick["date"].max() + pd.Timedelta(days=int(firm.rng.integers(20, 35)), hours=10)
        catch_up = min(catch_up, firm.today - pd.Timedelta(days=1) + pd.Timedelta(hours=10))
        firm.frames["timesheets"].loc[pick.index, ["create_date", "write_date"]] = catch_up
        use(firm, ("emp", emp))
        week = catch_up.normalize() - pd.Timedelta(days=catch_up.weekday())
        out.append(("ts_late_capture", EMP, emp, f"entered week of {iso(week)}"))
        if len(out) >= n:
            break
    return out


def outlier(firm: Firm, n: int) -> list[Truth]:
    out: list[Truth] = []
    for emp in free_employees(firm):
        d = daily(firm, emp)
        median = float(d["sum"].median())
        for day, total, _ in d.sample(frac=1, random_state=int(firm.rng.integers(1e9))).itertuples(
            index=False
        ):
            extra = q(median + float(firm.rng.uniform(3.6, 4.0)) - total)
            task = valid_task(firm, emp, day, 0)
            if task is None or extra <= 0.5 or total + extra > 11.75 or day.weekday() >= 5:
                continue
            add_lines(
                firm,
                [
                    {
                        "employee_id": emp,
                        "task_id": task,
                        "date": day,
                        "hours": extra,
                        "name": "Unplanned deadline support",
                    }
                ],
            )
            use(firm, ("emp", emp))
            out.append(("ts_outlier", EMP, emp, iso(day)))
            break
        if len(out) >= n:
            break
    return out


def identical(firm: Firm, n: int) -> list[Truth]:
    out: list[Truth] = []
    for emp in free_employees(firm):
        t = ts(firm)
        d = daily(firm, emp)
        d = d[d["date"].dt.weekday < 5].reset_index(drop=True)
        gaps = d["date"].diff().dt.days.fillna(1)
        for start in range(0, max(0, len(d) - 30), 7):
            window = d.iloc[start : start + 28]
            if len(window) < 28 or (gaps.iloc[start + 1 : start + 28] > 4).any():
                continue
            idx = t.index[(t["employee_id"] == emp) & t["date"].isin(window["date"])]
            lines = t.loc[idx]
            largest = lines.sort_values("hours").groupby("date").tail(1)
            delta = 7.5 - largest["date"].map(window.set_index("date")["sum"])
            if (largest["hours"] + delta < 0.25).any():
                continue
            firm.frames["timesheets"].loc[largest.index, "hours"] = largest["hours"] + delta
            use(firm, ("emp", emp))
            out.append(("ts_identical_pattern", EMP, emp, None))
            break
        if len(out) >= n:
            break
    return out


def padding(firm: Firm, n: int) -> list[Truth]:
    out: list[Truth] = []
    for emp in free_employees(firm):
        t = ts(firm)
        mine = t[t["employee_id"] == emp]
        months = mine["date"].dt.to_period("M")
        full = [m for m in months.unique() if (months == m).sum() >= 25 and m.end_time < firm.today]
        if not full:
            continue
        month = full[int(firm.rng.integers(0, len(full)))]
        sel = mine[months == month]
        new = {}
        for _day, lines in sel.groupby("date"):
            target = max(len(lines), round(lines["hours"].sum()))
            parts = [max(1, int(h)) for h in lines["hours"]]
            parts[-1] += target - sum(parts)
            if parts[-1] < 1:
                break
            new.update(zip(lines.index, parts, strict=True))
        else:
            firm.frames["timesheets"].loc[list(new), "hours"] = [float(v) for v in new.values()]
            use(firm, ("emp", emp))
            out.append(("ts_round_padding", EMP, emp, str(month)))
        if len(out) >= n:
            break
    return out
