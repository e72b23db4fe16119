"""Approval context packs: everything a manager needs before approving, in one pending activity.

One task per kind of approval record (each is one small class; the shared work is here and in the
``_approval_*`` helpers): sale orders with a discount beyond the threshold, submitted expense reports, draft
credit notes / write-offs, change-request tasks (stage or tag from settings) and ``approval.request`` when the
Approvals module is installed. Facts are computed by code; similar past decisions come from pgvector over
earlier (redacted) packs with their review outcome; the narrative (model or deterministic writer) may cite only
the facts, and the check rejects invented figures and miscited precedents. The pack never approves or rejects.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import date
from typing import Any

from pydantic import BaseModel, Field

from assistant.checks import check_figures
from assistant.errors import InputError
from assistant.notes import Html
from assistant.odoo.dto import m2o_id
from assistant.odoo.gateway import OdooGateway
from assistant.settings import Settings
from assistant.summarizers import _approval_facts as af
from assistant.summarizers._approval_precedents import find_precedents, pack_text, sync_index
from assistant.tasks import CheckIssue, Facts, Restore, Task
from redaction import RecordContext

PROMPT = """You prepare approval context packs for managers of a professional-services firm.
You receive facts computed from the ERP as JSON, and similar past decisions (precedents P1, P2, ...) with their
review outcome. Names are placeholders such as <PERSON_1>; keep them as written.
Rules: use only the facts; never invent or compute a number; cite precedents by id exactly as given, with their
outcome as given. You never approve or reject: you explain.
Return JSON with: what_is_asked (1-2 sentences), what_it_changes (1-2 sentences), risks (0-5 items),
questions (2-5 questions the approver should ask), precedents_cited (ids you used)."""

CITE = re.compile(r"\bP(\d+)\b")
OUTCOME = re.compile(r"\bP(\d+)\b[^.;]*?\b(accepted|rejected)\b", re.I)
Items = list[tuple[dict[str, Any], dict[str, Any], RecordContext]]


class ApprovalPackOut(BaseModel):
    kind: str = Field(description="Kind of approval (copied from the facts).")
    record: str = Field(description="The record's name (copied from the facts).")
    what_is_asked: str = Field(max_length=500, description="What the approver is asked to decide.")
    what_it_changes: str = Field(
        max_length=500, description="What approving it changes (money, scope, effort)."
    )
    risks: list[str] = Field(
        default_factory=list, max_length=6, description="Open risks, most important first."
    )
    questions: list[str] = Field(
        default_factory=list, max_length=6, description="Questions the approver should ask."
    )
    precedents_cited: list[str] = Field(
        default_factory=list, max_length=10, description="Precedent ids used (P1..)."
    )


class _ApprovalPack(Task):
    """Shared behaviour; subclasses set the model, the reader and the selection domain."""

    output = ApprovalPackOut
    instructions = PROMPT
    summary_label = "AI review: approval context"

    def _settings(self) -> Settings:
        return self.settings

    def approver(self, row: dict[str, Any]) -> int | None:
        return self._settings().approvals.approver_user_id

    def read(self, gw: OdooGateway, ids: Sequence[int], today: date) -> Items:
        """The kind's records with their facts and redaction context (see ``_approval_facts``)."""
        raise NotImplementedError

    def fetch(self, gw: OdooGateway, ids: Sequence[int], today: date) -> list[Facts]:
        items = self.read(gw, ids, today)
        db = self._db()
        facts = []
        for row, payload, ctx in items:
            payload["precedents"] = self._precedents(db, payload, row["id"])
            facts.append(
                Facts(
                    record_id=row["id"],
                    name=str(payload["record"]),
                    payload=payload,
                    context=ctx,
                    write_date=str(row.get("write_date") or "") or None,
                    assignee_id=self.approver(row),
                )
            )
        return facts

    def _db(self) -> Any:
        try:
            db = self.ctx.db
            sync_index(db)
            return db
        except Exception:  # noqa: BLE001 - precedents are optional: a pack without them is still useful
            return None

    def _precedents(self, db: Any, payload: dict[str, Any], record_id: int) -> list[dict[str, Any]]:
        k = self._settings().approvals.precedents
        if db is None or not k:
            return []
        query = pack_text(payload["kind"], payload["request"]["what"], "")
        found = find_precedents(db, query, k=k, exclude_record=(self.odoo_model, record_id))
        return [p.to_fact(i) for i, p in enumerate(found, 1)]

    # -- generation --------------------------------------------------------------------------------------------
    def write_rules(self, payload: dict[str, Any]) -> ApprovalPackOut:
        req, scope, margin = (
            payload["request"],
            payload.get("scope_budget", {}),
            payload.get("margin_impact", {}),
        )
        figures = "; ".join(
            f"{k.replace('_', ' ')} {v}" for k, v in {**scope, **margin}.items() if v is not None
        )
        precedents = payload["precedents"]
        questions = [
            "Is this within the budget and policy for this client or employee?",
            "What happens if it is not approved?",
        ]
        if payload.get("risks"):
            questions.insert(0, "How will the open risks listed be addressed before or after approval?")
        cited = []
        if precedents:
            best = precedents[0]
            cited.append(best["id"])
            questions.append(
                f"{best['id']} ({best['kind'].replace('_', ' ')}, {best['outcome']}) is the closest past "
                f"decision: does the same reasoning apply?"
            )
        return ApprovalPackOut(
            kind=payload["kind"],
            record=payload["record"],
            what_is_asked=f"The approver is asked to {req['what']}.",
            what_it_changes=f"Key figures: {figures}." if figures else "No figures recorded.",
            risks=list(payload.get("risks", []))[:5],
            questions=questions[:5],
            precedents_cited=cited,
        )

    def check(self, out: ApprovalPackOut, payload: dict[str, Any]) -> list[CheckIssue]:  # type: ignore[override]
        texts = [out.what_is_asked, out.what_it_changes, *out.risks, *out.questions]
        facts_only = {k: v for k, v in payload.items() if k != "precedents"}
        issues = check_figures(
            [CITE.sub("", t) for t in texts],
            {
                **facts_only,
                "precedents": [{k: v for k, v in p.items() if k != "id"} for p in payload["precedents"]],
            },
        )
        known = {p["id"]: p for p in payload["precedents"]}
        for ref in {f"P{n}" for t in texts for n in CITE.findall(t)} | set(out.precedents_cited):
            if ref not in known:
                issues.append(
                    CheckIssue("unknown_precedent", f"{ref} is not one of the retrieved precedents")
                )
        for text in texts:
            for n, outcome in OUTCOME.findall(text):
                p = known.get(f"P{n}")
                if p and p["outcome"] != outcome.lower():
                    issues.append(
                        CheckIssue("precedent_outcome", f"P{n} was {p['outcome']}, not {outcome.lower()}")
                    )
        if out.kind != payload["kind"]:
            issues.append(CheckIssue("kind", f"kind {out.kind!r} is not {payload['kind']!r}"))
        return issues

    def headline(self, out: BaseModel | None, payload: dict[str, Any]) -> str:
        return f"{len(payload.get('risks', []))} risks"

    def note(  # type: ignore[override]
        self,
        out: ApprovalPackOut,
        payload: dict[str, Any],
        *,
        run_id: str,
        model: str,
        restore: Restore,
    ) -> str:
        h = Html(restore)
        rows = [
            (f"{section.replace('_', ' ')}: {k.replace('_', ' ')}", v)
            for section in ("scope_budget", "effort_cost", "margin_impact", "requester_history")
            for k, v in payload.get(section, {}).items()
            if not isinstance(v, (list, dict))
        ]
        precedents = (
            h.table(
                ["Id", "Kind", "Record", "Outcome", "Feedback", "Similarity"],
                [
                    (p["id"], p["kind"], p["record"], p["outcome"], p["feedback"] or "", p["similarity"])
                    for p in payload["precedents"]
                ],
            )
            if payload["precedents"]
            else h.para("No reviewed similar decisions yet.")
        )
        return (
            h.heading("What is asked")
            + h.para(out.what_is_asked)
            + h.heading("What it changes")
            + h.para(out.what_it_changes)
            + h.heading("Risks")
            + h.bullets(out.risks)
            + h.heading("Questions to ask")
            + h.bullets(out.questions)
            + h.heading("Facts (computed from Odoo)")
            + h.table(["Figure", "Value"], rows)
            + h.heading("Similar past decisions")
            + precedents
            + h.para("This pack does not approve or reject anything; the decision is yours.")
            + h.footer(run_id, model)
        )


