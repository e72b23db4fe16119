"""The firm's people and its clients: employees, users, client companies, contacts, bank accounts."""

from __future__ import annotations

from dataclasses import dataclass, field

from .base import FIRM_DOMAIN
from .builder import Builder
from .people import (
    CLIENTS,
    COUNTRIES,
    EMPLOYEES,
    FIRST_NAMES,
    LAST_NAMES,
    SUPPLIERS,
    Client,
    address,
    ascii_slug,
    fill,
    iban,
)

LANGS = {
    "BE": "nl_BE",
    "DE": "de_DE",
    "FR": "fr_FR",
    "ES": "es_ES",
    "NL": "nl_NL",
    "CH": "de_CH",
    "NO": "nb_NO",
    "GB": "en_GB",
    "IT": "it_IT",
    "PL": "pl_PL",
}
TZS = {
    "BE": "Europe/Brussels",
    "DE": "Europe/Berlin",
    "FR": "Europe/Paris",
    "ES": "Europe/Madrid",
    "NL": "Europe/Amsterdam",
    "CH": "Europe/Zurich",
    "NO": "Europe/Oslo",
    "GB": "Europe/London",
    "IT": "Europe/Rome",
    "PL": "Europe/Warsaw",
}
DEPARTMENTS = {"Management": 1, "Consulting": 2, "Delivery": 3, "Finance & Administration": 4}


@dataclass
class Staff:
    employee_id: int
    name: str
    partner_id: int
    user_id: int | bool
    hourly_cost: float
    department: str
    email: str


@dataclass
class ClientRec:
    spec: Client
    partner_id: int
    contacts: list[int] = field(default_factory=list)
    contact_names: list[str] = field(default_factory=list)
    emails: list[str] = field(default_factory=list)
    phones: list[str] = field(default_factory=list)
    iban: str = ""
    address: str = ""

    @property
    def short(self) -> str:
        return self.spec.name.split()[0]


def build_staff(b: Builder, n_employees: int) -> list[Staff]:
    rng = b.rng
    people = list(EMPLOYEES)
    i = 0
    while len(people) < n_employees:
        name = f"{FIRST_NAMES[i % len(FIRST_NAMES)]} {LAST_NAMES[(i * 7 + 3) % len(LAST_NAMES)]}"
        if i >= len(FIRST_NAMES):
            name += f" {chr(65 + (i // len(FIRST_NAMES)) % 26)}."
        people.append(
            (name, "Consultant", rng.choice(["Consulting", "Delivery"]), float(rng.randint(50, 95)), False)
        )
        i += 1
    be = b.refs["country"]["BE"]
    next_uid = 6
    staff: list[Staff] = []
    for idx, (name, job, dept, cost, has_user) in enumerate(people):
        email = f"{ascii_slug(name)}@{FIRM_DOMAIN}"
        phone = f"+32 2 555 {10 + idx // 100:02d} {idx % 100:02d}"
        partner_vals = {
            "name": name,
            "email": email,
            "phone": phone,
            "lang": "en_US",
            "tz": "Europe/Brussels",
            "type": "contact",
            "partner_share": False,
            "is_company": False,
            "company_id": 1,
        }
        uid: int | bool = False
        if idx == 0:
            partner = b.add("res.partner", dict(partner_vals, parent_id=1), rid=3, xmlid="base.partner_admin")
            uid = b.add(
                "res.users",
                {
                    "login": "admin",
                    "partner_id": partner,
                    "share": False,
                    "company_id": 1,
                    "company_ids": [1],
                    "notification_type": "email",
                },
                rid=2,
                xmlid="base.user_admin",
            )
        elif has_user:
            partner = b.add(
                "res.partner", dict(partner_vals, parent_id=1), rid=max(b.records["res.partner"]) + 1
            )
            uid = b.add(
                "res.users",
                {
                    "login": email,
                    "partner_id": partner,
                    "share": False,
                    "company_id": 1,
                    "company_ids": [1],
                    "notification_type": "email",
                },
                rid=next_uid,
            )
            next_uid += 1
        else:
            partner = b.add("res.partner", partner_vals, rid=max(b.records["res.partner"]) + 1)
        home = address(rng, "BE")
        bank = b.add(
            "res.partner.bank",
            {
                "acc_number": iban(rng, "BE"),
                "partner_id": partner,
                "acc_holder_name": name,
                "bank_name": rng.choice(["Banque Lambermont", "Kredietbank Oost", "Caisse du Sablon"]),
            },
        )
        eid = b.add(
            "hr.employee",
            {
                "name": name,
                "job_title": job,
                "department_id": DEPARTMENTS[dept],
                "work_email": email,
                "work_phone": phone,
                "mobile_phone": fill(rng, "+32 47# ## ## ##"),
                "user_id": uid,
                "hourly_cost": cost,
                "company_id": 1,
                "work_contact_id": partner,
                "employee_type": "employee",
                "private_street": home.street,
                "private_zip": home.zip,
                "private_city": home.city,
                "private_country_id": be,
                "private_email": f"{ascii_slug(name)}@mailbox.example",
                "private_phone": fill(rng, "+32 49# ## ## ##"),
                "bank_account_id": bank,
                "tz": "Europe/Brussels",
                "marital": "single",
                "distance_home_work_unit": "kilometers",
                "resource_calendar_id": False,
                "parent_id": False,
                "coach_id": False,
                "currency_id": 1,
            },
        )
        staff.append(Staff(eid, name, partner, uid, cost, dept, email))
    managers = {
        "Management": staff[0],
        "Consulting": staff[3],
        "Delivery": staff[2],
        "Finance & Administration": staff[0],
    }
    for s in staff:
        boss = managers[s.department] if s is not managers[s.department] else staff[0]
        if s is not staff[0]:
            b.records["hr.employee"][s.employee_id]["parent_id"] = boss.employee_id
            b.records["hr.employee"][s.employee_id]["coach_id"] = boss.employee_id
    for dept, rid in DEPARTMENTS.items():
        b.records["hr.department"][rid]["manager_id"] = managers[dept].employee_id
    b.refs["staff"] = staff
    return staff


