"""Initial schema: prompt log (hash chain), reviews, redaction maps, access audit, embeddings, kv state.

Revision ID: 0001
Revises:
Create Date: 2026-11-22
"""

import sqlalchemy as sa
from alembic import op
from pgvector.sqlalchemy import Vector
from sqlalchemy.dialects.postgresql import JSONB

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.execute("CREATE EXTENSION IF NOT EXISTS vector")
    op.create_table(
        "prompt_log",
        sa.Column("id", sa.BigInteger, primary_key=True, autoincrement=True),
        sa.Column("run_id", sa.String(36), nullable=False, unique=True),
        sa.Column("run_key", sa.String(64), nullable=False),
        sa.Column("task", sa.String(64), nullable=False),
        sa.Column("prompt_name", sa.String(64), nullable=False),
        sa.Column("prompt_version", sa.String(16), nullable=False),
        sa.Column("model", sa.String(128), nullable=False),
        sa.Column("model_params", JSONB, nullable=False, server_default="{}"),
        sa.Column("decided_by", sa.String(32), nullable=False, server_default=""),
        sa.Column("odoo_model", sa.String(64), nullable=False),
        sa.Column("odoo_id", sa.Integer, nullable=False),
        sa.Column("record_write_date", sa.String(32)),
        sa.Column("system_prompt", sa.Text, nullable=False, server_default=""),
        sa.Column("user_prompt", sa.Text, nullable=False, server_default=""),
        sa.Column("raw_output", sa.Text),
        sa.Column("parsed_output", JSONB),
        sa.Column("check_results", JSONB, nullable=False, server_default="[]"),
        sa.Column("redaction_report", JSONB, nullable=False, server_default="{}"),
        sa.Column("tokens_in", sa.Integer, nullable=False, server_default="0"),
        sa.Column("tokens_out", sa.Integer, nullable=False, server_default="0"),
        sa.Column("latency_ms", sa.Float, nullable=False, server_default="0"),
        sa.Column("status", sa.String(16), nullable=False),
        sa.Column("error_class", sa.String(64)),
        sa.Column("error_message", sa.Text),
        sa.Column("activity_id", sa.Integer),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("prev_hash", sa.String(64), nullable=False),
        sa.Column("row_hash", sa.String(64), nullable=False, unique=True),
    )
    for col in ("run_key", "task", "model", "odoo_model", "odoo_id", "status", "created_at"):
        op.create_index(f"ix_prompt_log_{col}", "prompt_log", [col])
    op.create_table(
        "reviews",
        sa.Column("id", sa.BigInteger, primary_key=True, autoincrement=True),
        sa.Column("run_id", sa.String(36), nullable=False, index=True),
        sa.Column("decision", sa.String(16), nullable=False),
        sa.Column("reviewer", sa.String(128), nullable=False, server_default=""),
        sa.Column("feedback", sa.Text, nullable=False, server_default=""),
        sa.Column("decided_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("source", sa.String(32), nullable=False, server_default="odoo"),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False, server_default=sa.func.now()),
    )
    op.create_table(
        "redaction_maps",
        sa.Column("run_id", sa.String(36), primary_key=True),
        sa.Column("blob", sa.LargeBinary, nullable=False),
        sa.Column("expires_at", sa.DateTime(timezone=True), nullable=False, index=True),
    )
    op.create_table(
        "access_audit",
        sa.Column("id", sa.BigInteger, primary_key=True, autoincrement=True),
        sa.Column("actor", sa.String(128), nullable=False),
        sa.Column("action", sa.String(64), nullable=False),
        sa.Column("target", sa.String(256), nullable=False, server_default=""),
        sa.Column("at", sa.DateTime(timezone=True), nullable=False, server_default=sa.func.now()),
    )
    op.create_table(
        "embeddings",
        sa.Column("id", sa.BigInteger, primary_key=True, autoincrement=True),
        sa.Column("collection", sa.String(64), nullable=False, index=True),
        sa.Column("ref", sa.String(128), nullable=False, server_default=""),
        sa.Column("label", sa.String(64), nullable=False, server_default=""),
        sa.Column("text", sa.Text, nullable=False, server_default=""),
        sa.Column("meta", JSONB, nullable=False, server_default="{}"),
        sa.Column("embedding", Vector(384), nullable=False),
    )
    op.create_table(
        "kv_state",
        sa.Column("key", sa.String(200), primary_key=True),
        sa.Column("value", JSONB, nullable=False, server_default="{}"),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False, server_default=sa.func.now()),
    )


def downgrade() -> None:
    for table in ("kv_state", "embeddings", "access_audit", "redaction_maps", "reviews", "prompt_log"):
        op.drop_table(table)
