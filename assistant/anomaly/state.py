"""Durable scan state in the ``kv_state`` table: the open flags (what a rescan must not raise again and may
resolve) and the ``write_date`` watermark of incremental scans."""

from __future__ import annotations

from typing import Any

from sqlalchemy import select
from sqlalchemy.exc import SQLAlchemyError

from assistant import clock
from assistant.errors import StoreError
from assistant.store.db import Database
from assistant.store.models import KeyValue

OPEN_FLAGS = "anomaly.open_flags"
WATERMARK = "anomaly.watermark"


class ScanState:
    """The state of one Odoo instance: another instance in the same data directory has its own keys (a
    sandbox's watermark must never be applied to a real server)."""

    def __init__(self, db: Database, instance: str) -> None:
        self.db = db
        self.instance = instance

    def get(self, key: str) -> dict[str, Any]:
        try:
            with self.db.session() as session:
                row = session.scalars(select(KeyValue).where(KeyValue.key == self._key(key))).first()
                return dict(row.value) if row is not None else {}
        except SQLAlchemyError as exc:
            raise StoreError(f"could not read scan state {key}: {exc}") from exc

    def put(self, values: dict[str, dict[str, Any]]) -> None:
        """Write several keys in one transaction."""
        try:
            with self.db.session() as session, session.begin():
                for key, value in values.items():
                    session.merge(KeyValue(key=self._key(key), value=value, updated_at=clock.now()))
        except SQLAlchemyError as exc:
            raise StoreError(f"could not write scan state: {exc}") from exc

    def _key(self, key: str) -> str:
        return f"{key}@{self.instance}"

    def open_flags(self) -> dict[str, dict[str, Any]]:
        flags: dict[str, dict[str, Any]] = self.get(OPEN_FLAGS).get("flags", {})
        return flags

    def watermark(self) -> dict[str, Any]:
        return self.get(WATERMARK)
