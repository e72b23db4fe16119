"""Approval packs on real Odoo data: per-line discounts, credit notes named after their original invoice.

The records these tests need are created as drafts through a reviewer's own client and removed afterwards.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest

from assistant import clock, runtime
from assistant.settings import Settings
from assistant.tasks import get_task
from tests.integration.conftest import Server


def facts(settings: Settings, task: str, ids: list[int]) -> list[Any]:
    t = get_task(task)
    t.configure(settings)
    with runtime.odoo(settings) as gw:
        return [f.payload for f in t.fetch(gw, ids, clock.today())]


@pytest.fixture
def quotation(server: Server) -> Iterator[int]:
    partner = server.rpc("res.partner", "search", [[["customer_rank", ">", 0]]], {"limit": 1})[0]
    products = server.rpc("product.product", "search", [[["sale_ok", "=", True]]], {"limit": 2})
    order = server.rpc(
        "sale.order",
        "create",
        [
            {
                "partner_id": partner,
                "order_line": [
                    [
                        0,
                        0,
                        {"product_id": products[0], "product_uom_qty": 1, "price_unit": 1000, "discount": 30},
                    ],
                    [
                        0,
                        0,
                        {"product_id": products[1], "product_uom_qty": 1, "price_unit": 1000, "discount": 0},
                    ],
                ],
            }
        ],
    )
    yield order
    server.rpc("sale.order", "unlink", [[order]])


def test_a_steep_line_discount_is_a_risk(server: Server, real_settings: Settings, quotation: int) -> None:
    t = get_task("approval_sale_order")
    t.configure(real_settings)
    with runtime.odoo(real_settings) as gw:
        assert quotation in t.select(gw, all_records=True)
    (payload,) = facts(real_settings, "approval_sale_order", [quotation])
    assert payload["margin_impact"]["max_line_discount_pct"] == 30
    assert payload["margin_impact"]["discount_pct"] == 15
    assert any("30" in r and "line" in r for r in payload["risks"]), payload["risks"]


@pytest.fixture
def credit_note(server: Server) -> Iterator[tuple[int, dict[str, Any]]]:
    invoice = server.rpc(
        "account.move",
        "search_read",
        [[["move_type", "=", "out_invoice"], ["state", "=", "posted"]]],
        {"fields": ["name", "partner_id", "amount_total"], "limit": 1},
    )[0]
    refund = server.rpc(
        "account.move",
        "create",
        [
            {
                "move_type": "out_refund",
                "partner_id": invoice["partner_id"][0],
                "ref": f"Reversal of: {invoice['name']}, goodwill",
                "invoice_line_ids": [[0, 0, {"name": "Goodwill", "quantity": 1, "price_unit": 100}]],
            }
        ],
    )
    yield refund, invoice
    server.rpc("account.move", "unlink", [[refund]])


def test_a_credit_note_names_its_original_invoice(
    server: Server, real_settings: Settings, credit_note: tuple[int, dict[str, Any]]
) -> None:
    refund, invoice = credit_note
    (payload,) = facts(real_settings, "approval_credit_note", [refund])
    assert payload["margin_impact"]["original_invoice"] == invoice["name"]
    assert payload["margin_impact"]["original_amount"] == pytest.approx(invoice["amount_total"], abs=0.01)


def test_approval_request_without_the_module_says_so(server: Server, real_settings: Settings) -> None:
    from assistant.errors import InputError

    t = get_task("approval_request")
    t.configure(real_settings)
    with runtime.odoo(real_settings) as gw:
        if gw.has_model("approval.request"):
            pytest.skip("the approvals module is installed here")
        with pytest.raises(InputError, match="approvals is not installed"):
            t.select(gw, all_records=True)
