"""Per-model defaults and side effects of the Odoo 18 *simulation*.

``defaults_for`` gives the values a real server fills in when a client omits
them; ``PRE_CREATE`` / ``PRE_WRITE`` / ``POST_WRITE`` hooks derive dependent
stored values (a timesheet's cost ``amount`` = ``-hours * employee.hourly_cost``,
an activity's ``res_model`` from ``res_model_id``, invoice totals from lines...).
"""

from __future__ import annotations

import html
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from .errors import MissingError

if TYPE_CHECKING:
    from .orm import Env, SandboxData

Hook = Callable[["SandboxData", dict[str, Any], "Env"], None]
WriteHook = Callable[["SandboxData", dict[str, Any], dict[str, Any], "Env"], None]
PostHook = Callable[["SandboxData", list[int], set[str], "Env"], None]

HOURS_UOM = 4
TODO_TYPE = 4


def user_partner(data: SandboxData, uid: int) -> int | bool:
    user = data.records["res.users"].get(uid, {})
    return user.get("partner_id") or False


def user_employee(data: SandboxData, uid: int) -> int | bool:
    for eid, emp in sorted(data.records["hr.employee"].items()):
        if emp.get("user_id") == uid and emp.get("active", True):
            return eid
    return False


def defaults_for(data: SandboxData, model: str, env: Env) -> dict[str, Any]:
    fields = data.schemas[model].fields
    today = data.today().isoformat()
    out: dict[str, Any] = {}
    if "active" in fields:
        out["active"] = True
    if model in (
        "account.analytic.line",
        "account.move",
        "account.move.line",
        "sale.order",
        "sale.order.line",
        "hr.expense",
        "hr.expense.sheet",
        "hr.employee",
        "res.users",
        "crm.lead",
    ):
        out["company_id"] = 1
    if "currency_id" in fields and model not in ("res.partner", "res.users"):
        out["currency_id"] = 1
    specific: dict[str, dict[str, Any]] = {
        "mail.activity": {
            "user_id": env.uid,
            "date_deadline": today,
            "activity_type_id": TODO_TYPE,
            "automated": False,
        },
        "mail.message": {
            "message_type": "comment",
            "date": data.now_str,
            "author_id": lambda: user_partner(data, env.uid),
            "is_internal": False,
        },
        "project.task": {
            "state": "01_in_progress",
            "priority": "0",
            "sequence": 10,
            "allocated_hours": 0.0,
            "display_in_project": True,
            "date_last_stage_update": data.now_str,
        },
        "project.project": {
            "allow_timesheets": True,
            "privacy_visibility": "portal",
            "last_update_status": "to_define",
            "billing_type": "not_billable",
            "rating_status": "stage",
            "rating_status_period": "monthly",
            "sequence": 10,
            "label_tasks": "Tasks",
            "allow_billable": False,
            "pricing_type": "task_rate",
        },
        "res.partner": {
            "type": "contact",
            "is_company": False,
            "lang": "en_US",
            "customer_rank": 0,
            "supplier_rank": 0,
            "autopost_bills": "ask",
            "partner_share": True,
            "trust": "normal",
            "invoice_warn": "no-message",
            "sale_warn": "no-message",
        },
        "account.analytic.line": {
            "date": today,
            "name": "/",
            "unit_amount": 0.0,
            "amount": 0.0,
            "category": "other",
            "product_uom_id": HOURS_UOM,
        },
        "hr.expense": {
            "date": today,
            "quantity": 1.0,
            "state": "draft",
            "payment_mode": "own_account",
            "employee_id": lambda: user_employee(data, env.uid),
            "price_unit": 0.0,
        },
        "account.move": {
            "state": "draft",
            "move_type": "entry",
            "name": "/",
            "date": today,
            "payment_state": "not_paid",
            "amount_untaxed": 0.0,
            "amount_tax": 0.0,
            "amount_total": 0.0,
            "amount_residual": 0.0,
        },
        "account.move.line": {"display_type": "product", "quantity": 1.0, "discount": 0.0},
        "sale.order": {"state": "draft", "date_order": data.now_str, "user_id": env.uid, "name": "New"},
        "sale.order.line": {
            "product_uom_qty": 1.0,
            "discount": 0.0,
            "qty_delivered": 0.0,
            "qty_invoiced": 0.0,
        },
        "crm.lead": {"type": "lead", "user_id": env.uid, "probability": 10.0, "priority": "0"},
        "ir.model.data": {"noupdate": False},
        "mail.activity.type": {
            "delay_count": 0,
            "delay_unit": "days",
            "delay_from": "previous_activity",
            "chaining_type": "suggest",
            "category": "default",
            "icon": "fa-tasks",
            "keep_done": False,
            "sequence": 10,
        },
        "res.users": {"share": False, "notification_type": "email"},
    }
    out.update(specific.get(model, {}))
    return out


# --------------------------------------------------------------------------- pre-create hooks


