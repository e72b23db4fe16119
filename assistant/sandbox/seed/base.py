"""Reference data of the sandbox seed: currencies, countries, the firm, users, mail types, stages, products.

Ids that real Odoo clients tend to rely on are kept identical to a stock Odoo 18
database: uid 2 is the administrator (partner 3), partner 1 the company,
partner 2 OdooBot, activity type 4 "To-Do" (``mail.mail_activity_data_todo``),
message subtypes 1/2/3 (Discussions, Note, Activities), ``ir.model`` 540 for
``project.task`` and 467 for ``account.move``.
"""

from __future__ import annotations

from ..extra_models import DESCRIPTIONS, IR_MODEL_IDS, ORDERS
from .builder import Builder
from .people import COUNTRIES

FIRM = "Northwind Advisory SRL"
FIRM_DOMAIN = "northwind-advisory.example"

ACTIVITY_TYPES = (  # id, xmlid, name, icon, category, delay, sequence, decoration
    (1, "mail_activity_data_email", "Email", "fa-envelope", "default", 0, 3, False),
    (2, "mail_activity_data_call", "Call", "fa-phone", "phonecall", 2, 6, False),
    (3, "mail_activity_data_meeting", "Meeting", "fa-users", "meeting", 0, 9, False),
    (4, "mail_activity_data_todo", "To-Do", "fa-check", "default", 5, 12, False),
    (5, "mail_activity_data_upload_document", "Upload Document", "fa-upload", "upload_file", 5, 25, False),
    (6, "mail_activity_data_warning", "Exception", "fa-warning", "default", 0, 30, "warning"),
)
STAGES = (  # id, name, sequence, fold
    (1, "New", 1, False),
    (2, "In Progress", 5, False),
    (3, "Review", 10, False),
    (4, "Done", 20, True),
    (5, "Cancelled", 30, True),
)
TAGS = (
    "Fixed Fee",
    "Time & Materials",
    "Retainer",
    "Internal",
    "Priority Client",
    "Workshop",
    "Reporting",
    "Data",
    "Change Request",
    "Blocked",
)
PRODUCTS = (  # key, name, code, policy, price
    ("tm", "Consulting Hours (T&M)", "CONS-TM", "delivered_timesheet", 120.0),
    ("fixed", "Fixed Fee Engagement", "CONS-FIX", "ordered_prepaid", 0.0),
    ("retainer", "Monthly Advisory Retainer", "CONS-RET", "delivered_manual", 6500.0),
    ("workshop", "Workshop Day", "WS-DAY", "delivered_manual", 1800.0),
    ("exp_travel", "Travel", "EXP_TRAVEL", False, 0.0),
    ("exp_meals", "Meals", "EXP_MEALS", False, 0.0),
    ("exp_hotel", "Accommodation", "EXP_HOTEL", False, 0.0),
    ("exp_km", "Mileage", "EXP_KM", False, 0.35),
    ("exp_soft", "Software Subscription", "EXP_SOFT", False, 0.0),
)


