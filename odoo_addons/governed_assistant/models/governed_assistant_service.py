# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
"""Client of the governed assistant service: every call from Odoo to the service goes through here.

The service answers at once (it queues one durable job per record and lands its result later as an "AI review"
activity), so calls are short: a connect timeout of a few seconds, never model time. Nothing here writes
business data: the module only reads the records it is asked about and sends their ids.
"""

# self.env._ (pylint-odoo's advice for Odoo 18) does not exist on Odoo 17, which this module also supports.
# pylint: disable=prefer-env-translation

import hashlib
import hmac
import json
import logging
import time

import requests

from odoo import _, api, fields, models
from odoo.exceptions import UserError
from odoo.tools import split_every

_logger = logging.getLogger(__name__)

PARAM_URL = "governed_assistant.service_url"
PARAM_KEY = "governed_assistant.service_key"
# Optional (System Parameters only): the service's webhook secret. When set, the invoice-posted webhook is
# signed with it instead of carrying the service key (for a service that authenticates webhooks by signature
# only).
PARAM_WEBHOOK_SECRET = "governed_assistant.webhook_secret"
TIMEOUT = (3.05, 10)  # (connect, read) seconds: the service only queues jobs
BATCH_SIZE = 200  # ids per request (the API accepts up to 500)
QUEUE_KEY = "governed_assistant.queue"
PROBE_TASKS = ("project_status", "dispute_email")  # "Test connection": a manager and a finance task

# Odoo model -> the service's task for "Ask the assistant" (account.move is planned per record below).
TASKS = {
    "project.project": "project_status",
    "project.task": "approval_change_request",
    "sale.order": "approval_sale_order",
    "hr.expense.sheet": "approval_expense_report",
    "approval.request": "approval_request",
}


