"""Request and response models of the HTTP API (they are the OpenAPI schema)."""

from __future__ import annotations

from datetime import datetime
from typing import Annotated, Any, Literal

from pydantic import BaseModel, BeforeValidator, ConfigDict, Field, model_validator

from assistant.jobs.models import ServiceJob

MAX_IDS = 500
MAX_RECORD_ID = 2_147_483_647  # Odoo ids are PostgreSQL integers


class Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", strict=True)


def json_int(value: object) -> object:
    """JSON Schema integers: 7 and 7.0 (not "7", not true)."""
    if isinstance(value, float) and value.is_integer():
        return int(value)
    if isinstance(value, bool) or not isinstance(value, int):
        raise ValueError("expected an integer")
    return value


RecordId = Annotated[int, Field(ge=1, le=MAX_RECORD_ID), BeforeValidator(json_int)]


def odoo_id(value: object) -> object:
    """Odoo's ``_id``: a positive record id, or false/null when a scheduled action has no record."""
    if value is False or value is None:
        return None
    number = json_int(value)
    if not isinstance(number, int) or not 1 <= number <= MAX_RECORD_ID:
        raise ValueError("record ids are positive 32-bit integers")
    return number


class _RunOptions(Strict):
    wait: bool = Field(
        False, description="Wait for the jobs to finish (at most wait_seconds) before answering."
    )
    wait_seconds: float = Field(
        30.0,
        ge=0,
        le=120,
        description="Longest wait when `wait` is true (the server also caps it: service.wait_max_seconds).",
    )
    idempotency_key: str | None = Field(
        None,
        min_length=1,
        max_length=128,
        pattern=r"^[\w.:-]+$",
        description="Repeating a request with the same key returns the same jobs.",
    )


class RunIds(_RunOptions):
    """Run a task on these records (1-500 distinct ids): one job per record."""

    ids: list[RecordId] = Field(
        min_length=1,
        max_length=MAX_IDS,
        json_schema_extra={"uniqueItems": True},
        description="Odoo record ids.",
    )

    @model_validator(mode="after")
    def _distinct(self) -> RunIds:
        if len(set(self.ids)) != len(self.ids):
            raise ValueError("duplicate ids")
        return self


class RunAll(_RunOptions):
    """Run a task on every eligible record (one fan-out job that queues one job per record)."""

    all_records: Literal[True] = Field(description="Every eligible record.")


RunRequest = RunIds | RunAll


class JobOut(BaseModel):
    id: str
    kind: str
    task: str
    odoo_instance: str = Field("", description="The Odoo instance the job reads from (host[:port]/db).")
    odoo_model: str
    record_id: int | None
    source: str
    event: str
    status: Literal["queued", "running", "retrying", "done", "failed"]
    attempts: int
    run_id: str | None
    run_status: str | None = Field(description="Pipeline outcome: ok, fallback, unchanged, failed, blocked.")
    activity_id: int | None
    error_class: str | None
    error_message: str | None
    created_at: datetime
    updated_at: datetime
    finished_at: datetime | None
    duplicate: bool = Field(
        False, description="This request repeated an earlier one; this is the earlier job."
    )

    @classmethod
    def of(cls, job: ServiceJob, duplicate: bool = False) -> JobOut:
        return cls(
            id=job.id,
            kind=job.kind,
            task=job.task,
            odoo_instance=job.odoo_instance,
            odoo_model=job.odoo_model,
            record_id=job.record_id,
            source=job.source,
            event=job.event,
            status=job.status,
            attempts=job.attempts,
            run_id=job.run_id,
            run_status=job.run_status,
            activity_id=job.activity_id,
            error_class=job.error_class,
            error_message=job.error_message,
            created_at=job.created_at,
            updated_at=job.updated_at,
            finished_at=job.finished_at,
            duplicate=duplicate,
        )


class RunsOut(BaseModel):
    jobs: list[JobOut]
    finished: bool = Field(description="Every job reached done or failed.")


class JobPage(BaseModel):
    items: list[JobOut]


