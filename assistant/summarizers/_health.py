"""Project health, judged against the project's own baseline (task ``project_status``).

Four dimensions, each ``green`` / ``amber`` / ``red`` with its reasons; the first reason is the decisive one
(the finding that set the level), and ``overall`` carries the decisive reason of the worst dimension first.

* **schedule**: open tasks past their deadline; the project's end date passed with tasks still open; no time
  logged for 30 days although tasks are open (only for a project that started at least 30 days ago and is past
  its baseline weeks).
* **effort**: hours used over allocated hours (only when hours are allocated), and ahead of the elapsed
  schedule (only when the project has a start and an end date and is between them); tasks over their own
  estimate when they are a sizeable share of the estimated tasks.
* **scope**: tasks and allocated hours added *after the baseline*: the plan entered in the project's first
  ``BASELINE_DAYS`` days (counted from the later of the first task's creation and the start date). A new project
  is still setting its baseline, so its scope is not judged.
* **client**: the customer's overdue invoices (beyond a grace period), complaint/dispute-like messages, and
  customer messages we have not answered within ``REPLY_DAYS`` days.

Thresholds depend on the billing model (:func:`billing_model`): overruns and added scope cost the firm on a
fixed fee, are billable on time & materials, and a retainer's tasks come and go by design (only its hours count).

The facts are computed by code (:func:`scope_facts`, :func:`client_facts`, in ``project_status._facts``); the
health reads only the payload, so it is tested with plain payload dicts (tests/summarizers/).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from assistant.notes import fmt_num
from assistant.odoo.dto import m2o_id, num, odoo_date, odoo_datetime
from redaction import html_to_text

LEVELS = ("green", "amber", "red")
DIMENSIONS = ("schedule", "effort", "scope", "client")
DECISIVE_ORDER = ("schedule", "effort", "client", "scope")  # which dimension speaks first at equal levels
BASELINE_DAYS = 21  # the plan entered in the project's first three weeks is its baseline
IDLE_DAYS = 30
REPLY_DAYS = 3  # a customer message without our reply after this many days is unanswered
INVOICE_GRACE_DAYS = 14  # an invoice a few days late is not yet a client problem
CLOSED_STATES = ("1_done", "1_canceled")

NEGATIVE = re.compile(
    r"\b(complain\w*|unhappy|escalat\w*|disput\w*|frustrat\w*|delay\w*|concern\w*|"
    r"unacceptable|penalt\w*|late)\b",
    re.I,
)


@dataclass(frozen=True)
class Thresholds:
    burn_amber: int  # % of allocated hours used
    burn_red: int
    ahead_amber: int  # burn points ahead of the elapsed schedule
    ahead_red: int
    tasks_amber: float  # tasks added after the baseline, as a share of the baseline's tasks
    tasks_red: float
    hours_amber: float  # allocated hours added after the baseline, as a share of the baseline's hours
    hours_red: float
    count_tasks: bool = True  # a retainer's tasks come and go: only its hours are scope


THRESHOLDS = {
    "fixed": Thresholds(90, 100, 15, 30, 0.2, 0.5, 0.15, 0.3),
    "tm": Thresholds(100, 120, 25, 40, 0.3, 0.75, 0.25, 0.5),
    "retainer": Thresholds(100, 115, 20, 35, 1.0, 1.0, 0.2, 0.4, count_tasks=False),
    "internal": Thresholds(110, 150, 30, 60, 0.5, 1.0, 0.5, 1.0),
}
BILLING_WORDS = (("retainer", "retainer"), ("fixed", "fixed"), ("time & material", "tm"), ("t&m", "tm"))


def billing_model(pricing_type: Any, allow_billable: Any, tags: Iterable[str] = ()) -> str:
    """``fixed`` | ``tm`` | ``retainer`` | ``internal``. Not billable: internal. A project tag naming the billing
    model (Fixed Fee, Time & Materials, Retainer) decides. Otherwise time & materials: Odoo's ``pricing_type``
    values are all hourly rates (``task_rate``, ``fixed_rate`` = one *project rate*, ``employee_rate``), so it
    cannot tell a fixed fee; on the Odoo 18 demo data every ``fixed_rate`` project sells "Invoice on
    Timesheets" lines."""
    if not allow_billable:
        return "internal"
    for tag in tags:
        low = tag.lower()
        for word, model in BILLING_WORDS:
            if word in low:
                return model
    return "tm"


