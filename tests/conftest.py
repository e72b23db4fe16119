"""Shared fixtures: an embedded PostgreSQL (one server per session, a fresh database per test), the Odoo
sandbox (a simulation of Odoo 18 JSON-RPC, see assistant/sandbox), and settings pointing at both."""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest

os.environ.setdefault("TLDEXTRACT_PUBLIC_SUFFIX_LIST_URLS", "")
os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("RAGAS_DO_NOT_TRACK", "true")
for _name in list(os.environ):  # tests never read the developer's configuration
    if _name.startswith("ASSISTANT_"):
        del os.environ[_name]

# Tests never depend on the real calendar: every test runs on a pinned business date (assistant.clock).
# Date-sensitive modules run at each of TODAYS with ``pytestmark = pytest.mark.parametrize("today", TODAYS,
# indirect=True)``; the sandbox is seeded relative to the ``today`` fixture.
DEFAULT_TODAY = date(2026, 3, 18)  # a Wednesday in the middle of a month
TODAYS = [
    pytest.param(date(2026, 3, 16), id="monday"),
    pytest.param(date(2026, 3, 22), id="sunday"),
    pytest.param(date(2026, 4, 30), id="month-end"),
    pytest.param(date(2028, 2, 29), id="leap-day"),
    pytest.param(date(2026, 12, 31), id="year-end"),
]


@pytest.fixture(autouse=True)
def _pinned_clock() -> Iterator[None]:
    from assistant import clock

    with clock.use(DEFAULT_TODAY):
        yield


@pytest.fixture
def today(request: pytest.FixtureRequest, _pinned_clock: None) -> Iterator[date]:
    """The business date of this test (``DEFAULT_TODAY`` unless parametrised with TODAYS)."""
    from assistant import clock

    day = getattr(request, "param", DEFAULT_TODAY)
    with clock.use(day):
        yield day


@pytest.fixture(scope="session")
def pg_root() -> Iterator[str]:
    """Not under pytest's rotating basetemp: a concurrent pytest run must not delete a live data dir."""
    import shutil
    import tempfile

    from assistant.store.db import embedded_url

    data = Path(tempfile.mkdtemp(prefix="oga-pg-"))
    yield embedded_url(data)
    shutil.rmtree(data, ignore_errors=True)


@pytest.fixture
def db_url(pg_root: str) -> Iterator[str]:
    import sqlalchemy as sa

    name = f"t_{uuid.uuid4().hex[:12]}"
    admin = sa.create_engine(pg_root, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(sa.text(f'CREATE DATABASE "{name}"'))
    url = pg_root.replace("/postgres?", f"/{name}?")
    yield url
    with admin.connect() as conn:
        conn.execute(sa.text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
    admin.dispose()


@pytest.fixture
def sandbox(today: date) -> Iterator[object]:
    from assistant.sandbox import SandboxServer

    with SandboxServer() as srv:
        yield srv


@pytest.fixture
def settings(db_url: str, sandbox: object, tmp_path: Path) -> object:
    from pydantic import SecretStr

    from assistant.settings import DBSettings, OdooSettings, Settings

    return Settings(
        _env_file=None,
        odoo=OdooSettings(
            url=sandbox.url,
            db=sandbox.db,
            user="admin",  # type: ignore[attr-defined]
            password=SecretStr("admin"),
        ),
        db=DBSettings(url=SecretStr(db_url), data_dir=tmp_path),
    )