def _activity(data: SandboxData, rec: dict[str, Any], env: Env) -> None:
    model = data.records["ir.model"].get(rec.get("res_model_id") or 0, {}).get("model")
    if model:
        rec["res_model"] = model
        if model in data.records and rec.get("res_id") not in data.records[model]:
            # as Odoo 17/18 (captured): the document's access check reads it
            raise MissingError(
                f"Record does not exist or has been deleted.\n(Record: {model}({rec.get('res_id')},), "
                f"User: {env.uid})"
            )
    if rec.get("note"):
        rec["note"] = sanitize_html(rec["note"])


def _message(data: SandboxData, rec: dict[str, Any], env: Env) -> None:
    model, res_id = rec.get("model"), rec.get("res_id")
    if model in data.schemas and res_id and not rec.get("record_name"):
        rec["record_name"] = data.display_names(model).get(res_id, False)
    author = data.records["res.partner"].get(rec.get("author_id") or 0)
    if author and not rec.get("email_from"):
        rec["email_from"] = (
            f'"{author.get("name")}" <{author.get("email")}>' if author.get("email") else False
        )
    if rec.get("body"):
        rec["body"] = sanitize_html(rec["body"])


def _task(data: SandboxData, rec: dict[str, Any], env: Env) -> None:
    project = data.records["project.project"].get(rec.get("project_id") or 0)
    if project:
        rec.setdefault("partner_id", project.get("partner_id") or False)
        rec.setdefault("company_id", project.get("company_id") or False)
    if not rec.get("stage_id"):
        stages = sorted(
            (s.get("sequence", 0), sid)
            for sid, s in data.records["project.task.type"].items()
            if not project or not s.get("project_ids") or rec.get("project_id") in s.get("project_ids", [])
        )
        rec["stage_id"] = stages[0][1] if stages else False


def _project(data: SandboxData, rec: dict[str, Any], env: Env) -> None:
    if rec.get("allow_timesheets") and not rec.get("account_id") and rec.get("name"):
        from .business import create_records

        (acc,) = create_records(
            data,
            "account.analytic.account",
            [{"name": rec["name"], "partner_id": rec.get("partner_id") or False}],
            env,
        )
        rec["account_id"] = acc
    if data.version < 18:  # Odoo 17 names the project's analytic account analytic_account_id
        rec.setdefault("analytic_account_id", rec.get("account_id") or False)


def _timesheet(data: SandboxData, rec: dict[str, Any], env: Env) -> None:
    task = data.records["project.task"].get(rec.get("task_id") or 0)
    if task and not rec.get("project_id"):
        rec["project_id"] = task.get("project_id") or False
    project = data.records["project.project"].get(rec.get("project_id") or 0)
    if not project:
        return
    if not rec.get("employee_id"):
        rec["employee_id"] = user_employee(data, rec.get("user_id") or env.uid)
    employee = data.records["hr.employee"].get(rec.get("employee_id") or 0, {})
    rec.setdefault("user_id", employee.get("user_id") or False)
    rec.setdefault("account_id", project.get("account_id") or False)
    rec.setdefault("partner_id", (task or {}).get("partner_id") or project.get("partner_id") or False)
    so_line = (task or {}).get("sale_line_id") or project.get("sale_line_id") or False
    rec.setdefault("so_line", so_line if project.get("allow_billable") else False)
    rec.setdefault("timesheet_invoice_type", invoice_type(data, project, rec.get("so_line")))
    _timesheet_amount(data, rec)


def invoice_type(data: SandboxData, project: dict[str, Any], so_line: Any) -> str:
    if not project.get("allow_billable") or not so_line:
        return "non_billable"
    line = data.records["sale.order.line"].get(so_line, {})
    product = data.records["product.product"].get(line.get("product_id") or 0, {})
    policy = product.get("service_policy")
    return {
        "ordered_prepaid": "billable_fixed",
        "delivered_milestones": "billable_milestones",
        "delivered_manual": "billable_manual",
    }.get(policy or "", "billable_time")


def _timesheet_amount(data: SandboxData, rec: dict[str, Any]) -> None:
    employee = data.records["hr.employee"].get(rec.get("employee_id") or 0)
    if employee and rec.get("project_id"):
        rec["amount"] = round(
            -float(rec.get("unit_amount") or 0.0) * float(employee.get("hourly_cost") or 0.0), 2
        )


def _expense(data: SandboxData, rec: dict[str, Any], env: Env) -> None:
    total = round(float(rec.get("price_unit") or 0.0) * float(rec.get("quantity") or 0.0), 2)
    rec.update({"total_amount": total, "total_amount_currency": total, "untaxed_amount_currency": total})


def _sale_order(data: SandboxData, rec: dict[str, Any], env: Env) -> None:
    if rec.get("name") in (None, False, "New"):
        rec["name"] = f"S{data.next_ids.get('sale.order.sequence', len(data.records['sale.order']) + 1):05d}"
        data.next_ids["sale.order.sequence"] = data.next_ids.get("sale.order.sequence", 1) + 1
    rec.setdefault("partner_invoice_id", rec.get("partner_id"))
    rec.setdefault("partner_shipping_id", rec.get("partner_id"))


