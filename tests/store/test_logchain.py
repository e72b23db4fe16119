"""Tamper evidence of the log: each attack a database administrator could make, and ``assistant log verify``
naming it. The attacker here has full SQL access (raw statements, recomputed hashes) but not the signing key,
which lives with the service and the checkpoint store outside the database."""

from __future__ import annotations

import json
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import sqlalchemy as sa
from typer.testing import CliRunner

from assistant.cli import app
from assistant.settings import get_settings
from assistant.store import Database, LogEntry, PromptLogStore
from assistant.store.anchor import Checkpoint, Signer, keygen, read_file
from assistant.store.chain import GENESIS, PROMPT_LOG, REVIEWS, ChainSpec, chain_hash
from assistant.store.models import PromptLog, Review
from assistant.store.promptlog import link_ok
from assistant.store.reident import audit


@pytest.fixture
def keys() -> tuple[str, str]:
    return keygen()


@pytest.fixture
def env(
    db_url: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, keys: tuple[str, str]
) -> Iterator[Path]:
    """CLI configuration: the test database, a signing key, and a checkpoint file outside the database."""
    anchors = tmp_path / "anchors" / "checkpoints.jsonl"
    for key, value in {
        "ASSISTANT_DB__URL": db_url,
        "ASSISTANT_DB__DATA_DIR": str(tmp_path),
        "ASSISTANT_LOG__CHECKPOINT_KEY": keys[0],
        "ASSISTANT_LOG__CHECKPOINT_PATH": str(anchors),
    }.items():
        monkeypatch.setenv(key, value)
    monkeypatch.chdir(tmp_path)  # no stray .env
    get_settings.cache_clear()
    yield anchors
    get_settings.cache_clear()


def invoke(*args: str) -> Any:
    return CliRunner().invoke(app, list(args), catch_exceptions=False)


def entry(n: int) -> LogEntry:
    """An invented run on an invented project."""
    return LogEntry(
        run_key=f"key-{n}",
        task="project_status",
        prompt_name="project_status",
        prompt_version="v1",
        model="rules",
        odoo_model="project.project",
        odoo_id=n,
        status="ok",
        user_prompt=f"Project <PROJECT_{n}> burned 40% of budget",
        raw_output=f"Status of project {n}: on track",
        latency_ms=12.5,
    )


def write_rows(db: Database, n: int = 6) -> list[PromptLog]:
    """One append per row (as one run per record would), three reviews and two audit rows."""
    store = PromptLogStore(db)
    rows = [store.append([entry(i)])[0] for i in range(1, n + 1)]
    with db.session() as session, session.begin():
        for row, decision in zip(rows[:3], ("accepted", "rejected", "edited"), strict=False):
            session.add(
                Review(
                    run_id=row.run_id, decision=decision, reviewer="Dana Example", decided_at=row.created_at
                )
            )
    audit(db, "cli:auditor", "log.show", rows[0].run_id)
    audit(db, "key:governance", "log.export.jsonl", "{}")
    return rows


@pytest.fixture
def db(env: Path) -> Iterator[Database]:
    database = Database.from_settings(get_settings())
    yield database
    database.dispose()


def sql(db: Database, statement: str, **params: Any) -> Any:
    with db.engine.begin() as conn:
        return conn.execute(sa.text(statement), params)


def ids(db: Database, table: str = "prompt_log") -> list[int]:
    with db.engine.connect() as conn:
        return list(conn.execute(sa.text(f"SELECT id FROM {table} ORDER BY id")).scalars())


def verify() -> Any:
    result = invoke("log", "verify")
    return result.exit_code, result.output