# -- facts (computed from Odoo records) ----------------------------------------------------------------------
def scope_facts(
    tasks: Sequence[dict[str, Any]], start: date | None, created: date | None, today: date
) -> dict[str, Any]:
    """The baseline and what was added after it. ``tasks``: the project's active tasks (cancelled ones are not
    scope); the baseline starts at the later of the first task's creation and the start date (the project's
    creation when it has no task yet) and lasts ``BASELINE_DAYS`` days."""
    live = [t for t in tasks if t.get("state") != "1_canceled"]
    made = [(t, d) for t in live if (d := _day(t.get("create_date"))) is not None]
    first = min((d for _, d in made), default=created)
    anchor = max(d for d in (first, start) if d is not None) if (first or start) else None
    if anchor is None:
        return {"baseline_end": None, "new_project": True, "project_age_days": None} | _empty_scope()
    end = anchor + timedelta(days=BASELINE_DAYS)
    born = min(d for d in (first, start, created) if d is not None)
    added = [t for t, d in made if d > end]
    kept = [t for t, d in made if d <= end]
    return {
        "baseline_end": end.isoformat(),
        "new_project": today <= end,
        "project_age_days": (today - born).days,
        "tasks_at_baseline": len(kept),
        "tasks_added_after_baseline": len(added),
        "hours_at_baseline": round(sum(num(t.get("allocated_hours")) for t in kept), 1),
        "hours_added_after_baseline": round(sum(num(t.get("allocated_hours")) for t in added), 1),
    }


def _empty_scope() -> dict[str, Any]:
    return {
        "tasks_at_baseline": 0,
        "tasks_added_after_baseline": 0,
        "hours_at_baseline": 0.0,
        "hours_added_after_baseline": 0.0,
    }


def client_facts(
    messages: Sequence[dict[str, Any]],
    customer_ids: set[int],
    overdue: dict[str, Any] | None,
    today: date,
) -> dict[str, Any]:
    """The customer's overdue invoices (``overdue``: ``{"count", "amount", "oldest_due"}`` from
    ``_project_fetch.overdue_invoices``), their complaint-like messages in the last 30 days, and their messages
    with no later message from us on the same record after ``REPLY_DAYS`` days (messages of the last 30 days).
    ``messages``: the project's and its tasks' chatter (comments and emails)."""
    cutoff = today - timedelta(days=IDLE_DAYS)
    threads: dict[tuple[str, int], list[tuple[date, bool]]] = {}
    complaints = 0
    for m in messages:
        day = _day(m.get("date"))
        if day is None:
            continue
        theirs = m2o_id(m.get("author_id")) in customer_ids
        threads.setdefault((str(m["model"]), int(m["res_id"])), []).append((day, theirs))
        if theirs and day >= cutoff and NEGATIVE.search(html_to_text(m.get("body") or "")):
            complaints += 1
    waiting = []
    for posts in threads.values():
        posts.sort(key=lambda p: p[0])
        for i, (day, theirs) in enumerate(posts):
            if not theirs or day < cutoff or (today - day).days < REPLY_DAYS:
                continue
            if not any(not later_theirs and later >= day for later, later_theirs in posts[i + 1 :]):
                waiting.append((today - day).days)
    oldest_due = odoo_date((overdue or {}).get("oldest_due"))
    return {
        "overdue_invoices": int((overdue or {}).get("count") or 0),
        "overdue_amount": round(num((overdue or {}).get("amount")), 2),
        "oldest_overdue_days": (today - oldest_due).days if oldest_due else None,
        "customer_complaints_30d": complaints,
        "unanswered_customer_messages": len(waiting),
        "oldest_unanswered_days": max(waiting) if waiting else None,
    }


