"""Inject anomalies of every kind into a synthetic firm (:mod:`evals.anomalies.synth`) and return the truth.

Each injector adds or changes a few records so that exactly one anomaly of its kind appears, and picks records no
other injector touched (employees, tasks, projects, invoices are used at most once), so that the evaluation can
count a flag of another kind as a false positive. A truth item is ``(kind, target model, target id, subject)``;
``subject`` is ``None`` where the detector's subject is not known in advance.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import numpy as np
import pandas as pd

from evals.anomalies.synth import Firm

Truth = tuple[str, str, int, str | None]
EMP, TASK, PROJECT = "hr.employee", "project.task", "project.project"
EXTRA_WORK = (
    "Urgent client escalation support",
    "Unplanned outage firefighting",
    "Board pack emergency rework",
    "Weekend cut-over rehearsal",
    "Year-end close assistance",
)


def iso(d: Any) -> str:
    return pd.Timestamp(d).date().isoformat()


def q(hours: float) -> float:
    return round(hours * 4) / 4


# -- helpers over the timesheet frame ---------------------------------------------------------------------------
def ts(firm: Firm) -> pd.DataFrame:
    return firm.frames["timesheets"]


def add_lines(firm: Firm, rows: list[dict[str, Any]]) -> None:
    """Append lines; billing fields copied from a line of the same task and month (so invoices stay exact)."""
    t = ts(firm)
    out = []
    next_id = int(t["id"].max()) + 1
    for i, row in enumerate(rows):
        date = pd.Timestamp(row["date"])
        same = t[(t["task_id"] == row["task_id"]) & (t["date"].dt.to_period("M") == date.to_period("M"))]
        ref = same.iloc[0] if len(same) else None
        project = int(firm.frames["tasks"].set_index("id").loc[row["task_id"], "project_id"])
        base = {
            "id": next_id + i,
            "project_id": project,
            "validated": True,
            "so_line_id": int(ref["so_line_id"]) if ref is not None else 0,
            "invoice_id": int(ref["invoice_id"]) if ref is not None else 0,
            "invoice_type": str(ref["invoice_type"]) if ref is not None else "non_billable",
            "create_date": date + pd.Timedelta(hours=18, minutes=7),
        }
        base.update(row)
        base.setdefault("write_date", base["create_date"])
        out.append(base)
    firm.frames["timesheets"] = pd.concat([t, pd.DataFrame(out)], ignore_index=True)


def free_employees(firm: Firm, *, long_hours: bool = False) -> list[int]:
    ids = firm.frames["employees"]["id"].tolist()
    out = [e for e in ids if ("emp", e) not in firm.used and ((e in firm.long_hours) == long_hours)]
    firm.rng.shuffle(out)
    return out


def daily(firm: Firm, emp: int) -> pd.DataFrame:
    t = ts(firm)
    return t[t["employee_id"] == emp].groupby("date")["hours"].agg(["sum", "size"]).reset_index()


def valid_task(firm: Firm, emp: int, day: pd.Timestamp, window: int = 7) -> int | None:
    """A task the employee logs on around ``day`` that is open then, on an active project, within its deadline."""
    t = ts(firm)
    near = t[(t["employee_id"] == emp) & ((t["date"] - day).abs() <= pd.Timedelta(days=window))]
    tasks = firm.frames["tasks"].set_index("id")
    active = set(firm.frames["projects"].loc[firm.frames["projects"]["active"], "id"])
    for task in near["task_id"].unique().tolist():
        row = tasks.loc[task]
        if row["project_id"] not in active or ("task", task) in firm.used:
            continue
        if pd.notna(row["closed_on"]) and row["closed_on"] < day:
            continue
        if pd.notna(row["date_deadline"]) and day > row["date_deadline"] + pd.Timedelta(days=25):
            continue
        return int(task)
    return None


def use(firm: Firm, *keys: tuple[str, int]) -> None:
    firm.used.update(keys)


# -- timesheet injectors ------------------------------------------------------------------------------------------
def daily_excess(firm: Firm, n: int) -> list[Truth]:
    out: list[Truth] = []
    for emp in free_employees(firm):
        d = daily(firm, emp)
        d = d[d["date"].dt.weekday < 5].sample(frac=1, random_state=int(firm.rng.integers(1e9)))
        for day, total, _ in d.itertuples(index=False):
            task = valid_task(firm, emp, day, 0)
            if task is None:
                continue
            extra = q(float(firm.rng.uniform(13.25, 16)) - total)
            add_lines(
                firm,
                [
                    {
                        "employee_id": emp,
                        "task_id": task,
                        "date": day,
                        "hours": extra,
                        "name": EXTRA_WORK[len(out) % len(EXTRA_WORK)],
                    }
                ],
            )
            use(firm, ("emp", emp))
            out.append(("ts_daily_excess", EMP, emp, iso(day)))
            break
        if len(out) >= n:
            break
    return out


def weekly_excess(firm: Firm, n: int) -> list[Truth]:
    out: list[Truth] = []
    for emp in free_employees(firm, long_hours=True):
        d = daily(firm, emp)
        d["week"] = d["date"] - pd.to_timedelta(d["date"].dt.weekday, unit="D")
        for week, days in d.groupby("week"):
            if len(days) != 5:
                continue
            adds = np.minimum(11.75 - days["sum"].to_numpy(), 2.5)
            if days["sum"].sum() + adds.sum() < 56.5:
                continue
            rows = []
            for day, extra in zip(days["date"], adds, strict=True):
                task = valid_task(firm, emp, day, 0)
                if task is None:
                    break
                rows.append(
                    {
                        "employee_id": emp,
                        "task_id": task,
                        "date": day,
                        "hours": q(float(extra)),
                        "name": "Extended delivery push " + iso(day),
                    }
                )
            if len(rows) < 5 or sum(r["hours"] for r in rows) + days["sum"].sum() <= 55.5:
                continue
            add_lines(firm, rows)
            use(firm, ("emp", emp))
            out.append(("ts_weekly_excess", EMP, emp, f"week of {iso(week)}"))
            break
        if len(out) >= n:
            break
    return out


def _weekday_free(firm: Firm, emp: int, day: pd.Timestamp) -> bool:
    return (emp, day) not in firm.leave_days


def weekend(firm: Firm, n: int) -> list[Truth]:
    out: list[Truth] = []
    for emp in free_employees(firm):
        d = daily(firm, emp)
        fridays = d[d["date"].dt.weekday == 4]["date"].tolist()
        firm.rng.shuffle(fridays)
        for friday in fridays:
            saturday = friday + pd.Timedelta(days=1)
            task = valid_task(firm, emp, saturday, 2)
            if task is None or saturday >= firm.today:
                continue
            add_lines(
                firm,
                [
                    {
                        "employee_id": emp,
                        "task_id": task,
                        "date": saturday,
                        "hours": 2.5,
                        "name": "Saturday catch-up on deliverables",
                    },
                    {
                        "employee_id": emp,
                        "task_id": task,
                        "date": saturday,
                        "hours": 1.25,
                        "name": "Client call prep for Monday",
                    },
                ],
            )
            use(firm, ("emp", emp))
            out.append(("ts_weekend", EMP, emp, f"weekend of {iso(saturday)}"))
            break
        if len(out) >= n:
            break
    return out


def on_leave(firm: Firm, n: int) -> list[Truth]:
    out: list[Truth] = []
    leaves = firm.frames["leaves"].sample(frac=1, random_state=int(firm.rng.integers(1e9)))
    for leave, emp, start, _end in leaves[["id", "employee_id", "date_from", "date_to"]].itertuples(
        index=False
    ):
        if ("emp", emp) in firm.used or emp in firm.long_hours:
            continue
        task = valid_task(firm, emp, start, 10)
        if task is None:
            continue
        add_lines(
            firm,
            [
                {
                    "employee_id": emp,
                    "task_id": task,
                    "date": start,
                    "hours": 6.0,
                    "name": "Deliverable review while on leave",
                }
            ],
        )
        use(firm, ("emp", emp))
        out.append(("ts_on_leave", EMP, emp, f"leave {leave}"))
        if len(out) >= n:
            break
    return out


def _copy_candidates(firm: Firm, emp: int) -> pd.DataFrame:
    """Lines of ``emp`` that can be doubled without making the day unusual (excess, outlier)."""
    t = ts(firm)
    mine = t[(t["employee_id"] == emp) & (t["hours"] <= 2.5) & (t["date"].dt.weekday < 5)]
    d = daily(firm, emp).set_index("date")["sum"]
    limit = min(11.5, float(d.median()) + 2.25)
    return mine[mine["date"].map(d) + mine["hours"] + 0.25 <= limit]


def _duplicate(firm: Firm, n: int, kind: str, vary: Callable[[str], str]) -> list[Truth]:
    out: list[Truth] = []
    for emp in free_employees(firm):
        cands = _copy_candidates(firm, emp).sample(frac=1, random_state=int(firm.rng.integers(1e9)))
        for row in cands.to_dict("records"):
            if valid_task(firm, emp, row["date"], 0) != row["task_id"]:
                continue
            copy = {k: row[k] for k in ("employee_id", "task_id", "date", "hours", "name")}
            copy["name"] = vary(str(row["name"]))
            add_lines(firm, [copy])
            use(firm, ("emp", emp), ("task", int(row["task_id"])))
            out.append((kind, TASK, int(row["task_id"]), None))
            break
        if len(out) >= n:
            break
    return out


def duplicate(firm: Firm, n: int) -> list[Truth]:
    return _duplicate(firm, n, "ts_duplicate", lambda s: s)


def near_duplicate(firm: Firm, n: int) -> list[Truth]:
    def vary(text: str) -> str:
        verb, _, rest = text.partition(" ")
        return f"{verb.lower()} the {rest}."

    return _duplicate(firm, n, "ts_near_duplicate", vary)
