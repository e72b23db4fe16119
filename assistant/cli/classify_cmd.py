"""``assistant classify FILE``: classify raw customer emails (an ``.eml`` file or JSONL) without Odoo.

Each email is redacted (sender's name and address plus Presidio/record-aware detection), then classified by the
offline dispute classifier. Output: the input lines with ``label`` (always the best label), ``confidence``,
``needs_triage`` (true below the confidence threshold, then with ``runner_up`` and ``runner_up_confidence``),
``reason`` and the extracted fields, as JSONL on stdout (or ``--out``). Every classification is written to the prompt log (``--no-log`` to
skip). Nothing is written to Odoo unless ``--activity`` is given: then each email whose invoice reference matches
a customer invoice lands as a pending activity on it, for the finance user.
"""

from __future__ import annotations

import email
import email.policy
import hashlib
import json
from datetime import date, timedelta
from pathlib import Path
from typing import Annotated, Any

import typer

from assistant import clock
from assistant.cli.core import clean_errors, err
from assistant.cli.jsonl import read_objects
from assistant.errors import InputError
from assistant.settings import Settings, get_settings


def read_emails(path: Path) -> list[dict[str, Any]]:
    """Rows with ``subject``, ``body`` and optionally ``from_name``/``from_email`` (other keys kept)."""
    if not path.exists():
        raise InputError(f"no such file: {path}")
    if path.suffix.lower() == ".eml":
        msg = email.message_from_bytes(path.read_bytes(), policy=email.policy.default)
        part = msg.get_body(preferencelist=("plain", "html"))
        body = part.get_content() if part is not None else ""
        if part is not None and part.get_content_type() == "text/html":
            from redaction import html_to_text

            body = html_to_text(body)
        name, addr = email.utils.parseaddr(str(msg.get("From", "")))
        return [{"subject": str(msg.get("Subject", "")), "body": body, "from_name": name, "from_email": addr}]
    return read_objects(
        path.read_text(encoding="utf-8"),
        "body",
        where=f"{path}: line",
        missing="each line needs at least a 'body' string (and 'subject')",
    )


def classify_rows(
    settings: Settings, rows: list[dict[str, Any]], *, log: bool = True, today: date | None = None
) -> list[dict[str, Any]]:
    """Redact and classify each row; returns the rows with the results (placeholders restored)."""
    from assistant.classifiers._dispute_core import PROMPT, DisputeOut, classify_text
    from assistant.classifiers._model import MODEL_LABEL, get_model
    from assistant.classifiers._text import prepare
    from assistant.runtime import redactor_for
    from assistant.store.promptlog import LogEntry
    from redaction import RecordContext

    redactor = redactor_for(settings)
    threshold = settings.disputes.confidence_threshold
    sessions, texts = [], []
    for row in rows:
        ctx = RecordContext()
        ctx.add("PERSON", row.get("from_name"), "from_name")
        ctx.add("EMAIL", row.get("from_email"), "from_email")
        session = redactor.session(ctx)
        subject, body = session.redact(str(row.get("subject", ""))), session.redact(row["body"])
        sessions.append(session)
        texts.append((subject, body))
    preds = get_model().predict_texts([prepare(s, b).text for s, b in texts])
    out_rows, entries = [], []
    version = hashlib.sha256((PROMPT + json.dumps(DisputeOut.model_json_schema(), sort_keys=True)).encode())
    for row, (subject, body), session, pred in zip(rows, texts, sessions, preds, strict=True):
        out, info = classify_text(
            subject, body, threshold=threshold, today=today or clock.today(), prediction=pred
        )
        result = {k: (session.restore(v) if isinstance(v, str) else v) for k, v in out.model_dump().items()}
        out_rows.append({**row, **result, "injection_suspected": info["injection_suspected"]})
        key = hashlib.sha256(f"classify|{MODEL_LABEL}|{subject}|{body}".encode()).hexdigest()
        entries.append(
            LogEntry(
                run_key=key,
                task="dispute_email",
                prompt_name="dispute_email",
                prompt_version=version.hexdigest()[:12],
                model=MODEL_LABEL,
                odoo_model="email.raw",
                odoo_id=0,
                status="ok",
                decided_by=MODEL_LABEL,
                user_prompt=f"{subject}\n\n{body}",
                raw_output=out.model_dump_json(),
                parsed_output=out.model_dump(mode="json"),
                redaction_report=session.report().to_dict(),
                model_params={"threshold": threshold},
            )
        )
    if log:
        from assistant.store import Database, PromptLogStore

        stored = PromptLogStore(Database.from_settings(settings)).append(entries)
        for row, stored_row in zip(out_rows, stored, strict=True):
            row["run_id"] = stored_row.run_id
    return out_rows


def land_activities(settings: Settings, rows: list[dict[str, Any]]) -> int:
    """Pending activities on the matched customer invoices (only when asked with ``--activity``)."""
    from assistant import runtime
    from assistant.classifiers._model import MODEL_LABEL
    from assistant.notes import Html
    from assistant.odoo.gateway import ActivitySpec

    refs = sorted({r for row in rows for r in row.get("invoice_refs", [])})
    if not refs:
        return 0
    with runtime.odoo(settings) as gw:
        moves = {
            m["name"]: m["id"]
            for m in gw.search_read(
                "account.move",
                [["name", "in", refs], ["move_type", "in", ["out_invoice", "out_refund"]]],
                ["name"],
            )
        }
        specs = []
        for row in rows:
            target = next((moves[r] for r in row.get("invoice_refs", []) if r in moves), None)
            if target is None:
                continue
            h = Html(lambda s: s)
            triage = " (needs triage)" if row.get("needs_triage") else ""
            note = (
                h.heading(f"Customer email: {row['label'].replace('_', ' ')}{triage}")
                + h.para(row["reason"])
                + h.heading("Suggested next step")
                + h.para(row["next_step"])
                + h.footer(str(row.get("run_id", "-")), MODEL_LABEL)
            )
            specs.append(
                ActivitySpec(
                    "account.move",
                    target,
                    f"AI review: customer email ({row['label']}{triage})",
                    note,
                    settings.odoo.finance_user_id or settings.odoo.fallback_user_id,
                    clock.today() + timedelta(days=settings.odoo.activity_deadline_days),
                )
            )
        return gw.create_activities(specs).created


def register(app: typer.Typer) -> None:
    @app.command("classify")
    @clean_errors
    def classify(
        path: Annotated[
            Path, typer.Argument(help=".eml file, or JSONL with subject, body[, from_name, from_email].")
        ],
        out: Annotated[Path | None, typer.Option(help="Write JSONL here instead of stdout.")] = None,
        log: Annotated[
            bool, typer.Option("--log/--no-log", help="Write each classification to the prompt log.")
        ] = True,
        activity: Annotated[
            bool,
            typer.Option(
                "--activity",
                help="Also land pending activities on matched invoices in Odoo (off by default).",
            ),
        ] = False,
    ) -> None:
        """Classify customer emails into dispute labels (offline classifier; nothing written to Odoo by default)."""
        settings = get_settings()
        results = classify_rows(settings, read_emails(path), log=log)
        lines = "\n".join(json.dumps(r, ensure_ascii=False) for r in results) + "\n"
        if out:
            out.write_text(lines, encoding="utf-8")
            err.print(f"{len(results)} emails classified -> {out}")
        else:
            typer.echo(lines, nl=False)
        if activity:
            err.print(f"{land_activities(settings, results)} activities created in Odoo")