# -- the health itself ---------------------------------------------------------------------------------------
Finding = tuple[str, str]  # (level, reason)


def health(p: dict[str, Any]) -> dict[str, dict[str, Any]]:
    """Per-dimension health from the payload's figures only; ``overall.reasons[0]`` is the decisive reason."""
    billing = p["project"].get("billing") or "tm"
    th = THRESHOLDS.get(billing, THRESHOLDS["tm"])
    found = {
        "schedule": _schedule(p),
        "effort": _effort(p, th, billing),
        "scope": _scope(p, th),
        "client": _client(p),
    }
    out: dict[str, dict[str, Any]] = {}
    for dim in DIMENSIONS:
        ranked = sorted(found[dim], key=lambda f: -LEVELS.index(f[0]))  # stable: rule order breaks ties
        out[dim] = {"level": ranked[0][0] if ranked else "green", "reasons": [r for _, r in ranked]}
    worst = _worst([out[d]["level"] for d in DIMENSIONS])
    order = sorted(DECISIVE_ORDER, key=lambda d: -LEVELS.index(out[d]["level"]))
    out["overall"] = {
        "level": worst,
        "reasons": [f"{d}: {out[d]['reasons'][0]}" for d in order if out[d]["level"] != "green"],
    }
    return out


def _schedule(p: dict[str, Any]) -> list[Finding]:
    t, s, scope = p["tasks"], p["schedule"], p.get("scope") or {}
    found: list[Finding] = []
    if s["days_remaining"] is not None and s["days_remaining"] < 0 and t["open"]:
        found.append(
            (
                "red",
                f"the end date {s['end']} passed {-s['days_remaining']} days ago with "
                f"{t['open']} of {t['total']} tasks still open",
            )
        )
    n = t["overdue_count"]
    if n:
        oldest = t["overdue"][0] if t["overdue"] else None
        late = ""
        if oldest:
            name, days = oldest["task"][:60], oldest["days_late"]
            late = f" ('{name}', {days} days late)" if n == 1 else f", the oldest '{name}' {days} days late"
        found.append(
            (
                "red" if n >= 3 else "amber",
                f"{_n(n, 'open task is', 'open tasks are')} past the deadline{late}",
            )
        )
    start = odoo_date(s.get("start"))
    today = odoo_date(p.get("as_of"))
    age = scope.get("project_age_days")
    started_long_ago = (
        start <= today - timedelta(days=IDLE_DAYS)
        if start and today
        else age is not None and age >= IDLE_DAYS
    )
    if (
        t["open"]
        and p["activity"]["hours_last_30d"] == 0
        and started_long_ago
        and not scope.get("new_project", False)
        and not (s["days_remaining"] is not None and s["days_remaining"] < 0)
    ):
        found.append(
            (
                "amber",
                f"no time logged in the last 30 days although {_n(t['open'], 'task is', 'tasks are')} open",
            )
        )
    return found


