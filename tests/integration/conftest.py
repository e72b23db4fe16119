"""The integration suite: the assistant against REAL Odoo servers (no simulation).

Servers come from ``ASSISTANT_TEST_ODOO_URLS``: space- or comma-separated ``URL#DB`` entries, e.g.
``http://127.0.0.1:8069#psdemo http://127.0.0.1:8017#psdemo17`` (what ``../shared/tools/real_odoo.sh`` starts
for Odoo 18 and 17); login and password from ``ASSISTANT_TEST_ODOO_USER`` / ``ASSISTANT_TEST_ODOO_PASSWORD``
(default admin / admin). Every test runs once per reachable server; without one the whole suite is skipped
(``make test-odoo`` says so in one line). The tests create activities and messages on those servers and
remove what they can; they never change a business record (``test_read_only`` checks it).
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import httpx
import pytest


@dataclass(frozen=True)
class Server:
    url: str
    db: str
    user: str
    password: str
    version: str = ""

    @property
    def id(self) -> str:
        return f"odoo{self.version.split('.')[0]}-{self.db}"

    def rpc(self, model: str, method: str, args: list[Any], kwargs: dict[str, Any] | None = None) -> Any:
        """A reviewer's own client (the assistant's refuses anything but activities and notes)."""
        uid = _uid(self)
        reply = httpx.post(
            f"{self.url}/jsonrpc",
            timeout=120,
            json={
                "jsonrpc": "2.0",
                "method": "call",
                "params": {
                    "service": "object",
                    "method": "execute_kw",
                    "args": [self.db, uid, self.password, model, method, args, kwargs or {}],
                },
            },
        ).json()
        if "error" in reply:
            raise RuntimeError(reply["error"]["data"]["message"])
        return reply["result"]


_UIDS: dict[tuple[str, str], int] = {}


def _uid(server: Server) -> int:
    key = (server.url, server.db)
    if key not in _UIDS:
        reply = httpx.post(
            f"{server.url}/jsonrpc",
            timeout=30,
            json={
                "jsonrpc": "2.0",
                "method": "call",
                "params": {
                    "service": "common",
                    "method": "login",
                    "args": [server.db, server.user, server.password],
                },
            },
        ).json()
        _UIDS[key] = int(reply["result"])
    return _UIDS[key]


def configured() -> list[Server]:
    raw = os.environ.get("ASSISTANT_TEST_ODOO_URLS", "")
    user = os.environ.get("ASSISTANT_TEST_ODOO_USER", "admin")
    password = os.environ.get("ASSISTANT_TEST_ODOO_PASSWORD", "admin")
    out = []
    for item in raw.replace(",", " ").split():
        url, _, db = item.partition("#")
        out.append(Server(url.rstrip("/"), db, user, password))
    return out


def reachable() -> list[Server]:
    live = []
    for server in configured():
        try:
            info = httpx.post(
                f"{server.url}/jsonrpc",
                timeout=5,
                json={
                    "jsonrpc": "2.0",
                    "method": "call",
                    "params": {"service": "common", "method": "version", "args": []},
                },
            ).json()["result"]
            _uid(server)
        except (httpx.HTTPError, KeyError, ValueError, TypeError):
            continue
        live.append(Server(server.url, server.db, server.user, server.password, str(info["server_version"])))
    return live


SERVERS = reachable()


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    if SERVERS:
        return
    skip = pytest.mark.skip(reason="no real Odoo reachable (set ASSISTANT_TEST_ODOO_URLS)")
    for item in items:
        if "tests/integration" in str(item.fspath).replace(os.sep, "/"):
            item.add_marker(skip)


@pytest.fixture(params=SERVERS or [None], ids=[s.id for s in SERVERS] or ["none"])
def server(request: pytest.FixtureRequest) -> Server:
    if request.param is None:
        pytest.skip("no real Odoo reachable (set ASSISTANT_TEST_ODOO_URLS)")
    return request.param  # type: ignore[no-any-return]


@pytest.fixture
def real_settings(server: Server, db_url: str, tmp_path: Path) -> Iterator[Any]:
    from pydantic import SecretStr

    from assistant.settings import DBSettings, OdooSettings, Settings

    yield Settings(
        _env_file=None,
        odoo=OdooSettings(
            url=server.url, db=server.db, user=server.user, password=SecretStr(server.password)
        ),
        db=DBSettings(url=SecretStr(db_url), data_dir=tmp_path),
    )


@pytest.fixture(autouse=True)
def _pinned_clock() -> Iterator[None]:
    """Real servers hold real dates: the business date is the real one here."""
    from assistant import clock

    with clock.use(clock.wall().date()):
        yield


@pytest.fixture
def today(_pinned_clock: None) -> Any:
    from assistant import clock

    return clock.today()
