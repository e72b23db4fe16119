"""Model metadata the captures do not contain, for the Odoo 18 *simulation*.

* ``DESCRIPTIONS``: ``ir.model.name`` of each model (what Many2one labels of
  ``res_model_id`` show, e.g. ``[540, "Task"]``).
* ``ORDERS``: each model's default ``_order`` (as in Odoo 18's source).
* ``EXTRA_FIELDS``: compact specs of small models that were not captured from
  the live server (companies, bank accounts, tags, stages of leaves...).  They
  are expanded by :func:`synthesize` into full ``fields_get`` entries with the
  same attribute keys a real server returns.
"""

from __future__ import annotations

from typing import Any

DESCRIPTIONS: dict[str, str] = {
    "account.analytic.account": "Analytic Account",
    "account.analytic.line": "Analytic Line",
    "account.journal": "Journal",
    "account.move": "Journal Entry",
    "account.move.line": "Journal Item",
    "crm.lead": "Lead/Opportunity",
    "hr.department": "Department",
    "hr.employee": "Employee",
    "hr.expense": "Expense",
    "hr.expense.sheet": "Expense Report",
    "hr.leave": "Time Off",
    "ir.model": "Models",
    "ir.model.data": "Model Data",
    "mail.activity": "Activity",
    "mail.activity.type": "Activity Type",
    "mail.followers": "Document Followers",
    "mail.message": "Message",
    "mail.message.subtype": "Message subtypes",
    "product.product": "Product Variant",
    "project.milestone": "Project Milestone",
    "project.project": "Project",
    "project.tags": "Project Tags",
    "project.task": "Task",
    "project.task.type": "Task Stage",
    "res.company": "Companies",
    "res.country": "Country",
    "res.currency": "Currency",
    "res.partner": "Contact",
    "res.partner.bank": "Bank Accounts",
    "res.users": "User",
    "sale.order": "Sales Order",
    "sale.order.line": "Sales Order Line",
    "uom.uom": "Product Unit of Measure",
}

#: the real ir.model ids captured for these two (21_ir_model_ids_for_task_and_move.json)
IR_MODEL_IDS: dict[str, int] = {"project.task": 540, "account.move": 467}

ORDERS: dict[str, str] = {
    "account.analytic.line": "date desc, id desc",
    "account.move": "date desc, name desc, id desc",
    "account.move.line": "date desc, move_name desc, id",
    "crm.lead": "priority desc, id desc",
    "hr.employee": "name",
    "hr.expense": "date desc, id desc",
    "hr.expense.sheet": "accounting_date desc, id desc",
    "hr.leave": "date_from desc",
    "ir.model": "model",
    "ir.model.data": "module, model, name",
    "mail.activity": "date_deadline ASC, id ASC",
    "mail.activity.type": "sequence, id",
    "mail.message": "id desc",
    "project.project": "sequence, name, id",
    "project.task": "priority desc, sequence, date_deadline asc, id desc",
    "project.task.type": "sequence, id",
    "res.partner": "complete_name ASC, id DESC",
    "res.users": "name, login",
    "sale.order": "date_order desc, id desc",
    "sale.order.line": "order_id, sequence, id",
}

REC_NAMES: dict[str, str] = {
    "mail.activity": "summary",
    "res.partner.bank": "acc_number",
    "ir.model.data": "name",
    "ir.model": "name",
    "mail.message": "subject",
    "mail.followers": "partner_id",
}

# name -> (type, string[, relation][, extra attrs])
Spec = dict[str, tuple[Any, ...]]

_COMMON: Spec = {
    "id": ("integer", "ID"),
    "display_name": ("char", "Display Name", None, {"store": False, "readonly": True}),
    "create_date": ("datetime", "Created on", None, {"readonly": True}),
    "create_uid": ("many2one", "Created by", "res.users", {"readonly": True}),
    "write_date": ("datetime", "Last Updated on", None, {"readonly": True}),
    "write_uid": ("many2one", "Last Updated by", "res.users", {"readonly": True}),
}

