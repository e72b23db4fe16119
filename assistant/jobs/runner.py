"""What a worker does for one job: run one task on one record through the one pipeline.

Resources (database engine, Odoo session per thread, LLM backend) are built once per worker process and
reused across jobs. Retry policy: a retryable error (Odoo or model unreachable, timeouts, 5xx, rate limits)
raises so the job engine tries again with backoff; on the last attempt the pipeline runs normally, so the
failure is logged and lands as a "manual review needed" activity. Non-retryable errors fail at once.
"""

from __future__ import annotations

import logging
import threading
from contextlib import ExitStack
from typing import Any

import httpx

from assistant import runtime
from assistant.errors import AssistantError, InputError, OdooError
from assistant.jobs.models import JobStore, ServiceJob
from assistant.llm import Backend
from assistant.odoo import OdooGateway, connect, instance_of
from assistant.pipeline import Pipeline, RunResult
from assistant.settings import Settings
from assistant.tasks import get_task

log = logging.getLogger("assistant.jobs")


class RetryLater(AssistantError):
    """Raised to the job engine: this attempt failed for a reason that may pass (always retryable)."""

    retryable = True

    def __init__(self, message: str, error_class: str) -> None:
        super().__init__(message)
        self.cause_class = error_class


class Resources:
    """Per worker process: the runtime, one Odoo session per thread, one LLM backend."""

    def __init__(
        self, settings: Settings, *, http_client: httpx.Client | None = None, llm: str | None = None
    ) -> None:
        self.settings = settings
        self.runtime = runtime.Runtime.open(settings)
        self.jobs = JobStore(self.runtime.db)
        self._http_client = http_client
        self._llm = llm
        self._local = threading.local()
        self._lock = threading.Lock()
        self._stack = ExitStack()
        self._backend: Backend | None = None
        self._sandbox_url: str | None = None

    def _odoo_url(self) -> tuple[str, str, str, str]:
        cfg = self.settings.odoo
        if cfg.url:
            return cfg.url, cfg.db, cfg.user, cfg.password.get_secret_value()
        with self._lock:
            if self._sandbox_url is None:  # no Odoo configured: the shared sandbox (started if none serves)
                from assistant.odoo import shared_sandbox

                state = cfg.sandbox_state or self.settings.data_dir / "sandbox.json"
                self._sandbox_url = self._stack.enter_context(shared_sandbox(state))
        return self._sandbox_url, "sandbox", "admin", "admin"

    def gateway(self) -> OdooGateway:
        gw: OdooGateway | None = getattr(self._local, "gw", None)
        if gw is None:
            url, db, user, password = self._odoo_url()
            cfg = self.settings.odoo
            gw = connect(
                url,
                db,
                user,
                password,
                timeout=cfg.timeout,
                batch_size=cfg.batch_size,
                instance=instance_of(self.settings),
                fallback_user_id=cfg.fallback_user_id,
            )
            self._local.gw = gw
        return gw

    def drop_gateway(self) -> None:
        """Forget this thread's Odoo session (after a transport error: reconnect next time)."""
        self._local.gw = None

    def backend(self) -> Backend:
        with self._lock:
            if self._backend is None:
                self._backend = self._stack.enter_context(
                    runtime.backend(self.settings, self._llm, http_client=self._http_client)
                )
            return self._backend

    def pipeline(self, *, retry_pending: bool) -> Pipeline:
        return Pipeline(
            self.settings,
            self.gateway(),
            self.runtime.log,
            runtime.redactor_for(self.settings),
            self.backend(),
            retry_pending=retry_pending,
        )

    def close(self) -> None:
        self._stack.close()
        self.runtime.db.dispose()


def _result_dict(result: RunResult) -> dict[str, Any]:
    return {
        "run_id": result.run_id,
        "status": result.status,
        "activity_id": result.activity_id,
        "error": result.error,
    }


def execute_run(res: Resources, job_id: str, previous_attempts: int) -> dict[str, Any]:
    """Run the task of ``job_id`` on its record. Raises a retryable error when the engine should retry."""
    store = res.jobs
    job = store.get(job_id)
    if job is None:
        raise InputError(f"service job {job_id} not found")
    if job.status in ("done", "failed"):
        return {"status": job.status, "skipped": "already finished"}
    attempt = previous_attempts + 1
    final = attempt >= res.settings.service.job_max_attempts
    store.mark_running(job_id, attempt)
    try:
        result = _run(res, job, final=final)
    except AssistantError as exc:
        if isinstance(exc, OdooError):
            res.drop_gateway()
        if exc.retryable and not final:
            store.mark_retrying(job_id, exc.error_class, f"attempt {attempt}: {exc}")
            log.warning("job %s attempt %d failed (%s), will retry", job_id, attempt, exc.error_class)
            raise
        store.mark_finished(
            job_id, status="failed", error_class=exc.error_class, error_message=f"attempt {attempt}: {exc}"
        )
        raise
    if result.retryable and not final:
        store.mark_retrying(job_id, result.error_class or "", f"attempt {attempt}: {result.error}")
        raise RetryLater(result.error or "retryable failure", result.error_class or "")
    failed = result.status in ("failed", "blocked")
    store.mark_finished(
        job_id,
        status="failed" if failed else "done",
        run_id=result.run_id,
        run_status=result.status,
        activity_id=result.activity_id,
        error_class=result.error_class if failed else None,
        error_message=result.error if failed else None,
    )
    return _result_dict(result)


def _run(res: Resources, job: ServiceJob, *, final: bool) -> RunResult:
    task = get_task(job.task)
    if job.record_id is None:
        raise InputError(f"job {job.id} has no record id")
    results = res.pipeline(retry_pending=not final).run(task, [job.record_id])
    if not results:
        raise InputError(f"{task.odoo_model} #{job.record_id} not found (or not eligible for {task.name})")
    return results[0]
