"""End-to-end spine tests: sandbox Odoo over real JSON-RPC, embedded PostgreSQL, real redaction, the real
openai client against a simulated endpoint (tests/fakes.py)."""

from __future__ import annotations

import json

import httpx
import pytest
import sqlalchemy as sa

from assistant.store import Database, PromptLogStore
from tests.fakes import FakeLLM, completion
from tests.spine.helpers import run, summary_reply

PII = {
    "name": "Henrike Vogelsang-Ébert",
    "email": "h.vogelsang@brightwater-logistik.example",
    "phone": "+49 30 4455 6677",
    "iban": "DE89 3704 0044 0532 0130 00",
    "street": "Kastanienallee 17",
}


def _activities(sandbox, model: str = "project.project") -> list[dict]:
    """Activities written by the assistant (the sandbox also has the firm's own activities)."""
    return sandbox.data.search_read(
        "mail.activity",
        [
            ["res_model", "=", model],
            "|",
            ["summary", "ilike", "AI review"],
            ["summary", "ilike", "Manual review"],
        ],
        ["res_id", "summary", "note"],
    )


def _seed_pii(sandbox) -> int:
    """A contact of the first client project's customer, with a bank account and an email on the project."""
    project = next(
        p
        for p in sandbox.data.search_read(
            "project.project", [["partner_id", "!=", False]], ["partner_id", "name"]
        )
    )
    customer = project["partner_id"][0]
    contact = sandbox.data.create(
        "res.partner",
        {
            "name": PII["name"],
            "parent_id": customer,
            "email": PII["email"],
            "phone": PII["phone"],
            "street": PII["street"],
            "is_company": False,
        },
    )
    sandbox.data.create("res.partner.bank", {"partner_id": contact, "acc_number": PII["iban"]})
    body = (
        f"<p>Hello, this is {PII['name']}. Please call me on {PII['phone']} or write to "
        f"{PII['email']}. Refunds to {PII['iban']}, {PII['street']}.</p>"
    )
    sandbox.data.create(
        "mail.message",
        {
            "model": "project.project",
            "res_id": project["id"],
            "body": body,
            "message_type": "email",
            "author_id": contact,
            "email_from": PII["email"],
        },
    )
    return int(project["id"])


def _log_text(settings) -> str:
    db = Database.from_settings(settings)
    with db.engine.connect() as conn:
        rows = conn.execute(sa.text("SELECT row_to_json(p)::text FROM prompt_log p")).scalars().all()
    return "\n".join(rows)


def test_every_project_gets_a_pending_activity_and_a_log_row(settings, sandbox):
    projects = sandbox.data.search_read("project.project", [["active", "=", True]], ["name"])
    results = run(settings)
    assert {r.record_id for r in results} == {p["id"] for p in projects}
    assert all(r.status == "ok" and r.activity_id for r in results), results
    acts = _activities(sandbox)
    assert {a["res_id"] for a in acts} == {p["id"] for p in projects}
    assert all("pending your review" in a["note"] for a in acts)
    store = PromptLogStore(Database.from_settings(settings))
    rows = store.list(limit=100)
    assert len(rows) == len(projects) and all(r.model == "rules" and r.status == "ok" for r in rows)
    assert [r.check_results for r in rows] == [[]] * len(rows), (
        "the deterministic writer must pass its own check"
    )
    assert {r.activity_id for r in rows} == {a["id"] for a in acts}
    assert store.verify().ok


def test_rerun_without_changes_makes_no_llm_call_and_no_activity(settings, sandbox):
    fake = FakeLLM(default=summary_reply)
    first = run(settings, fake=fake)
    calls, activities = len(fake.requests), len(_activities(sandbox))
    assert calls == len(first) and activities == len(first)
    second = run(settings, fake=fake)
    assert len(fake.requests) == calls, "unchanged facts must not call the model"
    assert len(_activities(sandbox)) == activities, "unchanged facts must not create activities"
    assert all(r.status == "unchanged" for r in second)
    # a change in a task (not in the project) changes the facts and triggers exactly one new run
    task = sandbox.data.search_read("project.task", [["project_id", "=", first[0].record_id]], ["id"])[0]
    sandbox.data.write("project.task", [task["id"]], {"allocated_hours": 999.0})
    third = run(settings, fake=fake)
    assert len(fake.requests) == calls + 1
    assert [r.status for r in third].count("ok") == 1


def test_pii_never_reaches_the_model_or_the_log_but_the_note_is_restored(settings, sandbox):
    project_id = _seed_pii(sandbox)
    fake = FakeLLM(default=summary_reply)
    results = run(settings, fake=fake, ids=[project_id])
    assert results[0].status == "ok", results
    sent, logged = fake.sent_text(), _log_text(settings)
    for value in PII.values():
        for variant in (value, value.replace(" ", "")):
            assert variant not in sent, f"{value!r} reached the model"
            assert variant not in logged, f"{value!r} reached the prompt log"
    assert "<PERSON_" in sent or "<ORG_" in sent
    note = next(a["note"] for a in _activities(sandbox) if a["res_id"] == project_id)
    assert "&lt;PERSON_" not in note and "&lt;ORG_" not in note, "placeholders must be restored in Odoo"
    customer = sandbox.data.search_read("project.project", [["id", "=", project_id]], ["partner_id"])[0]
    names = [PII["name"], customer["partner_id"][1]]
    assert any(n in note for n in names), note