def build_clients(b: Builder) -> list[ClientRec]:
    out = []
    for spec in CLIENTS + SUPPLIERS:
        rng = b.rng
        country = COUNTRIES[spec.country]
        addr = address(rng, spec.country)
        is_supplier = spec in SUPPLIERS
        company = b.add(
            "res.partner",
            {
                "name": spec.name,
                "is_company": True,
                "email": f"{'accounts' if is_supplier else 'info'}@{spec.domain}",
                "phone": fill(rng, country.phone_fmt),
                "street": addr.street,
                "zip": addr.zip,
                "city": addr.city,
                "country_id": b.refs["country"][spec.country],
                "vat": fill(rng, country.vat_fmt),
                "website": f"https://www.{spec.domain}",
                "lang": LANGS[spec.country],
                "tz": TZS[spec.country],
                "customer_rank": 0 if is_supplier else 1,
                "supplier_rank": 1 if is_supplier else 0,
                "type": "contact",
                "comment": f"<p>Industry: {spec.industry}.</p>",
                "partner_share": True,
            },
        )
        rec = ClientRec(spec, company, address=f"{addr.street}, {addr.zip} {addr.city}, {country.name}")
        rec.iban = iban(rng, spec.country if spec.country not in ("NO",) else "NO")
        b.add(
            "res.partner.bank",
            {
                "acc_number": rec.iban,
                "partner_id": company,
                "acc_holder_name": spec.name,
                "bank_name": f"{addr.city} Handelsbank",
            },
        )
        for name, job in spec.contacts:
            email = f"{ascii_slug(name)}@{spec.domain}"
            phone = fill(rng, country.phone_fmt)
            contact = b.add(
                "res.partner",
                {
                    "name": name,
                    "parent_id": company,
                    "function": job,
                    "email": email,
                    "phone": phone,
                    "mobile": fill(rng, country.phone_fmt),
                    "street": addr.street,
                    "zip": addr.zip,
                    "city": addr.city,
                    "country_id": b.refs["country"][spec.country],
                    "lang": LANGS[spec.country],
                    "tz": TZS[spec.country],
                    "type": "contact",
                    "partner_share": True,
                },
            )
            rec.contacts.append(contact)
            rec.contact_names.append(name)
            rec.emails.append(email)
            rec.phones.append(phone)
        out.append(rec)
    b.refs["clients"] = [c for c in out if c.spec in CLIENTS]
    b.refs["suppliers"] = [c for c in out if c.spec in SUPPLIERS]
    firm_bank = b.add(
        "res.partner.bank",
        {
            "acc_number": iban(b.rng, "BE"),
            "partner_id": 1,
            "acc_holder_name": "Northwind Advisory SRL",
            "bank_name": "Banque du Midi",
        },
    )
    b.refs["firm_bank"] = firm_bank
    return out
