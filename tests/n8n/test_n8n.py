"""The n8n workflows in examples/n8n, run by a real n8n against a real `assistant serve`.

`make test-n8n` installs the pinned n8n (tests/n8n/package.json) into a temporary folder and runs this file
with ``N8N_BIN`` pointing at it; without it (``make test``, CI) the file skips in one line. The service runs
from this checkout on its own sandbox (the Odoo simulation, no real Odoo needed), with the deterministic
writer. Each workflow is imported as shipped (only the placeholder URL is replaced), with its credentials
imported the way a user creates them, then executed with ``n8n execute --id``; the test then reads the
service's jobs: queued by the workflow, and run.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import httpx
import pytest

from tests.serve import running_service

REPO = Path(__file__).resolve().parents[2]
EXAMPLES = REPO / "examples" / "n8n"
PLACEHOLDER = "https://assistant.example.com"
SECRET = "n8n-test-webhook-secret"
N8N_BIN = os.environ.get("N8N_BIN", "")

if not (N8N_BIN and os.access(N8N_BIN, os.X_OK) and shutil.which("node")):
    pytest.skip(
        "n8n not installed (make test-n8n installs the pinned n8n into a temporary folder)",
        allow_module_level=True,
    )


@dataclass
class Service:
    url: str
    key: str

    def jobs(self) -> list[dict[str, Any]]:
        reply = httpx.get(
            f"{self.url}/api/v1/jobs",
            params={"limit": 200},
            headers={"Authorization": f"Bearer {self.key}"},
            timeout=10,
        )
        reply.raise_for_status()
        return list(reply.json()["items"])

    def wait(
        self, match: Callable[[dict[str, Any]], bool], count: int = 1, timeout: float = 120
    ) -> list[dict[str, Any]]:
        """At least ``count`` jobs matching ``match``, all finished."""
        deadline = time.monotonic() + timeout
        found: list[dict[str, Any]] = []
        while time.monotonic() < deadline:
            found = [j for j in self.jobs() if match(j)]
            if len(found) >= count and all(j["status"] in ("done", "failed") for j in found):
                return found
            time.sleep(1)
        raise AssertionError(f"expected {count} finished job(s), found: {found[:3]}")


@pytest.fixture(scope="module")
def service() -> Iterator[Service]:
    """`assistant serve` from this checkout on its own sandbox, with a service key and a webhook secret."""
    data = Path(
        tempfile.mkdtemp(prefix="oga-n8n-service-")
    )  # not under pytest's 0700 tree (embedded PG user)
    env = {k: v for k, v in os.environ.items() if not k.startswith("ASSISTANT_")}
    env.update(
        PYTHONPATH=str(REPO),
        ASSISTANT_DB__DATA_DIR=str(data),
        ASSISTANT_LLM__PROVIDER="rules",
        ASSISTANT_SERVICE__WEBHOOK_SECRET=SECRET,
        ASSISTANT_SCHEDULES__ANOMALY_SCAN="",
        ASSISTANT_SCHEDULES__STATUS_SUMMARIES="",
        ASSISTANT_SCHEDULES__REVIEW_SYNC="",
    )
    cli = [sys.executable, "-c", "from assistant.cli import main; main()"]
    made = subprocess.run(
        [*cli, "apikey", "create", "n8n", "--role", "service"],
        cwd=REPO,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert made.returncode == 0, made.stdout + made.stderr
    try:
        with running_service(cli, env, data) as url:
            yield Service(url, made.stdout.split()[-1])
    finally:
        shutil.rmtree(data, ignore_errors=True)


class N8n:
    """The n8n CLI with a private user folder (its own SQLite database and encryption key)."""

    def __init__(self, home: Path) -> None:
        self.home = home
        self.env = {
            **os.environ,
            "N8N_USER_FOLDER": str(home),
            "N8N_DIAGNOSTICS_ENABLED": "false",
            "N8N_VERSION_NOTIFICATIONS_ENABLED": "false",
            "N8N_ENFORCE_SETTINGS_FILE_PERMISSIONS": "false",
        }

    def run(self, *args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run([N8N_BIN, *args], env=self.env, capture_output=True, text=True, timeout=300)

    def credentials(self, secret: str, key: str) -> None:
        """What a user enters in n8n: a Crypto credential (Hmac Secret) and a Header Auth credential."""
        path = self.home / "credentials.json"
        path.write_text(
            json.dumps(
                [
                    {
                        "id": "ogaWebhookSecret",
                        "name": "Assistant webhook secret",
                        "type": "crypto",
                        "data": {"hmacSecret": secret},
                    },
                    {
                        "id": "ogaServiceKey",
                        "name": "Assistant service key",
                        "type": "httpHeaderAuth",
                        "data": {"name": "Authorization", "value": f"Bearer {key}"},
                    },
                ]
            )
        )
        done = self.run("import:credentials", f"--input={path}")
        path.unlink()
        assert done.returncode == 0, done.stdout + done.stderr

    def execute(self, workflow_id: str) -> tuple[int, dict[str, Any] | None, str]:
        """Exit code, the execution (JSON) when n8n printed one, and the output for messages."""
        done = self.run("execute", f"--id={workflow_id}", "--rawOutput")
        data = None
        decoder = json.JSONDecoder()
        text = done.stdout
        for start in [0] + [i + 1 for i, ch in enumerate(text) if ch == "\n"]:  # log lines may surround it
            if text.startswith("{", start):
                try:
                    value, _ = decoder.raw_decode(text, start)
                except ValueError:
                    continue
                if isinstance(value, dict) and "status" in value:
                    data = value
                    break
        return done.returncode, data, (done.stdout + done.stderr)[-3000:]


@pytest.fixture(scope="module")
def n8n(service: Service) -> Iterator[N8n]:
    home = Path(tempfile.mkdtemp(prefix="oga-n8n-home-"))
    client = N8n(home)
    client.credentials(SECRET, service.key)
    flows = home / "workflows"
    flows.mkdir()
    for source in sorted(EXAMPLES.glob("*.json")):
        (flows / source.name).write_text(source.read_text().replace(PLACEHOLDER, service.url))
    done = client.run("import:workflow", "--separate", f"--input={flows}")
    assert done.returncode == 0 and "Successfully imported 3 workflows" in done.stdout, (
        done.stdout + done.stderr
    )
    yield client
    shutil.rmtree(home, ignore_errors=True)


def _last_node_json(execution: dict[str, Any] | None, out: str = "") -> dict[str, Any]:
    assert execution is not None and execution["status"] == "success", out
    run_data = execution["data"]["resultData"]["runData"]
    last = execution["data"]["resultData"]["lastNodeExecuted"]
    return dict(run_data[last][0]["data"]["main"][0][0]["json"])


def test_examples_are_importable_json_with_manual_triggers() -> None:
    flows = {p.name: json.loads(p.read_text()) for p in EXAMPLES.glob("*.json")}
    assert set(flows) == {"signed-webhook.json", "task-run.json", "weekly-status.json"}
    for name, flow in flows.items():
        types = {n["type"] for n in flow["nodes"]}
        assert "n8n-nodes-base.manualTrigger" in types, name  # `n8n execute` starts at the manual trigger
        assert PLACEHOLDER in json.dumps(flow), name  # the one value a user edits


def test_signed_webhook_queues_and_runs_a_job(n8n: N8n, service: Service) -> None:
    code, execution, out = n8n.execute("ogaSignedWebhook")
    assert code == 0, out
    answer = _last_node_json(execution, out)
    [route] = answer["routes"]
    assert route["task"] == "project_status" and route["job"], answer
    [job] = service.wait(lambda j: j["id"] == route["job"]["id"])
    assert (job["source"], job["event"], job["status"]) == ("webhook", "stage_changed", "done"), job
    assert job["run_status"] in ("ok", "unchanged") and job["activity_id"], job


def test_task_run_with_a_service_key_queues_one_job_per_record(n8n: N8n, service: Service) -> None:
    code, execution, out = n8n.execute("ogaTaskRun")
    assert code == 0, out
    answer = _last_node_json(execution, out)
    ids = {j["id"] for j in answer["jobs"]}
    assert {j["record_id"] for j in answer["jobs"]} == {1, 2}
    jobs = service.wait(lambda j: j["id"] in ids, count=2)
    assert all(j["status"] == "done" and j["source"] == "api" for j in jobs), jobs


def test_weekly_fan_out_queues_a_job_per_active_project(n8n: N8n, service: Service) -> None:
    before = {j["id"] for j in service.jobs()}
    code, execution, out = n8n.execute("ogaWeeklyStatus")
    assert code == 0, out
    [fan_out] = _last_node_json(execution, out)["jobs"]
    assert fan_out["kind"] == "fan_out"
    [done] = service.wait(lambda j: j["id"] == fan_out["id"])
    assert done["status"] == "done" and done["run_status"].endswith(" jobs"), done
    expected = int(done["run_status"].split()[0])
    children = service.wait(lambda j: j["id"] not in before and j["kind"] == "run", count=expected)
    assert expected > 0 and len({j["record_id"] for j in children}) == expected
    # the idempotency key is per ISO week: running it again returns the same fan-out job
    code, execution, out = n8n.execute("ogaWeeklyStatus")
    assert code == 0, out
    [again] = _last_node_json(execution, out)["jobs"]
    assert again["id"] == fan_out["id"] and again["duplicate"] is True


def test_a_wrong_webhook_secret_is_refused(n8n: N8n, service: Service) -> None:
    """The signature is really checked: the same workflow with another secret fails with 401, queues nothing."""
    before = {j["id"] for j in service.jobs()}
    n8n.credentials("not-the-service-secret", service.key)
    try:
        code, execution, out = n8n.execute("ogaSignedWebhook")
    finally:
        n8n.credentials(SECRET, service.key)
    assert code != 0 or (execution is not None and execution["status"] != "success"), out
    assert "401" in out or "Authorization failed" in out, out
    assert not [j for j in service.jobs() if j["id"] not in before]