def _order_line(data: SandboxData, rec: dict[str, Any], env: Env) -> None:
    sub = round(
        float(rec.get("price_unit") or 0)
        * float(rec.get("product_uom_qty") or 0)
        * (1 - float(rec.get("discount") or 0) / 100),
        2,
    )
    rec.update({"price_subtotal": sub, "price_total": sub})
    if not rec.get("name"):
        product = data.records["product.product"].get(rec.get("product_id") or 0, {})
        rec["name"] = product.get("name") or "/"


def _move_line(data: SandboxData, rec: dict[str, Any], env: Env) -> None:
    sub = round(
        float(rec.get("price_unit") or 0)
        * float(rec.get("quantity") or 0)
        * (1 - float(rec.get("discount") or 0) / 100),
        2,
    )
    rec.update({"price_subtotal": sub, "price_total": sub})
    move = data.records["account.move"].get(rec.get("move_id") or 0, {})
    rec.update(
        {
            "move_name": move.get("name"),
            "parent_state": move.get("state"),
            "partner_id": rec.get("partner_id") or move.get("partner_id") or False,
            "date": move.get("date") or False,
            "move_type": move.get("move_type"),
        }
    )


PRE_CREATE: dict[str, Hook] = {
    "mail.activity": _activity,
    "mail.message": _message,
    "project.task": _task,
    "project.project": _project,
    "account.analytic.line": _timesheet,
    "hr.expense": _expense,
    "sale.order": _sale_order,
    "sale.order.line": _order_line,
    "account.move.line": _move_line,
}


# --------------------------------------------------------------------------- write hooks


def _task_write(data: SandboxData, rec: dict[str, Any], vals: dict[str, Any], env: Env) -> None:
    if "stage_id" in vals and vals["stage_id"] != rec.get("stage_id"):
        rec["date_last_stage_update"] = data.now_str()


def _activity_write(data: SandboxData, rec: dict[str, Any], vals: dict[str, Any], env: Env) -> None:
    if "note" in vals and vals["note"]:
        vals["note"] = sanitize_html(vals["note"])


PRE_WRITE: dict[str, WriteHook] = {"project.task": _task_write, "mail.activity": _activity_write}


def _move_totals(data: SandboxData, ids: list[int], changed: set[str], env: Env) -> None:
    lines = data.records["account.move.line"]
    for rid in ids:
        move = data.records["account.move"].get(rid)
        if move is None or not (
            {"invoice_line_ids", "line_ids", "price_unit", "quantity", "discount"} & changed
        ):
            continue
        total = round(
            sum(ln.get("price_subtotal", 0.0) for ln in lines.values() if ln.get("move_id") == rid), 2
        )
        move.update(
            {
                "amount_untaxed": total,
                "amount_total": total,
                "amount_tax": 0.0,
                "amount_residual": total if move.get("payment_state") != "paid" else 0.0,
            }
        )


def _timesheet_post(data: SandboxData, ids: list[int], changed: set[str], env: Env) -> None:
    if {"unit_amount", "employee_id"} & changed:
        for rid in ids:
            _timesheet_amount(data, data.records["account.analytic.line"][rid])


def _activity_post(data: SandboxData, ids: list[int], changed: set[str], env: Env) -> None:
    if "res_model_id" in changed:
        for rid in ids:
            _activity(data, data.records["mail.activity"][rid], env)


def _expense_post(data: SandboxData, ids: list[int], changed: set[str], env: Env) -> None:
    if {"price_unit", "quantity"} & changed:
        for rid in ids:
            _expense(data, data.records["hr.expense"][rid], env)


def _move_line_post(data: SandboxData, ids: list[int], changed: set[str], env: Env) -> None:
    table = data.records["account.move.line"]
    if {"price_unit", "quantity", "discount"} & changed:
        for rid in ids:
            _move_line(data, table[rid], env)
    moves = sorted({int(table[rid]["move_id"]) for rid in ids if rid in table and table[rid].get("move_id")})
    _move_totals(data, moves, changed, env)


POST_WRITE: dict[str, PostHook] = {
    "account.move": _move_totals,
    "account.move.line": _move_line_post,
    "account.analytic.line": _timesheet_post,
    "mail.activity": _activity_post,
    "hr.expense": _expense_post,
}


def sanitize_html(value: str) -> str:
    """Odoo's ``html_sanitize`` as ``fields.Html(sanitize_style=True)`` applies it (see :mod:`.sanitizer`)."""
    from .sanitizer import html_sanitize

    result = html_sanitize(value)
    return result if isinstance(result, str) else value


def plaintext2html(text: str) -> str:
    """Odoo's ``plaintext2html``: escape, newlines to ``<br>``, paragraphs in ``<p>``."""
    import re

    escaped = html.escape(text, quote=False)
    escaped = re.sub(r"(\r\n|\r|\n)", "<br>", escaped)
    parts = re.split(r"(?:<br>\s*){2,}", escaped)
    return "".join(f"<p>{p}</p>" for p in parts)