def rechain_after(db: Database, spec: ChainSpec, from_id: int) -> None:
    """What an attacker without the key does after editing a row: recompute every hash from there on, so
    the chain is consistent again (signatures cannot be recomputed: they are left as they were)."""
    columns = ", ".join(spec.all_fields)
    with db.engine.begin() as conn:
        prev = (
            conn.execute(
                sa.text(
                    f"SELECT row_hash FROM {spec.table} WHERE id > 0 AND id < :i ORDER BY id DESC LIMIT 1"
                ),
                {"i": from_id},
            ).scalar()
            or GENESIS
        )
        rows = conn.execute(
            sa.text(f"SELECT id, {columns} FROM {spec.table} WHERE id >= :i ORDER BY id"), {"i": from_id}
        ).mappings()
        for row in list(rows):
            new = chain_hash(spec, prev, dict(row))
            conn.execute(
                sa.text(f"UPDATE {spec.table} SET prev_hash = :p, row_hash = :h WHERE id = :i"),
                {"p": prev, "h": new, "i": row["id"]},
            )
            prev = new


def forge_prompt_row(db: Database, *, row_id: int | None, prev: str, n: int = 99) -> int:
    """Insert a well-formed row with a correctly computed hash, outside the service (raw SQL, no key)."""
    values = {name: getattr(entry(n), name) for name in PROMPT_LOG.all_fields if name != "created_at"}
    from assistant import clock

    values["created_at"] = clock.wall()
    values["run_id"] = f"00000000-0000-4000-8000-{n:012d}"
    row_hash = chain_hash(PROMPT_LOG, prev, values)
    record = {**values, "prev_hash": prev, "row_hash": row_hash}
    if row_id is not None:
        record["id"] = row_id
    with db.engine.begin() as conn:
        new_id = conn.execute(
            sa.insert(PromptLog.__table__).values(**record).returning(PromptLog.id)
        ).scalar()
    return int(new_id)


def head(db: Database, table: str = "prompt_log") -> str:
    with db.engine.connect() as conn:
        return str(conn.execute(sa.text(f"SELECT row_hash FROM {table} ORDER BY id DESC LIMIT 1")).scalar())


# --------------------------------------------------------------------------- intact


def test_intact_log_is_signed_anchored_and_verifies(db: Database, env: Path, keys: tuple[str, str]) -> None:
    rows = write_rows(db)
    code, out = verify()
    assert code == 0, out
    for table, count in (("prompt_log", 6), ("reviews", 3), ("access_audit", 2)):
        assert f"OK: {table} chain intact ({count} rows, {count} signed, anchored" in out
    checkpoints, unreadable = read_file(env)
    assert not unreadable and {cp.table for cp in checkpoints} == {"prompt_log", "reviews", "access_audit"}
    signer = Signer.from_b64(keys[0])
    assert all(signer.checkpoint_ok(cp) for cp in checkpoints)
    latest = max((cp for cp in checkpoints if cp.table == "prompt_log"), key=lambda c: c.head_id)
    assert (latest.rows, latest.head_id, latest.head) == (6, rows[-1].id, head(db))
    with db.session() as session:
        assert all(link_ok(session, r, db) for r in session.scalars(sa.select(PromptLog)))
    assert PromptLogStore(db).verify().ok


def test_without_a_key_rows_are_chained_but_unsigned_and_not_anchored(db_url: str, tmp_path: Path) -> None:
    from pydantic import SecretStr

    from assistant.settings import DBSettings, Settings
    from assistant.store.verify import verify_database

    settings = Settings(_env_file=None, db=DBSettings(url=SecretStr(db_url), data_dir=tmp_path))
    database = Database.from_settings(settings)
    write_rows(database, 3)
    report = verify_database(database)
    assert report.ok and report.table("prompt_log").signed == 0 and report.table("reviews").rows == 3
    assert any("no key configured" in note for note in report.notes)
    assert not (tmp_path / "log-checkpoints.jsonl").exists()
    database.dispose()


# --------------------------------------------------------------------------- prompt_log tampering


def test_edited_row_is_named(db: Database) -> None:
    write_rows(db)
    target = ids(db)[2]
    sql(db, "UPDATE prompt_log SET raw_output = 'Status: all fine' WHERE id = :i", i=target)
    code, out = verify()
    assert code == 1 and f"prompt_log: EDITED ROW: row id {target} " in out and "hash mismatch" in out
    result = PromptLogStore(db).verify()
    assert not result.ok and result.first_broken_id == target and result.reason.startswith("edited row")


