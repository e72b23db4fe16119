"""The benchmark's baseline: the same 25 detectors written the straightforward way, one record at a time over the
lists of dicts Odoo's ``search_read`` returns (no numpy, no pandas). It returns the same
``(kind, target model, target id)`` findings as :func:`assistant.anomaly.detectors.detect` (checked by the
benchmark) without building reasons or evidence tables, so the comparison favours the loop if anything.
"""

from __future__ import annotations

import re
import statistics
from collections import defaultdict
from datetime import date, timedelta
from typing import Any

from assistant.anomaly.config import AnomalySettings
from assistant.anomaly.detectors.common import norm_ref
from assistant.anomaly.detectors.duplicates import similarity

Finding = tuple[str, str, int]
_WS, _PUNCT = re.compile(r"\s+"), re.compile(r"[^\w\s]")


def _norm(text: str) -> str:
    return _WS.sub(" ", _PUNCT.sub(" ", text.lower())).strip()


def _monday(d: date) -> date:
    return d - timedelta(days=d.weekday())


def run(data: dict[str, list[dict[str, Any]]], th: AnomalySettings, today: date) -> set[Finding]:
    out: set[Finding] = set()
    ts = [r for r in data["timesheets"] if r["project_id"] and not r.get("outside_window")]
    tasks = {t["id"]: t for t in data["tasks"]}
    projects = {p["id"]: p for p in data["projects"]}
    daily: dict[tuple[int, date], float] = defaultdict(float)
    weekly: dict[tuple[int, date], float] = defaultdict(float)
    weekend: dict[tuple[int, date], float] = defaultdict(float)
    exact: dict[tuple[Any, ...], int] = defaultdict(int)
    same_day: dict[tuple[int, int, int, date], list[dict[str, Any]]] = defaultdict(list)
    late: set[tuple[int, date]] = set()
    months: dict[tuple[int, str], list[int]] = defaultdict(lambda: [0, 0])
    whole_total = 0
    for r in ts:
        emp, d, h = r["employee_id"], r["date"], r["hours"]
        daily[(emp, d)] += h
        weekly[(emp, _monday(d))] += h
        if d.weekday() >= 5:
            weekend[(emp, _monday(d))] += h
        key = (emp, r["task_id"], r["project_id"], d)
        exact[(*key, round(h * 100), _norm(r["name"]))] += 1
        same_day[key].append(r)
        if r["create_date"] is not None and (r["create_date"].date() - d).days > th.late_capture_days:
            late.add((emp, _monday(r["create_date"].date())))
        whole = h > 0 and h % 1.0 == 0
        whole_total += whole
        m = months[(emp, d.strftime("%Y-%m"))]
        m[0] += 1
        m[1] += whole
    out |= {("ts_daily_excess", "hr.employee", e) for (e, _), h in daily.items() if h > th.max_daily_hours}
    out |= {("ts_weekly_excess", "hr.employee", e) for (e, _), h in weekly.items() if h > th.max_weekly_hours}
    out |= {
        ("ts_weekend", "hr.employee", e)
        for (e, _), h in weekend.items()
        if h >= max(th.weekend_min_hours, 1e-9)
    }
    out |= {("ts_late_capture", "hr.employee", e) for e, _ in late}
    if data.get("has_leave_data"):
        on_leave: dict[tuple[int, date], int] = {}
        for lv in data["leaves"]:
            d = lv["date_from"]
            while d <= lv["date_to"]:
                on_leave[(lv["employee_id"], d)] = lv["id"]
                d += timedelta(days=1)
        hours: dict[tuple[int, int], float] = defaultdict(float)
        for r in ts:
            leave = on_leave.get((r["employee_id"], r["date"]))
            if leave is not None:
                hours[(r["employee_id"], leave)] += r["hours"]
        out |= {
            ("ts_on_leave", "hr.employee", e)
            for (e, _), h in hours.items()
            if h >= max(th.leave_min_hours, 1e-9)
        }
    for key, n in exact.items():
        if n > 1:
            out.add(
                ("ts_duplicate", "project.task", key[1])
                if key[1]
                else ("ts_duplicate", "project.project", key[2])
            )
    for (_emp, task, proj, _d), rows in same_day.items():
        if len(rows) < 2:
            continue
        seen, uniq = set(), []
        for r in rows:
            k = (round(r["hours"] * 100), _norm(r["name"]))
            if k not in seen:
                seen.add(k)
                uniq.append(r)
        words = frozenset(_norm(tasks[task]["name"]).split()) if task in tasks else frozenset()
        if any(
            abs(a["hours"] - b["hours"]) <= th.near_dup_hours_tolerance + 1e-9
            and similarity(_norm(a["name"]), _norm(b["name"]), words) >= th.near_dup_similarity
            for i, a in enumerate(uniq)
            for b in uniq[i + 1 :]
        ):
            out.add(
                ("ts_near_duplicate", "project.task", task)
                if task
                else ("ts_near_duplicate", "project.project", proj)
            )
    _state(out, ts, tasks, projects, th, today)
    _personal(out, daily, months, whole_total, len(ts), th)
    _billing(out, data, th, today)
    _expenses(out, data, th)
    return out


