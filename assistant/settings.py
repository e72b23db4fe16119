"""Runtime configuration, read from the environment (prefix ``ASSISTANT_``, ``__`` for nesting) and ``.env``.

Nothing is built at import time: call :func:`get_settings` (cached) or build ``Settings()`` explicitly in tests.
Defaults select the offline parts: no ``ASSISTANT_ODOO__URL`` -> the Odoo sandbox, no
``ASSISTANT_LLM__BASE_URL`` -> the deterministic writer (or the packaged local model with ``provider=local``),
no ``ASSISTANT_DB__URL`` -> the embedded PostgreSQL.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path
from typing import Any, Literal

import platformdirs
from pydantic import BaseModel, Field, SecretStr
from pydantic_settings import BaseSettings, SettingsConfigDict

from assistant.anomaly.config import AnomalySettings
from assistant.classifiers._config import DisputeSettings
from assistant.summarizers._approval_config import ApprovalSettings
from redaction.settings import RedactionSettings as RedactionSettings  # the package's own model

APP_NAME = "odoo-governed-assistant"


def default_data_dir() -> Path:
    return Path(platformdirs.user_data_dir(APP_NAME))


class OdooSettings(BaseModel):
    url: str | None = Field(
        None, description="Odoo base URL, e.g. https://erp.example.com. Empty: the sandbox."
    )
    db: str = Field("sandbox", description="Odoo database name.")
    user: str = Field("admin", description="Login of the integration user.")
    password: SecretStr = Field(
        SecretStr("admin"), description="Password or API key of the integration user."
    )
    timeout: float = Field(30.0, description="Seconds per JSON-RPC call.")
    batch_size: int = Field(200, ge=1, description="Records per batched read.")
    activity_type_xmlid: str = Field(
        "odoo_governed_assistant.mail_activity_type_ai_review",
        description="External id of the 'AI review' activity type created by `assistant odoo bootstrap`.",
    )
    activity_deadline_days: int = Field(3, ge=0, description="Days until a review activity is due.")
    fallback_user_id: int | None = Field(None, description="Assignee when a record has no responsible user.")
    finance_user_id: int | None = Field(
        None, description="Assignee for finance activities (disputes, anomalies)."
    )
    sandbox_state: Path | None = Field(
        None, description="Sandbox state file (default: <data dir>/sandbox.json)."
    )


class LLMSettings(BaseModel):
    provider: Literal["auto", "rules", "local", "openai"] = Field(
        "auto",
        description="auto: the endpoint in base_url if set, else the deterministic writer ('rules'). "
        "local: the packaged SmolLM2 on a llama.cpp server started by the service.",
    )
    base_url: str | None = Field(
        None, description="OpenAI-compatible endpoint, e.g. http://localhost:11434/v1."
    )
    model: str = Field("gpt-4o-mini", description="Model name sent to the endpoint.")
    api_key: SecretStr = Field(SecretStr("not-needed"), description="API key for the endpoint.")
    temperature: float = Field(0.0, ge=0.0, le=2.0)
    max_tokens: int = Field(700, ge=16)
    timeout: float = Field(60.0, description="Seconds per request.")
    max_retries: int = Field(2, ge=0, description="Retries on retryable errors (timeouts, 429, 5xx).")
    structured_output: Literal["auto", "json_schema", "json_object", "none"] = Field(
        "auto", description="Strictest structured-output mode to try first; 'auto' negotiates down."
    )
    local_port: int = Field(0, description="Port for the local llama.cpp server (0: a free port).")
    local_ctx: int = Field(4096, ge=512)


class DBSettings(BaseModel):
    url: SecretStr | None = Field(
        None, description="postgresql+psycopg://... with pgvector. Empty: embedded PostgreSQL."
    )
    data_dir: Path | None = Field(None, description="Directory for the embedded PostgreSQL and local state.")
    echo: bool = False


class PipelineSettings(BaseModel):
    manual_review_on_failure: bool = Field(
        True, description="Create a 'manual review needed' activity on failure."
    )


class WebhookRoute(BaseModel):
    """One row of the webhook routing table: (Odoo model, event) -> task, optionally only when fields match."""

    model: str = Field(description="Odoo model in the payload's `_model`, e.g. project.project.")
    event: str = Field(description="Event name in the webhook URL (/api/v1/webhooks/odoo/{event}).")
    task: str = Field(
        description="Task name (see `assistant tasks`) or `anomaly_scan` (the anomaly scan entry point)."
    )
    when: dict[str, str | int | bool] = Field(
        default_factory=dict,
        description="Only when these payload fields have these values, e.g. {state: posted}.",
    )
    id_field: str = Field(
        default="_id",
        description="Payload field holding the record id the task runs on; "
        "for a list of ids (e.g. message_ids, newest first) the first one.",
    )
    all_records: bool = Field(
        default=False,
        description="Run the task on every eligible record (for Odoo "
        "scheduled actions, which post no record: `_id` is false); at most once a day.",
    )


def default_routes() -> list[WebhookRoute]:
    return [
        WebhookRoute(model="project.project", event="stage_changed", task="project_status"),
        WebhookRoute(model="project.project", event="updated", task="project_status"),
        WebhookRoute(model="project.project", event="weekly_status", task="project_status", all_records=True),
        WebhookRoute(model="account.move", event="posted", task="anomaly_scan", when={"state": "posted"}),
        WebhookRoute(model="mail.message", event="email_received", task="dispute_email"),
        WebhookRoute(
            model="account.move", event="message_received", task="dispute_email", id_field="message_ids"
        ),
    ]


class ServiceSettings(BaseModel):
    """The HTTP API, webhooks and durable jobs (``assistant serve`` / ``assistant worker``)."""

    host: str = Field("127.0.0.1", description="Address `assistant serve` binds to.")
    port: int = Field(8000, ge=0, le=65535)
    webhook_secret: SecretStr | None = Field(
        None,
        description="Shared secret for HMAC-SHA256 webhook signatures. Unset: signed webhooks are refused.",
    )
    odoo_webhook_token: SecretStr | None = Field(
        None,
        description="Opt-in token for Odoo's native 'Send Webhook Notification' (it cannot sign): "
        "passed as ?token=, with write_date in the payload as the timestamp.",
    )
    webhook_tolerance_seconds: int = Field(300, ge=10, description="Replay window for webhook timestamps.")
    max_body_bytes: int = Field(256 * 1024, ge=1024, description="Largest request body accepted.")
    routes: list[WebhookRoute] = Field(default_factory=default_routes, description="Webhook routing table.")
    dedupe_seconds: int = Field(
        86_400, ge=0, description="Identical webhook deliveries within this window are one job."
    )
    cors_origins: list[str] = Field(
        default_factory=list, description="Allowed CORS origins (empty: CORS closed)."
    )
    job_max_attempts: int = Field(
        8,
        ge=1,
        le=50,
        description="Attempts per job before it fails for good "
        "(with the default delays: about 20 minutes of outage).",
    )
    retry_base_seconds: float = Field(10.0, ge=0, description="First retry delay; doubles each attempt.")
    retry_max_seconds: float = Field(600.0, ge=0, description="Cap on one retry delay.")
    worker_concurrency: int = Field(1, ge=1, le=32, description="Jobs one worker process runs at once.")
    embedded_workers: int = Field(
        1, ge=0, le=8, description="Workers `assistant serve` runs in-process (0: none)."
    )
    wait_max_seconds: float = Field(60.0, ge=0, description="Longest a trigger call may wait for its jobs.")
    session_hours: float = Field(8.0, gt=0, description="UI session lifetime.")
    cookie_secure: bool = Field(False, description="Mark the UI session cookie Secure (set behind HTTPS).")


class ScheduleSettings(BaseModel):
    """Periodic jobs (cron expressions, UTC), deferred by the workers; empty string disables one."""

    anomaly_scan: str = Field("0 2 * * *", description="Anomaly scan, nightly.")
    status_summaries: str = Field("0 6 * * 1", description="Status summary per active project, weekly.")
    review_sync: str = Field("*/5 * * * *", description="Review-feedback sync from Odoo.")
    tasks: dict[str, str] = Field(
        default_factory=dict,
        description="Crons of schedules that tasks declare (Task.schedule) beyond the fields above.",
    )

    def cron(self, name: str) -> str:
        """The cron of a named schedule ('' when none is set: the schedule is off)."""
        value = getattr(self, name, None)
        return value if isinstance(value, str) else self.tasks.get(name, "")


class LogSettings(BaseModel):
    """Tamper evidence of the prompt log, reviews and access audit (``assistant log verify``)."""

    checkpoint_key: SecretStr | None = Field(
        None,
        description="Ed25519 private key, base64 of 32 bytes (`assistant log keygen`): signs every new log "
        "row and the checkpoints. Unset: hash chains only (the database alone is trusted).",
    )
    public_key: str | None = Field(
        None,
        description="The matching Ed25519 public key (base64): lets an auditor verify rows and checkpoints "
        "without the private key.",
    )
    checkpoint_path: Path | None = Field(
        None,
        description="Append-only JSON Lines file of signed checkpoints, on storage the database "
        "administrator does not control (default: <data dir>/log-checkpoints.jsonl).",
    )
    instance: str | None = Field(
        None, description="Name of this deployment in checkpoints (default: normalised Odoo URL + database)."
    )
    odoo_anchor: str | None = Field(
        None,
        description="Odoo record whose chatter receives checkpoints as internal notes, as model:id "
        "(e.g. res.partner:1). Unset: no Odoo anchor.",
    )
    odoo_every_minutes: int = Field(
        60, ge=1, description="Least time between two checkpoint notes in Odoo from the service's schedule."
    )


class Settings(BaseSettings):
    model_config = SettingsConfigDict(
        env_prefix="ASSISTANT_",
        env_nested_delimiter="__",
        env_file=".env",
        env_file_encoding="utf-8",
        extra="ignore",
    )

    odoo: OdooSettings = Field(default_factory=OdooSettings)
    llm: LLMSettings = Field(default_factory=LLMSettings)
    db: DBSettings = Field(default_factory=DBSettings)
    redaction: RedactionSettings = Field(default_factory=RedactionSettings)
    pipeline: PipelineSettings = Field(default_factory=PipelineSettings)
    service: ServiceSettings = Field(default_factory=ServiceSettings)
    schedules: ScheduleSettings = Field(default_factory=ScheduleSettings)
    log: LogSettings = Field(default_factory=LogSettings)  # ASSISTANT_LOG__...
    anomaly: AnomalySettings = Field(default_factory=AnomalySettings)  # ASSISTANT_ANOMALY__
    disputes: DisputeSettings = Field(default_factory=DisputeSettings)  # ASSISTANT_DISPUTES__...
    approvals: ApprovalSettings = Field(default_factory=ApprovalSettings)  # ASSISTANT_APPROVALS__...
    # settings of any other task, declared by the task itself (Task.config): ASSISTANT_TASKS__<NAME>__<FIELD>;
    # read and validated by TaskContext.config(), so a new task never edits this file
    tasks: dict[str, dict[str, Any]] = Field(
        default_factory=dict, description="Per-task settings for tasks that declare a config model."
    )

    @property
    def data_dir(self) -> Path:
        return self.db.data_dir or default_data_dir()

    @property
    def uses_sandbox(self) -> bool:
        return not self.odoo.url


@lru_cache(maxsize=1)
def get_settings() -> Settings:
    return Settings()