def test_edited_odoo_instance_is_caught(db: Database) -> None:
    """odoo_instance is in the row hash: moving a run to another Odoo shows."""
    write_rows(db)
    target = ids(db)[0]
    sql(db, "UPDATE prompt_log SET odoo_instance = 'https://other.example.com/prod' WHERE id = :i", i=target)
    code, out = verify()
    assert code == 1 and f"EDITED ROW: row id {target} " in out


def test_deleted_middle_row_is_named(db: Database) -> None:
    write_rows(db)
    first, second, third = ids(db)[1:4]
    sql(db, "DELETE FROM prompt_log WHERE id = :i", i=second)
    code, out = verify()
    assert code == 1 and f"MISSING ROWS: row id {third} " in out and f"ids {second}..{second} absent" in out


def test_truncated_tail_is_named_through_the_checkpoint(db: Database) -> None:
    write_rows(db)
    all_ids = ids(db)
    sql(db, "DELETE FROM prompt_log WHERE id >= :i", i=all_ids[-2])
    code, out = verify()
    assert code == 1 and "prompt_log: TRUNCATED TAIL" in out
    assert (
        f"covers 6 rows up to row id {all_ids[-1]}" in out
        and f"ends at row id {all_ids[-3]} after 4 rows" in out
    )


def test_forged_row_with_id_below_one_is_named(db: Database) -> None:
    """A well-formed row (correct hash, chained from the start) at id -1: the sequence never issued it."""
    write_rows(db)
    forged = forge_prompt_row(db, row_id=-1, prev=GENESIS)
    code, out = verify()
    assert code == 1 and f"prompt_log: FORGED ROW: row id {forged} " in out and "never issued" in out
    assert "MISSING ROWS" not in out  # the real chain around it is intact and not blamed
    with db.session() as session:
        assert link_ok(session, session.get(PromptLog, forged), db) is False  # the API's per-row check
    result = PromptLogStore(db).verify()  # what GET /api/v1/log/verify reports
    assert not result.ok and result.first_broken_id == forged


def test_forged_row_id_zero_without_any_key_is_still_named(db_url: str, tmp_path: Path) -> None:
    from pydantic import SecretStr

    from assistant.settings import DBSettings, Settings

    settings = Settings(_env_file=None, db=DBSettings(url=SecretStr(db_url), data_dir=tmp_path))
    database = Database.from_settings(settings)
    write_rows(database, 2)
    forged = forge_prompt_row(database, row_id=0, prev=GENESIS)
    result = PromptLogStore(database).verify()
    assert not result.ok and result.first_broken_id == forged == 0 and "never issued" in result.reason
    database.dispose()


def test_appended_forged_row_with_a_correct_hash_is_named(db: Database) -> None:
    write_rows(db)
    forged = forge_prompt_row(db, row_id=None, prev=head(db))
    code, out = verify()
    assert code == 1 and f"prompt_log: FORGED ROW: row id {forged} " in out and "signing key" in out
    # the service appends after it and checkpoints: the forged row stays named, not laundered
    PromptLogStore(db).append([entry(7)])
    code, out = verify()
    assert code == 1 and f"FORGED ROW: row id {forged} " in out


def test_appended_row_with_a_wrong_hash_is_named(db: Database) -> None:
    write_rows(db)
    forged = forge_prompt_row(db, row_id=None, prev="f" * 64)
    code, out = verify()
    assert code == 1 and f"EDITED ROW: row id {forged} " in out and "does not link to row id" in out
    assert f"FORGED ROW: row id {forged} " in out  # and it is unsigned


