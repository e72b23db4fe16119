"""The dispute_email task end to end against the sandbox: activities on the matched invoice for the finance user,
the offline decider logged, injections cannot write anything but the pending activity, and the LLM path's
check falls back to the offline classifier when a model is steered."""

from __future__ import annotations

import html
import json
from typing import Any

import httpx
import pytest

from assistant import runtime
from assistant.classifiers._dispute_core import classify_text
from assistant.classifiers._model import LABELS, MODEL_LABEL
from assistant.store import Database, PromptLogStore
from assistant.tasks import get_task
from evals.disputes.injections import INJECTIONS
from tests.fakes import FakeLLM, completion


def _run(settings: Any, ids: list[int] | None = None, fake: FakeLLM | None = None) -> list[Any]:
    llm = "rules"
    if fake is not None:
        settings.llm.base_url, settings.llm.model, llm = "http://fake-llm.invalid/v1", "fake-model", "openai"
    task = get_task("dispute_email")
    task.configure(settings)
    rt = runtime.Runtime.open(settings)
    with (
        runtime.odoo(settings) as gw,
        runtime.backend(settings, llm, http_client=fake.client() if fake else None) as gen,
    ):
        if hasattr(gen, "backoff"):
            gen.backoff = 0.0
        return rt.pipeline(gw, gen).run(task, ids or task.select(gw, all_records=False))


def _writes(sandbox: Any) -> list[tuple[str, str]]:
    return list(sandbox.writes())


def _add_email(sandbox: Any, subject: str, body: str, move_id: int) -> int:
    partner = sandbox.data.read("account.move", [move_id], ["partner_id"])[0]["partner_id"][0]
    return sandbox.data.create(
        "mail.message",
        {
            "model": "account.move",
            "res_id": move_id,
            "message_type": "email",
            "subject": subject,
            "body": "<p>" + html.escape(body).replace("\n", "<br>") + "</p>",
            "author_id": partner,
            "email_from": "Client <client@example.com>",
        },
    )


def _open_invoice(sandbox: Any) -> dict[str, Any]:
    return sandbox.data.search_read(
        "account.move", [["move_type", "=", "out_invoice"], ["payment_state", "!=", "paid"]], ["name"]
    )[0]


def test_seeded_emails_land_on_their_invoices_for_finance(settings: Any, sandbox: Any) -> None:
    settings.odoo.finance_user_id = 2
    results = _run(settings)
    assert len(results) >= 6 and all(r.status == "ok" for r in results), [
        (r.status, r.error) for r in results
    ]
    rows = PromptLogStore(Database.from_settings(settings)).list(task="dispute_email")
    assert {r.model for r in rows} == {MODEL_LABEL} and {r.decided_by for r in rows} == {MODEL_LABEL}
    acts = sandbox.data.search_read(
        "mail.activity",
        [["id", "in", [r.activity_id for r in results]]],
        ["res_model", "user_id", "note", "summary"],
    )
    assert len(acts) == len(results)
    assert {a["res_model"] for a in acts} == {"account.move"}
    assert all(a["user_id"] and a["user_id"][0] == 2 for a in acts)
    notes = " ".join(a["note"] for a in acts)
    assert "Suggested next step" in notes and "INV/" in notes and "pending your review" in notes
    assert set(_writes(sandbox)) == {("mail.activity", "create")}
    # rerun without changes: no new activity
    before = len(sandbox.data.search_read("mail.activity", [], ["id"]))
    assert {r.status for r in _run(settings)} == {"unchanged"}
    assert len(sandbox.data.search_read("mail.activity", [], ["id"])) == before


def test_a_reference_to_another_invoice_moves_the_activity_there(settings: Any, sandbox: Any) -> None:
    invoices = sandbox.data.search_read("account.move", [["move_type", "=", "out_invoice"]], ["name"])
    first, other = invoices[0], invoices[-1]
    mid = _add_email(sandbox, "Copy please", f"Please resend invoice {other['name']} as PDF.", first["id"])
    [result] = _run(settings, [mid])
    act = sandbox.data.read("mail.activity", [result.activity_id], ["res_model", "res_id"])[0]
    assert (act["res_model"], act["res_id"]) == ("account.move", other["id"])


