"""The seeded professional-services firm: size, variety, determinism, speed, invented PII."""

from __future__ import annotations

import re
import time
from collections.abc import Iterator
from datetime import date, timedelta
from typing import Any

import pytest

from assistant.sandbox import SandboxData, SandboxServer
from assistant.sandbox.seed import generate
from tests.conftest import TODAYS

from .conftest import ANCHOR

IBAN_RE = re.compile(r"\b([A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){2,7}(?: ?[A-Z0-9]{1,4})?)\b")
EMAIL_RE = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
PHONE_RE = re.compile(r"\+\d{2} [\d ]{6,}\d")


def iban_valid(value: str) -> bool:
    raw = value.replace(" ", "")
    digits = "".join(str(int(c, 36)) for c in raw[4:] + raw[:4])
    return int(digits) % 97 == 1


@pytest.fixture(
    scope="module",
    params=[ANCHOR, *(p.values[0] for p in TODAYS)],
    ids=["capture-date", *(str(p.id) for p in TODAYS)],
)
def data(request: pytest.FixtureRequest) -> Iterator[SandboxData]:
    """The seeded firm at several "todays": what the seed promises must hold on any day."""
    with SandboxServer(anchor_date=request.param, version=18) as srv:
        yield srv.data


def rows(
    data: SandboxData,
    model: str,
    domain: list[Any] | None = None,
    fields: list[str] | None = None,
    **ctx: Any,
) -> list[dict[str, Any]]:
    return data.search_read(model, domain or [], fields, context=ctx or None)


def test_firm_and_people(data: SandboxData) -> None:
    assert rows(data, "res.company", [], ["name"])[0]["name"] == "Northwind Advisory SRL"
    assert len(rows(data, "hr.employee", [], ["name"])) >= 10
    assert len(rows(data, "res.users", [("share", "=", False)], ["login"])) >= 4
    clients = rows(
        data, "res.partner", [("is_company", "=", True), ("customer_rank", ">", 0)], ["name", "vat"]
    )
    assert len(clients) >= 8 and all(c["vat"] for c in clients)
    contacts = rows(
        data,
        "res.partner",
        [("parent_id", "in", [c["id"] for c in clients])],
        ["name", "email", "phone", "mobile", "street", "zip", "city", "country_id"],
    )
    assert len(contacts) >= 12
    assert all(c["email"] and c["phone"] and c["street"] and c["city"] and c["country_id"] for c in contacts)
    assert len({c["country_id"][0] for c in contacts}) >= 6  # several countries / phone formats
    names = " ".join(c["name"] for c in contacts)
    assert re.search(r"[äöüßéèçñøłś]", names)  # accented / non-English names
    banks = rows(data, "res.partner.bank", [], ["acc_number"])
    assert banks and all(iban_valid(b["acc_number"]) for b in banks)


def test_projects_cover_billing_models(data: SandboxData) -> None:
    projects = rows(
        data,
        "project.project",
        [],
        ["name", "partner_id", "tag_ids", "active", "allow_billable", "sale_line_id", "pricing_type"],
        active_test=False,
    )
    tags = {t["id"]: t["name"] for t in rows(data, "project.tags", [], ["name"])}
    client = [p for p in projects if p["partner_id"] and p["active"]]
    assert len(client) >= 6
    kinds = {tags[t] for p in client for t in p["tag_ids"]}
    assert {"Fixed Fee", "Time & Materials", "Retainer"} <= kinds
    assert any(not p["partner_id"] and not p["allow_billable"] and p["active"] for p in projects)  # internal
    assert sum(1 for p in projects if not p["active"]) == 1  # archived
    assert all(p["sale_line_id"] for p in client)
    assert {p["pricing_type"] for p in projects} <= {"task_rate", "fixed_rate", "employee_rate"}


