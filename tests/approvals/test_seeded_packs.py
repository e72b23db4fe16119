"""Packs for the sandbox's seeded approval records: a draft credit note and a change-request task (by tag or by
stage). The facts come from Odoo, the pack lands as the only write, and the record is left as it was."""

from __future__ import annotations

from typing import Any

from assistant import runtime
from assistant.sandbox import seed_approvals
from assistant.sandbox.seed_approvals import add_draft_credit_note, approval_records
from assistant.store import Database, PromptLogStore
from assistant.tasks import get_task


def _run(settings: Any, name: str, ids: list[int] | None = None) -> list[Any]:
    task = get_task(name)
    task.configure(settings)
    rt = runtime.Runtime.open(settings)
    with runtime.odoo(settings) as gw, runtime.backend(settings, "rules") as gen:
        return rt.pipeline(gw, gen).run(task, ids or task.select(gw, all_records=True))


def _select(settings: Any, name: str) -> list[int]:
    task = get_task(name)
    task.configure(settings)
    with runtime.odoo(settings) as gw:
        return task.select(gw, all_records=True)


def _writes(sandbox: Any) -> set[tuple[str, str]]:
    return set(sandbox.writes())


def test_the_sandbox_seeds_a_record_for_every_approval_kind(sandbox: Any) -> None:
    seeded = approval_records(sandbox.data.records)
    assert all(seeded[model] for model in ("sale.order", "project.task")), seeded
    assert sandbox.data.search_read("hr.expense.sheet", [["state", "=", "submit"]], ["id"])
    [quote, _small] = sandbox.data.read(
        "sale.order", seeded["sale.order"], ["amount_untaxed", "amount_undiscounted"]
    )
    assert 100 * (1 - quote["amount_untaxed"] / quote["amount_undiscounted"]) >= 10


def test_the_seed_can_include_the_draft_credit_note(monkeypatch: Any) -> None:
    from datetime import date

    from assistant.sandbox.seed import generate

    monkeypatch.setattr(seed_approvals, "SEED_DRAFT_CREDIT_NOTE", True)
    records, _ = generate(date(2026, 11, 22))
    [draft] = approval_records(records)["account.move"]
    move = records["account.move"][draft]
    assert (move["name"], move["state"], move["move_type"]) == ("/", "draft", "out_refund")
    assert records["account.move"][move["reversed_entry_id"]]["move_type"] == "out_invoice"
    assert any(line["move_id"] == draft for line in records["account.move.line"].values())


def test_draft_credit_note_pack_compares_with_the_original_invoice(settings: Any, sandbox: Any) -> None:
    seeded = approval_records(sandbox.data.records)[
        "account.move"
    ]  # the default seed has one draft credit note
    draft = seeded[0] if seeded else add_draft_credit_note(sandbox.data)
    assert draft is not None and approval_records(sandbox.data.records)["account.move"] == [draft]
    assert _select(settings, "approval_credit_note") == [draft]
    move = sandbox.data.read("account.move", [draft], ["reversed_entry_id", "amount_total", "state", "name"])[
        0
    ]
    original = sandbox.data.read("account.move", [move["reversed_entry_id"][0]], ["name", "amount_total"])[0]
    sandbox.reset_calls()
    [result] = _run(settings, "approval_credit_note")
    assert result.status == "ok", result.error
    assert _writes(sandbox) == {("mail.activity", "create")}
    row = PromptLogStore(Database.from_settings(settings)).list(task="approval_credit_note")[0]
    facts = row.parsed_output["what_it_changes"]
    share = round(100 * move["amount_total"] / original["amount_total"], 1)
    assert f"share of original pct {share}" in facts and original["name"] in facts
    assert "draft credit note" in row.parsed_output["record"]  # an unposted move is named "/" in Odoo
    act = sandbox.data.read("mail.activity", [result.activity_id], ["note", "res_model", "res_id"])[0]
    assert (act["res_model"], act["res_id"]) == ("account.move", draft)
    assert "does not approve or reject" in act["note"] and original["name"] in act["note"]
    after = sandbox.data.read("account.move", [draft], ["state", "name", "amount_total"])[0]
    assert (after["state"], after["name"], after["amount_total"]) == (
        "draft",
        move["name"],
        move["amount_total"],
    )


def test_change_request_pack_by_tag_sizes_the_change_against_the_project(settings: Any, sandbox: Any) -> None:
    [task_id] = approval_records(sandbox.data.records)["project.task"]
    # The setting says "Change request", the seeded tag is "Change Request": names match case-insensitively.
    assert _select(settings, "approval_change_request") == [task_id]
    task = sandbox.data.read("project.task", [task_id], ["project_id", "allocated_hours", "stage_id"])[0]
    siblings = sandbox.data.search_read(
        "project.task",
        [["project_id", "=", task["project_id"][0]], ["id", "!=", task_id]],
        ["allocated_hours"],
    )
    allocated = round(sum(s["allocated_hours"] for s in siblings), 1)
    sandbox.reset_calls()
    [result] = _run(settings, "approval_change_request")
    assert result.status == "ok", result.error
    assert _writes(sandbox) == {("mail.activity", "create")}
    row = PromptLogStore(Database.from_settings(settings)).list(task="approval_change_request")[0]
    facts = row.parsed_output["what_it_changes"]
    assert (
        f"change hours {task['allocated_hours']}" in facts and f"project allocated hours {allocated}" in facts
    )
    assert f"scope increase pct {round(100 * task['allocated_hours'] / allocated, 1)}" in facts
    assert sandbox.data.read("project.task", [task_id], ["stage_id"])[0]["stage_id"] == task["stage_id"]


def test_change_request_by_stage_and_nothing_when_neither_exists(settings: Any, sandbox: Any) -> None:
    [tagged] = approval_records(sandbox.data.records)["project.task"]
    stage = sandbox.data.create("project.task.type", {"name": "Change request", "sequence": 3})
    other = sandbox.data.search_read("project.task", [["id", "!=", tagged]], ["id"])[0]["id"]
    sandbox.data.write("project.task", [other], {"stage_id": stage})
    assert sorted(_select(settings, "approval_change_request")) == sorted([tagged, other])
    settings.approvals.change_request_stage = "Scope change"
    settings.approvals.change_request_tag = "Scope change"
    assert _select(settings, "approval_change_request") == []
