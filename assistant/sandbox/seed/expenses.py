"""Expenses (with one outlier and one duplicate receipt) and CRM leads for the sandbox seed."""

from __future__ import annotations

from datetime import timedelta

from .builder import Builder
from .people import fill
from .projects import Plan


def build_expenses(b: Builder, plans: list[Plan]) -> None:
    rng = b.rng
    kinds = (
        ("exp_travel", "Train ticket to {city}", 90, 260),
        ("exp_hotel", "Hotel {city}, 1 night", 110, 210),
        ("exp_meals", "Client lunch in {city}", 35, 140),
        ("exp_km", "Mileage to {city} (km)", 0, 0),
    )
    sheets: dict[tuple[int, int], int] = {}
    client_plans = [p for p in plans if p.client and p.active]
    for n in range(max(24, len(client_plans) * 3)):
        plan = client_plans[n % len(client_plans)]
        assert plan.client is not None
        s = plan.team[n % len(plan.team)]
        key, label, lo, hi = kinds[n % len(kinds)]
        offset = -rng.randint(3, 80)
        day = b.day(offset)
        city = plan.client.address.split(",")[1].strip().split(" ", 1)[-1]
        qty, price = (
            (float(rng.randint(40, 320)), 0.35) if key == "exp_km" else (1.0, float(rng.randint(lo, hi)))
        )
        if n == 7:  # an outlier worth flagging
            price = 1480.0
        month_key = (s.employee_id, day.month)
        state = "draft" if offset > -10 else rng.choice(["approved", "done", "submitted"])
        sheet: int | bool = False
        if state != "draft":
            if month_key not in sheets:
                sheets[month_key] = b.add(
                    "hr.expense.sheet",
                    {
                        "name": f"{s.name} - expenses {day:%B %Y}",
                        "employee_id": s.employee_id,
                        "state": {"approved": "approve", "done": "done", "submitted": "submit"}[state],
                        "accounting_date": day.isoformat() if state == "done" else False,
                        "currency_id": 1,
                        "company_id": 1,
                        "user_id": 2,
                        "total_amount": 0.0,
                    },
                )
            sheet = sheets[month_key]
        total = round(qty * price, 2)
        exp = {
            "name": label.format(city=city),
            "employee_id": s.employee_id,
            "product_id": b.refs["product"][key],
            "date": day.isoformat(),
            "price_unit": price,
            "quantity": qty,
            "total_amount": total,
            "total_amount_currency": total,
            "untaxed_amount_currency": total,
            "tax_amount": 0.0,
            "tax_amount_currency": 0.0,
            "state": state,
            "sheet_id": sheet,
            "payment_mode": "own_account",
            "currency_id": 1,
            "company_id": 1,
            "description": f"Visit to {plan.client.spec.name}",
            "analytic_distribution": {str(plan.account_id): 100.0},
            "account_id": False,
            "vendor_id": False,
            "accounting_date": False,
        }
        b.add("hr.expense", exp, when=b.dts(day, 19))
        if n == 11:  # the same receipt submitted twice
            b.add("hr.expense", dict(exp), when=b.dts(day + timedelta(days=2), 19))
    for sid, sheet_rec in b.records["hr.expense.sheet"].items():
        sheet_rec["total_amount"] = round(
            sum(e["total_amount"] for e in b.records["hr.expense"].values() if e["sheet_id"] == sid), 2
        )


def build_leads(b: Builder) -> None:
    from .people import COUNTRIES, ascii_slug

    prospects = (
        ("Hafenmeister Reederei KG", "DE", "Lena Albers"),
        ("Bodega Sol y Mar", "ES", "Carmen Ortiz"),
        ("Fjordlys Seafood AS", "NO", "Kari Nilsen"),
        ("Tulip Fintech B.V.", "NL", "Daan Smit"),
        ("Ateliers Brûlé", "FR", "Margaux Petit"),
        ("Castello Verde S.p.A.", "IT", "Luca Moretti"),
    )
    for i, (company, country, contact) in enumerate(prospects):
        domain = ascii_slug(company.split()[0]) + ".example"
        b.add(
            "crm.lead",
            {
                "name": f"{company}: operations review",
                "type": "opportunity" if i % 2 else "lead",
                "partner_name": company,
                "contact_name": contact,
                "email_from": f"{ascii_slug(contact)}@{domain}",
                "phone": fill(b.rng, COUNTRIES[country].phone_fmt),
                "country_id": b.refs["country"][country],
                "expected_revenue": float(b.rng.randint(12, 90) * 1000),
                "probability": float(b.rng.choice([10, 30, 50])),
                "user_id": 2,
                "company_id": 1,
                "priority": "1" if i == 0 else "0",
                "partner_id": False,
                "date_deadline": b.ds(b.rng.randint(10, 60)),
                "description": f"<p>Inbound request via website from {contact}.</p>",
                "stage_id": False,
                "team_id": False,
            },
            when=b.dts(b.day(-b.rng.randint(5, 60)), 14),
        )
    for client in b.refs["clients"][:3]:
        b.add(
            "crm.lead",
            {
                "name": f"{client.short}: follow-on engagement",
                "type": "opportunity",
                "partner_id": client.partner_id,
                "partner_name": client.spec.name,
                "contact_name": client.contact_names[0],
                "email_from": client.emails[0],
                "phone": client.phones[0],
                "expected_revenue": 25000.0,
                "probability": 50.0,
                "user_id": 2,
                "company_id": 1,
                "priority": "1",
                "stage_id": False,
                "team_id": False,
                "date_deadline": b.ds(30),
            },
            when=b.dts(b.day(-20), 10),
        )
