"""Billing part of the per-record loop baseline (see :mod:`evals.anomalies.loop_baseline`)."""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Callable
from datetime import date, timedelta
from typing import Any

from assistant.anomaly.config import AnomalySettings

Finding = tuple[str, str, int]
MOVE = "account.move"


def billing(
    out: set[Finding],
    data: dict[str, list[dict[str, Any]]],
    th: AnomalySettings,
    today: date,
    *,
    norm: Callable[[str], str],
    norm_ref: Callable[[str], str],
) -> None:
    invoices = [m for m in data["invoices"] if m["state"] != "cancel"]
    customer = {m["id"]: m for m in invoices if m["move_type"] == "out_invoice"}
    lines_by_move: dict[int, list[dict[str, Any]]] = defaultdict(list)
    for ln in data["invoice_lines"]:
        lines_by_move[ln["move_id"]].append(ln)
    sols = {s["id"]: s for s in data["so_lines"]}
    _duplicates(out, customer, lines_by_move, th, norm, norm_ref)
    rates = {k.strip().lower(): v for k, v in th.agreed_rates.items()}
    for move_id in customer:
        for ln in lines_by_move.get(move_id, []):
            so = sols.get(ln["so_line_id"])
            agreed = (
                so["price_unit"]
                if so
                else rates.get(str(ln["product_id"]), rates.get(ln["product_name"].strip().lower()))
            )
            if agreed and agreed > 0 and abs(ln["price_unit"] - agreed) / agreed > th.rate_tolerance:
                out.add(("inv_rate_mismatch", MOVE, move_id))
            if ln["discount"] > th.max_discount_pct or (
                so is not None and ln["discount"] - so["discount"] > th.discount_tolerance_pct
            ):
                out.add(("inv_unusual_discount", MOVE, move_id))
    cutoff = today - timedelta(days=th.unbilled_days)
    unbilled: dict[int, float] = defaultdict(float)
    linked: dict[tuple[int, int], float] = defaultdict(float)
    for r in data["timesheets"]:
        so = sols.get(r["so_line_id"])
        if (
            r["invoice_type"] == "billable_time"
            and so is not None
            and not r["invoice_id"]
            and r["validated"]
            and r["date"] < cutoff
            and not r.get("outside_window")
            and so["state"] == "sale"
        ):
            unbilled[so["order_id"]] += r["hours"] * so["price_unit"] * (1 - so["discount"] / 100)
        if r["invoice_id"] in customer and r["so_line_id"]:
            linked[(r["invoice_id"], r["so_line_id"])] += r["hours"]
    out |= {("unbilled_time", "sale.order", o) for o, v in unbilled.items() if v >= th.unbilled_min_amount}
    gaps: dict[int, list[float]] = defaultdict(lambda: [0.0, 0.0])
    billed: dict[tuple[int, int], list[float]] = {}
    for move_id in {m for m, _ in linked}:
        for ln in lines_by_move.get(move_id, []):
            if ln["so_line_id"]:
                entry = billed.setdefault(
                    (move_id, ln["so_line_id"]), [0.0, ln["price_unit"] * (1 - ln["discount"] / 100)]
                )
                entry[0] += ln["quantity"]
    for key in set(linked) | set(billed):
        so = sols.get(key[1])
        qty, net = billed.get(key, [0.0, so["price_unit"] * (1 - so["discount"] / 100) if so else 0.0])
        gaps[key[0]][0] += linked.get(key, 0.0) * net
        gaps[key[0]][1] += qty * net
    for move_id, (ts_value, inv_value) in gaps.items():
        gap = inv_value - ts_value
        if abs(gap) > th.gap_tolerance * abs(ts_value) and abs(gap) >= th.gap_min_amount:
            out.add(("inv_timesheet_gap", MOVE, move_id))
    for m in invoices:
        if (
            m["move_type"] in ("out_refund", "in_refund")
            and not m["reversed_entry_id"]
            and not m["ref"].strip()
            and not m["invoice_origin"].strip()
        ):
            out.add(("credit_note_no_ref", MOVE, m["id"]))


def _duplicates(
    out: set[Finding],
    customer: dict[int, dict[str, Any]],
    lines: dict[int, list[dict[str, Any]]],
    th: AnomalySettings,
    norm: Callable[[str], str],
    norm_ref: Callable[[str], str],
) -> None:
    def content(move_id: int) -> str:
        return "\n".join(
            sorted(
                f"{norm(ln['name'])}|{round(ln['quantity'], 3)}|{round(ln['price_unit'], 2)}|"
                f"{round(ln['discount'], 2)}"
                for ln in lines.get(move_id, [])
            )
        )

    by_partner: dict[int, list[dict[str, Any]]] = defaultdict(list)
    for m in customer.values():
        by_partner[m["partner_id"]].append(m)
    for group in by_partner.values():
        for a in group:
            for b in group:
                if a["id"] >= b["id"]:
                    continue
                ra, rb = a["ref"].strip().lower(), b["ref"].strip().lower()
                days = abs((b["invoice_date"] - a["invoice_date"]).days)
                same_amount = round(a["amount_total"] * 100) == round(b["amount_total"] * 100)
                sa, sb = content(a["id"]), content(b["id"])
                same_content = sa == sb if sa and sb else days <= th.dup_invoice_fuzzy_days
                oa, ob = a["invoice_origin"].strip().lower(), b["invoice_origin"].strip().lower()
                exact = same_amount and ra and ra == rb and same_content
                relaxed = (
                    same_amount
                    and (ra != rb or not ra)
                    and days <= th.dup_invoice_window_days
                    and not (oa and ob and oa != ob)
                )
                da, db = re.sub(r"\D", "", ra), re.sub(r"\D", "", rb)
                similar = ra != rb and (
                    (norm_ref(ra) and norm_ref(ra) == norm_ref(rb)) or (len(da) >= 4 and da == db)
                )
                tol = th.dup_invoice_amount_tolerance * max(abs(a["amount_total"]), abs(b["amount_total"]))
                fuzzy = (
                    similar
                    and abs(a["amount_total"] - b["amount_total"]) <= tol
                    and days <= th.dup_invoice_fuzzy_days
                )
                if exact or relaxed or fuzzy:
                    out.add(("inv_duplicate", MOVE, b["id"]))
