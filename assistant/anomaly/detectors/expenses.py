"""Expense detectors (``hr.expense``): duplicates (same employee and amount on the same date, or on a near date
with a similar description), amounts over the policy limit, and expenses dated on a weekend.
Flags land on the expense itself (the later one for duplicates).
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from assistant.anomaly.detectors.common import Ctx, day, fmt, norm_text, weekday_day
from assistant.anomaly.detectors.duplicates import similarity
from assistant.anomaly.flags import Flag, clip01, ratio_score, severity_for

EXP = "hr.expense"
TABLE = ["expense", "date", "description", "product", "amount", "state"]


def _live(ctx: Ctx) -> pd.DataFrame:
    e = ctx.data.expenses
    return e[~e["state"].isin(["refused", "cancel"])]


def _flag(
    ctx: Ctx,
    kind: str,
    row: dict[str, object],
    ids: list[int],
    score: float,
    reason: str,
    evidence: dict[str, object],
    rows: list[list[object]],
) -> Flag:
    emp = int(row["employee_id"])  # type: ignore[call-overload]
    return Flag(
        kind=kind,
        odoo_model=EXP,
        record_ids=tuple(ids),
        target_model=EXP,
        target_id=int(row["id"]),  # type: ignore[call-overload]
        severity=severity_for(score),
        score=score,
        reason=reason,
        evidence=evidence,
        subject=kind,
        scope=f"employee:{emp}",
        assignee_id=ctx.emp_manager.get(emp) or None,
        sensitive=ctx.employee_sensitive(emp),
        table={"columns": TABLE, "rows": rows},
    )


def _row(r: dict[str, object]) -> list[object]:
    return [
        int(r["id"]),  # type: ignore[call-overload]
        day(r["date"]) if pd.notna(r["date"]) else "",
        str(r["name"]),
        str(r["product_name"]),
        float(r["total_amount"]),  # type: ignore[arg-type]
        str(r["state"]),
    ]


def duplicates(ctx: Ctx) -> list[Flag]:
    th = ctx.th
    e = _live(ctx)
    if len(e) < 2:
        return []
    e = e.assign(
        cents=np.round(e["total_amount"].to_numpy() * 100).astype("int64"), desc=norm_text(e["name"])
    )
    cols = ["id", "employee_id", "cents", "date", "desc", "product_id", "total_amount"]
    pairs = e[cols].merge(e[cols], on=["employee_id", "cents"], suffixes=("_a", "_b"))
    pairs = pairs[pairs["id_a"] < pairs["id_b"]]
    gap = (pairs["date_b"] - pairs["date_a"]).dt.days.abs()
    same_day = pairs[gap == 0].assign(match="same employee, amount and date")
    near = pairs[
        (gap > 0)
        & (gap <= th.expense_dup_window_days)
        & (pairs["total_amount_a"] >= th.expense_dup_min_amount)
        & (pairs["product_id_a"] == pairs["product_id_b"])
    ]
    if not near.empty:
        sims = [
            similarity(a, b) for a, b in zip(near["desc_a"].tolist(), near["desc_b"].tolist(), strict=True)
        ]
        near = near[np.array(sims) >= th.near_dup_similarity].assign(
            match="same amount, similar description, near date"
        )
    matches = pd.concat([same_day, near], ignore_index=True)
    if matches.empty:
        return []
    involved = set(matches["id_a"]) | set(matches["id_b"])
    by_id = {int(r["id"]): r for r in e[e["id"].isin(involved)].to_dict("records")}
    flags = []
    for id_b, group in matches.groupby("id_b", sort=True):
        b = by_id[int(id_b)]
        earlier = [int(i) for i in group["id_a"]]
        match = str(group["match"].iloc[0])
        score = clip01(0.4 + float(b["total_amount"]) / 2000 + (0.2 if "date" in match.split(",")[-1] else 0))
        flags.append(
            _flag(
                ctx,
                "exp_duplicate",
                b,
                [*earlier, int(id_b)],
                score,
                f"Expense '{b['name']}' of {fmt(b['total_amount'])} by {ctx.employee(int(b['employee_id']))} on "
                f"{day(b['date'])} may duplicate expense #{earlier[0]} ({match}).",
                {"amount": float(b["total_amount"]), "duplicates_of": earlier, "match": match},
                [_row(by_id[i]) for i in [*earlier, int(id_b)]],
            )
        )
    return flags


def _limits(ctx: Ctx, e: pd.DataFrame) -> pd.Series:
    limits = {str(k).strip().lower(): float(v) for k, v in ctx.th.expense_limits.items()}
    if not limits:
        return pd.Series(ctx.th.expense_limit, index=e.index)
    by_id = e["product_id"].astype(str).map(limits)
    by_name = e["product_name"].str.strip().str.lower().map(limits)
    return by_id.fillna(by_name).fillna(ctx.th.expense_limit)


def over_limit(ctx: Ctx) -> list[Flag]:
    e = _live(ctx)
    if e.empty:
        return []
    e = e.assign(limit=_limits(ctx, e))
    hot = e[e["total_amount"] > e["limit"]]
    flags = []
    for r in hot.to_dict("records"):
        score = ratio_score(float(r["total_amount"]), float(r["limit"]), span=1.0)
        flags.append(
            _flag(
                ctx,
                "exp_over_limit",
                r,
                [int(r["id"])],
                score,
                f"Expense '{r['name']}' of {fmt(r['total_amount'])} by {ctx.employee(int(r['employee_id']))} is above "
                f"the policy limit of {fmt(r['limit'])}"
                f"{' for ' + str(r['product_name']) if r['product_name'] else ''}.",
                {
                    "amount": float(r["total_amount"]),
                    "limit": float(r["limit"]),
                    "excess": float(r["total_amount"]) - float(r["limit"]),
                },
                [_row(r)],
            )
        )
    return flags


def weekend(ctx: Ctx) -> list[Flag]:
    e = _live(ctx)
    if e.empty:
        return []
    exempt = {p.strip().lower() for p in ctx.th.expense_weekend_exempt}
    hot = e[(e["date"].dt.weekday >= 5) & ~e["product_name"].str.strip().str.lower().isin(exempt)]
    flags = []
    for r in hot.to_dict("records"):
        score = clip01(0.2 + float(r["total_amount"]) / 2000)
        flags.append(
            _flag(
                ctx,
                "exp_weekend",
                r,
                [int(r["id"])],
                score,
                f"Expense '{r['name']}' of {fmt(r['total_amount'])} by {ctx.employee(int(r['employee_id']))} is dated "
                f"on a weekend ({weekday_day(r['date'])}).",
                {"amount": float(r["total_amount"]), "date": day(r["date"])},
                [_row(r)],
            )
        )
    return flags
