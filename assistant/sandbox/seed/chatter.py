"""Chatter for the sandbox seed: e-mails, notes and notifications, open activities, followers.

Message bodies deliberately contain the (invented) personal data a real
mailbox would: client contacts' names, e-mail addresses, phone numbers,
postal addresses, IBANs.  The redaction layer is tested against them.
Messages get ids in date order, as they would on a live server.
"""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

from ..extra_models import IR_MODEL_IDS
from .builder import Builder
from .firm import ClientRec, Staff
from .people import iban
from .projects import Plan

NOTE, COMMENT, ACTIVITIES, STAGE = 2, 1, 3, 4


def _signature(client: ClientRec, k: int) -> str:
    name = client.contact_names[k % len(client.contact_names)]
    return (
        f"<p>Best regards,<br>{name}<br>{client.spec.name}<br>{client.address}<br>"
        f"Tel. {client.phones[k % len(client.phones)]} | {client.emails[k % len(client.emails)]}</p>"
    )


def build_chatter(b: Builder, plans: list[Plan], staff: list[Staff]) -> None:
    msgs: list[dict[str, Any]] = []
    rng = b.rng

    def add(
        model: str,
        res_id: int,
        day: date,
        body: str,
        *,
        mtype: str = "comment",
        subtype: int = NOTE,
        author: int = 3,
        subject: str | bool = False,
        email_from: str | bool = False,
        hour: int = 10,
    ) -> None:
        msgs.append(
            {
                "model": model,
                "res_id": res_id,
                "date": b.dts(day, hour, rng.randint(0, 59)),
                "body": body,
                "message_type": mtype,
                "subtype_id": subtype,
                "author_id": author,
                "subject": subject,
                "email_from": email_from,
                "is_internal": subtype in (NOTE, ACTIVITIES),
                "mail_activity_type_id": False,
                "partner_ids": [],
                "parent_id": False,
                "record_company_id": False,
                "tracking_value_ids": [],
                "attachment_ids": [],
            }
        )

    partners = b.records["res.partner"]
    for plan in plans:
        pid, client, pm = plan.project_id, plan.client, plan.manager
        assert pm is not None
        start = b.day(max(plan.start, -120))
        add(
            "project.project",
            pid,
            start,
            "<p>Project created</p>",
            mtype="notification",
            subtype=False,
            author=pm.partner_id,
        )
        if client is None:
            add(
                "project.project",
                pid,
                b.day(-30),
                "<p>Reminder: log training hours on the internal project, "
                f"questions to {staff[-2].name} ({staff[-2].email}).</p>",
                author=staff[0].partner_id,
            )
            continue
        c0 = client.contact_names[0]
        for k, offset in enumerate(range(max(plan.start, -84) + 7, min(plan.end, -1), 14)):
            day = b.day(offset)
            if plan.last_time and offset > plan.last_time:
                add(
                    "project.project",
                    pid,
                    day,
                    f"<p>No reply yet from {c0}; tried {client.phones[0]} twice. "
                    "Work paused until the client confirms the data extract.</p>",
                    author=pm.partner_id,
                )
                continue
            if k % 2 == 0:
                add(
                    "project.project",
                    pid,
                    day,
                    f"<p>Weekly status call with {c0}. Agreed next steps; "
                    f"{client.contact_names[-1]} will send the updated figures to {pm.email}.</p>",
                    author=pm.partner_id,
                )
            else:
                email = client.emails[k % len(client.emails)]
                author = client.contacts[k % len(client.contacts)]
                add(
                    "project.project",
                    pid,
                    day,
                    f"<p>Hello {pm.name.split()[0]},</p><p>thanks for the update. Could you call me on "
                    f"{client.phones[k % len(client.phones)]} tomorrow morning? Our office moved to "
                    f"{client.address}.</p>" + _signature(client, k),
                    mtype="email",
                    subtype=COMMENT,
                    author=author,
                    subject=f"Re: {plan.name}",
                    email_from=f'"{partners[author]["name"]}" <{email}>',
                    hour=15,
                )
        if plan.profile == "at_risk":
            add(
                "project.project",
                pid,
                b.day(-6),
                f"<p>Escalation: {c0} is unhappy about the slipped cut-over. "
                f"Jürgen Hoffmann (CFO) asked for a call on {client.phones[-1]} about the budget overrun.</p>",
                author=pm.partner_id,
            )
        for j, tid in enumerate(plan.task_ids):
            task = b.records["project.task"][tid]
            created = date.fromisoformat(task["create_date"][:10])
            add("project.task", tid, created, "", mtype="notification", subtype=STAGE, author=pm.partner_id)
            if j % 3 == 0 and task["state"] != "1_done":
                who = client.contact_names[j % len(client.contact_names)]
                add(
                    "project.task",
                    tid,
                    b.day(-rng.randint(2, 40)),
                    f"<p>{who} confirmed access for our team; badge requests go to "
                    f"{client.emails[-1]}. Delivery address: {client.address}.</p>",
                    author=pm.partner_id,
                )
    _invoice_messages(b, add)
    _lead_messages(b, add)
    msgs.sort(key=lambda m: m["date"])
    for m in msgs:
        names = b.records[m["model"]]
        rec = names.get(m["res_id"], {})
        m["record_name"] = rec.get("name") or False
        b.add("mail.message", m, when=m["date"], uid=2)
    _activities(b, plans)
    _followers(b, plans)


