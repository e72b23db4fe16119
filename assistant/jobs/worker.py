"""Worker side: the handlers behind the engine's tasks, and ways to run workers (foreground, thread, drain).

``assistant worker`` runs :func:`run_worker` in the foreground; ``assistant serve`` runs
:class:`WorkerThread` in-process (the embedded default needs no extra server); tests and benchmarks use
:func:`drain` (process what is due, then return). Several workers on several machines share the queue
through PostgreSQL.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import signal
import threading
import time
from typing import TYPE_CHECKING, Any

import httpx

from assistant.errors import AssistantError, InputError
from assistant.jobs.engine import QUEUE, Handlers, build_app
from assistant.jobs.models import NewJob
from assistant.jobs.runner import Resources, execute_run
from assistant.jobs.service import JobService, dedupe_key
from assistant.settings import Settings
from assistant.tasks import get_task, registry

if TYPE_CHECKING:
    from assistant.odoo.gateway import OdooGateway

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
            gw = self.res.gateway()
            report = sync_reviews(self.res.settings, gw, self.res.runtime.db)
        except Exception:
            self.res.drop_gateway()
            raise
        self._anchor(gw)
        return report.to_dict()

    def _anchor(self, gw: OdooGateway) -> None:
        """Note signed log checkpoints in Odoo when due (ASSISTANT_LOG__ODOO_ANCHOR): a bad anchor setting is
        logged, never a failed review sync."""
        from assistant.store.anchor import anchor_in_odoo_if_due

        try:
            anchor_in_odoo_if_due(self.res.runtime.db, gw)
        except Exception:  # noqa: BLE001 - the review sync succeeded; the anchor is retried next tick
            log.exception("log checkpoint in Odoo failed")

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
        elif task_name := next((n for n, c in registry().items() if c.schedule == name), None):
            new = NewJob(
                task=task_name,
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


HEARTBEAT_SECONDS = 5.0  # how often a worker proves it reaches the database
BACKOFF_FIRST, BACKOFF_MAX = 1.0, 30.0  # reconnect delays after a lost database (doubling, capped)


class Liveness:
    """What a supervised worker reports: the last time it reached the database, restarts, the last error."""

    def __init__(self) -> None:
        self.heartbeat: float | None = None  # time.time() of the last successful round trip
        self.restarts = 0
        self.last_error: str | None = None

    def beat(self) -> None:
        self.heartbeat = time.time()

    def age(self) -> float | None:
        return None if self.heartbeat is None else max(time.time() - self.heartbeat, 0.0)


async def _heartbeat(app: Any, liveness: Liveness) -> None:
    """A round trip through the worker's own connection pool every few seconds; ends the worker when the
    database is gone, so the supervisor reconnects instead of leaving a worker that can never fetch a job."""
    while True:
        await app.connector.execute_query_one_async("SELECT 1 AS alive")
        liveness.beat()
        await asyncio.sleep(HEARTBEAT_SECONDS)


async def run_worker_async(
    settings: Settings,
    *,
    concurrency: int | None = None,
    wait: bool = True,
    name: str | None = None,
    http_client: httpx.Client | None = None,
    llm: str | None = None,
    install_signal_handlers: bool = True,
    liveness: Liveness | None = None,
) -> None:
    """One worker session: open resources and the engine, run until stopped, the queue is empty (``wait``
    false) or the database is lost (then the error propagates; see :func:`supervise`)."""
    res = Resources(settings, http_client=http_client, llm=llm)
    app = build_app(settings, WorkerHandlers(res), sync=False)
    try:
        async with app.open_async():
            worker = asyncio.ensure_future(
                app.run_worker_async(
                    install_signal_handlers=install_signal_handlers,
                    **_worker_options(settings, concurrency, wait, name),
                )
            )
            if liveness is None:
                await worker
                return
            beat = asyncio.ensure_future(_heartbeat(app, liveness))
            try:
                done, _ = await asyncio.wait({worker, beat}, return_when=asyncio.FIRST_COMPLETED)
            except asyncio.CancelledError:
                beat.cancel()
                worker.cancel()
                await asyncio.gather(worker, beat, return_exceptions=True)
                raise
            if beat in done:  # the heartbeat failed: the database is gone; stop the worker, report why
                worker.cancel()
                await asyncio.gather(worker, return_exceptions=True)
                beat.result()
            beat.cancel()
            await asyncio.gather(beat, return_exceptions=True)
            worker.result()
    finally:
        res.close()


async def supervise(
    settings: Settings,
    stop: asyncio.Event,
    liveness: Liveness,
    *,
    backoff_first: float = BACKOFF_FIRST,
    backoff_max: float = BACKOFF_MAX,
    **kwargs: Any,
) -> None:
    """Run a worker until ``stop`` is set; whenever it ends on its own (database lost, connection pool broken)
    start it again after a capped exponential backoff, so the service resumes by itself when the database
    is back. Jobs a lost worker was running are re-queued by the ``retry_stalled`` schedule."""
    delay = backoff_first
    while not stop.is_set():
        started = time.monotonic()
        session = asyncio.ensure_future(
            run_worker_async(settings, install_signal_handlers=False, liveness=liveness, **kwargs)
        )
        stopper = asyncio.ensure_future(stop.wait())
        try:
            await asyncio.wait({session, stopper}, return_when=asyncio.FIRST_COMPLETED)
        finally:
            stopper.cancel()
            if not session.done():
                session.cancel()
            outcome = (await asyncio.gather(session, return_exceptions=True))[0]
        if stop.is_set():
            return
        liveness.heartbeat = None
        liveness.restarts += 1
        liveness.last_error = type(outcome).__name__ if isinstance(outcome, BaseException) else "stopped"
        if time.monotonic() - started > 60:
            delay = backoff_first  # it had been running fine: a new outage starts the backoff over
        log.warning(
            "worker %s ended (%s: %s); reconnecting in %.0f s",
            kwargs.get("name") or "assistant-worker",
            liveness.last_error,
            str(outcome)[:200] if isinstance(outcome, BaseException) else "no error",
            delay,
        )
        with contextlib.suppress(TimeoutError):
            await asyncio.wait_for(stop.wait(), timeout=delay)
        delay = min(delay * 2, backoff_max)


def run_worker(
    settings: Settings, *, concurrency: int | None = None, name: str | None = None, llm: str | None = None
) -> None:
    """Run a supervised worker in the foreground until SIGINT/SIGTERM (reconnecting after outages)."""

    async def main() -> None:
        stop = asyncio.Event()
        loop = asyncio.get_running_loop()
        for sig in (signal.SIGINT, signal.SIGTERM):
            loop.add_signal_handler(sig, stop.set)
        await supervise(settings, stop, Liveness(), concurrency=concurrency, name=name, llm=llm)

    asyncio.run(main())


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
    """A supervised worker on its own event loop in a background thread (``assistant serve`` and tests).

    ``liveness`` tells ``/api/v1/ready`` whether it reaches the database (heartbeat age) and how often it had
    to reconnect."""

    def __init__(
        self,
        settings: Settings,
        *,
        concurrency: int | None = None,
        name: str = "embedded-worker",
        http_client: httpx.Client | None = None,
        llm: str | None = None,
        backoff_first: float = BACKOFF_FIRST,
        backoff_max: float = BACKOFF_MAX,
    ) -> None:
        self.settings = settings
        self.name = name
        self.kwargs: dict[str, Any] = {
            "concurrency": concurrency,
            "name": name,
            "http_client": http_client,
            "llm": llm,
            "backoff_first": backoff_first,
            "backoff_max": backoff_max,
        }
        self.liveness = Liveness()
        self._loop: asyncio.AbstractEventLoop | None = None
        self._stop: asyncio.Event | None = None
        self._thread: threading.Thread | None = None
        self._started = threading.Event()
        self.error: BaseException | None = None

    def _main(self) -> None:
        loop = asyncio.new_event_loop()
        self._loop = loop
        self._stop = asyncio.Event()
        task = loop.create_task(supervise(self.settings, self._stop, self.liveness, **self.kwargs))
        self._started.set()
        try:
            loop.run_until_complete(task)
        except BaseException as exc:  # noqa: BLE001 - reported to the owner
            self.error = exc
            log.exception("embedded worker supervisor stopped")
        finally:
            loop.close()

    @property
    def alive(self) -> bool:
        return self._thread is not None and self._thread.is_alive()

    def start(self) -> WorkerThread:
        self._thread = threading.Thread(target=self._main, name=self.name, daemon=True)
        self._thread.start()
        self._started.wait(10)
        return self

    def stop(self, timeout: float = 30.0) -> None:
        if self._loop is not None and self._stop is not None and not self._loop.is_closed():
            with contextlib.suppress(RuntimeError):  # the loop closed in between
                self._loop.call_soon_threadsafe(self._stop.set)
        if self._thread is not None:
            self._thread.join(timeout)

    def __enter__(self) -> WorkerThread:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()
