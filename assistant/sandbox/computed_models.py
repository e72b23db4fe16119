"""Business computed fields of the Odoo 18 *simulation* (projects, tasks, partners, accounting).

Formulas follow Odoo 18's source where it matters to clients:

* ``project.task.progress = round((effective + subtask_effective) / allocated, 2)``
  (a fraction: 2.1 means 210 %), ``remaining_hours = allocated - effective - subtask_effective``;
* ``project.project.task_count`` counts open and closed active tasks;
* signed invoice amounts use the move type's direction.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any
from zoneinfo import ZoneInfo

from assistant import clock

from .computed import computes, group_ids, group_sum, stored

if TYPE_CHECKING:
    from .orm import SandboxData

CLOSED_STATES = ("1_done", "1_canceled")


def _task_hours(data: SandboxData) -> tuple[dict[int, float], dict[int, float]]:
    eff = group_sum(data, "account.analytic.line", "task_id", "unit_amount")
    tasks = data.records["project.task"]
    effective = {rid: round(eff.get(rid, 0.0), 2) for rid in tasks}
    sub: dict[int, float] = {rid: 0.0 for rid in tasks}
    for rid, rec in tasks.items():
        parent = rec.get("parent_id")
        if parent in sub:
            sub[parent] += effective[rid]
    return effective, sub


def _make_task_compute(fname: str) -> Any:
    def fn(data: SandboxData, model: str) -> dict[int, Any]:
        effective, sub = _task_hours(data)
        out: dict[int, Any] = {}
        for rid, rec in data.records[model].items():
            alloc = float(rec.get("allocated_hours") or 0.0)
            total = effective[rid] + sub[rid]
            value: float
            if fname == "effective_hours":
                value = effective[rid]
            elif fname == "subtask_effective_hours":
                value = sub[rid]
            elif fname == "total_hours_spent":
                value = total
            elif fname == "remaining_hours":
                value = alloc - total
            elif fname == "progress":
                value = round(total / alloc, 2) if alloc > 0 else 0.0
            elif fname == "overtime":
                value = max(total - alloc, 0.0) if alloc > 0 else 0.0
            else:
                value = round((alloc - total) / alloc, 2) if alloc > 0 else 0.0
            out[rid] = round(value, 2)
        return out

    return fn


for _f in (
    "effective_hours",
    "subtask_effective_hours",
    "total_hours_spent",
    "remaining_hours",
    "progress",
    "overtime",
    "remaining_hours_percentage",
):
    computes("project.task", _f)(_make_task_compute(_f))


@computes("project.task", "is_closed")
def _is_closed(data: SandboxData, model: str) -> dict[int, Any]:
    return {rid: rec.get("state") in CLOSED_STATES for rid, rec in data.records[model].items()}


@computes("project.task", "subtask_count")
def _subtasks(data: SandboxData, model: str) -> dict[int, Any]:
    children = group_ids(data, model, "parent_id")
    return {rid: len(children.get(rid, [])) for rid in data.records[model]}


@computes("project.task", "closed_subtask_count")
def _closed_subtasks(data: SandboxData, model: str) -> dict[int, Any]:
    tasks = data.records[model]
    children = group_ids(data, model, "parent_id")
    return {
        rid: sum(1 for c in children.get(rid, []) if tasks[c].get("state") in CLOSED_STATES) for rid in tasks
    }


@computes("project.task", "allow_timesheets")
def _allow_timesheets(data: SandboxData, model: str) -> dict[int, Any]:
    projects = data.records["project.project"]
    return {
        rid: bool(projects.get(rec.get("project_id") or 0, {}).get("allow_timesheets"))
        for rid, rec in data.records[model].items()
    }


def _access_url(prefix: str) -> Any:
    def fn(data: SandboxData, model: str) -> dict[int, Any]:
        return {rid: f"{prefix}/{rid}" for rid in data.records[model]}

    return fn


computes("project.task", "access_url")(_access_url("/my/tasks"))
computes("project.project", "access_url")(_access_url("/my/projects"))
computes("account.move", "access_url")(_access_url("/my/invoices"))
computes("sale.order", "access_url")(_access_url("/my/orders"))


# --------------------------------------------------------------------------- project.project


def _make_project_compute(fname: str) -> Any:
    def fn(data: SandboxData, model: str) -> dict[int, Any]:
        tasks = data.records["project.task"]
        by_project = group_ids(data, "project.task", "project_id")
        hours = group_sum(data, "account.analytic.line", "project_id", "unit_amount")
        out: dict[int, Any] = {}
        for rid, rec in data.records[model].items():
            ids = by_project.get(rid, [])
            closed = sum(1 for t in ids if tasks[t].get("state") in CLOSED_STATES)
            effective = round(hours.get(rid, 0.0), 2)
            alloc = float(rec.get("allocated_hours") or 0.0)
            out[rid] = {
                "task_count": len(ids),
                "open_task_count": len(ids) - closed,
                "closed_task_count": closed,
                "task_completion_percentage": round(closed / len(ids), 2) if ids else 0.0,
                "effective_hours": effective,
                "remaining_hours": round(alloc - effective, 2),
                "is_project_overtime": alloc > 0 and effective > alloc,
                "total_timesheet_time": int(round(effective)),
                "milestone_count": sum(
                    1 for m in data.records["project.milestone"].values() if m.get("project_id") == rid
                ),
            }[fname]
        return out

    return fn


for _f in (
    "task_count",
    "open_task_count",
    "closed_task_count",
    "task_completion_percentage",
    "effective_hours",
    "remaining_hours",
    "is_project_overtime",
    "total_timesheet_time",
    "milestone_count",
):
    computes("project.project", _f)(_make_project_compute(_f))


@computes("account.analytic.account", "balance")
def _balance(data: SandboxData, model: str) -> dict[int, Any]:
    totals = group_sum(data, "account.analytic.line", "account_id", "amount")
    return {rid: round(totals.get(rid, 0.0), 2) for rid in data.records[model]}


# --------------------------------------------------------------------------- partners / users


@computes("res.partner", "display_name", "complete_name")
def _partner_name(data: SandboxData, model: str) -> dict[int, Any]:
    table = data.records[model]
    out = {}
    for rid, rec in table.items():
        name = rec.get("name") or ""
        parent = table.get(rec.get("parent_id") or 0)
        if parent and not rec.get("is_company"):
            name = f"{parent.get('name')}, {name}" if name else parent.get("name", "")
        out[rid] = name or False
    return out


@computes("res.partner", "commercial_partner_id")
def _commercial(data: SandboxData, model: str) -> dict[int, Any]:
    table = data.records[model]
    return {
        rid: rid if rec.get("is_company") or not rec.get("parent_id") else rec["parent_id"]
        for rid, rec in table.items()
    }


@computes("res.partner", "email_formatted")
def _email_formatted(data: SandboxData, model: str) -> dict[int, Any]:
    return {
        rid: f'"{rec.get("name")}" <{rec["email"]}>' if rec.get("email") else False
        for rid, rec in data.records[model].items()
    }


@computes("res.partner", "email_normalized")
def _email_normalized(data: SandboxData, model: str) -> dict[int, Any]:
    return {
        rid: (rec.get("email") or "").strip().lower() or False for rid, rec in data.records[model].items()
    }


@computes("res.partner", "company_type")
def _company_type(data: SandboxData, model: str) -> dict[int, Any]:
    return {rid: "company" if rec.get("is_company") else "person" for rid, rec in data.records[model].items()}


@computes("res.partner", "contact_address", "contact_address_inline")
def _address(data: SandboxData, model: str) -> dict[int, Any]:
    countries = stored(data, "res.country", "name")
    out = {}
    for rid, rec in data.records[model].items():
        parts = [
            rec.get("street"),
            rec.get("street2"),
            " ".join(p for p in (rec.get("zip"), rec.get("city")) if p),
            countries.get(rec.get("country_id") or 0),
        ]
        out[rid] = ", ".join(p for p in parts if p)
    return out


@computes("res.users", "employee_id")
def _employee_id(data: SandboxData, model: str) -> dict[int, Any]:
    first: dict[int, int] = {}
    for eid, emp in sorted(data.records["hr.employee"].items()):
        if emp.get("user_id") and emp.get("active", True):
            first.setdefault(emp["user_id"], eid)
    return {rid: first.get(rid, False) for rid in data.records[model]}


@computes("res.users", "tz_offset")
def _tz_offset(data: SandboxData, model: str) -> dict[int, Any]:
    tz = data.values(model, "tz")
    out = {}
    for rid in data.records[model]:
        try:
            out[rid] = clock.wall().astimezone(ZoneInfo(tz.get(rid) or "UTC")).strftime("%z")
        except Exception:  # unknown zone name: Odoo falls back to UTC too
            out[rid] = "+0000"
    return out


@computes("res.users", "companies_count")
def _companies_count(data: SandboxData, model: str) -> dict[int, Any]:
    return {rid: 1 for rid in data.records[model]}


# --------------------------------------------------------------------------- accounting / sales


DIRECTION = {
    "out_invoice": 1,
    "in_refund": 1,
    "out_receipt": 1,
    "out_refund": -1,
    "in_invoice": -1,
    "in_receipt": -1,
}
TYPE_NAMES = {
    "out_invoice": "Invoice",
    "out_refund": "Credit Note",
    "in_invoice": "Vendor Bill",
    "in_refund": "Vendor Credit Note",
    "entry": "Journal Entry",
}


def _make_move_compute(fname: str) -> Any:
    def fn(data: SandboxData, model: str) -> dict[int, Any]:
        partners = data.display_names("res.partner")
        commercial = data.values("res.partner", "commercial_partner_id")
        out: dict[int, Any] = {}
        for rid, rec in data.records[model].items():
            sign = DIRECTION.get(rec.get("move_type", "entry"), 1)
            if fname.endswith("_signed"):
                base = fname.removesuffix("_signed").replace("_in_currency", "")
                out[rid] = round(sign * float(rec.get(base) or 0.0), 2)
            elif fname == "amount_paid":
                out[rid] = round(
                    float(rec.get("amount_total") or 0) - float(rec.get("amount_residual") or 0), 2
                )
            elif fname == "direction_sign":
                out[rid] = sign
            elif fname == "type_name":
                out[rid] = TYPE_NAMES.get(rec.get("move_type", "entry"), "Journal Entry")
            elif fname == "invoice_partner_display_name":
                out[rid] = partners.get(rec.get("partner_id") or 0, False)
            elif fname == "commercial_partner_id":
                out[rid] = commercial.get(rec.get("partner_id") or 0, False)
            elif fname == "status_in_payment":
                out[rid] = rec.get("payment_state") if rec.get("state") == "posted" else rec.get("state")
            else:  # display_name
                out[rid] = (
                    rec.get("name")
                    if rec.get("name") not in (None, False, "/")
                    else f"Draft Invoice (* {rid})"
                )
        return out

    return fn


for _f in (
    "amount_untaxed_signed",
    "amount_tax_signed",
    "amount_total_signed",
    "amount_residual_signed",
    "amount_total_in_currency_signed",
    "amount_untaxed_in_currency_signed",
    "amount_paid",
    "direction_sign",
    "type_name",
    "invoice_partner_display_name",
    "commercial_partner_id",
    "status_in_payment",
    "display_name",
):
    computes("account.move", _f)(_make_move_compute(_f))


@computes("sale.order.line", "display_name")
def _sol_name(data: SandboxData, model: str) -> dict[int, Any]:
    orders = stored(data, "sale.order", "name")
    return {
        rid: f"{orders.get(rec.get('order_id') or 0, '')} - {(rec.get('name') or '').splitlines()[0] if rec.get('name') else ''}"
        for rid, rec in data.records[model].items()
    }


def _make_so_invoices(fname: str) -> Any:
    def fn(data: SandboxData, model: str) -> dict[int, Any]:
        by_origin: dict[str, list[int]] = {}
        for mid, move in sorted(data.records["account.move"].items()):
            if move.get("invoice_origin"):
                by_origin.setdefault(move["invoice_origin"], []).append(mid)
        out: dict[int, Any] = {}
        for rid, rec in data.records[model].items():
            ids = by_origin.get(rec.get("name") or "", [])
            out[rid] = ids if fname == "invoice_ids" else len(ids)
        return out

    return fn


for _f in ("invoice_ids", "invoice_count"):
    computes("sale.order", _f)(_make_so_invoices(_f))


@computes("product.product", "display_name")
def _product_name(data: SandboxData, model: str) -> dict[int, Any]:
    return {
        rid: f"[{rec['default_code']}] {rec.get('name')}" if rec.get("default_code") else rec.get("name")
        for rid, rec in data.records[model].items()
    }


def _make_group_compute(fname: str) -> Any:
    """res.users' reified group fields (``in_group_8``, ``sel_groups_1_10_11``): the captured defaults."""

    def fn(data: SandboxData, model: str) -> dict[int, Any]:
        from .fields import load_extra

        value = load_extra("res.users.defaults", data.version).get(fname, False)
        admin = load_extra("res.users.admin_groups", data.version).get(fname, value)
        return {rid: admin if rid == 2 else value for rid in data.records[model]}

    return fn


def register_user_groups() -> None:
    from .fields import VERSIONS, load_schemas

    for version in VERSIONS:
        for fname in load_schemas(version)["res.users"].fields:
            if fname.startswith(("in_group_", "sel_groups_")):
                computes("res.users", fname)(_make_group_compute(fname))


register_user_groups()


@computes("res.users", "is_system")
def _is_system(data: SandboxData, model: str) -> dict[int, Any]:
    return {rid: rid in (1, 2) for rid in data.records[model]}


@computes("res.users", "can_edit")
def _can_edit(data: SandboxData, model: str) -> dict[int, Any]:
    return {rid: True for rid in data.records[model]}
