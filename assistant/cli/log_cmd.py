"""``assistant log ...``: list, show, verify, keygen, checkpoint and reidentify the prompt log (and the chained
reviews and access audit)."""

from __future__ import annotations

import getpass
import json
import sys
from typing import Annotated

import typer
from rich.markup import escape
from rich.table import Table

from assistant.cli.core import _count, clean_errors, console
from assistant.errors import InputError
from assistant.settings import get_settings


def register(app: typer.Typer) -> None:
    log_app = typer.Typer(
        help="Read and verify the prompt log (and the chained reviews and access audit).",
        no_args_is_help=True,
    )
    app.add_typer(log_app, name="log")

    @log_app.command("list")
    @clean_errors
    def log_list(
        task: str | None = None,
        status: str | None = None,
        limit: int = 30,
        odoo_model: str | None = None,
        odoo_id: int | None = None,
        instance: Annotated[
            str | None, typer.Option(help="Only this Odoo instance (host[:port]/db, or sandbox/sandbox).")
        ] = None,
        as_json: Annotated[bool, typer.Option("--json")] = False,
    ) -> None:
        """Latest prompt-log rows."""
        from assistant.store import Database, PromptLogStore  # not the runtime: no model clients to load

        rows = PromptLogStore(Database.from_settings(get_settings())).list(
            task=task,
            status=status,
            limit=limit,
            odoo_model=odoo_model,
            odoo_id=odoo_id,
            odoo_instance=instance,
        )
        if as_json:
            for r in rows:
                sys.stdout.write(
                    json.dumps(
                        {
                            "id": r.id,
                            "run_id": r.run_id,
                            "task": r.task,
                            "status": r.status,
                            "model": r.model,
                            "odoo_instance": r.odoo_instance,
                            "odoo_model": r.odoo_model,
                            "odoo_id": r.odoo_id,
                            "activity_id": r.activity_id,
                            "created_at": r.created_at.isoformat(),
                        }
                    )
                    + "\n"
                )
            return
        table = Table(title=f"Prompt log (latest {len(rows)})")
        for col in (
            "id",
            "run id",
            "created",
            "task",
            "odoo",
            "record",
            "model",
            "status",
            "tokens",
            "ms",
            "activity",
        ):
            table.add_column(col)
        for r in rows:
            table.add_row(
                str(r.id),
                r.run_id[:8],
                r.created_at.strftime("%Y-%m-%d %H:%M:%S"),
                r.task,
                r.odoo_instance or "-",
                f"{r.odoo_model}:{r.odoo_id}",
                r.model[:28],
                r.status,
                str(r.tokens_in + r.tokens_out),
                f"{r.latency_ms:.0f}",
                str(r.activity_id or "-"),
            )
        console.print(table)

    @log_app.command("show")
    @clean_errors
    def log_show(run_id: str, as_json: Annotated[bool, typer.Option("--json")] = False) -> None:
        """One run: redacted prompts, output, checks, redaction report, review decisions."""
        from assistant.runtime import Runtime
        from assistant.store.promptlog import HASHED_FIELDS
        from assistant.store.reident import audit

        store = Runtime.open(get_settings()).log
        row = store.find(run_id)
        if row is None:
            raise InputError(f"no run with id (or unique prefix) {run_id!r}")
        audit(store.db, f"cli:{getpass.getuser()}", "log.show", row.run_id)  # reading log content is audited
        data = {name: getattr(row, name) for name in HASHED_FIELDS}
        data.update(
            id=row.id,
            prev_hash=row.prev_hash,
            row_hash=row.row_hash,
            created_at=row.created_at.isoformat(),
            reviews=[
                {
                    "decision": v.decision,
                    "reviewer": v.reviewer,
                    "feedback": v.feedback,
                    "decided_at": v.decided_at.isoformat(),
                }
                for v in store.reviews(row.run_id)
            ],
        )
        if as_json:
            sys.stdout.write(json.dumps(data, ensure_ascii=False, default=str, indent=1) + "\n")
            return
        for key, value in data.items():
            if isinstance(value, (dict, list)):
                value = json.dumps(value, ensure_ascii=False, indent=1, default=str)
            console.print(f"[bold]{key}[/bold]: {value}", highlight=False, markup=False)

    @log_app.command("verify")
    @clean_errors
    def log_verify(
        odoo: Annotated[
            bool, typer.Option("--odoo", help="Also read the checkpoints noted on the Odoo anchor record.")
        ] = False,
        as_json: Annotated[bool, typer.Option("--json")] = False,
    ) -> None:
        """Check the prompt log, reviews and access audit: every row from the first, its hash, link and
        signature, and the signed checkpoints outside the database. Names what broke; exit 1 if anything did."""
        from assistant.runtime import Runtime
        from assistant.store.verify import verify_database

        settings = get_settings()
        db = Runtime.open(settings).db
        if odoo:
            if not settings.log.odoo_anchor:
                raise InputError("--odoo needs ASSISTANT_LOG__ODOO_ANCHOR (model:id of the anchor record)")
            from assistant import runtime

            with runtime.odoo(settings) as gw:
                report = verify_database(db, gateway=gw)
        else:
            report = verify_database(db)
        if as_json:
            sys.stdout.write(json.dumps(report.to_dict(), ensure_ascii=False, indent=1) + "\n")
        else:
            for table in report.tables:
                if table.ok:
                    anchored = (
                        f", anchored by {_count(table.checkpoints, 'checkpoint')} "
                        f"(latest {table.latest_checkpoint.at})"
                        if table.latest_checkpoint is not None
                        else ""
                    )
                    console.print(
                        f"[green]OK[/green]: {table.table} chain intact ({_count(table.rows, 'row')}, "
                        f"{table.signed} signed{anchored})",
                        highlight=False,
                    )
                for problem in table.problems:
                    console.print(
                        f"[red]BROKEN[/red] {escape(problem.line())}", highlight=False, soft_wrap=True
                    )
                for note in table.notes:
                    console.print(
                        f"  note: {table.table}: {note}", highlight=False, markup=False, soft_wrap=True
                    )
            for problem in report.anchor_problems:
                console.print(f"[red]BROKEN[/red] {escape(problem.line())}", highlight=False, soft_wrap=True)
            for note in report.notes:
                console.print(f"note: {note}", highlight=False, markup=False, soft_wrap=True)
        if not report.ok:
            raise typer.Exit(1)

    @log_app.command("keygen")
    def log_keygen() -> None:
        """Print a new Ed25519 key pair for signing the log and its checkpoints."""
        from assistant.store.anchor import keygen

        private, public = keygen()
        console.print(
            "# Keep the private key out of the database's reach (a secret store, the service's environment);\n"
            "# give the public key to whoever audits the log.",
            highlight=False,
            markup=False,
        )
        sys.stdout.write(f"ASSISTANT_LOG__CHECKPOINT_KEY={private}\nASSISTANT_LOG__PUBLIC_KEY={public}\n")

    @log_app.command("checkpoint")
    @clean_errors
    def log_checkpoint(
        odoo: Annotated[
            bool,
            typer.Option("--odoo/--no-odoo", help="Also post it as a note on ASSISTANT_LOG__ODOO_ANCHOR."),
        ] = True,
        force: Annotated[
            bool, typer.Option("--force", help="Sign even if history no longer extends the last checkpoint.")
        ] = False,
    ) -> None:
        """Sign the current head of each chain and append it to the checkpoint store (and Odoo). Refuses when
        the history no longer extends the previous checkpoint (run `assistant log verify`)."""
        from assistant import runtime
        from assistant.store.anchor import checkpoint_path, latest_valid, still_extends, write_checkpoints

        settings = get_settings()
        db = runtime.Runtime.open(settings).db
        broken = still_extends(db, latest_valid(db))
        if broken and not force:
            for line in broken:
                console.print(f"[red]BROKEN[/red] {escape(line)}", highlight=False, soft_wrap=True)
            console.print("not signed: run `assistant log verify` (or --force after investigating)")
            raise typer.Exit(1)
        if odoo and settings.log.odoo_anchor:
            with runtime.odoo(settings) as gw:
                cps = write_checkpoints(db, gateway=gw)
            where = f"{checkpoint_path(settings)} and Odoo {settings.log.odoo_anchor}"
        else:
            cps = write_checkpoints(db)
            where = str(checkpoint_path(settings))
        for cp in cps:
            console.print(
                f"{cp.table}: {cp.rows} rows, head row id {cp.head_id} {cp.head[:16]}...", highlight=False
            )
        console.print(f"[green]checkpoint signed[/green] (key {cps[0].key}) -> {where}", highlight=False)

    @log_app.command("reidentify")
    @clean_errors
    def log_reidentify(run_id: str, actor: Annotated[str, typer.Option(help="Who asks (audited).")]) -> None:
        """Restore the real values in a logged run (needs ASSISTANT_REDACTION__PERSIST_KEY; audited)."""
        from assistant.runtime import Runtime
        from assistant.store.reident import reidentify

        settings = get_settings()
        if settings.redaction.persist_key is None:
            raise InputError("no ASSISTANT_REDACTION__PERSIST_KEY configured: runs cannot be re-identified")
        store = Runtime.open(settings).log
        row = store.find(run_id)
        if row is None:
            raise InputError(f"no run with id (or unique prefix) {run_id!r}")
        texts = reidentify(
            store.db,
            row.run_id,
            settings.redaction.persist_key.get_secret_value(),
            actor,
            settings.redaction.retention_days,
        )
        for key, value in texts.items():
            console.print(f"[bold]{key}[/bold]:\n{value}", highlight=False)