EXTRA_FIELDS: dict[str, Spec] = {
    "res.company": {
        "name": ("char", "Company Name", None, {"required": True}),
        "partner_id": ("many2one", "Partner", "res.partner", {"required": True}),
        "currency_id": ("many2one", "Currency", "res.currency", {"required": True}),
        "email": ("char", "Email"),
        "phone": ("char", "Phone"),
        "vat": ("char", "Tax ID"),
        "country_id": ("many2one", "Country", "res.country"),
        "active": ("boolean", "Active"),
    },
    "res.country": {
        "name": ("char", "Country Name", None, {"required": True}),
        "code": ("char", "Country Code"),
    },
    "res.currency": {
        "name": ("char", "Currency", None, {"required": True}),
        "symbol": ("char", "Symbol"),
        "active": ("boolean", "Active"),
    },
    "res.partner.bank": {
        "acc_number": ("char", "Account Number", None, {"required": True}),
        "partner_id": ("many2one", "Account Holder", "res.partner", {"required": True}),
        "bank_name": ("char", "Bank Name"),
        "acc_holder_name": ("char", "Account Holder Name"),
        "active": ("boolean", "Active"),
    },
    "hr.department": {
        "name": ("char", "Department Name", None, {"required": True}),
        "manager_id": ("many2one", "Manager", "hr.employee"),
        "active": ("boolean", "Active"),
    },
    "hr.leave": {
        "name": ("char", "Description"),
        "employee_id": ("many2one", "Employee", "hr.employee"),
        "request_date_from": ("date", "Request Start Date"),
        "request_date_to": ("date", "Request End Date"),
        "date_from": ("datetime", "Start Date", None, {"required": True}),
        "date_to": ("datetime", "End Date", None, {"required": True}),
        "number_of_days": ("float", "Duration (Days)"),
        "state": (
            "selection",
            "Status",
            None,
            {
                "selection": [
                    ["confirm", "To Approve"],
                    ["refuse", "Refused"],
                    ["validate1", "Second Approval"],
                    ["validate", "Approved"],
                    ["cancel", "Cancelled"],
                ]
            },
        ),
        "active": ("boolean", "Active"),
    },
    "hr.expense.sheet": {
        "name": ("char", "Expense Report Summary", None, {"required": True}),
        "employee_id": ("many2one", "Employee", "hr.employee", {"required": True}),
        "expense_line_ids": ("one2many", "Expense Lines", "hr.expense", {"relation_field": "sheet_id"}),
        "state": (
            "selection",
            "Status",
            None,
            {
                "selection": [
                    ["draft", "Draft"],
                    ["submit", "Submitted"],
                    ["approve", "Approved"],
                    ["post", "Posted"],
                    ["done", "Done"],
                    ["cancel", "Refused"],
                ]
            },
        ),
        "total_amount": ("monetary", "Total", None, {"aggregator": "sum"}),
        "accounting_date": ("date", "Accounting Date"),
        "currency_id": ("many2one", "Currency", "res.currency"),
        "company_id": ("many2one", "Company", "res.company"),
        "user_id": ("many2one", "Manager", "res.users"),
    },
    "project.tags": {"name": ("char", "Name", None, {"required": True}), "color": ("integer", "Color")},
    "project.milestone": {
        "name": ("char", "Name", None, {"required": True}),
        "project_id": ("many2one", "Project", "project.project", {"required": True}),
        "deadline": ("date", "Deadline"),
        "is_reached": ("boolean", "Reached"),
    },
    "product.product": {
        "name": ("char", "Name", None, {"required": True}),
        "default_code": ("char", "Internal Reference"),
        "type": (
            "selection",
            "Product Type",
            None,
            {"selection": [["consu", "Goods"], ["service", "Service"], ["combo", "Combo"]]},
        ),
        "service_policy": (
            "selection",
            "Service Invoicing Policy",
            None,
            {
                "store": False,
                "selection": [
                    ["ordered_prepaid", "Prepaid/Fixed Price"],
                    ["delivered_milestones", "Based on Milestones"],
                    ["delivered_timesheet", "Based on Timesheets"],
                    ["delivered_manual", "Based on Delivered Quantity (Manual)"],
                ],
            },
        ),
        "list_price": ("float", "Sales Price"),
        "standard_price": ("float", "Cost"),
        "uom_id": ("many2one", "Unit of Measure", "uom.uom"),
        "active": ("boolean", "Active"),
    },
    "uom.uom": {
        "name": ("char", "Unit of Measure", None, {"required": True}),
        "active": ("boolean", "Active"),
    },
    "account.analytic.account": {
        "name": ("char", "Analytic Account", None, {"required": True}),
        "code": ("char", "Reference"),
        "partner_id": ("many2one", "Customer", "res.partner"),
        "company_id": ("many2one", "Company", "res.company"),
        "active": ("boolean", "Active"),
        "line_ids": ("one2many", "Analytic Lines", "account.analytic.line", {"relation_field": "account_id"}),
        "balance": ("monetary", "Balance", None, {"store": False}),
    },
    "account.journal": {
        "name": ("char", "Journal Name", None, {"required": True}),
        "code": ("char", "Short Code", None, {"required": True}),
        "type": (
            "selection",
            "Type",
            None,
            {
                "selection": [
                    ["sale", "Sales"],
                    ["purchase", "Purchase"],
                    ["cash", "Cash"],
                    ["bank", "Bank"],
                    ["general", "Miscellaneous"],
                ]
            },
        ),
    },
    "mail.message.subtype": {
        "name": ("char", "Message Type", None, {"required": True}),
        "internal": ("boolean", "Internal Only"),
        "sequence": ("integer", "Sequence"),
    },
    "mail.followers": {
        "res_model": ("char", "Related Document Model Name", None, {"required": True}),
        "res_id": ("many2one_reference", "Related Document ID", None, {"model_field": "res_model"}),
        "partner_id": ("many2one", "Related Partner", "res.partner", {"required": True}),
        "subtype_ids": ("many2many", "Subtype", "mail.message.subtype"),
        "name": ("char", "Name", None, {"store": False, "related": "partner_id.name"}),
        "email": ("char", "Email", None, {"store": False, "related": "partner_id.email"}),
    },
}


def synthesize(spec: Spec) -> dict[str, dict[str, Any]]:
    """Expand a compact spec into full ``fields_get`` entries (same keys as a real server)."""
    out: dict[str, dict[str, Any]] = {}
    for name, entry in {**spec, **_COMMON}.items():
        ftype, string = entry[0], entry[1]
        relation = entry[2] if len(entry) > 2 else None
        extra: dict[str, Any] = dict(entry[3]) if len(entry) > 3 else {}
        store = extra.pop("store", True)
        attrs: dict[str, Any] = {
            "change_default": False,
            "company_dependent": False,
            "default_export_compatible": False,
            "depends": [],
            "exportable": True,
            "groupable": store and ftype not in ("one2many", "text", "html", "binary"),
            "manual": False,
            "name": name,
            "readonly": bool(extra.pop("readonly", name == "id")),
            "required": bool(extra.pop("required", False)),
            "searchable": True,
            "sortable": store and ftype not in ("one2many", "many2many"),
            "store": store,
            "string": string,
            "type": ftype,
        }
        if relation:
            attrs.update({"relation": relation, "context": {}, "domain": []})
        attrs.update(extra)
        out[name] = dict(sorted(attrs.items()))
    return out
