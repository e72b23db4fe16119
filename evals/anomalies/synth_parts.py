"""Parts of the synthetic firm (:mod:`evals.anomalies.synth`): task state, sales and invoices, expenses, and the
final pass that derives efforts, allocations and invoice totals after anomalies were injected."""

from __future__ import annotations

from typing import TYPE_CHECKING

import numpy as np
import pandas as pd

if TYPE_CHECKING:
    from evals.anomalies.synth import Firm

TAX = 1.21


def build_task_state(firm: Firm) -> None:
    """Close tasks whose work ended well before today; deadlines a little before or after the work ends."""
    rng, today = firm.rng, firm.today
    tasks, ts = firm.frames["tasks"], firm.frames["timesheets"]
    last = ts.groupby("task_id")["date"].max()
    tasks["last_line"] = tasks["id"].map(last)
    ended = tasks["last_line"].notna() & (tasks["t_end"] < today - pd.Timedelta(days=20))
    closed_on = tasks["last_line"] + pd.to_timedelta(rng.integers(0, 6, len(tasks)), unit="D")
    tasks["closed_on"] = closed_on.where(ended).where(closed_on < today, today - pd.Timedelta(days=1))
    tasks.loc[~ended, "closed_on"] = pd.NaT
    tasks["is_closed"] = ended
    tasks["stage_fold"] = ended
    tasks["state"] = np.where(ended, "1_done", "01_in_progress")
    deadline = tasks["t_end"] + pd.to_timedelta(rng.integers(-20, 31, len(tasks)), unit="D")
    tasks["date_deadline"] = deadline.where(rng.random(len(tasks)) < 0.8)
    tasks["user_id"] = 1000 + rng.integers(1, len(firm.frames["employees"]) + 1, len(tasks))
    tasks["write_date"] = today - pd.Timedelta(days=3)
    projects = firm.frames["projects"]
    last_created = ts.groupby("project_id")["create_date"].max()
    archived_at = projects["id"].map(last_created) + pd.Timedelta(days=3)
    projects["write_date"] = archived_at.where(~projects["active"], today - pd.Timedelta(days=10))