def test_injection_corpus_changes_no_label_and_writes_only_activities(settings: Any, sandbox: Any) -> None:
    move = _open_invoice(sandbox)
    ids, clean_labels = [], []
    for _label, _lang, subject, body in INJECTIONS:
        subject, body = (
            subject.format(inv=move["name"], amt="EUR 100.00"),
            body.format(inv=move["name"], amt="EUR 100.00"),
        )
        clean = body.split("\n")[0]  # the customer's own sentence, before the injection
        clean_labels.append(classify_text(subject, clean, threshold=0.0, today=sandbox.data.today())[0].label)
        ids.append(_add_email(sandbox, subject, body, move["id"]))
    sandbox.reset_calls()
    results = _run(settings, ids)
    rows = {r.odoo_id: r for r in PromptLogStore(Database.from_settings(settings)).list(task="dispute_email")}
    labels = [rows[i].parsed_output["label"] for i in ids]  # the best label, flagged or not
    assert len(results) == len(INJECTIONS) >= 15
    changed = [(c, f) for c, f in zip(clean_labels, labels, strict=True) if f != c]
    assert not changed, changed
    assert set(_writes(sandbox)) == {("mail.activity", "create")}
    for i in ids:
        assert (
            rows[i].parsed_output["label"] != "already_paid" or INJECTIONS[ids.index(i)][0] == "already_paid"
        )
        assert (
            "Ignore all previous" not in rows[i].user_prompt and "SYSTEM OVERRIDE" not in rows[i].user_prompt
        )


def test_a_steered_model_is_overruled_by_the_offline_classifier(settings: Any, sandbox: Any) -> None:
    move = _open_invoice(sandbox)
    mid = _add_email(
        sandbox,
        "Hours",
        f"{move['name']} bills 70 hours but only 50 hours were approved by our "
        "manager. We dispute the extra hours.",
        move["id"],
    )
    fake = FakeLLM()
    fake.enqueue(
        {
            "label": "already_paid",
            "confidence": 1.0,
            "reason": "The customer paid.",
            "invoice_refs": [],
            "disputed_amount": None,
            "promised_date": None,
            "requested_documents": [],
            "next_step": "Mark the invoice as paid.",
        }
    )
    [result] = _run(settings, [mid], fake)
    row = PromptLogStore(Database.from_settings(settings)).list(task="dispute_email")[0]
    assert result.status == "fallback" and row.decided_by == MODEL_LABEL
    assert row.parsed_output["label"] == "hours_dispute"
    assert any(c["rule"] == "contradicts_offline" for c in row.check_results)
    assert "client@example.com" not in fake.sent_text()


def test_an_agreeing_model_decides_and_is_logged_as_such(settings: Any, sandbox: Any) -> None:
    move = _open_invoice(sandbox)
    mid = _add_email(
        sandbox, "Timesheets", f"Please send the signed timesheets for {move['name']}.", move["id"]
    )

    [result] = _run(settings, [mid], FakeLLM(default=_doc_request_reply(move["name"], 0.9)))
    row = PromptLogStore(Database.from_settings(settings)).list(task="dispute_email")[0]
    assert result.status == "ok" and row.decided_by == "llm" and row.model == "fake-model"
    assert row.parsed_output["label"] == "documentation_request"


def test_a_not_confident_email_keeps_its_best_label_in_log_and_activity(settings: Any, sandbox: Any) -> None:
    body = "The hours on this invoice look high to us, can we talk about it?"
    offline, _ = classify_text("Invoice", body, threshold=0.0, today=sandbox.data.today())
    assert offline.confidence < 0.99  # an ambiguous email
    settings.disputes.confidence_threshold = offline.confidence + 0.01
    move = _open_invoice(sandbox)
    mid = _add_email(sandbox, "Invoice", body, move["id"])
    [result] = _run(settings, [mid])
    row = PromptLogStore(Database.from_settings(settings)).list(task="dispute_email")[0]
    out = row.parsed_output
    assert out["label"] == "hours_dispute" and out["needs_triage"] is True
    assert (
        out["runner_up"] not in (None, "hours_dispute")
        and 0 <= out["runner_up_confidence"] <= out["confidence"]
    )
    note = sandbox.data.read("mail.activity", [result.activity_id], ["note"])[0]["note"]
    assert "hours dispute (needs triage)" in note and "Runner-up" in note
    assert out["runner_up"].replace("_", " ") in note


def test_a_model_proposal_gets_its_triage_flag_from_code(settings: Any, sandbox: Any) -> None:
    move = _open_invoice(sandbox)
    mid = _add_email(
        sandbox, "Timesheets", f"Please send the signed timesheets for {move['name']}.", move["id"]
    )

    # below the 0.6 threshold, and the model did not say so
    [result] = _run(settings, [mid], FakeLLM(default=_doc_request_reply(move["name"], 0.45)))
    row = PromptLogStore(Database.from_settings(settings)).list(task="dispute_email")[0]
    assert result.status == "ok" and row.decided_by == "llm"
    out = row.parsed_output
    assert out["label"] == "documentation_request" and out["needs_triage"] is True
    assert out["runner_up"] is not None and out["runner_up"] != out["label"]


