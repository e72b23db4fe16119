"""Deterministic seed of the Odoo 18 *simulation*: a professional-services firm.

"Northwind Advisory SRL" (Brussels) with 12 staff, 10 client companies and 3
suppliers (all invented), ``n_projects`` projects (default 8: six client
projects across fixed-fee, time-and-materials and retainer billing, one
internal, one archived), ~70 tasks, 12 weeks of timesheets (>1,500 lines),
sale orders, invoices (paid / open / overdue / partial, one credit note),
vendor bills, expenses, leads, chatter with personal data, open activities.

Dates are relative to ``anchor`` ("today"), so the data always looks current;
the same ``anchor``, ``n_projects`` and ``seed`` always produce the same data.
"""

from __future__ import annotations

import math
import random
from datetime import date
from typing import Any

from ..seed_anomalies import seed_anomalies
from .base import build_base, build_ir_models
from .builder import Builder
from .chatter import build_chatter
from .expenses import build_expenses, build_leads
from .firm import build_clients, build_staff
from .invoices import build_invoices, build_vendor_bills
from .projects import build_leaves, build_projects, make_plans
from .sales import build_sales
from .timesheets import build_timesheets, write_timesheets

__all__ = ["generate"]


def generate(
    anchor: date, n_projects: int = 8, seed: int = 42, anomalies: bool = True
) -> tuple[dict[str, dict[int, dict[str, Any]]], dict[str, int]]:
    """Build all records; returns ``(records_by_model, next_ids)``."""
    b = Builder(anchor, random.Random(seed))
    build_base(b)
    build_ir_models(b)
    staff = build_staff(b, max(12, math.ceil(n_projects * 1.5)))
    build_clients(b)
    plans = make_plans(b, n_projects)
    build_projects(b, plans, staff)
    off = build_leaves(b, staff)
    build_timesheets(b, plans, staff, off)
    build_sales(b, plans)
    write_timesheets(b, plans)
    build_invoices(b, plans)
    build_vendor_bills(b)
    build_expenses(b, plans)
    build_leads(b)
    build_chatter(b, plans, staff)
    from ..seed_disputes import build_dispute_emails  # customer replies for the dispute classifier

    build_dispute_emails(b)
    if anomalies:  # one of every anomaly kind, for `assistant scan anomalies`
        seed_anomalies(b, plans, staff)
    from ..seed_approvals import build_approval_records  # records waiting for approval (context packs)

    build_approval_records(b)
    return dict(b.records), dict(b.next_ids)
