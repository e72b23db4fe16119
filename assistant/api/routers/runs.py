"""Trigger runs (one typed route per task, generated from the task registry) and read job status."""
# No "from __future__ import annotations": the generated routes use local dependencies in their annotations.

import uuid
from typing import Annotated, Literal

from fastapi import APIRouter, Depends, HTTPException, Path, Query, Response

from assistant.api.deps import AUTH_RESPONSES, ErrorOut, State, require
from assistant.api.schemas import JobOut, JobPage, RunAll, RunIds, RunsOut, TaskOut
from assistant.api.security import FINANCE, GOVERNANCE, MANAGER, SERVICE, Principal
from assistant.jobs import NewJob, dedupe_key
from assistant.tasks import Task, registry


def area_roles(task: type[Task]) -> tuple[str, ...]:
    """Who may trigger a task: the service role, plus the business role the task declares (``audience``)."""
    if task.audience not in (MANAGER, FINANCE):
        raise ValueError(
            f"task {task.name}: audience must be {MANAGER!r} or {FINANCE!r}, not {task.audience!r}"
        )
    return (SERVICE, task.audience)


def task_route(name: str) -> str:
    return f"/api/v1/tasks/{name}/runs"


def _add_task_route(router: APIRouter, name: str, cls: type[Task]) -> None:
    roles = area_roles(cls)

    def trigger(
        body: RunIds | RunAll,
        response: Response,
        state: State,
        who: Annotated[Principal, Depends(require(*roles))],
    ) -> RunsOut:
        window = state.settings.service.dedupe_seconds if body.idempotency_key else 0

        def key(*parts: object) -> str:
            if body.idempotency_key:
                return dedupe_key("api", who.key_id, body.idempotency_key, name, *parts)
            return uuid.uuid4().hex

        if isinstance(body, RunAll):
            new = [NewJob(task=name, kind="fan_out", source="api", dedupe_key=key("all"))]
        else:
            new = [
                NewJob(task=name, source="api", odoo_model=cls.odoo_model, record_id=rid, dedupe_key=key(rid))
                for rid in body.ids
            ]
        submitted = state.jobs.submit(new, window_seconds=window)
        dup = {s.job.id: s.duplicate for s in submitted}
        rows = [s.job for s in submitted]
        if body.wait:
            rows = state.jobs.wait(
                [r.id for r in rows], min(body.wait_seconds, state.settings.service.wait_max_seconds)
            )
        finished = all(r.status in ("done", "failed") for r in rows)
        response.status_code = 200 if finished else 202
        return RunsOut(jobs=[JobOut.of(r, dup.get(r.id, False)) for r in rows], finished=finished)

    router.add_api_route(
        task_route(name),
        trigger,
        methods=["POST"],
        response_model=RunsOut,
        status_code=202,
        operation_id=f"run_{name}",
        tags=["runs"],
        summary=f"Run {cls.title}",
        description=(
            f"Queue `{name}` ({cls.title}) on `{cls.odoo_model}` records: one durable job per record "
            f"(retried with backoff on retryable errors). Roles: {', '.join(roles)}. Answers 202 with the "
            "job ids at once, or 200 when `wait` is true and every job finished in time."
        ),
        responses={
            200: {"model": RunsOut, "description": "Every job finished (wait)"},
            400: {"model": ErrorOut, "description": "The body is not JSON"},
            **AUTH_RESPONSES,
        },
    )


def build_router() -> APIRouter:
    router = APIRouter()
    for name, cls in registry().items():
        _add_task_route(router, name, cls)

    readers = require(SERVICE, MANAGER, FINANCE, GOVERNANCE)

    @router.get(
        "/api/v1/tasks",
        response_model=list[TaskOut],
        tags=["runs"],
        operation_id="list_tasks",
        responses=AUTH_RESPONSES,
    )
    def list_tasks(who: Annotated[Principal, Depends(readers)]) -> list[TaskOut]:
        """The tasks this service can run, with their trigger routes."""
        return [
            TaskOut(
                name=n,
                title=c.title,
                odoo_model=c.odoo_model,
                prompt_version=c.prompt_version(),
                route=task_route(n),
            )
            for n, c in registry().items()
        ]

    @router.get(
        "/api/v1/jobs/{job_id}",
        response_model=JobOut,
        tags=["runs"],
        operation_id="get_job",
        responses={404: {"model": ErrorOut, "description": "No such job"}, **AUTH_RESPONSES},
    )
    def get_job(
        job_id: Annotated[uuid.UUID, Path(description="Job id returned by a trigger or webhook")],
        state: State,
        who: Annotated[Principal, Depends(readers)],
    ) -> JobOut:
        """One job: status, attempts, and once finished the run id, activity id or error."""
        job = state.jobs.store.get(str(job_id))
        if job is None:
            raise HTTPException(404, f"no job {job_id}")
        return JobOut.of(job)

    @router.post(
        "/api/v1/jobs/{job_id}/retry",
        response_model=JobOut,
        status_code=202,
        tags=["runs"],
        operation_id="retry_job",
        responses={
            404: {"model": ErrorOut, "description": "No such job"},
            409: {"model": ErrorOut, "description": "Not failed"},
            **AUTH_RESPONSES,
        },
    )
    def retry_job(
        job_id: Annotated[uuid.UUID, Path(description="A failed job")],
        state: State,
        who: Annotated[Principal, Depends(require(SERVICE))],
    ) -> JobOut:
        """Queue a failed job again (e.g. after an Odoo outage longer than the retry cap): a new job for the same
        task and record; the pipeline's run key still prevents a duplicate run."""
        job = state.jobs.store.get(str(job_id))
        if job is None:
            raise HTTPException(404, f"no job {job_id}")
        if job.status != "failed":
            raise HTTPException(409, f"job {job_id} is {job.status}, only failed jobs can be retried")
        [sub] = state.jobs.submit(
            [
                NewJob(
                    task=job.task,
                    kind=job.kind,
                    source=job.source,
                    event=job.event,
                    odoo_model=job.odoo_model,
                    record_id=job.record_id,
                    options={**job.options, "retry_of": job.id},
                    dedupe_key=dedupe_key("retry", job.id),
                )
            ]
        )
        return JobOut.of(sub.job, sub.duplicate)

    @router.get(
        "/api/v1/jobs",
        response_model=JobPage,
        tags=["runs"],
        operation_id="list_jobs",
        responses=AUTH_RESPONSES,
    )
    def list_jobs(
        state: State,
        who: Annotated[Principal, Depends(readers)],
        status: Literal["queued", "running", "retrying", "done", "failed"] | None = None,
        task: Annotated[str | None, Query(max_length=64)] = None,
        source: Literal["api", "webhook", "schedule", "cli"] | None = None,
        limit: Annotated[int, Query(ge=1, le=500)] = 50,
        offset: Annotated[int, Query(ge=0, le=1_000_000)] = 0,
    ) -> JobPage:
        """Latest jobs, newest first."""
        rows = state.jobs.store.list(status=status, task=task, source=source, limit=limit, offset=offset)
        return JobPage(items=[JobOut.of(r) for r in rows])

    return router
