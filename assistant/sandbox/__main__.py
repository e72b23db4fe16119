"""Run the Odoo simulation standalone: ``python -m assistant.sandbox --port 8069 [--state FILE] [--version 17]``."""

from __future__ import annotations

import argparse
import logging
import signal
import time
from datetime import date
from pathlib import Path

from .server import SandboxServer


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m assistant.sandbox",
        description="Serve a SIMULATED Odoo 18 or 17 (JSON-RPC) with seeded demo data.",
    )
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=8069)
    parser.add_argument(
        "--state",
        type=Path,
        default=None,
        help="JSON state file: loaded if present, else seeded and saved; updated on every write",
    )
    parser.add_argument(
        "--anchor-date",
        type=date.fromisoformat,
        default=None,
        help="'today' of the seeded data (default: today)",
    )
    parser.add_argument("--projects", type=int, default=8, help="number of projects to seed")
    parser.add_argument("--api-key", default="sandbox-api-key-0000")
    parser.add_argument(
        "--version",
        default=None,
        help="Odoo version to simulate: 18 or 17 (default: $ASSISTANT_SANDBOX_VERSION, else 18)",
    )
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.INFO)
    srv = SandboxServer(
        args.state,
        anchor_date=args.anchor_date,
        n_projects=args.projects,
        host=args.host,
        port=args.port,
        api_key=args.api_key,
        version=args.version,
    )
    url = srv.start()
    print(
        f"Odoo {srv.version} SIMULATION listening on {url}  db={srv.db}  login=admin password=admin  "
        f"api_key={srv.api_key}",
        flush=True,
    )
    # Ctrl-C and SIGTERM both stop the server cleanly (state saved); set explicitly, because a process started
    # in the background by a non-interactive shell inherits SIGINT as ignored.
    signal.signal(signal.SIGINT, _interrupt)
    signal.signal(signal.SIGTERM, _interrupt)
    try:
        while True:
            time.sleep(3600)
    except KeyboardInterrupt:
        pass
    finally:
        srv.stop()
    return 0


def _interrupt(signum: int, frame: object) -> None:
    raise KeyboardInterrupt


if __name__ == "__main__":
    raise SystemExit(main())
