"""Billing detectors that join timesheets with sale-order lines and invoices:

- ``unbilled_time``: billable, approved time on confirmed sale-order lines, older than ``unbilled_days`` and not
  invoiced (revenue leakage), with the amount at stake, one flag per sale order;
- ``inv_timesheet_gap``: the quantity an invoice bills for each sale-order line versus the timesheet hours linked
  to that invoice, valued at the invoiced price (so that price and discount differences, which have their own
  kinds, do not show up twice).
"""

from __future__ import annotations

import pandas as pd

from assistant.anomaly.detectors.billing import MOVE, ORDER, SO_LINE, _customer_invoices, _inv_flag, _label
from assistant.anomaly.detectors.common import Ctx, day, fmt
from assistant.anomaly.flags import Flag, clip01, severity_for

TS = "account.analytic.line"


def unbilled(ctx: Ctx) -> list[Flag]:
    th = ctx.th
    t = ctx.data.timesheets
    so = ctx.data.so_lines
    cutoff = ctx.today - pd.Timedelta(days=th.unbilled_days)
    t = t[
        (t["invoice_type"] == "billable_time")
        & (t["so_line_id"] > 0)
        & (t["invoice_id"] == 0)
        & t["validated"]
        & (t["date"] < cutoff)
        & ~t["outside_window"]
    ]
    if t.empty or so.empty:
        return []
    so = so[so["state"] == "sale"]
    lines = t.merge(
        so.rename(columns={"id": "so_line_id", "name": "so_name"})[
            [
                "so_line_id",
                "order_id",
                "order_name",
                "partner_id",
                "partner_name",
                "price_unit",
                "discount",
                "salesman_id",
                "so_name",
            ]
        ],
        on="so_line_id",
    )
    if lines.empty:
        return []
    lines = lines.assign(value=lines["hours"] * lines["price_unit"] * (1 - lines["discount"] / 100))
    per_line = (
        lines.groupby(["order_id", "so_line_id"], sort=True)
        .agg(
            hours=("hours", "sum"),
            value=("value", "sum"),
            n=("id", "size"),
            oldest=("date", "min"),
            price=("price_unit", "first"),
            so_name=("so_name", "first"),
        )
        .reset_index()
    )
    per_order = (
        lines.groupby("order_id", sort=True)
        .agg(
            hours=("hours", "sum"),
            value=("value", "sum"),
            n=("id", "size"),
            oldest=("date", "min"),
            order_name=("order_name", "first"),
            partner_id=("partner_id", "first"),
            partner_name=("partner_name", "first"),
            salesman_id=("salesman_id", "first"),
        )
        .reset_index()
    )
    per_order = per_order[per_order["value"] >= th.unbilled_min_amount]
    flags = []
    for row in per_order.to_dict("records"):
        order = int(row["order_id"])
        mine = per_line[per_line["order_id"] == order]
        age = int((ctx.today - row["oldest"]).days)
        score = clip01(0.2 + float(row["value"]) / 20000 + age / 730)
        name = row["order_name"] or f"sale order #{order}"
        partner = str(row["partner_name"])
        flags.append(
            Flag(
                kind="unbilled_time",
                odoo_model=SO_LINE,
                record_ids=tuple(mine["so_line_id"].tolist()),
                target_model=ORDER,
                target_id=order,
                severity=severity_for(score),
                score=score,
                subject="unbilled",
                reason=f"{fmt(row['hours'])} h of approved billable time on {name} ({fmt(row['value'])} at the agreed "
                f"rates) is older than {th.unbilled_days} days and not invoiced; the oldest entry is from "
                f"{day(row['oldest'])} ({age} days).",
                evidence={
                    "hours": float(row["hours"]),
                    "amount_at_stake": round(float(row["value"]), 2),
                    "entries": int(row["n"]),
                    "oldest_entry": day(row["oldest"]),
                    "age_days": age,
                    "limit_days": th.unbilled_days,
                },
                scope=f"partner:{int(row['partner_id'])}",
                assignee_id=int(row["salesman_id"]) or None,
                sensitive=[("ORG", partner)] if partner else [],
                table={
                    "columns": ["sale order line", "unit price", "hours", "amount", "entries", "oldest"],
                    "rows": [
                        [
                            r["so_name"],
                            float(r["price"]),
                            float(r["hours"]),
                            round(float(r["value"]), 2),
                            int(r["n"]),
                            day(r["oldest"]),
                        ]
                        for r in mine.to_dict("records")
                    ],
                },
            )
        )
    return flags


