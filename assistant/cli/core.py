"""Core commands: demo, run, odoo (bootstrap/check), doctor, sandbox, tasks (the log commands: log_cmd)."""

from __future__ import annotations

import functools
import json
import sys
import time
from collections.abc import Callable
from typing import TYPE_CHECKING, Annotated, Any, TypeVar

import typer
from rich.console import Console
from rich.progress import BarColumn, Progress, TextColumn, TimeElapsedColumn
from rich.table import Table

from assistant.errors import AssistantError, InputError
from assistant.settings import Settings, get_settings

if TYPE_CHECKING:  # the pipeline pulls in the model clients: imported where a command needs it
    from assistant.pipeline import RunResult

console = Console(width=None if sys.stdout.isatty() else 160)
err = Console(stderr=True, width=None if sys.stderr.isatty() else 160)
F = TypeVar("F", bound=Callable[..., Any])


def clean_errors(fn: F) -> F:
    """Known failures print one line and exit with the error's code (2 for Odoo/config/input); no traceback."""

    @functools.wraps(fn)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        try:
            return fn(*args, **kwargs)
        except AssistantError as exc:
            err.print(f"[red]error:[/red] {exc}", markup=True, highlight=False, soft_wrap=True)
            raise typer.Exit(exc.exit_code) from None
        except KeyboardInterrupt:
            err.print("interrupted")
            raise typer.Exit(130) from None

    return wrapper  # type: ignore[return-value]


def _count(n: int, noun: str) -> str:
    return f"{n} {noun}" + ("" if n == 1 else "s")


def results_table(title: str, results: list[RunResult]) -> Table:
    table = Table(title=title)
    for col in ("record", "result", "status", "activity id", "run id", "tokens", "seconds", "model"):
        table.add_column(col, overflow="fold")
    colours = {"green": "green", "amber": "yellow", "red": "red"}
    for r in results:
        health = f"[{colours.get(r.headline, 'white')}]{r.headline}[/]" if r.headline else ""
        status = r.status if not r.error else f"{r.status}: {r.error[:60]}"
        table.add_row(
            f"{r.record_name} (#{r.record_id})",
            health,
            status,
            str(r.activity_id or "-"),
            (r.run_id or "-")[:8],
            str(r.tokens),
            f"{r.seconds:.2f}",
            r.model,
        )
    return table


def run_task(
    settings: Settings,
    task_name: str,
    *,
    all_records: bool,
    ids: list[int],
    llm: str | None,
    title: str | None = None,
    limit: int | None = None,
    as_json: bool = False,
) -> list[RunResult]:
    from assistant import runtime
    from assistant.tasks import get_task

    task = get_task(task_name)
    rt = runtime.Runtime.open(settings)
    with runtime.odoo(settings) as gw, runtime.backend(settings, llm) as gen:
        gw.activity_type_id()
        task.configure(rt.context(gw))
        record_ids = task.select(gw, all_records=all_records, ids=ids)
        if ids:
            missing = sorted(set(ids) - gw.existing_ids(task.odoo_model, ids))
            if missing:
                raise InputError(f"no {task.odoo_model} record with id {', '.join(map(str, missing))}")
        if limit:
            record_ids = record_ids[:limit]
        if not record_ids:
            raise InputError(f"no {task.odoo_model} records selected")
        with Progress(
            TextColumn("{task.description}"),
            BarColumn(),
            TextColumn("{task.completed}/{task.total}"),
            TimeElapsedColumn(),
            console=err,
            transient=True,
        ) as bar:
            tid = bar.add_task(f"{task.name} ({gen.name})", total=len(record_ids))

            def progress(name: str, done: int, total: int) -> None:
                bar.update(tid, completed=done - 1, description=f"{task.name} ({gen.name}): {name[:40]}")

            results = rt.pipeline(gw, gen).run(task, record_ids, progress=progress)
            bar.update(tid, completed=len(record_ids))
    if as_json:
        for r in results:
            print(json.dumps(run_json(r), ensure_ascii=False, default=str), flush=True)
    else:
        console.print(results_table(title or f"{task.title} — {len(results)} records", results))
    return results


def run_json(r: RunResult) -> dict[str, Any]:
    """One JSON line of ``assistant run --json``."""
    return {
        "record_id": r.record_id,
        "record": r.record_name,
        "status": r.status,
        "run_id": r.run_id,
        "activity_id": r.activity_id,
        "odoo_instance": r.odoo_instance,
        "model": r.model,
        "error": r.error,
        "facts": r.facts,
    }


