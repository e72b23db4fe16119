"""Shared by the service benchmark and the schemathesis run: a served app (uvicorn thread) on a scratch
embedded PostgreSQL and sandbox, with one API key per role and a webhook secret."""

from __future__ import annotations

import socket
import tempfile
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from pydantic import SecretStr

from assistant.api.security import ROLES
from assistant.settings import DBSettings, OdooSettings, Settings
from assistant.store.db import embedded_url

SECRET = "bench-webhook-secret"


@dataclass
class Served:
    url: str
    keys: dict[str, str]
    settings: Settings
    app: Any
    sandbox: Any


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@contextmanager
def served(data_dir: Path | None = None, **service: Any) -> Iterator[Served]:
    import uvicorn

    from assistant.api import create_app
    from assistant.sandbox import SandboxServer

    root = data_dir or Path(tempfile.mkdtemp(prefix="oga-bench-"))
    url = embedded_url(root)
    with SandboxServer() as sandbox:
        settings = Settings(
            _env_file=None,
            db=DBSettings(url=SecretStr(url), data_dir=root),
            odoo=OdooSettings(url=sandbox.url, db=sandbox.db),
        )
        settings.service.webhook_secret = SecretStr(SECRET)
        settings.schedules.anomaly_scan = settings.schedules.status_summaries = (
            settings.schedules.review_sync
        ) = ""
        for key, value in service.items():
            setattr(settings.service, key, value)
        app = create_app(settings)
        keys = {role: app.state.service.keys.create(f"bench-{role}", role) for role in ROLES}
        port = free_port()
        server = uvicorn.Server(
            uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning", access_log=False)
        )
        thread = threading.Thread(target=server.run, daemon=True)
        thread.start()
        while not server.started:
            time.sleep(0.05)
        try:
            yield Served(f"http://127.0.0.1:{port}", keys, settings, app, sandbox)
        finally:
            server.should_exit = True
            thread.join(10)
            app.state.service.db.dispose()
