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

from .builder import Builder
from .catalog import ENGAGEMENTS, TASKS
from .firm import ClientRec, Staff


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
