"""Reads behind ``project_status``: one batch of projects with their tasks, chatter, customer contacts and
bank accounts, plus two ``read_group`` for the hours.

Figures are read the way Odoo counts them, never through one2many fields: ``project.project.task_ids``
carries a hidden domain (Odoo 18: ``[('is_closed', '=', False)]``, Odoo 17: ``[('state', 'in', OPEN_STATES)]``)
that drops closed tasks. Tasks are read from ``project.task`` by ``project_id`` with ``active_test=False``
(closed and archived ones count), and hours from ``account.analytic.line`` by ``project_id`` (lines
without a task count, as in Odoo's own ``project.effective_hours``).

Odoo 17+: a nested ``web_read`` of the projects (customer -> contacts -> banks, chatter, tag names), a nested
``web_search_read`` of their tasks (with chatter), the two ``read_group`` for hours and one ``read_group`` of the
customers' overdue invoices (``account.move``, for the client health): 5 round trips per batch. Older servers,
or servers refusing ``web_read``: the classic ``search_read`` path (9 round trips, with the tag names). Both return the
same :class:`ProjectData` shapes (classic read shapes: Many2one as ``[id, name]``), so the facts are identical
whichever path ran (tested).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Any

from assistant.errors import OdooUnsupported
from assistant.odoo.dto import PARTNER_FIELDS, m2o_id
from assistant.odoo.gateway import OdooGateway

PROJECT_FIELDS = [
    "name",
    "stage_id",
    "partner_id",
    "user_id",
    "date_start",
    "date",
    "allocated_hours",
    "pricing_type",
    "allow_billable",
    "last_update_status",
    "active",
    "write_date",
    "description",
    "create_date",
    "tag_ids",  # read as tag names (a tag may name the billing model: Fixed Fee, Retainer)
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
    "create_date",
    "priority",
]
MESSAGE_FIELDS = ["model", "res_id", "author_id", "date", "body", "message_type", "email_from"]
MESSAGE_TYPES = ("comment", "email")
MESSAGES_PER_RECORD = 40
BILLABLE = ("billable_time", "billable_manual")
NAMED: dict[str, Any] = {"fields": {"display_name": {}}}  # a Many2one read as {id, display_name}


ALL_RECORDS = {"active_test": False}  # closed and archived tasks count in Odoo's own figures


@dataclass
class ProjectData:
    projects: list[dict[str, Any]]
    tasks: list[dict[str, Any]]  # every task of the projects, archived ones included (``active`` says which)
    hours: list[dict[str, Any]]
    messages: list[dict[str, Any]]
    partners: list[dict[str, Any]]
    banks: list[dict[str, Any]]
    totals: dict[int, float] = field(default_factory=dict)  # project id -> hours of all its timesheet lines
    # commercial partner id -> {"count", "amount", "oldest_due"} of its posted customer invoices past due
    overdue: dict[int, dict[str, Any]] = field(default_factory=dict)


def fetch(gw: OdooGateway, ids: Sequence[int], today: date) -> ProjectData:
    if gw.supports_web_read():
        try:
            return fetch_nested(gw, ids, today)
        except OdooUnsupported:
            pass
    return fetch_classic(gw, ids, today)


def hours(gw: OdooGateway, pids: list[int], today: date) -> list[dict[str, Any]]:
    """One read_group covers both the last 30 days of time and the billable time not yet invoiced."""
    if not pids:
        return []
    since30 = (today - timedelta(days=30)).isoformat()
    invoiced = gw.has_field("account.analytic.line", "timesheet_invoice_id")
    unbilled: list[Any] = (
        ["&", ["timesheet_invoice_type", "in", list(BILLABLE)], ["timesheet_invoice_id", "=", False]]
        if invoiced
        else [["id", "=", 0]]
    )
    return gw.read_group(
        "account.analytic.line",
        ["&", ["project_id", "in", pids], "|", ["date", ">=", since30], *unbilled],
        ["unit_amount:sum"],
        [
            "project_id",
            "date:day",
            "timesheet_invoice_type",
            *(["timesheet_invoice_id"] if invoiced else []),
        ],
    )


def total_hours(gw: OdooGateway, pids: list[int]) -> dict[int, float]:
    """Hours of every timesheet line of each project (with or without a task): Odoo's ``effective_hours``."""
    if not pids:
        return {}
    rows = gw.read_group(
        "account.analytic.line", [["project_id", "in", pids]], ["unit_amount:sum"], ["project_id"]
    )
    return {pid: float(r.get("unit_amount") or 0.0) for r in rows if (pid := m2o_id(r.get("project_id")))}


