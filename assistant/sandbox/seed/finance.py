"""Sales orders, customer invoices, a credit note, vendor bills, expenses and leads for the sandbox seed.

Billing follows the project's commercial model the way Odoo encodes it: the
sale order line's product service policy (prepaid fixed fee, time and
materials on timesheets, manual monthly retainer), the timesheets'
``timesheet_invoice_type`` and invoices whose lines point back to the sale
order lines (``sale_line_ids``).  Payment states are mixed: paid, open, overdue,
partially paid.
"""

from __future__ import annotations

from collections import defaultdict
from datetime import date, timedelta
from typing import Any

from .builder import Builder
from .firm import ClientRec
from .people import fill
from .projects import Plan

INVOICE_TYPE = {
    "fixed": "billable_fixed",
    "tm": "billable_time",
    "retainer": "billable_manual",
    "internal": "non_billable",
}
DELIVERED_METHOD = {"fixed": "manual", "tm": "timesheet", "retainer": "manual"}


def _tax_rate(client: ClientRec) -> float:
    return 0.21 if client.spec.country == "BE" else 0.0  # intra-EU B2B services: reverse charge


def build_sales(b: Builder, plans: list[Plan]) -> None:
    for n, plan in enumerate([p for p in plans if p.client], 1):
        client = plan.client
        assert client is not None and plan.manager is not None
        ordered = b.day(plan.start - 14)
        so = b.add(
            "sale.order",
            {
                "name": f"S{n:05d}",
                "partner_id": client.partner_id,
                "partner_invoice_id": client.partner_id,
                "partner_shipping_id": client.partner_id,
                "date_order": b.dts(ordered, 10),
                "state": "sale",
                "user_id": plan.manager.user_id,
                "client_order_ref": f"PO-{b.rng.randint(40000, 49999)}",
                "currency_id": 1,
                "company_id": 1,
                "project_id": plan.project_id,
                "origin": False,
                "locked": False,
                "validity_date": (ordered + timedelta(days=30)).isoformat(),
                "require_signature": True,
                "require_payment": False,
                "note": "<p>Payment terms: 30 days net.</p>",
                "invoice_status": "no",
            },
            when=b.dts(ordered, 10),
        )
        lines: list[tuple[str, str, float, float, float]] = []  # key, label, qty, price, delivered
        if plan.billing == "fixed":
            for k, share in enumerate((0.3, 0.4, 0.3)):
                reached = b.records["project.milestone"][plan.milestones[k]]["is_reached"]
                lines.append(
                    (
                        "fixed",
                        f"Phase {k + 1} - fixed fee",
                        1.0,
                        round(plan.budget * share, 2),
                        1.0 if (reached or k == 0) else 0.0,
                    )
                )
        elif plan.billing == "tm":
            lines.append(
                (
                    "tm",
                    "Consulting hours (time & materials)",
                    float(b.rng.choice([300, 400, 500])),
                    plan.rate,
                    0.0,
                )
            )
        else:
            months = max(1, (-plan.start) // 30 + 1)
            lines.append(
                ("retainer", "Monthly advisory retainer (12 months)", 12.0, plan.rate, float(min(12, months)))
            )
        if plan.profile in ("healthy", "generic") and n % 2 == 0:
            lines.append(("workshop", "Executive workshop day", 2.0, 1800.0, 1.0))
        ids = []
        for seq, (key, label, qty, price, delivered) in enumerate(lines, 1):
            ids.append(
                b.add(
                    "sale.order.line",
                    {
                        "order_id": so,
                        "name": label,
                        "product_id": b.refs["product"][key],
                        "product_uom_qty": qty,
                        "product_uom": 4 if key == "tm" else 1,
                        "price_unit": price,
                        "discount": 0.0,
                        "qty_delivered": delivered,
                        "qty_invoiced": 0.0,
                        "project_id": plan.project_id,
                        "task_id": False,
                        "state": "sale",
                        "qty_delivered_method": DELIVERED_METHOD.get(key, "manual"),
                        "sequence": seq,
                        "currency_id": 1,
                        "company_id": 1,
                        "order_partner_id": client.partner_id,
                        "salesman_id": plan.manager.user_id,
                        "customer_lead": 0.0,
                        "is_service": True,
                        "display_type": False,
                        "is_downpayment": False,
                        "is_expense": False,
                        "tax_id": [],
                    },
                    when=b.dts(ordered, 10),
                )
            )
        plan.sale_line_id = ids[0]
        b.records["project.project"][plan.project_id]["sale_line_id"] = ids[0]
        for tid in plan.task_ids:
            b.records["project.task"][tid].update({"sale_line_id": ids[0], "sale_order_id": so})


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
    _finalize_sales(b)


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


def _finalize_sales(b: Builder) -> None:
    hours: dict[int, float] = defaultdict(float)
    for line in b.records["account.analytic.line"].values():
        if line["so_line"] and line["timesheet_invoice_type"] == "billable_time":
            hours[line["so_line"]] += line["unit_amount"]
    totals: dict[int, float] = defaultdict(float)
    for sid, sol in b.records["sale.order.line"].items():
        if sol["qty_delivered_method"] == "timesheet":
            sol["qty_delivered"] = round(hours[sid], 2)
        price = sol["price_unit"] * (1 - sol["discount"] / 100)
        to_invoice = max(0.0, sol["qty_delivered"] - sol["qty_invoiced"])
        sub = round(sol["product_uom_qty"] * price, 2)
        sol.update(
            {
                "qty_to_invoice": round(to_invoice, 2),
                "untaxed_amount_to_invoice": round(to_invoice * price, 2),
                "amount_to_invoice": round(to_invoice * price, 2),
                "untaxed_amount_invoiced": round(sol["qty_invoiced"] * price, 2),
                "amount_invoiced": round(sol["qty_invoiced"] * price, 2),
                "price_subtotal": sub,
                "price_total": sub,
                "price_tax": 0.0,
                "price_reduce_taxexcl": price,
                "invoice_status": "to invoice"
                if to_invoice > 0
                else "invoiced"
                if sol["qty_invoiced"]
                else "no",
            }
        )
        totals[sol["order_id"]] += sub
    for so_id, so in b.records["sale.order"].items():
        so.update(
            {
                "amount_untaxed": round(totals[so_id], 2),
                "amount_tax": 0.0,
                "amount_total": round(totals[so_id], 2),
            }
        )
        statuses = {
            s["invoice_status"] for s in b.records["sale.order.line"].values() if s["order_id"] == so_id
        }
        so["invoice_status"] = (
            "to invoice" if "to invoice" in statuses else "invoiced" if "invoiced" in statuses else "no"
        )


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


def build_expenses(b: Builder, plans: list[Plan]) -> None:
    rng = b.rng
    kinds = (
        ("exp_travel", "Train ticket to {city}", 90, 260),
        ("exp_hotel", "Hotel {city}, 1 night", 110, 210),
        ("exp_meals", "Client lunch in {city}", 35, 140),
        ("exp_km", "Mileage to {city} (km)", 0, 0),
    )
    sheets: dict[tuple[int, int], int] = {}
    client_plans = [p for p in plans if p.client and p.active]
    for n in range(max(24, len(client_plans) * 3)):
        plan = client_plans[n % len(client_plans)]
        assert plan.client is not None
        s = plan.team[n % len(plan.team)]
        key, label, lo, hi = kinds[n % len(kinds)]
        offset = -rng.randint(3, 80)
        day = b.day(offset)
        city = plan.client.address.split(",")[1].strip().split(" ", 1)[-1]
        qty, price = (
            (float(rng.randint(40, 320)), 0.35) if key == "exp_km" else (1.0, float(rng.randint(lo, hi)))
        )
        if n == 7:  # an outlier worth flagging
            price = 1480.0
        month_key = (s.employee_id, day.month)
        state = "draft" if offset > -10 else rng.choice(["approved", "done", "submitted"])
        sheet: int | bool = False
        if state != "draft":
            if month_key not in sheets:
                sheets[month_key] = b.add(
                    "hr.expense.sheet",
                    {
                        "name": f"{s.name} - expenses {day:%B %Y}",
                        "employee_id": s.employee_id,
                        "state": {"approved": "approve", "done": "done", "submitted": "submit"}[state],
                        "accounting_date": day.isoformat() if state == "done" else False,
                        "currency_id": 1,
                        "company_id": 1,
                        "user_id": 2,
                        "total_amount": 0.0,
                    },
                )
            sheet = sheets[month_key]
        total = round(qty * price, 2)
        exp = {
            "name": label.format(city=city),
            "employee_id": s.employee_id,
            "product_id": b.refs["product"][key],
            "date": day.isoformat(),
            "price_unit": price,
            "quantity": qty,
            "total_amount": total,
            "total_amount_currency": total,
            "untaxed_amount_currency": total,
            "tax_amount": 0.0,
            "tax_amount_currency": 0.0,
            "state": state,
            "sheet_id": sheet,
            "payment_mode": "own_account",
            "currency_id": 1,
            "company_id": 1,
            "description": f"Visit to {plan.client.spec.name}",
            "analytic_distribution": {str(plan.account_id): 100.0},
            "account_id": False,
            "vendor_id": False,
            "accounting_date": False,
        }
        b.add("hr.expense", exp, when=b.dts(day, 19))
        if n == 11:  # the same receipt submitted twice
            b.add("hr.expense", dict(exp), when=b.dts(day + timedelta(days=2), 19))
    for sid, sheet_rec in b.records["hr.expense.sheet"].items():
        sheet_rec["total_amount"] = round(
            sum(e["total_amount"] for e in b.records["hr.expense"].values() if e["sheet_id"] == sid), 2
        )


def build_leads(b: Builder) -> None:
    from .people import COUNTRIES, ascii_slug

    prospects = (
        ("Hafenmeister Reederei KG", "DE", "Lena Albers"),
        ("Bodega Sol y Mar", "ES", "Carmen Ortiz"),
        ("Fjordlys Seafood AS", "NO", "Kari Nilsen"),
        ("Tulip Fintech B.V.", "NL", "Daan Smit"),
        ("Ateliers Brûlé", "FR", "Margaux Petit"),
        ("Castello Verde S.p.A.", "IT", "Luca Moretti"),
    )
    for i, (company, country, contact) in enumerate(prospects):
        domain = ascii_slug(company.split()[0]) + ".example"
        b.add(
            "crm.lead",
            {
                "name": f"{company}: operations review",
                "type": "opportunity" if i % 2 else "lead",
                "partner_name": company,
                "contact_name": contact,
                "email_from": f"{ascii_slug(contact)}@{domain}",
                "phone": fill(b.rng, COUNTRIES[country].phone_fmt),
                "country_id": b.refs["country"][country],
                "expected_revenue": float(b.rng.randint(12, 90) * 1000),
                "probability": float(b.rng.choice([10, 30, 50])),
                "user_id": 2,
                "company_id": 1,
                "priority": "1" if i == 0 else "0",
                "partner_id": False,
                "date_deadline": b.ds(b.rng.randint(10, 60)),
                "description": f"<p>Inbound request via website from {contact}.</p>",
                "stage_id": False,
                "team_id": False,
            },
            when=b.dts(b.day(-b.rng.randint(5, 60)), 14),
        )
    for client in b.refs["clients"][:3]:
        b.add(
            "crm.lead",
            {
                "name": f"{client.short}: follow-on engagement",
                "type": "opportunity",
                "partner_id": client.partner_id,
                "partner_name": client.spec.name,
                "contact_name": client.contact_names[0],
                "email_from": client.emails[0],
                "phone": client.phones[0],
                "expected_revenue": 25000.0,
                "probability": 50.0,
                "user_id": 2,
                "company_id": 1,
                "priority": "1",
                "stage_id": False,
                "team_id": False,
                "date_deadline": b.ds(30),
            },
            when=b.dts(b.day(-20), 10),
        )
