"""Project health against the project's own baseline: a table of project scenarios fed to the health function
as plain payload dicts (no Odoo), with the expected overall and per-dimension levels and the decisive reason;
the fact builders on plain records; and the seeded firm through the sandbox (varied health, not all red)."""

from __future__ import annotations

import copy
from datetime import date
from typing import Any

import pytest

from assistant.summarizers._health import billing_model, client_facts, health, scope_facts
from tests.conftest import TODAYS

AS_OF = "2026-03-18"


def base() -> dict[str, Any]:
    """A healthy time & materials project in mid-flight (started 72 days ago, 41% of its schedule elapsed)."""
    return {
        "project": {"name": "Demo project", "billing": "tm"},
        "as_of": AS_OF,
        "schedule": {"start": "2026-01-05", "end": "2026-06-30", "elapsed_pct": 41, "days_remaining": 104},
        "tasks": {"total": 12, "open": 7, "closed": 5, "overdue_count": 0, "overdue": []},
        "effort": {
            "allocated_hours": 400.0,
            "effective_hours": 150.0,
            "burn_pct": 38,
            "tasks_over_allocation": 0,
            "tasks_with_allocation": 12,
        },
        "activity": {"hours_last_7d": 14.0, "hours_last_30d": 60.0},
        "chatter": {"concern_messages_30d": 0},
        "scope": {
            "baseline_end": "2026-01-26",
            "new_project": False,
            "project_age_days": 72,
            "tasks_at_baseline": 12,
            "tasks_added_after_baseline": 0,
            "hours_at_baseline": 400.0,
            "hours_added_after_baseline": 0.0,
        },
        "client": {
            "overdue_invoices": 0,
            "overdue_amount": 0.0,
            "oldest_overdue_days": None,
            "customer_complaints_30d": 0,
            "unanswered_customer_messages": 0,
            "oldest_unanswered_days": None,
        },
    }


def late(n: int, days: int = 12) -> dict[str, Any]:
    return {
        "tasks.overdue_count": n,
        "tasks.overdue": [
            {"task": f"Task {i}", "deadline": "2026-03-01", "days_late": days} for i in range(n)
        ],
    }


NEW = {
    "schedule.start": "2026-03-06",
    "schedule.elapsed_pct": 7,
    "scope.baseline_end": "2026-03-27",
    "scope.new_project": True,
    "scope.project_age_days": 12,
    "tasks.open": 12,
    "effort.effective_hours": 20.0,
    "effort.burn_pct": 5,
}

