"""Schemathesis against the live OpenAPI schema, with a service key and with a governance key:
every check (no 5xx, response schemas, status codes, content types, negative data rejected, positive data
accepted, auth), run through its command line on a served app."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from benchmarks._service import served

ST = Path(sys.executable).with_name("st")


@pytest.mark.slow
@pytest.mark.skipif(not ST.exists(), reason="schemathesis not installed")
def test_schemathesis_all_checks(tmp_path: Path) -> None:
    with served(tmp_path, wait_max_seconds=2.0) as svc:
        for role in ("service", "governance"):
            cmd = [
                str(ST),
                "run",
                f"{svc.url}/openapi.json",
                "-H",
                f"Authorization: Bearer {svc.keys[role]}",
                "--checks",
                "all",
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
            summary = done.stdout[-3000:]
            assert done.returncode == 0, f"{role}:\n{summary}\n{done.stderr[-2000:]}"
            assert "generated" in summary and " passed" in summary
