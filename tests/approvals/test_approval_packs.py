"""Approval packs end to end: facts, precedents from reviewed packs via pgvector, checks, never a decision."""

from __future__ import annotations

from typing import Any

from assistant import clock, runtime
from assistant.store import Database, PromptLogStore
from assistant.store.models import Review
from assistant.summarizers.approval_pack import ApprovalPackOut
from assistant.tasks import get_task


def _run(settings: Any, name: str, ids: list[int] | None = None) -> list[Any]:
    task = get_task(name)
    task.configure(settings)
    rt = runtime.Runtime.open(settings)
    with runtime.odoo(settings) as gw, runtime.backend(settings, "rules") as gen:
        return rt.pipeline(gw, gen).run(task, ids or task.select(gw, all_records=True))


def _discounted_quote(sandbox: Any, pct: float) -> int:
    order = sandbox.data.search_read("sale.order", [], ["partner_id"])[0]
    return sandbox.data.create(
        "sale.order",
        {
            "partner_id": order["partner_id"][0],
            "state": "draft",
            "amount_untaxed": 9000.0 * (1 - pct / 100),
            "amount_undiscounted": 9000.0,
            "amount_total": 9000.0,
            "user_id": 2,
        },
    )


def test_expense_reports_get_packs_for_their_manager_and_nothing_is_approved(
    settings: Any, sandbox: Any
) -> None:
    sandbox.reset_calls()
    results = _run(settings, "approval_expense_report")
    assert results and all(r.status == "ok" for r in results)
    writes = set(sandbox.writes())
    assert writes == {("mail.activity", "create")}  # never approve/refuse/post
    sheets = sandbox.data.search_read("hr.expense.sheet", [["state", "=", "submit"]], ["id"])
    assert len(sheets) == len(results)  # still submitted: the pack decided nothing
    act = sandbox.data.read("mail.activity", [results[0].activity_id], ["note", "user_id", "res_model"])[0]
    assert act["res_model"] == "hr.expense.sheet" and "does not approve or reject" in act["note"]


def test_sale_order_threshold_selects_only_large_discounts(settings: Any, sandbox: Any) -> None:
    big, small = _discounted_quote(sandbox, 20), _discounted_quote(sandbox, 5)
    task = get_task("approval_sale_order")
    task.configure(settings)
    with runtime.odoo(settings) as gw:
        selected = task.select(gw, all_records=True)
    assert big in selected and small not in selected
    [result] = _run(settings, "approval_sale_order", [big])
    row = PromptLogStore(Database.from_settings(settings)).list(task="approval_sale_order")[0]
    assert result.status == "ok" and "discount pct 20" in row.parsed_output["what_it_changes"]


def test_reviewed_packs_become_cited_precedents(settings: Any, sandbox: Any) -> None:
    first, second = _discounted_quote(sandbox, 25), _discounted_quote(sandbox, 30)
    _run(settings, "approval_sale_order", [first])
    db = Database.from_settings(settings)
    earlier = PromptLogStore(db).list(task="approval_sale_order")[0]
    with db.session() as s:
        s.add(
            Review(
                run_id=earlier.run_id,
                decision="rejected",
                reviewer="Head of sales",
                feedback="Discounts above 20% need a multi-year commitment.",
                decided_at=clock.now(),
            )
        )
        s.commit()
    [result] = _run(settings, "approval_sale_order", [second])
    row = PromptLogStore(db).list(task="approval_sale_order")[0]
    assert row.odoo_id == second and result.status == "ok"
    assert "P1" in row.user_prompt and "multi-year commitment" in row.user_prompt
    assert row.parsed_output["precedents_cited"] == ["P1"]
    note = sandbox.data.read("mail.activity", [result.activity_id], ["note"])[0]["note"]
    assert "rejected" in note and "Similar past decisions" in note


def test_check_rejects_invented_figures_and_miscited_precedents() -> None:
    task = get_task("approval_sale_order")
    payload = {
        "kind": "sale_order_discount",
        "record": "S00042",
        "request": {"what": "approve S00042"},
        "scope_budget": {"amount_untaxed": 7200.0},
        "margin_impact": {"discount_pct": 20.0},
        "risks": [],
        "precedents": [
            {
                "id": "P1",
                "kind": "sale_order_discount",
                "record": "S00007",
                "summary": "x",
                "outcome": "rejected",
                "feedback": None,
                "similarity": 0.91,
            }
        ],
    }
    good = task.write_rules(payload)
    assert not task.check(good, payload)
    bad = ApprovalPackOut(
        kind="sale_order_discount",
        record="S00042",
        what_is_asked="Approve a 35% discount.",
        what_it_changes="P1 was accepted, so this is fine.",
        questions=["See P4."],
        precedents_cited=["P1", "P4"],
    )
    rules = {i.rule for i in task.check(bad, payload)}
    assert rules == {"invented_figure", "unknown_precedent", "precedent_outcome"}