def _invoice_messages(b: Builder, add: Any) -> None:
    clients = {c.partner_id: c for c in b.refs["clients"]}
    for mid, move in b.records["account.move"].items():
        if move["move_type"] != "out_invoice":
            continue
        client = clients.get(move["partner_id"])
        day = date.fromisoformat(move["invoice_date"])
        add(
            "account.move",
            mid,
            day,
            f"<p>Invoice {move['name']} sent to {client.emails[-1] if client else ''}</p>",
            mtype="notification",
            subtype=COMMENT,
            author=3,
        )
        if client is None:
            continue
        if move["payment_state"] == "paid":
            add(
                "account.move",
                mid,
                day + timedelta(days=20),
                f"<p>Dear Northwind team,</p><p>payment of "
                f"{move['name']} was made today from our account {client.iban}.</p>" + _signature(client, 1),
                mtype="email",
                subtype=COMMENT,
                author=client.contacts[-1],
                subject=f"Payment {move['name']}",
                email_from=f'"{client.contact_names[-1]}" <{client.emails[-1]}>',
                hour=11,
            )
        elif move["invoice_date_due"] < b.anchor.isoformat():
            add(
                "account.move",
                mid,
                b.anchor - timedelta(days=3),
                f"<p>Reminder sent to {client.contact_names[-1]} "
                f"({client.emails[-1]}); promised payment by end of week.</p>",
                author=3,
            )
    # a bank-detail change request: the classic fraud pattern an assistant should flag
    target = next(
        (
            m
            for m in b.records["account.move"].values()
            if m["move_type"] == "out_invoice" and m["payment_state"] == "not_paid"
        ),
        None,
    )
    if target:
        client = clients[target["partner_id"]]
        add(
            "account.move",
            target["id"],
            b.anchor - timedelta(days=2),
            f"<p>Hello,</p><p>please note that our bank details have changed. Kindly update your records to "
            f"IBAN {iban(b.rng, 'GB')} and confirm by phone to {client.phones[0]}.</p>"
            + _signature(client, 0),
            mtype="email",
            subtype=COMMENT,
            author=client.contacts[0],
            subject="Updated bank details",
            email_from=f'"{client.contact_names[0]}" <{client.emails[0]}>',
            hour=8,
        )


def _lead_messages(b: Builder, add: Any) -> None:
    for lid, lead in b.records["crm.lead"].items():
        add(
            "crm.lead",
            lid,
            date.fromisoformat(lead["create_date"][:10]),
            f"<p>Hi, I'm {lead.get('contact_name')} from {lead.get('partner_name')}. You can reach me at "
            f"{lead.get('email_from')} or {lead.get('phone')}.</p>",
            mtype="email",
            subtype=COMMENT,
            author=2,
            subject=lead["name"],
            email_from=f'"{lead.get("contact_name")}" <{lead.get("email_from")}>',
        )


def _activity(
    b: Builder, model: str, res_id: int, atype: int, summary: str, note: str | bool, user: int, deadline: int
) -> None:
    ir_model = IR_MODEL_IDS.get(model) or next(
        r for r, m in b.records["ir.model"].items() if m["model"] == model
    )
    b.add(
        "mail.activity",
        {
            "res_model_id": ir_model,
            "res_model": model,
            "res_id": res_id,
            "activity_type_id": atype,
            "summary": summary,
            "note": note,
            "user_id": user,
            "date_deadline": b.ds(deadline),
            "automated": False,
            "date_done": False,
            "request_partner_id": False,
            "previous_activity_type_id": False,
            "recommended_activity_type_id": False,
        },
        when=b.dts(b.day(deadline - 7), 9),
    )


def _activities(b: Builder, plans: list[Plan]) -> None:
    for plan in plans[:6]:
        pm = plan.manager.user_id if plan.manager and plan.manager.user_id else 2
        if plan.profile == "at_risk":
            overdue = next(
                t for t in plan.task_ids if b.records["project.task"][t]["state"] == "01_in_progress"
            )
            _activity(
                b,
                "project.task",
                overdue,
                4,
                "Send revised cut-over plan",
                "<p>Client expects it before the steering committee.</p>",
                pm,
                -3,
            )
            _activity(b, "project.project", plan.project_id, 3, "Budget review with CFO", False, 2, 2)
        elif plan.profile == "stale":
            _activity(
                b,
                "project.project",
                plan.project_id,
                2,
                "Call client about restarting the audit",
                False,
                pm,
                -9,
            )
        else:
            _activity(b, "project.project", plan.project_id, 3, "Steering committee", False, pm, 7)
    for move in b.records["account.move"].values():
        if (
            move["move_type"] == "out_invoice"
            and move["payment_state"] == "not_paid"
            and move["invoice_date_due"] < b.anchor.isoformat()
        ):
            _activity(b, "account.move", move["id"], 1, f"Payment reminder {move['name']}", False, 2, 1)
            break
    sheet = next(iter(b.records["hr.expense.sheet"]), None)
    if sheet:
        _activity(b, "hr.expense.sheet", sheet, 5, "Missing receipt", False, 2, 4)


def _followers(b: Builder, plans: list[Plan]) -> None:
    for plan in plans:
        partners = [3] + [s.partner_id for s in plan.team]
        if plan.client:
            partners.append(plan.client.contacts[0])
        for pid in dict.fromkeys(partners):
            b.add(
                "mail.followers",
                {
                    "res_model": "project.project",
                    "res_id": plan.project_id,
                    "partner_id": pid,
                    "subtype_ids": [1, 2, 3],
                },
            )
