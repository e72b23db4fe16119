"""Encrypted placeholder maps: kept only with a key, restorable by governance, every attempt audited."""

from __future__ import annotations

import pytest
import sqlalchemy as sa
from cryptography.fernet import Fernet
from pydantic import SecretStr

from assistant.errors import InputError
from assistant.store import Database, PromptLogStore
from assistant.store.reident import reidentify
from tests.spine.helpers import run


def _audit_rows(db: Database) -> list[tuple[str, str, str]]:
    with db.engine.connect() as conn:
        return [tuple(r) for r in conn.execute(sa.text("SELECT actor, action, target FROM access_audit"))]


def test_no_key_no_map(settings, sandbox):
    run(settings)
    db = Database.from_settings(settings)
    with db.engine.connect() as conn:
        assert conn.execute(sa.text("SELECT count(*) FROM redaction_maps")).scalar() == 0


def test_reidentify_restores_values_and_is_audited(settings, sandbox):
    key = Fernet.generate_key().decode()
    settings.redaction.persist_key = SecretStr(key)
    results = run(settings)
    db = Database.from_settings(settings)
    row = next(r for r in PromptLogStore(db).list(limit=50) if "<PERSON_" in r.user_prompt)
    manager = sandbox.data.search_read("project.project", [["id", "=", row.odoo_id]], ["user_id"])[0][
        "user_id"
    ][1]
    assert manager not in row.user_prompt
    texts = reidentify(db, row.run_id, key, "gov.officer", 30)
    assert manager in texts["user_prompt"] and "<PERSON_" not in texts["user_prompt"]
    assert ("gov.officer", "reidentify", row.run_id) in _audit_rows(db)
    with pytest.raises(InputError, match="cannot decrypt"):
        reidentify(db, row.run_id, Fernet.generate_key().decode(), "intruder", 30)
    assert ("intruder", "reidentify", row.run_id) in _audit_rows(db)  # failed attempts are audited too
    assert len(results) > 0
