"""Near misses: records just inside a threshold that must NOT be flagged (they keep the precision honest).

Each one sits next to a detector's boundary: two entries on one task and day that describe different work, entries
captured 10-12 days late, time a few days after closure or three weeks after a deadline, a task 15 % over its
allocation, an invoice line 1.5 % off the rate, a discount 4 points above the sale order's, invoices with the same
amount 12 days apart, the same expense amount a week apart.
"""

from __future__ import annotations

import pandas as pd

from evals.anomalies.inject import add_lines, daily, free_employees, ts, use, valid_task
from evals.anomalies.inject_billing import _invoices, _next_move
from evals.anomalies.synth import Firm


def split_entry(firm: Firm, n: int) -> int:
    done = 0
    for emp in free_employees(firm):
        t = ts(firm)
        mine = t[(t["employee_id"] == emp) & (t["hours"] >= 2.0)]
        if mine.empty:
            continue
        row = mine.iloc[int(firm.rng.integers(0, len(mine)))]
        half = round(float(row["hours"]) / 2 * 4) / 4
        firm.frames["timesheets"].loc[row.name, "hours"] = (
            half + 0.25
        )  # the two halves differ by a quarter hour
        add_lines(
            firm,
            [
                {
                    "employee_id": emp,
                    "task_id": int(row["task_id"]),
                    "date": row["date"],
                    "hours": float(row["hours"]) - half - 0.25,
                    "name": "Call with vendor about invoices",
                    "so_line_id": int(row["so_line_id"]),
                    "invoice_id": int(row["invoice_id"]),
                    "invoice_type": str(row["invoice_type"]),
                }
            ],
        )
        use(firm, ("emp", emp))
        done += 1
        if done >= n:
            break
    return done


def slightly_late(firm: Firm, n: int) -> int:
    done = 0
    active = set(firm.frames["projects"].loc[firm.frames["projects"]["active"], "id"])
    for emp in free_employees(firm)[:n]:
        t = ts(firm)
        mine = t[
            (t["employee_id"] == emp)
            & t["project_id"].isin(active)
            & (t["date"] < firm.today - pd.Timedelta(days=20))
        ]
        pick = mine.sample(3, random_state=int(firm.rng.integers(1e9)))
        lag = pd.to_timedelta(firm.rng.integers(10, 13, 3), unit="D") + pd.Timedelta(hours=9)
        stamps = (pick["date"] + lag).to_numpy()
        firm.frames["timesheets"].loc[pick.index, "create_date"] = stamps
        firm.frames["timesheets"].loc[pick.index, "write_date"] = stamps
        use(firm, ("emp", emp))
        done += 1
    return done


def inside_grace(firm: Firm, n: int) -> int:
    """Time 5 days after a task's closure; a deadline moved to 20 days before the last entry."""
    done = 0
    tasks = firm.frames["tasks"]
    t = ts(firm)
    active = firm.frames["projects"].loc[firm.frames["projects"]["active"], "id"]
    for task in (
        tasks[tasks["is_closed"] & tasks["project_id"].isin(active)]
        .sample(frac=1, random_state=int(firm.rng.integers(1e9)))
        .itertuples()
    ):
        if ("task", task.id) in firm.used or task.closed_on > firm.today - pd.Timedelta(days=10):
            continue
        day = pd.bdate_range(task.closed_on + pd.Timedelta(days=4), periods=1)[0]
        for emp in t[t["task_id"] == task.id]["employee_id"].unique().tolist():
            d = daily(firm, emp).set_index("date")["sum"]
            if (
                ("emp", emp) in firm.used
                or (emp, day) in firm.leave_days
                or emp in firm.long_hours
                or d.get(day, 0.0) + 1.0 > float(d.median()) + 2.25
            ):
                continue
            add_lines(
                firm,
                [
                    {
                        "employee_id": emp,
                        "task_id": int(task.id),
                        "date": day,
                        "hours": 1.0,
                        "name": "Handover questions",
                    }
                ],
            )
            use(firm, ("emp", emp), ("task", int(task.id)))
            done += 1
            break
        if done >= n:
            break
    open_tasks = tasks[~tasks["is_closed"] & tasks["project_id"].isin(active)]
    last = t.groupby("task_id")["date"].max()
    for task in open_tasks.itertuples():
        if done >= 2 * n:
            break
        if ("task", task.id) in firm.used or task.id not in last.index:
            continue
        tasks.loc[tasks["id"] == task.id, "date_deadline"] = last[task.id] - pd.Timedelta(days=20)
        use(firm, ("task", int(task.id)))
        done += 1
    return done


def small_overrun(firm: Firm, n: int) -> int:
    tasks = firm.frames["tasks"]
    done = 0
    for task_id in tasks["id"].sample(frac=1, random_state=int(firm.rng.integers(1e9))).tolist():
        if ("task", task_id) not in firm.used:
            firm.task_alloc_factor[int(task_id)] = 1 / 1.15
            use(firm, ("task", int(task_id)))
            done += 1
        if done >= n:
            break
    return done


def billing(firm: Firm, n: int) -> int:
    lines = firm.frames["invoice_lines"]
    so = firm.frames["so_lines"].set_index("id")
    done = 0
    for k, inv in enumerate(_invoices(firm, timesheet=True).head(2 * n).itertuples()):
        idx = lines.index[lines["move_id"] == inv.id][0]
        if k % 2:
            lines.loc[idx, "price_unit"] = round(float(lines.loc[idx, "price_unit"]) * 1.015, 2)
        else:
            lines.loc[idx, "discount"] = float(so.loc[int(lines.loc[idx, "so_line_id"]), "discount"]) + 4.0
        use(firm, ("move", int(inv.id)))
        done += 1
    for orig in (
        _invoices(firm, timesheet=False).head(n).itertuples()
    ):  # same amount, 12 days later, new reference
        new_id = _next_move(firm)
        ref = f"PO-{int(firm.rng.integers(70000, 79999))}"  # another order of the same value, not a duplicate
        firm.invoice_copies.append({"id": new_id, "orig": int(orig.id), "shift_days": 12, "ref": ref})
        use(firm, ("move", int(orig.id)), ("move", new_id))
        done += 1
    exp = firm.frames["expenses"]
    for e in exp[exp["total_amount"] > 50].head(n).to_dict("records"):
        copy = {
            **e,
            "id": int(firm.frames["expenses"]["id"].max()) + 1,
            "date": pd.bdate_range(e["date"] + pd.Timedelta(days=6), periods=1)[0],
            "name": "Parking",
        }
        firm.frames["expenses"] = pd.concat(
            [firm.frames["expenses"], pd.DataFrame([copy])], ignore_index=True
        )
        done += 1
    return done


def add_near_misses(firm: Firm, n: int) -> int:
    """``n`` of each near miss; returns how many records were placed."""
    if n <= 0:
        return 0
    placed = split_entry(firm, n) + slightly_late(firm, n) + inside_grace(firm, n) + small_overrun(firm, n)
    return placed + billing(firm, n)


__all__ = ["add_near_misses", "valid_task"]
