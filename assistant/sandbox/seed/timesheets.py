"""Twelve weeks of timesheets (plus older history) and the resulting task allocations, for the sandbox seed.

Every employee logs 6.5-8.5 hours on weekdays (rarely a weekend hour), split
over the projects they staff, weighted by each project's intensity; time off
is respected; a "stale" project stops receiving time at its cut-off date.
Allocated hours are then derived from the hours spent and the project's
health profile (over-run for the at-risk project, headroom for the healthy one).
"""

from __future__ import annotations

from datetime import date
from typing import Any

from .builder import Builder
from .firm import Staff
from .projects import Plan
from .sales import INVOICE_TYPE


def build_timesheets(b: Builder, plans: list[Plan], staff: list[Staff], off: set[tuple[int, date]]) -> None:
    """12 weeks of weekday time per employee, spread over their projects by weight."""
    rng = b.rng
    tasks = b.records["project.task"]
    internal = next((p for p in plans if p.billing == "internal"), None)
    weights: dict[int, list[tuple[Plan, float]]] = {s.employee_id: [] for s in staff}
    for plan in plans:
        for s in plan.team:
            weights[s.employee_id].append((plan, plan.intensity * (1.5 if s is plan.manager else 1.0)))
    rows: list[dict[str, Any]] = []
    for offset in range(-84, 0):
        day = b.day(offset)
        weekend = day.weekday() >= 5
        for s in staff:
            if (s.employee_id, day) in off or (weekend and rng.random() > 0.03):
                continue
            options = [
                (p, w)
                for p, w in weights[s.employee_id]
                if p.active and p.start <= offset <= p.end + 7 and (not p.last_time or offset <= p.last_time)
            ]
            if internal and internal.active:
                options.append((internal, 0.15 if options else 1.0))
            if not options:
                continue
            hours_left = round(rng.uniform(6.5, 8.5) * 4) / 4 if not weekend else 2.0
            for _ in range(rng.choice((2, 2, 3, 3, 4))):
                if hours_left <= 0:
                    break
                plan = rng.choices([p for p, _ in options], weights=[w for _, w in options])[0]
                open_tasks = [
                    t
                    for t in plan.task_ids
                    if tasks[t]["_window"][0] <= offset <= tasks[t]["_window"][1] + 10
                    and tasks[t]["state"] != "1_canceled"
                ] or [t for t in plan.task_ids if tasks[t]["state"] != "1_canceled"]
                task = rng.choice(open_tasks)
                hours = min(hours_left, max(0.5, round(rng.uniform(1.0, 4.5) * 4) / 4))
                hours_left -= hours
                rows.append({"date": day.isoformat(), "plan": plan, "task": task, "staff": s, "hours": hours})
    # history before the 12-week window: tasks finished earlier still show the time they took
    for plan in plans:
        for tid in plan.task_ids:
            start, due = tasks[tid]["_window"]
            if plan.active and due < -84:
                for _ in range(rng.randint(3, 6)):
                    offset = rng.randint(max(start, plan.start), due)
                    rows.append(
                        {
                            "date": b.ds(offset),
                            "plan": plan,
                            "task": tid,
                            "staff": rng.choice(plan.team),
                            "hours": float(rng.choice([2, 3, 4, 5, 6])),
                        }
                    )
    # the archived project: its (older) history
    for plan in plans:
        if not plan.active:
            for offset in range(plan.start, plan.end, 3):
                for s in plan.team[:2]:
                    rows.append(
                        {
                            "date": b.ds(offset),
                            "plan": plan,
                            "task": rng.choice(plan.task_ids),
                            "staff": s,
                            "hours": float(rng.choice([2, 3, 4, 6])),
                        }
                    )
    rows.sort(key=lambda r: (r["date"], r["staff"].employee_id))
    b.refs["timesheet_rows"] = rows


def write_timesheets(b: Builder, plans: list[Plan]) -> None:
    """Store the timesheet lines (after sale order lines exist, for ``so_line``)."""
    for row in b.refs.pop("timesheet_rows"):
        plan, s = row["plan"], row["staff"]
        when = b.dts(date.fromisoformat(row["date"]), 18, 5)
        b.add(
            "account.analytic.line",
            {
                "name": timesheet_label(b, row),
                "date": row["date"],
                "employee_id": s.employee_id,
                "user_id": s.user_id,
                "project_id": plan.project_id,
                "task_id": row["task"],
                "unit_amount": row["hours"],
                "amount": round(-row["hours"] * s.hourly_cost, 2),
                "account_id": plan.account_id,
                "partner_id": plan.client.partner_id if plan.client else False,
                "so_line": plan.sale_line_id,
                "timesheet_invoice_type": INVOICE_TYPE[plan.billing],
                "timesheet_invoice_id": False,
                "product_uom_id": 4,
                "company_id": 1,
                "currency_id": 1,
                "category": "other",
                "department_id": False,
                "manager_id": False,
            },
            when=when,
            uid=s.user_id or 2,
        )
    tasks = b.records["project.task"]
    spent: dict[int, float] = {}
    for line in b.records["account.analytic.line"].values():
        spent[line["task_id"]] = spent.get(line["task_id"], 0.0) + line["unit_amount"]
    for plan in plans:
        set_allocations(b, plan, spent)
    for task in tasks.values():
        task.pop("_window", None)


def timesheet_label(b: Builder, row: dict[str, Any]) -> str:
    task_name = b.records["project.task"][row["task"]]["name"]
    verbs = ("Work on", "Review:", "Call re", "Prepare", "Follow-up:", "Analysis -")
    return f"{b.rng.choice(verbs)} {task_name.lower() if b.rng.random() < 0.5 else task_name}"


def set_allocations(b: Builder, plan: Plan, spent: dict[int, float]) -> None:
    """Allocated hours from the hours actually spent and the project's health profile."""
    rng = b.rng
    tasks = b.records["project.task"]
    total = 0.0
    for tid in plan.task_ids:
        task = tasks[tid]
        done = task["state"] in ("1_done", "1_canceled")
        factor = plan.alloc_factor * rng.uniform(0.85, 1.15)
        if plan.profile == "at_risk" and not done:
            factor = rng.uniform(0.55, 0.85)
        base = spent.get(tid, 0.0) * factor + (0 if done else rng.randint(4, 24))
        alloc = max(4.0, round(base / 4) * 4)
        task["allocated_hours"] = float(alloc)
        total += alloc
    b.records["project.project"][plan.project_id]["allocated_hours"] = float(total)
