"""Projects, tasks, milestones, time off and 12 weeks of timesheets for the sandbox seed.

The first eight projects have hand-picked health profiles so that summaries and
anomaly checks have something to find:

* ``at_risk``: overdue tasks and hours well over the allocation (fixed fee);
* ``healthy``: on budget, deadlines ahead (retainer);
* ``stale``: nobody has logged time for ~5 weeks although the status says on track;
* an internal (non-billable) project and an archived, finished one.

Further projects (``n_projects`` > 8, e.g. 100 for benchmarks) cycle through the
client list and billing models.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Any

from .builder import Builder
from .firm import ClientRec, Staff

TASKS = {
    "at_risk": [
        "Kick-off & scope confirmation",
        "Warehouse process mapping",
        "WMS vendor configuration",
        "Interface design (ERP ↔ WMS)",
        "Barcode label redesign",
        "Data migration: item master",
        "Data migration: stock levels",
        "User acceptance testing",
        "Key-user training Hamburg",
        "Cut-over plan",
        "Go-live support",
        "Hypercare & handover",
    ],
    "healthy": [
        "Monthly brand performance review",
        "Omnichannel customer journey map",
        "Social media audit",
        "Spring campaign concept",
        "Store staff survey analysis",
        "Loyalty programme options",
        "Quarterly steering committee",
        "Competitor price watch",
        "Packaging refresh brief",
        "E-commerce conversion review",
    ],
    "stale": [
        "Rate shopping analysis",
        "Channel mix review",
        "Forecast accuracy baseline",
        "Group sales process",
        "Upsell playbook",
        "Interviews with hotel managers",
        "Benchmark vs. comp set",
        "Final recommendations",
    ],
    "generic": [
        "Kick-off workshop",
        "Stakeholder interviews",
        "Current-state assessment",
        "Data collection",
        "Gap analysis",
        "Requirements specification",
        "Vendor long-list",
        "Solution options",
        "Steering committee deck",
        "Implementation roadmap",
        "Business case",
        "Final report",
    ],
    "internal": [
        "Update proposal templates",
        "Consultant onboarding guide",
        "Knowledge base migration",
        "Quarterly training: data storytelling",
        "Timesheet policy refresh",
        "CRM clean-up",
    ],
    "archived": [
        "Sitemap & content inventory",
        "Visual design",
        "CMS build",
        "Content migration",
        "SEO checks",
        "Launch",
    ],
}
ENGAGEMENTS = (
    "Finance Process Review",
    "Cloud Migration Assessment",
    "Pricing Strategy",
    "Data Governance Program",
    "Customer Journey Mapping",
    "Cost Optimisation",
    "Organisation Design",
    "Procurement Analytics",
    "Cybersecurity Readiness",
    "Market Entry Study",
    "Supply Chain Diagnostic",
    "CRM Selection",
)


@dataclass
class Plan:
    profile: str
    client: ClientRec | None
    name: str
    billing: str  # fixed | tm | retainer | internal
    start: int  # day offsets from the anchor
    end: int
    status: str
    alloc_factor: float
    intensity: float  # share of the team's time
    last_time: int = 0  # no timesheets after this offset (stale project)
    active: bool = True
    budget: float = 0.0
    rate: float = 0.0
    project_id: int = 0
    task_ids: list[int] = field(default_factory=list)
    team: list[Staff] = field(default_factory=list)
    manager: Staff | None = None
    sale_line_id: int | bool = False
    account_id: int = 0
    milestones: list[int] = field(default_factory=list)


def make_plans(b: Builder, n_projects: int) -> list[Plan]:
    c = b.refs["clients"]
    base = [
        Plan(
            "at_risk",
            c[0],
            "Brightwater - WMS Rollout & Process Redesign",
            "fixed",
            -120,
            20,
            "at_risk",
            0.7,
            1.6,
            budget=48000.0,
        ),
        Plan(
            "healthy",
            c[1],
            "Maison Lefort - Brand & Omnichannel Retainer",
            "retainer",
            -200,
            165,
            "on_track",
            1.35,
            0.8,
            rate=6500.0,
        ),
        Plan(
            "stale",
            c[2],
            "Costa Azul - Revenue Management Audit",
            "tm",
            -150,
            30,
            "on_track",
            1.2,
            0.9,
            last_time=-38,
            rate=125.0,
        ),
        Plan(
            "generic",
            c[3],
            "Van der Berg - ERP Selection & Vendor Evaluation",
            "tm",
            -90,
            45,
            "on_track",
            1.05,
            1.0,
            rate=115.0,
        ),
        Plan(
            "generic",
            c[4],
            "Nordlys - CSRD Sustainability Reporting",
            "fixed",
            -70,
            60,
            "on_track",
            1.15,
            0.9,
            budget=36000.0,
        ),
        Plan(
            "generic",
            c[5],
            "Greenfield Dental - Practice Operations Review",
            "tm",
            -60,
            25,
            "at_risk",
            0.95,
            0.8,
            rate=110.0,
        ),
        Plan(
            "internal",
            None,
            "Internal - Knowledge Base & Training",
            "internal",
            -365,
            0,
            "on_track",
            1.5,
            0.35,
        ),
        Plan(
            "archived",
            c[6],
            "Studio Fiore - Website Relaunch",
            "fixed",
            -300,
            -120,
            "done",
            1.0,
            0.0,
            active=False,
            budget=22000.0,
        ),
    ]
    plans = base[:n_projects]
    for i in range(len(plans), n_projects):
        client = c[i % len(c)]
        billing = ("tm", "fixed", "retainer")[i % 3]
        start = -b.rng.randint(30, 180)
        plans.append(
            Plan(
                "generic",
                client,
                f"{client.short} - {ENGAGEMENTS[i % len(ENGAGEMENTS)]}"
                + (f" {i // len(ENGAGEMENTS) + 1}" if i >= len(ENGAGEMENTS) else ""),
                billing,
                start,
                start + b.rng.randint(90, 240),
                b.rng.choice(["on_track", "on_track", "at_risk", "off_track"]),
                b.rng.choice([0.8, 1.0, 1.1, 1.3]),
                b.rng.uniform(0.6, 1.2),
                budget=float(b.rng.randint(15, 80) * 1000),
                rate=float(b.rng.choice([95, 110, 125, 140])),
            )
        )
    return plans


def build_projects(b: Builder, plans: list[Plan], staff: list[Staff]) -> None:
    rng = b.rng
    managers = [s for s in staff if s.user_id]
    tag = b.refs["tag"]
    billing_tag = {
        "fixed": "Fixed Fee",
        "tm": "Time & Materials",
        "retainer": "Retainer",
        "internal": "Internal",
    }
    for i, plan in enumerate(plans):
        plan.manager = managers[(i + 1) % len(managers)] if plan.billing != "internal" else staff[0]
        pool = [s for s in staff if s.department != "Finance & Administration"]
        size = min(len(pool), 4 if plan.profile == "at_risk" else 3)
        plan.team = [plan.manager] + rng.sample([s for s in pool if s is not plan.manager], size - 1)
        client = plan.client
        account = b.add(
            "account.analytic.account",
            {
                "name": plan.name,
                "code": f"PRJ{i + 1:03d}",
                "partner_id": client.partner_id if client else False,
                "company_id": 1,
                "active": plan.active,
            },
        )
        plan.account_id = account
        tags = [tag[billing_tag[plan.billing]]] + ([tag["Priority Client"]] if i in (0, 1) else [])
        contact = f"{client.contact_names[0]} ({client.emails[0]}, {client.phones[0]})" if client else "n/a"
        desc = (
            (
                f"<p>Engagement for <b>{client.spec.name}</b>. Client sponsor: {contact}.</p>"
                f"<p>Billing model: {billing_tag[plan.billing]}.</p>"
            )
            if client
            else "<p>Internal, non-billable work: templates, training and tooling.</p>"
        )
        billable = plan.billing != "internal"
        plan.project_id = b.add(
            "project.project",
            {
                "name": plan.name,
                "partner_id": client.partner_id if client else False,
                "user_id": plan.manager.user_id,
                "allow_timesheets": True,
                "allow_billable": billable,
                "billing_type": "manually" if billable else "not_billable",
                "pricing_type": "employee_rate" if i == 3 else ("fixed_rate" if billable else "task_rate"),
                "account_id": account,
                "date_start": b.ds(plan.start),
                "date": b.ds(plan.end) if plan.billing != "internal" else False,
                "last_update_status": plan.status,
                "active": plan.active,
                "description": desc,
                "tag_ids": tags,
                "privacy_visibility": "portal" if client else "employees",
                "company_id": False,
                "sequence": 10 + i,
                "label_tasks": "Tasks",
                "type_ids": [1, 2, 3, 4, 5],
                "allow_milestones": plan.billing == "fixed",
                "allow_task_dependencies": False,
                "rating_status": "stage",
                "rating_status_period": "monthly",
                "is_internal_project": plan.billing == "internal",
                "color": i % 12,
                "currency_id": 1,
                "favorite_user_ids": [],
                "task_properties_definition": [],
            },
            when=b.dts(b.day(plan.start - 5), 10),
        )
        if plan.billing == "fixed":
            span = plan.end - plan.start
            for k, label in enumerate(("Discovery", "Design", "Delivery")):
                deadline = plan.start + span * (k + 1) // 3
                plan.milestones.append(
                    b.add(
                        "project.milestone",
                        {
                            "name": f"Phase {k + 1} - {label}",
                            "project_id": plan.project_id,
                            "deadline": b.ds(deadline),
                            "is_reached": deadline < 0,
                        },
                    )
                )
        build_tasks(b, plan)
    # everybody billable works on at least two client projects
    client_plans = [p for p in plans if p.client and p.active]
    for s in staff:
        if s.department == "Finance & Administration" or not client_plans:
            continue
        mine = [p for p in client_plans if s in p.team]
        for plan in rng.sample(
            [p for p in client_plans if p not in mine], max(0, min(2, len(client_plans)) - len(mine))
        ):
            plan.team.append(s)
    for stage in b.records["project.task.type"].values():
        stage["project_ids"] = [p.project_id for p in plans]


def build_tasks(b: Builder, plan: Plan) -> None:
    rng = b.rng
    names = TASKS["generic" if plan.profile not in TASKS else plan.profile]
    if plan.profile == "generic" and plan.billing == "fixed":
        names = names[:10]
    span = plan.end - plan.start
    for k, name in enumerate(names):
        due = plan.start + int(span * (k + 1) / (len(names) + 0.5))
        start_day = due - max(7, span // len(names) + 10)
        stage, state = 1, "01_in_progress"
        if plan.profile == "archived" or due < -10:
            stage, state = 4, "1_done"
        elif due < 5:
            stage, state = rng.choice([(2, "01_in_progress"), (3, "02_changes_requested"), (4, "1_done")])
        elif start_day < 0:
            stage, state = (2, rng.choice(["01_in_progress", "04_waiting_normal"]))
        if plan.profile == "at_risk" and -40 < due < 0:
            stage, state = (2, "01_in_progress")  # overdue and still open
        if plan.profile == "stale" and due > -38:
            stage, state = (2, "04_waiting_normal")
        if plan.profile == "generic" and k == len(names) - 3 and plan.billing == "tm":
            stage, state = 5, "1_canceled"
        deadline = b.dts(b.day(due), 16) if (k % 5 != 4 or plan.profile == "at_risk") else False
        if plan.profile == "internal":
            deadline = b.dts(b.day(rng.randint(-20, 40)), 16) if k % 2 == 0 else False
        assignees = [s.user_id for s in plan.team if s.user_id][: rng.randint(1, 2)]
        milestone = plan.milestones[min(2, k * 3 // len(names))] if plan.milestones else False
        created = b.dts(b.day(min(plan.start + 1, -1)), 9 + k % 8)
        tid = b.add(
            "project.task",
            {
                "name": name,
                "project_id": plan.project_id,
                "stage_id": stage,
                "state": state,
                "user_ids": assignees,
                "date_deadline": deadline,
                "allocated_hours": 0.0,
                "priority": "1" if (plan.profile == "at_risk" and k % 3 == 0) else "0",
                "sequence": 10 + k,
                "tag_ids": [b.refs["tag"]["Workshop"]]
                if "workshop" in name.lower() or "training" in name.lower()
                else [],
                "partner_id": plan.client.partner_id if plan.client else False,
                "company_id": False,
                "milestone_id": milestone,
                "parent_id": False,
                "display_in_project": True,
                "date_last_stage_update": b.dts(b.day(min(due, -1)), 11),
                "date_assign": created if assignees else False,
                "date_end": b.dts(b.day(min(due, -1)), 17) if state == "1_done" else False,
                "description": task_description(b, plan, name, k),
                "active": plan.active,
                "sale_line_id": False,
                "color": 0,
                "email_cc": False,
            },
            when=created,
        )
        b.records["project.task"][tid]["_window"] = (start_day, due)
        plan.task_ids.append(tid)


def task_description(b: Builder, plan: Plan, name: str, k: int) -> str | bool:
    client = plan.client
    if client is None or k % 3 == 2:
        return False
    who = client.contact_names[k % len(client.contact_names)]
    mail = client.emails[k % len(client.emails)]
    phone = client.phones[k % len(client.phones)]
    return (
        f"<p>{name} for {client.spec.name}.</p><p>Client contact: {who} &lt;{mail}&gt;, "
        f"tel. {phone}. Site address: {client.address}.</p>"
    )


def build_leaves(b: Builder, staff: list[Staff]) -> set[tuple[int, date]]:
    off: set[tuple[int, date]] = set()
    for s in staff[1::3]:
        start = -b.rng.randint(5, 80)
        days = b.rng.randint(1, 5)
        first, last = b.day(start), b.day(start + days - 1)
        b.add(
            "hr.leave",
            {
                "name": "Paid time off",
                "employee_id": s.employee_id,
                "request_date_from": first.isoformat(),
                "request_date_to": last.isoformat(),
                "date_from": b.dts(first, 7),
                "date_to": b.dts(last, 16),
                "number_of_days": float(days),
                "state": "validate",
            },
        )
        off.update((s.employee_id, first + timedelta(days=d)) for d in range(days))
    return off


def build_timesheets(b: Builder, plans: list[Plan], staff: list[Staff], off: set[tuple[int, date]]) -> None:
    """12 weeks of weekday time per employee, spread over their projects by weight."""
    rng = b.rng
    tasks = b.records["project.task"]
    internal = next((p for p in plans if p.billing == "internal"), None)
    weights: dict[int, list[tuple[Plan, float]]] = {s.employee_id: [] for s in staff}
    for plan in plans:
        for s in plan.team:
            weights[s.employee_id].append((plan, plan.intensity * (1.5 if s is plan.manager else 1.0)))
    rows: list[dict[str, Any]] = []
    for offset in range(-84, 0):
        day = b.day(offset)
        weekend = day.weekday() >= 5
        for s in staff:
            if (s.employee_id, day) in off or (weekend and rng.random() > 0.03):
                continue
            options = [
                (p, w)
                for p, w in weights[s.employee_id]
                if p.active and p.start <= offset <= p.end + 7 and (not p.last_time or offset <= p.last_time)
            ]
            if internal and internal.active:
                options.append((internal, 0.15 if options else 1.0))
            if not options:
                continue
            hours_left = round(rng.uniform(6.5, 8.5) * 4) / 4 if not weekend else 2.0
            for _ in range(rng.choice((2, 2, 3, 3, 4))):
                if hours_left <= 0:
                    break
                plan = rng.choices([p for p, _ in options], weights=[w for _, w in options])[0]
                open_tasks = [
                    t
                    for t in plan.task_ids
                    if tasks[t]["_window"][0] <= offset <= tasks[t]["_window"][1] + 10
                    and tasks[t]["state"] != "1_canceled"
                ] or [t for t in plan.task_ids if tasks[t]["state"] != "1_canceled"]
                task = rng.choice(open_tasks)
                hours = min(hours_left, max(0.5, round(rng.uniform(1.0, 4.5) * 4) / 4))
                hours_left -= hours
                rows.append({"date": day.isoformat(), "plan": plan, "task": task, "staff": s, "hours": hours})
    # history before the 12-week window: tasks finished earlier still show the time they took
    for plan in plans:
        for tid in plan.task_ids:
            start, due = tasks[tid]["_window"]
            if plan.active and due < -84:
                for _ in range(rng.randint(3, 6)):
                    offset = rng.randint(max(start, plan.start), due)
                    rows.append(
                        {
                            "date": b.ds(offset),
                            "plan": plan,
                            "task": tid,
                            "staff": rng.choice(plan.team),
                            "hours": float(rng.choice([2, 3, 4, 5, 6])),
                        }
                    )
    # the archived project: its (older) history
    for plan in plans:
        if not plan.active:
            for offset in range(plan.start, plan.end, 3):
                for s in plan.team[:2]:
                    rows.append(
                        {
                            "date": b.ds(offset),
                            "plan": plan,
                            "task": rng.choice(plan.task_ids),
                            "staff": s,
                            "hours": float(rng.choice([2, 3, 4, 6])),
                        }
                    )
    rows.sort(key=lambda r: (r["date"], r["staff"].employee_id))
    b.refs["timesheet_rows"] = rows


def write_timesheets(b: Builder, plans: list[Plan]) -> None:
    """Store the timesheet lines (after sale order lines exist, for ``so_line``)."""
    from .finance import INVOICE_TYPE

    for row in b.refs.pop("timesheet_rows"):
        plan, s = row["plan"], row["staff"]
        when = b.dts(date.fromisoformat(row["date"]), 18, 5)
        b.add(
            "account.analytic.line",
            {
                "name": timesheet_label(b, row),
                "date": row["date"],
                "employee_id": s.employee_id,
                "user_id": s.user_id,
                "project_id": plan.project_id,
                "task_id": row["task"],
                "unit_amount": row["hours"],
                "amount": round(-row["hours"] * s.hourly_cost, 2),
                "account_id": plan.account_id,
                "partner_id": plan.client.partner_id if plan.client else False,
                "so_line": plan.sale_line_id,
                "timesheet_invoice_type": INVOICE_TYPE[plan.billing],
                "timesheet_invoice_id": False,
                "product_uom_id": 4,
                "company_id": 1,
                "currency_id": 1,
                "category": "other",
                "department_id": False,
                "manager_id": False,
            },
            when=when,
            uid=s.user_id or 2,
        )
    tasks = b.records["project.task"]
    spent: dict[int, float] = {}
    for line in b.records["account.analytic.line"].values():
        spent[line["task_id"]] = spent.get(line["task_id"], 0.0) + line["unit_amount"]
    for plan in plans:
        set_allocations(b, plan, spent)
    for task in tasks.values():
        task.pop("_window", None)


def timesheet_label(b: Builder, row: dict[str, Any]) -> str:
    task_name = b.records["project.task"][row["task"]]["name"]
    verbs = ("Work on", "Review:", "Call re", "Prepare", "Follow-up:", "Analysis -")
    return f"{b.rng.choice(verbs)} {task_name.lower() if b.rng.random() < 0.5 else task_name}"


def set_allocations(b: Builder, plan: Plan, spent: dict[int, float]) -> None:
    """Allocated hours from the hours actually spent and the project's health profile."""
    rng = b.rng
    tasks = b.records["project.task"]
    total = 0.0
    for tid in plan.task_ids:
        task = tasks[tid]
        done = task["state"] in ("1_done", "1_canceled")
        factor = plan.alloc_factor * rng.uniform(0.85, 1.15)
        if plan.profile == "at_risk" and not done:
            factor = rng.uniform(0.55, 0.85)
        base = spent.get(tid, 0.0) * factor + (0 if done else rng.randint(4, 24))
        alloc = max(4.0, round(base / 4) * 4)
        task["allocated_hours"] = float(alloc)
        total += alloc
    b.records["project.project"][plan.project_id]["allocated_hours"] = float(total)
