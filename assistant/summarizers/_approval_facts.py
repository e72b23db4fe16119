"""Facts by code for approval context packs, one reader per kind of approval record.

Every figure a manager needs is computed here from Odoo (batched reads, explicit fields): what is asked, scope and
budget, effort and cost so far, burn rate, margin impact, open risks and overdue items, related invoices /
timesheets / expenses, and the requester's history. The narrative may cite only these figures.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import Any

from assistant.odoo.dto import m2o, m2o_id, num, odoo_date, odoo_datetime, text
from assistant.odoo.gateway import CLOSED_TASK_STATES, OdooGateway
from redaction import RecordContext, html_to_text

Row = dict[str, Any]


def _name(value: Any) -> str | None:
    ref = m2o(value)
    return ref.name if ref else None


def _ids(values: Any) -> list[int]:
    """Sorted distinct record ids from Many2one values (``False`` dropped)."""
    return sorted({i for i in (m2o_id(v) for v in values) if i})


def _pct(part: float, whole: float) -> float | None:
    return round(100 * part / whole, 1) if whole else None


def customer_exposure(gw: OdooGateway, partner_ids: Sequence[int], today: date) -> dict[int, Row]:
    """Per customer: invoiced total, open and overdue amounts (posted customer invoices)."""
    if not partner_ids:
        return {}
    rows = gw.search_read(
        "account.move",
        [
            ["partner_id", "in", list(partner_ids)],
            ["state", "=", "posted"],
            ["move_type", "=", "out_invoice"],
        ],
        ["partner_id", "amount_total", "amount_residual", "invoice_date_due", "name"],
    )
    out: dict[int, Row] = {
        p: {"invoices": 0, "invoiced": 0.0, "open": 0.0, "overdue": 0.0, "overdue_invoices": []}
        for p in partner_ids
    }
    for r in rows:
        pid = m2o_id(r["partner_id"])
        if pid not in out:
            continue
        o = out[pid]
        o["invoices"] += 1
        o["invoiced"] = round(o["invoiced"] + num(r["amount_total"]), 2)
        o["open"] = round(o["open"] + num(r["amount_residual"]), 2)
        due = odoo_date(r["invoice_date_due"])
        if num(r["amount_residual"]) and due and due < today:
            o["overdue"] = round(o["overdue"] + num(r["amount_residual"]), 2)
            o["overdue_invoices"].append(r["name"])
    return out


def sale_orders(
    gw: OdooGateway, ids: Sequence[int], today: date, threshold_pct: float = 10.0
) -> list[tuple[Row, Row, RecordContext]]:
    """Quotations/orders with a discount: discount and margin impact, customer history and exposure. Discount
    risks are judged per line and per order (a 30% line discount hides in a 20% order discount)."""
    orders = gw.read(
        "sale.order",
        ids,
        [
            "name",
            "partner_id",
            "user_id",
            "state",
            "date_order",
            "amount_untaxed",
            "amount_undiscounted",
            "amount_total",
            "write_date",
        ],
    )
    partners = _ids(o["partner_id"] for o in orders)
    history = (
        gw.read_group(
            "sale.order",
            [["partner_id", "in", partners], ["state", "=", "sale"]],
            ["amount_untaxed:sum"],
            ["partner_id"],
        )
        if partners
        else []
    )
    exposure = customer_exposure(gw, partners, today)
    lines = gw.search_read(
        "sale.order.line",
        [["order_id", "in", [o["id"] for o in orders]], ["discount", ">", 0]],
        ["order_id", "name", "discount", "price_subtotal"],
        order="discount desc, id",
    )
    out = []
    for o in orders:
        pid = m2o_id(o["partner_id"]) or 0
        mine = [ln for ln in lines if m2o_id(ln["order_id"]) == o["id"]]
        steep = [ln for ln in mine if num(ln["discount"]) >= threshold_pct]
        untaxed, undiscounted = (
            num(o["amount_untaxed"]),
            num(o["amount_undiscounted"]) or num(o["amount_untaxed"]),
        )
        hist = next((h for h in history if m2o_id(h.get("partner_id")) == pid), {})
        payload = {
            "kind": "sale_order_discount",
            "record": o["name"],
            "request": {
                "what": f"approve sale order {o['name']} with a discount",
                "customer": _name(o["partner_id"]),
                "salesperson": _name(o["user_id"]),
                "state": text(o["state"]),
            },
            "scope_budget": {"amount_untaxed": round(untaxed, 2), "list_value": round(undiscounted, 2)},
            "margin_impact": {
                "discount_amount": round(undiscounted - untaxed, 2),
                "discount_pct": _pct(undiscounted - untaxed, undiscounted),
                "discounted_lines": len(mine),
                "max_line_discount_pct": round(max((num(ln["discount"]) for ln in mine), default=0.0), 2),
                "approval_threshold_pct": threshold_pct,
            },
            "requester_history": {
                "confirmed_orders_value": round(num(hist.get("amount_untaxed")), 2),
                "confirmed_orders": int(hist.get("__count", 0) or 0),
            },
            "risks": _discount_risks(undiscounted - untaxed, undiscounted, steep, threshold_pct)
            + _exposure_risks(exposure.get(pid)),
            "related": {"customer_invoices": exposure.get(pid, {})},
        }
        out.append((o, payload, _ctx(o, ("partner_id", "user_id"))))
    return out


def expense_sheets(gw: OdooGateway, ids: Sequence[int], today: date) -> list[tuple[Row, Row, RecordContext]]:
    """Submitted expense reports: lines, largest items, the employee's past reports and their outcomes."""
    sheets = gw.read(
        "hr.expense.sheet", ids, ["name", "employee_id", "state", "total_amount", "user_id", "write_date"]
    )
    lines = gw.search_read(
        "hr.expense",
        [["sheet_id", "in", list(ids)]],
        ["sheet_id", "name", "total_amount", "date", "product_id", "quantity", "price_unit"],
    )
    employees = _ids(s["employee_id"] for s in sheets)
    past = (
        gw.search_read(
            "hr.expense.sheet",
            [["employee_id", "in", employees], ["id", "not in", list(ids)]],
            ["employee_id", "state", "total_amount"],
        )
        if employees
        else []
    )
    out = []
    for s in sheets:
        mine = [ln for ln in lines if m2o_id(ln["sheet_id"]) == s["id"]]
        theirs = [p for p in past if m2o_id(p["employee_id"]) == m2o_id(s["employee_id"])]
        amounts = [num(ln["total_amount"]) for ln in mine]
        avg = round(sum(amounts) / len(amounts), 2) if amounts else 0.0
        largest = sorted(mine, key=lambda ln: -num(ln["total_amount"]))[:3]
        risks = [
            f"line '{ln['name']}' of {round(num(ln['total_amount']), 2)} is more than 3 times the report's "
            f"average line ({avg})"
            for ln in largest
            if avg and num(ln["total_amount"]) > 3 * avg
        ]
        oldest = min((d for d in (odoo_date(ln["date"]) for ln in mine) if d), default=None)
        if oldest and (today - oldest).days > 60:
            risks.append(f"the oldest expense is {(today - oldest).days} days old")
        payload = {
            "kind": "expense_report",
            "record": s["name"],
            "request": {
                "what": f"approve expense report '{s['name']}'",
                "employee": _name(s["employee_id"]),
                "state": text(s["state"]),
            },
            "scope_budget": {"total_amount": round(num(s["total_amount"]), 2), "lines": len(mine)},
            "effort_cost": {
                "largest_items": [
                    {
                        "item": ln["name"],
                        "amount": round(num(ln["total_amount"]), 2),
                        "date": text(ln["date"]),
                    }
                    for ln in largest
                ],
                "average_line": avg,
            },
            "requester_history": {
                "previous_reports": len(theirs),
                "approved_or_paid": sum(p["state"] in ("approve", "post", "done") for p in theirs),
                "refused": sum(p["state"] == "cancel" for p in theirs),
                "previous_total": round(sum(num(p["total_amount"]) for p in theirs), 2),
            },
            "risks": risks,
            "related": {"expense_lines": len(mine)},
        }
        out.append((s, payload, _ctx(s, ("employee_id", "user_id"))))
    return out


