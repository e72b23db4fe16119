"""A real ``assistant serve`` in a subprocess, for suites that an outside program drives (a real Odoo's
module, a real n8n): started on a free loopback port, stopped with SIGTERM, its embedded PostgreSQL shut down."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import httpx

REPO = Path(__file__).resolve().parents[1]


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def stop_embedded_pg(data_dir: Path) -> None:
    """Fast shutdown (SIGINT) of the embedded PostgreSQL a service started in ``data_dir``, if still up."""
    try:
        pid = int((data_dir / "pg" / "postmaster.pid").read_text().split()[0])
        cmdline = Path(f"/proc/{pid}/cmdline").read_bytes().decode(errors="replace")
    except (OSError, ValueError, IndexError):
        return
    if str(data_dir / "pg") in cmdline:
        os.kill(pid, signal.SIGINT)
        for _ in range(50):
            if not Path(f"/proc/{pid}").exists():
                break
            time.sleep(0.2)


@contextmanager
def running_service(cli: list[str], env: dict[str, str], data: Path, *, workers: int = 1) -> Iterator[str]:
    """``assistant serve`` with ``workers`` embedded workers; yields its base URL once ``/api/v1/health``
    answers (at most 180 s)."""
    port = free_port()
    log = (data / "serve.log").open("w")
    proc = subprocess.Popen(
        [*cli, "serve", "--port", str(port), "--workers", str(workers)],
        cwd=REPO,
        env=env,
        stdout=log,
        stderr=subprocess.STDOUT,
    )
    url = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 180
        while True:
            assert proc.poll() is None, (data / "serve.log").read_text()[-3000:]
            try:
                if httpx.get(f"{url}/api/v1/health", timeout=2).status_code == 200:
                    break
            except httpx.HTTPError:
                pass
            assert time.monotonic() < deadline, "assistant serve did not start in 180 s"
            time.sleep(1)
        yield url
    finally:
        proc.send_signal(signal.SIGTERM)
        try:
            proc.wait(timeout=30)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait(timeout=10)
        log.close()
        stop_embedded_pg(data)
