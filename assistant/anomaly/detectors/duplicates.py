"""Duplicate timesheet entries: exact (same employee, task, date, hours and description) and near-duplicates
(same employee, task and date; hours within a tolerance; descriptions that are almost the same).

Flags land on the task (or on the project for lines without a task). Descriptions are compared after
normalisation (case, punctuation, spacing), computed once per distinct description.
"""

from __future__ import annotations

import hashlib
from difflib import SequenceMatcher

import pandas as pd

from assistant.anomaly.detectors.common import Ctx, day, fmt, norm_text
from assistant.anomaly.flags import Flag, severity_for

TS = "account.analytic.line"


def _target(ctx: Ctx, task: int, project: int) -> tuple[str, int, int | None, int | None]:
    """(model, id, activity group, assignee) for lines of a task, or of a project when there is no task."""
    if task:
        proj = ctx.task_project.get(task, project)
        return "project.task", task, proj, ctx.project_manager.get(proj) or None
    return "project.project", project, None, ctx.project_manager.get(project) or None


def similarity(a: str, b: str, common: frozenset[str] = frozenset()) -> float:
    """0-1 similarity of two normalised descriptions: the better of token overlap and character matching.

    Tokens in ``common`` (the task's name, which people repeat in every entry) are dropped first, so that
    "Work on gap analysis" and "Review: gap analysis" compare as "work on" vs "review", which they are.
    """
    if common:
        a = " ".join(w for w in a.split() if w not in common)
        b = " ".join(w for w in b.split() if w not in common)
    if a == b:
        return 1.0
    if not a or not b:
        return 0.0
    ta, tb = set(a.split()), set(b.split())
    jaccard = len(ta & tb) / len(ta | tb)
    return max(jaccard, SequenceMatcher(None, a, b, autojunk=False).ratio())


def _prepared(ctx: Ctx) -> pd.DataFrame:
    return ctx.same_day


def exact(ctx: Ctx) -> list[Flag]:
    t = _prepared(ctx)
    if t.empty:
        return []
    keys = ["employee_id", "task_id", "project_id", "date", "hcent", "desc"]
    dup = t[t.duplicated(keys, keep=False)]
    if dup.empty:
        return []
    dup = dup.assign(gid=dup.groupby(keys, sort=True).ngroup())
    ids, tables = ctx.ids_by(dup, ["gid"]), ctx.line_tables(dup, ["gid"])
    firsts = dup.sort_values(["gid", "id"]).drop_duplicates("gid")
    flags = []
    for gid, emp, task, project, date, hours, desc in firsts[
        ["gid", "employee_id", "task_id", "project_id", "date", "hours", "desc"]
    ].itertuples(index=False):
        model, target, group, assignee = _target(ctx, task, project)
        n = len(ids[gid])
        extra = hours * (n - 1)
        score = min(1.0, 0.4 + extra / 10)
        digest = hashlib.sha1(str(ctx.desc_strings[desc]).encode()).hexdigest()[:8]
        flags.append(
            Flag(
                kind="ts_duplicate",
                odoo_model=TS,
                record_ids=tuple(ids[gid]),
                target_model=model,
                target_id=target,
                severity=severity_for(score),
                score=score,
                subject=f"{emp}|{day(date)}|{fmt(hours)}|{digest}",
                reason=f"{ctx.employee(emp)} has {n} identical entries of {fmt(hours)} h on {day(date)} for "
                f"{ctx.task(task)}: {fmt(extra)} h may be counted twice.",
                evidence={
                    "employee": ctx.employee(emp),
                    "date": day(date),
                    "hours_each": hours,
                    "entries": n,
                    "duplicate_hours": extra,
                },
                scope=f"employee:{emp}",
                group=group,
                assignee_id=assignee,
                sensitive=ctx.employee_sensitive(emp),
                table=tables.get(gid, {}),
            )
        )
    return flags


def near(ctx: Ctx) -> list[Flag]:
    """Pairs on the same employee/task/date whose hours and descriptions almost match (exact dups excluded)."""
    t = _prepared(ctx)
    if t.empty:
        return []
    th = ctx.th
    exact_keys = ["employee_id", "task_id", "project_id", "date", "hcent", "desc"]
    t = t.drop_duplicates(exact_keys)  # one representative per exact group (those are flagged as exact)
    same_day = ["employee_id", "task_id", "project_id", "date"]
    t = t[t.duplicated(same_day, keep=False)]
    if t.empty:
        return []
    cols = same_day + ["id", "hours", "desc"]
    pairs = t[cols].merge(t[cols], on=same_day, suffixes=("_a", "_b"))
    pairs = pairs[
        (pairs["id_a"] < pairs["id_b"])
        & ((pairs["hours_a"] - pairs["hours_b"]).abs() <= th.near_dup_hours_tolerance + 1e-9)
    ]
    if pairs.empty:
        return []
    task_words = {
        task: frozenset(norm_text(pd.Series([ctx.task_name.get(task, "")])).iloc[0].split())
        for task in pairs["task_id"].unique().tolist()
    }
    words = ctx.desc_strings
    sims = [
        similarity(str(words[a]), str(words[b]), task_words[t])
        for a, b, t in zip(
            pairs["desc_a"].tolist(), pairs["desc_b"].tolist(), pairs["task_id"].tolist(), strict=True
        )
    ]
    pairs = pairs.assign(sim=sims)
    pairs = pairs[pairs["sim"] >= th.near_dup_similarity]
    if pairs.empty:
        return []
    # one flag per employee/task/date with every line involved in a near pair
    members = pd.concat(
        [
            pairs[same_day + ["id_a", "sim"]].rename(columns={"id_a": "id"}),
            pairs[same_day + ["id_b", "sim"]].rename(columns={"id_b": "id"}),
        ]
    )
    members = members.groupby(same_day + ["id"], sort=True)["sim"].max().reset_index()
    lines = ctx.ts.merge(members[same_day + ["id"]], on=same_day + ["id"])
    ids, tables = ctx.ids_by(lines, same_day), ctx.line_tables(lines, same_day)
    summary = lines.groupby(same_day, sort=True).agg(hours=("hours", "sum"), n=("id", "size")).reset_index()
    best = members.groupby(same_day, sort=True)["sim"].min().reset_index()
    summary = summary.merge(best, on=same_day)
    flags = []
    for emp, task, project, date, hours, n, sim in summary.itertuples(index=False):
        key = (emp, task, project, date)
        model, target, group, assignee = _target(ctx, task, project)
        score = min(1.0, 0.3 + hours / 20)
        flags.append(
            Flag(
                kind="ts_near_duplicate",
                odoo_model=TS,
                record_ids=tuple(ids[key]),
                target_model=model,
                target_id=target,
                severity=severity_for(score),
                score=score,
                subject=f"{emp}|{day(date)}",
                reason=f"{ctx.employee(emp)} has {n} almost identical entries ({fmt(hours)} h in total) on "
                f"{day(date)} for {ctx.task(task)}; they may describe the same work.",
                evidence={
                    "employee": ctx.employee(emp),
                    "date": day(date),
                    "entries": n,
                    "hours": hours,
                    "min_similarity": round(float(sim), 2),
                },
                scope=f"employee:{emp}",
                group=group,
                assignee_id=assignee,
                sensitive=ctx.employee_sensitive(emp),
                table=tables.get(key, {}),
            )
        )
    return flags