def overdue_invoices(
    gw: OdooGateway, partners: list[dict[str, Any]], today: date
) -> dict[int, dict[str, Any]]:
    """One ``read_group`` on ``account.move``: the customers' posted invoices still (partly) unpaid after their
    due date, per commercial partner: count, open amount (company currency) and the oldest due date."""
    ids = sorted({p["id"] for p in partners} | {i for p in partners if (i := m2o_id(p.get("parent_id")))})
    if not ids or not gw.has_model("account.move"):
        return {}
    rows = gw.read_group(
        "account.move",
        [
            ["move_type", "=", "out_invoice"],
            ["state", "=", "posted"],
            ["payment_state", "in", ["not_paid", "partial"]],
            ["invoice_date_due", "<", today.isoformat()],
            ["commercial_partner_id", "in", ids],
        ],
        ["amount_residual_signed:sum", "invoice_date_due:min"],
        ["commercial_partner_id"],
    )
    return {
        pid: {
            "count": int(r.get("__count") or r.get("commercial_partner_id_count") or 0),
            "amount": float(r.get("amount_residual_signed") or 0.0),
            "oldest_due": r.get("invoice_date_due") or None,
        }
        for r in rows
        if (pid := m2o_id(r.get("commercial_partner_id")))
    }


def _tag_names(gw: OdooGateway, projects: list[dict[str, Any]]) -> None:
    """Classic path: the projects' ``tag_ids`` (ids) become tag names, as on the nested path."""
    ids = sorted({t for p in projects for t in p.get("tag_ids") or []})
    names = {r["id"]: r["name"] for r in gw.read("project.tags", ids, ["name"])} if ids else {}
    for p in projects:
        p["tag_ids"] = [names.get(t, "") for t in p.get("tag_ids") or []]


def fetch_classic(gw: OdooGateway, ids: Sequence[int], today: date) -> ProjectData:
    projects = gw.read("project.project", ids, PROJECT_FIELDS)
    pids = [p["id"] for p in projects]
    if not pids:
        return ProjectData([], [], [], [], [], [])
    _tag_names(gw, projects)
    tasks = gw.search_read(
        "project.task",
        [["project_id", "in", pids]],
        [*TASK_FIELDS, "active"],
        order="id",
        context=ALL_RECORDS,
    )
    task_ids = [t["id"] for t in tasks]
    messages = gw.search_read(
        "mail.message",
        [
            "&",
            ["message_type", "in", list(MESSAGE_TYPES)],
            "|",
            "&",
            ["model", "=", "project.project"],
            ["res_id", "in", pids],
            "&",
            ["model", "=", "project.task"],
            ["res_id", "in", task_ids],
        ],
        MESSAGE_FIELDS,
        order="date desc, id desc",
    )
    partner_ids = sorted({pid for p in projects if (pid := m2o_id(p["partner_id"])) is not None})
    partners = (
        gw.search_read(
            "res.partner", ["|", ["id", "in", partner_ids], ["parent_id", "in", partner_ids]], PARTNER_FIELDS
        )
        if partner_ids
        else []
    )
    banks = (
        gw.search_read(
            "res.partner.bank",
            [["partner_id", "in", [p["id"] for p in partners]]],
            ["acc_number", "partner_id"],
        )
        if partners and gw.has_model("res.partner.bank")
        else []
    )
    return ProjectData(
        projects,
        tasks,
        hours(gw, pids, today),
        _recent(messages),
        partners,
        banks,
        total_hours(gw, pids),
        overdue_invoices(gw, partners, today),
    )


