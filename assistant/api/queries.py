"""Read-side queries for the API and the UI: prompt-log search with filters, review decisions, dashboard figures.

The reviewer decision of a run is its latest row in ``reviews`` (``pending`` when there is none). Acceptance
rate per task = accepted / (accepted + rejected) over runs with a final decision.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import Select, case, func, literal, or_, select
from sqlalchemy.orm import Session

from assistant import clock
from assistant.store.models import PromptLog, Review

DECISIONS = ("accepted", "rejected", "edited", "pending")


def latest_reviews() -> Any:
    """Subquery: the latest review row per run."""
    ranked = select(
        Review.run_id,
        Review.decision,
        Review.reviewer,
        Review.decided_at,
        func.row_number().over(partition_by=Review.run_id, order_by=Review.id.desc()).label("rn"),
    ).subquery()
    return (
        select(ranked.c.run_id, ranked.c.decision, ranked.c.reviewer, ranked.c.decided_at)
        .where(ranked.c.rn == 1)
        .subquery()
    )


@dataclass
class LogFilter:
    task: str | None = None
    odoo_model: str | None = None
    odoo_id: int | None = None
    status: str | None = None
    model: str | None = None
    since: datetime | None = None
    until: datetime | None = None
    decision: str | None = None
    q: str | None = None  # text search in prompts and output (governance only: it reads content)
    odoo_instance: str | None = None

    def apply(self, query: Select[Any], reviews: Any) -> Select[Any]:
        for column, value in (
            (PromptLog.task, self.task),
            (PromptLog.odoo_model, self.odoo_model),
            (PromptLog.odoo_id, self.odoo_id),
            (PromptLog.status, self.status),
            (PromptLog.model, self.model),
            (PromptLog.odoo_instance, self.odoo_instance),
        ):
            if value is not None:
                query = query.where(column == value)
        if self.since is not None:
            query = query.where(PromptLog.created_at >= self.since)
        if self.until is not None:
            query = query.where(PromptLog.created_at < self.until)
        if self.decision == "pending":
            query = query.where(reviews.c.decision.is_(None))
        elif self.decision is not None:
            query = query.where(reviews.c.decision == self.decision)
        if self.q:
            pattern = "%" + self.q.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
            query = query.where(
                or_(
                    PromptLog.user_prompt.ilike(pattern),
                    PromptLog.raw_output.ilike(pattern),
                    PromptLog.error_message.ilike(pattern),
                    PromptLog.run_id.ilike(pattern),
                )
            )
        return query


def search_log(
    session: Session, flt: LogFilter, *, limit: int, offset: int
) -> tuple[list[tuple[PromptLog, str]], int]:
    """Rows (newest first) with their decision, and the total count for the filter."""
    reviews = latest_reviews()
    base = select(PromptLog, func.coalesce(reviews.c.decision, literal("pending"))).outerjoin(
        reviews, reviews.c.run_id == PromptLog.run_id
    )
    query = flt.apply(base, reviews)
    total = session.execute(
        select(func.count()).select_from(
            flt.apply(
                select(PromptLog.id).outerjoin(reviews, reviews.c.run_id == PromptLog.run_id), reviews
            ).subquery()
        )
    ).scalar()
    rows = session.execute(query.order_by(PromptLog.id.desc()).limit(limit).offset(offset)).all()
    return [(row[0], str(row[1])) for row in rows], int(total or 0)


def iter_log(session: Session, flt: LogFilter, *, batch: int = 500) -> Any:
    """Every matching row in id order (exports), streamed in batches."""
    reviews = latest_reviews()
    last = 0
    while True:
        query = flt.apply(
            select(PromptLog, func.coalesce(reviews.c.decision, literal("pending"))).outerjoin(
                reviews, reviews.c.run_id == PromptLog.run_id
            ),
            reviews,
        )
        rows = session.execute(query.where(PromptLog.id > last).order_by(PromptLog.id).limit(batch)).all()
        if not rows:
            return
        for row in rows:
            yield row[0], str(row[1])
        last = rows[-1][0].id


def acceptance(session: Session, since: datetime | None = None) -> list[dict[str, Any]]:
    """Per task: runs, accepted, rejected, edited (still open), pending, acceptance rate."""
    reviews = latest_reviews()
    query = (
        select(
            PromptLog.task,
            func.count(PromptLog.id),
            func.sum(case((reviews.c.decision == "accepted", 1), else_=0)),
            func.sum(case((reviews.c.decision == "rejected", 1), else_=0)),
            func.sum(case((reviews.c.decision == "edited", 1), else_=0)),
            func.sum(case((reviews.c.decision.is_(None), 1), else_=0)),
        )
        .outerjoin(reviews, reviews.c.run_id == PromptLog.run_id)
        .where(PromptLog.activity_id.is_not(None))
    )
    if since is not None:
        query = query.where(PromptLog.created_at >= since)
    out = []
    for task, runs, acc, rej, edited, pending in session.execute(query.group_by(PromptLog.task)).all():
        acc, rej = int(acc or 0), int(rej or 0)
        out.append(
            {
                "task": task,
                "runs": int(runs),
                "accepted": acc,
                "rejected": rej,
                "edited": int(edited or 0),
                "pending": int(pending or 0),
                "acceptance_rate": (acc / (acc + rej)) if acc + rej else None,
            }
        )
    return sorted(out, key=lambda r: r["task"])


def dashboard(session: Session, days: int = 30) -> dict[str, Any]:
    """Figures for the dashboard charts over the last ``days`` days (UTC)."""
    since = clock.now() - timedelta(days=days)
    day = func.date_trunc("day", PromptLog.created_at)
    window = PromptLog.created_at >= since
    per_day = session.execute(
        select(day, PromptLog.task, PromptLog.status, func.count())
        .where(window)
        .group_by(day, PromptLog.task, PromptLog.status)
        .order_by(day)
    ).all()
    failures = session.execute(
        select(func.coalesce(PromptLog.error_class, literal("unknown")), func.count())
        .where(window, PromptLog.status.in_(("failed", "blocked")))
        .group_by(PromptLog.error_class)
        .order_by(func.count().desc())
    ).all()
    latency = session.execute(
        select(
            PromptLog.task,
            func.percentile_cont(0.5).within_group(PromptLog.latency_ms),
            func.percentile_cont(0.95).within_group(PromptLog.latency_ms),
            func.count(),
        )
        .where(window, PromptLog.status.in_(("ok", "fallback")))
        .group_by(PromptLog.task)
    ).all()
    tokens = session.execute(
        select(day, func.sum(PromptLog.tokens_in), func.sum(PromptLog.tokens_out))
        .where(window)
        .group_by(day)
        .order_by(day)
    ).all()
    return {
        "days": days,
        "runs_per_day": [
            {"day": d.date().isoformat(), "task": t, "status": s, "count": int(n)} for d, t, s, n in per_day
        ],
        "failures_by_class": [{"error_class": c, "count": int(n)} for c, n in failures],
        "latency": [
            {
                "task": t,
                "p50_ms": round(float(p50 or 0), 1),
                "p95_ms": round(float(p95 or 0), 1),
                "runs": int(n),
            }
            for t, p50, p95, n in latency
        ],
        "tokens_per_day": [
            {"day": d.date().isoformat(), "tokens_in": int(i or 0), "tokens_out": int(o or 0)}
            for d, i, o in tokens
        ],
        "acceptance": acceptance(session, since),
    }


def reviews_for(session: Session, run_id: str) -> list[Review]:
    return list(session.scalars(select(Review).where(Review.run_id == run_id).order_by(Review.id)))


def chain_link_ok(session: Session, row: PromptLog) -> bool:
    """This row's id, own hash, link to the previous row and signature (a full verification walks the whole
    chain and checks the signed checkpoints)."""
    from assistant.store.promptlog import link_ok

    return link_ok(session, row)
