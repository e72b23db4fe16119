"""Odoo access: the JSON-RPC client (only importer of odoorpc), the typed gateway, and wire conversions."""

from __future__ import annotations

import contextlib
import fcntl
import json
import os
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING

from assistant.odoo.activities import ActivitySpec, Landing
from assistant.odoo.client import OdooClient
from assistant.odoo.gateway import OdooGateway, instance_id

if TYPE_CHECKING:
    from assistant.settings import Settings

__all__ = [
    "SANDBOX_INSTANCE",
    "ActivitySpec",
    "Landing",
    "OdooClient",
    "OdooGateway",
    "connect",
    "instance_id",
    "instance_of",
    "odoo_session",
    "shared_sandbox",
]


SANDBOX_INSTANCE = "sandbox/sandbox"  # the offline sandbox is an Odoo instance of its own


def connect(
    url: str,
    db: str,
    user: str,
    password: str,
    *,
    timeout: float = 30.0,
    batch_size: int = 200,
    instance: str | None = None,
    fallback_user_id: int | None = None,
) -> OdooGateway:
    return OdooGateway(
        OdooClient(url, db, user, password, timeout=timeout).connect(),
        batch_size=batch_size,
        instance=instance,
        fallback_user_id=fallback_user_id,
    )


def instance_of(settings: Settings) -> str:
    """The identity of the configured Odoo (see :func:`assistant.odoo.gateway.instance_id`):
    ``ASSISTANT_LOG__INSTANCE`` if set (keep checkpoints valid when Odoo moves), else the normalised URL and
    database; the offline sandbox is ``sandbox/sandbox``."""
    if settings.log.instance:
        return settings.log.instance.strip()
    cfg = settings.odoo
    return instance_id(cfg.url, cfg.db) if cfg.url else SANDBOX_INSTANCE


@contextmanager
def odoo_session(settings: Settings) -> Iterator[OdooGateway]:
    """A gateway for the configured Odoo, or for a sandbox started for the duration (no URL configured)."""
    cfg = settings.odoo
    if cfg.url:
        yield connect(
            cfg.url,
            cfg.db,
            cfg.user,
            cfg.password.get_secret_value(),
            timeout=cfg.timeout,
            batch_size=cfg.batch_size,
            instance=instance_of(settings),
            fallback_user_id=cfg.fallback_user_id,
        )
        return
    state = cfg.sandbox_state or settings.data_dir / "sandbox.json"
    with shared_sandbox(state) as url:
        yield connect(
            url,
            "sandbox",
            "admin",
            "admin",
            timeout=cfg.timeout,
            batch_size=cfg.batch_size,
            instance=instance_of(settings),
            fallback_user_id=cfg.fallback_user_id,
        )


@contextmanager
def shared_sandbox(state: Path) -> Iterator[str]:
    """The sandbox serving ``state``: reuse one another process already serves (so the CLI, the API and the
    workers share one in-memory database and nobody overwrites the others' writes), else start one."""
    from assistant.sandbox import SandboxServer

    state.parent.mkdir(parents=True, exist_ok=True)
    marker = state.with_suffix(".serving")
    with open(state.with_suffix(".lock"), "a+") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        try:
            url = _live_sandbox(marker)
            srv = None
            if url is None:
                srv = SandboxServer(state)
                url = srv.start()
                marker.write_text(json.dumps({"url": url, "pid": os.getpid()}))
        finally:
            fcntl.flock(lock, fcntl.LOCK_UN)
    try:
        yield url
    finally:
        if srv is not None:
            srv.stop()
            with contextlib.suppress(OSError):
                if json.loads(marker.read_text()).get("pid") == os.getpid():
                    marker.unlink()


def _live_sandbox(marker: Path) -> str | None:
    try:
        info = json.loads(marker.read_text())
        os.kill(int(info["pid"]), 0)
        with urllib.request.urlopen(f"{info['url']}/web/health", timeout=2) as response:  # noqa: S310 - loopback
            return str(info["url"]) if response.status == 200 else None
    except (OSError, ValueError, KeyError, TypeError):
        return None