class GovernedAssistantService(models.AbstractModel):
    _name = "governed.assistant.service"
    _description = "Governed Assistant service client"

    # -- configuration -------------------------------------------------------------------------------------
    @api.model
    def _config(self):
        """URL, service key and optional webhook secret from the system parameters (administrators only)."""
        params = self.env["ir.config_parameter"].sudo()
        url = (params.get_param(PARAM_URL) or "").strip().rstrip("/")
        key = (params.get_param(PARAM_KEY) or "").strip()
        if not url or not key:
            raise UserError(
                _(
                    "The assistant is not configured: an administrator sets the service URL and the "
                    "service key in Settings > Governed Assistant."
                )
            )
        return {
            "url": url,
            "key": key,
            "secret": (params.get_param(PARAM_WEBHOOK_SECRET) or "").strip(),
        }

    # -- HTTP ----------------------------------------------------------------------------------------------
    @api.model
    def _headers(self, config, body=None):
        """The service key; for a webhook ``body`` when a webhook secret is set, a signature instead (one
        authentication method per request)."""
        headers = {"Content-Type": "application/json", "User-Agent": "odoo-governed-assistant"}
        if body is not None and config.get("secret"):
            timestamp = str(int(time.time()))
            mac = hmac.new(
                config["secret"].encode(), timestamp.encode() + b"." + body, hashlib.sha256
            ).hexdigest()
            headers["X-Assistant-Timestamp"] = timestamp
            headers["X-Assistant-Signature"] = "sha256=%s" % mac
        else:
            headers["Authorization"] = "Bearer %s" % config["key"]
        return headers

    @api.model
    def _detail(self, response):
        try:
            detail = response.json().get("detail")
        except ValueError:
            detail = None
        if not isinstance(detail, str):
            detail = response.text or response.reason or ""
        return detail[:300]

    @api.model
    def _post(self, config, path, payload, signed=False):
        """POST JSON to the service; returns the decoded answer or raises a clear UserError."""
        body = json.dumps(payload, separators=(",", ":")).encode()
        url = config["url"] + path
        try:
            response = requests.post(
                url,
                data=body,
                headers=self._headers(config, body if signed else None),
                timeout=TIMEOUT,
            )
        except requests.RequestException as exc:
            raise UserError(
                _(
                    "The assistant service at %(url)s cannot be reached (%(error)s). Nothing was sent; "
                    "try again later or ask an administrator to check the service.",
                    url=config["url"],
                    error=type(exc).__name__,
                )
            ) from exc
        if response.status_code in (401, 403):
            raise UserError(
                _(
                    "The assistant service refused the service key (HTTP %(status)s: %(detail)s). "
                    "An administrator checks the key in Settings > Governed Assistant.",
                    status=response.status_code,
                    detail=self._detail(response),
                )
            )
        if response.status_code >= 400:
            raise UserError(
                _(
                    "The assistant service answered HTTP %(status)s: %(detail)s",
                    status=response.status_code,
                    detail=self._detail(response),
                )
            )
        try:
            return response.json()
        except ValueError:
            return {}

    @api.model
    def _run_task(self, config, task, ids):
        """Queue ``task`` on ``ids`` (batched); returns the number of jobs the service queued."""
        jobs = 0
        for chunk in split_every(BATCH_SIZE, list(ids)):
            answer = self._post(config, "/api/v1/tasks/%s/runs" % task, {"ids": list(chunk)})
            jobs += len(answer.get("jobs") or [])
        return jobs

    @api.model
    def _send_webhook(self, config, event, payload):
        answer = self._post(config, "/api/v1/webhooks/odoo/%s" % event, payload, signed=True)
        return sum(1 for route in answer.get("routes") or [] if route.get("job"))

    # -- what to ask for -----------------------------------------------------------------------------------
    @api.model
    def _customer_emails(self, moves):
        """The newest message from outside (a customer, or no author) on each of ``moves``."""
        messages = self.env["mail.message"]
        for move in moves:
            messages |= messages.search(
                [
                    ("model", "=", move._name),
                    ("res_id", "=", move.id),
                    ("message_type", "in", ("email", "comment")),
                    "|",
                    ("author_id", "=", False),
                    ("author_id.partner_share", "=", True),
                ],
                order="id desc",
                limit=1,
            )
        return messages

    @api.model
    def _plan(self, records):
        """The task runs for ``records``: a list of (task, ids)."""
        if records._name in TASKS:
            return [(TASKS[records._name], records.ids)]
        if records._name == "account.move":
            plan = []
            credit_notes = records.filtered(lambda move: move.move_type == "out_refund")
            if credit_notes:
                plan.append(("approval_credit_note", credit_notes.ids))
            invoices = records.filtered(lambda move: move.move_type == "out_invoice")
            emails = self._customer_emails(invoices)
            if emails:
                plan.append(("dispute_email", emails.ids))
            return plan
        raise UserError(
            _("The assistant has no review for %(model)s records.", model=records._description)
        )

    # -- the server action "Ask the assistant" -------------------------------------------------------------
    @api.model
    def request_review(self, records):
        """Send the selected records to the service; returns a notification saying what was queued."""
        if not records:
            raise UserError(_("Select at least one record to ask the assistant about."))
        plan = self._plan(records)
        if not plan:
            raise UserError(
                _(
                    "Nothing to ask the assistant about: it reviews customer credit notes and customer "
                    "e-mails on customer invoices, and none of the selected entries has either."
                )
            )
        config = self._config()
        jobs = sum(self._run_task(config, task, ids) for task, ids in plan)
        return {
            "type": "ir.actions.client",
            "tag": "display_notification",
            "params": {
                "title": _("Asked the assistant"),
                "message": _(
                    "%(jobs)s review(s) queued. Each result arrives as an \"AI review\" activity on its "
                    "record; accept it by marking it done, reject it by cancelling it.",
                    jobs=jobs,
                ),
                "type": "success",
                "sticky": False,
            },
        }

    # -- automation rules: sent after the transaction commits ----------------------------------------------
    @api.model
    def _defer(self, target, items, limit=None):
        """Queue calls for after the commit (the service then reads committed data; nothing is sent for a
        rolled-back change); one request per target and batch, whatever the number of rule runs; at most
        ``limit`` items per target and transaction."""
        try:
            config = self._config()
        except UserError:
            _logger.warning("governed_assistant: not configured, %s not sent", target)
            return
        postcommit = self.env.cr.postcommit
        queue = postcommit.data.setdefault(QUEUE_KEY, {})
        if not queue:
            postcommit.add(lambda: self._flush(config, queue))
        bucket = queue.setdefault(target, [])
        for item in items:
            if item not in bucket and (limit is None or len(bucket) < limit):
                bucket.append(item)

    @api.model
    def _flush(self, config, queue):
        """Post-commit: send what the rules queued. Errors are logged, never raised (the change is saved)."""
        for (kind, name), items in queue.items():
            try:
                if kind == "task":
                    jobs = self._run_task(config, name, items)
                else:
                    jobs = sum(self._send_webhook(config, name, payload) for payload in items)
                _logger.info("governed_assistant: %s %s -> %s job(s) queued", kind, name, jobs)
            except UserError as exc:
                _logger.warning("governed_assistant: %s %s not sent: %s", kind, name, exc)
        queue.clear()

    @api.model
    def queue_task(self, task, records):
        """Automation rules: run ``task`` on ``records`` once the transaction is committed."""
        if records:
            self._defer(("task", task), records.ids)

    @api.model
    def queue_project_status(self, records):
        """Project rule: a status summary when the stage or a date changed (not on creation)."""
        if self.env.context.get("old_values") is None:  # base_automation: None on create
            return
        self.queue_task("project_status", records)

    @api.model
    def queue_anomaly_scan(self, records):
        """Invoice rule: the service's ``posted`` webhook. Its incremental anomaly scan picks up every invoice
        changed since the last scan, so one webhook per transaction covers a batch of posted invoices."""
        payloads = [
            {
                "_model": move._name,
                "_id": move.id,
                "_action": "governed_assistant",
                "state": move.state,
                "move_type": move.move_type,
            }
            for move in records
        ]
        if payloads:
            self._defer(("webhook", "posted"), payloads, limit=1)

    @api.model
    def queue_customer_emails(self, records):
        """Inbound e-mail rule: classify the newest customer message of each invoice (``dispute_email``)."""
        emails = self._customer_emails(records)
        if emails:
            self._defer(("task", "dispute_email"), emails.ids)

    # -- scheduled action ----------------------------------------------------------------------------------
    @api.model
    def cron_weekly_status(self):
        """Queue the weekly status fan-out (one job per active project, done by the service)."""
        config = self._config()
        key = "odoo-weekly-status-%s-%s" % (self.env.cr.dbname, fields.Date.to_string(fields.Date.today()))
        answer = self._post(
            config,
            "/api/v1/tasks/project_status/runs",
            {"all_records": True, "idempotency_key": key},
        )
        _logger.info("governed_assistant: weekly status fan-out queued: %s", answer.get("jobs"))
        return True

    # -- settings: "Test connection" -----------------------------------------------------------------------
    @api.model
    def test_connection(self, url, key):
        """Readiness of the service and whether it accepts ``key`` for running tasks; a notification."""
        config = {"url": (url or "").strip().rstrip("/"), "key": (key or "").strip()}
        if not config["url"] or not config["key"]:
            raise UserError(_("Set the service URL and the service key first."))
        try:
            ready = requests.get(config["url"] + "/api/v1/ready", timeout=TIMEOUT)
            # An empty id list is refused (422) only after the key and its role were accepted: no job is
            # made. A project task and a finance task: only the service role may run both.
            probes = [
                requests.post(
                    config["url"] + "/api/v1/tasks/%s/runs" % task,
                    data=b'{"ids":[]}',
                    headers=self._headers(config),
                    timeout=TIMEOUT,
                )
                for task in PROBE_TASKS
            ]
        except requests.RequestException as exc:
            raise UserError(
                _(
                    "The assistant service at %(url)s cannot be reached (%(error)s).",
                    url=config["url"],
                    error=type(exc).__name__,
                )
            ) from exc
        try:
            checks = ready.json().get("checks") or {}
        except ValueError:
            checks = {}
        failing = sorted(name for name, check in checks.items() if not (check or {}).get("ok"))
        statuses = {probe.status_code for probe in probes}
        if 401 in statuses:
            kind, message = "danger", _("The service does not accept this key.")
        elif 403 in statuses:
            kind, message = "danger", _(
                "The key is valid but not a service key: create one with the service role "
                "(assistant apikey create NAME --role service)."
            )
        elif statuses != {422}:
            kind, message = "danger", _(
                "Unexpected answer from the service (HTTP %(status)s): is the URL the service's base URL?",
                status=", ".join(str(code) for code in sorted(statuses - {422})),
            )
        elif ready.status_code != 200:
            kind, message = "warning", _(
                "The key is accepted, but the service is not ready: %(checks)s.",
                checks=", ".join(failing) or _("unknown"),
            )
        else:
            kind, message = "success", _("Connected: the service is ready and accepts the key.")
        return {
            "type": "ir.actions.client",
            "tag": "display_notification",
            "params": {
                "title": _("Governed Assistant"),
                "message": message,
                "type": kind,
                "sticky": kind != "success",
            },
        }
