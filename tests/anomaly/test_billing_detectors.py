"""Billing and expense detectors on hand-built frames."""

from __future__ import annotations

from typing import Any

import pytest

from tests.anomaly.helpers import data, line, run


def inv(
    i: int,
    day: str,
    total: float,
    ref: str,
    *,
    partner: int = 5,
    move_type: str = "out_invoice",
    **extra: Any,
) -> dict[str, Any]:
    return {
        "id": i,
        "name": f"INV/2025/{i:05d}",
        "move_type": move_type,
        "state": "posted",
        "partner_id": partner,
        "partner_name": "Brightwater Logistik GmbH",
        "amount_untaxed": total,
        "amount_total": total,
        "ref": ref,
        "invoice_date": day,
        "invoice_origin": "S00001",
        "user_id": 7,
        **extra,
    }


def il(
    i: int,
    move: int,
    qty: float,
    price: float,
    *,
    sol: int = 0,
    discount: float = 0.0,
    name: str = "Consulting hours",
) -> dict[str, Any]:
    return {
        "id": i,
        "move_id": move,
        "name": name,
        "quantity": qty,
        "price_unit": price,
        "discount": discount,
        "price_subtotal": qty * price * (1 - discount / 100),
        "so_line_id": sol,
    }


SOL = [
    {
        "id": 1,
        "order_id": 50,
        "order_name": "S00050",
        "partner_id": 5,
        "partner_name": "Brightwater Logistik GmbH",
        "name": "Consulting hours",
        "price_unit": 120.0,
        "discount": 0.0,
        "state": "sale",
        "salesman_id": 7,
    }
]


def test_duplicate_invoices_exact_relaxed_fuzzy_and_recurring() -> None:
    invoices = [
        inv(1, "2025-03-01", 1200, "PO-4711"),
        inv(2, "2025-03-20", 1200, "PO-4711"),  # exact
        inv(3, "2025-04-01", 800, "PO-9"),
        inv(4, "2025-04-03", 800, ""),  # relaxed: 2 days apart
        inv(5, "2025-04-10", 990, "PO 5120"),
        inv(6, "2025-05-05", 990.5, "po-5120"),  # fuzzy reference
        inv(7, "2025-01-01", 6500, "PO-1"),
        inv(8, "2025-02-01", 6500, "PO-1"),
    ]  # monthly retainer
    lines = [
        il(1, 1, 10, 120),
        il(2, 2, 10, 120),
        il(3, 7, 1, 6500, name="Retainer January"),
        il(4, 8, 1, 6500, name="Retainer February"),
    ]
    flags = run(data(invoices=invoices, invoice_lines=lines), "inv_duplicate")
    got = {f.target_id: (f.record_ids, f.evidence["match"]) for f in flags}
    assert got == {
        2: ((1, 2), "exact"),
        4: ((3, 4), "same amount within days"),
        6: ((5, 6), "similar reference"),
    }
    assert all(f.target_model == "account.move" and f.scope == "partner:5" for f in flags)
    assert 4 not in {
        f.target_id
        for f in run(data(invoices=invoices, invoice_lines=lines), "inv_duplicate", dup_invoice_window_days=1)
    }


def test_rate_mismatch_and_discount_against_the_sale_order() -> None:
    invoices = [
        inv(1, "2025-03-01", 2000, "A"),
        inv(2, "2025-03-02", 2000, "B"),
        inv(3, "2025-03-03", 1000, "C"),
    ]
    lines = [
        il(1, 1, 10, 135.0, sol=1),
        il(2, 2, 10, 120.0, sol=1, discount=30),
        il(3, 3, 10, 121.0, sol=1, discount=3),
    ]
    d = data(invoices=invoices, invoice_lines=lines, so_lines=SOL)
    rate = run(d, "inv_rate_mismatch")
    assert [(f.target_id, f.record_ids) for f in rate] == [(1, (1,))]
    assert rate[0].evidence["impact"] == pytest.approx(150.0)
    assert run(d, "inv_rate_mismatch", rate_tolerance=0.2) == []
    disc = run(d, "inv_unusual_discount")
    assert [f.target_id for f in disc] == [2]
    assert disc[0].evidence["impact"] == pytest.approx(-360.0)


