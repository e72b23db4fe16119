"""``assistant scan anomalies``: fetch -> detect -> dedupe -> (rank/explain) -> write back -> log -> remember.

One scan reads Odoo in batches (all records dated in the window, or only what changed since the ``write_date``
watermark plus what open flags need), runs the detectors, and compares with the open flags in ``kv_state``: a new
flag gets one pending activity on its target record (batched, grouped per project for tasks) unless an open
activity with its marker already exists; a flag still detected stays open and is not raised again; an open flag
no longer detected is logged as resolved. The prompt log gets one ``scan`` row and one row per raised or resolved
flag, model ``rules``; the optional ranking model is a normal pipeline run. ``dry_run`` writes nothing to Odoo
and does not touch the scan state.
"""

from __future__ import annotations

import time
import uuid
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import TYPE_CHECKING, Any

from assistant.anomaly.detectors import detect
from assistant.anomaly.fetch import Scope, changed_scope, newest_write_date
from assistant.anomaly.flags import Flag
from assistant.anomaly.kinds import KINDS, select_kinds
from assistant.anomaly.load import load
from assistant.anomaly.note import render
from assistant.anomaly.scanlog import log_scan, remember
from assistant.anomaly.state import ScanState
from assistant.errors import OdooError
from assistant.odoo.gateway import ActivitySpec, OdooGateway
from assistant.pipeline import marker
from assistant.settings import Settings
from assistant.store.promptlog import LogEntry

if TYPE_CHECKING:
    from assistant.llm import Backend
    from assistant.runtime import Runtime

TASK = "anomaly_scan"  # the task name of every row a scan logs


@dataclass
class ScanResult:
    run_id: str
    dry_run: bool
    incremental: bool
    since: date
    kinds: list[str]
    flags: list[Flag] = field(default_factory=list)  # detected in this scan's scope, best first
    new: list[str] = field(default_factory=list)  # keys raised now
    open_keys: list[str] = field(default_factory=list)  # keys detected again, already open
    resolved: list[dict[str, Any]] = field(default_factory=list)  # state entries no longer detected
    activity_ids: dict[str, int] = field(default_factory=dict)
    explanations: dict[str, str] = field(default_factory=dict)  # key -> accepted model explanation
    ranking_run_id: str | None = None
    ranking_status: str | None = None
    ranking_model: str | None = None
    scope: dict[str, int] = field(default_factory=dict)
    timings: dict[str, float] = field(default_factory=dict)
    errors: list[str] = field(default_factory=list)
    total_open: int = 0

    def status_of(self, flag: Flag) -> str:
        return "new" if flag.key in self.new else "open"

    def counts(self) -> dict[str, int]:
        out: dict[str, int] = {}
        for f in self.flags:
            out[f.kind] = out.get(f.kind, 0) + 1
        return out


def detect_only(settings: Settings, gw: OdooGateway, *, since: date | None = None, kinds: list[str] | None = None,
                today: date | None = None) -> list[Flag]:
    """Full detection without state, write-back or logging (the ranking task run on its own)."""
    today = today or date.today()
    since = since or today - timedelta(days=settings.anomaly.lookback_days)
    data = load(gw, settings.anomaly, since=since, today=today, scope=Scope(full=True))
    return detect(data, settings.anomaly, select_kinds(kinds))


def scan_anomalies(settings: Settings, gw: OdooGateway, runtime: Runtime, *, since: date | None = None,
                   kinds: list[str] | None = None, dry_run: bool = False, full: bool = False,
                   backend: Backend | None = None, today: date | None = None) -> ScanResult:
    started = time.perf_counter()
    th = settings.anomaly
    today = today or date.today()
    wanted = select_kinds(kinds)
    all_kinds = set(wanted) == set(KINDS)
    state = ScanState(runtime.db)
    open_flags = state.open_flags()
    mark = state.watermark()
    incremental = bool(mark.get("write_date")) and not full and (since is None or since.isoformat() == mark.get("since"))
    since = since or (date.fromisoformat(mark["since"]) if incremental and mark.get("since")
                      else today - timedelta(days=th.lookback_days))
    result = ScanResult(run_id=str(uuid.uuid4()), dry_run=dry_run, incremental=incremental, since=since, kinds=wanted)
    t0 = time.perf_counter()
    if incremental:
        scope, newest = changed_scope(gw, str(mark["write_date"]), since, th.read_batch)
        for entry in open_flags.values():
            if entry["kind"] in wanted:
                scope.add(entry["scope"])
    else:
        scope, newest = Scope(full=True), newest_write_date(gw)
    result.timings["changes"] = round(time.perf_counter() - t0, 4)
    result.scope = {"full": int(scope.full), **scope.sizes()}
    if not scope.empty:
        t0 = time.perf_counter()
        data = load(gw, th, since=since, today=today, scope=scope)
        result.timings["fetch"] = round(time.perf_counter() - t0, 4)
        result.scope.update({f"rows_{k}": v for k, v in data.size().items()})
        t0 = time.perf_counter()
        per_kind: dict[str, float] = {}
        result.flags = [f for f in detect(data, th, wanted, per_kind) if scope.covers(f.scope)]
        result.timings["detect"] = round(time.perf_counter() - t0, 4)
    detected = {f.key: f for f in result.flags}
    result.open_keys = [k for k in detected if k in open_flags]
    fresh = [f for f in result.flags if f.key not in open_flags]
    result.resolved = [dict(v, key=k) for k, v in open_flags.items()
                       if v["kind"] in wanted and scope.covers(v["scope"]) and k not in detected]
    adopted = {} if dry_run else _already_in_odoo(gw, fresh)
    result.new = [f.key for f in fresh if f.key not in adopted]
    if backend is not None and getattr(backend, "is_model", False) and result.new:
        _rank(settings, gw, runtime, backend, [detected[k] for k in result.new], result, today)
    entries = {f.key: _flag_entry(f, th.version(), result.run_id) for f in fresh}
    if not dry_run:
        _write_back(settings, gw, [detected[k] for k in result.new], entries, result, today)
    for key, activity_id in adopted.items():
        entries[key].activity_id = activity_id
        entries[key].decided_by = "rules (open in Odoo)"  # fits String(32)
        result.activity_ids[key] = activity_id
    result.timings["total"] = round(time.perf_counter() - started, 4)
    log_scan(runtime, settings, result, fresh, entries, newest)
    if dry_run:
        result.total_open = len(open_flags)
    else:  # a scan of some kinds only never moves the watermark (the other kinds have not seen the changes)
        remember(state, open_flags, result, fresh, entries, newest, since, advance=all_kinds)
    return result


