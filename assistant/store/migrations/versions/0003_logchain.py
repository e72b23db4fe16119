"""Tamper evidence: ``odoo_instance`` on the log, reviews, access audit and service jobs; hash chains (and
signature columns) on ``reviews`` and ``access_audit``; a signature column on ``prompt_log``.

Existing reviews and access-audit rows are chained here, in id order (unsigned: no key is at hand in a
migration). Existing prompt-log hashes stay valid: ``odoo_instance`` enters a row's hash only when it is set.

Revision ID: 0003_logchain
Revises: 0002_service
Create Date: 2026-12-02
"""

import sqlalchemy as sa
from alembic import op

revision = "0003_logchain"
down_revision = "0002_service"
branch_labels = None
depends_on = None

INSTANCE_TABLES = ("prompt_log", "reviews", "access_audit", "service_jobs")
NEW_CHAINS = ("reviews", "access_audit")


def _backfill(table: str) -> None:
    from assistant.store.chain import BY_TABLE, GENESIS, chain_hash

    spec = BY_TABLE[table]
    bind = op.get_bind()
    names = ", ".join(spec.all_fields)
    prev = GENESIS
    rows = bind.execute(sa.text(f"SELECT id, {names} FROM {table} WHERE id > 0 ORDER BY id")).mappings().all()
    for row in rows:
        row_hash = chain_hash(spec, prev, dict(row))
        bind.execute(
            sa.text(f"UPDATE {table} SET prev_hash = :p, row_hash = :h WHERE id = :i"),
            {"p": prev, "h": row_hash, "i": row["id"]},
        )
        prev = row_hash


def upgrade() -> None:
    for table in INSTANCE_TABLES:
        op.add_column(table, sa.Column("odoo_instance", sa.String(255), nullable=False, server_default=""))
        op.create_index(f"ix_{table}_odoo_instance", table, ["odoo_instance"])
    op.add_column("prompt_log", sa.Column("row_sig", sa.String(100)))
    for table in NEW_CHAINS:
        op.add_column(table, sa.Column("prev_hash", sa.String(64)))
        op.add_column(table, sa.Column("row_hash", sa.String(64)))
        op.add_column(table, sa.Column("row_sig", sa.String(100)))
        _backfill(table)
        op.alter_column(table, "prev_hash", nullable=False)
        op.alter_column(table, "row_hash", nullable=False)
        op.create_unique_constraint(f"uq_{table}_row_hash", table, ["row_hash"])


def downgrade() -> None:
    for table in NEW_CHAINS:
        op.drop_constraint(f"uq_{table}_row_hash", table, type_="unique")
        for column in ("row_sig", "row_hash", "prev_hash"):
            op.drop_column(table, column)
    op.drop_column("prompt_log", "row_sig")
    for table in INSTANCE_TABLES:
        op.drop_index(f"ix_{table}_odoo_instance", table)
        op.drop_column(table, "odoo_instance")
