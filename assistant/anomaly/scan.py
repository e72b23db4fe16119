"""``assistant scan anomalies``: fetch -> detect -> dedupe -> group -> (rank/explain) -> write back -> log -> remember.

One scan reads Odoo in batches (all records dated in the window, or only what changed since the ``write_date``
watermark plus what open flags need), runs the detectors, and compares with the open flags in ``kv_state``.

Dedupe and resolve work per **flag** (one occurrence, keyed by kind, target and subject): a flag still detected
stays open and is not raised again; an open flag no longer detected is logged as resolved. Review activities work
per **group**, the (kind, target record) pair (:mod:`assistant.anomaly.groups`): there is at most one open
activity per group, and its note lists every occurrence in one evidence table. New flags of a group are:

* **new**: the group has no open activity in Odoo, so one is created (batched, grouped per project for tasks)
  listing them, plus any earlier flags of the group that no activity listed yet;
* **attached**: the group already has an open activity (found by the group marker in its summary, by the
  activity id kept in the scan state, or, for activities created before grouping, by the flag's own marker).
  No second activity, and the open one is not rewritten (an edit would clobber a reviewer's changes and show
  up as an "edited" review): the flag is logged with that activity id, and if the activity's note does not list
  it, it waits in the scan state as *unlisted*; once a reviewer closes that activity and the flag is still
  detected, the next scan lists it in a new activity of the group. A reviewer thus sees every occurrence once.

When every open flag of a group has resolved, the group is logged as resolved. The prompt log gets one ``scan``
row, one row per new or attached flag (evidence, redacted), one row per created activity (the group; the only
row carrying an ``activity_id``, so review sync and acceptance rates count activities, not occurrences), one row
per resolved flag and one per resolved group, all model ``rules``; the optional ranking model is a normal
pipeline run. ``dry_run`` writes nothing to Odoo (it reads open activities to say what it would do) and does not
touch the scan state.
"""

from __future__ import annotations

import time
import uuid
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import TYPE_CHECKING, Any

from assistant import clock
from assistant.anomaly.detectors import detect
from assistant.anomaly.fetch import Scope, changed_scope, newest_write_date
from assistant.anomaly.flags import Flag
from assistant.anomaly.groups import FlagGroup, activity_key, group_flags, group_of
from assistant.anomaly.kinds import KINDS, select_kinds
from assistant.anomaly.load import load
from assistant.anomaly.note import render
from assistant.anomaly.scanlog import log_scan, remember
from assistant.anomaly.state import ScanState
from assistant.errors import OdooError
from assistant.lander import Lander
from assistant.odoo.activities import ActivitySpec
from assistant.odoo.gateway import OdooGateway
from assistant.pipeline import marker
from assistant.recorder import ANOMALY_TASK, Recorder
from assistant.settings import Settings
from assistant.store.promptlog import LogEntry

if TYPE_CHECKING:
    from assistant.llm import Backend
    from assistant.runtime import Runtime

TASK = ANOMALY_TASK  # the task name of every row a scan logs


@dataclass
class ScanResult:
    run_id: str
    dry_run: bool
    incremental: bool
    since: date
    kinds: list[str]
    flags: list[Flag] = field(default_factory=list)  # detected in this scan's scope, best first
    new: list[str] = field(
        default_factory=list
    )  # flag keys raised now, listed in a new activity of their group
    attached: list[str] = field(
        default_factory=list
    )  # flag keys raised now, attached to the group's open activity
    open_keys: list[str] = field(default_factory=list)  # flag keys detected again, already open
    relisted: list[str] = field(default_factory=list)  # open, unlisted flag keys now listed in a new activity
    unlisted: list[str] = field(
        default_factory=list
    )  # attached flag keys the open activity's note does not list
    resolved: list[dict[str, Any]] = field(default_factory=list)  # state entries no longer detected
    resolved_groups: list[dict[str, Any]] = field(
        default_factory=list
    )  # groups whose every open flag resolved
    groups: dict[str, str] = field(default_factory=dict)  # group key -> "new" (activity created now) | "open"
    raised: list[FlagGroup] = field(default_factory=list)  # groups given a new activity (dry run: would be)
    activity_ids: dict[str, int] = field(
        default_factory=dict
    )  # flag key -> the activity of its group, if known
    created: dict[str, int] = field(default_factory=dict)  # group key -> activity created by this scan
    explanations: dict[str, str] = field(default_factory=dict)  # flag key -> accepted model explanation
    ranking_run_id: str | None = None
    ranking_status: str | None = None
    ranking_model: str | None = None
    scope: dict[str, int] = field(default_factory=dict)
    timings: dict[str, float] = field(default_factory=dict)
    errors: list[str] = field(default_factory=list)
    total_open: int = 0

    def status_of(self, flag: Flag) -> str:
        """new | attached (new flag, its group's activity was already open) | open (raised by an earlier scan)."""
        return "new" if flag.key in self.new else "attached" if flag.key in self.attached else "open"

    def counts(self) -> dict[str, int]:
        out: dict[str, int] = {}
        for f in self.flags:
            out[f.kind] = out.get(f.kind, 0) + 1
        return out


