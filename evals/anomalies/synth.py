"""A synthetic professional-services firm as :class:`~assistant.anomaly.frames.AnomalyData`, for the anomaly
evaluation, the benchmark and the unit tests.

The "normal" firm is built so that a careful finance team would find nothing to flag: weekday time only, 5.5-9.75
hours a day in quarter hours spread over distinct tasks, entries captured within days, allocations and budgets
consistent with the work and the schedule, monthly time-and-materials invoices that bill exactly the approved time
at the sale-order rate, credit notes that reference their invoice, weekday expenses within policy. Anomalies are
added on top by :mod:`evals.anomalies.inject`. Generation is vectorised per employee, so a million lines take
seconds; the same parameters and seed always give the same data.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

import numpy as np
import pandas as pd

FIRST = (
    "Anna",
    "Bram",
    "Chloé",
    "Daan",
    "Elif",
    "Finn",
    "Greta",
    "Hugo",
    "Ines",
    "Jonas",
    "Katrin",
    "Lars",
    "Maya",
    "Noah",
    "Olga",
    "Pieter",
    "Rosa",
    "Sven",
    "Tess",
    "Umar",
    "Vera",
    "Wim",
    "Yara",
    "Zoe",
)
LAST = (
    "Peeters",
    "Janssens",
    "Maes",
    "Dubois",
    "Lambert",
    "Claes",
    "Wouters",
    "Moreau",
    "Laurent",
    "Hermans",
    "Fischer",
    "Novak",
    "Rossi",
    "García",
    "Berg",
    "Smit",
    "Keller",
    "Costa",
    "Horvat",
    "Lindqvist",
)
VERBS = (
    "Draft",
    "Review",
    "Analyse",
    "Prepare",
    "Update",
    "Discuss",
    "Document",
    "Model",
    "Test",
    "Present",
    "Map",
    "Validate",
    "Summarise",
    "Plan",
    "Refine",
    "Check",
    "Design",
    "Interview",
    "Compile",
    "Align",
)
TOPICS = (
    "process map",
    "data model",
    "steering deck",
    "cost baseline",
    "vendor shortlist",
    "risk register",
    "interview notes",
    "requirements",
    "KPI dashboard",
    "migration plan",
    "training material",
    "budget",
    "workshop agenda",
    "gap analysis",
    "org chart",
    "pricing model",
    "test cases",
    "roadmap",
    "status report",
    "integration design",
    "survey results",
    "business case",
    "project plan",
    "contract annex",
    "forecast",
)
PRODUCTS = ("Meals", "Train ticket", "Hotel", "Taxi", "Office supplies")
CITIES = ("Brussels", "Ghent", "Antwerp", "Lille", "Rotterdam", "Cologne", "Luxembourg", "Paris")


@dataclass
class Firm:
    """Frames under construction plus what the injections need to know."""

    today: pd.Timestamp
    rng: np.random.Generator
    frames: dict[str, pd.DataFrame]
    long_hours: set[int] = field(default_factory=set)
    leave_days: set[tuple[int, pd.Timestamp]] = field(default_factory=set)
    task_alloc_factor: dict[int, float] = field(default_factory=dict)  # injected overruns
    project_burn: dict[int, float] = field(default_factory=dict)  # injected burn fractions
    qty_factor: dict[int, float] = field(default_factory=dict)  # invoice line id -> billed/timesheet ratio
    invoice_copies: list[dict[str, Any]] = field(default_factory=list)  # duplicates, built after totals
    used: set[tuple[str, int]] = field(default_factory=set)  # (entity, id) already used by an injection
    extra: dict[str, list[dict[str, Any]]] = field(default_factory=dict)  # rows added by injections

    def next_id(self, table: str) -> int:
        current = int(self.frames[table]["id"].max()) if len(self.frames[table]) else 0
        pending = max((int(r["id"]) for r in self.extra.get(table, [])), default=0)
        return max(current, pending) + 1

    def add(self, table: str, row: dict[str, Any]) -> int:
        row = dict(row)
        row.setdefault("id", self.next_id(table))
        self.extra.setdefault(table, []).append(row)
        return int(row["id"])


def _business_days(start: pd.Timestamp, end: pd.Timestamp) -> pd.DatetimeIndex:
    return pd.bdate_range(start, end)


def generate(
    *,
    employees: int = 40,
    days: int = 150,
    partners: int = 12,
    seed: int = 1,
    today: str | pd.Timestamp = "2025-06-18",
) -> Firm:
    rng = np.random.default_rng(seed)
    today = pd.Timestamp(today).normalize()
    start = today - pd.Timedelta(days=days)
    emp_ids = np.arange(1, employees + 1)
    names = [
        f"{FIRST[i % len(FIRST)]} {LAST[(i * 7 + i // len(FIRST)) % len(LAST)]}" for i in range(employees)
    ]
    emp = pd.DataFrame(
        {"id": emp_ids, "name": names, "user_id": 1000 + emp_ids, "manager_user_id": 100 + emp_ids % 5}
    )
    long_hours = set(rng.choice(emp_ids, size=max(2, employees // 10), replace=False).tolist())

    # projects and tasks ----------------------------------------------------------------------------------------
    n_proj = max(6, employees // 3)
    billing = rng.choice(["tm", "tm", "tm", "fixed", "fixed", "internal"], size=n_proj)
    p_start = start - pd.to_timedelta(rng.integers(0, 90, n_proj), unit="D")
    p_end = p_start + pd.to_timedelta(rng.integers(days + 60, days + 300, n_proj), unit="D")
    archived = np.zeros(n_proj, dtype=bool)
    archived[rng.choice(n_proj, size=max(1, n_proj // 8), replace=False)] = True
    p_end = np.where(archived, today - pd.to_timedelta(rng.integers(25, 60, n_proj), unit="D"), p_end)
    p_start = np.where(archived, pd.Series(p_end) - pd.Timedelta(days=days), p_start)
    projects = pd.DataFrame(
        {
            "id": np.arange(1, n_proj + 1),
            "name": [f"Engagement {i:03d}" for i in range(1, n_proj + 1)],
            "active": ~archived,
            "date_start": p_start,
            "date": p_end,
            "billing": billing,
            "partner_id": rng.integers(1, partners + 1, n_proj),
            "user_id": 100 + np.arange(n_proj) % 5,
        }
    )
    task_rows = []
    for p in projects.itertuples():
        n_tasks = int(rng.integers(6, 11))
        span = (p.date - p.date_start).days
        for k in range(n_tasks):
            t0 = p.date_start + pd.Timedelta(days=int(span * k / (n_tasks + 1)))
            t1 = t0 + pd.Timedelta(days=int(rng.integers(40, 120)))
            task_rows.append(
                {
                    "project_id": p.id,
                    "name": f"{TOPICS[(k * 3 + p.id) % len(TOPICS)].capitalize()} ({p.id}.{k + 1})",
                    "t_start": t0,
                    "t_end": min(t1, p.date),
                }
            )
    tasks = pd.DataFrame(task_rows)
    tasks.insert(0, "id", np.arange(1, len(tasks) + 1))

    # assignments: 2-3 live projects per employee, archived projects get a few alumni -----------------------------
    live = projects[projects["active"]]["id"].to_numpy()
    assign: dict[int, list[int]] = {
        int(e): list(rng.choice(live, size=min(len(live), int(rng.integers(2, 4))), replace=False))
        for e in emp_ids
    }
    for pid in projects[~projects["active"]]["id"]:
        for e in rng.choice(emp_ids, size=min(3, employees), replace=False):
            assign[int(e)].append(int(pid))

    # leave ------------------------------------------------------------------------------------------------------
    bdays = _business_days(start, today - pd.Timedelta(days=1))
    leave_rows, leave_days = [], set()
    for e in emp_ids:
        for _ in range(int(rng.integers(0, 3))):
            first = bdays[int(rng.integers(0, len(bdays) - 6))]
            span_days = _business_days(first, first + pd.Timedelta(days=int(rng.integers(0, 6))))
            leave_rows.append(
                {
                    "id": len(leave_rows) + 1,
                    "employee_id": e,
                    "date_from": span_days[0],
                    "date_to": span_days[-1],
                }
            )
            leave_days.update((int(e), d) for d in span_days)
    leaves = pd.DataFrame(leave_rows, columns=["id", "employee_id", "date_from", "date_to"])

    lines = _timesheets(rng, emp_ids, long_hours, assign, tasks, bdays, leave_days, today)
    firm = Firm(
        today=today,
        rng=rng,
        frames={
            "timesheets": lines,
            "employees": emp,
            "leaves": leaves,
            "tasks": tasks,
            "projects": projects,
        },
        long_hours=long_hours,
        leave_days=leave_days,
    )
    from evals.anomalies.synth_parts import build_billing, build_expenses, build_task_state

    build_task_state(firm)
    build_billing(firm)
    build_expenses(firm, bdays)
    return firm


def _timesheets(
    rng: np.random.Generator,
    emp_ids: np.ndarray,
    long_hours: set[int],
    assign: dict[int, list[int]],
    tasks: pd.DataFrame,
    bdays: pd.DatetimeIndex,
    leave_days: set[tuple[int, pd.Timestamp]],
    today: pd.Timestamp,
) -> pd.DataFrame:
    parts = []
    t_start, t_end = tasks["t_start"].to_numpy(), tasks["t_end"].to_numpy()
    for e in emp_ids:
        e = int(e)
        pool = tasks.index[tasks["project_id"].isin(assign[e])].to_numpy()
        off = np.array([(e, d) in leave_days for d in bdays]) | (rng.random(len(bdays)) < 0.04)
        days = bdays[~off].to_numpy()
        if len(days) == 0 or len(pool) == 0:
            continue
        valid = (t_start[pool][None, :] <= days[:, None]) & (t_end[pool][None, :] >= days[:, None])
        keep = valid.any(axis=1)
        days, valid = days[keep], valid[keep]
        base, lo, hi = (9.4, 8.5, 10.0) if e in long_hours else (7.8, 5.5, 9.75)
        totals = np.clip(np.round((base + rng.normal(0, 0.55, len(days))) * 4) / 4, lo, hi)
        k = np.minimum(rng.choice([1, 2, 2, 3, 3, 4], size=len(days)), valid.sum(axis=1))
        keys = np.where(valid, rng.random(valid.shape), np.inf)
        order = np.argsort(keys, axis=1)
        slots = np.round(totals * 4).astype(int)
        weights = rng.uniform(1, 3, (len(days), 4))
        weights[np.arange(4)[None, :] >= k[:, None]] = 0
        share = np.floor(slots[:, None] * weights / weights.sum(axis=1, keepdims=True)).astype(int)
        share = np.where(np.arange(4)[None, :] < k[:, None], np.maximum(share, 1), 0)
        last = k - 1
        share[np.arange(len(days)), last] += slots - share.sum(axis=1)
        rows, cols = np.nonzero(share > 0)
        parts.append(
            pd.DataFrame(
                {
                    "employee_id": e,
                    "date": days[rows],
                    "task_index": pool[order[rows, cols]],
                    "hours": share[rows, cols] / 4.0,
                }
            )
        )
    ts = pd.concat(parts, ignore_index=True)
    ts = ts[ts["hours"] > 0].reset_index(drop=True)
    n = len(ts)
    ts["task_id"] = tasks["id"].to_numpy()[ts["task_index"].to_numpy()]
    ts["project_id"] = tasks["project_id"].to_numpy()[ts["task_index"].to_numpy()]
    verbs = np.array(VERBS, dtype=object)[rng.integers(0, len(VERBS), n)]
    topics = np.array(TOPICS, dtype=object)[rng.integers(0, len(TOPICS), n)]
    ts["name"] = verbs + " " + topics + " #" + rng.integers(1000, 9999, n).astype(str).astype(object)
    lag = rng.choice([0, 0, 0, 0, 0, 0, 1, 1, 1, 2, 3, 5, 8], size=n)
    created = (
        ts["date"]
        + pd.to_timedelta(lag, unit="D")
        + pd.to_timedelta(rng.integers(16 * 60, 19 * 60, n), unit="min")
    )
    ts["create_date"] = created.where(created < today, ts["date"] + pd.Timedelta(hours=18))
    ts["write_date"] = ts["create_date"]
    ts.insert(0, "id", np.arange(1, n + 1))
    return ts.drop(columns=["task_index"])


def finalize(firm: Firm) -> Any:
    """Add the injected rows, compute efforts, allocations and invoice totals; return ``AnomalyData``."""
    from assistant.anomaly.frames import AnomalyData
    from evals.anomalies.synth_parts import finalize_billing, finalize_effort

    for table, rows in firm.extra.items():
        firm.frames[table] = pd.concat([firm.frames[table], pd.DataFrame(rows)], ignore_index=True)
    firm.extra = {}
    finalize_effort(firm)
    finalize_billing(firm)
    f = firm.frames
    return AnomalyData(
        today=firm.today,
        timesheets=f["timesheets"],
        employees=f["employees"],
        leaves=f["leaves"],
        tasks=f["tasks"],
        projects=f["projects"],
        invoices=f["invoices"],
        invoice_lines=f["invoice_lines"],
        so_lines=f["so_lines"],
        expenses=f["expenses"],
        has_leave_data=True,
    )
