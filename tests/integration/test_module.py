"""The Odoo module (odoo_addons/governed_assistant) on a real Odoo 17/18, talking to a real `assistant serve`.

Needs ``ASSISTANT_TEST_ODOO_URLS`` (``make test-odoo``): comma- or space-separated servers, each ``URL#DB``
(or ``http://[user:password@]host:port/db``; login ``ASSISTANT_TEST_ODOO_USER`` / ``_PASSWORD``, default
admin / admin; without a database, the server's only one), started with
``ODOO_EXTRA_ADDONS=<repo>/odoo_addons ../shared/tools/real_odoo.sh``. Skips in one line without a reachable
server. For each server the test starts ``assistant serve`` from this checkout (temporary data directory with
its embedded PostgreSQL, the deterministic writer, schedules off, one embedded worker), then: installs the module
through JSON-RPC, configures it, runs "Ask the assistant" on a new project, switches the stage rule on and
changes the project's stage, posts an invoice and a customer e-mail with the invoice rules on, triggers the
weekly cron, and uninstalls. Every record it creates is removed or archived at the end (activities included;
an anomaly scan it triggers may land flags on demo data: those activities are removed too).
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
import time
import uuid
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import httpx
import pytest

from tests.serve import free_port, running_service

REPO = Path(__file__).resolve().parents[2]
MODULE = "governed_assistant"
SECRET = "module-test-webhook-secret"
WAIT = 120.0  # seconds for a job to finish (the worker shares 2 cores with Odoo and PostgreSQL)


@dataclass
class Target:
    url: str
    db: str | None
    user: str = "admin"
    password: str = "admin"

    @property
    def label(self) -> str:
        return f"{self.url}/{self.db or ''}"


def _targets() -> list[Target]:
    """``URL#DB`` entries (the integration suite's format) or ``http://[user:password@]host:port/db``."""
    user = os.environ.get("ASSISTANT_TEST_ODOO_USER", "admin")
    password = os.environ.get("ASSISTANT_TEST_ODOO_PASSWORD", "admin")
    out = []
    for raw in os.environ.get("ASSISTANT_TEST_ODOO_URLS", "").replace(",", " ").split():
        parts = urlsplit(raw if "://" in raw else f"http://{raw}")
        base = f"{parts.scheme}://{parts.hostname}" + (f":{parts.port}" if parts.port else "")
        db = parts.fragment or parts.path.strip("/")
        out.append(Target(base, db or None, parts.username or user, parts.password or password))
    return out


def _reachable(target: Target) -> bool:
    try:
        reply = httpx.post(
            f"{target.url}/jsonrpc",
            json={
                "jsonrpc": "2.0",
                "method": "call",
                "params": {"service": "common", "method": "version", "args": []},
            },
            timeout=3,
        )
        return reply.status_code == 200 and "result" in reply.json()
    except (httpx.HTTPError, ValueError):
        return False


TARGETS = [t for t in _targets() if _reachable(t)]
pytestmark = pytest.mark.skipif(
    not TARGETS, reason="no reachable Odoo in ASSISTANT_TEST_ODOO_URLS (module integration test)"
)


class RpcError(RuntimeError):
    def __init__(self, error: dict[str, Any]) -> None:
        data = error.get("data") or {}
        self.name = str(data.get("name", ""))
        self.message = str(data.get("message") or error.get("message"))
        super().__init__(f"{self.name}: {self.message}")


@dataclass
class Odoo:
    """Raw JSON-RPC as an administrator (or another user) would call it: no assistant code involved."""

    target: Target
    uid: int = 0
    password: str = ""
    db: str = ""
    version: str = ""
    created: dict[str, list[int]] = field(default_factory=dict)  # test records to remove at the end

    def call(self, service: str, method: str, *args: Any) -> Any:
        reply = httpx.post(
            f"{self.target.url}/jsonrpc",
            json={
                "jsonrpc": "2.0",
                "method": "call",
                "params": {"service": service, "method": method, "args": args},
            },
            timeout=600,
        ).json()
        if "error" in reply:
            raise RpcError(reply["error"])
        return reply.get("result")

    def login(self) -> Odoo:
        self.db = self.target.db or self.call("db", "list")[0]
        self.version = str(self.call("common", "version")["server_version"])
        self.password = self.target.password
        self.uid = int(self.call("common", "login", self.db, self.target.user, self.password))
        return self

    def as_user(self, uid: int, password: str) -> Odoo:
        return Odoo(self.target, uid, password, self.db, self.version)

    def __call__(self, model: str, method: str, *args: Any, **kwargs: Any) -> Any:
        return self.call(
            "object", "execute_kw", self.db, self.uid, self.password, model, method, list(args), kwargs
        )

    def ref(self, xmlid: str) -> int | None:
        module, name = xmlid.split(".")
        rows = self(
            "ir.model.data", "search_read", [["module", "=", module], ["name", "=", name]], fields=["res_id"]
        )
        return int(rows[0]["res_id"]) if rows else None

    def server_now(self) -> str:
        """The server's clock as Odoo stores it (UTC 'YYYY-MM-DD HH:MM:SS'): a lower bound for create_date."""
        return time.strftime("%Y-%m-%d %H:%M:%S", time.gmtime(time.time() - 2))