class SaleOrderApproval(_ApprovalPack):
    name = "approval_sale_order"
    title = "Approval pack: discounted sale order"
    odoo_model = "sale.order"
    audience = "manager"

    def read(self, gw: OdooGateway, ids: Sequence[int], today: date) -> Items:
        return af.sale_orders(gw, ids, today, self._settings().approvals.discount_threshold_pct)

    def select(self, gw: OdooGateway, *, all_records: bool, ids: Sequence[int] | None = None) -> list[int]:
        if ids:
            return list(ids)
        rows = gw.search_read(
            "sale.order", [["state", "in", ["draft", "sent"]]], ["amount_untaxed", "amount_undiscounted"]
        )
        cut = self._settings().approvals.discount_threshold_pct
        steep = {
            m2o_id(ln["order_id"])
            for ln in gw.search_read(
                "sale.order.line",
                [["order_id", "in", [r["id"] for r in rows]], ["discount", ">=", cut]],
                ["order_id"],
            )
        }
        return [
            r["id"]
            for r in rows
            if r["id"] in steep
            or (
                r["amount_undiscounted"] and 100 * (1 - r["amount_untaxed"] / r["amount_undiscounted"]) >= cut
            )
        ]

    def approver(self, row: dict[str, Any]) -> int | None:
        return self._settings().approvals.approver_user_id or m2o_id(row.get("user_id"))