# (id, changes to the base payload, overall, non-green dimensions, the decisive reason starts with)
SCENARIOS: list[tuple[str, dict[str, Any], str, dict[str, str], str | None]] = [
    ("healthy mid-flight", {}, "green", {}, None),
    ("new project: every task added this month", NEW, "green", {}, None),
    (
        "new project, no time logged yet",
        NEW | {"activity.hours_last_30d": 0.0, "activity.hours_last_7d": 0.0},
        "green",
        {},
        None,
    ),
    (
        "one task late",
        late(1),
        "amber",
        {"schedule": "amber"},
        "schedule: 1 open task is past the deadline ('Task 0', 12 days late)",
    ),
    (
        "two tasks late",
        late(2, 9),
        "amber",
        {"schedule": "amber"},
        "schedule: 2 open tasks are past the deadline, the oldest 'Task 0' 9 days late",
    ),
    (
        "late: three tasks past their deadline",
        late(3, 31),
        "red",
        {"schedule": "red"},
        "schedule: 3 open tasks are past the deadline, the oldest 'Task 0' 31 days late",
    ),
    (
        "end date passed with tasks open",
        {"schedule.end": "2026-03-10", "schedule.days_remaining": -8, "schedule.elapsed_pct": 100},
        "red",
        {"schedule": "red"},
        "schedule: the end date 2026-03-10 passed 8 days ago with 7 of 12 tasks still open",
    ),
    (
        "finished: end passed, every task closed, no time logged",
        {
            "schedule.end": "2026-02-10",
            "schedule.days_remaining": -36,
            "schedule.elapsed_pct": 100,
            "tasks.open": 0,
            "tasks.closed": 12,
            "activity.hours_last_30d": 0.0,
        },
        "green",
        {},
        None,
    ),
    (
        "stalled: no time for 30 days with tasks open",
        {"activity.hours_last_30d": 0.0, "activity.hours_last_7d": 0.0},
        "amber",
        {"schedule": "amber"},
        "schedule: no time logged in the last 30 days although 7 tasks are open",
    ),
    (
        "over budget on a fixed fee",
        {"project.billing": "fixed", "effort.burn_pct": 110, "schedule.elapsed_pct": 90},
        "red",
        {"effort": "red"},
        "effort: 110% of the 400 allocated hours are used on a fixed fee",
    ),
    (
        "the same overrun on time & materials is billable",
        {"effort.burn_pct": 110, "schedule.elapsed_pct": 90},
        "amber",
        {"effort": "amber"},
        "effort: 110% of the 400 allocated hours are used",
    ),
    (
        "time & materials far over the allocation",
        {"effort.burn_pct": 125, "schedule.elapsed_pct": 95},
        "red",
        {"effort": "red"},
        "effort: 125% of the 400 allocated hours are used",
    ),
    (
        "fixed fee burning well ahead of the schedule",
        {"project.billing": "fixed", "effort.burn_pct": 75},
        "red",
        {"effort": "red"},
        "effort: 75% of allocated hours are used at 41% of the schedule",
    ),
    (
        "fixed fee slightly ahead of the schedule",
        {"project.billing": "fixed", "effort.burn_pct": 60},
        "amber",
        {"effort": "amber"},
        "effort: 60% of allocated hours are used at 41% of the schedule",
    ),
    ("time & materials slightly ahead is fine", {"effort.burn_pct": 60}, "green", {}, None),
    (
        "no dates: burn is not compared with a schedule",
        {
            "schedule.start": None,
            "schedule.end": None,
            "schedule.elapsed_pct": None,
            "schedule.days_remaining": None,
            "effort.burn_pct": 80,
            "project.billing": "fixed",
        },
        "green",
        {},
        None,
    ),
    (
        "no allocated hours: effort is not judged",
        {
            "effort.allocated_hours": 0.0,
            "effort.burn_pct": None,
            "effort.tasks_with_allocation": 0,
            "scope.hours_at_baseline": 0.0,
        },
        "green",
        {},
        None,
    ),
    ("one task over its estimate is noise", {"effort.tasks_over_allocation": 1}, "green", {}, None),
    (
        "a third of the estimated tasks over their estimate",
        {"effort.tasks_over_allocation": 4},
        "amber",
        {"effort": "amber"},
        "effort: 4 of 12 tasks with an estimate exceed it",
    ),
    (
        "scope creep on a fixed fee",
        {
            "project.billing": "fixed",
            "scope.tasks_added_after_baseline": 6,
            "scope.hours_added_after_baseline": 90.0,
            "tasks.total": 18,
        },
        "red",
        {"scope": "red"},
        "scope: 6 tasks (90 allocated hours) added after the baseline of 12 tasks set by 2026-01-26",
    ),
    (
        "the same additions on time & materials",
        {
            "scope.tasks_added_after_baseline": 6,
            "scope.hours_added_after_baseline": 90.0,
            "tasks.total": 18,
        },
        "amber",
        {"scope": "amber"},
        "scope: 6 tasks (90 allocated hours) added after the baseline of 12 tasks set by 2026-01-26",
    ),
    (
        "retainer: tasks come and go",
        {"project.billing": "retainer", "scope.tasks_added_after_baseline": 12, "tasks.total": 24},
        "green",
        {},
        None,
    ),
    (
        "retainer: allocated hours grew by a third",
        {
            "project.billing": "retainer",
            "scope.tasks_added_after_baseline": 4,
            "scope.hours_added_after_baseline": 120.0,
        },
        "amber",
        {"scope": "amber"},
        "scope: 4 tasks (120 allocated hours) added after the baseline of 12 tasks set by 2026-01-26",
    ),
    (
        "internal project: a few added tasks are normal",
        {"project.billing": "internal", "scope.tasks_added_after_baseline": 4, "tasks.total": 16},
        "green",
        {},
        None,
    ),
    (
        "silent client: a customer email unanswered for 5 days",
        {"client.unanswered_customer_messages": 1, "client.oldest_unanswered_days": 5},
        "amber",
        {"client": "amber"},
        "client: 1 customer message has had no reply from us, the oldest for 5 days",
    ),
    (
        "silent client: two customer emails, the oldest unanswered for 16 days",
        {"client.unanswered_customer_messages": 2, "client.oldest_unanswered_days": 16},
        "red",
        {"client": "red"},
        "client: 2 customer messages have had no reply from us, the oldest for 16 days",
    ),
    (
        "overdue invoices of the customer",
        {"client.overdue_invoices": 2, "client.overdue_amount": 8400.0, "client.oldest_overdue_days": 45},
        "amber",
        {"client": "amber"},
        "client: the customer has 2 overdue invoices (8,400 outstanding), the oldest 45 days past due",
    ),
    (
        "an invoice long overdue",
        {"client.overdue_invoices": 1, "client.overdue_amount": 3250.5, "client.oldest_overdue_days": 75},
        "red",
        {"client": "red"},
        "client: the customer has 1 overdue invoice (3,250.5 outstanding), the oldest 75 days past due",
    ),
    (
        "an invoice a few days late is within the grace period",
        {"client.overdue_invoices": 1, "client.overdue_amount": 1200.0, "client.oldest_overdue_days": 5},
        "green",
        {},
        None,
    ),
    (
        "the customer complains twice",
        {"client.customer_complaints_30d": 2, "chatter.concern_messages_30d": 2},
        "red",
        {"client": "red"},
        "client: 2 recent customer messages complain or escalate",
    ),
    (
        "one internal note about a delay",
        {"chatter.concern_messages_30d": 1},
        "amber",
        {"client": "amber"},
        "client: 1 recent message mentions complaints, delays or escalation",
    ),
    (
        "late and over budget: the schedule speaks first",
        late(4, 20) | {"project.billing": "fixed", "effort.burn_pct": 130, "schedule.elapsed_pct": 95},
        "red",
        {"schedule": "red", "effort": "red"},
        "schedule: 4 open tasks are past the deadline",
    ),
    (
        "a red client outranks an amber schedule",
        late(1)
        | {"client.overdue_invoices": 3, "client.overdue_amount": 12000.0, "client.oldest_overdue_days": 90},
        "red",
        {"schedule": "amber", "client": "red"},
        "client: the customer has 3 overdue invoices (12,000 outstanding), the oldest 90 days past due",
    ),
]