@dataclass
class Service:
    url: str
    key: str
    manager_key: str = ""  # a valid key of another role (may run project tasks, not finance ones)

    def jobs(self, **params: Any) -> list[dict[str, Any]]:
        reply = httpx.get(
            f"{self.url}/api/v1/jobs",
            params={"limit": 200, **params},
            headers={"Authorization": f"Bearer {self.key}"},
            timeout=10,
        )
        reply.raise_for_status()
        return list(reply.json()["items"])

    def wait_for(self, match: Any, timeout: float = WAIT, finished: bool = True) -> dict[str, Any]:
        """The newest job matching ``match`` (a predicate), once it exists (and finished, if asked)."""
        deadline = time.monotonic() + timeout
        last: list[dict[str, Any]] = []
        while time.monotonic() < deadline:
            last = [j for j in self.jobs() if match(j)]
            if last and (not finished or last[0]["status"] in ("done", "failed")):
                return last[0]
            time.sleep(1)
        raise AssertionError(
            f"no {'finished ' if finished else ''}job matched in {timeout:.0f} s; last: {last[:2]}"
        )


@pytest.fixture(scope="module", params=TARGETS, ids=[t.label for t in TARGETS])
def odoo(request: pytest.FixtureRequest) -> Odoo:
    client = Odoo(request.param).login()
    client("ir.module.module", "update_list")
    if not client("ir.module.module", "search", [["name", "=", MODULE]]):
        pytest.skip(f"{client.target.label}: started without ODOO_EXTRA_ADDONS={REPO / 'odoo_addons'}")
    return client


@pytest.fixture(scope="module")
def service(odoo: Odoo) -> Iterator[Service]:
    """`assistant serve` from this checkout against the Odoo under test (started and stopped here)."""
    # not under pytest's 0700 tree: the embedded PostgreSQL runs as its own system user when we are root
    data = Path(tempfile.mkdtemp(prefix="oga-module-"))
    env = {k: v for k, v in os.environ.items() if not k.startswith("ASSISTANT_")}
    env.update(
        PYTHONPATH=str(REPO),
        ASSISTANT_DB__DATA_DIR=str(data),
        ASSISTANT_ODOO__URL=odoo.target.url,
        ASSISTANT_ODOO__DB=odoo.db,
        ASSISTANT_ODOO__USER=odoo.target.user,
        ASSISTANT_ODOO__PASSWORD=odoo.target.password,
        ASSISTANT_LLM__PROVIDER="rules",
        ASSISTANT_SERVICE__WEBHOOK_SECRET=SECRET,
        ASSISTANT_SCHEDULES__ANOMALY_SCAN="",
        ASSISTANT_SCHEDULES__STATUS_SUMMARIES="",
        ASSISTANT_SCHEDULES__REVIEW_SYNC="",
    )
    cli = [sys.executable, "-c", "from assistant.cli import main; main()"]
    keys = {}
    for role in ("service", "manager"):
        made = subprocess.run(
            [*cli, "apikey", "create", f"odoo-module-test-{role}", "--role", role],
            cwd=REPO,
            env=env,
            capture_output=True,
            text=True,
            timeout=300,
        )
        assert made.returncode == 0, made.stdout + made.stderr
        keys[role] = made.stdout.split()[-1]
        assert keys[role].startswith("oga_")
    try:
        with running_service(cli, env, data) as url:
            yield Service(url, keys["service"], keys["manager"])
    finally:
        shutil.rmtree(data, ignore_errors=True)


