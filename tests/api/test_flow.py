"""Webhook -> durable job -> pipeline -> activity in the sandbox; duplicates; Odoo and model outages."""

from __future__ import annotations

import time
from typing import Any

from fastapi.testclient import TestClient
from sqlalchemy import select

from assistant.jobs.models import ServiceJob
from assistant.jobs.worker import WorkerThread, drain
from assistant.settings import Settings
from assistant.store.models import PromptLog
from tests.api.conftest import auth, signed
from tests.fakes import FakeLLM


def activities(sandbox: Any, model: str, res_id: int) -> list[dict[str, Any]]:
    return sandbox.data.search_read(
        "mail.activity", [["res_model", "=", model], ["res_id", "=", res_id]], ["summary", "note"]
    )


def log_rows(client: TestClient) -> list[PromptLog]:
    db = client.app.state.service.db  # type: ignore[attr-defined]
    with db.session() as session:
        return list(session.scalars(select(PromptLog).order_by(PromptLog.id)))


def jobs(client: TestClient) -> list[ServiceJob]:
    db = client.app.state.service.db  # type: ignore[attr-defined]
    with db.session() as session:
        return list(session.scalars(select(ServiceJob).order_by(ServiceJob.created_at)))


def stage_change(project_id: int = 1, stage: int = 2) -> dict[str, Any]:
    return {
        "_model": "project.project",
        "_id": project_id,
        "_action": "AI status on stage change(#7)",
        "id": project_id,
        "stage_id": stage,
    }


def test_webhook_to_job_to_activity(client: TestClient, svc_settings: Settings, sandbox: Any) -> None:
    before = len(activities(sandbox, "project.project", 1))
    body, headers = signed(stage_change())
    reply = client.post("/api/v1/webhooks/odoo/stage_changed", content=body, headers=headers)
    assert reply.status_code == 202, reply.text
    job = reply.json()["routes"][0]["job"]
    assert job["status"] == "queued" and job["task"] == "project_status" and job["record_id"] == 1

    drain(svc_settings)

    done = client.get(f"/api/v1/jobs/{job['id']}", headers=auth(_key(client, "service"))).json()
    assert done["status"] == "done" and done["run_status"] == "ok", done
    acts = activities(sandbox, "project.project", 1)
    assert len(acts) == before + 1
    [row] = log_rows(client)
    assert row.run_id == done["run_id"] and row.activity_id == done["activity_id"]
    assert f"[{row.run_key[:10]}]" in acts[-1]["summary"]


def test_duplicate_delivery_is_one_run(client: TestClient, svc_settings: Settings, sandbox: Any) -> None:
    before = len(activities(sandbox, "project.project", 2))
    first_body, first_headers = signed(stage_change(2))
    replies = [client.post("/api/v1/webhooks/odoo/stage_changed", content=first_body, headers=first_headers)]
    time.sleep(1.1)  # a later redelivery carries a new timestamp and signature but the same payload
    body, headers = signed(stage_change(2))
    replies.append(client.post("/api/v1/webhooks/odoo/stage_changed", content=body, headers=headers))
    assert [r.status_code for r in replies] == [202, 202]
    ids = {r.json()["routes"][0]["job"]["id"] for r in replies}
    assert len(ids) == 1 and replies[1].json()["routes"][0]["job"]["duplicate"] is True

    drain(svc_settings)

    assert len(jobs(client)) == 1
    assert len(log_rows(client)) == 1
    assert len(activities(sandbox, "project.project", 2)) == before + 1


def test_trigger_twice_without_changes_makes_one_activity(
    client: TestClient, svc_settings: Settings, sandbox: Any
) -> None:
    """Two API triggers are two jobs, but the pipeline's run key keeps it to one run and one activity."""
    before = len(activities(sandbox, "project.project", 3))
    key = _key(client, "service")
    for _ in range(2):
        assert (
            client.post("/api/v1/tasks/project_status/runs", json={"ids": [3]}, headers=auth(key)).status_code
            == 202
        )
    drain(svc_settings)
    statuses = sorted(j.run_status or "" for j in jobs(client))
    assert statuses == ["ok", "unchanged"]
    assert len(activities(sandbox, "project.project", 3)) == before + 1