def credit_notes(gw: OdooGateway, ids: Sequence[int], today: date) -> list[tuple[Row, Row, RecordContext]]:
    """Draft credit notes / write-offs: amount against the original invoice and the customer's exposure."""
    moves = gw.read(
        "account.move",
        ids,
        [
            "name",
            "partner_id",
            "amount_total",
            "amount_untaxed",
            "ref",
            "reversed_entry_id",
            "invoice_origin",
            "state",
            "move_type",
            "write_date",
            "user_id",
        ],
    )
    originals = {
        r["id"]: r
        for r in gw.read(
            "account.move",
            _ids(m["reversed_entry_id"] for m in moves),
            ["name", "amount_total", "amount_residual", "payment_state"],
        )
    }
    named = _invoices_named_in(gw, [m for m in moves if not m2o_id(m["reversed_entry_id"])])
    exposure = customer_exposure(gw, _ids(m["partner_id"] for m in moves), today)
    out = []
    for m in moves:
        orig = originals.get(m2o_id(m["reversed_entry_id"]) or 0) or named.get(m["id"])
        amount = num(m["amount_total"])
        payload = {
            "kind": "credit_note",
            "record": _move_name(m),
            "request": {
                "what": "approve a credit note / write-off",
                "customer": _name(m["partner_id"]),
                "reason": text(m["ref"]) or None,
                "state": text(m["state"]),
            },
            "scope_budget": {
                "credit_amount": round(amount, 2),
                "amount_untaxed": round(num(m["amount_untaxed"]), 2),
            },
            "margin_impact": {
                "original_invoice": orig["name"] if orig else None,
                "original_amount": round(num(orig["amount_total"]), 2) if orig else None,
                "share_of_original_pct": _pct(amount, num(orig["amount_total"])) if orig else None,
            },
            "risks": ([] if orig else ["the credit note is not linked to an original invoice in Odoo"])
            + _exposure_risks(exposure.get(m2o_id(m["partner_id"]) or 0)),
            "related": {"customer_invoices": exposure.get(m2o_id(m["partner_id"]) or 0, {})},
            "requester_history": {},
        }
        out.append((m, payload, _ctx(m, ("partner_id", "user_id"))))
    return out


