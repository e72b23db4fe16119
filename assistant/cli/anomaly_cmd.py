"""``assistant scan anomalies``: timesheet, billing and expense anomaly flags as pending review activities."""

from __future__ import annotations

import json
import sys
from datetime import date
from typing import Annotated

import typer
from rich.table import Table

from assistant.cli.core import clean_errors, console, err
from assistant.errors import InputError
from assistant.settings import get_settings

scan_app = typer.Typer(help="Scans that flag Odoo records for human review.", no_args_is_help=True)
COLOURS = {"high": "red", "medium": "yellow", "low": "green"}


def _date(value: str | None) -> date | None:
    if value is None:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise InputError(f"--since expects a date like 2025-01-31, got {value!r}") from None


@scan_app.command("anomalies")
@clean_errors
def anomalies(
    since: Annotated[
        str | None,
        typer.Option(
            help="Records dated from this day (YYYY-MM-DD); default: the "
            "last ASSISTANT_ANOMALY__LOOKBACK_DAYS days."
        ),
    ] = None,
    kinds: Annotated[
        list[str] | None,
        typer.Option(
            "--kinds", help="Kinds or families (timesheet, billing, expense); repeatable or comma-separated."
        ),
    ] = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print every flag as a JSON line.")] = False,
    dry_run: Annotated[
        bool, typer.Option("--dry-run", help="Write nothing to Odoo, keep the scan state.")
    ] = False,
    full: Annotated[
        bool, typer.Option("--full", help="Ignore the write_date watermark: rescan the window.")
    ] = False,
    llm: Annotated[
        str | None,
        typer.Option(
            help="rules | local | openai: a model ranks and explains new flags (default: settings)."
        ),
    ] = None,
) -> None:
    """Flag timesheet, billing and expense anomalies; one pending review activity per (kind, record), listing
    every occurrence. JSON lines: one per flag (status new | attached | open | resolved, with its group key and
    the id of its group's activity) and one per resolved group."""
    from assistant import runtime
    from assistant.anomaly.groups import group_of
    from assistant.anomaly.scan import scan_anomalies

    settings = get_settings()
    rt = runtime.Runtime.open(settings)
    with runtime.odoo(settings) as gw, runtime.backend(settings, llm) as gen:
        if not dry_run:
            gw.activity_type_id()
        result = scan_anomalies(
            settings, gw, rt, since=_date(since), kinds=kinds, dry_run=dry_run, full=full, backend=gen
        )
    if as_json:
        for f in result.flags:
            row = {
                "type": "flag",
                **f.to_dict(),
                "status": result.status_of(f),
                "group_status": result.groups.get(f.group_key),
                "activity_id": result.activity_ids.get(f.key),
                "listed": f.key not in result.unlisted,
                "explanation": result.explanations.get(f.key),
            }
            sys.stdout.write(json.dumps(row, ensure_ascii=False) + "\n")
        for old in result.resolved:
            sys.stdout.write(
                json.dumps(
                    {
                        "type": "flag",
                        "key": old["key"],
                        "kind": old["kind"],
                        "odoo_model": old["target_model"],
                        "target_model": old["target_model"],
                        "target_id": old["target_id"],
                        "group_key": group_of(old),
                        "activity_id": old.get("activity_id"),
                        "status": "resolved",
                    }
                )
                + "\n"
            )
        for group in result.resolved_groups:
            sys.stdout.write(json.dumps({"type": "group", **group, "status": "resolved"}) + "\n")
    else:
        table = Table(
            title=f"Anomaly flags since {result.since} ({'incremental' if result.incremental else 'full'}"
            f"{', dry run' if dry_run else ''})"
        )
        for col in ("kind", "severity", "score", "record", "group", "status", "activity", "reason"):
            table.add_column(col, overflow="fold")
        for f in result.flags:
            colour = COLOURS[f.severity]
            table.add_row(
                f.kind,
                f"[{colour}]{f.severity}[/]",
                f"{f.score:.2f}",
                f"{f.target_model}:{f.target_id}",
                f.group_key[:10],
                result.status_of(f),
                str(result.activity_ids.get(f.key, "-")),
                f.reason[:140],
            )
        console.print(table)
    groups = len({f.group_key for f in result.flags})
    err.print(
        f"scan {result.run_id[:8]}: {len(result.flags)} flags in {groups} (kind, record) groups "
        f"({len(result.new)} new, {len(result.attached)} attached to an open activity, "
        f"{len(result.open_keys)} already open, {len(result.resolved)} resolved; "
        f"{len(result.resolved_groups)} groups resolved), {len(result.created)} activities created, "
        f"{result.timings.get('total', 0):.2f} s"
        + (
            f"; ranking run {result.ranking_run_id[:8]} ({result.ranking_status})"
            if result.ranking_run_id
            else ""
        ),
        highlight=False,
    )
    if result.errors:
        for message in result.errors:
            err.print(f"[red]error:[/red] {message}")
        raise typer.Exit(1)


def register(app: typer.Typer) -> None:
    app.add_typer(scan_app, name="scan")
