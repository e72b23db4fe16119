"""``assistant redact``: check the redactor on your own texts (stdin, a file, or JSONL with a ``text`` field).

Plain text in -> redacted text out; ``--json`` adds the entities and the redaction report; ``--jsonl`` reads
one JSON object per line and writes the same objects with ``redacted`` and ``entities`` added. All texts of
one invocation share one session, so a value gets the same placeholder everywhere. Bad input (not UTF-8,
not JSON, no ``text`` field, oversized) is a clear error with exit code 2.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Annotated, Any

import typer

from assistant.cli.jsonl import read_objects
from assistant.errors import AssistantError, InputError

BATCH = 256


def _read(source: str) -> str:
    try:
        data = sys.stdin.buffer.read() if source == "-" else Path(source).read_bytes()
    except OSError as exc:
        raise InputError(f"cannot read {source}: {exc.strerror or exc}") from exc
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise InputError(f"{'stdin' if source == '-' else source} is not UTF-8 text (binary file?)") from exc


def _parse_jsonl(text: str) -> list[dict[str, Any]]:
    return read_objects(text, "text")


def redact_command(
    source: Annotated[str, typer.Argument(help="File to redact, or - for stdin.")] = "-",
    jsonl: Annotated[
        bool, typer.Option("--jsonl", help="Input is JSONL with a 'text' field per line.")
    ] = False,
    as_json: Annotated[bool, typer.Option("--json", help="Print JSON with entities and the report.")] = False,
    html: Annotated[bool, typer.Option("--html", help="Input is HTML (an Odoo html field).")] = False,
) -> None:
    """Redact text from stdin or a file (or JSONL lines with a 'text' field) and print the result."""
    from assistant.settings import get_settings
    from redaction import Redactor, html_to_text

    try:
        raw = _read(source)
        redactor = Redactor(get_settings().redaction)
        session = redactor.session()
        if jsonl:
            rows = _parse_jsonl(raw)
            for i in range(0, len(rows), BATCH):
                chunk = rows[i : i + BATCH]
                texts = [html_to_text(r["text"]) if html else r["text"] for r in chunk]
                for row, (redacted, entities) in zip(chunk, session.analyze_many(texts), strict=True):
                    row["redacted"] = redacted
                    row["entities"] = entities
                    typer.echo(json.dumps(row, ensure_ascii=False))
            return
        text = html_to_text(raw) if html else raw
        redacted, entities = session.analyze_many([text])[0]
        if as_json:
            out = {"redacted": redacted, "entities": entities, "report": session.report().to_dict()}
            typer.echo(json.dumps(out, ensure_ascii=False, indent=2))
        else:
            typer.echo(redacted, nl=not redacted.endswith("\n"))
    except AssistantError as exc:
        typer.echo(f"error: {exc}", err=True)
        raise typer.Exit(2) from exc


def register(app: typer.Typer) -> None:
    """Add ``assistant redact``."""
    app.command("redact")(redact_command)