def _invoices_named_in(gw: OdooGateway, moves: list[Row]) -> dict[int, Row]:
    """Credit notes not made with Odoo's reversal (no ``reversed_entry_id``): the customer invoice their
    reference or origin names ("Reversal of: INV/2026/00002, ..."), if exactly one matches."""
    partners = _ids(m["partner_id"] for m in moves)
    if not moves or not partners:
        return {}
    invoices = gw.search_read(
        "account.move",
        [["move_type", "=", "out_invoice"], ["partner_id", "in", partners], ["state", "=", "posted"]],
        ["name", "partner_id", "amount_total", "amount_residual", "payment_state"],
    )
    out = {}
    for m in moves:
        said = f"{text(m['ref'])} {text(m['invoice_origin'])}"
        hits = [
            i
            for i in invoices
            if m2o_id(i["partner_id"]) == m2o_id(m["partner_id"]) and i["name"] and i["name"] in said
        ]
        if len(hits) == 1:
            out[m["id"]] = hits[0]
    return out


def change_requests(gw: OdooGateway, ids: Sequence[int], today: date) -> list[tuple[Row, Row, RecordContext]]:
    """Change-request tasks: the change's effort against the project's budget, burn and overdue work."""
    tasks = gw.read(
        "project.task",
        ids,
        [
            "name",
            "project_id",
            "allocated_hours",
            "effective_hours",
            "description",
            "date_deadline",
            "stage_id",
            "create_uid",
            "write_date",
            "partner_id",
        ],
    )
    pids = _ids(t["project_id"] for t in tasks)
    siblings = gw.search_read(
        "project.task",
        [["project_id", "in", pids]],
        ["project_id", "allocated_hours", "effective_hours", "date_deadline", "is_closed", "state"],
    )
    out = []
    for t in tasks:
        pid = m2o_id(t["project_id"])
        mine = [s for s in siblings if m2o_id(s["project_id"]) == pid and s["id"] != t["id"]]
        allocated = round(sum(num(s["allocated_hours"]) for s in mine), 1)
        effective = round(sum(num(s["effective_hours"]) for s in mine), 1)
        deadlines = [
            odoo_datetime(s["date_deadline"])
            for s in mine
            if not s["is_closed"] and s["state"] not in CLOSED_TASK_STATES
        ]
        overdue = sum(1 for d in deadlines if d is not None and d.date() < today)
        change = round(num(t["allocated_hours"]), 1)
        payload = {
            "kind": "change_request",
            "record": t["name"],
            "request": {
                "what": f"approve change request '{t['name']}'",
                "project": _name(t["project_id"]),
                "description": html_to_text(text(t["description"]))[:600] or None,
            },
            "scope_budget": {"project_allocated_hours": allocated, "change_hours": change},
            "effort_cost": {"project_effective_hours": effective, "burn_pct": _pct(effective, allocated)},
            "margin_impact": {"scope_increase_pct": _pct(change, allocated)},
            "risks": ([f"{overdue} open tasks of the project are overdue"] if overdue else [])
            + (
                [f"the project has used {_pct(effective, allocated)}% of its allocated hours"]
                if allocated and effective > 0.85 * allocated
                else []
            ),
            "related": {"project_tasks": len(mine)},
            "requester_history": {},
        }
        out.append((t, payload, _ctx(t, ("partner_id", "create_uid"))))
    return out


