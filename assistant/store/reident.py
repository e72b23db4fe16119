"""Encrypted placeholder maps and governed re-identification.

When ``redaction.persist_key`` is set, the pipeline stores each run's placeholder map encrypted (Fernet) with an
expiry (``redaction.retention_days``). A governance user can then re-identify a logged run; every attempt,
successful or not, is written to ``access_audit`` first. Expired maps are purged and cannot be decrypted.
"""

from __future__ import annotations

import re
from datetime import timedelta

from sqlalchemy import delete, select

from assistant import clock
from assistant.errors import InputError
from assistant.store.db import Database
from assistant.store.models import AccessAudit, PromptLog, RedactionMap
from redaction import RedactionSession

_PLACEHOLDER = re.compile(r"<[A-Z]+_\d+>")


def save_maps(db: Database, blobs: dict[str, bytes], retention_days: int) -> None:
    if not blobs:
        return
    expires = clock.wall() + timedelta(days=retention_days)
    with db.session() as session, session.begin():
        session.execute(delete(RedactionMap).where(RedactionMap.expires_at < clock.wall()))
        session.add_all(
            RedactionMap(run_id=run_id, blob=blob, expires_at=expires) for run_id, blob in blobs.items()
        )


def audit(db: Database, actor: str, action: str, target: str) -> None:
    with db.session() as session, session.begin():
        session.add(AccessAudit(actor=actor, action=action, target=target))


def reidentify(db: Database, run_id: str, key: str, actor: str, retention_days: int) -> dict[str, str]:
    """The run's redacted texts with placeholders restored. Audited before anything is decrypted."""
    if not actor.strip():
        raise InputError("re-identification needs the name of the person asking (--actor)")
    audit(db, actor, "reidentify", run_id)
    with db.session() as session:
        row = session.scalars(select(PromptLog).where(PromptLog.run_id == run_id)).first()
        stored = session.get(RedactionMap, run_id)
    if row is None:
        raise InputError(f"no run {run_id!r}")
    if stored is None or stored.expires_at < clock.wall():
        raise InputError(
            f"no placeholder map kept for run {run_id} (no key configured then, or retention passed)"
        )
    try:
        mapping = RedactionSession.decrypt_mapping(stored.blob, key, retention_days)
    except Exception as exc:  # noqa: BLE001 - wrong key, tampered or expired token
        raise InputError(f"cannot decrypt the placeholder map of run {run_id}: {exc}") from None

    def restore(text: str | None) -> str:
        return _PLACEHOLDER.sub(lambda m: mapping.get(m.group(0), m.group(0)), text or "")

    return {"user_prompt": restore(row.user_prompt), "raw_output": restore(row.raw_output)}