class ExpenseReportApproval(_ApprovalPack):
    name = "approval_expense_report"
    title = "Approval pack: expense report"
    odoo_model = "hr.expense.sheet"
    audience = "finance"

    def read(self, gw: OdooGateway, ids: Sequence[int], today: date) -> Items:
        return af.expense_sheets(gw, ids, today)

    def default_domain(self) -> list[Any]:
        return [["state", "=", "submit"]]

    def approver(self, row: dict[str, Any]) -> int | None:
        return m2o_id(row.get("user_id")) or self._settings().approvals.approver_user_id


class CreditNoteApproval(_ApprovalPack):
    name = "approval_credit_note"
    title = "Approval pack: credit note / write-off"
    odoo_model = "account.move"
    audience = "finance"

    def read(self, gw: OdooGateway, ids: Sequence[int], today: date) -> Items:
        return af.credit_notes(gw, ids, today)

    def default_domain(self) -> list[Any]:
        return [["move_type", "=", "out_refund"], ["state", "=", "draft"]]


class ChangeRequestApproval(_ApprovalPack):
    name = "approval_change_request"
    title = "Approval pack: project change request"
    odoo_model = "project.task"
    audience = "manager"

    def read(self, gw: OdooGateway, ids: Sequence[int], today: date) -> Items:
        return af.change_requests(gw, ids, today)

    def select(self, gw: OdooGateway, *, all_records: bool, ids: Sequence[int] | None = None) -> list[int]:
        if ids:
            return list(ids)
        cfg = self._settings().approvals
        # =ilike: an exact name, case-insensitive ("Change request" finds the tag "Change Request")
        stages = gw.search_ids("project.task.type", [["name", "=ilike", cfg.change_request_stage]])
        tags = (
            gw.search_ids("project.tags", [["name", "=ilike", cfg.change_request_tag]])
            if gw.has_model("project.tags")
            else []
        )
        if not stages and not tags:
            return []
        domain: list[Any] = ["|", ["stage_id", "in", stages or [0]], ["tag_ids", "in", tags or [0]]]
        return gw.search_ids("project.task", domain)


class RequestApproval(_ApprovalPack):
    name = "approval_request"
    title = "Approval pack: approval request"
    odoo_model = "approval.request"
    audience = "manager"

    def read(self, gw: OdooGateway, ids: Sequence[int], today: date) -> Items:
        return af.approval_requests(gw, ids, today)

    def select(self, gw: OdooGateway, *, all_records: bool, ids: Sequence[int] | None = None) -> list[int]:
        if ids:
            return list(ids)
        if not gw.has_model("approval.request"):
            raise InputError("module approvals is not installed on this Odoo (no approval.request model)")
        return gw.search_ids("approval.request", [["request_status", "=", "pending"]])
