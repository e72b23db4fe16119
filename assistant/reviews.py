"""Review feedback from Odoo: what reviewers did with the activities we created, into the ``reviews`` table.

How Odoo records a reviewer's decision, and how we read it back (``assistant sync-reviews``, and on a
schedule):

* **Done** (``action_feedback``): Odoo deletes the activity (or archives it when its type keeps done
  activities) and posts a notification message on the record whose body repeats the activity summary, so it
  carries our run marker ``[<10 hex of the run key>]``, and the reviewer's feedback (Odoo 18 labels it
  "Feedback:", Odoo 17 does not: it is read from the message's structure, see :func:`parse_done_message`; a
  body we do not recognise is recorded as **unknown** with its text, never as accepted). The author is the
  reviewer. Convention (written in every note's footer): feedback starting with "reject",
  "rejected" or "decline" means **rejected**; anything else, including no feedback, means **accepted**.
* **Cancelled** (the activity's cancel button = ``unlink``): the activity is gone and no done message carries
  the marker -> **rejected**; Odoo keeps no trace of who cancelled it or why, so reviewer and reason are empty.
* **Still open but changed** (reassigned, rescheduled, note or summary edited): ``write_date`` moved past
  ``create_date`` -> **edited** (not final), recorded once per change with who (``write_uid``) and which
  fields changed when a baseline was seen unedited before.

Accepted and rejected are final: such runs are not read again. Acceptance rate per task = accepted /
(accepted + rejected).
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import asdict, dataclass, field
from datetime import datetime
from html import unescape
from html.parser import HTMLParser
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from assistant import clock
from assistant.odoo.dto import m2o, odoo_datetime, text
from assistant.odoo.gateway import OdooGateway
from assistant.pipeline import marker
from assistant.settings import Settings
from assistant.store.db import Database
from assistant.store.models import KeyValue, PromptLog, Review

FINAL = ("accepted", "rejected")
SETTLED = (*FINAL, "unknown")  # not read again (an unknown done message will not change either)
REJECT = re.compile(r"^\s*(rejected|reject|declined|decline)\b", re.IGNORECASE)
ACTIVITY_FIELDS = [
    "res_model",
    "res_id",
    "summary",
    "note",
    "user_id",
    "date_deadline",
    "create_date",
    "write_date",
    "write_uid",
    "active",
    "date_done",
]
MESSAGE_FIELDS = ["body", "model", "res_id", "author_id", "date", "message_type"]
BATCH = 80


@dataclass
class SyncReport:
    checked: int = 0
    accepted: int = 0
    rejected: int = 0
    edited: int = 0
    open: int = 0
    unknown: int = 0
    errors: list[str] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


def html_to_text(value: str) -> str:
    body = re.sub(r"<br\s*/?>|</p>|</div>", "\n", value or "")
    body = re.sub(r"<[^>]+>", "", body)
    return re.sub(r"[ \t\r\f\v]+", " ", unescape(body)).strip()


@dataclass
class _Block:
    tag: str
    classes: str
    text: list[str] = field(default_factory=list)
    children: list[tuple[str, str, str]] = field(default_factory=list)  # (tag, classes, text) one level down


class _TopLevel(HTMLParser):
    """The top-level elements of a message body with their text and their direct children."""

    VOID = frozenset({"br", "img", "hr", "input", "meta", "link", "wbr"})

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.blocks: list[_Block] = []
        self.stray = ""  # text outside any element
        self._depth = 0
        self._child: list[str] | None = None

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        classes = " ".join(v or "" for k, v in attrs if k == "class")
        if tag in self.VOID:
            if tag == "br" and self.blocks and self._depth:
                self._text("\n")
            return
        if self._depth == 0:
            self.blocks.append(_Block(tag, classes))
        elif self._depth == 1:
            self.blocks[-1].children.append((tag, classes, ""))
            self._child = []
        self._depth += 1

    def handle_endtag(self, tag: str) -> None:
        if tag in self.VOID or self._depth == 0:
            return
        self._depth -= 1
        if self._depth == 1 and self._child is not None and self.blocks[-1].children:
            ctag, cls, _ = self.blocks[-1].children[-1]
            self.blocks[-1].children[-1] = (ctag, cls, "".join(self._child))
            self._child = None

    def handle_data(self, data: str) -> None:
        if self._depth == 0:
            self.stray += data
        else:
            self._text(data)

    def _text(self, data: str) -> None:
        self.blocks[-1].text.append(data)
        if self._child is not None:
            self._child.append(data)


def _squash(value: str) -> str:
    return re.sub(r"\s+", " ", value).strip()


def parse_done_message(body_html: str) -> str | None:
    """The reviewer's feedback in an activity-done message, read from the message's structure ("" when none was
    given), or ``None`` when the body is not a done message we know.

    Odoo 17 and 18 both start with a ``<p>`` (type, "done", summary) and may carry the original note as a title
    ``<div class="o_mail_note_title">`` followed by a ``<div>`` with the note. The feedback is the remaining
    ``<div>``: Odoo 18 opens it with a label child (``<div class="fw-bold">Feedback:</div>``, translated in the
    reviewer's language), Odoo 17 holds the text alone. Text inside the original note never counts as feedback.
    """
    parser = _TopLevel()
    try:
        parser.feed(body_html or "")
        parser.close()
    except (ValueError, AssertionError):
        return None
    blocks = parser.blocks
    if _squash(parser.stray) or not blocks or blocks[0].tag != "p":
        return None
    feedback: list[str] = []
    index = 1
    while index < len(blocks):
        block = blocks[index]
        if block.tag != "div":
            return None
        if "o_mail_note_title" in block.classes:
            index += 2  # the title and the note itself
            continue
        text = "".join(block.text)
        if block.children and block.children[0][0] == "div" and "fw-bold" in block.children[0][1]:
            text = text.replace(block.children[0][2], "", 1)  # Odoo 18's label
        feedback.append(text)
        index += 1
    if len(feedback) > 1:
        return None
    return _squash(feedback[0]) if feedback else ""


def feedback_of(body_html: str) -> str:
    """The reviewer's feedback ("" when none was given or the format is unknown)."""
    return parse_done_message(body_html) or ""


def decide(feedback: str) -> str:
    return "rejected" if REJECT.match(feedback) else "accepted"


def _pending(session: Session, limit: int) -> list[PromptLog]:
    final = select(Review.run_id).where(Review.decision.in_(SETTLED))
    return list(
        session.scalars(
            select(PromptLog)
            .where(PromptLog.activity_id.is_not(None), PromptLog.run_id.not_in(final))
            .order_by(PromptLog.id.desc())
            .limit(limit)
        )
    )


def _or(leaves: list[list[Any]]) -> list[Any]:
    return ["|"] * (len(leaves) - 1) + leaves


def _done_messages(gw: OdooGateway, runs: list[PromptLog]) -> dict[str, dict[str, Any]]:
    """Activity-done messages carrying one of the runs' markers, keyed by marker."""
    found: dict[str, dict[str, Any]] = {}
    for start in range(0, len(runs), BATCH):
        chunk = runs[start : start + BATCH]
        domain = [
            ["message_type", "=", "notification"],
            *_or([["body", "ilike", marker(r.run_key)] for r in chunk]),
        ]
        for msg in gw.search_read("mail.message", domain, MESSAGE_FIELDS, order="id asc"):
            body = text(msg.get("body"))
            for run in chunk:
                if marker(run.run_key) in body:
                    found.setdefault(marker(run.run_key), msg)
    return found


def _is_open(act: dict[str, Any] | None) -> bool:
    """Present, not archived as done (types that keep done activities archive them instead of deleting)."""
    return act is not None and act.get("active") is not False and not act.get("date_done")


def _baseline(act: dict[str, Any]) -> dict[str, Any]:
    user = m2o(act.get("user_id"))
    return {
        "summary": text(act.get("summary")),
        "note": hashlib.sha256(text(act.get("note")).encode()).hexdigest(),
        "user": user.name if user else "",
        "deadline": text(act.get("date_deadline")),
    }


def _changes(before: dict[str, Any] | None, now: dict[str, Any]) -> str:
    if not before:
        return "edited in Odoo"
    names = {"summary": "summary", "note": "note", "user": "assignee", "deadline": "deadline"}
    diffs = []
    for key, label in names.items():
        if before.get(key) != now.get(key):
            diffs.append(
                label if key == "note" else f"{label} {before.get(key) or '-'} -> {now.get(key) or '-'}"
            )
    return "edited in Odoo: " + (", ".join(diffs) if diffs else "re-saved")


def remember_baselines(db: Database, activities: dict[str, dict[str, Any]]) -> None:
    """What each run's activity looked like when it landed (run id -> activity as read back), so that the first
    sync of an already edited activity can still say which fields changed."""
    if not activities:
        return
    with db.session() as session, session.begin():
        for run_id, act in activities.items():
            key = f"review_sync:{run_id}"
            if session.get(KeyValue, key) is None:
                seen = text(act.get("write_date")) or text(act.get("create_date"))
                session.add(KeyValue(key=key, value={"baseline": _baseline(act), "seen_write": seen}))


def sync_reviews(settings: Settings, gw: OdooGateway, db: Database, *, limit: int = 5000) -> SyncReport:
    """Read reviewers' decisions for every run whose activity is not finally decided yet."""
    report = SyncReport()
    now = clock.now()
    with db.session() as session:
        runs = _pending(session, limit)
    if not runs:
        return report
    report.checked = len(runs)
    ids = sorted({int(r.activity_id) for r in runs if r.activity_id})
    activities: dict[int, dict[str, Any]] = {}
    for start in range(0, len(ids), settings.odoo.batch_size):
        chunk = ids[start : start + settings.odoo.batch_size]
        for act in gw.search_read(
            "mail.activity", [["id", "in", chunk]], ACTIVITY_FIELDS, context={"active_test": False}
        ):
            activities[int(act["id"])] = act
    gone = [r for r in runs if not _is_open(activities.get(int(r.activity_id or 0)))]
    done = _done_messages(gw, gone) if gone else {}
    # Each Review added here is hash-chained and signed on flush, and checkpointed after the commit
    # (assistant.store.chain): the reviews table is append-only like the prompt log.
    with db.session() as session, session.begin():
        for run in runs:
            current = activities.get(int(run.activity_id or 0))
            if current is not None and _is_open(current):
                _open_activity(session, run, current, report, now)
                continue
            msg = done.get(marker(run.run_key))
            if msg is not None:
                parsed = parse_done_message(text(msg.get("body")))
                # an unknown format is recorded as such with the raw text, never guessed as accepted
                feedback = parsed if parsed is not None else html_to_text(text(msg.get("body")))[:2000]
                decision = decide(parsed) if parsed is not None else "unknown"
                author = m2o(msg.get("author_id"))
                session.add(
                    Review(
                        run_id=run.run_id,
                        odoo_instance=run.odoo_instance,
                        decision=decision,
                        reviewer=author.name if author else "",
                        feedback=feedback,
                        decided_at=odoo_datetime(msg.get("date")) or now,
                        source="odoo:done",
                    )
                )
            else:
                decision = "rejected"
                session.add(
                    Review(
                        run_id=run.run_id,
                        odoo_instance=run.odoo_instance,
                        decision=decision,
                        reviewer="",
                        feedback="activity cancelled in Odoo (removed without being marked done)",
                        decided_at=now,
                        source="odoo:cancelled",
                    )
                )
            setattr(report, decision, getattr(report, decision) + 1)
    return report


def _open_activity(
    session: Session, run: PromptLog, act: dict[str, Any], report: SyncReport, now: datetime
) -> None:
    """Still open: record an "edited" review once per change (write_date past create_date)."""
    key = f"review_sync:{run.run_id}"
    state = session.get(KeyValue, key)
    snapshot = _baseline(act)
    created, written = text(act.get("create_date")), text(act.get("write_date"))
    edited = bool(created and written and written[:19] > created[:19])
    value: dict[str, Any] = (
        dict(state.value)
        if state is not None
        else {"baseline": None if edited else snapshot, "seen_write": created}
    )
    if edited and value.get("seen_write") != written:
        writer = m2o(act.get("write_uid"))
        session.add(
            Review(
                run_id=run.run_id,
                odoo_instance=run.odoo_instance,
                decision="edited",
                reviewer=writer.name if writer else "",
                feedback=_changes(value.get("baseline") or None, snapshot),
                decided_at=odoo_datetime(written) or now,
                source="odoo:edited",
            )
        )
        value["seen_write"] = written
        report.edited += 1
    else:
        report.open += 1
    if state is None:
        session.add(KeyValue(key=key, value=value))
    else:
        state.value = value


def acceptance_by_task(db: Database) -> dict[str, float | None]:
    """Acceptance rate per task (accepted / decided), for approval-pack precedents and reports."""
    from assistant.api.queries import acceptance

    with db.session() as session:
        return {row["task"]: row["acceptance_rate"] for row in acceptance(session)}
