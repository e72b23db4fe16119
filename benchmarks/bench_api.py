"""Service benchmark on loopback (run: ``python benchmarks/bench_api.py [--seconds 10] [--clients 16]``).

Prints, measured in the same run:
- sustained webhook intake: signed Odoo webhooks (distinct payloads, so none is de-duplicated) posted by
  concurrent clients to ``assistant serve`` in its own process; requests/s and p50/p95/p99 latency, every
  accepted delivery checked to be queued durably (a service job and a procrastinate job in PostgreSQL);
  baseline: ``GET /api/v1/health`` on the same server (the HTTP stack without auth, validation or database);
- queue drain rate with 2 worker processes (``assistant worker``) over a sandbox with 100 projects, excluding
  LLM time (deterministic writer): jobs/s for first runs (fetch, generate, activity, log) and for repeats
  (unchanged facts: fetch and idempotency check only).
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("TLDEXTRACT_PUBLIC_SUFFIX_LIST_URLS", "")

SECRET = "bench-webhook-secret"


def env_for(db_url: str, odoo_url: str, data_dir: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("ASSISTANT_")}
    env.update(
        {
            "ASSISTANT_DB__URL": db_url,
            "ASSISTANT_DB__DATA_DIR": str(data_dir),
            "ASSISTANT_ODOO__URL": odoo_url,
            "ASSISTANT_ODOO__DB": "sandbox",
            "ASSISTANT_SERVICE__WEBHOOK_SECRET": SECRET,
            "ASSISTANT_LLM__PROVIDER": "rules",
            "ASSISTANT_SCHEDULES__ANOMALY_SCAN": "",
            "ASSISTANT_SCHEDULES__STATUS_SUMMARIES": "",
            "ASSISTANT_SCHEDULES__REVIEW_SYNC": "",
            "PYTHONPATH": str(ROOT),
        }
    )
    return env


def spawn(args: list[str], env: dict[str, str]) -> subprocess.Popen[bytes]:
    code = "import sys; from assistant.cli import main; sys.argv = ['assistant'] + sys.argv[1:]; main()"
    return subprocess.Popen(
        [sys.executable, "-c", code, *args],
        env=env,
        cwd=str(ROOT),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )


def pct(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(q * len(ordered)))] if ordered else 0.0


async def load(url: str, seconds: float, clients: int, make: Any) -> tuple[list[float], int, list[int]]:
    import httpx

    latencies: list[float] = []
    errors = 0
    statuses: list[int] = []
    deadline = time.perf_counter() + seconds
    counter = iter(range(10**9))

    async def client() -> None:
        nonlocal errors
        async with httpx.AsyncClient(timeout=10.0) as http:
            while time.perf_counter() < deadline:
                method, path, body, headers = make(next(counter))
                started = time.perf_counter()
                try:
                    reply = await http.request(method, url + path, content=body, headers=headers)
                    statuses.append(reply.status_code)
                except httpx.HTTPError:
                    errors += 1
                    continue
                latencies.append(time.perf_counter() - started)

    await asyncio.gather(*(client() for _ in range(clients)))
    return latencies, errors, statuses


def report(name: str, latencies: list[float], seconds: float, errors: int, statuses: list[int]) -> float:
    rate = len(latencies) / seconds
    codes = {c: statuses.count(c) for c in sorted(set(statuses))}
    print(
        f"{name:28} {rate:8.1f} req/s  p50 {pct(latencies, 0.5) * 1000:6.1f} ms  p95 "
        f"{pct(latencies, 0.95) * 1000:6.1f} ms  p99 {pct(latencies, 0.99) * 1000:6.1f} ms  "
        f"errors {errors}  status {codes}"
    )
    return rate


def wait_http(url: str, timeout: float = 60.0) -> None:
    import httpx

    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            if httpx.get(url + "/api/v1/health", timeout=1.0).status_code == 200:
                return
        except httpx.HTTPError:
            pass
        time.sleep(0.2)
    raise SystemExit("server did not start")


def wait_finished(db: Any, expected: int, limit: float = 900.0) -> None:
    from sqlalchemy import func, select

    from assistant.jobs.models import ServiceJob

    started = time.perf_counter()
    while True:
        with db.session() as session:
            finished = (
                session.scalar(
                    select(func.count())
                    .select_from(ServiceJob)
                    .where(ServiceJob.status.in_(("done", "failed")))
                )
                or 0
            )
        if finished >= expected:
            return
        if time.perf_counter() - started > limit:
            raise SystemExit(f"drain did not finish: {finished}/{expected}")
        time.sleep(0.05)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--seconds", type=float, default=10.0)
    parser.add_argument("--clients", type=int, default=16)
    parser.add_argument("--projects", type=int, default=100)
    parser.add_argument("--workers", type=int, default=2)
    args = parser.parse_args()

    from pydantic import SecretStr
    from sqlalchemy import func, select, text

    from assistant.api.security import KeyStore, sign
    from assistant.jobs import JobService, NewJob, dedupe_key
    from assistant.jobs.models import ServiceJob
    from assistant.sandbox import SandboxServer
    from assistant.settings import DBSettings, OdooSettings, Settings
    from assistant.store import Database
    from assistant.store.db import embedded_url

    data_dir = Path(tempfile.mkdtemp(prefix="oga-bench-api-"))
    db_url = embedded_url(data_dir)
    with SandboxServer(n_projects=args.projects) as sandbox:
        settings = Settings(
            _env_file=None,
            db=DBSettings(url=SecretStr(db_url), data_dir=data_dir),
            odoo=OdooSettings(url=sandbox.url, db=sandbox.db),
        )
        db = Database.from_settings(settings)
        key = KeyStore(db).create("bench", "service")
        env = env_for(db_url, sandbox.url, data_dir)
        port = 18000 + os.getpid() % 1000
        url = f"http://127.0.0.1:{port}"
        server = spawn(["serve", "--port", str(port), "--workers", "0", "--log-level", "warning"], env)
        try:
            wait_http(url)
            project_ids = [
                r["id"] for r in sandbox.data.search_read("project.project", [["active", "=", True]], ["id"])
            ]

            def health(_: int) -> tuple[str, str, bytes, dict[str, str]]:
                return "GET", "/api/v1/health", b"", {}

            def webhook(n: int) -> tuple[str, str, bytes, dict[str, str]]:
                body = json.dumps(
                    {
                        "_model": "project.project",
                        "_id": project_ids[n % len(project_ids)],
                        "_action": "bench(#1)",
                        "x_seq": n,
                    }
                ).encode()
                stamp = int(time.time())
                return (
                    "POST",
                    "/api/v1/webhooks/odoo/stage_changed",
                    body,
                    {
                        "Content-Type": "application/json",
                        "X-Assistant-Timestamp": str(stamp),
                        "X-Assistant-Signature": sign(SECRET, stamp, body),
                    },
                )

            def trigger(n: int) -> tuple[str, str, bytes, dict[str, str]]:
                body = json.dumps({"ids": [project_ids[n % len(project_ids)]]}).encode()
                return (
                    "POST",
                    "/api/v1/tasks/project_status/runs",
                    body,
                    {"Content-Type": "application/json", "Authorization": f"Bearer {key}"},
                )

            print(
                f"loopback, {args.clients} concurrent clients, {args.seconds:.0f} s each, server: 1 process"
            )
            asyncio.run(load(url, 2.0, args.clients, webhook))  # warm-up (connections, caches)
            with db.engine.begin() as conn:
                conn.execute(text("DELETE FROM service_jobs"))
                conn.execute(text("DELETE FROM procrastinate_jobs"))
            base = report("baseline GET /health", *_timed(url, args, health))
            lat, errors, statuses = asyncio.run(load(url, args.seconds, args.clients, webhook))
            rate = report("signed webhook -> queued", lat, args.seconds, errors, statuses)
            with db.session() as session:
                jobs_rows = session.scalar(select(func.count()).select_from(ServiceJob)) or 0
            with db.engine.connect() as conn:
                engine_rows = conn.execute(
                    text("SELECT count(*) FROM procrastinate_jobs WHERE status = 'todo'")
                ).scalar()
            accepted = statuses.count(202)
            print(
                f"  durably queued: {jobs_rows} service jobs, {engine_rows} engine jobs for {accepted} accepted "
                f"deliveries ({'OK' if jobs_rows == engine_rows == accepted else 'MISMATCH'}); "
                f"ratio to baseline {rate / base:.2f}"
            )
            lat, errors, statuses = asyncio.run(load(url, args.seconds, args.clients, trigger))
            report("API trigger (1 id) -> queued", lat, args.seconds, errors, statuses)
        finally:
            server.terminate()
            server.wait(20)

        with db.engine.begin() as conn:  # the drain phase starts from a known queue
            conn.execute(text("DELETE FROM service_jobs"))
            conn.execute(text("DELETE FROM procrastinate_jobs"))
        jobs = JobService(settings, db)

        def batch(tag: str, ids: list[int], rounds: int = 1) -> list[NewJob]:
            return [
                NewJob(
                    task="project_status",
                    source="cli",
                    odoo_model="project.project",
                    record_id=pid,
                    dedupe_key=dedupe_key(tag, pid, r),
                )
                for r in range(rounds)
                for pid in ids
            ]

        procs = [spawn(["worker", "--name", f"bench-{i}"], env) for i in range(args.workers)]
        try:
            warm, rest = project_ids[: args.workers * 2], project_ids[args.workers * 2 :]
            jobs.submit(
                batch("warm-up", warm)
            )  # process start, redactor and Odoo session built outside the clock
            wait_finished(db, len(warm))
            done = len(warm)
            started = time.perf_counter()
            jobs.submit(batch("first", rest))
            wait_finished(db, done + len(rest))
            seconds = time.perf_counter() - started
            done += len(rest)
            print(
                f"drain, {args.workers} workers, first runs: {len(rest)} jobs in {seconds:6.1f} s = "
                f"{len(rest) / seconds:6.1f} jobs/s ({seconds / len(rest) * 1000 * args.workers:.0f} ms per job "
                "per worker; deterministic writer, no LLM time)"
            )
            repeats = batch("repeat", project_ids, rounds=2)
            started = time.perf_counter()
            jobs.submit(repeats)
            wait_finished(db, done + len(repeats))
            seconds = time.perf_counter() - started
        finally:
            for proc in procs:
                proc.terminate()
            for proc in procs:
                proc.wait(20)
        with db.session() as session:
            statuses_by = dict(
                session.execute(
                    select(ServiceJob.run_status, func.count()).group_by(ServiceJob.run_status)
                ).all()
            )
        print(
            f"drain, {args.workers} workers, repeats:    {len(repeats)} jobs in {seconds:6.1f} s = "
            f"{len(repeats) / seconds:6.1f} jobs/s (unchanged facts: no model call, no activity)"
        )
        print(f"  outcomes: {statuses_by}")
        db.dispose()


def _timed(url: str, args: Any, make: Any) -> tuple[list[float], float, int, list[int]]:
    lat, errors, statuses = asyncio.run(load(url, args.seconds, args.clients, make))
    return lat, args.seconds, errors, statuses


if __name__ == "__main__":
    main()