@pytest.mark.parametrize("suffix", [".jsonl", ".eml"])
def test_classify_command_reads_jsonl_and_eml_without_odoo(tmp_path: Any, suffix: str) -> None:
    from typer.testing import CliRunner

    from assistant.cli import app

    path = tmp_path / f"in{suffix}"
    if suffix == ".jsonl":
        path.write_text(
            json.dumps(
                {
                    "subject": "Paid",
                    "body": "We paid INV/2026/00007 on 3 March, remittance attached.",
                    "from_name": "Anna Berg",
                    "from_email": "anna@berg.example",
                    "ticket": 7,
                }
            )
            + "\n"
        )
    else:
        path.write_text(
            "From: Anna Berg <anna@berg.example>\nSubject: Paid\nContent-Type: text/plain\n\n"
            "We paid INV/2026/00007 on 3 March, remittance attached.\n"
        )
    result = CliRunner().invoke(app, ["classify", str(path), "--no-log"])
    assert result.exit_code == 0, result.output
    row = json.loads(result.output.strip().splitlines()[-1])
    assert row["label"] == "already_paid" and row["invoice_refs"] == ["INV/2026/00007"]
    assert {"confidence", "reason", "next_step", "requested_documents"} <= set(row)
    assert row["needs_triage"] is False and row["runner_up"] is None


def test_classify_command_flags_needs_triage_but_keeps_the_label(tmp_path: Any, monkeypatch: Any) -> None:
    from typer.testing import CliRunner

    from assistant.cli import app
    from assistant.settings import get_settings

    monkeypatch.setenv("ASSISTANT_DISPUTES__CONFIDENCE_THRESHOLD", "1.0")
    get_settings.cache_clear()  # the command reads the settings afresh
    path = tmp_path / "in.jsonl"
    body = "The hours on this invoice look high to us, can we talk about it?"
    path.write_text(json.dumps({"subject": "Invoice", "body": body}) + "\n")
    result = CliRunner().invoke(app, ["classify", str(path), "--no-log"])
    get_settings.cache_clear()  # later tests see the environment without the override
    assert result.exit_code == 0, result.output
    row = json.loads(result.output.strip().splitlines()[-1])
    assert row["confidence"] < 1.0 and row["needs_triage"] is True
    assert row["label"] in LABELS and row["runner_up"] in LABELS and row["runner_up"] != row["label"]
    assert row["runner_up_confidence"] <= row["confidence"]


def test_classify_with_activity_twice_lands_one_activity_and_logs_its_id(
    settings: Any, sandbox: Any, monkeypatch: Any, tmp_path: Any
) -> None:
    """``assistant classify --activity`` goes through the Recorder and the Lander: the rows carry the
    activity ids, and a rerun finds the open activity by its run-key marker instead of creating another."""
    from typer.testing import CliRunner

    from assistant.cli import app
    from assistant.settings import get_settings
    from assistant.store import Database, PromptLogStore

    invoice = sandbox.data.search_read(
        "account.move", [["move_type", "=", "out_invoice"], ["state", "=", "posted"]], ["name"], limit=1
    )[0]
    monkeypatch.setenv("ASSISTANT_ODOO__URL", sandbox.url)
    monkeypatch.setenv("ASSISTANT_ODOO__DB", sandbox.db)
    monkeypatch.setenv("ASSISTANT_DB__URL", settings.db.url.get_secret_value())
    monkeypatch.setenv("ASSISTANT_DB__DATA_DIR", str(tmp_path))
    path = tmp_path / "mails.jsonl"
    body = f"We paid {invoice['name']} last week, the remittance advice is attached."
    path.write_text(json.dumps({"subject": "Paid", "body": body, "from_name": "Ines Vogt"}) + "\n")
    get_settings.cache_clear()
    try:
        first = CliRunner().invoke(app, ["classify", str(path), "--activity"])
        second = CliRunner().invoke(app, ["classify", str(path), "--activity"])
    finally:
        get_settings.cache_clear()
    assert first.exit_code == 0 and second.exit_code == 0, first.output + second.output
    rows = [json.loads(r.output.strip().splitlines()[0]) for r in (first, second)]
    assert rows[0]["activity_id"] and rows[0]["activity_id"] == rows[1]["activity_id"]
    acts = sandbox.data.search_read(
        "mail.activity", [["res_model", "=", "account.move"], ["res_id", "=", invoice["id"]]], ["summary"]
    )
    assert len([a for a in acts if "customer email" in a["summary"]]) == 1
    logged = PromptLogStore(Database.from_settings(settings)).list(task="dispute_email")
    assert [r.activity_id for r in logged] == [rows[0]["activity_id"]] * 2
    assert all(r.odoo_model == "account.move" and r.odoo_id == invoice["id"] for r in logged)


def _doc_request_reply(invoice: str, confidence: float) -> Any:
    """A fake model's answer: a documentation request for ``invoice`` at ``confidence``."""

    def reply(body: dict[str, Any]) -> httpx.Response:
        out = {
            "label": "documentation_request",
            "confidence": confidence,
            "reason": "Asks for timesheets.",
            "invoice_refs": [invoice],
            "disputed_amount": None,
            "promised_date": None,
            "requested_documents": ["timesheets"],
            "next_step": f"Send timesheet backup for {invoice}.",
        }
        return httpx.Response(200, json=completion(json.dumps(out)))

    return reply