def _already_in_odoo(gw: OdooGateway, flags: list[Flag]) -> dict[str, int]:
    """Open activities that carry a flag's marker (guards against a lost or reset scan state)."""
    by_model: dict[str, set[int]] = {}
    for f in flags:
        by_model.setdefault(f.target_model, set()).add(f.target_id)
    found: dict[tuple[str, int], list[tuple[str, int]]] = {}
    for model, ids in by_model.items():
        for act in gw.open_activities(model, sorted(ids), "["):
            found.setdefault((model, int(act["res_id"])), []).append((str(act["summary"]), int(act["id"])))
    return {f.key: act_id for f in flags for summary, act_id in found.get((f.target_model, f.target_id), [])
            if marker(f.key) in summary}


def _rank(settings: Settings, gw: OdooGateway, runtime: Runtime, backend: Backend, flags: list[Flag],
          result: ScanResult, today: date) -> None:
    from assistant.anomaly.explain import AnomalyRanking

    task = AnomalyRanking(flags, limit=settings.anomaly.llm_max_candidates)
    company = gw.search_ids("res.company", [], limit=1) or [1]
    run = runtime.pipeline(gw, backend, today).run(task, company)[0]
    result.ranking_run_id, result.ranking_status, result.ranking_model = run.run_id, run.status, run.model
    if run.status != "ok":  # rejected, failed or unchanged (no restorable text): deterministic reasons stay
        return
    short = {f.key[:12]: f.key for f in flags}
    result.explanations = {short[k]: v for k, v in task.restored.items() if k in short}
    ranked = [short[k] for k in task.order if k in short]
    rank = {k: i for i, k in enumerate(ranked)}
    result.flags.sort(key=lambda f: (rank.get(f.key, len(rank)), -f.score))


def _flag_entry(flag: Flag, version: str, scan_id: str) -> LogEntry:
    return LogEntry(run_key=flag.key, task=TASK, prompt_name=f"anomaly.{flag.kind}", prompt_version=version,
                    model="rules", odoo_model=flag.target_model, odoo_id=flag.target_id, status="ok",
                    model_params={"detector": flag.kind, "thresholds": version, "scan_run_id": scan_id},
                    decided_by="rules", user_prompt=f"deterministic detector {flag.kind}")


def _write_back(settings: Settings, gw: OdooGateway, flags: list[Flag], entries: dict[str, LogEntry],
                result: ScanResult, today: date) -> None:
    if not flags:
        return
    ranks = {f.key: i + 1 for i, f in enumerate(result.flags)} if result.explanations else {}
    cfg = settings.odoo
    specs = []
    for f in flags:
        entry = entries[f.key]
        note = render(f, run_id=entry.run_id, model="rules", explanation=result.explanations.get(f.key),
                      rank=ranks.get(f.key), explainer=result.ranking_model)
        specs.append(ActivitySpec(res_model=f.target_model, res_id=f.target_id,
                                  summary=f"Anomaly: {KINDS[f.kind].label} {marker(f.key)}", note_html=note,
                                  user_id=cfg.finance_user_id or f.assignee_id or cfg.fallback_user_id,
                                  deadline=today + timedelta(days=cfg.activity_deadline_days),
                                  group=f.group if f.target_model == "project.task" else None))
    try:
        ids = gw.create_activities(specs)
    except OdooError as exc:
        result.errors.append(f"write-back failed: {exc}")
        for f in flags:
            entries[f.key].status, entries[f.key].error_class = "failed", exc.error_class
            entries[f.key].error_message = f"write-back failed: {exc}"
        return
    for f, activity_id in zip(flags, ids, strict=True):
        entries[f.key].activity_id = activity_id
        result.activity_ids[f.key] = activity_id