def _state(
    out: set[Finding],
    ts: list[dict[str, Any]],
    tasks: dict[int, Any],
    projects: dict[int, Any],
    th: AnomalySettings,
    today: date,
) -> None:
    closed_hit: set[int] = set()
    for r in ts:
        p = projects.get(r["project_id"])
        if p is not None and not p["active"]:
            if (
                r["create_date"] is not None
                and p["write_date"] is not None
                and r["create_date"] >= p["write_date"]
            ) or (p["date"] is not None and r["date"] > p["date"] + timedelta(days=th.archived_grace_days)):
                out.add(("ts_archived_project", "project.project", r["project_id"]))
            continue
        t = tasks.get(r["task_id"])
        if t is None:
            continue
        closed = t["is_closed"] or t["stage_fold"] or t["state"] in ("1_done", "1_canceled")
        if (
            closed
            and t["closed_on"] is not None
            and r["date"] > t["closed_on"] + timedelta(days=th.closed_task_grace_days)
        ):
            closed_hit.add(t["id"])
    out |= {("ts_closed_task", "project.task", t) for t in closed_hit}
    for r in ts:
        p, t = projects.get(r["project_id"]), tasks.get(r["task_id"])
        if (
            t is None
            or (p is not None and not p["active"])
            or t["id"] in closed_hit
            or t["date_deadline"] is None
        ):
            continue
        if r["date"] > t["date_deadline"] + timedelta(days=th.after_deadline_days):
            out.add(("ts_after_deadline", "project.task", t["id"]))
    for kind, model, rows in (
        ("task_overrun", "project.task", tasks.values()),
        ("project_overrun", "project.project", projects.values()),
    ):
        for x in rows:
            a, e = x["allocated_hours"], x["effective_hours"]
            if a > 0 and e > a * (1 + th.overrun_tolerance) and e - a >= th.overrun_min_hours:
                out.add((kind, model, x["id"]))
    for p in projects.values():
        if (
            p["allocated_hours"] > 0
            and p["date_start"] is not None
            and p["date"] is not None
            and p["date"] > p["date_start"]
        ):
            elapsed = max(0.0, (today - p["date_start"]).days / (p["date"] - p["date_start"]).days)
            burn = p["effective_hours"] / p["allocated_hours"]
            if (
                elapsed < 1
                and burn >= th.burn_min
                and burn - elapsed >= th.burn_margin
                and burn <= 1 + th.overrun_tolerance
            ):
                out.add(("project_fast_burn", "project.project", p["id"]))


def _personal(
    out: set[Finding],
    daily: dict[tuple[int, date], float],
    months: dict[tuple[int, str], list[int]],
    whole: int,
    n: int,
    th: AnomalySettings,
) -> None:
    per_emp: dict[int, list[tuple[date, float]]] = defaultdict(list)
    for (e, d), h in daily.items():
        per_emp[e].append((d, h))
    for e, days in per_emp.items():
        values = [h for _, h in days]
        med = statistics.median(values)
        mad = statistics.median([abs(h - med) for h in values])
        if len(values) >= th.outlier_min_days:
            for _d, h in days:
                z = 0.6745 * (h - med) / max(mad, th.mad_floor_hours)
                if z > th.outlier_z and h - med >= th.outlier_min_excess_hours and h <= th.max_daily_hours:
                    out.add(("ts_outlier", "hr.employee", e))
        run, prev = 0, None
        for d, h in sorted(x for x in days if x[0].weekday() < 5):
            same = prev is not None and abs(h - prev[1]) <= 1e-9 and (d - prev[0]).days <= 4
            run = run + 1 if same else 1
            prev = (d, h)
            if run >= th.identical_min_days:
                out.add(("ts_identical_pattern", "hr.employee", e))
    if n and whole / n < th.padding_firm_share_max:
        for (e, _m), (count, w) in months.items():
            if count >= th.padding_min_entries and w / count >= th.padding_share:
                out.add(("ts_round_padding", "hr.employee", e))


def _billing(
    out: set[Finding], data: dict[str, list[dict[str, Any]]], th: AnomalySettings, today: date
) -> None:
    from evals.anomalies.loop_billing import billing

    billing(out, data, th, today, norm=_norm, norm_ref=norm_ref)


def _expenses(out: set[Finding], data: dict[str, list[dict[str, Any]]], th: AnomalySettings) -> None:
    live = [e for e in data["expenses"] if e["state"] not in ("refused", "cancel")]
    limits = {k.strip().lower(): v for k, v in th.expense_limits.items()}
    exempt = {p.strip().lower() for p in th.expense_weekend_exempt}
    by_amount: dict[tuple[int, int], list[dict[str, Any]]] = defaultdict(list)
    for e in live:
        limit = limits.get(
            str(e["product_id"]), limits.get(e["product_name"].strip().lower(), th.expense_limit)
        )
        if e["total_amount"] > limit:
            out.add(("exp_over_limit", "hr.expense", e["id"]))
        if (
            e["date"] is not None
            and e["date"].weekday() >= 5
            and e["product_name"].strip().lower() not in exempt
        ):
            out.add(("exp_weekend", "hr.expense", e["id"]))
        by_amount[(e["employee_id"], round(e["total_amount"] * 100))].append(e)
    for group in by_amount.values():
        for a in group:
            for b in group:
                if a["id"] >= b["id"] or a["date"] is None or b["date"] is None:
                    continue
                gap = abs((b["date"] - a["date"]).days)
                if gap == 0 or (
                    gap <= th.expense_dup_window_days
                    and a["total_amount"] >= th.expense_dup_min_amount
                    and a["product_id"] == b["product_id"]
                    and similarity(_norm(a["name"]), _norm(b["name"])) >= th.near_dup_similarity
                ):
                    out.add(("exp_duplicate", "hr.expense", b["id"]))
