"""The detector registry: one pure function per kind, ``Ctx -> list[Flag]``, run by :func:`detect`.

Detectors only read the frames of :class:`~assistant.anomaly.frames.AnomalyData` and the thresholds; they never
talk to Odoo, the database or a model. :func:`detect` runs the requested kinds and reports seconds per kind.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Sequence

from assistant.anomaly.config import AnomalySettings
from assistant.anomaly.detectors import billing, billing_time, duplicates, expenses, patterns, tasks, volume
from assistant.anomaly.detectors.common import Ctx
from assistant.anomaly.flags import Flag
from assistant.anomaly.frames import AnomalyData
from assistant.anomaly.kinds import KINDS

Detector = Callable[[Ctx], list[Flag]]

DETECTORS: dict[str, Detector] = {
    "ts_daily_excess": volume.daily_excess,
    "ts_weekly_excess": volume.weekly_excess,
    "ts_weekend": volume.weekend,
    "ts_on_leave": volume.on_leave,
    "ts_duplicate": duplicates.exact,
    "ts_near_duplicate": duplicates.near,
    "ts_closed_task": tasks.closed_task,
    "ts_archived_project": tasks.archived_project,
    "ts_after_deadline": tasks.after_deadline,
    "task_overrun": tasks.task_overrun,
    "project_overrun": tasks.project_overrun,
    "project_fast_burn": tasks.fast_burn,
    "ts_late_capture": volume.late_capture,
    "ts_outlier": patterns.outlier,
    "ts_identical_pattern": patterns.identical,
    "ts_round_padding": patterns.padding,
    "inv_duplicate": billing.duplicate_invoices,
    "inv_rate_mismatch": billing.rate_mismatch,
    "inv_unusual_discount": billing.unusual_discount,
    "unbilled_time": billing_time.unbilled,
    "inv_timesheet_gap": billing_time.timesheet_gap,
    "credit_note_no_ref": billing.credit_note_without_reference,
    "exp_duplicate": expenses.duplicates,
    "exp_over_limit": expenses.over_limit,
    "exp_weekend": expenses.weekend,
}
assert set(DETECTORS) == set(KINDS), "every kind needs a detector"


def detect(
    data: AnomalyData,
    thresholds: AnomalySettings,
    kinds: Sequence[str] | None = None,
    timings: dict[str, float] | None = None,
) -> list[Flag]:
    """Run the detectors of ``kinds`` (all by default); flags sorted by score, best first."""
    ctx = Ctx(data, thresholds)
    wanted = list(kinds) if kinds else list(DETECTORS)
    flags: list[Flag] = []
    closed_tasks: set[int] = set()
    for kind in DETECTORS:  # registry order: ts_closed_task runs before ts_after_deadline
        if kind not in wanted:
            continue
        started = time.perf_counter()
        if kind == "ts_after_deadline":
            found = tasks.after_deadline(ctx, exclude=closed_tasks or _closed_task_ids(ctx, wanted))
        else:
            found = DETECTORS[kind](ctx)
        if kind == "ts_closed_task":
            closed_tasks = {f.target_id for f in found}
        flags += found
        if timings is not None:
            timings[kind] = round(time.perf_counter() - started, 4)
    flags.sort(key=lambda f: (-f.score, f.kind, f.target_model, f.target_id, f.subject))
    return flags


def _closed_task_ids(ctx: Ctx, wanted: list[str]) -> set[int]:
    """Tasks with time after closure, also when only ``ts_after_deadline`` was asked for (same result either way)."""
    if "ts_closed_task" in wanted:
        return set()
    return {f.target_id for f in tasks.closed_task(ctx)}


__all__ = ["DETECTORS", "Ctx", "detect"]
