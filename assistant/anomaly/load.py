"""Read the Odoo records a scan needs into :class:`~assistant.anomaly.frames.AnomalyData` (see :mod:`.fetch`).

Every read names its fields; Odoo 17/18 differences are resolved by the gateway, optional fields (``validated``
from Enterprise timesheet approval, ``hr.leave``) are used when the server has them.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date, timedelta
from typing import Any

import pandas as pd

from assistant.anomaly.config import AnomalySettings
from assistant.anomaly.fetch import (
    ALL,
    EXP_FIELDS,
    LINE_FIELDS,
    MOVE_FIELDS,
    PROJECT_FIELDS,
    SOL_FIELDS,
    TASK_FIELDS,
    TS_FIELDS,
    Scope,
    _any_of,
    _first,
    _in,
    _name,
    read_all,
)
from assistant.anomaly.frames import AnomalyData, from_records
from assistant.odoo.dto import m2o_id, odoo_date
from assistant.odoo.gateway import OdooGateway


def _ids(rows: Iterable[dict[str, Any]], key: str) -> set[int]:
    return {i for i in (m2o_id(r.get(key)) for r in rows) if i}


def load(gw: OdooGateway, th: AnomalySettings, *, since: date, today: date, scope: Scope) -> AnomalyData:
    batch = th.read_batch
    window = [["date", ">=", since.isoformat()]]
    partner_sols: set[int] = set()
    if not scope.full and scope.partners:
        partner_sols = {
            int(r["id"])
            for r in read_all(
                gw,
                "sale.order.line",
                [_in("order_partner_id", scope.partners)],
                ["order_partner_id"],
                batch=batch,
            )
        }
    ts_domain: list[Any] = [["project_id", "!=", False], *window]
    if not scope.full:
        # all lines of a project are only needed for archived ones (ts_archived_project); other project-level
        # detectors read the project record, and task-level ones the task's lines
        archived = (
            {
                int(r["id"])
                for r in read_all(
                    gw,
                    "project.project",
                    [_in("id", scope.projects), ["active", "=", False]],
                    ["active"],
                    batch=batch,
                    context=ALL,
                )
            }
            if scope.projects
            else set()
        )
        ts_domain += _any_of(
            [
                leaf
                for leaf in (
                    _in("employee_id", scope.employees) if scope.employees else None,
                    _in("task_id", scope.tasks) if scope.tasks else None,
                    _in("project_id", archived) if archived else None,
                    _in("so_line", partner_sols) if partner_sols else None,
                )
                if leaf is not None
            ]
        )
    lines = read_all(gw, "account.analytic.line", ts_domain, TS_FIELDS, batch=batch)
    has_validated = gw.has_field("account.analytic.line", "validated")  # Enterprise timesheet approval

    task_ids = _ids(lines, "task_id") | scope.tasks
    task_domain = _any_of(
        [_in("id", task_ids), gw.open_task_leaf()]
        if scope.full
        else [_in("id", task_ids), _in("project_id", scope.projects)]
    )
    tasks = read_all(gw, "project.task", task_domain, TASK_FIELDS, batch=batch, context=ALL)
    project_ids = _ids(lines, "project_id") | _ids(tasks, "project_id") | scope.projects
    project_domain = _any_of(
        [_in("id", project_ids), ["active", "=", True]] if scope.full else [_in("id", project_ids)]
    )
    projects = read_all(gw, "project.project", project_domain, PROJECT_FIELDS, batch=batch, context=ALL)
    folded = _folded_stages(gw, _ids(tasks, "stage_id"))

    exp_domain: list[Any] = list(window) if scope.full else [*window, _in("employee_id", scope.employees)]
    expenses = (
        read_all(gw, "hr.expense", exp_domain, EXP_FIELDS, batch=batch) if gw.has_model("hr.expense") else []
    )
    has_leaves = gw.has_model("hr.leave")
    leaves: list[dict[str, Any]] = []
    if has_leaves:
        leave_domain: list[Any] = [["state", "=", "validate"], ["date_to", ">=", since.isoformat()]]
        if not scope.full:
            leave_domain.append(_in("employee_id", scope.employees))
        leaves = read_all(
            gw,
            "hr.leave",
            leave_domain,
            ["employee_id", "date_from", "date_to", "request_date_from", "request_date_to"],
            batch=batch,
        )
    moves, move_lines, sols = _billing(gw, th, since, scope, lines, partner_sols, batch)
    covered = {int(m["id"]) for m in moves if m.get("move_type") == "out_invoice"}
    older = (
        read_all(
            gw,
            "account.analytic.line",
            [_in("timesheet_invoice_id", covered), ["date", "<", since.isoformat()]],
            TS_FIELDS,
            batch=batch,
        )
        if covered
        else []
    )
    employees = _employees(
        gw,
        _ids(lines, "employee_id")
        | _ids(expenses, "employee_id")
        | _ids(leaves, "employee_id")
        | scope.employees,
    )
    return AnomalyData(
        today=pd.Timestamp(today),
        timesheets=from_records(
            "timesheets",
            [
                *(_ts_row(r, has_validated) for r in lines),
                *({**_ts_row(r, has_validated), "outside_window": True} for r in older),
            ],
        ),
        employees=from_records("employees", employees),
        leaves=from_records(
            "leaves",
            (
                {
                    "id": r["id"],
                    "employee_id": m2o_id(r["employee_id"]),
                    "date_from": odoo_date(r.get("request_date_from") or r.get("date_from")),
                    "date_to": odoo_date(r.get("request_date_to") or r.get("date_to")),
                }
                for r in leaves
            ),
        ),
        tasks=from_records("tasks", (_task_row(r, folded) for r in tasks)),
        projects=from_records("projects", (_project_row(r, tasks) for r in projects)),
        invoices=from_records("invoices", (_move_row(r) for r in moves)),
        invoice_lines=from_records("invoice_lines", (_line_row(r) for r in move_lines)),
        so_lines=from_records("so_lines", (_sol_row(r) for r in sols)),
        expenses=from_records(
            "expenses",
            (
                {
                    **r,
                    "employee_id": m2o_id(r["employee_id"]),
                    "product_id": m2o_id(r["product_id"]) or 0,
                    "product_name": _name(r["product_id"]),
                    "name": r.get("name") or "",
                }
                for r in expenses
            ),
        ),
        has_leave_data=has_leaves,
    )


def _billing(
    gw: OdooGateway,
    th: AnomalySettings,
    since: date,
    scope: Scope,
    lines: list[dict[str, Any]],
    partner_sols: set[int],
    batch: int,
) -> tuple[list[dict[str, Any]], list[dict[str, Any]], list[dict[str, Any]]]:
    if not gw.has_model("account.move"):
        return [], [], []
    start = (since - timedelta(days=th.dup_invoice_fuzzy_days)).isoformat()
    domain: list[Any] = [
        ["move_type", "in", ["out_invoice", "out_refund", "in_refund"]],
        ["invoice_date", ">=", start],
    ]
    if not scope.full:
        domain.append(_in("partner_id", scope.partners))
    moves = (
        read_all(gw, "account.move", domain, MOVE_FIELDS, batch=batch) if scope.full or scope.partners else []
    )
    linked = _ids(lines, "timesheet_invoice_id") - {int(m["id"]) for m in moves}
    if linked:
        moves += gw.read("account.move", sorted(linked), MOVE_FIELDS)
    move_ids = sorted({int(m["id"]) for m in moves})
    move_lines: list[dict[str, Any]] = []
    for start_i in range(0, len(move_ids), 1000):
        move_lines += read_all(
            gw,
            "account.move.line",
            [_in("move_id", move_ids[start_i : start_i + 1000]), ["display_type", "=", "product"]],
            LINE_FIELDS,
            batch=batch,
        )
    sol_ids = (
        _ids(lines, "so_line") | partner_sols | {_first(r.get("sale_line_ids")) for r in move_lines} - {0}
    )
    sols = gw.read("sale.order.line", sorted(sol_ids), SOL_FIELDS) if sol_ids else []
    return moves, move_lines, sols


def _folded_stages(gw: OdooGateway, stage_ids: set[int]) -> set[int]:
    if not stage_ids:
        return set()
    return {int(r["id"]) for r in gw.read("project.task.type", sorted(stage_ids), ["fold"]) if r.get("fold")}


def _employees(gw: OdooGateway, ids: set[int]) -> list[dict[str, Any]]:
    if not ids:
        return []
    rows = read_all(
        gw, "hr.employee", [_in("id", ids)], ["name", "user_id", "parent_id"], batch=2000, context=ALL
    )
    users = {int(r["id"]): m2o_id(r.get("user_id")) or 0 for r in rows}
    parents = _ids(rows, "parent_id") - set(users)
    if parents:
        users.update(
            {
                int(r["id"]): m2o_id(r.get("user_id")) or 0
                for r in gw.read("hr.employee", sorted(parents), ["user_id"])
            }
        )
    return [
        {
            "id": r["id"],
            "name": r.get("name") or "",
            "user_id": users[int(r["id"])],
            "manager_user_id": users.get(m2o_id(r.get("parent_id")) or 0, 0),
        }
        for r in rows
    ]


def _ts_row(r: dict[str, Any], has_validated: bool) -> dict[str, Any]:
    return {
        "id": r["id"],
        "date": r.get("date") or None,
        "employee_id": m2o_id(r.get("employee_id")) or 0,
        "task_id": m2o_id(r.get("task_id")) or 0,
        "project_id": m2o_id(r.get("project_id")) or 0,
        "hours": r.get("unit_amount") or 0.0,
        "name": r.get("name") or "",
        "so_line_id": m2o_id(r.get("so_line")) or 0,
        "invoice_id": m2o_id(r.get("timesheet_invoice_id")) or 0,
        "invoice_type": r.get("timesheet_invoice_type") or "",
        "validated": bool(r.get("validated")) if has_validated else True,
        "create_date": r.get("create_date") or None,
        "write_date": r.get("write_date") or None,
    }


def _task_row(r: dict[str, Any], folded: set[int]) -> dict[str, Any]:
    stage = m2o_id(r.get("stage_id")) or 0
    closed = bool(r.get("is_closed")) or stage in folded or r.get("state") in ("1_done", "1_canceled")
    closed_on = (r.get("date_end") or r.get("date_last_stage_update")) if closed else None
    return {
        "id": r["id"],
        "name": r.get("name") or "",
        "project_id": m2o_id(r.get("project_id")) or 0,
        "state": r.get("state") or "",
        "is_closed": bool(r.get("is_closed")),
        "stage_fold": stage in folded,
        "closed_on": closed_on or None,
        "date_deadline": r.get("date_deadline") or None,
        "allocated_hours": r.get("allocated_hours") or 0.0,
        "effective_hours": r.get("effective_hours") or 0.0,
        "user_id": _first(r.get("user_ids")),
        "write_date": r.get("write_date") or None,
    }


def _project_row(r: dict[str, Any], tasks: list[dict[str, Any]]) -> dict[str, Any]:
    effective = r.get("effective_hours")
    if effective is False or effective is None:  # field missing on this server: sum the tasks read
        effective = sum(
            t.get("effective_hours") or 0.0 for t in tasks if m2o_id(t.get("project_id")) == r["id"]
        )
    return {
        "id": r["id"],
        "name": r.get("name") or "",
        "active": r.get("active") is not False,
        "date_start": r.get("date_start") or None,
        "date": r.get("date") or None,
        "allocated_hours": r.get("allocated_hours") or 0.0,
        "effective_hours": effective or 0.0,
        "user_id": m2o_id(r.get("user_id")) or 0,
        "partner_id": m2o_id(r.get("partner_id")) or 0,
        "write_date": r.get("write_date") or None,
    }


def _move_row(r: dict[str, Any]) -> dict[str, Any]:
    return {
        "id": r["id"],
        "name": r.get("name") or "",
        "move_type": r.get("move_type") or "",
        "state": r.get("state") or "",
        "partner_id": m2o_id(r.get("partner_id")) or 0,
        "partner_name": _name(r.get("partner_id")),
        "amount_untaxed": r.get("amount_untaxed") or 0.0,
        "amount_total": r.get("amount_total") or 0.0,
        "ref": r.get("ref") or "",
        "invoice_date": r.get("invoice_date") or None,
        "invoice_origin": r.get("invoice_origin") or "",
        "reversed_entry_id": m2o_id(r.get("reversed_entry_id")) or 0,
        "user_id": m2o_id(r.get("invoice_user_id")) or 0,
        "write_date": r.get("write_date") or None,
    }


def _line_row(r: dict[str, Any]) -> dict[str, Any]:
    return {
        "id": r["id"],
        "move_id": m2o_id(r.get("move_id")) or 0,
        "product_id": m2o_id(r.get("product_id")) or 0,
        "product_name": _name(r.get("product_id")),
        "name": r.get("name") or "",
        "quantity": r.get("quantity"),
        "price_unit": r.get("price_unit"),
        "discount": r.get("discount") or 0.0,
        "price_subtotal": r.get("price_subtotal"),
        "so_line_id": _first(r.get("sale_line_ids")),
    }


def _sol_row(r: dict[str, Any]) -> dict[str, Any]:
    return {
        "id": r["id"],
        "order_id": m2o_id(r.get("order_id")) or 0,
        "order_name": _name(r.get("order_id")),
        "partner_id": m2o_id(r.get("order_partner_id")) or 0,
        "partner_name": _name(r.get("order_partner_id")),
        "product_id": m2o_id(r.get("product_id")) or 0,
        "name": r.get("name") or "",
        "price_unit": r.get("price_unit") or 0.0,
        "discount": r.get("discount") or 0.0,
        "state": r.get("state") or "",
        "salesman_id": m2o_id(r.get("salesman_id")) or 0,
    }