def approval_requests(
    gw: OdooGateway, ids: Sequence[int], today: date
) -> list[tuple[Row, Row, RecordContext]]:
    """``approval.request`` (Odoo's Approvals module), when installed."""
    rows = gw.read(
        "approval.request",
        ids,
        ["name", "request_owner_id", "category_id", "amount", "reason", "request_status", "write_date"],
    )
    owners = _ids(r["request_owner_id"] for r in rows)
    past = (
        gw.search_read(
            "approval.request", [["request_owner_id", "in", owners]], ["request_owner_id", "request_status"]
        )
        if owners
        else []
    )
    out = []
    for r in rows:
        theirs = [
            p
            for p in past
            if m2o_id(p["request_owner_id"]) == m2o_id(r["request_owner_id"]) and p["id"] != r["id"]
        ]
        payload = {
            "kind": "approval_request",
            "record": r["name"],
            "request": {
                "what": f"approve '{r['name']}'",
                "category": _name(r["category_id"]),
                "reason": html_to_text(text(r["reason"]))[:600] or None,
            },
            "scope_budget": {"amount": round(num(r["amount"]), 2)},
            "requester_history": {
                "previous_requests": len(theirs),
                "approved": sum(p["request_status"] == "approved" for p in theirs),
                "refused": sum(p["request_status"] == "refused" for p in theirs),
            },
            "risks": [],
            "related": {},
        }
        out.append((r, payload, _ctx(r, ("request_owner_id",))))
    return out


def _move_name(move: Row) -> str:
    """An unposted move is named "/" in Odoo 17/18 (its number comes at posting): name it by its id instead."""
    name = text(move["name"])
    return name if name and name != "/" else f"draft credit note {move['id']}"


def _discount_risks(discount: float, listed: float, steep: list[Row], threshold_pct: float) -> list[str]:
    risks = []
    order_pct = _pct(discount, listed)
    if order_pct is not None and order_pct >= threshold_pct:
        risks.append(
            f"the order is discounted {order_pct}% overall, at or above the {threshold_pct}% threshold"
        )
    for ln in steep[:5]:
        name = " ".join(text(ln["name"]).split())[:80]
        risks.append(f"line '{name}' carries a {round(num(ln['discount']), 2)}% discount")
    if len(steep) > 5:
        risks.append(f"{len(steep) - 5} more lines carry a discount at or above {threshold_pct}%")
    return risks


def _exposure_risks(exp: Row | None) -> list[str]:
    if not exp or not exp["overdue"]:
        return []
    count = len(exp["overdue_invoices"])
    return [f"the customer has {exp['overdue']} overdue on {count} invoice{'s' if count != 1 else ''}"]


def _ctx(row: Row, person_fields: Sequence[str]) -> RecordContext:
    ctx = RecordContext(allow=[str(row.get("name") or "")])
    for f in person_fields:
        ctx.add("PERSON", _name(row.get(f)), f)
    return ctx
