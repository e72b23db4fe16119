"""Seeded records waiting for approval, so that every approval context pack has something to show.

- a quotation (``sale.order`` in state ``sent``) whose discount (15 % on the consulting line) is beyond the
  default threshold (``ASSISTANT_APPROVALS__DISCOUNT_THRESHOLD_PCT``, 10 %), with a second, smaller one below it;
- a draft credit note (``account.move``, ``out_refund``, state ``draft``, name ``/`` as Odoo 18 shows an unposted
  move) reversing part of an open customer invoice, with its reason in ``ref``. Not in the default seed while
  ``tests/sandbox/test_seed.py::test_finance`` pins the seed to exactly one ``out_refund`` (the posted one):
  ``SEED_DRAFT_CREDIT_NOTE`` switches it on, and :func:`add_draft_credit_note` adds it to a running sandbox;
- a change request: a task tagged "Change Request" (the base seed's tag) in a running client project, with its
  estimated hours and a description of the change.

Submitted expense reports (``hr.expense.sheet`` in state ``submit``) are already part of the base seed, and
``approval.request`` does not exist in the sandbox (the Approvals module is not installed). Called last by
:func:`assistant.sandbox.seed.generate`, so no existing record id moves; deterministic (no RNG drawn).
"""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

from .seed.builder import Builder

QUOTE_LINES = (  # label, product key, quantity, unit price, discount %
    ("Phase 2 - process redesign workshops (time & materials)", "tm", 120.0, 1150.0 / 8, 15.0),
    ("Executive workshop day", "workshop", 2.0, 1800.0, 0.0),
)
CHANGE_REQUEST = (
    "Change request: add a second warehouse site to the rollout",
    "<p>The client asks to include the Antwerp warehouse in the rollout: two extra process workshops, data "
    "migration of its stock locations and one additional go-live weekend. Estimated 64 hours; not in the signed "
    "scope.</p>",
    64.0,
)


SEED_DRAFT_CREDIT_NOTE = True  # a draft credit note awaiting approval (the base seed's posted one stays)


def build_approval_records(b: Builder, *, draft_credit_note: bool | None = None) -> None:
    """Add the records (each step is skipped when the base seed lacks what it builds on)."""
    _quotations(b)
    if SEED_DRAFT_CREDIT_NOTE if draft_credit_note is None else draft_credit_note:
        _draft_credit_note(b)
    _change_request(b)


def _last_stamp(b: Builder, model: str, field: str = "create_date") -> str:
    stamps = [str(r[field]) for r in b.records.get(model, {}).values() if r.get(field)]
    return max(stamps) if stamps else b.dts(b.anchor, 9)


def _quotations(b: Builder) -> None:
    orders = [o for o in b.records.get("sale.order", {}).values() if o.get("state") == "sale"]
    if not orders or "product" not in b.refs:
        return
    base = orders[0]
    when = b.dts(b.day(-2), 10)
    for index, discount_override in enumerate((None, 5.0)):  # beyond the threshold, then below it
        number = len(b.records["sale.order"]) + 1
        so = b.add(
            "sale.order",
            {
                "name": f"S{number:05d}",
                "partner_id": base["partner_id"],
                "partner_invoice_id": base["partner_id"],
                "partner_shipping_id": base["partner_id"],
                "date_order": when,
                "state": "sent",
                "user_id": base["user_id"],
                "client_order_ref": False,
                "currency_id": 1,
                "company_id": 1,
                "project_id": False,
                "origin": base["name"],
                "locked": False,
                "validity_date": (b.anchor + timedelta(days=28)).isoformat(),
                "require_signature": True,
                "require_payment": False,
                "note": "<p>Payment terms: 30 days net.</p>",
                "invoice_status": "no",
            },
            when=when,
            uid=base["user_id"] or 2,
        )
        untaxed = undiscounted = 0.0
        lines = QUOTE_LINES if index == 0 else QUOTE_LINES[:1]
        for seq, (label, key, qty, price, discount) in enumerate(lines, 1):
            pct = discount if discount_override is None else discount_override
            gross = round(qty * price, 2)
            net = round(gross * (1 - pct / 100), 2)
            untaxed, undiscounted = untaxed + net, undiscounted + gross
            b.add(
                "sale.order.line",
                {
                    "order_id": so,
                    "name": label,
                    "product_id": b.refs["product"].get(key, False),
                    "product_uom_qty": qty,
                    "product_uom": 4 if key == "tm" else 1,
                    "price_unit": round(price, 2),
                    "discount": pct,
                    "qty_delivered": 0.0,
                    "qty_invoiced": 0.0,
                    "qty_to_invoice": 0.0,
                    "untaxed_amount_to_invoice": 0.0,
                    "amount_to_invoice": 0.0,
                    "untaxed_amount_invoiced": 0.0,
                    "amount_invoiced": 0.0,
                    "price_subtotal": net,
                    "price_total": net,
                    "price_tax": 0.0,
                    "price_reduce_taxexcl": round(price * (1 - pct / 100), 2),
                    "invoice_status": "no",
                    "project_id": False,
                    "task_id": False,
                    "state": "sent",
                    "qty_delivered_method": "manual",
                    "sequence": seq,
                    "currency_id": 1,
                    "company_id": 1,
                    "order_partner_id": base["partner_id"],
                    "salesman_id": base["user_id"],
                    "customer_lead": 0.0,
                    "is_service": True,
                    "display_type": False,
                    "is_downpayment": False,
                    "is_expense": False,
                    "tax_id": [],
                },
                when=when,
                uid=base["user_id"] or 2,
            )
        b.records["sale.order"][so].update(
            {
                "amount_untaxed": round(untaxed, 2),
                "amount_tax": 0.0,
                "amount_total": round(untaxed, 2),
                "amount_undiscounted": round(undiscounted, 2),
            }
        )
    b.refs["approval_quotation"] = so - 1