def detect_only(
    settings: Settings,
    gw: OdooGateway,
    *,
    since: date | None = None,
    kinds: list[str] | None = None,
    today: date | None = None,
) -> list[Flag]:
    """Full detection without state, write-back or logging (the ranking task run on its own)."""
    today = today or clock.today()
    since = since or today - timedelta(days=settings.anomaly.lookback_days)
    data = load(gw, settings.anomaly, since=since, today=today, scope=Scope(full=True))
    return detect(data, settings.anomaly, select_kinds(kinds))


def scan_anomalies(
    settings: Settings,
    gw: OdooGateway,
    runtime: Runtime,
    *,
    since: date | None = None,
    kinds: list[str] | None = None,
    dry_run: bool = False,
    full: bool = False,
    backend: Backend | None = None,
    today: date | None = None,
) -> ScanResult:
    started = time.perf_counter()
    th = settings.anomaly
    today = today or clock.today()
    wanted = select_kinds(kinds)
    all_kinds = set(wanted) == set(KINDS)
    state = ScanState(runtime.db, gw.instance)
    open_flags = state.open_flags()
    mark = state.watermark()
    incremental = (
        bool(mark.get("write_date"))
        and not full
        and (since is None or since.isoformat() == mark.get("since"))
    )
    since = since or (
        date.fromisoformat(mark["since"])
        if incremental and mark.get("since")
        else today - timedelta(days=th.lookback_days)
    )
    result = ScanResult(
        run_id=str(uuid.uuid4()), dry_run=dry_run, incremental=incremental, since=since, kinds=wanted
    )
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
    result.resolved = [
        dict(v, key=k)
        for k, v in open_flags.items()
        if v["kind"] in wanted and scope.covers(v["scope"]) and k not in detected
    ]
    still_open = {k: v for k, v in open_flags.items() if k not in {r["key"] for r in result.resolved}}
    for k, v in still_open.items():
        if v.get("activity_id"):
            result.activity_ids[k] = int(v["activity_id"])
        result.groups[group_of(v)] = "open"
    # the groups to place: new flags, and open flags no activity lists yet (their group's activity may be closed)
    waiting = [detected[k] for k in result.open_keys if not open_flags[k].get("listed", True)]
    placing = group_flags([*fresh, *waiting])
    t0 = time.perf_counter()
    found = _open_group_activities(gw, placing, still_open)
    result.timings["activities"] = round(time.perf_counter() - t0, 4)
    fresh_keys = {f.key for f in fresh}
    for g in placing.values():
        if g.key in found:
            act_id, note = found[g.key]
            result.groups[g.key] = "open"
            for f in g.flags:
                result.activity_ids[f.key] = act_id
                if f.key in fresh_keys:
                    result.attached.append(f.key)
                if (
                    f.key[:10] not in note
                ):  # the activity's note does not show it: list it when that one closes
                    result.unlisted.append(f.key)
        else:
            result.groups[g.key] = "new"
            result.raised.append(g)
            result.new += [f.key for f in g.flags if f.key in fresh_keys]
            result.relisted += [f.key for f in g.flags if f.key not in fresh_keys]
    result.resolved_groups = _resolved_groups(result.resolved, still_open, fresh)
    listing = [f for g in result.raised for f in g.flags]
    if backend is not None and backend.is_model and listing:
        _rank(settings, gw, runtime, backend, listing, result, today)
    recorder = Recorder(runtime.log, gw.instance)
    entries = {f.key: recorder.flag(f, th.version(), result.run_id) for f in fresh}
    group_entries = {
        g.key: recorder.group_activity(g, activity_key(g.key, result.run_id), th.version(), result.run_id)
        for g in result.raised
    }
    if not dry_run:
        _write_back(
            settings, gw, Lander(gw, runtime.db), result.raised, entries, group_entries, result, today
        )
    result.timings["total"] = round(time.perf_counter() - started, 4)
    log_scan(recorder, settings, result, fresh, entries, group_entries, newest)
    if dry_run:
        result.total_open = len(open_flags)
    else:  # a scan of some kinds only never moves the watermark (the other kinds have not seen the changes)
        remember(state, open_flags, result, fresh, entries, newest, since, advance=all_kinds)
    return result


