"""Processes sharing the sandbox state file share one running sandbox instead of overwriting each other."""

from __future__ import annotations

import subprocess
import sys

from assistant.odoo import connect, shared_sandbox


def test_second_user_reuses_the_running_sandbox(tmp_path):
    state = tmp_path / "sandbox.json"
    with shared_sandbox(state) as first:
        with shared_sandbox(state) as second:
            assert second == first  # same process: the marker names a live server
        code = (
            f"from pathlib import Path; from assistant.odoo import shared_sandbox\n"
            f"with shared_sandbox(Path({str(state)!r})) as u: print(u)"
        )
        out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
        assert out.stdout.strip() == first, out.stderr
        gw = connect(first, "sandbox", "admin", "admin")
        assert gw.search_ids("project.project", [])
    assert not state.with_suffix(".serving").exists()
    with shared_sandbox(state) as third:  # the first one stopped: a new server on the saved state
        assert connect(third, "sandbox", "admin", "admin").search_ids("project.project", [])