def test_odoo_down_is_retried_then_succeeds(client: TestClient, svc_settings: Settings, sandbox: Any) -> None:
    svc_settings.service.retry_base_seconds = 1.0
    svc_settings.service.job_max_attempts = 6
    key = _key(client, "service")
    sandbox.set_down(True)
    reply = client.post("/api/v1/tasks/project_status/runs", json={"ids": [4]}, headers=auth(key))
    job_id = reply.json()["jobs"][0]["id"]
    with WorkerThread(svc_settings):
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline:
            state = client.get(f"/api/v1/jobs/{job_id}", headers=auth(key)).json()
            if state["status"] == "retrying":
                break
            time.sleep(0.1)
        assert state["status"] == "retrying" and state["error_class"] == "OdooUnreachable", state
        sandbox.set_down(False)
        while time.monotonic() < deadline and state["status"] not in ("done", "failed"):
            time.sleep(0.2)
            state = client.get(f"/api/v1/jobs/{job_id}", headers=auth(key)).json()
    assert state["status"] == "done" and state["attempts"] >= 2, state
    assert state["activity_id"] and state["run_status"] == "ok"
    assert len(activities(sandbox, "project.project", 4)) >= 1


def test_llm_down_gives_manual_review_after_retry_cap(
    client: TestClient, svc_settings: Settings, sandbox: Any
) -> None:
    fake = FakeLLM()
    fake.down = True
    svc_settings.llm.base_url = "http://fake-llm.invalid/v1"
    svc_settings.llm.model = "fake-model"
    key = _key(client, "service")
    job_id = client.post("/api/v1/tasks/project_status/runs", json={"ids": [5]}, headers=auth(key)).json()[
        "jobs"
    ][0]["id"]

    drain(svc_settings, http_client=fake.client())

    state = client.get(f"/api/v1/jobs/{job_id}", headers=auth(key)).json()
    assert state["status"] == "failed" and state["attempts"] == svc_settings.service.job_max_attempts
    rows = log_rows(client)
    assert [r.status for r in rows] == ["failed"] * svc_settings.service.job_max_attempts
    assert all(r.error_class == "LLMUnavailable" for r in rows)
    assert [r.activity_id is not None for r in rows] == [False, False, True]  # manual review only at the cap
    acts = activities(sandbox, "project.project", 5)
    assert any(a["summary"].startswith("Manual review needed") for a in acts)


def test_wait_returns_finished_jobs(client: TestClient, svc_settings: Settings) -> None:
    key = _key(client, "manager")
    with WorkerThread(svc_settings):
        reply = client.post(
            "/api/v1/tasks/project_status/runs",
            json={"ids": [1, 2], "wait": True, "wait_seconds": 60},
            headers=auth(key),
        )
    assert reply.status_code == 200, reply.text
    out = reply.json()
    assert out["finished"] is True and all(j["run_id"] and j["status"] == "done" for j in out["jobs"])


def test_all_records_fans_out(client: TestClient, svc_settings: Settings, sandbox: Any) -> None:
    key = _key(client, "service")
    reply = client.post(
        "/api/v1/tasks/project_status/runs",
        json={"all_records": True, "idempotency_key": "w1"},
        headers=auth(key),
    )
    again = client.post(
        "/api/v1/tasks/project_status/runs",
        json={"all_records": True, "idempotency_key": "w1"},
        headers=auth(key),
    )
    assert again.json()["jobs"][0]["id"] == reply.json()["jobs"][0]["id"]
    drain(svc_settings)
    active = sandbox.data.search_read("project.project", [["active", "=", True]], ["id"])
    runs = [j for j in jobs(client) if j.kind == "run"]
    assert len(runs) == len(active) and all(j.status == "done" for j in runs)


def _key(client: TestClient, role: str) -> str:
    store = client.app.state.service.keys  # type: ignore[attr-defined]
    return str(store.create(f"flow-{role}-{time.monotonic_ns()}", role))