def apply(changes: dict[str, Any]) -> dict[str, Any]:
    p = base()
    for path, value in changes.items():
        node = p
        *parents, leaf = path.split(".")
        for key in parents:
            node = node[key]
        assert leaf in node, f"unknown payload field {path}"
        node[leaf] = copy.deepcopy(value)
    return p


def test_the_table_has_at_least_twenty_distinct_scenarios():
    assert len(SCENARIOS) >= 20 and len({s[0] for s in SCENARIOS}) == len(SCENARIOS)
    assert {s[2] for s in SCENARIOS} == {"green", "amber", "red"}


@pytest.mark.parametrize(
    ("name", "changes", "overall", "dims", "decisive"), SCENARIOS, ids=[s[0] for s in SCENARIOS]
)
def test_health_scenario(name, changes, overall, dims, decisive):
    h = health(apply(changes))
    assert h["overall"]["level"] == overall
    assert {d: h[d]["level"] for d in ("schedule", "effort", "scope", "client")} == {
        d: dims.get(d, "green") for d in ("schedule", "effort", "scope", "client")
    }
    for d in ("schedule", "effort", "scope", "client"):
        # a red or amber always says why; a green says nothing
        assert bool(h[d]["reasons"]) == (h[d]["level"] != "green"), (d, h[d])
    if decisive is None:
        assert h["overall"]["reasons"] == []
    else:
        assert h["overall"]["reasons"][0].startswith(decisive), h["overall"]["reasons"]


