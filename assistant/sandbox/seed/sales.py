"""Sales orders of the sandbox seed, and their delivered / invoiced quantities.

Billing follows the project's commercial model the way Odoo encodes it: the
sale order line's product service policy (prepaid fixed fee in phases, time
and materials on timesheets, a manual monthly retainer).
"""

from __future__ import annotations

from collections import defaultdict
from datetime import timedelta

from .builder import Builder
from .projects import Plan

INVOICE_TYPE = {
    "fixed": "billable_fixed",
    "tm": "billable_time",
    "retainer": "billable_manual",
    "internal": "non_billable",
}
DELIVERED_METHOD = {"fixed": "manual", "tm": "timesheet", "retainer": "manual"}


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


def finalize_sales(b: Builder) -> None:
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
