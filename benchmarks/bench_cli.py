"""Start-up of the ``assistant`` command, against a bare ``python -c pass`` measured in the same run.

Targets (issue: a slow CLI): ``assistant --help`` under 0.5 s and ``assistant log list`` under 1 s on 2 cores.
``log list`` includes starting the embedded PostgreSQL (a CLI command stops what it started when it exits).
Median of --runs runs each. Run: ``.venv/bin/python benchmarks/bench_cli.py``.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

BIN = Path(sys.executable).parent


def median_seconds(cmd: list[str], runs: int, env: dict[str, str]) -> float:
    times = []
    for _ in range(runs):
        t0 = time.perf_counter()
        subprocess.run(cmd, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=True)
        times.append(time.perf_counter() - t0)
    return statistics.median(times)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as data:
        env = {**os.environ, "ASSISTANT_DB__DATA_DIR": data}
        assistant = str(BIN / "assistant")
        subprocess.run(
            [assistant, "log", "list"], env=env, stdout=subprocess.DEVNULL, check=True
        )  # migrate once
        base = median_seconds([sys.executable, "-c", "pass"], args.runs, env)
        rows = [
            ("assistant --help", median_seconds([assistant, "--help"], args.runs, env), 0.5),
            ("assistant log list", median_seconds([assistant, "log", "list"], args.runs, env), 1.0),
        ]
    print(f"baseline python -c pass: {base:.3f} s (median of {args.runs})")
    for name, seconds, target in rows:
        verdict = "ok" if seconds <= target else "over target"
        print(f"{name:22} {seconds:.3f} s  {seconds / base:5.1f}x baseline  target {target} s: {verdict}")


if __name__ == "__main__":
    main()
