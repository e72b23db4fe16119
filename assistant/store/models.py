"""SQLAlchemy 2.0 tables: the prompt log, reviews and access audit (append-only, each hash-chained and
signed, see :mod:`assistant.store.chain`), and supporting state.

Schema changes go through Alembic migrations in ``assistant/store/migrations``; this module is the ORM view.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from pgvector.sqlalchemy import Vector
from sqlalchemy import BigInteger, DateTime, Float, Integer, LargeBinary, String, Text, func
from sqlalchemy.dialects.postgresql import JSONB
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

EMBEDDING_DIM = 384


class Base(DeclarativeBase):
    pass


class PromptLog(Base):
    """One row per attempt to produce an output, failures included. Rows never change after insert."""

    __tablename__ = "prompt_log"

    id: Mapped[int] = mapped_column(BigInteger, primary_key=True, autoincrement=True)
    run_id: Mapped[str] = mapped_column(String(36), unique=True, index=True)
    run_key: Mapped[str] = mapped_column(String(64), index=True)
    task: Mapped[str] = mapped_column(String(64), index=True)
    prompt_name: Mapped[str] = mapped_column(String(64))
    prompt_version: Mapped[str] = mapped_column(String(16))
    model: Mapped[str] = mapped_column(String(128), index=True)
    model_params: Mapped[dict[str, Any]] = mapped_column(JSONB, default=dict)
    decided_by: Mapped[str] = mapped_column(String(32), default="")
    odoo_model: Mapped[str] = mapped_column(String(64), index=True)
    odoo_id: Mapped[int] = mapped_column(Integer, index=True)
    record_write_date: Mapped[str | None] = mapped_column(String(32), nullable=True)
    system_prompt: Mapped[str] = mapped_column(Text, default="")
    user_prompt: Mapped[str] = mapped_column(Text, default="")
    raw_output: Mapped[str | None] = mapped_column(Text, nullable=True)
    parsed_output: Mapped[dict[str, Any] | None] = mapped_column(JSONB, nullable=True)
    check_results: Mapped[list[dict[str, Any]]] = mapped_column(JSONB, default=list)
    redaction_report: Mapped[dict[str, Any]] = mapped_column(JSONB, default=dict)
    tokens_in: Mapped[int] = mapped_column(Integer, default=0)
    tokens_out: Mapped[int] = mapped_column(Integer, default=0)
    latency_ms: Mapped[float] = mapped_column(Float, default=0.0)
    status: Mapped[str] = mapped_column(String(16), index=True)
    error_class: Mapped[str | None] = mapped_column(String(64), nullable=True)
    error_message: Mapped[str | None] = mapped_column(Text, nullable=True)
    activity_id: Mapped[int | None] = mapped_column(Integer, nullable=True)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), index=True)
    odoo_instance: Mapped[str] = mapped_column(String(255), index=True, default="")
    prev_hash: Mapped[str] = mapped_column(String(64))
    row_hash: Mapped[str] = mapped_column(String(64), unique=True)
    row_sig: Mapped[str | None] = mapped_column(String(100), nullable=True)


class Review(Base):
    """A reviewer's decision on a run, synced from Odoo. Separate so that log rows never change; append-only
    and chained like the log."""

    __tablename__ = "reviews"

    id: Mapped[int] = mapped_column(BigInteger, primary_key=True, autoincrement=True)
    run_id: Mapped[str] = mapped_column(String(36), index=True)
    decision: Mapped[str] = mapped_column(String(16))  # accepted | rejected | edited | cancelled
    reviewer: Mapped[str] = mapped_column(String(128), default="")
    feedback: Mapped[str] = mapped_column(Text, default="")
    decided_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    source: Mapped[str] = mapped_column(String(32), default="odoo")
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), server_default=func.now())
    odoo_instance: Mapped[str] = mapped_column(String(255), index=True, default="")
    prev_hash: Mapped[str] = mapped_column(String(64))
    row_hash: Mapped[str] = mapped_column(String(64), unique=True)
    row_sig: Mapped[str | None] = mapped_column(String(100), nullable=True)


class RedactionMap(Base):
    """Encrypted placeholder map of a run (only when a key is configured), deleted after the retention."""

    __tablename__ = "redaction_maps"

    run_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    blob: Mapped[bytes] = mapped_column(LargeBinary)
    expires_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), index=True)


class AccessAudit(Base):
    """Who read log content, re-identified a run or exported the log. Append-only, chained like the log."""

    __tablename__ = "access_audit"

    id: Mapped[int] = mapped_column(BigInteger, primary_key=True, autoincrement=True)
    actor: Mapped[str] = mapped_column(String(128))
    action: Mapped[str] = mapped_column(String(64))
    target: Mapped[str] = mapped_column(String(256), default="")
    at: Mapped[datetime] = mapped_column(DateTime(timezone=True), server_default=func.now())
    odoo_instance: Mapped[str] = mapped_column(String(255), index=True, default="")
    prev_hash: Mapped[str] = mapped_column(String(64))
    row_hash: Mapped[str] = mapped_column(String(64), unique=True)
    row_sig: Mapped[str | None] = mapped_column(String(100), nullable=True)


class Embedding(Base):
    """Sentence embeddings (pgvector) for retrieval: labelled examples, past approval packs."""

    __tablename__ = "embeddings"

    id: Mapped[int] = mapped_column(BigInteger, primary_key=True, autoincrement=True)
    collection: Mapped[str] = mapped_column(String(64), index=True)
    ref: Mapped[str] = mapped_column(String(128), default="")
    label: Mapped[str] = mapped_column(String(64), default="")
    text: Mapped[str] = mapped_column(Text, default="")
    meta: Mapped[dict[str, Any]] = mapped_column(JSONB, default=dict)
    embedding: Mapped[Any] = mapped_column(Vector(EMBEDDING_DIM))


class KeyValue(Base):
    """Small durable state: scan watermarks, open anomaly flags, schedules."""

    __tablename__ = "kv_state"

    key: Mapped[str] = mapped_column(String(200), primary_key=True)
    value: Mapped[dict[str, Any]] = mapped_column(JSONB, default=dict)
    updated_at: Mapped[datetime] = mapped_column(
        DateTime(timezone=True), server_default=func.now(), onupdate=func.now()
    )