def test_the_decisive_reason_comes_first_within_a_dimension():
    """An amber finding recorded before a red one in the same dimension does not lead its reasons."""
    p = apply(
        late(1) | {"schedule.end": "2026-03-10", "schedule.days_remaining": -8, "schedule.elapsed_pct": 100}
    )
    reasons = health(p)["schedule"]["reasons"]
    assert reasons[0].startswith("the end date 2026-03-10 passed") and "past the deadline" in reasons[1]


@pytest.mark.parametrize(
    ("pricing", "billable", "tags", "expected"),
    [
        ("fixed_rate", True, [], "tm"),  # Odoo's "project rate": still billed by the hour
        ("task_rate", True, [], "tm"),
        ("employee_rate", True, [], "tm"),
        ("fixed_rate", True, ["Retainer", "Priority Client"], "retainer"),
        ("fixed_rate", True, ["Time & Materials"], "tm"),
        ("task_rate", True, ["Fixed Fee"], "fixed"),
        ("fixed_rate", False, ["Fixed Fee"], "internal"),
        (False, False, [], "internal"),
    ],
)
def test_billing_model(pricing, billable, tags, expected):
    assert billing_model(pricing, billable, tags) == expected


def _task(created: str, hours: float = 10.0, state: str = "01_in_progress") -> dict[str, Any]:
    return {"create_date": f"{created} 09:00:00", "allocated_hours": hours, "state": state}


def test_scope_facts_count_what_came_after_the_first_three_weeks():
    tasks = [
        _task("2026-01-05"),
        _task("2026-01-20"),
        _task("2026-01-26"),  # the baseline's last day
        _task("2026-02-10", 30.0),
        _task("2026-03-01", 5.0),
        _task("2026-03-02", 50.0, state="1_canceled"),  # cancelled: not scope
    ]
    facts = scope_facts(tasks, date(2026, 1, 5), date(2025, 12, 1), date(2026, 3, 18))
    assert facts == {
        "baseline_end": "2026-01-26",
        "new_project": False,
        "project_age_days": 107,
        "tasks_at_baseline": 3,
        "tasks_added_after_baseline": 2,
        "hours_at_baseline": 30.0,
        "hours_added_after_baseline": 35.0,
    }


def test_scope_facts_a_plan_made_before_the_start_counts_from_the_start():
    tasks = [_task("2026-01-05"), _task("2026-03-01"), _task("2026-03-10")]
    facts = scope_facts(tasks, date(2026, 3, 1), None, date(2026, 3, 18))
    assert facts["baseline_end"] == "2026-03-22" and facts["new_project"] is True
    assert facts["tasks_at_baseline"] == 3 and facts["tasks_added_after_baseline"] == 0


def test_scope_facts_without_tasks_or_dates():
    assert scope_facts([], None, None, date(2026, 3, 18))["new_project"] is True
    facts = scope_facts([], None, date(2026, 1, 1), date(2026, 3, 18))
    assert facts["new_project"] is False and facts["tasks_at_baseline"] == 0


def _msg(mid: int, day: str, author: int, body: str = "<p>ok</p>", res_id: int = 1) -> dict[str, Any]:
    return {
        "id": mid,
        "model": "project.project",
        "res_id": res_id,
        "date": f"{day} 10:00:00",
        "author_id": [author, f"Author {author}"],
        "body": body,
    }


