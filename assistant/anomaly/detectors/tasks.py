"""Task and project detectors: time on closed tasks, on archived projects, long after the deadline; hours
overrun against the allocation; budget burning faster than the schedule elapses.

Flags land on the task, or on the project for project-level findings.
"""

from __future__ import annotations

import pandas as pd

from assistant.anomaly.detectors.common import Ctx, count, day, fmt
from assistant.anomaly.flags import Flag, clip01, ratio_score, severity_for

TS = "account.analytic.line"
TASK = "project.task"
PROJECT = "project.project"
CLOSED_STATES = ("1_done", "1_canceled")


def _task_flag(
    ctx: Ctx,
    kind: str,
    task: int,
    ids: list[int],
    subject: str,
    score: float,
    reason: str,
    evidence: dict[str, object],
    table: dict[str, object] | None,
    odoo_model: str = TS,
) -> Flag:
    proj = ctx.task_project.get(task, 0)
    return Flag(
        kind=kind,
        odoo_model=odoo_model,
        record_ids=tuple(ids),
        target_model=TASK,
        target_id=task,
        severity=severity_for(score),
        score=score,
        reason=reason,
        evidence=evidence,
        subject=subject,
        scope=f"task:{task}",
        group=proj or None,
        assignee_id=ctx.project_manager.get(proj) or None,
        table=table or {},
    )


def _live_lines(ctx: Ctx) -> pd.DataFrame:
    """Lines on projects that are not archived: time on archived projects is ``ts_archived_project``'s finding
    (their tasks are closed and past their deadlines too; one flag says it better than three)."""
    p = ctx.data.projects
    return ctx.ts[~ctx.ts["project_id"].isin(p.loc[~p["active"], "id"])]


def closed_task(ctx: Ctx) -> list[Flag]:
    tasks = ctx.data.tasks
    closed = tasks[
        (tasks["is_closed"] | tasks["stage_fold"] | tasks["state"].isin(CLOSED_STATES))
        & tasks["closed_on"].notna()
    ]
    t = _live_lines(ctx)
    if closed.empty or t.empty:
        return []
    lines = t.merge(
        closed[["id", "closed_on", "state"]].rename(columns={"id": "task_id", "state": "task_state"}),
        on="task_id",
    )
    lines = lines[lines["date"] > lines["closed_on"] + pd.Timedelta(days=ctx.th.closed_task_grace_days)]
    if lines.empty:
        return []
    g = lines.groupby("task_id", sort=True).agg(
        hours=("hours", "sum"),
        n=("id", "size"),
        last=("date", "max"),
        closed_on=("closed_on", "first"),
        state=("task_state", "first"),
    )
    ids, tables = ctx.ids_by(lines, ["task_id"]), ctx.line_tables(lines, ["task_id"])
    flags = []
    for task, hours, n, last, closed_on, state in g.reset_index().itertuples(index=False):
        word = "cancelled" if state == "1_canceled" else "closed"
        score = min(1.0, 0.3 + hours / 20)
        flags.append(
            _task_flag(
                ctx,
                "ts_closed_task",
                task,
                ids[task],
                "after closure",
                score,
                f"{ctx.task(task)} was {word} on {day(closed_on)}, yet {fmt(hours)} h of time ({count(n, 'entry')}) "
                f"is dated after that (latest {day(last)}).",
                {
                    "closed_on": day(closed_on),
                    "entries": n,
                    "hours": hours,
                    "latest_entry": day(last),
                    "state": word,
                },
                tables.get(task),
            )
        )
    return flags