def fetch_nested(gw: OdooGateway, ids: Sequence[int], today: date) -> ProjectData:
    messages_spec = {
        "fields": {**_plain(MESSAGE_FIELDS), "author_id": NAMED},
        "limit": MESSAGES_PER_RECORD,
        "order": "date desc, id desc",
    }
    banks_spec: dict[str, Any] = {"fields": {"acc_number": {}, "partner_id": {}}}
    partner_fields = {**_plain(PARTNER_FIELDS), "parent_id": NAMED, "bank_ids": banks_spec}
    spec = {
        **_plain(PROJECT_FIELDS),
        "partner_id": {
            "fields": {**partner_fields, "display_name": {}, "child_ids": {"fields": partner_fields}}
        },
        "user_id": NAMED,
        "stage_id": NAMED,
        "tag_ids": {"fields": {"name": {}}},
        "message_ids": messages_spec,
    }
    rows = gw.web_read("project.project", ids, spec)
    projects, messages, partners, banks = [], [], {}, {}
    for row in rows:
        customer = row["partner_id"] if isinstance(row["partner_id"], dict) else None
        projects.append(
            {
                "id": row["id"],
                **{f: row[f] for f in PROJECT_FIELDS},
                "partner_id": _pair(customer),
                "user_id": _pair(row["user_id"]),
                "stage_id": _pair(row["stage_id"]),
                "tag_ids": [t["name"] for t in row["tag_ids"] if isinstance(t, dict)],
            }
        )
        messages += [m for m in row["message_ids"] if isinstance(m, dict) and len(m) > 1]
        for partner in [customer, *customer["child_ids"]] if customer else []:
            if not isinstance(partner, dict) or len(partner) <= 1:
                continue
            partners[partner["id"]] = {
                **{f: partner[f] for f in PARTNER_FIELDS},
                "id": partner["id"],
                "parent_id": _pair(partner["parent_id"]),
            }
            for bank in partner["bank_ids"]:
                if isinstance(bank, dict) and len(bank) > 1:
                    banks[bank["id"]] = {
                        "id": bank["id"],
                        "acc_number": bank["acc_number"],
                        "partner_id": [partner["id"], partner["name"]],
                    }
    pids = [p["id"] for p in projects]
    tasks = []
    if pids:
        task_spec = {
            **_plain(TASK_FIELDS),
            "active": {},
            "project_id": NAMED,
            "stage_id": NAMED,
            "message_ids": messages_spec,
        }
        for task in gw.web_search_read(
            "project.task", [["project_id", "in", pids]], task_spec, order="id", context=ALL_RECORDS
        ):
            tasks.append(
                {
                    "id": task["id"],
                    **{f: task[f] for f in TASK_FIELDS},
                    "active": task["active"],
                    "project_id": _pair(task["project_id"]),
                    "stage_id": _pair(task["stage_id"]),
                }
            )
            messages += [m for m in task["message_ids"] if isinstance(m, dict) and len(m) > 1]
    messages = [
        {**m, "author_id": _pair(m["author_id"])} for m in messages if m["message_type"] in MESSAGE_TYPES
    ]
    return ProjectData(
        projects,
        tasks,
        hours(gw, pids, today),
        _recent(messages),
        list(partners.values()),
        list(banks.values()),
        total_hours(gw, pids),
        overdue_invoices(gw, list(partners.values()), today),
    )


def _plain(fields: list[str]) -> dict[str, Any]:
    return {f: {} for f in fields}


def _pair(value: Any) -> Any:
    """A nested Many2one dict -> Odoo's classic ``[id, name]``; ``False`` stays ``False``."""
    if isinstance(value, dict):
        return [value["id"], value.get("display_name") or value.get("name") or ""]
    return value


def _recent(messages: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Newest first, at most MESSAGES_PER_RECORD per record (the same cut on both paths)."""
    unique = {
        m["id"]: m for m in messages
    }  # a message reached twice (through a project and a task) counts once
    messages = sorted(unique.values(), key=lambda m: (str(m["date"]), m["id"]), reverse=True)
    seen: dict[tuple[str, int], int] = {}
    out = []
    for m in messages:
        key = (str(m["model"]), int(m["res_id"]))
        seen[key] = seen.get(key, 0) + 1
        if seen[key] <= MESSAGES_PER_RECORD:
            out.append(m)
    return out
