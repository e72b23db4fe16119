"""Prompt-log rows and scan state of an anomaly scan (see :mod:`assistant.anomaly.scan`).

Rows: one ``anomaly.scan`` row (counts, scope, timings, watermark); one row per new or attached flag (the flag
with its evidence, redacted, its status, group key and the id of its group's activity in ``parsed_output``); one
row per activity created (the group: its flags, severity and score, and the ``activity_id`` column); one row per
resolved flag and one per resolved group. All with model ``rules``. Evidence text (descriptions, names) is
redacted with the run's :class:`~redaction.RedactionSession`, like the pipeline does.

Only activity rows fill the ``activity_id`` column: review sync reads a decision for every row that has one,
matching Odoo's "done" message by ``marker(run_key)``, and acceptance rates count those rows; flag rows would be
read as cancelled (their marker is not in the group's summary) and would count one activity several times.
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING, Any

from assistant import clock
from assistant.anomaly.flags import Flag
from assistant.anomaly.groups import group_of
from assistant.anomaly.state import OPEN_FLAGS, WATERMARK, ScanState
from assistant.settings import Settings
from assistant.store.promptlog import LogEntry
from redaction import RecordContext

if TYPE_CHECKING:
    from assistant.anomaly.scan import ScanResult
    from assistant.recorder import Recorder


def log_scan(
    recorder: Recorder,
    settings: Settings,
    result: ScanResult,
    fresh: list[Flag],
    entries: dict[str, LogEntry],
    group_entries: dict[str, LogEntry],
    watermark: str,
) -> None:
    from assistant.runtime import redactor_for

    version = settings.anomaly.version()
    context = RecordContext()
    for f in fresh:
        for kind, value in f.sensitive:
            context.add(kind, value, f"{f.target_model}:{f.target_id}")
    session = redactor_for(settings).session(context)
    redacted = session.redact_obj([f.to_dict() for f in fresh]) if fresh else []
    report = session.report().to_dict()
    rows: list[LogEntry] = []
    status = "dry_run" if result.dry_run else "failed" if result.errors else "ok"
    summary = {
        "since": result.since.isoformat(),
        "incremental": result.incremental,
        "kinds": result.kinds,
        "scope": result.scope,
        "detected": result.counts(),
        "new": len(result.new),
        "attached": len(result.attached),
        "already_open": len(result.open_keys),
        "relisted": len(result.relisted),
        "resolved": len(result.resolved),
        "groups_raised": len(group_entries),
        "groups_resolved": len(result.resolved_groups),
        "watermark": watermark,
        "timings": result.timings,
        "ranking_run_id": result.ranking_run_id,
        "ranking_status": result.ranking_status,
        "activities": len(result.created),
    }
    rows.append(
        recorder.scan(
            run_id=result.run_id,
            version=version,
            status=status,
            dry_run=result.dry_run,
            parsed_output=summary,
            redaction_report=report,
            latency_ms=result.timings.get("total", 0.0) * 1000,
            error_message="; ".join(result.errors) or None,
        )
    )
    detect_ms = result.timings.get("detect", 0.0) * 1000 / max(len(result.flags), 1)
    for f, flag_dict in zip(fresh, redacted, strict=True):
        entry = entries[f.key]
        entry.parsed_output = {
            **flag_dict,
            "status": result.status_of(f),
            "group_status": result.groups.get(f.group_key),
            "activity_id": result.activity_ids.get(f.key),
            "listed": f.key not in result.unlisted,
        }
        entry.raw_output = None
        entry.redaction_report = report
        entry.latency_ms = detect_ms
        if result.dry_run:
            entry.status = "dry_run"
        rows.append(entry)
    for raised in result.raised:
        row = group_entries[raised.key]
        row.parsed_output = {
            **raised.to_dict(),
            "activity_key": row.run_key,
            "status": "new",
            "relisted": [f.key for f in raised.flags if f.key in result.relisted],
            "activity_id": row.activity_id,
        }
        if result.dry_run:
            row.status = "dry_run"
        rows.append(row)
    for old in result.resolved:
        rows.append(
            recorder.resolved(
                old["key"],
                old["kind"],
                old["target_model"],
                int(old["target_id"]),
                version,
                result.run_id,
                row="flag",
                group_key=group_of(old),
                status="dry_run" if result.dry_run else "resolved",
                parsed_output={
                    "key": old["key"],
                    "kind": old["kind"],
                    "subject": old.get("subject"),
                    "group_key": group_of(old),
                    "activity_id": old.get("activity_id"),
                    "raised_run_id": old.get("run_id"),
                    "status": "resolved",
                    "note": "no longer detected: the cause disappeared (or left the scan window)",
                },
            )
        )
    for group in result.resolved_groups:
        rows.append(
            recorder.resolved(
                group["group_key"],
                group["kind"],
                group["target_model"],
                int(group["target_id"]),
                version,
                result.run_id,
                row="group",
                group_key=group["group_key"],
                status="dry_run" if result.dry_run else "resolved",
                parsed_output={
                    **group,
                    "status": "resolved",
                    "note": "every flag of this kind on this record is resolved",
                },
            )
        )
    recorder.append(rows)


def remember(
    state: ScanState,
    open_flags: dict[str, dict[str, Any]],
    result: ScanResult,
    fresh: list[Flag],
    entries: dict[str, LogEntry],
    watermark: str,
    since: date,
    advance: bool,
) -> None:
    """New open flags (with their group, activity and whether its note lists them), resolved ones dropped; the
    watermark moves only after a clean scan of every kind."""
    now = clock.now().isoformat(timespec="seconds")
    updated = {k: v for k, v in open_flags.items() if k not in {r["key"] for r in result.resolved}}
    for f in fresh:
        entry = entries[f.key]
        if entry.status == "failed":
            continue
        updated[f.key] = {
            "kind": f.kind,
            "target_model": f.target_model,
            "target_id": f.target_id,
            "group_key": f.group_key,
            "scope": f.scope,
            "subject": f.subject,
            "severity": f.severity,
            "score": f.score,
            "activity_id": result.activity_ids.get(f.key),
            "listed": f.key not in result.unlisted,
            "run_id": entry.run_id,
            "raised_at": now,
            "last_seen": now,
        }
    for key in result.open_keys:
        seen = {**updated[key], "last_seen": now}
        if not seen.get("listed", True):  # attached earlier to an activity whose note does not list it
            group = group_of(seen)
            if group in result.created:  # listed now, in the group's new activity
                seen.update(activity_id=result.created[group], listed=True)
            elif (
                result.groups.get(group) == "open" and key in result.activity_ids
            ):  # that activity is still open
                seen.update(activity_id=result.activity_ids[key], listed=key not in result.unlisted)
        updated[key] = seen
    values: dict[str, dict[str, Any]] = {OPEN_FLAGS: {"flags": updated}}
    if advance and not result.errors and watermark:
        values[WATERMARK] = {
            "write_date": watermark,
            "since": since.isoformat(),
            "scanned_at": now,
            "scan_run_id": result.run_id,
        }
    state.put(values)
    result.total_open = len(updated)
