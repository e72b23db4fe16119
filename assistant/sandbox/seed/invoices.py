"""Customer invoices, a credit note and vendor bills for the sandbox seed.

Invoices point back to sale order lines (``sale_line_ids``) and T&M timesheets
to their invoice (``timesheet_invoice_id``); names follow Odoo's sequences
(``INV/2026/00042``, ``RINV/...``, ``BILL/2026/11/0001``) in date order.
Payment states are mixed: paid, open, overdue, partially paid.
"""

from __future__ import annotations

from collections import defaultdict
from datetime import date, timedelta
from typing import Any

from .builder import Builder
from .firm import ClientRec
from .projects import Plan
from .sales import finalize_sales


def _tax_rate(client: ClientRec) -> float:
    return 0.21 if client.spec.country == "BE" else 0.0  # intra-EU B2B services: reverse charge


def build_invoices(b: Builder, plans: list[Plan]) -> None:
    """Customer invoices per billing model; named and numbered in date order like Odoo's sequence."""
    specs: list[dict[str, Any]] = []
    lines_by_plan: dict[int, list[dict[str, Any]]] = defaultdict(list)
    for line in b.records["account.analytic.line"].values():
        lines_by_plan[line["project_id"]].append(line)
    for plan in plans:
        if not plan.client:
            continue
        sols = [
            sid
            for sid, sol in b.records["sale.order.line"].items()
            if sol["order_id"] == b.records["sale.order.line"][plan.sale_line_id]["order_id"]
        ]
        so_name = b.records["sale.order"][b.records["sale.order.line"][plan.sale_line_id]["order_id"]]["name"]
        base = {"plan": plan, "origin": so_name}
        if plan.billing == "tm":
            by_month: dict[tuple[int, int], list[dict[str, Any]]] = defaultdict(list)
            for line in lines_by_plan[plan.project_id]:
                d = date.fromisoformat(line["date"])
                by_month[(d.year, d.month)].append(line)
            for (year, month), rows in sorted(by_month.items()):
                inv_day = date(year + month // 12, month % 12 + 1, 1) + timedelta(days=1)
                if inv_day >= b.anchor:
                    continue
                hours = sum(r["unit_amount"] for r in rows)
                specs.append(
                    dict(
                        base,
                        day=inv_day,
                        lines=[(sols[0], f"Consulting hours {year}-{month:02d}", hours, plan.rate)],
                        timesheets=rows,
                    )
                )
        elif plan.billing == "fixed":
            for k, sid in enumerate(sols[: len(plan.milestones)]):
                sol = b.records["sale.order.line"][sid]
                if sol["qty_delivered"] >= 1:
                    ms = b.records["project.milestone"][plan.milestones[k]]
                    shift = (
                        -15 if plan.profile == "at_risk" else 2
                    )  # at risk: phase 2 billed early, now overdue
                    day = (
                        b.day(plan.start + 3)
                        if k == 0
                        else date.fromisoformat(ms["deadline"]) + timedelta(days=shift)
                    )
                    if day < b.anchor:
                        specs.append(dict(base, day=day, lines=[(sid, sol["name"], 1.0, sol["price_unit"])]))
        else:
            for m in range(max(plan.start, -180), 1, 30):
                day = b.day(m)
                specs.append(
                    dict(base, day=day, lines=[(sols[0], f"Advisory retainer {day:%B %Y}", 1.0, plan.rate)])
                )
    specs.sort(key=lambda s: (s["day"], s["plan"].project_id))
    counters: dict[str, int] = defaultdict(int)
    for spec in specs:
        spec["move_id"] = _post_invoice(b, spec, counters)
    _credit_note(b, plans, counters)
    finalize_sales(b)


def _payment(b: Builder, spec: dict[str, Any], due: date, total: float) -> tuple[str, float]:
    plan = spec["plan"]
    age = (b.anchor - spec["day"]).days
    if (plan.profile == "at_risk" or plan.status == "at_risk") and age < 60 and due < b.anchor:
        return "not_paid", total  # overdue
    if due < b.anchor - timedelta(days=5):
        if plan.profile == "healthy" and 35 < age < 70:
            return "partial", round(total / 2, 2)
        return "paid", 0.0
    return "not_paid", total


def _post_invoice(b: Builder, spec: dict[str, Any], counters: dict[str, int]) -> int:
    plan: Plan = spec["plan"]
    client = plan.client
    assert client is not None and plan.manager is not None
    day: date = spec["day"]
    counters[f"INV{day.year}"] += 1
    name = f"INV/{day.year}/{counters[f'INV{day.year}']:05d}"
    untaxed = round(sum(q * p for _, _, q, p in spec["lines"]), 2)
    tax = round(untaxed * _tax_rate(client), 2)
    due = day + timedelta(days=30)
    state, residual = _payment(b, spec, due, untaxed + tax)
    when = b.dts(day, 11)
    move = b.add(
        "account.move",
        {
            "name": name,
            "move_type": "out_invoice",
            "partner_id": client.partner_id,
            "invoice_date": day.isoformat(),
            "invoice_date_due": due.isoformat(),
            "date": day.isoformat(),
            "state": "posted",
            "payment_state": state,
            "amount_untaxed": untaxed,
            "amount_tax": tax,
            "amount_total": round(untaxed + tax, 2),
            "amount_residual": residual,
            "currency_id": 1,
            "company_id": 1,
            "journal_id": 1,
            "invoice_origin": spec["origin"],
            "ref": b.records["sale.order"][b.records["sale.order.line"][spec["lines"][0][0]]["order_id"]][
                "client_order_ref"
            ],
            "invoice_user_id": plan.manager.user_id,
            "partner_bank_id": b.refs["firm_bank"],
            "payment_reference": name,
            "is_move_sent": True,
            "posted_before": True,
            "sequence_prefix": f"INV/{day.year}/",
            "sequence_number": counters[f"INV{day.year}"],
            "auto_post": "no",
            "reversed_entry_id": False,
            "narration": False,
            "checked": True,
        },
        when=when,
        uid=plan.manager.user_id or 2,
    )
    for seq, (sid, label, qty, price) in enumerate(spec["lines"], 1):
        b.add(
            "account.move.line", _line(move, name, client, label, sid, qty, price, seq, day, plan), when=when
        )
        b.records["sale.order.line"][sid]["qty_invoiced"] += qty
    for ts in spec.get("timesheets", []):
        ts["timesheet_invoice_id"] = move
    return move


def _line(
    move: int,
    move_name: str,
    client: ClientRec,
    label: str,
    sid: int | bool,
    qty: float,
    price: float,
    seq: int,
    day: date,
    plan: Plan | None,
) -> dict[str, Any]:
    sub = round(qty * price, 2)
    return {
        "move_id": move,
        "name": label,
        "product_id": False,
        "quantity": qty,
        "price_unit": price,
        "discount": 0.0,
        "price_subtotal": sub,
        "price_total": sub,
        "display_type": "product",
        "sale_line_ids": [sid] if sid else [],
        "partner_id": client.partner_id,
        "date": day.isoformat(),
        "move_name": move_name,
        "parent_state": "posted",
        "currency_id": 1,
        "company_id": 1,
        "sequence": seq,
        "tax_ids": [],
        "account_id": False,
        "product_uom_id": 4 if plan and plan.billing == "tm" else 1,
        "analytic_distribution": {str(plan.account_id): 100.0} if plan else False,
    }


def _credit_note(b: Builder, plans: list[Plan], counters: dict[str, int]) -> None:
    """Greenfield disputed 6 hours of its first invoice: one posted credit note."""
    plan = next(
        (
            p
            for p in plans
            if p.client and p.billing == "tm" and p.profile == "generic" and p.client.spec.country == "GB"
        ),
        None,
    )
    moves = [
        m
        for m in b.records["account.move"].values()
        if plan and plan.client and m["partner_id"] == plan.client.partner_id
    ]
    if not plan or not moves or not plan.client:
        return
    first = moves[0]
    day = date.fromisoformat(first["invoice_date"]) + timedelta(days=12)
    counters[f"RINV{day.year}"] += 1
    name = f"RINV/{day.year}/{counters[f'RINV{day.year}']:05d}"
    amount = round(6 * plan.rate, 2)
    move = b.add(
        "account.move",
        {
            "name": name,
            "move_type": "out_refund",
            "partner_id": plan.client.partner_id,
            "invoice_date": day.isoformat(),
            "invoice_date_due": day.isoformat(),
            "date": day.isoformat(),
            "state": "posted",
            "payment_state": "paid",
            "amount_untaxed": amount,
            "amount_tax": 0.0,
            "amount_total": amount,
            "amount_residual": 0.0,
            "currency_id": 1,
            "company_id": 1,
            "journal_id": 1,
            "invoice_origin": first["invoice_origin"],
            "ref": f"Reversal of: {first['name']}, 6 disputed hours",
            "invoice_user_id": first["invoice_user_id"],
            "reversed_entry_id": first["id"],
            "payment_reference": name,
            "is_move_sent": True,
            "posted_before": True,
            "auto_post": "no",
            "partner_bank_id": False,
            "narration": False,
            "checked": True,
        },
        when=b.dts(day, 15),
    )
    b.add(
        "account.move.line",
        _line(
            move, name, plan.client, "Disputed consulting hours (credit)", False, 6.0, plan.rate, 1, day, plan
        ),
        when=b.dts(day, 15),
    )
    first["payment_state"] = "partial" if first["payment_state"] != "paid" else "paid"
    b.refs["credit_note"] = move


def build_vendor_bills(b: Builder) -> None:
    counters: dict[str, int] = defaultdict(int)
    specs = []
    hosting, paper, travel = b.refs["suppliers"]
    for m in (-75, -45, -15):
        specs.append(
            (hosting, b.day(m), "Managed hosting & backups", 290.0, f"CN-{b.rng.randint(10000, 99999)}")
        )
    specs.append((paper, b.day(-33), "Office supplies and printing", 184.6, f"F{b.rng.randint(2000, 2999)}"))
    specs.append(
        (
            travel,
            b.day(-21),
            "Train tickets Brussels-Hamburg (WMS workshops)",
            812.4,
            f"RB-{b.rng.randint(100000, 999999)}",
        )
    )
    for supplier, day, label, amount, ref in sorted(specs, key=lambda s: s[1]):
        key = f"{day.year}/{day.month:02d}"
        counters[key] += 1
        name = f"BILL/{key}/{counters[key]:04d}"
        paid = day < b.anchor - timedelta(days=30)
        move = b.add(
            "account.move",
            {
                "name": name,
                "move_type": "in_invoice",
                "partner_id": supplier.partner_id,
                "invoice_date": day.isoformat(),
                "invoice_date_due": (day + timedelta(days=30)).isoformat(),
                "date": day.isoformat(),
                "state": "posted",
                "payment_state": "paid" if paid else "not_paid",
                "amount_untaxed": amount,
                "amount_tax": 0.0,
                "amount_total": amount,
                "amount_residual": 0.0 if paid else amount,
                "currency_id": 1,
                "company_id": 1,
                "journal_id": 2,
                "ref": ref,
                "invoice_origin": False,
                "invoice_user_id": False,
                "payment_reference": ref,
                "partner_bank_id": False,
                "reversed_entry_id": False,
                "posted_before": True,
                "auto_post": "no",
                "narration": False,
                "checked": True,
                "is_move_sent": False,
            },
            when=b.dts(day, 9),
        )
        b.add("account.move.line", _line(move, name, supplier, label, False, 1.0, amount, 1, day, None))
