"""Alembic environment: runs on the connection handed over by :meth:`assistant.store.db.Database.migrate`."""

from __future__ import annotations

from alembic import context

from assistant.store.models import Base

config = context.config
target_metadata = Base.metadata

connection = config.attributes.get("connection")
if connection is None:  # pragma: no cover - only via Database.migrate()
    raise RuntimeError("run migrations through assistant.store.db.Database.migrate()")

context.configure(connection=connection, target_metadata=target_metadata, compare_type=True)
with context.begin_transaction():
    context.run_migrations()