def test_client_facts_unanswered_complaints_and_overdue():
    customer = {50, 51}
    messages = [
        _msg(1, "2026-03-01", 50, "<p>Could you send the plan?</p>"),
        _msg(2, "2026-03-03", 7, "<p>Here it is.</p>"),  # our reply: message 1 is answered
        _msg(3, "2026-03-08", 51, "<p>This delay is unacceptable.</p>"),  # complaint, unanswered 10 days
        _msg(4, "2026-03-16", 50, "<p>Any news?</p>"),  # only 2 days old: not yet unanswered
        _msg(5, "2026-03-09", 7, "<p>Internal: the client is unhappy</p>", res_id=2),  # ours, another thread
        _msg(6, "2026-01-10", 50, "<p>Old question</p>", res_id=3),  # older than 30 days
    ]
    overdue = {"count": 2, "amount": 5100.0, "oldest_due": "2026-02-01"}
    facts = client_facts(messages, customer, overdue, date(2026, 3, 18))
    assert facts == {
        "overdue_invoices": 2,
        "overdue_amount": 5100.0,
        "oldest_overdue_days": 45,
        "customer_complaints_30d": 1,
        "unanswered_customer_messages": 1,
        "oldest_unanswered_days": 10,
    }
    assert client_facts([], set(), None, date(2026, 3, 18))["overdue_invoices"] == 0


@pytest.mark.parametrize("today", TODAYS, indirect=True)
def test_the_seeded_firm_has_varied_health(sandbox, today):
    """Through the sandbox (the simulated Odoo): the seeded firm's projects are not all red, and each red or
    amber dimension carries a reason whose figures pass the task's own figure check."""
    from assistant.odoo import connect
    from assistant.tasks import get_task

    gw = connect(sandbox.url, sandbox.db, "admin", "admin")
    task = get_task("project_status")
    ids = task.select(gw, all_records=True)
    facts = task.fetch(gw, ids, today)
    levels = [f.payload["health"]["overall"]["level"] for f in facts]
    assert len(facts) >= 6
    assert levels.count("red") < len(levels) and len(set(levels)) >= 2, levels
    for f in facts:
        out = task.write_rules(f.payload)
        assert not task.check(out, f.payload), (f.name, out)


def test_client_facts_come_from_the_customers_invoices_in_odoo(sandbox, today):
    """The overdue invoices in each project's payload match the customer's posted invoices past due, counted
    here directly from the sandbox's records (not through the fetch's read_group)."""
    from assistant.odoo import connect
    from assistant.tasks import get_task

    gw = connect(sandbox.url, sandbox.db, "admin", "admin")
    task = get_task("project_status")
    facts = task.fetch(gw, task.select(gw, all_records=True), today)
    moves = sandbox.data.search_read(
        "account.move",
        [],
        ["move_type", "state", "payment_state", "invoice_date_due", "commercial_partner_id"],
    )
    projects = {p["id"]: p for p in sandbox.data.search_read("project.project", [], ["partner_id"])}
    seen = 0
    for f in facts:
        partner = projects[f.record_id]["partner_id"]
        due = [
            date.fromisoformat(str(m["invoice_date_due"])[:10])
            for m in moves
            if partner
            and m["move_type"] == "out_invoice"
            and m["state"] == "posted"
            and m["payment_state"] in ("not_paid", "partial")
            and m["invoice_date_due"]
            and str(m["invoice_date_due"])[:10] < today.isoformat()
            and m["commercial_partner_id"]
            and m["commercial_partner_id"][0] == partner[0]
        ]
        client = f.payload["client"]
        assert client["overdue_invoices"] == len(due), f.name
        assert client["oldest_overdue_days"] == ((today - min(due)).days if due else None), f.name
        seen += bool(due)
    assert seen, "the seeded firm has customers with overdue invoices"