def test_llm_down_logs_failure_and_creates_one_manual_review_activity(settings, sandbox):
    fake = FakeLLM()
    fake.down = True
    project_id = sandbox.data.search_read("project.project", [["active", "=", True]], ["id"])[0]["id"]
    results = run(settings, fake=fake, ids=[project_id])
    assert results[0].status == "failed" and "unreachable" in (results[0].error or "")
    assert len(fake.requests) == 1 + settings.llm.max_retries  # bounded retries
    acts = [a for a in _activities(sandbox) if a["res_id"] == project_id]
    assert len(acts) == 1 and acts[0]["summary"].startswith("Manual review needed")
    row = PromptLogStore(Database.from_settings(settings)).list()[0]
    assert row.status == "failed" and row.error_class == "LLMUnavailable" and row.activity_id == acts[0]["id"]
    run(settings, fake=fake, ids=[project_id])  # still down: logged again, no second manual-review activity
    assert len([a for a in _activities(sandbox) if a["res_id"] == project_id]) == 1
    assert len(PromptLogStore(Database.from_settings(settings)).list()) == 2


def test_invalid_output_is_a_failed_run_with_the_raw_output_logged(settings, sandbox):
    fake = FakeLLM(default=lambda body: httpx.Response(200, json=completion("I think the project is fine")))
    project_id = sandbox.data.search_read("project.project", [["active", "=", True]], ["id"])[0]["id"]
    results = run(settings, fake=fake, ids=[project_id])
    assert results[0].status == "failed"
    row = PromptLogStore(Database.from_settings(settings)).list()[0]
    assert row.error_class == "OutputInvalidWithRaw" and row.raw_output == "I think the project is fine"


def test_a_raw_newline_inside_a_json_string_is_read_not_failed(settings, sandbox):
    """Small local models write a line break inside a string without escaping it: the output still parses."""
    raw = '{"executive_summary": "Work continues.\nThe team raised points.", "risks": [], "next_steps": []}'
    assert "\n" in raw  # a real line break, not the escape
    fake = FakeLLM(default=lambda body: httpx.Response(200, json=completion(raw)))
    project_id = sandbox.data.search_read("project.project", [["active", "=", True]], ["id"])[0]["id"]
    results = run(settings, fake=fake, ids=[project_id])
    assert results[0].status != "failed"
    row = PromptLogStore(Database.from_settings(settings)).list()[0]
    assert row.error_class is None and "The team raised points." in row.parsed_output["executive_summary"]


def test_invented_figure_is_rejected_and_the_deterministic_narrative_used(settings, sandbox):
    out = {"executive_summary": "Budget burn is 4321% and 77777 hours remain.", "risks": [], "next_steps": []}
    fake = FakeLLM(default=lambda body: httpx.Response(200, json=completion(json.dumps(out))))
    project_id = sandbox.data.search_read("project.project", [["active", "=", True]], ["id"])[0]["id"]
    results = run(settings, fake=fake, ids=[project_id])
    assert results[0].status == "fallback" and results[0].activity_id
    row = PromptLogStore(Database.from_settings(settings)).list()[0]
    rules = [c["rule"] for c in row.check_results]
    assert rules.count("invented_figure") == 2 and "fallback" in rules
    assert "4321" not in json.dumps(row.parsed_output)
    note = next(a["note"] for a in _activities(sandbox) if a["res_id"] == project_id)
    assert "4321" not in note


def test_structured_output_negotiates_down_when_json_schema_is_refused(settings, sandbox):
    def reply(body):
        if body.get("response_format", {}).get("type") == "json_schema":
            return httpx.Response(500, json={"error": {"message": "json_schema not supported"}})
        return summary_reply(body)

    fake = FakeLLM(default=reply)
    project_id = sandbox.data.search_read("project.project", [["active", "=", True]], ["id"])[0]["id"]
    results = run(settings, fake=fake, ids=[project_id])
    assert results[0].status == "ok"
    formats = [r.get("response_format", {}) for r in fake.requests]
    assert formats[0]["type"] == "json_schema" and formats[-1] == {
        "type": "json_object",
        "schema": formats[-1]["schema"],
    }


def test_a_failing_fetch_is_logged_for_every_record(settings, sandbox, monkeypatch):
    """Log always: Odoo refusing the reads still leaves a failed row per record, and the error reaches the caller."""
    from assistant import runtime as rt_module
    from assistant.errors import OdooUnreachable
    from assistant.tasks import get_task

    task = get_task("project_status")

    def down(*args, **kwargs):
        raise OdooUnreachable("Odoo at http://erp.invalid: connection refused (simulated)")

    monkeypatch.setattr(type(task), "fetch", down)
    rt = rt_module.Runtime.open(settings)
    with (
        rt_module.odoo(settings) as gw,
        rt_module.backend(settings, "rules") as gen,
        pytest.raises(OdooUnreachable),
    ):
        rt.pipeline(gw, gen).run(task, [1, 2])
    rows = rt.log.list(task="project_status")
    assert sorted(r.odoo_id for r in rows) == [1, 2]
    assert all(r.status == "failed" and r.error_message.startswith("fetch failed") for r in rows)