def test_tasks(data: SandboxData) -> None:
    tasks = rows(
        data,
        "project.task",
        [],
        [
            "stage_id",
            "state",
            "date_deadline",
            "allocated_hours",
            "effective_hours",
            "progress",
            "description",
            "user_ids",
        ],
    )
    assert len(tasks) >= 60
    today = data.anchor_date.isoformat()
    open_tasks = [t for t in tasks if t["state"] not in ("1_done", "1_canceled")]
    assert any(t["date_deadline"] and t["date_deadline"] < today for t in open_tasks)  # overdue
    assert any(t["date_deadline"] and t["date_deadline"] > today for t in open_tasks)  # upcoming
    assert any(t["progress"] > 1.0 for t in tasks)  # overrun (progress is a fraction)
    assert {"1_done", "1_canceled", "01_in_progress"} <= {t["state"] for t in tasks}
    folded = {s["id"] for s in rows(data, "project.task.type", [("fold", "=", True)], ["name"])}
    assert folded and any(t["stage_id"][0] in folded for t in tasks)
    assert any(t["description"] for t in tasks) and any(t["user_ids"] for t in tasks)


def test_twelve_weeks_of_timesheets(data: SandboxData) -> None:
    start = (data.anchor_date - timedelta(days=84)).isoformat()
    lines = rows(
        data,
        "account.analytic.line",
        [("date", ">=", start), ("date", "<", data.anchor_date.isoformat())],
        ["date", "unit_amount", "employee_id", "project_id", "task_id", "amount", "timesheet_invoice_type"],
    )
    assert len(lines) >= 1500
    weekdays = sum(1 for line in lines if date.fromisoformat(line["date"]).weekday() < 5)
    assert weekdays / len(lines) > 0.95
    assert len({line["date"][:10] for line in lines}) >= 55
    assert all(line["amount"] < 0 and line["task_id"] for line in lines)
    assert {"billable_time", "billable_fixed", "non_billable"} <= {
        line["timesheet_invoice_type"] for line in lines
    }


def test_project_health_is_varied(data: SandboxData) -> None:
    projects = rows(
        data, "project.project", [("partner_id", "!=", False)], ["name", "allocated_hours", "effective_hours"]
    )
    today = data.anchor_date.isoformat()
    summary = {}
    for p in projects:
        tasks = rows(data, "project.task", [("project_id", "=", p["id"])], ["date_deadline", "state"])
        overdue = [
            t
            for t in tasks
            if t["date_deadline"]
            and t["date_deadline"] < today
            and t["state"] not in ("1_done", "1_canceled")
        ]
        last = rows(data, "account.analytic.line", [("project_id", "=", p["id"])], ["date"])
        latest = max(line["date"] for line in last)
        summary[p["name"]] = (len(overdue), p["effective_hours"] > p["allocated_hours"], latest)
    assert any(n >= 2 and over for n, over, _ in summary.values()), summary  # at risk
    assert any(
        n == 0 and not over and latest >= (data.anchor_date - timedelta(days=7)).isoformat()
        for n, over, latest in summary.values()
    ), summary  # healthy
    assert any(
        latest < (data.anchor_date - timedelta(days=21)).isoformat() for _, _, latest in summary.values()
    )  # stale


def test_finance(data: SandboxData) -> None:
    moves = rows(
        data,
        "account.move",
        [],
        [
            "name",
            "move_type",
            "payment_state",
            "invoice_date_due",
            "amount_total",
            "amount_residual",
            "invoice_origin",
            "partner_id",
            "state",
        ],
    )
    out = [m for m in moves if m["move_type"] == "out_invoice"]
    assert all(re.fullmatch(r"INV/\d{4}/\d{5}", m["name"]) for m in out)
    assert {"paid", "not_paid", "partial"} <= {m["payment_state"] for m in out}
    assert any(
        m["payment_state"] == "not_paid" and m["invoice_date_due"] < data.anchor_date.isoformat() for m in out
    )
    assert sum(1 for m in moves if m["move_type"] == "out_refund" and m["state"] == "posted") == 1
    assert any(m["move_type"] == "in_invoice" for m in moves)
    lines = rows(
        data,
        "account.move.line",
        [("move_id.move_type", "=", "out_invoice")],
        ["price_unit", "quantity", "sale_line_ids"],
    )
    assert lines and any(line["sale_line_ids"] for line in lines)
    sol = rows(
        data,
        "sale.order.line",
        [],
        [
            "product_uom_qty",
            "qty_delivered",
            "qty_invoiced",
            "price_unit",
            "discount",
            "untaxed_amount_to_invoice",
            "product_id",
        ],
    )
    assert len(sol) >= 6 and any(s["untaxed_amount_to_invoice"] > 0 for s in sol)
    expenses = rows(data, "hr.expense", [], ["price_unit", "quantity", "total_amount", "state", "sheet_id"])
    assert len(expenses) >= 15 and all(
        e["total_amount"] == pytest.approx(e["price_unit"] * e["quantity"]) for e in expenses
    )
    assert rows(data, "hr.expense.sheet", [], ["state"])