def test_agreed_rate_by_product_when_there_is_no_sale_order_line() -> None:
    lines = [{**il(1, 1, 5, 90.0), "product_id": 9, "product_name": "Audit day"}]
    d = data(invoices=[inv(1, "2025-03-01", 450, "A")], invoice_lines=lines)
    assert run(d, "inv_rate_mismatch") == []
    assert [f.target_id for f in run(d, "inv_rate_mismatch", agreed_rates={"audit day": 100.0})] == [1]


def test_unbilled_time_and_invoice_gap() -> None:
    rows = [
        line(1, "2025-03-03", 8.0, so_line_id=1, invoice_type="billable_time"),
        line(2, "2025-03-04", 6.0, so_line_id=1, invoice_type="billable_time"),
        line(3, "2025-06-10", 8.0, so_line_id=1, invoice_type="billable_time"),  # too recent
        line(4, "2025-02-03", 8.0, so_line_id=1, invoice_type="billable_time", invoice_id=9),
        line(5, "2025-02-04", 8.0, so_line_id=1, invoice_type="billable_time", invoice_id=9),
        line(6, "2025-03-05", 8.0, so_line_id=1, invoice_type="non_billable"),
    ]
    d = data(
        rows,
        invoices=[inv(9, "2025-03-01", 2880, "PO-1")],
        invoice_lines=[il(1, 9, 24.0, 120.0, sol=1)],
        so_lines=SOL,
    )
    unbilled = run(d, "unbilled_time")
    assert [(f.target_model, f.target_id, f.record_ids) for f in unbilled] == [("sale.order", 50, (1,))]
    assert unbilled[0].evidence["hours"] == 14.0 and unbilled[0].evidence["amount_at_stake"] == 1680.0
    assert run(d, "unbilled_time", unbilled_days=120) == []
    gap = run(d, "inv_timesheet_gap")
    assert [(f.target_id, f.evidence["gap"]) for f in gap] == [(9, 960.0)]  # 24 h billed for 16 h of time
    assert run(d, "inv_timesheet_gap", gap_min_amount=1000) == []


def test_credit_note_without_reference() -> None:
    notes = [
        inv(1, "2025-03-01", 300, "", move_type="out_refund", invoice_origin=""),
        inv(2, "2025-03-01", 300, "", move_type="out_refund", invoice_origin="", reversed_entry_id=5),
        inv(3, "2025-03-01", 300, "Reversal of INV/1", move_type="out_refund", invoice_origin=""),
    ]
    assert [f.target_id for f in run(data(invoices=notes), "credit_note_no_ref")] == [1]


def test_expenses() -> None:
    def exp(
        i: int, day: str, amount: float, name: str = "Hotel Ghent", emp: int = 1, **extra: Any
    ) -> dict[str, Any]:
        return {
            "id": i,
            "employee_id": emp,
            "name": name,
            "date": day,
            "total_amount": amount,
            "product_id": 3,
            "product_name": "Hotel",
            "state": "submitted",
            **extra,
        }

    expenses = [
        exp(1, "2025-03-04", 180.0),
        exp(2, "2025-03-04", 180.0),  # exact duplicate
        exp(3, "2025-03-10", 95.5, "Train Lille"),
        exp(4, "2025-03-11", 95.5, "train lille."),  # near
        exp(5, "2025-03-12", 95.5, "Taxi"),
        exp(6, "2025-03-13", 1450.0),  # over the limit
        exp(7, "2025-03-15", 40.0, "Dinner"),
        exp(8, "2025-03-16", 99.0, "Train", state="refused"),
    ]
    d = data(expenses=expenses)
    assert {f.target_id: f.record_ids for f in run(d, "exp_duplicate")} == {2: (1, 2), 4: (3, 4)}
    assert [f.target_id for f in run(d, "exp_over_limit")] == [6]
    assert run(d, "exp_over_limit", expense_limits={"hotel": 2000}) == []
    assert [f.target_id for f in run(d, "exp_weekend")] == [7]  # 8 is refused
    assert run(d, "exp_weekend", expense_weekend_exempt=["Hotel"]) == []