class OdooWebhook(BaseModel):
    """What Odoo 17/18 "Send Webhook Notification" posts: ``_model``, ``_id``, ``_action`` + chosen fields."""

    model_config = ConfigDict(extra="allow", strict=True, populate_by_name=False)

    model: str = Field(
        alias="_model", min_length=1, max_length=64, pattern=r"^[a-z][a-z0-9_]*(\.[a-z0-9_]+)+$"
    )
    id: Annotated[int | None, BeforeValidator(odoo_id)] = Field(
        alias="_id",
        description="Record id; false (no record) from a scheduled action, for all_records routes",
    )
    action: str | None = Field(None, alias="_action", max_length=300)

    @model_validator(mode="after")
    def _bounded(self) -> OdooWebhook:
        if len(self.model_extra or {}) > 200:
            raise ValueError("too many fields (at most 200)")
        return self

    def field(self, name: str) -> Any:
        if name == "_id":
            return self.id
        if name == "_model":
            return self.model
        return (self.model_extra or {}).get(name)


class RouteOutcome(BaseModel):
    task: str
    job: JobOut | None = None
    skipped: str | None = Field(default=None, description="Why this route did not queue a job.")


class WebhookOut(BaseModel):
    event: str
    model: str
    record_id: int | None
    routes: list[RouteOutcome]


class ReviewOut(BaseModel):
    decision: str
    reviewer: str
    feedback: str
    decided_at: datetime
    source: str


class LogRowOut(BaseModel):
    id: int
    run_id: str
    created_at: datetime
    task: str
    prompt_version: str
    model: str
    decided_by: str
    odoo_instance: str = Field(description="The Odoo instance the run read from (host[:port]/db).")
    odoo_model: str
    odoo_id: int
    status: str
    error_class: str | None
    tokens_in: int
    tokens_out: int
    latency_ms: float
    activity_id: int | None
    decision: str = Field(description="Latest reviewer decision: accepted, rejected, edited or pending.")


class LogPage(BaseModel):
    total: int
    limit: int
    offset: int
    items: list[LogRowOut]


class LogDetailOut(LogRowOut):
    prompt_name: str
    model_params: dict[str, Any]
    record_write_date: str | None
    system_prompt: str
    user_prompt: str
    raw_output: str | None
    parsed_output: dict[str, Any] | None
    check_results: list[dict[str, Any]]
    redaction_report: dict[str, Any]
    error_message: str | None
    prev_hash: str
    row_hash: str
    chain_link_ok: bool = Field(description="This row's hash and its link to the previous row check out.")
    reviews: list[ReviewOut]


class VerifyOut(BaseModel):
    ok: bool
    rows: int
    first_broken_id: int | None
    first_broken_run_id: str | None
    reason: str


class AcceptanceRow(BaseModel):
    task: str
    runs: int = Field(description="Runs that landed an activity.")
    accepted: int
    rejected: int
    edited: int = Field(description="Still open, changed by a reviewer.")
    pending: int
    acceptance_rate: float | None = Field(
        description="accepted / (accepted + rejected); null without decisions."
    )


class AcceptanceOut(BaseModel):
    items: list[AcceptanceRow]


class DashboardOut(BaseModel):
    days: int
    runs_per_day: list[dict[str, Any]]
    failures_by_class: list[dict[str, Any]]
    latency: list[dict[str, Any]]
    tokens_per_day: list[dict[str, Any]]
    acceptance: list[AcceptanceRow]


class SyncOut(BaseModel):
    checked: int
    accepted: int
    rejected: int
    edited: int
    open: int
    errors: list[str]


class HealthOut(BaseModel):
    status: Literal["ok"]
    uptime_seconds: float


class CheckOut(BaseModel):
    ok: bool
    detail: str
    heartbeat_age_seconds: Annotated[
        float | None,
        Field(description="Workers only: seconds since the youngest worker last reached the database."),
    ] = None


class ReadyOut(BaseModel):
    ready: bool
    checks: dict[str, CheckOut]


class TaskOut(BaseModel):
    name: str
    title: str
    odoo_model: str
    prompt_version: str
    route: str


class AuditRow(BaseModel):
    id: int
    actor: str
    action: str
    target: str
    at: datetime