def archived_project(ctx: Ctx) -> list[Flag]:
    projects = ctx.data.projects
    archived = projects[~projects["active"]]
    t = ctx.ts
    if archived.empty or t.empty:
        return []
    a = archived[["id", "write_date", "date"]].rename(
        columns={"id": "project_id", "write_date": "archived_at", "date": "end_date"}
    )
    lines = t.merge(a, on="project_id")
    grace = pd.Timedelta(days=ctx.th.archived_grace_days)
    after_archive = (
        lines["create_date"].notna()
        & lines["archived_at"].notna()
        & (lines["create_date"] >= lines["archived_at"])
    )
    after_end = lines["end_date"].notna() & (lines["date"] > lines["end_date"] + grace)
    lines = lines[after_archive | after_end]
    if lines.empty:
        return []
    g = lines.groupby("project_id", sort=True).agg(
        hours=("hours", "sum"), n=("id", "size"), last=("date", "max")
    )
    ids, tables = ctx.ids_by(lines, ["project_id"]), ctx.line_tables(lines, ["project_id"])
    flags = []
    for proj, hours, n, last in g.reset_index().itertuples(index=False):
        score = min(1.0, 0.3 + hours / 20)
        flags.append(
            Flag(
                kind="ts_archived_project",
                odoo_model=TS,
                record_ids=tuple(ids[proj]),
                target_model=PROJECT,
                target_id=proj,
                severity=severity_for(score),
                score=score,
                subject="archived",
                reason=f"{fmt(hours)} h of time ({count(n, 'entry')}, latest {day(last)}) was logged on the archived "
                f"project {ctx.project(proj)} after it was archived or ended.",
                evidence={"entries": n, "hours": hours, "latest_entry": day(last)},
                scope=f"project:{proj}",
                assignee_id=ctx.project_manager.get(proj) or None,
                table=tables.get(proj, {}),
            )
        )
    return flags


def after_deadline(ctx: Ctx, exclude: set[int] | None = None) -> list[Flag]:
    """Time dated more than ``after_deadline_days`` after the task deadline (tasks flagged closed excluded)."""
    tasks = ctx.data.tasks
    dl = tasks[tasks["date_deadline"].notna()][["id", "date_deadline"]].rename(columns={"id": "task_id"})
    t = _live_lines(ctx)
    if dl.empty or t.empty:
        return []
    lines = t.merge(dl, on="task_id")
    lines = lines[lines["date"] > lines["date_deadline"] + pd.Timedelta(days=ctx.th.after_deadline_days)]
    if exclude:
        lines = lines[~lines["task_id"].isin(list(exclude))]
    if lines.empty:
        return []
    g = lines.groupby("task_id", sort=True).agg(
        hours=("hours", "sum"), n=("id", "size"), last=("date", "max"), deadline=("date_deadline", "first")
    )
    ids, tables = ctx.ids_by(lines, ["task_id"]), ctx.line_tables(lines, ["task_id"])
    flags = []
    for task, hours, n, last, deadline in g.reset_index().itertuples(index=False):
        days_late = int((last - deadline).days)
        score = min(1.0, 0.2 + hours / 30 + days_late / 365)
        flags.append(
            _task_flag(
                ctx,
                "ts_after_deadline",
                task,
                ids[task],
                "after deadline",
                score,
                f"{fmt(hours)} h of time ({count(n, 'entry')}) on {ctx.task(task)} is dated more than "
                f"{ctx.th.after_deadline_days} "
                f"days after its deadline of {day(deadline)} (latest {day(last)}, {days_late} days after).",
                {
                    "deadline": day(deadline),
                    "entries": n,
                    "hours": hours,
                    "latest_entry": day(last),
                    "days_after_deadline": days_late,
                },
                tables.get(task),
            )
        )
    return flags


def _overrun(frame: pd.DataFrame, tol: float, min_hours: float) -> pd.DataFrame:
    f = frame[(frame["allocated_hours"] > 0)]
    excess = f["effective_hours"] - f["allocated_hours"]
    return f[(f["effective_hours"] > f["allocated_hours"] * (1 + tol)) & (excess >= min_hours)]


