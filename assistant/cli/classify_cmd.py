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
    settings: Settings,
    rows: list[dict[str, Any]],
    *,
    log: bool = True,
    activity: bool = False,
    today: date | None = None,
) -> list[dict[str, Any]]:
    """Redact, leak-check and classify each row; with ``activity`` land each one that names a customer invoice
    as a pending activity on it (once: a rerun finds the open activity by its run-key marker); then log every
    row (after the activities, so the rows carry their ids). Returns the rows with the results (placeholders
    restored) and, when landed, ``activity_id``."""
    from assistant.classifiers._dispute_core import classify_text
    from assistant.classifiers._model import MODEL_LABEL, get_model
    from assistant.classifiers._text import prepare
    from assistant.classifiers.dispute_email import DisputeEmail
    from assistant.odoo import instance_of
    from assistant.recorder import Recorder
    from assistant.runtime import redactor_for
    from redaction import RecordContext

    redactor = redactor_for(settings)
    threshold = settings.disputes.confidence_threshold
    instance = instance_of(settings)
    store = _log_store(settings) if log or activity else None
    recorder = Recorder(store if log else None, instance)
    version = DisputeEmail.prompt_version()
    sessions, texts, leaks = [], [], []
    for row in rows:
        ctx = RecordContext()
        ctx.add("PERSON", row.get("from_name"), "from_name")
        ctx.add("EMAIL", row.get("from_email"), "from_email")
        session = redactor.session(ctx)
        subject, body = session.redact(str(row.get("subject", ""))), session.redact(row["body"])
        sessions.append(session)
        texts.append((subject, body))
        leaks.append(sorted(set(session.leak_check(f"{subject}\n\n{body}"))))
    preds = get_model().predict_texts([prepare(s, b).text for s, b in texts])
    out_rows, entries = [], []
    block = settings.redaction.leak_gate == "block"
    for row, (subject, body), session, pred, leaked in zip(rows, texts, sessions, preds, leaks, strict=True):
        key = hashlib.sha256(
            f"{instance}|classify|{MODEL_LABEL}|{version}|{subject}|{body}".encode()
        ).hexdigest()
        report = session.report().to_dict()
        if leaked and block:
            error = f"blocked: {', '.join(leaked)} still present after redaction"
            out_rows.append({**row, "error": error})
            entries.append(
                recorder.classification(
                    run_key=key,
                    task=DisputeEmail.name,
                    prompt_version=version,
                    model=MODEL_LABEL,
                    status="blocked",
                    error_class="LeakBlocked",
                    error_message=error,
                    user_prompt="[withheld: blocked by the leak gate]",
                    redaction_report=report,
                )
            )
            continue
        out, info = classify_text(
            subject, body, threshold=threshold, today=today or clock.today(), prediction=pred
        )
        result = {k: (session.restore(v) if isinstance(v, str) else v) for k, v in out.model_dump().items()}
        out_rows.append({**row, **result, "injection_suspected": info["injection_suspected"]})
        entry = recorder.classification(
            run_key=key,
            task=DisputeEmail.name,
            prompt_version=version,
            model=MODEL_LABEL,
            status="ok",
            user_prompt=f"{subject}\n\n{body}",
            raw_output=out.model_dump_json(),
            parsed_output=out.model_dump(mode="json"),
            redaction_report=report,
            model_params={"threshold": threshold},
            check_results=(
                [{"rule": "leak_gate", "severity": "warning", "message": f"still present: {leaked}"}]
                if leaked
                else []
            ),
        )
        entries.append(entry)
        out_rows[-1]["run_id"] = entry.run_id
    if activity and store is not None:
        _land(settings, out_rows, entries, store.db)
    if log:
        recorder.append(entries)
    return out_rows


def _log_store(settings: Settings) -> Any:
    from assistant.store import Database, PromptLogStore

    return PromptLogStore(Database.from_settings(settings))


def _land(settings: Settings, rows: list[dict[str, Any]], entries: list[Any], db: Any) -> None:
    """Pending activities on the matched customer invoices (only when asked with ``--activity``)."""
    from assistant import runtime
    from assistant.classifiers._model import MODEL_LABEL
    from assistant.lander import Lander
    from assistant.notes import Html
    from assistant.odoo.activities import ActivitySpec
    from assistant.pipeline import marker

    refs = sorted({r for row in rows for r in row.get("invoice_refs", [])})
    if not refs:
        return
    with runtime.odoo(settings) as gw:
        moves = {
            m["name"]: m["id"]
            for m in gw.search_read(
                "account.move",
                [["name", "in", refs], ["move_type", "in", ["out_invoice", "out_refund"]]],
                ["name"],
            )
        }
        lander = Lander(gw, db)
        targets = {row_i: t for row_i, row in enumerate(rows) if (t := _target(row, moves)) is not None}
        existing = lander.open_with_markers({"account.move": set(targets.values())})
        todo: list[tuple[int, ActivitySpec]] = []
        for i, target in targets.items():
            row, entry = rows[i], entries[i]
            entry.odoo_model, entry.odoo_id = "account.move", target
            found = [
                a for a in existing.get(("account.move", target), []) if marker(entry.run_key) in a["summary"]
            ]
            if found:  # landed by an earlier run: record that activity, create none
                entry.activity_id = row["activity_id"] = int(found[0]["id"])
                continue
            h = Html(lambda s: s)
            triage = " (needs triage)" if row.get("needs_triage") else ""
            note = (
                h.heading(f"Customer email: {row['label'].replace('_', ' ')}{triage}")
                + h.para(row["reason"])
                + h.heading("Suggested next step")
                + h.para(row["next_step"])
                + h.footer(entry.run_id, MODEL_LABEL)
            )
            todo.append(
                (
                    i,
                    ActivitySpec(
                        "account.move",
                        target,
                        f"AI review: customer email ({row['label']}{triage}) {marker(entry.run_key)}",
                        note,
                        settings.odoo.finance_user_id or settings.odoo.fallback_user_id,
                        clock.today() + timedelta(days=settings.odoo.activity_deadline_days),
                    ),
                )
            )
        landing = lander.land([spec for _, spec in todo], [entries[i].run_id for i, _ in todo])
        for (i, _), new_id, error in zip(todo, landing.ids, landing.errors, strict=True):
            if new_id:
                entries[i].activity_id = rows[i]["activity_id"] = new_id
            else:
                entries[i].status, entries[i].error_class = (
                    "failed",
                    getattr(error, "error_class", "OdooError"),
                )
                entries[i].error_message = f"write-back failed: {error}"


def _target(row: dict[str, Any], moves: dict[str, int]) -> int | None:
    if "label" not in row:  # blocked by the leak gate
        return None
    return next((moves[r] for r in row.get("invoice_refs", []) if r in moves), None)


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
        results = classify_rows(settings, read_emails(path), log=log, activity=activity)
        lines = "\n".join(json.dumps(r, ensure_ascii=False) for r in results) + "\n"
        if out:
            out.write_text(lines, encoding="utf-8")
            err.print(f"{len(results)} emails classified -> {out}")
        else:
            typer.echo(lines, nl=False)
        if activity:
            landed = sum(1 for r in results if r.get("activity_id"))
            err.print(f"{landed} emails have a pending activity in Odoo (created now or by an earlier run)")
