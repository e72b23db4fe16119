"""Prompt-log API (filters, detail, export, verify, audit) and the review-feedback loop against the sandbox."""

from __future__ import annotations

import csv
import io
import json
import time
from typing import Any

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import select, text

from assistant import runtime
from assistant.jobs.worker import drain
from assistant.odoo import connect
from assistant.reviews import decide, feedback_of, sync_reviews
from assistant.settings import Settings
from assistant.store.models import AccessAudit, Review
from tests.api.conftest import auth, reviewer_call
from tests.conftest import TODAYS


@pytest.fixture
def runs(client: TestClient, keys: dict[str, str], svc_settings: Settings) -> list[dict[str, Any]]:
    """Five project status runs, landed as activities."""
    reply = client.post(
        "/api/v1/tasks/project_status/runs", json={"ids": [1, 2, 3, 4, 5]}, headers=auth(keys["service"])
    )
    assert reply.status_code == 202
    drain(svc_settings)
    out = client.get(
        "/api/v1/log", params={"task": "project_status"}, headers=auth(keys["governance"])
    ).json()
    assert out["total"] == 5
    return sorted(out["items"], key=lambda r: r["odoo_id"])


def audits(client: TestClient) -> list[AccessAudit]:
    with client.app.state.service.db.session() as session:  # type: ignore[attr-defined]
        return list(session.scalars(select(AccessAudit).order_by(AccessAudit.id)))


def test_list_filters_and_metadata_only(
    client: TestClient, keys: dict[str, str], runs: list[dict[str, Any]]
) -> None:
    gov = auth(keys["governance"])
    assert client.get("/api/v1/log", params={"odoo_id": 3}, headers=gov).json()["total"] == 1
    assert client.get("/api/v1/log", params={"status": "failed"}, headers=gov).json()["total"] == 0
    assert (
        client.get("/api/v1/log", params={"model": "rules", "decision": "pending"}, headers=gov).json()[
            "total"
        ]
        == 5
    )
    assert (
        client.get("/api/v1/log", params={"since": "2099-01-01T00:00:00Z"}, headers=gov).json()["total"] == 0
    )
    page = client.get("/api/v1/log", params={"limit": 2, "offset": 2}, headers=auth(keys["manager"])).json()
    assert len(page["items"]) == 2 and "user_prompt" not in page["items"][0]
    assert client.get("/api/v1/log", params={"q": "x"}, headers=auth(keys["manager"])).status_code == 403
    assert audits(client) == []  # metadata reads are not content reads


def test_detail_export_verify_are_audited(
    client: TestClient, keys: dict[str, str], runs: list[dict[str, Any]]
) -> None:
    gov = auth(keys["governance"])
    run_id = runs[0]["run_id"]
    detail = client.get(f"/api/v1/log/{run_id}", headers=gov).json()
    assert detail["user_prompt"] and detail["chain_link_ok"] is True and detail["reviews"] == []
    assert detail["redaction_report"] is not None
    assert client.get(f"/api/v1/log/{run_id[:8]}", headers=gov).json()["run_id"] == run_id  # unique prefix
    lines = client.get("/api/v1/log/export", headers=gov).text.strip().splitlines()
    assert len(lines) == 5 and json.loads(lines[0])["row_hash"]
    rows = list(
        csv.DictReader(
            io.StringIO(
                client.get("/api/v1/log/export", params={"format": "csv", "odoo_id": 2}, headers=gov).text
            )
        )
    )
    assert [r["odoo_id"] for r in rows] == ["2"]
    found = client.get("/api/v1/log", params={"q": run_id[:13]}, headers=gov).json()
    assert found["total"] == 1
    assert client.get("/api/v1/log/verify", headers=gov).json() == {
        "ok": True,
        "rows": 5,
        "first_broken_id": None,
        "first_broken_run_id": None,
        "reason": "",
    }
    actions = [(a.actor, a.action) for a in audits(client)]
    assert actions == [
        ("key:test-governance", a)
        for a in ("log.read", "log.read", "log.export.jsonl", "log.export.csv", "log.search")
    ]
    assert client.get("/api/v1/audit", headers=gov).json()[0]["action"] == "log.search"


def test_verify_names_tampered_row(
    client: TestClient, keys: dict[str, str], runs: list[dict[str, Any]]
) -> None:
    db = client.app.state.service.db  # type: ignore[attr-defined]
    with db.engine.begin() as conn:
        conn.execute(
            text("UPDATE prompt_log SET raw_output = 'tampered' WHERE run_id = :r"), {"r": runs[2]["run_id"]}
        )
    out = client.get("/api/v1/log/verify", headers=auth(keys["governance"])).json()
    assert out["ok"] is False and out["first_broken_run_id"] == runs[2]["run_id"]
    detail = client.get(f"/api/v1/log/{runs[2]['run_id']}", headers=auth(keys["governance"])).json()
    assert detail["chain_link_ok"] is False


def test_feedback_parsing() -> None:
    body = (
        "<p><span>AI review</span> done <span>: </span><span>Project status [abc]</span></p>"
        '<div><div class="fw-bold">Feedback:</div>Rejected: the burn figure is &lt;wrong&gt;</div>'
    )
    assert feedback_of(body) == "Rejected: the burn figure is <wrong>"
    assert decide("Rejected: no") == "rejected" and decide("reject") == "rejected"
    assert decide("Looks right") == "accepted" and decide("") == "accepted"
    assert decide("Rejection risk is low, fine") == "accepted"


