"""Schemathesis against the live OpenAPI schema, with a service key and with a governance key: positive
**and negative / edge-case** data (wrong types, out-of-range numbers, missing and extra fields, NUL bytes,
repeated parameters) on every operation, through every phase (examples, coverage, fuzzing, stateful), run
through its command line on a served app. Every check must pass; above all, no 5xx.

``/api/v1/ready`` takes no input and answers 503 by design when no worker runs (none does here); it is
checked by tests/api/test_outage.py instead."""

from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest

from assistant.store import db as store_db
from benchmarks._service import served

ST = Path(sys.executable).with_name("st")


@pytest.mark.slow
@pytest.mark.skipif(not ST.exists(), reason="schemathesis not installed")
def test_schemathesis_all_checks_positive_and_negative(tmp_path: Path) -> None:
    # the database lives outside pytest's private tmp dir, so the embedded server's own user can stop it
    data = Path(tempfile.mkdtemp(prefix="oga-st-"))
    try:
        _run(data, tmp_path)
    finally:
        server = store_db._servers.pop(str((data / "pg").resolve()), None)
        if server is not None:
            server.stop()
        shutil.rmtree(data, ignore_errors=True)


def _run(data: Path, tmp_path: Path) -> None:
    with served(data, wait_max_seconds=2.0) as svc:
        for role in ("service", "governance"):
            cmd = [
                str(ST),
                "run",
                f"{svc.url}/openapi.json",
                "-H",
                f"Authorization: Bearer {svc.keys[role]}",
                "--checks",
                "all",
                "--mode",
                "all",  # positive and negative data
                "--phases",
                "examples,coverage,fuzzing,stateful",
                "--generation-allow-x00",
                "true",
                "--exclude-operation-id",
                "ready",
                "-n",
                "15",
                "--no-color",
                "--max-response-time",
                "10",
                "--generation-deterministic",
            ]
            done = subprocess.run(
                cmd, capture_output=True, text=True, timeout=600, cwd=tmp_path
            )  # its cache stays out
            summary = done.stdout[-4000:]
            assert done.returncode == 0, f"{role}:\n{summary}\n{done.stderr[-2000:]}"
            assert "generated" in summary and " passed" in summary
            assert "Server error" not in done.stdout