def timesheet_gap(ctx: Ctx) -> list[Flag]:
    th = ctx.th
    inv = _customer_invoices(ctx)
    t = ctx.data.timesheets
    t = t[(t["invoice_id"] > 0) & (t["so_line_id"] > 0) & t["invoice_id"].isin(inv["id"])]
    if t.empty:
        return []
    hours = t.groupby(["invoice_id", "so_line_id"], sort=True)["hours"].sum().rename("ts_hours").reset_index()
    hours = hours.rename(columns={"invoice_id": "move_id"})
    il = ctx.data.invoice_lines
    il = il[il["move_id"].isin(hours["move_id"]) & (il["so_line_id"] > 0)]
    billed = (
        il.assign(net=il["price_unit"] * (1 - il["discount"] / 100))
        .groupby(["move_id", "so_line_id"], sort=True)
        .agg(inv_qty=("quantity", "sum"), net=("net", "first"), line_name=("name", "first"))
        .reset_index()
    )
    so = ctx.data.so_lines[["id", "price_unit", "discount", "name"]].rename(
        columns={"id": "so_line_id", "name": "so_name"}
    )
    m = hours.merge(billed, on=["move_id", "so_line_id"], how="outer").merge(so, on="so_line_id", how="left")
    m = m.fillna({"ts_hours": 0.0, "inv_qty": 0.0})
    m["net"] = m["net"].fillna(m["price_unit"] * (1 - m["discount"].fillna(0) / 100)).fillna(0.0)
    m["line_name"] = m["line_name"].fillna(m["so_name"]).fillna("")
    m = m.assign(ts_value=m["ts_hours"] * m["net"], inv_value=m["inv_qty"] * m["net"])
    per = m.groupby("move_id", sort=True).agg(
        ts_value=("ts_value", "sum"),
        inv_value=("inv_value", "sum"),
        ts_hours=("ts_hours", "sum"),
        inv_qty=("inv_qty", "sum"),
    )
    per = per.assign(gap=per["inv_value"] - per["ts_value"]).reset_index()
    hot = per[
        (per["gap"].abs() > th.gap_tolerance * per["ts_value"].abs())
        & (per["gap"].abs() >= th.gap_min_amount)
    ]
    by_id = inv.set_index("id")
    flags = []
    for row in hot.to_dict("records"):
        move = int(row["move_id"])
        head = {**by_id.loc[move].to_dict(), "id": move}
        gap, ts_value = float(row["gap"]), float(row["ts_value"])
        rel = abs(gap) / ts_value if ts_value else 1.0
        score = clip01(0.2 + rel + abs(gap) / 20000)
        word = "more" if gap > 0 else "less"
        mine = m[m["move_id"] == move]
        ids = t[t["invoice_id"] == move]["id"].tolist()
        flags.append(
            _inv_flag(
                "inv_timesheet_gap",
                head,
                ids,
                score,
                f"{_label(head)} bills {fmt(row['inv_qty'])} h ({fmt(row['inv_value'])}) for sale-order lines whose "
                f"linked timesheets total {fmt(row['ts_hours'])} h ({fmt(ts_value)}): {fmt(abs(gap))} {word} than "
                f"the time it covers.",
                {
                    "invoiced_hours": float(row["inv_qty"]),
                    "timesheet_hours": float(row["ts_hours"]),
                    "invoiced_value": round(float(row["inv_value"]), 2),
                    "timesheet_value": round(ts_value, 2),
                    "gap": round(gap, 2),
                    "gap_pct": round(100 * rel),
                },
                {
                    "columns": ["sale order line", "invoiced qty", "timesheet hours", "net unit price"],
                    "rows": [
                        [r["line_name"], float(r["inv_qty"]), float(r["ts_hours"]), round(float(r["net"]), 2)]
                        for r in mine.to_dict("records")
                    ],
                },
                odoo_model=TS,
                subject="timesheet gap",
            )
        )
    return flags


__all__ = ["MOVE", "timesheet_gap", "unbilled"]