def test_consistent_rechain_is_named_through_the_checkpoint(db: Database) -> None:
    """Edit a row, recompute every hash after it: the chain is consistent again, but the signed checkpoint
    (key outside the attacker's reach) still holds the old head."""
    write_rows(db)
    target = ids(db)[1]
    sql(db, "UPDATE prompt_log SET raw_output = 'Status: rewritten' WHERE id = :i", i=target)
    rechain_after(db, PROMPT_LOG, target)
    code, out = verify()
    assert code == 1 and "prompt_log: RE-CHAINED HISTORY" in out and "EDITED ROW" not in out
    assert f"FORGED ROW: row id {target} " in out  # and the rewritten rows no longer carry valid signatures


def test_consistent_rechain_of_unsigned_history_is_caught_by_the_checkpoint_alone(
    db_url: str, tmp_path: Path, env: Path
) -> None:
    """Rows written before any key existed carry no signatures; a checkpoint signed later still pins them."""
    from pydantic import SecretStr

    from assistant.settings import DBSettings, LogSettings, Settings

    unsigned = Settings(  # explicit: the environment carries the key for the CLI calls below
        _env_file=None, db=DBSettings(url=SecretStr(db_url), data_dir=tmp_path), log=LogSettings()
    )
    legacy = Database.from_settings(unsigned)
    write_rows(legacy, 4)
    legacy.dispose()
    assert invoke("log", "checkpoint", "--no-odoo").exit_code == 0
    database = Database.from_settings(get_settings())
    target = ids(database)[0]
    sql(database, "UPDATE prompt_log SET raw_output = 'Status: rewritten' WHERE id = :i", i=target)
    rechain_after(database, PROMPT_LOG, target)
    code, out = verify()
    assert code == 1 and "prompt_log: RE-CHAINED HISTORY" in out
    assert "FORGED ROW" not in out and "EDITED ROW" not in out  # only the checkpoint could tell
    database.dispose()


def test_stripped_signatures_are_named(db: Database) -> None:
    write_rows(db)
    target = ids(db)[3]
    sql(db, "UPDATE prompt_log SET row_sig = NULL WHERE id >= :i", i=target)
    code, out = verify()
    assert (
        code == 1 and f"FORGED ROW: row id {target} " in out and "unsigned where every row is signed" in out
    )


# --------------------------------------------------------------------------- checkpoints


def test_checkpoint_forged_with_another_key_is_named(db: Database, env: Path) -> None:
    write_rows(db)
    sql(db, "DELETE FROM prompt_log WHERE id = (SELECT max(id) FROM prompt_log)")
    mine = max((c for c in read_file(env)[0] if c.table == "prompt_log"), key=lambda c: c.head_id)
    other = Signer.from_b64(keygen()[0])
    fake = other.sign(Checkpoint(mine.instance, "prompt_log", 5, mine.head_id - 1, head(db), None, mine.at))
    with env.open("a") as handle:
        handle.write(fake.to_json() + "\n")
    code, out = verify()
    assert code == 1 and "BAD CHECKPOINT SIGNATURE" in out and "TRUNCATED TAIL" in out


def test_altered_checkpoint_is_named(db: Database, env: Path) -> None:
    write_rows(db)
    lines = env.read_text().splitlines()
    data = json.loads(lines[0])
    data["rows"] += 1
    lines[0] = json.dumps(data)
    env.write_text("\n".join(lines) + "\n")
    code, out = verify()
    assert code == 1 and "BAD CHECKPOINT SIGNATURE: checkpoints.jsonl line 1" in out


def test_lost_checkpoint_store_is_named(db: Database, env: Path) -> None:
    write_rows(db)
    env.unlink()
    code, out = verify()
    assert code == 1 and "prompt_log: MISSING CHECKPOINTS" in out


def test_unreadable_checkpoint_line_is_named(db: Database, env: Path) -> None:
    write_rows(db)
    with env.open("a") as handle:
        handle.write('{"instance": "torn\n')
    code, out = verify()
    assert code == 1 and "UNREADABLE CHECKPOINT" in out