def register(app: typer.Typer) -> None:
    odoo_app = typer.Typer(help="Odoo set-up and checks.", no_args_is_help=True)
    app.add_typer(odoo_app, name="odoo")

    @app.command()
    @clean_errors
    def run(
        task: Annotated[str, typer.Argument(help="Task name, see `assistant tasks`.")],
        all_: Annotated[bool, typer.Option("--all", help="Every eligible record.")] = False,
        id_: Annotated[list[int] | None, typer.Option("--id", help="Record id (repeatable).")] = None,
        llm: Annotated[str | None, typer.Option(help="rules | local | openai (default: settings).")] = None,
        limit: Annotated[int | None, typer.Option(help="At most this many records.")] = None,
        as_json: Annotated[
            bool, typer.Option("--json", help="One JSON line per record (status, ids, instance, facts).")
        ] = False,
    ) -> None:
        """Run a task on Odoo records and land each output as a pending review activity."""
        if not all_ and not id_:
            raise InputError("give --all or at least one --id")
        results = run_task(
            get_settings(), task, all_records=all_, ids=id_ or [], llm=llm, limit=limit, as_json=as_json
        )
        if any(r.status in ("failed", "blocked") for r in results):
            raise typer.Exit(1)

    @app.command()
    @clean_errors
    def demo(
        llm: Annotated[
            str, typer.Option(help="rules | local | both (both: local only if installed)")
        ] = "both",
        local_limit: Annotated[int, typer.Option(help="Projects to run through the local model.")] = 3,
    ) -> None:
        """Offline demo: embedded PostgreSQL, Odoo sandbox, every output kind as pending review activities.
        Exits non-zero, naming the step, when a step fails unexpectedly."""
        from assistant import local_llm
        from assistant.tasks import registry

        settings = get_settings()
        if settings.odoo.url:
            raise InputError("the demo runs against the sandbox; unset ASSISTANT_ODOO__URL")
        started = time.perf_counter()
        console.print(f"[bold]odoo-governed-assistant demo[/bold] — data in {settings.data_dir}")
        failures: list[str] = []

        def step(label: str, run: Callable[[], list[RunResult] | None]) -> None:
            """Run one demo step; a failed run or an error is recorded under the step's name."""
            try:
                results = run() or []
            except AssistantError as exc:
                failures.append(f"{label}: {exc}")
                err.print(f"[red]step {label} failed:[/red] {exc}", highlight=False)
                return
            failed = [r for r in results if r.status == "failed"]
            if failed:
                reasons = sorted({(r.error or r.error_class or "failed")[:120] for r in failed})
                failures.append(
                    f"{label}: {len(failed)} of {len(results)} runs failed ({'; '.join(reasons)})"
                )

        if llm in ("rules", "both"):
            step(
                "1 project status (rules)",
                lambda: run_task(
                    settings,
                    "project_status",
                    all_records=True,
                    ids=[],
                    llm="rules",
                    title="1. Project status summaries for every project (deterministic writer, model 'rules')",
                ),
            )
            step("2 anomaly flags", _demo_anomalies)
            if "dispute_email" in registry():
                step(
                    "3 customer e-mails",
                    lambda: run_task(
                        settings,
                        "dispute_email",
                        all_records=True,
                        ids=[],
                        llm="rules",
                        title="3. Customer emails on invoices, classified for finance (offline classifier)",
                    ),
                )
            for name in [n for n in registry() if n.startswith("approval_")]:

                def approvals(name: str = name) -> list[RunResult] | None:
                    try:
                        return run_task(
                            settings,
                            name,
                            all_records=True,
                            ids=[],
                            llm="rules",
                            limit=3,
                            title=f"4. {registry()[name].title}",
                        )
                    except InputError as exc:  # nothing eligible in the sandbox: expected, not a failure
                        console.print(f"[dim]{name}: {exc}[/dim]")
                        return None

                step(f"4 {name}", approvals)
        if llm in ("local", "both"):
            ok, why = local_llm.available()
            if ok:
                step(
                    "5 local model",
                    lambda: run_task(
                        settings,
                        "project_status",
                        all_records=True,
                        ids=[],
                        llm="local",
                        limit=local_limit,
                        title="5. Status summaries through the packaged local model (SmolLM2-135M: proves "
                        "the model path, its checks and the fallback; its prose is not useful)",
                    ),
                )
            elif llm == "local":
                raise InputError(f"local model unavailable: {why}")
            else:
                console.print(f"[yellow]local model path skipped:[/yellow] {why}")
        if failures:
            err.print("[red]demo failed[/red] in these steps:", highlight=False)
            for failure in failures:
                err.print(f"  - {failure}", highlight=False, markup=False)
            raise typer.Exit(1)
        console.print(
            f"Done in {time.perf_counter() - started:.1f} s. Every output above is a pending review "
            "activity in the sandbox; rerunning without data changes makes no model call and no "
            "activity.\nLook at the log with:\n  .venv/bin/assistant log list\n"
            "  .venv/bin/assistant log show RUN_ID\n  .venv/bin/assistant log verify\n"
            "Governance UI: .venv/bin/assistant serve (see README)"
        )

    def _demo_anomalies() -> None:
        try:
            from assistant.cli.anomaly_cmd import anomalies
        except ImportError:
            return
        console.print("[bold]2. Timesheet, billing and expense anomaly flags (computed by code)[/bold]")
        try:
            anomalies(since=None, kinds=None, as_json=False, dry_run=False, full=False, llm="rules")
        except typer.Exit as exc:
            if exc.exit_code:
                raise InputError(f"the anomaly scan exited with status {exc.exit_code}") from None

    @odoo_app.command("bootstrap")
    @clean_errors
    def odoo_bootstrap() -> None:
        """Create the 'AI review' activity type (idempotent; falls back to To-Do if not allowed)."""
        from assistant import runtime

        with runtime.odoo(get_settings()) as gw:
            type_id, created = gw.bootstrap()
        console.print(
            f"activity type id {type_id} ({'created' if created else 'already there or To-Do fallback'})"
        )

    @odoo_app.command("check")
    @clean_errors
    def odoo_check() -> None:
        """Log in and report the server version and round trips."""
        from assistant import runtime

        with runtime.odoo(get_settings()) as gw:
            version = gw.ping()
            console.print(f"Odoo {version} reachable as uid {gw.client.uid} on {gw.client.url}")

    @app.command()
    @clean_errors
    def doctor(
        local_model: Annotated[
            bool, typer.Option(help="Also start the packaged local model for a one-token completion.")
        ] = True,
    ) -> None:
        """Prove each part with a real round trip: a database query, an Odoo login, a one-token completion.
        Exits 1 when a part that is configured fails."""
        from assistant import local_llm, runtime

        settings = get_settings()
        rows: list[tuple[str, bool | None, str]] = []  # part, ok (None: not used), what happened

        def timed(part: str, check: Callable[[], str]) -> None:
            started = time.perf_counter()
            try:
                detail = check()
            except Exception as exc:  # noqa: BLE001 - the doctor reports every failure as a row
                rows.append((part, False, f"{type(exc).__name__}: {str(exc)[:300]}"))
                return
            rows.append((part, True, f"{detail} ({(time.perf_counter() - started) * 1000:.0f} ms)"))

        def database() -> str:
            from sqlalchemy import text

            db = runtime.Runtime.open(settings).db
            with db.session() as session:
                version = str(session.execute(text("SHOW server_version")).scalar())
                runs = session.execute(text("SELECT count(*) FROM prompt_log")).scalar()
            db.dispose()
            return f"PostgreSQL {version}, {runs} logged runs"

        def odoo() -> str:
            with runtime.odoo(settings) as gw:  # logs in (the sandbox when no URL is set)
                version = gw.ping()
                where = gw.client.url if settings.odoo.url else "sandbox (simulation; no ASSISTANT_ODOO__URL)"
                return f"Odoo {version}, logged in as uid {gw.client.uid} on {where}"

        def one_token(gen: Any) -> str:
            reply = gen.client.chat.completions.create(
                model=gen.model,
                messages=[{"role": "user", "content": "Reply with OK."}],
                max_tokens=1,
                temperature=0,
            )
            text = (reply.choices[0].message.content or "") if reply.choices else ""
            if not reply.choices:
                raise RuntimeError("the model answered without a completion")
            return f"{gen.name}: one-token completion {text!r}"

        def completion(provider: str) -> Callable[[], str]:
            def run() -> str:
                from assistant.llm import OpenAIBackend

                with runtime.backend(settings, provider) as gen:
                    if not isinstance(gen, OpenAIBackend):
                        return f"{gen.name}: no model endpoint"
                    return one_token(gen)

            return run

        timed("database", database)
        timed("odoo", odoo)
        provider = runtime.resolve_provider(settings)
        if provider == "rules":
            rows.append(("llm", None, "provider 'rules' (deterministic writer, no model endpoint)"))
        else:
            timed(f"llm ({provider})", completion(provider))
        ok, why = local_llm.available()
        if provider != "local":
            if not ok:
                rows.append(("local model", None, f"not installed: {why}"))
            elif local_model:
                timed("local model", completion("local"))
            else:
                rows.append(("local model", None, "installed (not started: --no-local-model)"))
        desc = runtime.redactor_for(settings).describe()
        rows.append(("redaction", True, json.dumps(desc, default=str)[:300]))
        table = Table(title="assistant doctor")
        table.add_column("part")
        table.add_column("ok")
        table.add_column("round trip", overflow="fold")
        for part, good, detail in rows:
            mark = "[green]ok[/green]" if good else "[red]FAILED[/red]" if good is False else "-"
            table.add_row(part, mark, detail)
        console.print(table)
        if any(good is False for _, good, _ in rows):
            raise typer.Exit(1)

    @app.command()
    def tasks() -> None:
        """List the tasks."""
        from assistant.tasks import registry

        for name, cls in registry().items():
            console.print(
                f"{name:24} {cls.odoo_model:22} {cls.audience:8} prompt {cls.prompt_version()}  {cls.title}"
            )

    @app.command()
    def sandbox(port: int = 8069, host: str = "127.0.0.1", state: str | None = None) -> None:
        """Serve the Odoo sandbox (a simulation of Odoo 18 JSON-RPC) until interrupted."""
        from pathlib import Path

        from assistant.sandbox import SandboxServer

        srv = SandboxServer(
            Path(state) if state else get_settings().data_dir / "sandbox.json", host=host, port=port
        )
        console.print(f"sandbox on {srv.start()} (db {srv.db}, login admin / admin); Ctrl-C to stop")
        try:
            while True:
                time.sleep(3600)
        except KeyboardInterrupt:
            srv.stop()