def credit_note_values(
    records: dict[str, dict[int, dict[str, Any]]], anchor: date
) -> tuple[dict[str, Any], dict[str, Any]] | None:
    """Values of a draft credit note (move, line) reversing part of the largest open customer invoice."""
    invoices = [
        m
        for m in records.get("account.move", {}).values()
        if m.get("move_type") == "out_invoice"
        and m.get("state") == "posted"
        and m.get("payment_state") in ("not_paid", "partial")
    ]
    if not invoices:
        return None
    original = max(invoices, key=lambda m: (m["amount_total"], m["id"]))
    amount = round(min(original["amount_total"], 1200.0), 2)
    move = {
        "name": "/",
        "move_type": "out_refund",
        "partner_id": original["partner_id"],
        "invoice_date": False,
        "invoice_date_due": False,
        "date": anchor.isoformat(),
        "state": "draft",
        "payment_state": "not_paid",
        "amount_untaxed": amount,
        "amount_tax": 0.0,
        "amount_total": amount,
        "amount_residual": amount,
        "currency_id": 1,
        "company_id": 1,
        "journal_id": 1,
        "invoice_origin": original.get("invoice_origin") or False,
        "ref": f"Reversal of: {original['name']}, goodwill for the delayed steering-committee report",
        "invoice_user_id": original.get("invoice_user_id") or False,
        "reversed_entry_id": original["id"],
        "payment_reference": False,
        "is_move_sent": False,
        "posted_before": False,
        "auto_post": "no",
        "partner_bank_id": False,
        "narration": False,
        "checked": False,
    }
    line = {
        "name": "Goodwill credit: delayed steering-committee report",
        "product_id": False,
        "quantity": 1.0,
        "price_unit": amount,
        "discount": 0.0,
        "price_subtotal": amount,
        "price_total": amount,
        "display_type": "product",
        "sale_line_ids": [],
        "partner_id": original["partner_id"],
        "date": anchor.isoformat(),
        "move_name": "/",
        "parent_state": "draft",
        "currency_id": 1,
        "company_id": 1,
        "sequence": 1,
        "tax_ids": [],
        "account_id": False,
        "product_uom_id": 1,
        "analytic_distribution": False,
    }
    return move, line


def _draft_credit_note(b: Builder) -> None:
    values = credit_note_values(b.records, b.anchor)
    if values is None:
        return
    move_vals, line_vals = values
    when = _last_stamp(b, "account.move")
    move = b.add("account.move", move_vals, when=when)
    b.add("account.move.line", {**line_vals, "move_id": move}, when=when)
    b.refs["approval_credit_note"] = move


def add_draft_credit_note(data: Any) -> int | None:
    """Create the draft credit note in a running sandbox (``SandboxServer.data``); returns its id."""
    values = credit_note_values(data.records, data.anchor_date)
    if values is None:
        return None
    move_vals, line_vals = values
    move = int(data.create("account.move", move_vals))
    data.create("account.move.line", {**line_vals, "move_id": move})
    data.records["account.move"][move].update(
        {k: move_vals[k] for k in ("name", "state", "amount_total", "amount_residual", "payment_state")}
    )
    return move


def _change_request(b: Builder) -> None:
    tag = b.refs.get("tag", {}).get("Change Request")
    tasks = [
        t
        for t in b.records.get("project.task", {}).values()
        if t.get("active", True) and t.get("partner_id") and t.get("stage_id") in (1, 2)
    ]
    if not tag or not tasks:
        return
    sibling = tasks[0]
    name, description, hours = CHANGE_REQUEST
    when = _last_stamp(b, "project.task")
    tid = b.add(
        "project.task",
        {
            "name": name,
            "project_id": sibling["project_id"],
            "stage_id": 1,
            "state": "01_in_progress",
            "user_ids": list(sibling.get("user_ids") or [])[:1],
            "date_deadline": b.dts(b.day(21), 16),
            "allocated_hours": hours,
            "priority": "1",
            "sequence": 99,
            "tag_ids": [tag],
            "partner_id": sibling["partner_id"],
            "company_id": False,
            "milestone_id": False,
            "parent_id": False,
            "display_in_project": True,
            "date_last_stage_update": when,
            "date_assign": False,
            "date_end": False,
            "description": description,
            "active": True,
            "sale_line_id": False,
            "color": 0,
            "email_cc": False,
        },
        when=when,
    )
    b.refs["approval_change_request"] = tid


def approval_records(records: dict[str, dict[int, dict[str, Any]]]) -> dict[str, list[int]]:
    """Ids of the seeded approval records by model (for tests and the demo)."""
    return {
        "sale.order": [i for i, o in records.get("sale.order", {}).items() if o.get("state") == "sent"],
        "account.move": [
            i
            for i, m in records.get("account.move", {}).items()
            if m.get("move_type") == "out_refund" and m.get("state") == "draft"
        ],
        "project.task": [
            i
            for i, t in records.get("project.task", {}).items()
            if t.get("name", "").startswith("Change request:")
        ],
    }