def test_public_key_alone_verifies(db: Database, env: Path, keys: tuple[str, str], monkeypatch: Any) -> None:
    """An auditor holds only the public key."""
    write_rows(db)
    monkeypatch.delenv("ASSISTANT_LOG__CHECKPOINT_KEY")
    monkeypatch.setenv("ASSISTANT_LOG__PUBLIC_KEY", keys[1])
    get_settings.cache_clear()
    code, out = verify()
    assert code == 0 and "6 signed" in out
    sql(db, "DELETE FROM prompt_log WHERE id = (SELECT max(id) FROM prompt_log)")
    assert "TRUNCATED TAIL" in verify()[1]


def test_keygen_prints_a_working_pair() -> None:
    result = invoke("log", "keygen")
    values = dict(
        line.split("=", 1) for line in result.output.splitlines() if line.startswith("ASSISTANT_LOG__")
    )
    signer = Signer.from_b64(values["ASSISTANT_LOG__CHECKPOINT_KEY"])
    assert signer.public_b64 == values["ASSISTANT_LOG__PUBLIC_KEY"]
    assert signer.row_ok("prompt_log", "a" * 64, signer.sign_row("prompt_log", "a" * 64))
    assert not signer.row_ok("reviews", "a" * 64, signer.sign_row("prompt_log", "a" * 64))


def test_bad_key_is_a_clear_config_error(db_url: str, tmp_path: Path, monkeypatch: Any) -> None:
    monkeypatch.setenv("ASSISTANT_DB__URL", db_url)
    monkeypatch.setenv("ASSISTANT_DB__DATA_DIR", str(tmp_path))
    monkeypatch.setenv("ASSISTANT_LOG__CHECKPOINT_KEY", "not-base64!")
    monkeypatch.chdir(tmp_path)
    get_settings.cache_clear()
    result = CliRunner().invoke(app, ["log", "verify"])
    get_settings.cache_clear()
    assert result.exit_code == 2 and "CHECKPOINT_KEY" in result.output and "Traceback" not in result.output


# --------------------------------------------------------------------------- reviews and access audit


def test_edited_review_is_named(db: Database) -> None:
    write_rows(db)
    target = ids(db, "reviews")[1]
    sql(db, "UPDATE reviews SET decision = 'accepted' WHERE id = :i", i=target)
    code, out = verify()
    assert code == 1 and f"reviews: EDITED ROW: row id {target} " in out


def test_deleted_and_rechained_review_is_named(db: Database) -> None:
    write_rows(db)
    first, second, third = ids(db, "reviews")
    sql(db, "DELETE FROM reviews WHERE id = :i", i=second)
    rechain_after(db, REVIEWS, third)
    code, out = verify()
    assert code == 1 and "reviews: RE-CHAINED HISTORY" in out


def test_edited_access_audit_row_is_named(db: Database) -> None:
    write_rows(db)
    target = ids(db, "access_audit")[0]
    sql(db, "UPDATE access_audit SET actor = 'someone-else' WHERE id = :i", i=target)
    code, out = verify()
    assert code == 1 and f"access_audit: EDITED ROW: row id {target} " in out


def test_truncated_access_audit_is_named(db: Database) -> None:
    write_rows(db)
    sql(db, "DELETE FROM access_audit WHERE id = (SELECT max(id) FROM access_audit)")
    code, out = verify()
    assert code == 1 and "access_audit: TRUNCATED TAIL" in out


def test_review_and_audit_rows_carry_the_instance_and_chain(db: Database) -> None:
    rows = write_rows(db, 3)
    with db.session() as session:
        review = session.scalars(sa.select(Review).order_by(Review.id)).first()
    assert review is not None and review.prev_hash == GENESIS and review.row_sig
    assert review.odoo_instance == "sandbox/sandbox"  # no run instance yet: the deployment's
    with db.engine.connect() as conn:
        audits = conn.execute(sa.text("SELECT odoo_instance, prev_hash FROM access_audit ORDER BY id")).all()
    assert audits[0] == ("sandbox/sandbox", GENESIS)
    assert rows[0].odoo_instance == "sandbox/sandbox"


# --------------------------------------------------------------------------- model and schema


