"""Odoo -> :class:`~assistant.anomaly.frames.AnomalyData`: batched reads with explicit fields, and the scope of an
incremental scan derived from a ``write_date`` watermark.

Reads go through the gateway only, with keyset pagination (``id > last`` ordered by id, ``read_batch`` rows per
call) so that a large table costs a few hundred calls and no giant id lists. A :class:`Scope` restricts every read
to what changed since the watermark (plus what open flags need to be confirmed or resolved): employees, tasks,
projects and partners. ``Scope(full=True)`` reads everything dated within the window.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from assistant.odoo.dto import m2o, m2o_id
from assistant.odoo.gateway import OdooGateway

ALL = {"active_test": False}
TS_FIELDS = [
    "date",
    "employee_id",
    "task_id",
    "project_id",
    "unit_amount",
    "name",
    "so_line",
    "timesheet_invoice_id",
    "timesheet_invoice_type",
    "create_date",
    "write_date",
    "validated",
]
TASK_FIELDS = [
    "name",
    "project_id",
    "stage_id",
    "state",
    "is_closed",
    "date_deadline",
    "allocated_hours",
    "effective_hours",
    "user_ids",
    "date_last_stage_update",
    "date_end",
    "write_date",
]
PROJECT_FIELDS = [
    "name",
    "active",
    "date_start",
    "date",
    "allocated_hours",
    "effective_hours",
    "user_id",
    "partner_id",
    "write_date",
]
MOVE_FIELDS = [
    "name",
    "move_type",
    "state",
    "partner_id",
    "amount_untaxed",
    "amount_total",
    "ref",
    "invoice_date",
    "invoice_origin",
    "reversed_entry_id",
    "invoice_user_id",
    "write_date",
]
LINE_FIELDS = [
    "move_id",
    "product_id",
    "name",
    "quantity",
    "price_unit",
    "discount",
    "price_subtotal",
    "sale_line_ids",
    "display_type",
]
SOL_FIELDS = [
    "order_id",
    "order_partner_id",
    "product_id",
    "name",
    "price_unit",
    "discount",
    "state",
    "salesman_id",
]
EXP_FIELDS = [
    "employee_id",
    "name",
    "date",
    "total_amount",
    "product_id",
    "state",
    "create_date",
    "write_date",
]
WATCHED = {  # model -> (date field for the window, fields naming the scope keys)
    "account.analytic.line": ("date", ["employee_id", "task_id", "project_id", "so_line"]),
    "project.task": (None, ["project_id"]),
    "project.project": (None, []),
    "account.move": ("invoice_date", ["partner_id"]),
    "sale.order.line": (None, ["order_partner_id"]),
    "hr.expense": ("date", ["employee_id"]),
    "hr.leave": (None, ["employee_id"]),
}


@dataclass
class Scope:
    """What a scan reads and judges. ``full``: everything in the window; otherwise only these keys."""

    full: bool = False
    employees: set[int] = field(default_factory=set)
    tasks: set[int] = field(default_factory=set)
    projects: set[int] = field(default_factory=set)
    partners: set[int] = field(default_factory=set)

    def add(self, key: str) -> None:
        """Add a flag scope such as ``employee:12``."""
        kind, _, ident = key.partition(":")
        target = {
            "employee": self.employees,
            "task": self.tasks,
            "project": self.projects,
            "partner": self.partners,
        }.get(kind)
        if target is not None and ident.isdigit():
            target.add(int(ident))

    def covers(self, key: str) -> bool:
        if self.full:
            return True
        kind, _, ident = key.partition(":")
        target = {
            "employee": self.employees,
            "task": self.tasks,
            "project": self.projects,
            "partner": self.partners,
        }.get(kind, set())
        return ident.isdigit() and int(ident) in target

    @property
    def empty(self) -> bool:
        return not (self.full or self.employees or self.tasks or self.projects or self.partners)

    def sizes(self) -> dict[str, int]:
        return {
            "employees": len(self.employees),
            "tasks": len(self.tasks),
            "projects": len(self.projects),
            "partners": len(self.partners),
        }


def read_all(
    gw: OdooGateway,
    model: str,
    domain: list[Any],
    fields: Sequence[str],
    *,
    batch: int,
    context: dict[str, Any] | None = None,
) -> list[dict[str, Any]]:
    """Every matching row, ``batch`` at a time, paging on ``id`` (stable while others write)."""
    rows: list[dict[str, Any]] = []
    last = 0
    while True:
        page = gw.search_read(
            model, [*domain, ["id", ">", last]], fields, order="id", limit=batch, context=context
        )
        rows += page
        if len(page) < batch:
            return rows
        last = int(page[-1]["id"])


def _in(field_name: str, ids: Iterable[int]) -> list[Any]:
    return [field_name, "in", sorted(ids)]


def _any_of(leaves: list[list[Any]]) -> list[Any]:
    """OR of leaves in Odoo's prefix notation (an always-false leaf when empty)."""
    if not leaves:
        return [["id", "=", 0]]
    return ["|"] * (len(leaves) - 1) + leaves


def changed_scope(gw: OdooGateway, watermark: str, since: date, batch: int) -> tuple[Scope, str]:
    """Keys touched by records written after ``watermark``; returns the scope and the newest write_date seen."""
    scope = Scope()
    newest = watermark
    so_lines: set[int] = set()
    for model, (date_field, key_fields) in WATCHED.items():
        if not gw.has_model(model):
            continue
        domain: list[Any] = [["write_date", ">", watermark]]
        if date_field:
            domain.append([date_field, ">=", since.isoformat()])
        rows = read_all(gw, model, domain, [*key_fields, "write_date"], batch=batch, context=ALL)
        for row in rows:
            newest = max(newest, str(row.get("write_date") or ""))
            if model in ("account.analytic.line", "hr.expense", "hr.leave"):
                _add_id(scope.employees, row.get("employee_id"))
            if model == "account.analytic.line":
                _add_id(scope.tasks, row.get("task_id"))
                _add_id(scope.projects, row.get("project_id"))
                _add_id(so_lines, row.get("so_line"))
            elif model == "project.task":
                scope.tasks.add(int(row["id"]))
                _add_id(scope.projects, row.get("project_id"))
            elif model == "project.project":
                scope.projects.add(int(row["id"]))
            elif model == "account.move":
                _add_id(scope.partners, row.get("partner_id"))
            elif model == "sale.order.line":
                _add_id(scope.partners, row.get("order_partner_id"))
    if so_lines:
        for row in gw.read("sale.order.line", sorted(so_lines), ["order_partner_id"]):
            _add_id(scope.partners, row.get("order_partner_id"))
    return scope, newest


def _add_id(target: set[int], value: Any) -> None:
    ident = m2o_id(value)
    if ident:
        target.add(ident)


def newest_write_date(gw: OdooGateway) -> str:
    """The latest write_date over the watched models (the watermark after a full scan)."""
    newest = ""
    for model in WATCHED:
        if gw.has_model(model):
            rows = gw.search_read(model, [], ["write_date"], order="write_date desc", limit=1, context=ALL)
            if rows and rows[0].get("write_date"):
                newest = max(newest, str(rows[0]["write_date"]))
    return newest


def _name(value: Any) -> str:
    ref = m2o(value)
    return ref.name if ref else ""


def _first(value: Any) -> int:
    return int(value[0]) if isinstance(value, list) and value and isinstance(value[0], int) else 0