def test_invoice_posted_runs_an_anomaly_scan(
    client: TestClient, svc_settings: Settings, sandbox: Any
) -> None:
    [invoice] = sandbox.data.search_read(
        "account.move", [["move_type", "=", "out_invoice"], ["state", "=", "posted"]], ["id"], limit=1
    )
    body, headers = signed(
        {"_model": "account.move", "_id": invoice["id"], "_action": "AI scan(#9)", "state": "posted"}
    )
    reply = client.post("/api/v1/webhooks/odoo/posted", content=body, headers=headers)
    assert reply.status_code == 202, reply.text
    job = reply.json()["routes"][0]["job"]
    assert job["kind"] == "scan" and job["odoo_model"] == "account.move"
    body, headers = signed({"_model": "account.move", "_id": invoice["id"], "state": "draft"})
    skipped = client.post("/api/v1/webhooks/odoo/posted", content=body, headers=headers).json()
    assert skipped["routes"][0]["skipped"].startswith("condition not met")

    drain(svc_settings)

    done = client.get(f"/api/v1/jobs/{job['id']}", headers=auth(_key(client, "service"))).json()
    assert done["status"] == "done" and done["run_status"].endswith("new flags"), done


def test_inbound_email_routes_to_the_dispute_classifier(
    client: TestClient, svc_settings: Settings, sandbox: Any
) -> None:
    from assistant.tasks import registry

    if "dispute_email" not in registry():
        return
    messages = sandbox.data.search_read(
        "mail.message",
        [["model", "=", "account.move"], ["message_type", "=", "email"]],
        ["id", "res_id"],
        order="id desc",
    )
    assert messages, "the sandbox seeds customer replies on invoices"
    newest = messages[0]
    on_invoice = {"_model": "account.move", "_id": newest["res_id"], "message_ids": [newest["id"], 1]}
    direct = {"_model": "mail.message", "_id": newest["id"], "message_type": "email"}
    jobs_out = []
    for event, payload in (("message_received", on_invoice), ("email_received", direct)):
        body, headers = signed(payload)
        reply = client.post(f"/api/v1/webhooks/odoo/{event}", content=body, headers=headers)
        assert reply.status_code == 202, reply.text
        jobs_out.append(reply.json()["routes"][0]["job"])
    assert [(j["task"], j["odoo_model"], j["record_id"]) for j in jobs_out] == [
        ("dispute_email", "mail.message", newest["id"])
    ] * 2
    drain(svc_settings)
    states = [
        client.get(f"/api/v1/jobs/{j['id']}", headers=auth(_key(client, "service"))).json() for j in jobs_out
    ]
    assert [s["status"] for s in states] == ["done", "done"], states
    assert sorted(s["run_status"] for s in states) in (["ok", "unchanged"], ["fallback", "unchanged"])


def test_failed_job_can_be_retried(client: TestClient, svc_settings: Settings, sandbox: Any) -> None:
    svc_settings.service.job_max_attempts = 1
    key = _key(client, "service")
    sandbox.set_down(True)
    job_id = client.post("/api/v1/tasks/project_status/runs", json={"ids": [6]}, headers=auth(key)).json()[
        "jobs"
    ][0]["id"]
    drain(svc_settings)
    failed = client.get(f"/api/v1/jobs/{job_id}", headers=auth(key)).json()
    assert failed["status"] == "failed" and failed["error_class"] == "OdooUnreachable"
    sandbox.set_down(False)
    again = client.post(f"/api/v1/jobs/{job_id}/retry", headers=auth(key))
    assert again.status_code == 202 and again.json()["id"] != job_id
    assert client.post(f"/api/v1/jobs/{job_id}/retry", headers=auth(key)).json()["duplicate"] is True
    drain(svc_settings)
    assert client.get(f"/api/v1/jobs/{again.json()['id']}", headers=auth(key)).json()["status"] == "done"
    assert client.post(f"/api/v1/jobs/{again.json()['id']}/retry", headers=auth(key)).status_code == 409
