"""Task ``dispute_email``: classify customer replies about invoices for finance.

Reads inbound ``mail.message`` records of type email on customer invoices (``account.move``), customers
(``res.partner``) and any model in ``ASSISTANT_DISPUTES__EXTRA_MODELS``; cuts quoted threads and signatures,
drops text addressed to a model, extracts invoice references (matched to the real ``account.move``), the
disputed amount, a promised payment date and requested documents; after redaction classifies the email into one
of eight labels; the best label is always kept, and below the confidence threshold the output says
``needs_triage: true`` with the runner-up label and its confidence. The offline decider is the fused
MiniLM + n-gram + intent-cue classifier (``_model.py``, ``_cues.py``); with an LLM endpoint the model proposes and the check rejects labels
outside the taxonomy, low-confidence guesses, invented references or amounts, and contradictions of a confident
offline decision (fallback to the offline classifier). Lands as a pending activity on the matched invoice
(else the customer) for the finance user. It writes nothing else.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, timedelta
from typing import Any

from pydantic import BaseModel

from assistant import clock
from assistant.classifiers._dispute_core import (
    PROMPT,
    DisputeOut,
    check_output,
    classify_text,
    next_step,
    set_triage,
    triage_step,
)
from assistant.classifiers._extract import invoice_refs
from assistant.classifiers._model import MODEL_LABEL
from assistant.classifiers._text import REMOVED_MARK, prepare
from assistant.context import TaskContext
from assistant.notes import Html
from assistant.odoo.dto import PARTNER_FIELDS, m2o, m2o_id, num, text
from assistant.odoo.gateway import OdooGateway
from assistant.settings import Settings
from assistant.tasks import CheckIssue, Facts, Restore, Task
from redaction import RecordContext, html_to_text

MESSAGE_FIELDS = ["model", "res_id", "date", "subject", "body", "email_from", "author_id", "message_type"]
MOVE_FIELDS = [
    "name",
    "partner_id",
    "amount_total",
    "amount_residual",
    "state",
    "payment_state",
    "move_type",
    "invoice_date_due",
    "currency_id",
]
BASE_MODELS = ("account.move", "res.partner")


class DisputeEmail(Task):
    name = "dispute_email"
    title = "Customer email classification (finance)"
    odoo_model = "mail.message"
    audience = "finance"
    output = DisputeOut
    instructions = PROMPT
    summary_label = "AI review: customer email"
    offline_label = MODEL_LABEL

    def _settings(self) -> Settings:
        return self.settings

    def models(self) -> list[str]:
        return list(dict.fromkeys([*BASE_MODELS, *self._settings().disputes.extra_models]))

    def select(self, gw: OdooGateway, *, all_records: bool, ids: Sequence[int] | None = None) -> list[int]:
        if ids:
            return list(ids)
        domain: list[Any] = [["message_type", "=", "email"], ["model", "in", self.models()]]
        internal = [m2o_id(u["partner_id"]) for u in gw.search_read("res.users", [], ["partner_id"])]
        if internal:
            domain.append(["author_id", "not in", [i for i in internal if i]])
        if all_records:
            since = clock.today() - timedelta(days=self._settings().disputes.lookback_days)
            domain.append(["date", ">=", f"{since.isoformat()} 00:00:00"])
        return gw.search_ids(self.odoo_model, domain)

    # -- facts -------------------------------------------------------------------------------------------------
    def fetch(self, gw: OdooGateway, ids: Sequence[int], today: date) -> list[Facts]:
        messages = gw.read(self.odoo_model, ids, MESSAGE_FIELDS)
        texts = {m["id"]: html_to_text(text(m["body"])) for m in messages}
        refs = {
            m["id"]: invoice_refs(
                text(m["subject"]) + "\n" + prepare(text(m["subject"]), texts[m["id"]]).text
            )
            for m in messages
        }
        wanted = sorted({r for rs in refs.values() for r in rs})
        by_name = (
            {
                row["name"]: row
                for row in gw.search_read(
                    "account.move",
                    [["name", "in", wanted], ["move_type", "in", ["out_invoice", "out_refund"]]],
                    MOVE_FIELDS,
                )
            }
            if wanted
            else {}
        )
        on_moves = sorted({m["res_id"] for m in messages if m["model"] == "account.move"})
        moves = {row["id"]: row for row in gw.read("account.move", on_moves, MOVE_FIELDS)}
        partner_ids = {m2o_id(m["author_id"]) for m in messages} | {
            m["res_id"] for m in messages if m["model"] == "res.partner"
        }
        partner_ids |= {m2o_id(r["partner_id"]) for r in [*by_name.values(), *moves.values()]}
        partners = (
            gw.search_read(
                "res.partner",
                [
                    "|",
                    ["id", "in", sorted(p for p in partner_ids if p)],
                    ["parent_id", "in", sorted(p for p in partner_ids if p)],
                ],
                PARTNER_FIELDS,
                context={"active_test": False},
            )
            if partner_ids
            else []
        )
        banks = (
            gw.search_read(
                "res.partner.bank",
                [["partner_id", "in", [p["id"] for p in partners]]],
                ["acc_number", "partner_id"],
            )
            if partners and gw.has_model("res.partner.bank")
            else []
        )
        return [
            self._facts(m, texts[m["id"]], refs[m["id"]], by_name, moves, partners, banks) for m in messages
        ]

    def _facts(
        self,
        msg: dict[str, Any],
        body: str,
        refs: list[str],
        by_name: dict[str, dict[str, Any]],
        moves: dict[int, dict[str, Any]],
        partners: list[dict[str, Any]],
        banks: list[dict[str, Any]],
    ) -> Facts:
        subject = text(msg["subject"])
        prepared = prepare(subject, body)
        matched = [by_name[r] for r in refs if r in by_name]
        own_move = moves.get(msg["res_id"]) if msg["model"] == "account.move" else None
        target_model, target_id = msg["model"], msg["res_id"]
        if matched:
            target_model, target_id = "account.move", matched[0]["id"]
        customer = (
            m2o(matched[0]["partner_id"]) if matched else (m2o(own_move["partner_id"]) if own_move else None)
        )
        author = m2o(msg["author_id"])
        payload: dict[str, Any] = {
            "email": {
                "subject": prepared_subject(subject),
                "text": prepared.own_words
                if not prepared.injection_suspected
                else _without(prepared.own_words, prepared.injection_sentences),
                "date": str(msg["date"])[:10],
                "author": author.name if author else None,
                "on_record": f"{msg['model']},{msg['res_id']}",
            },
            "instruction_like_passages_removed": len(prepared.injection_sentences),
            "quoted_lines_cut": prepared.quoted_lines,
            "invoices": [_invoice(r) for r in matched] or ([_invoice(own_move)] if own_move else []),
            "unmatched_refs": [r for r in refs if r not in by_name],
            "customer": customer.name if customer else None,
        }
        return Facts(
            record_id=msg["id"],
            name=subject or f"message {msg['id']}",
            payload=payload,
            context=self._context(msg, author.name if author else None, partners, banks, matched, own_move),
            write_date=str(msg["date"]),
            assignee_id=self._settings().odoo.finance_user_id,
            target_model=target_model,
            target_id=target_id,
        )

    @staticmethod
    def _context(
        msg: dict[str, Any],
        author: str | None,
        partners: list[dict[str, Any]],
        banks: list[dict[str, Any]],
        matched: list[dict[str, Any]],
        own_move: dict[str, Any] | None,
    ) -> RecordContext:
        ctx = RecordContext(allow=[r["name"] for r in matched] + ([own_move["name"]] if own_move else []))
        for p in partners:
            src = f"res.partner:{p['id']}"
            ctx.add("ORG" if p["is_company"] else "PERSON", p["name"], src)
            for key, kind in (
                ("email", "EMAIL"),
                ("phone", "PHONE"),
                ("mobile", "PHONE"),
                ("street", "ADDRESS"),
                ("street2", "ADDRESS"),
                ("vat", "VAT"),
            ):
                ctx.add(kind, p[key], f"{src}.{key}")
        for b in banks:
            ctx.add("IBAN", b["acc_number"], f"res.partner.bank:{b['id']}")
        ctx.add("PERSON", author, "mail.message.author_id")
        ctx.add("EMAIL", text(msg.get("email_from")), "mail.message.email_from")
        return ctx

    # -- generation ----------------------------------------------------------------------------------------------
    def _decide(self, payload: dict[str, Any]) -> DisputeOut:
        return self._decide_with_info(payload)[0]

    def _decide_with_info(self, payload: dict[str, Any]) -> tuple[DisputeOut, dict[str, Any]]:
        cfg = self._settings().disputes
        out, info = classify_text(
            payload["email"]["subject"],
            payload["email"]["text"],
            threshold=cfg.confidence_threshold,
            today=date.fromisoformat(payload["email"]["date"]),
        )
        if (
            not out.invoice_refs and payload["invoices"]
        ):  # the email sits on an invoice: name it in the next step
            out.next_step = next_step(
                out.label,
                [i["name"] for i in payload["invoices"]],
                out.requested_documents,
                out.promised_date,
            )
            if out.needs_triage:
                out.next_step = triage_step(out.label, out.runner_up, out.next_step)
        return out, info

    def configure(self, ctx: TaskContext | Settings) -> None:
        """Bind the context and load the classifier with its training vectors kept in pgvector."""
        super().configure(ctx)
        from assistant.classifiers._model import get_model

        try:
            get_model(self.ctx.db)
        except Exception:  # noqa: BLE001 - without a database the model embeds its training set itself
            get_model()

    def write_rules(self, payload: dict[str, Any]) -> DisputeOut:
        return self._decide(payload)

    def check(self, out: DisputeOut, payload: dict[str, Any]) -> list[CheckIssue]:  # type: ignore[override]
        cfg = self._settings().disputes
        email = payload["email"]["subject"] + "\n" + payload["email"]["text"]
        offline, info = self._decide_with_info(payload)
        # the flag is code's decision, also on a model's proposal
        set_triage(out, threshold=cfg.confidence_threshold, probabilities=info["probabilities"])
        return check_output(
            out,
            email,
            offline,
            threshold=cfg.confidence_threshold,
            override=cfg.llm_override_confidence,
        )

    def headline(self, out: BaseModel | None, payload: dict[str, Any]) -> str:
        if out is None:
            return ""
        label = str(getattr(out, "label", ""))
        return f"{label} (needs triage)" if getattr(out, "needs_triage", False) else label

    def note(  # type: ignore[override]
        self,
        out: DisputeOut,
        payload: dict[str, Any],
        *,
        run_id: str,
        model: str,
        restore: Restore,
    ) -> str:
        h = Html(restore)
        label = out.label.replace("_", " ")
        rows: list[tuple[str, Any]] = [("Label", label), ("Confidence", f"{out.confidence:.2f}")]
        if out.needs_triage:
            rows.append(("Needs triage", "yes (confidence below the threshold)"))
            if out.runner_up:
                rows.append(
                    ("Runner-up", f"{out.runner_up.replace('_', ' ')} ({out.runner_up_confidence or 0:.2f})")
                )
        rows += [("Invoice references", ", ".join(out.invoice_refs) or "none found")]
        if out.disputed_amount:
            rows.append(("Amount mentioned", out.disputed_amount))
        if out.promised_date:
            rows.append(("Promised payment date", out.promised_date))
        if out.requested_documents:
            rows.append(("Requested documents", ", ".join(out.requested_documents)))
        for inv in payload["invoices"]:
            rows.append(
                (
                    f"Invoice {inv['name']}",
                    f"total {inv['amount_total']}, open {inv['amount_residual']}, {inv['payment_state']}",
                )
            )
        warn = ""
        if payload["instruction_like_passages_removed"]:
            warn = h.para(
                f"Warning: the email contains {payload['instruction_like_passages_removed']} passage(s) "
                f"addressed to an AI system; they were ignored (the email is data, not instructions)."
            )
        if out.needs_triage:
            other = f" or {out.runner_up.replace('_', ' ')}" if out.runner_up else ""
            warn += h.para(
                f"Needs triage: the classifier was not confident. Best guess {label}{other}; "
                "please read the email and confirm the category."
            )
        return (
            h.heading(f"Customer email: {label}" + (" (needs triage)" if out.needs_triage else ""))
            + h.para(out.reason)
            + warn
            + h.heading("Suggested next step")
            + h.para(out.next_step)
            + h.heading("Extracted (by code from the email)")
            + h.table(["Field", "Value"], rows)
            + h.footer(run_id, model)
        )


def prepared_subject(subject: str) -> str:
    return subject.strip()


def _without(words: str, removed: list[str]) -> str:
    for passage in removed:
        words = words.replace(passage, REMOVED_MARK)
    return words


def _invoice(row: dict[str, Any]) -> dict[str, Any]:
    return {
        "name": row["name"],
        "amount_total": round(num(row["amount_total"]), 2),
        "amount_residual": round(num(row["amount_residual"]), 2),
        "payment_state": text(row["payment_state"]),
        "due": text(row["invoice_date_due"]) or None,
    }
