"""Similar past decisions for approval packs, retrieved with pgvector.

The prompt log is the source of truth: every approval pack it holds (redacted text only) is embedded once into
the ``embeddings`` table (collection ``approval_packs``, ``ref`` = run id). A precedent is an earlier pack that a
reviewer decided on: its outcome (accepted / rejected) and feedback come from the ``reviews`` table, filled by
``assistant sync-reviews``. Packs without a review are not decisions and are not returned, which also keeps a
record's facts (and so its run key) stable until a real decision is synced.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy import select

from assistant.embeddings import get_embedder, nearest, store_vectors
from assistant.store.db import Database
from assistant.store.models import Embedding, PromptLog, Review

COLLECTION = "approval_packs"


@dataclass
class Precedent:
    """One earlier, reviewed pack."""

    run_id: str
    kind: str
    record: str
    summary: str
    outcome: str
    feedback: str
    similarity: float

    def to_fact(self, index: int) -> dict[str, Any]:
        return {
            "id": f"P{index}",
            "kind": self.kind,
            "record": self.record,
            "summary": self.summary,
            "outcome": self.outcome,
            "feedback": self.feedback or None,
            "similarity": round(self.similarity, 2),
        }


def pack_text(kind: str, what: str, changes: str) -> str:
    """The text embedded for a pack (and for the query): the kind and what is asked and changed."""
    return f"{kind.replace('_', ' ')}: {what} {changes}".strip()


def sync_index(db: Database) -> int:
    """Embed logged approval packs that are not in the index yet; returns how many were added."""
    with db.session() as s:
        known = set(s.scalars(select(Embedding.ref).where(Embedding.collection == COLLECTION)))
        rows = s.execute(
            select(
                PromptLog.run_id,
                PromptLog.task,
                PromptLog.odoo_model,
                PromptLog.odoo_id,
                PromptLog.parsed_output,
            ).where(
                PromptLog.task.like("approval_%"),
                PromptLog.status.in_(["ok", "fallback"]),
                PromptLog.parsed_output.is_not(None),
            )
        ).all()
        todo = [r for r in rows if r.run_id not in known]
        if not todo:
            return 0
        texts = [
            pack_text(
                str(r.parsed_output.get("kind", r.task)),
                str(r.parsed_output.get("what_is_asked", "")),
                str(r.parsed_output.get("what_it_changes", "")),
            )
            for r in todo
        ]
        vectors = get_embedder().encode(texts)
        meta = [
            (
                r.run_id,
                "",
                text,
                {
                    "task": r.task,
                    "odoo_model": r.odoo_model,
                    "odoo_id": r.odoo_id,
                    "kind": r.parsed_output.get("kind", r.task),
                    "record": r.parsed_output.get("record", ""),
                },
            )
            for r, text in zip(todo, texts, strict=True)
        ]
        added = store_vectors(s, COLLECTION, meta, vectors)
        s.commit()
        return added


def find_precedents(
    db: Database,
    query: str,
    *,
    k: int = 5,
    exclude_record: tuple[str, int] | None = None,
    candidates: int = 50,
) -> list[Precedent]:
    """The ``k`` most similar reviewed packs (cosine over MiniLM vectors), excluding the record's own packs."""
    vector = get_embedder().encode([query])[0]
    with db.session() as s:
        hits = nearest(s, COLLECTION, vector, k=candidates)
        if exclude_record:
            hits = [h for h in hits if (h.meta.get("odoo_model"), h.meta.get("odoo_id")) != exclude_record]
        reviews: dict[str, Review] = {}
        if hits:
            for decided in s.scalars(
                select(Review).where(Review.run_id.in_([h.ref for h in hits])).order_by(Review.decided_at)
            ):
                reviews[decided.run_id] = decided  # the latest decision wins
    out = []
    for hit in hits:
        review = reviews.get(hit.ref)
        if review is None or review.decision not in ("accepted", "rejected", "edited"):
            continue
        out.append(
            Precedent(
                hit.ref,
                str(hit.meta.get("kind", "")),
                str(hit.meta.get("record", "")),
                hit.text,
                "accepted" if review.decision == "edited" else review.decision,
                review.feedback,
                hit.similarity,
            )
        )
        if len(out) == k:
            break
    return out