def _effort(p: dict[str, Any], th: Thresholds, billing: str) -> list[Finding]:
    e, s = p["effort"], p["schedule"]
    found: list[Finding] = []
    burn, elapsed = e["burn_pct"], s["elapsed_pct"]
    if burn is not None and e["allocated_hours"]:
        used = f"{burn}% of the {fmt_num(e['allocated_hours'])} allocated hours are used"
        kind = {"fixed": " on a fixed fee", "retainer": " of the retainer"}.get(billing, "")
        if burn > th.burn_red:
            found.append(("red", used + kind))
        elif burn > th.burn_amber:
            found.append(("amber", used + kind))
        if s["start"] and s["end"] and elapsed is not None and 0 < elapsed < 100:
            ahead = burn - elapsed
            level = "red" if ahead > th.ahead_red else "amber" if ahead > th.ahead_amber else None
            if level:
                found.append((level, f"{burn}% of allocated hours are used at {elapsed}% of the schedule"))
    over, estimated = e["tasks_over_allocation"], e.get("tasks_with_allocation") or 0
    if over >= 2 and (over >= 5 or (estimated and over / estimated >= 0.25)):
        found.append(
            (
                "amber",
                f"{over} of {estimated} tasks with an estimate exceed it"
                if estimated
                else f"{over} tasks exceed their allocated hours",
            )
        )
    return found


def _scope(p: dict[str, Any], th: Thresholds) -> list[Finding]:
    sc = p.get("scope") or {}
    if not sc or sc.get("new_project", True) or not sc.get("baseline_end"):
        return []
    base_t, added_t = sc["tasks_at_baseline"], sc["tasks_added_after_baseline"]
    base_h, added_h = sc["hours_at_baseline"], sc["hours_added_after_baseline"]
    task_growth = added_t / base_t if base_t else (1.0 if added_t else 0.0)
    hour_growth = added_h / base_h if base_h else 0.0

    def grew(tasks_share: float, hours_share: float, min_tasks: int) -> bool:
        by_tasks = th.count_tasks and added_t >= min_tasks and task_growth >= tasks_share
        return by_tasks or bool(base_h and added_h >= 8 and hour_growth >= hours_share)

    level = (
        "red"
        if grew(th.tasks_red, th.hours_red, 3)
        else "amber"
        if grew(th.tasks_amber, th.hours_amber, 2)
        else None
    )
    if level is None:
        return []
    hours = f" ({fmt_num(added_h)} allocated hours)" if added_h else ""
    return [
        (
            level,
            f"{_n(added_t, 'task', 'tasks')}{hours} added after the baseline of "
            f"{_n(base_t, 'task', 'tasks')} set by {sc['baseline_end']}",
        )
    ]


def _client(p: dict[str, Any]) -> list[Finding]:
    c = p.get("client") or {}
    found: list[Finding] = []
    n, days = c.get("overdue_invoices") or 0, c.get("oldest_overdue_days")
    if n and days is not None and days > INVOICE_GRACE_DAYS:
        found.append(
            (
                "red" if days > 60 or (n >= 3 and days > 30) else "amber",
                f"the customer has {_n(n, 'overdue invoice', 'overdue invoices')} "
                f"({fmt_num(c['overdue_amount'], 2)} outstanding), the oldest {days} days past due",
            )
        )
    theirs = c.get("customer_complaints_30d") or 0
    concerns = max(p["chatter"]["concern_messages_30d"], theirs)
    if theirs >= 2 or concerns >= 3:
        found.append(
            ("red", f"{concerns} recent messages mention complaints, delays or escalation")
            if theirs < 2
            else ("red", f"{theirs} recent customer messages complain or escalate")
        )
    elif concerns:
        found.append(
            (
                "amber",
                f"{_n(concerns, 'recent message mentions', 'recent messages mention')} complaints, "
                "delays or escalation",
            )
        )
    waiting, oldest = c.get("unanswered_customer_messages") or 0, c.get("oldest_unanswered_days")
    if waiting and oldest is not None:
        found.append(
            (
                "red" if oldest >= 14 else "amber",
                f"{_n(waiting, 'customer message has', 'customer messages have')} had no reply from us, "
                f"the oldest for {oldest} days",
            )
        )
    return found


def _worst(levels: Sequence[str]) -> str:
    return max(levels, key=LEVELS.index) if levels else "green"


def _n(count: int, one: str, many: str) -> str:
    return f"{count} {one if count == 1 else many}"


def _day(value: Any) -> date | None:
    moment = odoo_datetime(value)
    return moment.date() if moment else None