def build_base(b: Builder) -> None:
    for i, (code, name, symbol) in enumerate(
        (
            ("EUR", "EUR", "€"),
            ("USD", "USD", "$"),
            ("GBP", "GBP", "£"),
            ("CHF", "CHF", "CHF"),
            ("NOK", "NOK", "kr"),
            ("PLN", "PLN", "zł"),
        ),
        1,
    ):
        b.add("res.currency", {"name": name, "symbol": symbol}, rid=i, xmlid=f"base.{code}")
    b.refs["country"] = {}
    for i, (code, country) in enumerate(sorted(COUNTRIES.items()), 1):
        b.refs["country"][code] = b.add(
            "res.country", {"name": country.name, "code": code}, rid=i, xmlid=f"base.{code.lower()}"
        )
    be = b.refs["country"]["BE"]
    b.add(
        "res.partner",
        {
            "name": FIRM,
            "is_company": True,
            "email": f"hello@{FIRM_DOMAIN}",
            "phone": "+32 2 555 01 00",
            "street": "Rue des Tanneurs 58",
            "zip": "1000",
            "city": "Brussels",
            "country_id": be,
            "vat": "BE0712345679",
            "website": f"https://www.{FIRM_DOMAIN}",
            "lang": "en_US",
            "tz": "Europe/Brussels",
            "type": "contact",
            "partner_share": False,
            "company_id": 1,
        },
        rid=1,
        xmlid="base.main_partner",
    )
    b.add(
        "res.partner",
        {
            "name": "OdooBot",
            "email": "odoobot@example.com",
            "active": False,
            "type": "contact",
            "lang": "en_US",
            "tz": "Europe/Brussels",
            "partner_share": False,
        },
        rid=2,
        xmlid="base.partner_root",
    )
    b.add(
        "res.company",
        {
            "name": FIRM,
            "partner_id": 1,
            "currency_id": 1,
            "email": f"hello@{FIRM_DOMAIN}",
            "phone": "+32 2 555 01 00",
            "vat": "BE0712345679",
            "country_id": be,
        },
        rid=1,
        xmlid="base.main_company",
    )
    b.add(
        "res.users",
        {
            "login": "__system__",
            "partner_id": 2,
            "active": False,
            "share": False,
            "company_id": 1,
            "company_ids": [1],
            "notification_type": "email",
        },
        rid=1,
        xmlid="base.user_root",
    )
    for i, name in ((1, "Units"), (3, "Days"), (4, "Hours")):
        b.add(
            "uom.uom",
            {"name": name},
            rid=i,
            xmlid={1: "uom.product_uom_unit", 3: "uom.product_uom_day", 4: "uom.product_uom_hour"}[i],
        )
    for rid, xmlid, name, icon, category, delay, seq, deco in ACTIVITY_TYPES:
        b.add(
            "mail.activity.type",
            {
                "name": name,
                "icon": icon,
                "category": category,
                "delay_count": delay,
                "delay_unit": "days",
                "delay_from": "previous_activity",
                "sequence": seq,
                "chaining_type": "suggest",
                "decoration_type": deco,
                "res_model": False,
                "summary": False,
                "default_note": False,
                "keep_done": False,
                "default_user_id": False,
            },
            rid=rid,
            xmlid=f"mail.{xmlid}",
        )
    for rid, xmlid, name, internal in (
        (1, "mail.mt_comment", "Discussions", False),
        (2, "mail.mt_note", "Note", True),
        (3, "mail.mt_activities", "Activities", True),
        (4, "project.mt_task_stage", "Stage Changed", False),
        (5, "account.mt_invoice_paid", "Invoice Paid", False),
    ):
        b.add(
            "mail.message.subtype",
            {"name": name, "internal": internal, "sequence": rid},
            rid=rid,
            xmlid=xmlid,
        )
    for rid, name, seq, fold in STAGES:
        b.add(
            "project.task.type",
            {
                "name": name,
                "sequence": seq,
                "fold": fold,
                "project_ids": [],
                "user_id": False,
                "auto_validation_state": False,
                "mail_template_id": False,
                "rating_template_id": False,
            },
            rid=rid,
            xmlid=f"project.project_stage_{rid}",
        )
    b.refs["tag"] = {
        name: b.add("project.tags", {"name": name, "color": i % 11}) for i, name in enumerate(TAGS, 1)
    }
    b.refs["product"] = {}
    for key, name, code, policy, price in PRODUCTS:
        b.refs["product"][key] = b.add(
            "product.product",
            {
                "name": name,
                "default_code": code,
                "type": "service",
                "service_policy": policy,
                "list_price": price,
                "standard_price": 0.0,
                "uom_id": 4 if key in ("tm",) else 1,
            },
        )
    for rid, (name, code, jtype) in enumerate(
        (
            ("Customer Invoices", "INV", "sale"),
            ("Vendor Bills", "BILL", "purchase"),
            ("Bank", "BNK1", "bank"),
            ("Miscellaneous Operations", "MISC", "general"),
        ),
        1,
    ):
        b.add("account.journal", {"name": name, "code": code, "type": jtype}, rid=rid)
    for rid, name in enumerate(("Management", "Consulting", "Delivery", "Finance & Administration"), 1):
        b.add("hr.department", {"name": name, "manager_id": False}, rid=rid)


def build_ir_models(b: Builder) -> None:
    """One ``ir.model`` row per served model (real ids for task and move), plus external ids."""
    next_id = 100
    mail_models = {
        m for m, s in b.schemas.items() if "message_ids" in s.fields and not s.fields["message_ids"].related
    }
    for model in sorted(b.schemas):
        rid = IR_MODEL_IDS.get(model)
        if rid is None:
            while next_id in IR_MODEL_IDS.values():
                next_id += 1
            rid, next_id = next_id, next_id + 1
        b.add(
            "ir.model",
            {
                "name": DESCRIPTIONS.get(model, model),
                "model": model,
                "order": ORDERS.get(model, "id"),
                "state": "base",
                "transient": False,
                "info": DESCRIPTIONS.get(model, model),
                "is_mail_thread": model in mail_models,
                "is_mail_activity": "activity_ids" in b.schemas[model].fields,
                "is_mail_blacklist": False,
            },
            rid=rid,
            xmlid=f"base.model_{model.replace('.', '_')}",
        )
