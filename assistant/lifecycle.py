"""Process lifecycle: what this process started is stopped when it exits, SIGTERM and Ctrl-C included.

Kept free of heavy imports: the CLI's entry point installs it before any command runs.
"""

from __future__ import annotations

import logging
import os
import signal
import sys

_log = logging.getLogger("assistant.lifecycle")


def _terminate(signum: int, frame: object) -> None:
    raise SystemExit(128 + signum)


def exit_on_signals() -> None:
    """SIGTERM and SIGHUP end this process the way Ctrl-C does: by unwinding, so every ``with`` block, ``finally``
    and atexit hook runs, and what the process started (embedded PostgreSQL, the local model server, the
    sandbox, embedded workers) is stopped. Without this, SIGTERM kills Python outright (uvicorn re-raises it
    after its own graceful shutdown) and the embedded PostgreSQL outlives the service. Main thread only."""
    for sig in (signal.SIGTERM, signal.SIGHUP):
        if signal.getsignal(sig) in (signal.SIG_DFL, None):
            signal.signal(sig, _terminate)


def release_embedded_databases() -> None:
    """Give up this process's hold on the embedded PostgreSQL servers it opened, stopping each one that no
    other live process uses. Handles left by processes that died without cleaning up (SIGKILL, OOM) are
    forgotten first, so one crash does not keep the server running for ever. Idempotent."""
    store_db = sys.modules.get("assistant.store.db")
    if store_db is None:  # this process never opened the store (e.g. `assistant --help`): nothing to release
        return
    import psutil

    for server in list(store_db._servers.values()):
        try:
            with server._lock:
                handles = server.global_process_id_list
                pids = handles._get()
                alive = [p for p in pids if p == os.getpid() or psutil.pid_exists(p)]
                if alive != pids:
                    handles.put(alive)
            server._cleanup()
        except Exception as exc:  # noqa: BLE001 - exiting anyway: report, never mask the real exit status
            _log.warning("could not stop the embedded PostgreSQL in %s: %s", server.pgdata, exc)
    store_db._servers.clear()
