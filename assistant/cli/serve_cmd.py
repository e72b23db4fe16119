"""Service commands: serve (API + UI + embedded workers), worker, sync-reviews, apikey (create/list/revoke)."""

from __future__ import annotations

import json
import logging
from contextlib import ExitStack
from typing import Annotated

import typer
from rich.table import Table

from assistant.cli.core import clean_errors, console
from assistant.errors import ConfigError
from assistant.settings import Settings, get_settings


def _with_sandbox(settings: Settings, stack: ExitStack) -> Settings:
    """No Odoo configured: keep the shared sandbox up for the whole service (every part that connects to
    Odoo reuses it; it stays the instance ``sandbox/sandbox`` whatever port it got)."""
    if not settings.uses_sandbox:
        return settings
    from assistant.odoo import shared_sandbox

    state = settings.odoo.sandbox_state or settings.data_dir / "sandbox.json"
    url = stack.enter_context(shared_sandbox(state))
    console.print(f"Odoo sandbox on {url} (simulation; set ASSISTANT_ODOO__URL for a real Odoo)")
    return settings


def register(app: typer.Typer) -> None:
    key_app = typer.Typer(help="API keys (hashed at rest) and their roles.", no_args_is_help=True)
    app.add_typer(key_app, name="apikey")

    @app.command()
    @clean_errors
    def serve(
        host: Annotated[str | None, typer.Option(help="Bind address (default: settings).")] = None,
        port: Annotated[int | None, typer.Option(help="Port (default: settings).")] = None,
        workers: Annotated[int | None, typer.Option(help="Embedded worker threads (0: none).")] = None,
        log_level: Annotated[str, typer.Option(help="uvicorn log level.")] = "info",
    ) -> None:
        """Run the HTTP API, the webhooks and the governance UI, with embedded job workers (they reconnect on
        their own after a database outage). SIGTERM or Ctrl-C stop everything it started."""
        import uvicorn

        from assistant.api import create_app
        from assistant.jobs.worker import WorkerThread
        from assistant.lifecycle import exit_on_signals

        logging.basicConfig(level=log_level.upper(), format="%(asctime)s %(levelname)s %(name)s: %(message)s")
        exit_on_signals()  # uvicorn re-raises SIGTERM after its graceful shutdown: unwind, stop what we started
        settings = get_settings()
        with ExitStack() as stack:
            settings = _with_sandbox(settings, stack)
            api = create_app(settings)
            stack.callback(api.state.service.db.dispose)
            count = settings.service.embedded_workers if workers is None else workers
            for index in range(count):
                thread = stack.enter_context(WorkerThread(settings, name=f"embedded-{index}"))
                api.state.service.workers.append(thread)  # /ready reports their heartbeat
            bind_host, bind_port = host or settings.service.host, port or settings.service.port
            console.print(
                f"serving on http://{bind_host}:{bind_port} (UI /ui/, OpenAPI /docs) with {count} "
                "embedded worker(s)"
            )
            uvicorn.run(
                api,
                host=bind_host,
                port=bind_port,
                access_log=False,
                log_level=log_level,
                server_header=False,
            )

    @app.command()
    @clean_errors
    def worker(
        concurrency: Annotated[int | None, typer.Option(help="Jobs at once (default: settings).")] = None,
        name: Annotated[str | None, typer.Option(help="Worker name in logs.")] = None,
        llm: Annotated[str | None, typer.Option(help="rules | local | openai (default: settings).")] = None,
    ) -> None:
        """Run a job worker (run as many as you like, on several machines): queue, retries, schedules."""
        from assistant.jobs.worker import run_worker

        settings = get_settings()
        if settings.uses_sandbox:
            raise ConfigError(
                "a separate worker needs ASSISTANT_ODOO__URL (a real Odoo, or "
                "`assistant sandbox --port 8069` and ASSISTANT_ODOO__URL=http://127.0.0.1:8069); "
                "`assistant serve` runs embedded workers against its own sandbox"
            )
        logging.basicConfig(level="INFO", format="%(asctime)s %(levelname)s %(name)s: %(message)s")
        run_worker(settings, concurrency=concurrency, name=name, llm=llm)

    @app.command("sync-reviews")
    @clean_errors
    def sync_reviews_cmd(as_json: Annotated[bool, typer.Option("--json")] = False) -> None:
        """Read reviewers' decisions (done / cancelled / edited activities) from Odoo into the reviews table."""
        from assistant import runtime
        from assistant.reviews import sync_reviews

        settings = get_settings()
        rt = runtime.Runtime.open(settings)
        with runtime.odoo(settings) as gw:
            report = sync_reviews(settings, gw, rt.db)
        if as_json:
            console.print_json(json.dumps(report.to_dict()))
            return
        console.print(
            f"checked {report.checked}: accepted {report.accepted}, rejected {report.rejected}, "
            f"edited {report.edited}, still open {report.open}"
        )

    @key_app.command("create")
    @clean_errors
    def key_create(
        name: str, role: Annotated[str, typer.Option(help="service | manager | finance | governance")]
    ) -> None:
        """Create a key; it is printed once and only its hash is stored."""
        from assistant.api.security import KeyStore
        from assistant.store import Database

        key = KeyStore(Database.from_settings(get_settings())).create(name, role)
        console.print(f"API key for {name} ({role}) — store it now, it is not shown again:")
        console.print(key, markup=False, highlight=False, soft_wrap=True)

    @key_app.command("list")
    @clean_errors
    def key_list() -> None:
        """Keys with their role, prefix and last use (never the key)."""
        from assistant.api.security import KeyStore
        from assistant.store import Database

        table = Table(title="API keys")
        for col in ("name", "role", "prefix", "created", "last used", "revoked"):
            table.add_column(col)
        for k in KeyStore(Database.from_settings(get_settings())).list():
            table.add_row(
                k.name,
                k.role,
                k.prefix,
                f"{k.created_at:%Y-%m-%d %H:%M}",
                f"{k.last_used_at:%Y-%m-%d %H:%M}" if k.last_used_at else "-",
                f"{k.revoked_at:%Y-%m-%d %H:%M}" if k.revoked_at else "-",
            )
        console.print(table)

    @key_app.command("revoke")
    @clean_errors
    def key_revoke(name: str) -> None:
        """Revoke a key (effective within 30 s in running services)."""
        from assistant.api.security import KeyStore
        from assistant.store import Database

        if not KeyStore(Database.from_settings(get_settings())).revoke(name):
            raise typer.Exit(1)
        console.print(f"revoked {name}")