def _open_group_activities(
    gw: OdooGateway, groups: dict[str, FlagGroup], still_open: dict[str, dict[str, Any]]
) -> dict[str, tuple[int, str]]:
    """The open activity of each group, if any: group key -> (activity id, note text).

    Odoo is the truth about "open" (a reviewer may have marked the activity done or cancelled it since the last
    scan; a lost scan state must not duplicate one). Matched, in this order, by the group marker in the summary,
    by an activity id the scan state keeps for the group's open flags (also when a reviewer edited the marker
    away), or by a flag's own marker (activities from before grouping, one per flag).
    """
    if not groups:
        return {}
    known: dict[str, set[int]] = {}
    for entry in still_open.values():
        if entry.get("activity_id"):
            known.setdefault(group_of(entry), set()).add(int(entry["activity_id"]))
    by_model: dict[str, set[int]] = {}
    for g in groups.values():
        by_model.setdefault(g.target_model, set()).add(g.target_id)
    known_ids = sorted({i for g in groups for i in known.get(g, set())})
    acts: dict[tuple[str, int], list[dict[str, Any]]] = {}
    for model, ids in by_model.items():
        targets = sorted(ids)
        for start in range(0, len(targets), gw.batch_size):
            chunk = targets[start : start + gw.batch_size]
            domain: list[Any] = [["res_model", "=", model], ["res_id", "in", chunk]]
            domain += (
                ["|", ["summary", "ilike", "["], ["id", "in", known_ids]]
                if known_ids
                else [["summary", "ilike", "["]]
            )
            for act in gw.search_read(
                "mail.activity", domain, ["res_id", "summary", "note"], order="id desc"
            ):
                acts.setdefault((model, int(act["res_id"])), []).append(act)
    found: dict[str, tuple[int, str]] = {}
    for g in groups.values():
        hit = _match(g, acts.get((g.target_model, g.target_id), []), known.get(g.key, set()))
        if hit is not None:
            found[g.key] = (int(hit["id"]), str(hit.get("note") or ""))
    return found


def _match(group: FlagGroup, candidates: list[dict[str, Any]], known: set[int]) -> dict[str, Any] | None:
    """The newest candidate with the group marker, else with a known id, else with one of the flags' markers."""

    def summary(act: dict[str, Any]) -> str:
        return str(act.get("summary") or "")

    return (
        next((a for a in candidates if marker(group.key) in summary(a)), None)
        or next((a for a in candidates if int(a["id"]) in known), None)
        or next((a for a in candidates if any(marker(f.key) in summary(a) for f in group.flags)), None)
    )