def task_overrun(ctx: Ctx) -> list[Flag]:
    th = ctx.th
    hot = _overrun(ctx.data.tasks, th.overrun_tolerance, th.overrun_min_hours)
    flags = []
    for task, alloc, eff in hot[["id", "allocated_hours", "effective_hours"]].itertuples(index=False):
        pct = 100 * eff / alloc
        score = ratio_score(eff, alloc * (1 + th.overrun_tolerance), span=1.0)
        flags.append(
            _task_flag(
                ctx,
                "task_overrun",
                task,
                [task],
                "overrun",
                score,
                f"{ctx.task(task)} has {fmt(eff)} h logged against {fmt(alloc)} h allocated ({fmt(pct, 0)}%).",
                {
                    "allocated_hours": alloc,
                    "effective_hours": eff,
                    "used_pct": round(pct),
                    "excess_hours": eff - alloc,
                },
                None,
                odoo_model=TASK,
            )
        )
    return flags


def project_overrun(ctx: Ctx) -> list[Flag]:
    th = ctx.th
    hot = _overrun(ctx.data.projects, th.overrun_tolerance, th.overrun_min_hours)
    flags = []
    for proj, alloc, eff in hot[["id", "allocated_hours", "effective_hours"]].itertuples(index=False):
        pct = 100 * eff / alloc
        score = ratio_score(eff, alloc * (1 + th.overrun_tolerance), span=1.0)
        flags.append(
            Flag(
                kind="project_overrun",
                odoo_model=PROJECT,
                record_ids=(proj,),
                target_model=PROJECT,
                target_id=proj,
                severity=severity_for(score),
                score=score,
                subject="overrun",
                scope=f"project:{proj}",
                reason=f"{ctx.project(proj)} has {fmt(eff)} h logged against {fmt(alloc)} h allocated "
                f"({fmt(pct, 0)}%).",
                evidence={
                    "allocated_hours": alloc,
                    "effective_hours": eff,
                    "used_pct": round(pct),
                    "excess_hours": eff - alloc,
                },
                assignee_id=ctx.project_manager.get(proj) or None,
            )
        )
    return flags


def fast_burn(ctx: Ctx) -> list[Flag]:
    """Projects on schedule dates that burned ``burn_margin`` more of their hours than of their time."""
    th = ctx.th
    p = ctx.data.projects
    p = p[
        (p["allocated_hours"] > 0)
        & p["date_start"].notna()
        & p["date"].notna()
        & (p["date"] > p["date_start"])
    ]
    if p.empty:
        return []
    span = (p["date"] - p["date_start"]).dt.days
    p = p.assign(
        elapsed=((ctx.today - p["date_start"]).dt.days / span).clip(lower=0),
        burn=p["effective_hours"] / p["allocated_hours"],
    )
    hot = p[
        (p["elapsed"] < 1)
        & (p["burn"] >= th.burn_min)
        & (p["burn"] - p["elapsed"] >= th.burn_margin)
        & (p["burn"] <= 1 + th.overrun_tolerance)
    ]
    flags = []
    for proj, alloc, eff, start, end, e, b in hot[
        ["id", "allocated_hours", "effective_hours", "date_start", "date", "elapsed", "burn"]
    ].itertuples(index=False):
        score = clip01((b - e - th.burn_margin) / 0.5 + 0.3)
        flags.append(
            Flag(
                kind="project_fast_burn",
                odoo_model=PROJECT,
                record_ids=(proj,),
                target_model=PROJECT,
                target_id=proj,
                severity=severity_for(score),
                score=score,
                subject="fast burn",
                scope=f"project:{proj}",
                reason=f"{ctx.project(proj)} has used {fmt(100 * b, 0)}% of its {fmt(alloc)} allocated hours at "
                f"{fmt(100 * e, 0)}% of its schedule ({day(start)} to {day(end)}).",
                evidence={
                    "allocated_hours": alloc,
                    "effective_hours": eff,
                    "burn_pct": round(100 * b),
                    "elapsed_pct": round(100 * e),
                    "date_start": day(start),
                    "date_end": day(end),
                },
                assignee_id=ctx.project_manager.get(proj) or None,
            )
        )
    return flags
