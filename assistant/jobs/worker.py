"""Worker side: the handlers behind the engine's tasks, and ways to run workers (foreground, thread, drain).

``assistant worker`` runs :func:`run_worker` in the foreground; ``assistant serve`` runs
:class:`WorkerThread` in-process (the embedded default needs no extra server); tests and benchmarks use
:func:`drain` (process what is due, then return). Several workers on several machines share the queue
through PostgreSQL.
"""

from __future__ import annotations

import asyncio
import logging
import threading
from typing import Any

import httpx

from assistant.errors import AssistantError, InputError
from assistant.jobs.engine import QUEUE, Handlers, build_app
from assistant.jobs.models import NewJob
from assistant.jobs.runner import Resources, execute_run
from assistant.jobs.service import JobService, dedupe_key
from assistant.settings import Settings
from assistant.tasks import get_task, registry

log = logging.getLogger("assistant.jobs")

ANOMALY_SCAN = "anomaly_scan"  # routing-table and schedule name of the anomaly scan (not a per-record task)


def anomaly_available() -> bool:
    """The anomaly package provides ``scan_anomalies`` (it is optional: guarded import)."""
    try:
        from assistant.anomaly.scan import scan_anomalies  # noqa: F401
    except ImportError:
        return False
    return True


class WorkerHandlers(Handlers):
    def __init__(self, res: Resources) -> None:
        self.res = res
        self.jobs = JobService(res.settings, res.runtime.db)

    def run(self, job_id: str, previous_attempts: int) -> dict[str, Any]:
        return execute_run(self.res, job_id, previous_attempts)

    def fan_out(self, job_id: str, previous_attempts: int) -> dict[str, Any]:
        """Select every eligible record of the job's task and queue one run job per record."""
        store = self.res.jobs
        job = store.get(job_id)
        if job is None:
            raise InputError(f"service job {job_id} not found")
        store.mark_running(job_id, previous_attempts + 1)
        try:
            task = get_task(job.task)
            gw = self.res.gateway()
            task.configure(self.res.runtime.context(gw))
            ids = task.select(gw, all_records=True)
        except Exception as exc:
            self.res.drop_gateway()
            store.mark_retrying(job_id, type(exc).__name__, str(exc))
            raise
        limit = int(job.options.get("limit") or 0)
        ids = ids[:limit] if limit else ids
        children = [
            NewJob(
                task=task.name,
                source=job.source,
                odoo_model=task.odoo_model,
                record_id=rid,
                event=job.event,
                dedupe_key=dedupe_key("fan_out", job.id, rid),
                options={"parent": job.id},
            )
            for rid in ids
        ]
        submitted = self.jobs.submit(children)
        store.mark_finished(job_id, status="done", run_status=f"{len(submitted)} jobs")
        return {"jobs": [s.job.id for s in submitted]}

    def _sync_reviews(self) -> dict[str, Any]:
        from assistant.reviews import sync_reviews

        try:
            report = sync_reviews(self.res.settings, self.res.gateway(), self.res.runtime.db)
        except Exception:
            self.res.drop_gateway()
            raise
        return report.to_dict()

    def sync(self, job_id: str, previous_attempts: int) -> dict[str, Any]:
        store = self.res.jobs
        store.mark_running(job_id, previous_attempts + 1)
        try:
            report = self._sync_reviews()
        except Exception as exc:
            store.mark_finished(
                job_id, status="failed", error_class=type(exc).__name__, error_message=str(exc)
            )
            raise
        store.mark_finished(job_id, status="done", run_status=f"{report['checked']} checked")
        return report

    def scan(self, job_id: str, previous_attempts: int) -> dict[str, Any]:
        """An incremental anomaly scan (records changed since the last scan, e.g. the invoice just posted)."""
        store = self.res.jobs
        store.mark_running(job_id, previous_attempts + 1)
        if not anomaly_available():
            store.mark_finished(
                job_id,
                status="failed",
                error_class="ConfigError",
                error_message="the anomaly scan is not installed",
            )
            return {"skipped": "anomaly scan not installed"}
        from assistant.anomaly.scan import scan_anomalies

        final = previous_attempts + 1 >= self.res.settings.service.job_max_attempts
        try:
            result = scan_anomalies(self.res.settings, self.res.gateway(), self.res.runtime)
        except AssistantError as exc:
            self.res.drop_gateway()
            if exc.retryable and not final:
                store.mark_retrying(job_id, exc.error_class, str(exc))
            else:
                store.mark_finished(
                    job_id, status="failed", error_class=exc.error_class, error_message=str(exc)
                )
            raise
        store.mark_finished(
            job_id, status="done", run_id=result.run_id, run_status=f"{len(result.new)} new flags"
        )
        return {"scan": result.run_id, "new": len(result.new), "open": len(result.open_keys)}

    def scheduled(self, name: str, timestamp: int) -> dict[str, Any]:
        if name == "review_sync":
            return self._sync_reviews()
        if name == ANOMALY_SCAN:
            new = NewJob(
                task=ANOMALY_SCAN,
                kind="scan",
                source="schedule",
                event=name,
                dedupe_key=dedupe_key("schedule", name, timestamp),
            )
        elif "project_status" in registry():
            new = NewJob(
                task="project_status",
                kind="fan_out",
                source="schedule",
                event=name,
                dedupe_key=dedupe_key("schedule", name, timestamp),
            )
        else:
            log.warning("schedule %s: no task installed for it, skipped", name)
            return {"skipped": name}
        [sub] = self.jobs.submit([new])
        return {"job": sub.job.id}