@pytest.fixture(scope="module")
def installed(odoo: Odoo, service: Service) -> Iterator[Odoo]:
    """The module installed and configured (by the settings screen's own create + execute)."""
    [mod] = odoo("ir.module.module", "search_read", [["name", "=", MODULE]], fields=["state"])
    if mod["state"] != "installed":
        odoo("ir.module.module", "button_immediate_install", [mod["id"]])
    settings = odoo(
        "res.config.settings",
        "create",
        {"governed_assistant_service_url": service.url, "governed_assistant_service_key": service.key},
    )
    odoo("res.config.settings", "execute", [settings])
    # The invoice rule's webhook carries the service key; a service that authenticates webhooks by signature
    # only refuses the key (401 before reading the body; a service taking keys answers 422 to this empty body):
    # then the optional parameter makes the module sign instead.
    probe = httpx.post(
        f"{service.url}/api/v1/webhooks/odoo/posted",
        content=b"{}",
        headers={"Authorization": f"Bearer {service.key}", "Content-Type": "application/json"},
        timeout=10,
    )
    if probe.status_code == 401:
        odoo("ir.config_parameter", "set_param", "governed_assistant.webhook_secret", SECRET)
    created: dict[str, list[int]] = {
        "project.project": [],
        "res.users": [],
        "account.move": [],
        "res.partner": [],
    }
    odoo.created = created
    yield odoo
    _cleanup(odoo, created)


def _cleanup(odoo: Odoo, created: dict[str, list[int]]) -> None:
    for move in created["account.move"]:
        acts = odoo("mail.activity", "search", [["res_model", "=", "account.move"], ["res_id", "=", move]])
        if acts:
            odoo("mail.activity", "unlink", acts)
        try:
            odoo("account.move", "button_draft", [move])
            odoo("account.move", "button_cancel", [move])
        except RpcError:
            pass
    if created["project.project"]:
        odoo("project.project", "unlink", created["project.project"])
    for model in ("res.users", "res.partner"):
        if created[model]:
            odoo(model, "write", created[model], {"active": False})


def _run_action(odoo: Odoo, xmlid: str, model: str, ids: list[int]) -> Any:
    action = odoo.ref(xmlid)
    assert action, f"{xmlid} missing"
    return odoo(
        "ir.actions.server",
        "run",
        [action],
        context={"active_model": model, "active_ids": ids, "active_id": ids[0]},
    )


def _new_project(odoo: Odoo) -> int:
    tag = uuid.uuid4().hex[:8]
    project = int(odoo("project.project", "create", {"name": f"Module check {tag}"}))
    odoo.created["project.project"].append(project)
    odoo("project.task", "create", {"name": f"Kick-off {tag}", "project_id": project})
    return project


def _ai_review_type(odoo: Odoo) -> int:
    type_id = odoo.ref(f"{MODULE}.mail_activity_type_ai_review")
    assert type_id, "the module's AI review activity type is missing"
    return type_id


def test_install_makes_the_ai_review_type_findable_and_binds_the_actions(installed: Odoo) -> None:
    odoo = installed
    type_id = _ai_review_type(odoo)
    [activity_type] = odoo("mail.activity.type", "read", [type_id], ["name"])
    assert activity_type["name"] == "AI review"
    assert (
        odoo.ref("odoo_governed_assistant.mail_activity_type_ai_review") == type_id
    )  # what the service reads
    bound = {
        a["model_name"]
        for a in odoo(
            "ir.actions.server", "search_read", [["name", "=", "Ask the assistant"]], fields=["model_name"]
        )
    }
    expected = {"project.project", "project.task", "account.move"}
    for module, model in (("sale", "sale.order"), ("hr_expense", "hr.expense.sheet")):
        if odoo("ir.module.module", "search_count", [["name", "=", module], ["state", "=", "installed"]]):
            expected.add(model)  # the auto-installed governed_assistant_<module> part
    assert expected <= bound
    rules = odoo(
        "base.automation",
        "search_read",
        [["name", "=like", "Assistant:%"], ["active", "in", [True, False]]],
        fields=["active"],
    )
    assert len(rules) == 3 and not any(r["active"] for r in rules)
    [cron] = odoo("ir.cron", "read", [odoo.ref(f"{MODULE}.cron_weekly_status")], ["active", "interval_type"])
    assert cron["active"] is False and cron["interval_type"] == "weeks"


