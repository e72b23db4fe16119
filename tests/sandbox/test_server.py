"""The sandbox as a process and as a shared server: CLI, concurrency, lifecycle."""

from __future__ import annotations

import json
import os
import signal
import socket
import subprocess
import sys
import time
import urllib.request
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

import pytest

from assistant.sandbox import SandboxServer

from .jsonrpc import Client, result

ROOT = Path(__file__).resolve().parents[2]


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@pytest.mark.parametrize("stop", [signal.SIGINT, signal.SIGTERM])
def test_cli_serves_and_persists(tmp_path: Path, stop: signal.Signals) -> None:
    """Ctrl-C and SIGTERM both stop the server and leave its state file, also when started in the background
    (which makes SIGINT ignored unless the server sets it)."""
    port, state = _free_port(), tmp_path / "state.json"
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    proc = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "assistant.sandbox",
            "--port",
            str(port),
            "--state",
            str(state),
            "--anchor-date",
            "2026-11-22",
        ],
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        env=env,
        cwd=ROOT,
    )
    try:
        assert proc.stdout is not None
        banner = proc.stdout.readline().decode()
        assert "SIMULATION" in banner and f":{port}" in banner
        client = Client(f"http://127.0.0.1:{port}")
        assert result(client.call("common", "login", "sandbox", "admin", "admin")) == 2
        with urllib.request.urlopen(f"http://127.0.0.1:{port}/web/health", timeout=10) as resp:
            assert json.loads(resp.read()) == {"status": "pass"}
        assert state.exists()
    finally:
        proc.send_signal(stop)
        assert proc.wait(timeout=60) == 0  # generous: a loaded 2-core machine


def test_concurrent_requests(fresh: SandboxServer) -> None:
    def work(i: int) -> Any:
        c = Client(fresh.url)
        if i % 3 == 0:
            return result(
                c.execute_kw(
                    fresh.db,
                    2,
                    "admin",
                    "mail.activity",
                    "create",
                    [{"res_model_id": 467, "res_id": 1 + i % 5, "summary": f"t{i}"}],
                )
            )
        return len(
            result(
                c.execute_kw(
                    fresh.db,
                    2,
                    "admin",
                    "account.analytic.line",
                    "search_read",
                    [[["project_id", "=", 1 + i % 6]]],
                    {"fields": ["unit_amount"]},
                )
            )
        )

    with ThreadPoolExecutor(max_workers=8) as pool:
        answers = list(pool.map(work, range(48)))
    created = [a for i, a in enumerate(answers) if i % 3 == 0]
    assert len(set(created)) == 16  # distinct ids, nothing lost
    assert all(a > 0 for i, a in enumerate(answers) if i % 3)
    assert len(fresh.calls) == 48


def test_start_is_idempotent_and_restartable() -> None:
    srv = SandboxServer(n_projects=8)
    url = srv.start()
    assert srv.start() == url and srv.url == url and srv.port > 0
    srv.stop()
    srv.stop()
    started = time.perf_counter()
    with srv:
        assert result(Client(srv.url).call("common", "version"))["server_serie"] == "18.0"
    assert time.perf_counter() - started < 5


def test_name_search_and_month_groups(sandbox: SandboxServer) -> None:
    c = Client(sandbox.url)
    found = result(
        c.execute_kw(
            sandbox.db, 2, "admin", "res.partner", "name_search", [], {"name": "Brightwater", "limit": 5}
        )
    )
    assert found and all(isinstance(i, int) and "Brightwater" in n for i, n in found)
    months = result(
        c.execute_kw(
            sandbox.db,
            2,
            "admin",
            "account.analytic.line",
            "read_group",
            [[], ["unit_amount:sum"], ["date:month"]],
            {"lazy": False},
        )
    )
    assert "November 2026" in {m["date:month"] for m in months}
    nov = next(m for m in months if m["date:month"] == "November 2026")
    assert nov["__range"] == {"date:month": {"from": "2026-11-01", "to": "2026-12-01"}}
    assert nov["__domain"] == ["&", ["date", ">=", "2026-11-01"], ["date", "<", "2026-12-01"]]