def test_chatter_contains_invented_pii(data: SandboxData) -> None:
    messages = rows(
        data,
        "mail.message",
        [],
        [
            "model",
            "res_id",
            "message_type",
            "body",
            "author_id",
            "email_from",
            "subject",
            "record_name",
            "date",
            "subtype_id",
        ],
    )
    assert len(messages) >= 100
    assert {"project.project", "project.task", "account.move"} <= {m["model"] for m in messages}
    assert {"email", "comment", "notification"} <= {m["message_type"] for m in messages}
    bodies = " ".join(m["body"] or "" for m in messages)
    emails = EMAIL_RE.findall(bodies)
    assert len(emails) >= 30 and all(e.endswith(".example") or e.endswith("example.com") for e in emails)
    assert len(PHONE_RE.findall(bodies)) >= 20
    ibans = [i for i in IBAN_RE.findall(bodies) if len(i.replace(" ", "")) >= 15]
    assert ibans and sum(iban_valid(i) for i in ibans) >= 1
    assert re.search(r"\d{4,5} [A-ZÀ-Ü][a-zà-ü]+", bodies)  # postal addresses "20095 Hamburg"
    contacts = {p["name"] for p in rows(data, "res.partner", [("parent_id", "!=", False)], ["name"])}
    assert sum(1 for name in contacts if name in bodies) >= 10
    dates = [m["date"] for m in sorted(messages, key=lambda m: m["id"])]
    assert dates == sorted(dates)  # ids follow time, like a live server


def test_open_activities_and_followers(data: SandboxData) -> None:
    acts = rows(data, "mail.activity", [], ["res_model", "res_id", "state", "activity_type_id"])
    assert len(acts) >= 5 and {"overdue", "planned"} <= {a["state"] for a in acts}
    followers = rows(
        data, "project.project", [("id", "=", 1)], ["message_partner_ids", "message_is_follower"]
    )[0]
    assert followers["message_is_follower"] and len(followers["message_partner_ids"]) >= 3


def test_missing_modules_are_missing(data: SandboxData) -> None:
    assert not rows(data, "ir.model", [("model", "in", ["approval.request", "helpdesk.ticket"])], ["model"])
    ids = {
        r["model"]: r["id"]
        for r in rows(data, "ir.model", [("model", "in", ["project.task", "account.move"])], ["model"])
    }
    assert ids == {"project.task": 540, "account.move": 467}


def test_deterministic_and_fast() -> None:
    start = time.perf_counter()
    first = generate(ANCHOR)
    elapsed = time.perf_counter() - start
    assert elapsed < 1.0, f"seeding took {elapsed:.2f}s"
    assert generate(ANCHOR) == first
    assert generate(ANCHOR, seed=7) != first
    shifted, _ = generate(ANCHOR + timedelta(days=10))
    assert max(r["date"] for r in shifted["account.analytic.line"].values()) > max(
        r["date"] for r in first[0]["account.analytic.line"].values()
    )


def test_scales_to_a_hundred_projects() -> None:
    records, next_ids = generate(ANCHOR, n_projects=100)
    data = SandboxData(records, anchor_date=ANCHOR, next_ids=next_ids)
    projects = data.search_read("project.project", [], ["name", "task_count"], context={"active_test": False})
    assert len(projects) == 100 and len({p["name"] for p in projects}) == 100
    assert len(records["account.analytic.line"]) > 10_000
