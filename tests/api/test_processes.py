"""Nothing outlives the process that started it: ``assistant serve`` stopped by SIGTERM or Ctrl-C (SIGINT), and a
plain CLI command, leave no embedded PostgreSQL and no child process behind. The test counts the processes
before, during and after (a real ``assistant`` process each time, on its own data directory)."""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import psutil
import pytest

from benchmarks._service import free_port

pytestmark = pytest.mark.slow
ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def data_dir() -> Iterator[Path]:
    path = Path(tempfile.mkdtemp(prefix="oga-procs-"))
    yield path
    for proc in _postgres(path):  # never leave one behind, even when the test failed
        proc.kill()
    shutil.rmtree(path, ignore_errors=True)


def _env(data: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("ASSISTANT_")}
    env.update(
        ASSISTANT_DB__DATA_DIR=str(data),
        ASSISTANT_LLM__PROVIDER="rules",
        PYTHONPATH=str(ROOT),
        XDG_RUNTIME_DIR=str(data / "run"),
    )
    return env


def _assistant(*args: str) -> list[str]:
    return [sys.executable, "-c", "from assistant.cli import main; main()", *args]


def _postgres(data: Path) -> list[psutil.Process]:
    found = []
    for proc in psutil.process_iter(["cmdline", "status"]):
        cmd = proc.info["cmdline"] or []
        if (
            cmd
            and cmd[0].endswith("postgres")
            and str(data / "pg") in cmd
            and proc.info["status"] != "zombie"
        ):
            found.append(proc)
    return found


def _gone(procs: list[psutil.Process], seconds: float = 15.0) -> list[psutil.Process]:
    deadline = time.monotonic() + seconds
    alive = procs
    while alive and time.monotonic() < deadline:
        alive = [p for p in alive if p.is_running() and p.status() != psutil.STATUS_ZOMBIE]
        time.sleep(0.2)
    return alive


def _serve(data: Path) -> tuple[subprocess.Popen[bytes], int]:
    port = free_port()
    (data / "run").mkdir(mode=0o700, exist_ok=True)
    proc = subprocess.Popen(
        _assistant("serve", "--port", str(port), "--log-level", "warning"),
        env=_env(data),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        cwd=data,
    )
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline:
        assert proc.poll() is None, (proc.stderr.read() if proc.stderr else b"").decode()[-2000:]
        try:
            if httpx.get(f"http://127.0.0.1:{port}/api/v1/health", timeout=1).status_code == 200:
                return proc, port
        except httpx.HTTPError:
            pass
        time.sleep(0.5)
    proc.kill()
    raise AssertionError("assistant serve did not start")


@pytest.mark.parametrize("sig", [signal.SIGTERM, signal.SIGINT], ids=["SIGTERM", "Ctrl-C"])
def test_serve_leaves_nothing_running(data_dir: Path, sig: signal.Signals) -> None:
    assert _postgres(data_dir) == []
    proc, _ = _serve(data_dir)
    started = _postgres(data_dir)
    assert started, "serve runs on the embedded PostgreSQL"
    children = psutil.Process(proc.pid).children(recursive=True)
    proc.send_signal(sig)
    proc.wait(60)
    assert _gone(started) == [], f"embedded PostgreSQL still running after {sig.name}"
    assert _gone(children) == [], f"child processes still running after {sig.name}"
    assert _postgres(data_dir) == []


def test_a_cli_command_stops_what_a_killed_service_left(data_dir: Path) -> None:
    """A service killed with SIGKILL cannot clean up; the next command on the same data directory takes over
    the server it left and stops it when it exits."""
    proc, _ = _serve(data_dir)
    left = _postgres(data_dir)
    proc.kill()
    proc.wait(30)
    assert _gone(left, 2) != [], "SIGKILL leaves the embedded PostgreSQL running (nothing can run at exit)"
    done = subprocess.run(
        _assistant("apikey", "list"), env=_env(data_dir), capture_output=True, timeout=120, cwd=data_dir
    )
    assert done.returncode == 0, done.stderr.decode()[-2000:]
    assert _gone(left) == [] and _postgres(data_dir) == []


def test_a_plain_cli_command_leaves_nothing_running(data_dir: Path) -> None:
    (data_dir / "run").mkdir(mode=0o700, exist_ok=True)
    before = {p.pid for p in psutil.Process().children(recursive=True)}
    done = subprocess.run(
        _assistant("apikey", "list"), env=_env(data_dir), capture_output=True, timeout=120, cwd=data_dir
    )
    assert done.returncode == 0, done.stderr.decode()[-2000:]
    assert (data_dir / "pg" / "PG_VERSION").exists(), "the command ran on the embedded PostgreSQL"
    assert _gone(_postgres(data_dir)) == []
    assert {p.pid for p in psutil.Process().children(recursive=True)} - before == set()