def test_test_connection_reports_ready_and_a_refused_key(installed: Odoo, service: Service) -> None:
    odoo = installed

    def press(key: str, url: str = service.url) -> Any:
        record = odoo(
            "res.config.settings",
            "create",
            {"governed_assistant_service_url": url, "governed_assistant_service_key": key},
        )
        return odoo("res.config.settings", "action_governed_assistant_test_connection", [record])

    ok = press(service.key)["params"]
    assert ok["type"] == "success", ok
    refused = press("oga_00000000_not-a-key")["params"]
    assert refused["type"] == "danger" and "does not accept" in refused["message"]
    other_role = press(service.manager_key)["params"]
    assert other_role["type"] == "danger" and "not a service key" in other_role["message"]
    with pytest.raises(RpcError, match="cannot be reached"):
        press(service.key, url=f"http://127.0.0.1:{free_port()}")


def test_ask_the_assistant_lands_an_ai_review_on_the_project(installed: Odoo, service: Service) -> None:
    odoo = installed
    project = _new_project(odoo)
    answer = _run_action(odoo, f"{MODULE}.action_request_review", "project.project", [project])
    assert answer["tag"] == "display_notification" and answer["params"]["type"] == "success"
    job = service.wait_for(lambda j: j["task"] == "project_status" and j["record_id"] == project)
    assert job["status"] == "done" and job["source"] == "api", job
    assert job["activity_id"], job
    [activity] = odoo(
        "mail.activity", "read", [job["activity_id"]], ["res_model", "res_id", "activity_type_id", "summary"]
    )
    assert (activity["res_model"], activity["res_id"]) == ("project.project", project)
    assert activity["activity_type_id"][0] == _ai_review_type(odoo)


def test_ask_the_assistant_says_clearly_when_the_service_is_down(installed: Odoo) -> None:
    odoo = installed
    project = _new_project(odoo)
    url = odoo("ir.config_parameter", "get_param", "governed_assistant.service_url")
    odoo(
        "ir.config_parameter",
        "set_param",
        "governed_assistant.service_url",
        f"http://127.0.0.1:{free_port()}",
    )
    try:
        with pytest.raises(RpcError, match="cannot be reached") as err:
            _run_action(odoo, f"{MODULE}.action_request_review", "project.project", [project])
        assert err.value.name.endswith("UserError")
    finally:
        odoo("ir.config_parameter", "set_param", "governed_assistant.service_url", url)


def test_stage_rule_lands_an_ai_review_when_the_stage_changes(installed: Odoo, service: Service) -> None:
    odoo = installed
    project = _new_project(odoo)
    # a project manager who may set stages (the stage field is restricted to the project-stages group)
    groups = [
        odoo.ref(x)
        for x in ("base.group_user", "project.group_project_manager", "project.group_project_stages")
    ]
    login, password = f"module-check-{uuid.uuid4().hex[:8]}", uuid.uuid4().hex
    user = int(
        odoo(
            "res.users",
            "create",
            {
                "name": "Module Check Manager",
                "login": login,
                "password": password,
                "groups_id": [(6, 0, groups)],
            },
        )
    )
    odoo.created["res.users"].append(user)
    manager = odoo.as_user(user, password)
    stages = odoo("project.project.stage", "search", [], order="sequence, id")
    assert len(stages) >= 2, "the project stages of the demo data are missing"
    rule = odoo.ref(f"{MODULE}.automation_project_status")
    before = {j["id"] for j in service.jobs(task="project_status")}
    odoo("base.automation", "write", [rule], {"active": True})
    try:
        manager("project.project", "write", [project], {"stage_id": stages[1]})
    finally:
        odoo("base.automation", "write", [rule], {"active": False})
    job = service.wait_for(
        lambda j: j["id"] not in before and j["task"] == "project_status" and j["record_id"] == project
    )
    assert job["status"] == "done" and job["activity_id"], job
    [activity] = odoo("mail.activity", "read", [job["activity_id"]], ["res_id", "activity_type_id"])
    assert activity["res_id"] == project and activity["activity_type_id"][0] == _ai_review_type(odoo)
    # creation is not a change: a project created while the rule is on queues nothing
    odoo("base.automation", "write", [rule], {"active": True})
    try:
        quiet = _new_project(odoo)
    finally:
        odoo("base.automation", "write", [rule], {"active": False})
    time.sleep(3)
    assert not [j for j in service.jobs(task="project_status") if j["record_id"] == quiet]