def _worker_options(
    settings: Settings, concurrency: int | None, wait: bool, name: str | None
) -> dict[str, Any]:
    return {
        "queues": [QUEUE],
        "concurrency": concurrency or settings.service.worker_concurrency,
        "wait": wait,
        "name": name or "assistant-worker",
        "delete_jobs": "successful",
        "fetch_job_polling_interval": 1.0,
        "abort_job_polling_interval": 5.0,
    }


async def run_worker_async(
    settings: Settings,
    *,
    concurrency: int | None = None,
    wait: bool = True,
    name: str | None = None,
    http_client: httpx.Client | None = None,
    llm: str | None = None,
    install_signal_handlers: bool = True,
) -> None:
    res = Resources(settings, http_client=http_client, llm=llm)
    app = build_app(settings, WorkerHandlers(res), sync=False)
    try:
        async with app.open_async():
            await app.run_worker_async(
                install_signal_handlers=install_signal_handlers,
                **_worker_options(settings, concurrency, wait, name),
            )
    finally:
        res.close()


def run_worker(
    settings: Settings, *, concurrency: int | None = None, name: str | None = None, llm: str | None = None
) -> None:
    """Run a worker in the foreground until SIGINT/SIGTERM."""
    asyncio.run(run_worker_async(settings, concurrency=concurrency, name=name, llm=llm))


def drain(
    settings: Settings,
    *,
    http_client: httpx.Client | None = None,
    llm: str | None = None,
    concurrency: int = 1,
) -> None:
    """Process every job that is due now, then return (tests, benchmarks, one-shot CLI use)."""
    asyncio.run(
        run_worker_async(
            settings,
            concurrency=concurrency,
            wait=False,
            http_client=http_client,
            llm=llm,
            install_signal_handlers=False,
        )
    )


class WorkerThread:
    """A worker on its own event loop in a background thread (``assistant serve`` and tests)."""

    def __init__(
        self,
        settings: Settings,
        *,
        concurrency: int | None = None,
        name: str = "embedded-worker",
        http_client: httpx.Client | None = None,
        llm: str | None = None,
    ) -> None:
        self.settings = settings
        self.kwargs: dict[str, Any] = {
            "concurrency": concurrency,
            "name": name,
            "http_client": http_client,
            "llm": llm,
        }
        self._loop: asyncio.AbstractEventLoop | None = None
        self._task: asyncio.Task[None] | None = None
        self._thread: threading.Thread | None = None
        self._started = threading.Event()
        self.error: BaseException | None = None

    def _main(self) -> None:
        loop = asyncio.new_event_loop()
        self._loop = loop
        self._task = loop.create_task(
            run_worker_async(self.settings, install_signal_handlers=False, **self.kwargs)
        )
        self._started.set()
        try:
            loop.run_until_complete(self._task)
        except asyncio.CancelledError:
            pass
        except BaseException as exc:  # noqa: BLE001 - reported to the owner
            self.error = exc
            log.exception("embedded worker stopped")
        finally:
            loop.close()

    def start(self) -> WorkerThread:
        self._thread = threading.Thread(target=self._main, name=str(self.kwargs["name"]), daemon=True)
        self._thread.start()
        self._started.wait(10)
        return self

    def stop(self, timeout: float = 30.0) -> None:
        if self._loop is not None and self._task is not None and not self._task.done():
            self._loop.call_soon_threadsafe(self._task.cancel)
        if self._thread is not None:
            self._thread.join(timeout)

    def __enter__(self) -> WorkerThread:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()
