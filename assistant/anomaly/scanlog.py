"""Prompt-log rows and scan state of an anomaly scan (see :mod:`assistant.anomaly.scan`).

Rows: one ``anomaly.scan`` row (counts, scope, timings, watermark), one row per raised flag (the flag with its
evidence, redacted, and the activity id), one row per resolved flag. All with model ``rules``. Evidence text
(descriptions, names) is redacted with the run's :class:`~redaction.RedactionSession`, like the pipeline does.
"""

from __future__ import annotations

import hashlib
from datetime import UTC, date, datetime
from typing import TYPE_CHECKING, Any

from assistant.anomaly.flags import Flag
from assistant.anomaly.state import OPEN_FLAGS, WATERMARK, ScanState
from assistant.settings import Settings
from assistant.store.promptlog import LogEntry
from redaction import RecordContext

if TYPE_CHECKING:
    from assistant.anomaly.scan import ScanResult
    from assistant.runtime import Runtime

TASK = "anomaly_scan"


def log_scan(runtime: Runtime, settings: Settings, result: ScanResult, fresh: list[Flag],
             entries: dict[str, LogEntry], watermark: str) -> None:
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
    summary = {"since": result.since.isoformat(), "incremental": result.incremental, "kinds": result.kinds,
               "scope": result.scope, "detected": result.counts(), "new": len(result.new),
               "already_open": len(result.open_keys), "resolved": len(result.resolved),
               "adopted_from_odoo": len(fresh) - len(result.new), "watermark": watermark,
               "timings": result.timings, "ranking_run_id": result.ranking_run_id,
               "ranking_status": result.ranking_status, "activities": len(result.activity_ids)}
    rows.append(LogEntry(run_key=hashlib.sha256(f"{TASK}|{result.run_id}".encode()).hexdigest(), task=TASK,
                         prompt_name="anomaly.scan", prompt_version=version, model="rules", odoo_model="res.company",
                         odoo_id=0, status=status, run_id=result.run_id, decided_by="rules",
                         model_params={"thresholds": version, "dry_run": result.dry_run},
                         user_prompt="deterministic anomaly detectors", parsed_output=summary,
                         redaction_report=report, latency_ms=result.timings.get("total", 0.0) * 1000,
                         error_message="; ".join(result.errors) or None))
    detect_ms = result.timings.get("detect", 0.0) * 1000 / max(len(result.flags), 1)
    for f, flag_dict in zip(fresh, redacted, strict=True):
        entry = entries[f.key]
        entry.parsed_output = {**flag_dict, "status": "new" if f.key in result.new else "adopted"}
        entry.raw_output = None
        entry.redaction_report = report
        entry.latency_ms = detect_ms
        if result.dry_run:
            entry.status = "dry_run"
        rows.append(entry)
    for old in result.resolved:
        rows.append(LogEntry(
            run_key=old["key"], task=TASK, prompt_name=f"anomaly.{old['kind']}", prompt_version=version, model="rules",
            odoo_model=old["target_model"], odoo_id=int(old["target_id"]),
            status="dry_run" if result.dry_run else "resolved", decided_by="rules",
            model_params={"detector": old["kind"], "thresholds": version, "scan_run_id": result.run_id},
            parsed_output={"key": old["key"], "kind": old["kind"], "subject": old.get("subject"),
                           "raised_run_id": old.get("run_id"), "status": "resolved",
                           "note": "no longer detected: the cause disappeared (or left the scan window)"},
            activity_id=old.get("activity_id")))
    runtime.log.append(rows)


def remember(state: ScanState, open_flags: dict[str, dict[str, Any]], result: ScanResult, fresh: list[Flag],
             entries: dict[str, LogEntry], watermark: str, since: date, advance: bool) -> None:
    """New open flags, resolved ones dropped; the watermark moves only after a clean scan of every kind."""
    now = datetime.now(UTC).isoformat(timespec="seconds")
    updated = {k: v for k, v in open_flags.items() if k not in {r["key"] for r in result.resolved}}
    for f in fresh:
        entry = entries[f.key]
        if entry.status == "failed":
            continue
        updated[f.key] = {"kind": f.kind, "target_model": f.target_model, "target_id": f.target_id,
                          "scope": f.scope, "subject": f.subject, "severity": f.severity, "score": f.score,
                          "activity_id": entry.activity_id, "run_id": entry.run_id, "raised_at": now,
                          "last_seen": now}
    for key in result.open_keys:
        updated[key] = {**updated[key], "last_seen": now}
    values: dict[str, dict[str, Any]] = {OPEN_FLAGS: {"flags": updated}}
    if advance and not result.errors and watermark:
        values[WATERMARK] = {"write_date": watermark, "since": since.isoformat(), "scanned_at": now,
                             "scan_run_id": result.run_id}
    state.put(values)
    result.total_open = len(updated)