def test_odoo_instance_filter_and_hash_compatibility(db: Database) -> None:
    store = PromptLogStore(db)
    a, b = entry(1), entry(2)
    a.odoo_instance, b.odoo_instance = "https://erp.example.com/prod", "https://erp.example.com/test"
    store.append([a, b])
    assert [r.odoo_id for r in store.list(odoo_instance="https://erp.example.com/test")] == [2]
    # rows from before the column existed (instance "") keep the hash they were written with
    row = {name: getattr(entry(3), name, None) for name in PROMPT_LOG.fields}
    legacy = json.dumps(row, sort_keys=True, ensure_ascii=False, separators=(",", ":"), default=str)
    from assistant.store.chain import canonical

    assert canonical(PROMPT_LOG, {**row, "odoo_instance": ""}) == legacy
    assert canonical(PROMPT_LOG, {**row, "odoo_instance": "x"}) != legacy


def test_concurrent_writers_keep_one_chain(db: Database) -> None:
    errors: list[BaseException] = []

    def work(offset: int) -> None:
        try:
            store = PromptLogStore(db)
            for i in range(8):
                store.append([entry(offset + i)])
                audit(db, f"worker-{offset}", "log.read", str(i))
        except BaseException as exc:  # noqa: BLE001
            errors.append(exc)

    threads = [threading.Thread(target=work, args=(k * 100,)) for k in range(3)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert not errors
    code, out = verify()
    assert code == 0, out
    assert "prompt_log chain intact (24 rows" in out and "access_audit chain intact (24 rows" in out


def test_migration_chains_existing_reviews_and_audit(db_url: str, tmp_path: Path) -> None:
    """Rows written under 0002 (no chain columns) are chained by 0003 and verify; downgrade works."""
    from alembic import command
    from alembic.config import Config

    import assistant.store.db as dbmod
    from assistant.store.verify import verify_database

    database = Database(db_url)
    cfg = Config()
    cfg.set_main_option("script_location", str(Path(dbmod.__file__).parent / "migrations"))

    def run(action: str, target: str) -> None:
        with database.engine.begin() as conn:
            cfg.attributes["connection"] = conn
            getattr(command, action)(cfg, target)

    run("upgrade", "0002_service")
    sql(
        database,
        "INSERT INTO reviews (run_id, decision, reviewer, feedback, decided_at, source) VALUES "
        "('r1', 'accepted', 'Dana Example', '', now(), 'odoo:done'), "
        "('r2', 'rejected', '', 'cancelled', now(), 'odoo:cancelled')",
    )
    sql(database, "INSERT INTO access_audit (actor, action, target) VALUES ('cli:auditor', 'log.show', 'r1')")
    run("upgrade", "head")
    report = verify_database(database)
    assert report.ok and report.table("reviews").rows == 2 and report.table("access_audit").rows == 1
    sql(database, "UPDATE reviews SET decision = 'accepted' WHERE run_id = 'r2'")
    assert not verify_database(database).ok
    run("downgrade", "0002_service")
    run("upgrade", "head")
    database.dispose()


# --------------------------------------------------------------------------- the Odoo anchor


def test_checkpoints_noted_in_odoo_catch_a_truncation_after_the_file_is_lost(
    settings: Any, sandbox: Any, keys: tuple[str, str], tmp_path: Path
) -> None:
    """Second anchor: an internal note on a governance record in Odoo (here the sandbox's first partner)."""
    from pydantic import SecretStr

    from assistant import runtime
    from assistant.settings import LogSettings
    from assistant.store.anchor import NOTE_MARKER, write_checkpoints
    from assistant.store.verify import verify_database

    partner = min(r["id"] for r in sandbox.data.search_read("res.partner", [], ["id"]))
    settings.log = LogSettings(
        checkpoint_key=SecretStr(keys[0]),
        checkpoint_path=tmp_path / "cp.jsonl",
        odoo_anchor=f"res.partner:{partner}",
    )
    database = Database.from_settings(settings)
    write_rows(database, 4)
    with runtime.odoo(settings) as gw:
        write_checkpoints(database, gateway=gw)
    notes = sandbox.data.search_read(
        "mail.message",
        [["model", "=", "res.partner"], ["res_id", "=", partner], ["body", "ilike", NOTE_MARKER]],
        ["message_type", "subtype_id", "partner_ids"],
    )
    assert len(notes) == 1 and notes[0]["message_type"] == "comment" and not notes[0]["partner_ids"]
    (tmp_path / "cp.jsonl").unlink()  # the file anchor is lost (or wiped by the attacker)
    sql(database, "DELETE FROM prompt_log WHERE id = (SELECT max(id) FROM prompt_log)")
    with runtime.odoo(settings) as gw:
        report = verify_database(database, gateway=gw)
    problems = {(p.table, p.kind): p for p in report.problems}
    assert ("prompt_log", "truncated tail") in problems
    assert "Odoo note" in problems[("prompt_log", "truncated tail")].detail
    assert ("reviews", "missing checkpoints") not in problems  # the Odoo copy anchors them
    database.dispose()


def test_forged_row_beyond_the_sequence_is_named(db: Database) -> None:
    write_rows(db)
    forged = forge_prompt_row(db, row_id=ids(db)[-1] + 1000, prev=head(db))
    code, out = verify()
    assert code == 1 and f"FORGED ROW: row id {forged} " in out and "never issued" in out


def test_api_names_a_forged_row_and_flags_it_in_the_detail(settings: Any, keys: tuple[str, str]) -> None:
    """GET /api/v1/log/verify names the forged row; the run's detail shows its link as broken."""
    from fastapi.testclient import TestClient
    from pydantic import SecretStr

    from assistant.api import create_app
    from assistant.api.security import GOVERNANCE
    from assistant.settings import LogSettings

    settings.log = LogSettings(checkpoint_key=SecretStr(keys[0]))
    application = create_app(settings)
    with TestClient(application) as client:
        db = application.state.service.db
        write_rows(db, 3)
        forged = forge_prompt_row(db, row_id=-5, prev=GENESIS, n=42)
        key = application.state.service.keys.create("test-gov", GOVERNANCE)
        gov = {"Authorization": f"Bearer {key}"}
        out = client.get("/api/v1/log/verify", headers=gov).json()
        assert out["ok"] is False and out["first_broken_id"] == forged and "forged row" in out["reason"]
        detail = client.get(f"/api/v1/log/{'00000000-0000-4000-8000-000000000042'}", headers=gov).json()
        assert detail["id"] == forged and detail["chain_link_ok"] is False
        real = client.get("/api/v1/log", headers=gov).json()["items"][0]
        assert client.get(f"/api/v1/log/{real['run_id']}", headers=gov).json()["chain_link_ok"] is True
    application.state.service.db.dispose()


def test_row_rewritten_with_its_hash_recomputed_is_named_twice(db: Database) -> None:
    """Content and hash changed, the next rows left alone: the broken link and the signature both tell."""
    write_rows(db)
    target, after = ids(db)[2:4]
    sql(db, "UPDATE prompt_log SET raw_output = 'Status: rewritten' WHERE id = :i", i=target)
    with db.engine.begin() as conn:
        row = conn.execute(sa.select(PromptLog.__table__).where(PromptLog.id == target)).mappings().one()
        new = chain_hash(PROMPT_LOG, row["prev_hash"], dict(row))
        conn.execute(sa.text("UPDATE prompt_log SET row_hash = :h WHERE id = :i"), {"h": new, "i": target})
    code, out = verify()
    assert code == 1 and f"EDITED ROW: row id {after} " in out and f"does not link to row id {target}" in out
    assert f"FORGED ROW: row id {target} " in out and "signature does not match" in out


def test_scheduled_odoo_anchor_posts_at_most_once_per_interval(
    settings: Any, sandbox: Any, keys: tuple[str, str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from datetime import timedelta

    from pydantic import SecretStr

    from assistant import clock, runtime
    from assistant.settings import LogSettings
    from assistant.store.anchor import NOTE_MARKER, anchor_in_odoo_if_due

    partner = min(r["id"] for r in sandbox.data.search_read("res.partner", [], ["id"]))
    settings.log = LogSettings(
        checkpoint_key=SecretStr(keys[0]),
        checkpoint_path=tmp_path / "cp.jsonl",
        odoo_anchor=f"res.partner:{partner}",
        odoo_every_minutes=30,
    )
    database = Database.from_settings(settings)
    write_rows(database, 2)

    def notes() -> int:
        domain = [["model", "=", "res.partner"], ["res_id", "=", partner], ["body", "ilike", NOTE_MARKER]]
        return len(sandbox.data.search_read("mail.message", domain, ["id"]))

    with runtime.odoo(settings) as gw:
        assert anchor_in_odoo_if_due(database, gw) is not None and notes() == 1
        assert anchor_in_odoo_if_due(database, gw) is None and notes() == 1  # not due yet
        later = clock.wall() + timedelta(minutes=31)
        monkeypatch.setattr("assistant.clock.wall", lambda: later)
        assert anchor_in_odoo_if_due(database, gw) is not None and notes() == 2
    database.dispose()


def test_checkpoint_refuses_to_sign_over_a_rewritten_history(db: Database, env: Path) -> None:
    """Like a CT log that only signs a tree extending the last one: no laundering of a truncation."""
    write_rows(db)
    before = len(read_file(env)[0])
    assert invoke("log", "checkpoint", "--no-odoo").exit_code == 0
    sql(db, "DELETE FROM prompt_log WHERE id = (SELECT max(id) FROM prompt_log)")
    refused = invoke("log", "checkpoint", "--no-odoo")
    assert (
        refused.exit_code == 1 and "prompt_log: row id" in refused.output and "not signed" in refused.output
    )
    assert len(read_file(env)[0]) == before + 3  # nothing appended by the refused call
    assert invoke("log", "checkpoint", "--no-odoo", "--force").exit_code == 0
    assert "TRUNCATED TAIL" in verify()[1]  # the older checkpoints still tell


def test_cli_json_report_and_odoo_round_trip(
    env: Path, sandbox: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    partner = min(r["id"] for r in sandbox.data.search_read("res.partner", [], ["id"]))
    for key, value in {
        "ASSISTANT_ODOO__URL": sandbox.url,
        "ASSISTANT_ODOO__DB": sandbox.db,
        "ASSISTANT_LOG__ODOO_ANCHOR": f"res.partner:{partner}",
    }.items():
        monkeypatch.setenv(key, value)
    get_settings.cache_clear()
    db = Database.from_settings(get_settings())
    write_rows(db)
    report = json.loads(invoke("log", "verify", "--json").output)
    assert report["ok"] is True and [t["rows"] for t in report["tables"]] == [6, 3, 2]
    posted = invoke("log", "checkpoint")
    assert posted.exit_code == 0 and f"Odoo res.partner:{partner}" in posted.output
    env.unlink()
    sql(db, "DELETE FROM reviews WHERE id = (SELECT max(id) FROM reviews)")
    result = invoke("log", "verify", "--odoo", "--json")
    report = json.loads(result.output)
    kinds = {(p["table"], p["kind"]) for t in report["tables"] for p in t["problems"]}
    assert result.exit_code == 1 and ("reviews", "truncated tail") in kinds
    assert invoke("log", "verify").exit_code == 1  # without Odoo: the lost file shows as missing checkpoints
    assert "MISSING CHECKPOINTS" in invoke("log", "verify").output
    db.dispose()


def test_checkpoints_of_another_instance_do_not_count(db: Database, env: Path, monkeypatch: Any) -> None:
    """A checkpoint names the deployment it anchors; renaming the instance leaves the old ones aside (and
    says so) rather than mixing deployments that share a checkpoint store."""
    write_rows(db)
    monkeypatch.setenv("ASSISTANT_LOG__INSTANCE", "https://erp.example.com/other")
    get_settings.cache_clear()
    code, out = verify()
    assert code == 1 and "MISSING CHECKPOINTS" in out and "of other instances than" in out
