"""Service tables: API keys (hashed), UI sessions, service jobs (one per task + record), and the job engine.

The job engine is procrastinate on the same PostgreSQL: its schema (``procrastinate_*`` tables, types and
functions) is applied here once, so one ``Database.migrate()`` prepares everything. Upgrading procrastinate
to a version with schema changes needs its own migration files applied the same way (see its docs).

Revision ID: 0002_service
Revises: 0001
Create Date: 2026-11-22
"""

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects.postgresql import JSONB

revision = "0002_service"
down_revision = "0001"
branch_labels = None
depends_on = None


def _apply_procrastinate_schema() -> None:
    bind = op.get_bind()
    exists = bind.execute(sa.text("SELECT to_regclass('procrastinate_jobs') IS NOT NULL")).scalar()
    if exists:
        return
    from procrastinate.schema import SchemaManager

    # The schema holds several statements and dollar-quoted functions: run it on the raw psycopg connection
    # (simple query protocol, no placeholder parsing), inside the migration's transaction.
    bind.connection.driver_connection.execute(SchemaManager.get_schema())  # type: ignore[union-attr]


def upgrade() -> None:
    op.create_table(
        "api_keys",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("name", sa.String(128), nullable=False, unique=True),
        sa.Column("role", sa.String(32), nullable=False),
        sa.Column("prefix", sa.String(16), nullable=False, index=True),
        sa.Column("key_hash", sa.String(64), nullable=False, unique=True),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False, server_default=sa.func.now()),
        sa.Column("revoked_at", sa.DateTime(timezone=True)),
        sa.Column("last_used_at", sa.DateTime(timezone=True)),
    )
    op.create_table(
        "ui_sessions",
        sa.Column("token_hash", sa.String(64), primary_key=True),
        sa.Column("key_id", sa.Integer, nullable=False, index=True),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False, server_default=sa.func.now()),
        sa.Column("expires_at", sa.DateTime(timezone=True), nullable=False, index=True),
    )
    op.create_table(
        "service_jobs",
        sa.Column("id", sa.String(36), primary_key=True),
        sa.Column("dedupe_key", sa.String(64), nullable=False, index=True),
        sa.Column("kind", sa.String(16), nullable=False, server_default="run"),
        sa.Column("task", sa.String(64), nullable=False, index=True),
        sa.Column("odoo_model", sa.String(64), nullable=False, server_default=""),
        sa.Column("record_id", sa.Integer),
        sa.Column("source", sa.String(16), nullable=False),
        sa.Column("event", sa.String(64), nullable=False, server_default=""),
        sa.Column("options", JSONB, nullable=False, server_default="{}"),
        sa.Column("status", sa.String(16), nullable=False, index=True),
        sa.Column("attempts", sa.Integer, nullable=False, server_default="0"),
        sa.Column("engine_job_id", sa.BigInteger),
        sa.Column("run_id", sa.String(36)),
        sa.Column("run_status", sa.String(16)),
        sa.Column("activity_id", sa.Integer),
        sa.Column("error_class", sa.String(64)),
        sa.Column("error_message", sa.Text),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False, index=True),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("finished_at", sa.DateTime(timezone=True)),
    )
    op.create_index("ix_prompt_log_activity_id", "prompt_log", ["activity_id"])
    _apply_procrastinate_schema()


def downgrade() -> None:
    op.drop_index("ix_prompt_log_activity_id", "prompt_log")
    for table in ("service_jobs", "ui_sessions", "api_keys"):
        op.drop_table(table)