def _resolved_groups(
    resolved: list[dict[str, Any]], still_open: dict[str, dict[str, Any]], fresh: list[Flag]
) -> list[dict[str, Any]]:
    """Groups with a flag resolved now and no flag left open (nor detected anew): the group is resolved."""
    alive = {group_of(v) for v in still_open.values()} | {f.group_key for f in fresh}
    out: dict[str, dict[str, Any]] = {}
    for entry in resolved:
        key = group_of(entry)
        if key in alive:
            continue
        group = out.setdefault(
            key,
            {
                "group_key": key,
                "kind": entry["kind"],
                "target_model": entry["target_model"],
                "target_id": int(entry["target_id"]),
                "flags": [],
                "activity_ids": [],
            },
        )
        group["flags"].append(entry["key"])
        if entry.get("activity_id") and int(entry["activity_id"]) not in group["activity_ids"]:
            group["activity_ids"].append(int(entry["activity_id"]))
    return list(out.values())


def _rank(
    settings: Settings,
    gw: OdooGateway,
    runtime: Runtime,
    backend: Backend,
    flags: list[Flag],
    result: ScanResult,
    today: date,
) -> None:
    from assistant.anomaly.explain import AnomalyRanking

    task = AnomalyRanking(flags, limit=settings.anomaly.llm_max_candidates)
    company = gw.search_ids("res.company", [], limit=1) or [1]
    run = runtime.pipeline(gw, backend, today).run(task, company)[0]
    result.ranking_run_id, result.ranking_status, result.ranking_model = run.run_id, run.status, run.model
    if run.status != "ok":  # rejected, failed or unchanged (no restorable text): deterministic reasons stay
        return
    short = {f.key[:12]: f.key for f in flags}
    ranking = (run.output or {}).get("ranking", [])  # the stage's result, placeholders restored
    result.explanations = {short[i["flag"]]: i["explanation"] for i in ranking if i["flag"] in short}
    ranked = [short[i["flag"]] for i in ranking if i["flag"] in short]
    rank = {k: i for i, k in enumerate(ranked)}
    result.flags.sort(key=lambda f: (rank.get(f.key, len(rank)), -f.score))


def summary_of(group: FlagGroup, scan_id: str) -> str:
    """Activity summary: the kind's label, the group marker (finds the open activity of the group again) and the
    activity marker (review sync)."""
    return (
        f"Anomaly: {KINDS[group.kind].label} {marker(group.key)} {marker(activity_key(group.key, scan_id))}"
    )


def _write_back(
    settings: Settings,
    gw: OdooGateway,
    lander: Lander,
    groups: list[FlagGroup],
    entries: dict[str, LogEntry],
    group_entries: dict[str, LogEntry],
    result: ScanResult,
    today: date,
) -> None:
    if not groups:
        return
    ranks: dict[str, int] = {}
    if result.explanations:  # a group ranks where its best-ranked flag does
        for f in result.flags:
            ranks.setdefault(f.group_key, len(ranks) + 1)
    cfg = settings.odoo
    max_rows = settings.anomaly.max_evidence_rows * 3
    specs = []
    for g in groups:
        note = render(
            g,
            run_id=group_entries[g.key].run_id,
            model="rules",
            max_rows=max_rows,
            explanations=result.explanations,
            rank=ranks.get(g.key),
            explainer=result.ranking_model,
        )
        lead = g.lead
        specs.append(
            ActivitySpec(
                res_model=g.target_model,
                res_id=g.target_id,
                summary=summary_of(g, result.run_id),
                note_html=note,
                user_id=cfg.finance_user_id or lead.assignee_id or cfg.fallback_user_id,
                deadline=today + timedelta(days=cfg.activity_deadline_days),
                group=lead.group if g.target_model == "project.task" else None,
            )
        )
    landing = lander.land(specs, [group_entries[g.key].run_id for g in groups])
    for g, activity_id, exc in zip(groups, landing.ids, landing.errors, strict=True):
        if not activity_id:  # not confirmed by Odoo: logged failed, not remembered, raised again next scan
            error = exc or OdooError("activity not created")
            result.errors.append(f"write-back failed for {g.key[:10]}: {error}")
            for entry in [group_entries[g.key], *(entries[f.key] for f in g.flags if f.key in entries)]:
                entry.status, entry.error_class = "failed", error.error_class
                entry.error_message = f"write-back failed: {error}"
            continue
        group_entries[g.key].activity_id = activity_id
        result.created[g.key] = activity_id
        for f in g.flags:
            result.activity_ids[f.key] = activity_id
