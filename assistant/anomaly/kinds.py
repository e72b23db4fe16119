"""The anomaly kinds: name, family, label for activity summaries, and what each one means.

Detector functions live in :mod:`assistant.anomaly.detectors`; this module is the catalogue used by the CLI
(``--kinds``), the notes and the evaluation.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Kind:
    name: str
    family: str  # timesheet | billing | expense
    label: str
    meaning: str


_ALL = [
    Kind(
        "ts_daily_excess", "timesheet", "Excess hours in a day", "hours per employee per day above the limit"
    ),
    Kind(
        "ts_weekly_excess",
        "timesheet",
        "Excess hours in a week",
        "hours per employee per week above the limit",
    ),
    Kind("ts_weekend", "timesheet", "Weekend time", "time logged on a Saturday or Sunday"),
    Kind("ts_on_leave", "timesheet", "Time on leave", "time logged on a validated leave day"),
    Kind(
        "ts_duplicate",
        "timesheet",
        "Duplicate time entries",
        "same employee, task, date, hours and description",
    ),
    Kind(
        "ts_near_duplicate",
        "timesheet",
        "Near-duplicate time entries",
        "same employee, task and date with almost the same hours and description",
    ),
    Kind("ts_closed_task", "timesheet", "Time on a closed task", "time dated after the task was closed"),
    Kind(
        "ts_archived_project",
        "timesheet",
        "Time on an archived project",
        "time logged on an archived project after it was archived or ended",
    ),
    Kind(
        "ts_after_deadline",
        "timesheet",
        "Time long after the deadline",
        "time dated long after the task deadline",
    ),
    Kind("task_overrun", "timesheet", "Task hours overrun", "effective hours far above the allocated hours"),
    Kind(
        "project_overrun",
        "timesheet",
        "Project hours overrun",
        "effective hours far above the allocated hours",
    ),
    Kind(
        "project_fast_burn",
        "timesheet",
        "Fast budget burn",
        "hours used much faster than the schedule elapses",
    ),
    Kind(
        "ts_late_capture",
        "timesheet",
        "Late time capture",
        "entries recorded long after the day they describe",
    ),
    Kind(
        "ts_outlier",
        "timesheet",
        "Unusual day for this employee",
        "a day's total far above the employee's own median (robust z-score)",
    ),
    Kind(
        "ts_identical_pattern",
        "timesheet",
        "Identical hours every day",
        "the same daily total on every working day for weeks",
    ),
    Kind(
        "ts_round_padding",
        "timesheet",
        "Round-number padding",
        "nearly every entry a whole number of hours while the firm logs fractions",
    ),
    Kind(
        "inv_duplicate",
        "billing",
        "Possible duplicate invoice",
        "same customer and amount with the same or a similar reference, or within a few days",
    ),
    Kind("inv_rate_mismatch", "billing", "Rate mismatch", "invoice unit price differs from the agreed rate"),
    Kind(
        "inv_unusual_discount",
        "billing",
        "Unusual discount",
        "discount above the policy or above the sale order's discount",
    ),
    Kind(
        "unbilled_time",
        "billing",
        "Unbilled time",
        "billable time older than the limit that is not invoiced (revenue leakage)",
    ),
    Kind(
        "inv_timesheet_gap",
        "billing",
        "Invoice vs timesheet gap",
        "invoiced quantity differs from the timesheets the invoice covers",
    ),
    Kind(
        "credit_note_no_ref",
        "billing",
        "Credit note without reference",
        "a customer or vendor credit note that names no invoice or reference",
    ),
    Kind(
        "exp_duplicate",
        "expense",
        "Possible duplicate expense",
        "same employee and amount on the same or near date",
    ),
    Kind("exp_over_limit", "expense", "Expense over policy limit", "amount above the policy limit"),
    Kind("exp_weekend", "expense", "Weekend expense", "expense dated on a Saturday or Sunday"),
]

KINDS: dict[str, Kind] = {k.name: k for k in _ALL}
FAMILIES = ("timesheet", "billing", "expense")


def select_kinds(names: list[str] | None) -> list[str]:
    """Expand ``--kinds`` (kind names or family names) into kind names; ``None``/empty means all."""
    from assistant.errors import InputError

    if not names:
        return list(KINDS)
    out: list[str] = []
    for raw in names:
        for name in (n.strip() for n in raw.split(",")):
            if not name:
                continue
            if name in FAMILIES:
                out += [k.name for k in _ALL if k.family == name and k.name not in out]
            elif name in KINDS:
                if name not in out:
                    out.append(name)
            else:
                raise InputError(
                    f"unknown anomaly kind {name!r}; known: {', '.join(FAMILIES)}, {', '.join(KINDS)}"
                )
    return out