@pytest.mark.parametrize("today", TODAYS, indirect=True)
def test_review_sync_accept_reject_cancel_edit(
    client: TestClient, keys: dict[str, str], sandbox: Any, svc_settings: Settings, runs: list[dict[str, Any]]
) -> None:
    gw = connect(sandbox.url, sandbox.db, "admin", "admin")
    db = runtime.Runtime.open(svc_settings).db
    first = sync_reviews(svc_settings, gw, db)  # all still open: remembers what we wrote (the baseline)
    assert (first.checked, first.open, first.edited) == (5, 5, 0)
    time.sleep(1.1)  # Odoo datetimes have whole seconds: an edit must land after the creation second
    act = {r["odoo_id"]: r["activity_id"] for r in runs}
    reviewer_call(
        sandbox, "mail.activity", "action_feedback", [[act[1]]], {"feedback": "Agreed, sending it on."}
    )
    reviewer_call(
        sandbox, "mail.activity", "action_feedback", [[act[2]]], {"feedback": "Rejected: budget burn is off"}
    )
    reviewer_call(sandbox, "mail.activity", "action_feedback", [[act[3]]], {})
    reviewer_call(sandbox, "mail.activity", "unlink", [[act[4]]])
    reviewer_call(sandbox, "mail.activity", "write", [[act[5]], {"date_deadline": "2031-01-31"}])

    report = sync_reviews(svc_settings, gw, db)
    assert (report.checked, report.accepted, report.rejected, report.edited, report.open) == (5, 2, 2, 1, 0)
    again = sync_reviews(svc_settings, gw, db)
    assert (again.checked, again.accepted, again.rejected, again.edited, again.open) == (1, 0, 0, 0, 1)

    with db.session() as session:
        reviews = {r.run_id: r for r in session.scalars(select(Review))}
    by_record = {r["odoo_id"]: reviews[r["run_id"]] for r in runs}
    assert by_record[1].decision == "accepted" and by_record[1].feedback == "Agreed, sending it on."
    assert by_record[1].reviewer  # the author of the done message
    assert by_record[2].decision == "rejected" and "budget burn" in by_record[2].feedback
    assert by_record[3].decision == "accepted" and by_record[3].feedback == ""
    assert by_record[4].decision == "rejected" and by_record[4].source == "odoo:cancelled"
    assert by_record[5].decision == "edited" and "deadline" in by_record[5].feedback
    assert "-> 2031-01-31" in by_record[5].feedback

    gov = auth(keys["governance"])
    [row] = client.get("/api/v1/reviews/acceptance", headers=auth(keys["manager"])).json()["items"]
    assert row == {
        "task": "project_status",
        "runs": 5,
        "accepted": 2,
        "rejected": 2,
        "edited": 1,
        "pending": 0,
        "acceptance_rate": 0.5,
    }
    assert client.get("/api/v1/log", params={"decision": "rejected"}, headers=gov).json()["total"] == 2
    detail = client.get(f"/api/v1/log/{runs[1]['run_id']}", headers=gov).json()
    assert detail["decision"] == "rejected" and detail["reviews"][0]["feedback"].startswith("Rejected")
    dash = client.get("/api/v1/stats/dashboard", headers=gov).json()
    assert dash["acceptance"][0]["acceptance_rate"] == 0.5 and dash["runs_per_day"][0]["count"] == 5


def test_sync_job_via_api(
    client: TestClient, keys: dict[str, str], svc_settings: Settings, runs: list[dict[str, Any]], sandbox: Any
) -> None:
    reviewer_call(sandbox, "mail.activity", "action_feedback", [[runs[0]["activity_id"]]], {"feedback": "ok"})
    job = client.post("/api/v1/reviews/sync", headers=auth(keys["service"])).json()
    drain(svc_settings)
    done = client.get(f"/api/v1/jobs/{job['id']}", headers=auth(keys["service"])).json()
    assert done["status"] == "done", done
    [row] = client.get("/api/v1/reviews/acceptance", headers=auth(keys["governance"])).json()["items"]
    assert row["accepted"] == 1


def test_metrics(client: TestClient, keys: dict[str, str], runs: list[dict[str, Any]]) -> None:
    out = client.get("/metrics", headers=auth(keys["service"])).text
    assert 'oga_jobs{status="done"} 5' in out
    assert 'oga_runs{status="ok",task="project_status"} 5' in out
    assert "oga_http_request_duration_seconds_bucket" in out and 'route="/api/v1/log"' in out


def test_log_and_jobs_say_which_odoo_and_filter_by_it(
    client: TestClient, keys: dict[str, str], runs: list[dict[str, Any]], svc_settings: Settings
) -> None:
    from assistant.odoo import instance_of

    instance = instance_of(svc_settings)
    assert all(r["odoo_instance"] == instance for r in runs)
    mine = client.get(
        "/api/v1/log", params={"odoo_instance": instance}, headers=auth(keys["governance"])
    ).json()
    other = client.get(
        "/api/v1/log", params={"odoo_instance": "erp.example.com/other"}, headers=auth(keys["governance"])
    ).json()
    assert mine["total"] >= 5 and other["total"] == 0
    jobs = client.get("/api/v1/jobs", headers=auth(keys["service"])).json()
    items = jobs["items"] if isinstance(jobs, dict) else jobs
    assert items and all(j["odoo_instance"] == instance for j in items)