def test_invoice_rules_queue_an_anomaly_scan_and_a_dispute_classification(
    installed: Odoo, service: Service
) -> None:
    odoo = installed
    since = odoo.server_now()
    partner = int(
        odoo(
            "res.partner",
            "create",
            {"name": "Northwind Test Traders", "email": "ap@northwind.invalid", "is_company": True},
        )
    )
    odoo.created["res.partner"].append(partner)
    move = int(
        odoo(
            "account.move",
            "create",
            {
                "move_type": "out_invoice",
                "partner_id": partner,
                "invoice_line_ids": [(0, 0, {"name": "Consulting", "quantity": 2, "price_unit": 150})],
            },
        )
    )
    odoo.created["account.move"].append(move)
    rules = [odoo.ref(f"{MODULE}.automation_invoice_posted"), odoo.ref(f"{MODULE}.automation_invoice_email")]
    odoo("base.automation", "write", rules, {"active": True})
    try:
        odoo("account.move", "action_post", [move])
        odoo(
            "account.move",
            "message_post",
            [move],
            body="Hello, the rate on this invoice is 150 per hour but we agreed 120. Please correct it.",
            subject="Rate on the invoice",
            message_type="email",
            subtype_xmlid="mail.mt_comment",
            author_id=partner,
        )
    finally:
        odoo("base.automation", "write", rules, {"active": False})
    [message_id] = odoo(
        "mail.message",
        "search",
        [["model", "=", "account.move"], ["res_id", "=", move], ["author_id", "=", partner]],
        order="id desc",
        limit=1,
    )
    scan = service.wait_for(
        lambda j: j["kind"] == "scan" and j["event"] == "posted" and j["record_id"] == move, timeout=300
    )
    assert scan["source"] == "webhook", scan
    dispute = service.wait_for(lambda j: j["task"] == "dispute_email" and j["record_id"] == message_id)
    assert dispute["source"] == "api" and dispute["status"] in ("done", "failed"), dispute
    assert dispute["activity_id"], dispute  # the classification, or a "manual review needed" activity
    # "Ask the assistant" on the invoice classifies its newest customer e-mail too
    before = {j["id"] for j in service.jobs(task="dispute_email")}
    answer = _run_action(odoo, f"{MODULE}.action_request_review_invoice", "account.move", [move])
    assert answer["params"]["type"] == "success", answer
    asked = service.wait_for(
        lambda j: j["id"] not in before and j["task"] == "dispute_email" and j["record_id"] == message_id
    )
    assert asked["source"] == "api", asked
    flags = odoo("mail.activity", "search", [["create_date", ">=", since], ["summary", "=like", "Anomaly:%"]])
    if flags:  # the scan ran over the demo data: leave the shared database as it was
        odoo("mail.activity", "unlink", flags)


def test_weekly_cron_queues_one_job_per_active_project(installed: Odoo, service: Service) -> None:
    odoo = installed
    cron = odoo.ref(f"{MODULE}.cron_weekly_status")
    before = {j["id"] for j in service.jobs()}
    odoo("ir.cron", "method_direct_trigger", [cron])
    fan_out = service.wait_for(lambda j: j["id"] not in before and j["kind"] == "fan_out")
    assert fan_out["status"] == "done" and fan_out["task"] == "project_status", fan_out
    active = odoo("project.project", "search_count", [["active", "=", True]])
    children = [j for j in service.jobs() if j["id"] not in before and j["kind"] == "run"]
    assert fan_out["run_status"] == f"{active} jobs"
    assert len({j["record_id"] for j in children}) == active


def test_uninstall_leaves_nothing_but_a_used_activity_type(installed: Odoo) -> None:
    odoo = installed
    type_id = _ai_review_type(odoo)
    [mod] = odoo("ir.module.module", "search_read", [["name", "=", MODULE]], fields=["state"])
    odoo("ir.module.module", "button_immediate_uninstall", [mod["id"]])
    states = odoo("ir.module.module", "search_read", [["name", "=like", f"{MODULE}%"]], fields=["state"])
    assert {s["state"] for s in states} == {"uninstalled"}
    assert not odoo("ir.actions.server", "search", [["name", "=", "Ask the assistant"]])
    assert not odoo(
        "base.automation", "search", [["name", "=like", "Assistant:%"], ["active", "in", [True, False]]]
    )
    assert not odoo("ir.config_parameter", "search", [["key", "=like", "governed_assistant.%"]])
    assert odoo.ref(f"{MODULE}.mail_activity_type_ai_review") is None
    used = odoo("mail.activity", "search_count", [["activity_type_id", "=", type_id]])
    alias = odoo.ref("odoo_governed_assistant.mail_activity_type_ai_review")
    # kept (for the service, with its external id) exactly when activities still use it
    assert (alias == type_id) if used else (alias is None)
    assert bool(odoo("mail.activity.type", "search", [["id", "=", type_id]])) == bool(used)
