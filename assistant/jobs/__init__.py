"""Durable jobs on procrastinate (same PostgreSQL): submit, run, retry with backoff, schedules.

API side: :class:`JobService` (``submit`` records a service job and defers its engine job in one
transaction, de-duplicated). Worker side: :mod:`assistant.jobs.worker` (``run_worker``, ``WorkerThread``,
``drain``). Outcomes land in the ``service_jobs`` table (:class:`ServiceJob`).
"""

from assistant.jobs.models import JobStore, NewJob, ServiceJob
from assistant.jobs.service import JobService, Submitted, dedupe_key

__all__ = ["JobService", "JobStore", "NewJob", "ServiceJob", "Submitted", "dedupe_key"]
