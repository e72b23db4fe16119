"""Odoo access: the JSON-RPC client (only importer of odoorpc), the typed gateway, and wire conversions."""

from __future__ import annotations

from contextlib import contextmanager
from collections.abc import Iterator
from typing import TYPE_CHECKING

from assistant.odoo.client import OdooClient
from assistant.odoo.gateway import ActivitySpec, OdooGateway

if TYPE_CHECKING:
    from assistant.settings import Settings

__all__ = ["ActivitySpec", "OdooClient", "OdooGateway", "connect", "odoo_session"]


def connect(url: str, db: str, user: str, password: str, *, timeout: float = 30.0,
            batch_size: int = 200) -> OdooGateway:
    return OdooGateway(OdooClient(url, db, user, password, timeout=timeout).connect(), batch_size=batch_size)


@contextmanager
def odoo_session(settings: Settings) -> Iterator[OdooGateway]:
    """A gateway for the configured Odoo, or for a sandbox started for the duration (no URL configured)."""
    cfg = settings.odoo
    if cfg.url:
        yield connect(cfg.url, cfg.db, cfg.user, cfg.password.get_secret_value(), timeout=cfg.timeout,
                      batch_size=cfg.batch_size)
        return
    from assistant.sandbox import SandboxServer

    state = cfg.sandbox_state or settings.data_dir / "sandbox.json"
    state.parent.mkdir(parents=True, exist_ok=True)
    with SandboxServer(state) as srv:
        yield connect(srv.url, srv.db, "admin", "admin", timeout=cfg.timeout, batch_size=cfg.batch_size)