def build_billing(firm: Firm) -> None:
    """Sale-order lines, timesheet billing fields, monthly invoices that bill the time exactly, credit notes."""
    rng, today = firm.rng, firm.today
    projects, ts = firm.frames["projects"], firm.frames["timesheets"]
    so_rows = []
    for p in projects.itertuples():
        if p.billing == "internal":
            continue
        order = 500 + int(p.id)
        roles = (
            [("Senior consultant hours", 1), ("Consultant hours", 2)]
            if p.billing == "tm"
            else [("Fixed fee", 3)]
        )
        for role, product in roles[: int(rng.integers(1, len(roles) + 1))]:
            price = (
                float(rng.integers(19, 33) * 5) if p.billing == "tm" else float(rng.integers(20, 90) * 1000)
            )
            so_rows.append(
                {
                    "id": len(so_rows) + 1,
                    "order_id": order,
                    "order_name": f"S{order:05d}",
                    "partner_id": int(p.partner_id),
                    "partner_name": f"Client {int(p.partner_id):02d} NV",
                    "product_id": product,
                    "name": role,
                    "price_unit": price,
                    "discount": float(rng.choice([0, 0, 0, 5, 10])),
                    "state": "sale",
                    "salesman_id": int(p.user_id),
                    "project_id": int(p.id),
                    "billing": p.billing,
                }
            )
    so = pd.DataFrame(so_rows)
    firm.frames["so_lines"] = so
    # each line of a project goes to one of the project's SO lines (by task parity)
    first = so.groupby("project_id")["id"].min()
    count = so.groupby("project_id")["id"].size()
    billing = projects.set_index("id")["billing"]
    pb = ts["project_id"].map(billing)
    offset = ts["task_id"] % ts["project_id"].map(count).fillna(1).astype(int)
    ts["so_line_id"] = (
        (ts["project_id"].map(first).fillna(0) + offset).where(pb != "internal", 0).astype("int64")
    )
    ts["invoice_type"] = pb.map(
        {"tm": "billable_time", "fixed": "billable_fixed", "internal": "non_billable"}
    )
    ts["validated"] = True
    ts["invoice_id"] = 0

    inv_rows, line_rows = [], []
    month = ts["date"].dt.to_period("M")
    tm = ts[pb == "tm"].assign(month=month[pb == "tm"])
    tm = tm.merge(so[["id", "order_id"]].rename(columns={"id": "so_line_id"}), on="so_line_id")
    month_end = tm["month"].dt.to_timestamp(how="end").dt.normalize()
    tm = tm[month_end <= today - pd.Timedelta(days=5)]
    keys = (
        tm[["order_id", "month"]].drop_duplicates().sort_values(["order_id", "month"]).reset_index(drop=True)
    )
    keys["move_id"] = np.arange(1, len(keys) + 1)
    for order, m, inv_id in keys.itertuples(index=False):
        inv_date = m.to_timestamp(how="end").normalize() + pd.Timedelta(days=int(rng.integers(1, 5)))
        inv_rows.append(_invoice(so, order, inv_id, inv_date, f"PO-{4000 + order}", "out_invoice"))
    tm = tm.merge(keys, on=["order_id", "month"])
    ts["invoice_id"] = ts["id"].map(tm.set_index("id")["move_id"]).fillna(0).astype("int64")
    per_line = tm.groupby(["move_id", "so_line_id", "month"], sort=True)["hours"].sum().reset_index()
    by_sol = so.set_index("id")
    for move_id, sol, m, hours in per_line.itertuples(index=False):
        s = by_sol.loc[sol]
        line_rows.append(
            {
                "id": len(line_rows) + 1,
                "move_id": move_id,
                "product_id": s["product_id"],
                "product_name": s["name"],
                "name": f"{s['name']} {m}",
                "quantity": round(hours, 2),
                "price_unit": s["price_unit"],
                "discount": s["discount"],
                "so_line_id": sol,
            }
        )
    for s in so[so["billing"] == "fixed"].itertuples():
        for i, m in enumerate(
            pd.period_range(today - pd.Timedelta(days=150), today - pd.Timedelta(days=35), freq="M")
        ):
            inv_date = m.to_timestamp(how="start") + pd.Timedelta(days=int(rng.integers(0, 3)))
            inv_id = len(inv_rows) + 1
            inv_rows.append(
                _invoice(so, s.order_id, inv_id, inv_date, f"PO-{4000 + s.order_id}", "out_invoice")
            )
            line_rows.append(
                {
                    "id": len(line_rows) + 1,
                    "move_id": inv_id,
                    "product_id": s.product_id,
                    "product_name": s.name,
                    "name": f"Fixed fee instalment {i + 1}/6",
                    "quantity": round(1 / 6, 4),
                    "price_unit": s.price_unit,
                    "discount": 0.0,
                    "so_line_id": s.id,
                }
            )
    partners = sorted(set(so["partner_id"]))
    for partner in partners[: max(1, len(partners) // 4)]:  # monthly retainers: same amount and reference
        fee = float(rng.integers(20, 60) * 100)
        for m in pd.period_range(today - pd.Timedelta(days=150), today - pd.Timedelta(days=5), freq="M"):
            inv_id = len(inv_rows) + 1
            row = _invoice(so, 0, inv_id, m.to_timestamp(how="start"), f"RET-{partner}", "out_invoice")
            row.update(partner_id=partner, partner_name=f"Client {partner:02d} NV", invoice_origin="")
            inv_rows.append(row)
            line_rows.append(
                {
                    "id": len(line_rows) + 1,
                    "move_id": inv_id,
                    "product_id": 4,
                    "product_name": "Retainer",
                    "name": f"Advisory retainer {m}",
                    "quantity": 1.0,
                    "price_unit": fee,
                    "discount": 0.0,
                    "so_line_id": 0,
                }
            )
    invoices = pd.DataFrame(inv_rows).sort_values(["invoice_date", "id"]).reset_index(drop=True)
    for refund, orig in enumerate(
        rng.choice(invoices["id"].to_numpy(), size=min(3, len(invoices)), replace=False)
    ):
        o = invoices[invoices["id"] == orig].iloc[0]
        inv_id = len(inv_rows) + refund + 1
        row = {
            **o.to_dict(),
            "id": inv_id,
            "move_type": "out_refund",
            "reversed_entry_id": int(orig),
            "ref": f"Reversal of {o['name']}",
            "invoice_date": o["invoice_date"] + pd.Timedelta(days=10),
        }
        invoices = pd.concat([invoices, pd.DataFrame([row])], ignore_index=True)
        line_rows.append(
            {
                "id": len(line_rows) + 1,
                "move_id": inv_id,
                "product_id": 0,
                "product_name": "",
                "name": "Credit for disputed hours",
                "quantity": 2.0,
                "price_unit": 100.0,
                "discount": 0.0,
                "so_line_id": 0,
            }
        )
    seq = invoices.groupby(invoices["invoice_date"].dt.year).cumcount() + 1
    prefix = np.where(invoices["move_type"] == "out_refund", "RINV", "INV")
    invoices["name"] = [
        f"{p}/{d.year}/{n:05d}" for p, d, n in zip(prefix, invoices["invoice_date"], seq, strict=True)
    ]
    firm.frames["invoices"] = invoices
    firm.frames["invoice_lines"] = pd.DataFrame(line_rows)


def _invoice(
    so: pd.DataFrame, order: int, inv_id: int, day: pd.Timestamp, ref: str, move_type: str
) -> dict[str, object]:
    s = so[so["order_id"] == order].iloc[0] if order else so.iloc[0]
    return {
        "id": inv_id,
        "name": "",
        "move_type": move_type,
        "state": "posted",
        "partner_id": int(s["partner_id"]),
        "partner_name": s["partner_name"],
        "ref": ref,
        "invoice_date": day,
        "invoice_origin": s["order_name"],
        "reversed_entry_id": 0,
        "user_id": int(s["salesman_id"]),
        "write_date": day + pd.Timedelta(hours=11),
    }


def build_expenses(firm: Firm, bdays: pd.DatetimeIndex) -> None:
    from evals.anomalies.synth import CITIES, PRODUCTS

    rng = firm.rng
    emp = firm.frames["employees"]["id"].to_numpy()
    n = int(len(emp) * len(bdays) / 14)
    who = rng.choice(emp, size=n)
    when = bdays[rng.integers(0, len(bdays), n)]
    product = rng.integers(0, len(PRODUCTS), n)
    names = [
        f"{PRODUCTS[p]} {CITIES[c]}" for p, c in zip(product, rng.integers(0, len(CITIES), n), strict=True)
    ]
    firm.frames["expenses"] = pd.DataFrame(
        {
            "id": np.arange(1, n + 1),
            "employee_id": who,
            "name": names,
            "date": when,
            "total_amount": np.round(rng.uniform(12, 450, n), 2),
            "product_id": product + 1,
            "product_name": np.array(PRODUCTS, dtype=object)[product],
            "state": rng.choice(["approved", "done", "submitted"], size=n),
            "create_date": when + pd.Timedelta(days=1, hours=19),
        }
    )


def finalize_effort(firm: Firm) -> None:
    rng, today = firm.rng, firm.today
    tasks, projects, ts = firm.frames["tasks"], firm.frames["projects"], firm.frames["timesheets"]
    tasks["effective_hours"] = tasks["id"].map(ts.groupby("task_id")["hours"].sum()).fillna(0.0)
    factor = pd.Series(rng.uniform(1.05, 1.5, len(tasks)), index=tasks.index)
    factor = factor.where(rng.random(len(tasks)) < 0.85, 0.0)
    injected = tasks["id"].map(firm.task_alloc_factor)
    factor = injected.fillna(factor)
    tasks["allocated_hours"] = np.round(tasks["effective_hours"] * factor)
    projects["effective_hours"] = projects["id"].map(ts.groupby("project_id")["hours"].sum()).fillna(0.0)
    span = (projects["date"] - projects["date_start"]).dt.days.clip(lower=1)
    elapsed = ((today - projects["date_start"]).dt.days / span).clip(lower=0.01)
    burn = np.where(
        elapsed < 1,
        elapsed * rng.uniform(0.8, 1.05, len(projects)),
        1 / rng.uniform(1.0, 1.15, len(projects)),
    )
    burn = projects["id"].map(firm.project_burn).fillna(pd.Series(burn, index=projects.index))
    projects["allocated_hours"] = np.round(projects["effective_hours"] / burn).where(
        projects["effective_hours"] > 0, 100.0
    )


def finalize_billing(firm: Firm) -> None:
    """Invoice quantities = linked timesheet hours (x an injected factor), then duplicates, then totals."""
    lines, inv, ts = firm.frames["invoice_lines"], firm.frames["invoices"], firm.frames["timesheets"]
    linked = ts[ts["invoice_id"] > 0].groupby(["invoice_id", "so_line_id"])["hours"].sum()
    key = pd.MultiIndex.from_arrays([lines["move_id"], lines["so_line_id"]])
    hours = pd.Series(linked.reindex(key).to_numpy(), index=lines.index)
    factor = lines["id"].map(firm.qty_factor).fillna(1.0)
    lines["quantity"] = np.round(hours * factor, 2).fillna(lines["quantity"])
    new_inv, new_lines = [], []
    next_line = int(lines["id"].max()) + 1
    for n, spec in enumerate(firm.invoice_copies, 1):
        orig = inv[inv["id"] == spec["orig"]].iloc[0].to_dict()
        day = orig["invoice_date"] + pd.Timedelta(days=spec["shift_days"])
        new_inv.append(
            {
                **orig,
                "id": spec["id"],
                "ref": spec["ref"],
                "invoice_date": day,
                "name": f"INV/{day.year}/9{n:04d}",
                "write_date": day + pd.Timedelta(hours=9),
            }
        )
        for line in lines[lines["move_id"] == spec["orig"]].to_dict("records"):
            new_lines.append({**line, "id": next_line, "move_id": spec["id"]})
            next_line += 1
    if new_inv:
        inv = pd.concat([inv, pd.DataFrame(new_inv)], ignore_index=True)
        lines = pd.concat([lines, pd.DataFrame(new_lines)], ignore_index=True)
    lines["price_subtotal"] = np.round(
        lines["quantity"] * lines["price_unit"] * (1 - lines["discount"] / 100), 2
    )
    untaxed = lines.groupby("move_id")["price_subtotal"].sum()
    inv["amount_untaxed"] = inv["id"].map(untaxed).fillna(0.0)
    inv["amount_total"] = np.round(inv["amount_untaxed"] * TAX, 2)
    firm.frames["invoices"], firm.frames["invoice_lines"] = inv, lines
