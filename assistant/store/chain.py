"""Hash chains over the append-only tables: ``prompt_log``, ``reviews`` and ``access_audit``.

Each table is its own chain: ``row_hash = sha256(prev_hash + canonical JSON of the row's fields)`` in id
order, the first row chaining from ``GENESIS``. With a signing key configured (``ASSISTANT_LOG__CHECKPOINT_KEY``)
every new row also carries ``row_sig``, an Ed25519 signature over its table and ``row_hash`` (so over the
whole history before it): someone with write access to the database but not the key can edit, delete or
re-chain rows, but cannot make a row that verifies.

Chaining happens in one place for every writer: a ``before_flush`` hook on every ORM session chains (and
signs) each new row of these tables in the order it was added, under a per-table transaction-scoped advisory
lock, so concurrent writers cannot fork a chain. After the commit a signed checkpoint of each touched chain
is written outside the database (see :mod:`assistant.store.anchor`). Raw SQL inserts bypass all this and show
up in ``assistant log verify`` as broken or unsigned rows, which is the point.
"""

from __future__ import annotations

import hashlib
import json
import logging
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any

from sqlalchemy import event, select, text
from sqlalchemy.orm import Session, UOWTransaction

from assistant import clock
from assistant.store.models import AccessAudit, PromptLog, Review

if TYPE_CHECKING:
    from assistant.store.anchor import Signer

GENESIS = "0" * 64
log = logging.getLogger(__name__)

PROMPT_LOG_FIELDS = (
    "run_id",
    "run_key",
    "task",
    "prompt_name",
    "prompt_version",
    "model",
    "model_params",
    "decided_by",
    "odoo_model",
    "odoo_id",
    "record_write_date",
    "system_prompt",
    "user_prompt",
    "raw_output",
    "parsed_output",
    "check_results",
    "redaction_report",
    "tokens_in",
    "tokens_out",
    "latency_ms",
    "status",
    "error_class",
    "error_message",
    "activity_id",
    "created_at",
)


@dataclass(frozen=True)
class ChainSpec:
    """One chained table. ``late_fields`` were added after rows existed: they enter the hash only when they
    hold a value (not ``""``/``None``), so rows written before keep their hash and a later value is still
    covered (setting it, changing it or clearing it all change the hash)."""

    table: str
    model: type[Any]
    fields: tuple[str, ...]
    late_fields: tuple[str, ...]
    stamp: str  # the time column, set in Python before hashing (the server default would come too late)
    lock: int
    ref: str  # a human reference to name a row by, besides its id

    @property
    def all_fields(self) -> tuple[str, ...]:
        return self.fields + self.late_fields


PROMPT_LOG = ChainSpec(
    "prompt_log", PromptLog, PROMPT_LOG_FIELDS, ("odoo_instance",), "created_at", 727275, "run_id"
)
REVIEWS = ChainSpec(
    "reviews",
    Review,
    ("run_id", "decision", "reviewer", "feedback", "decided_at", "source", "created_at", "odoo_instance"),
    (),
    "created_at",
    727276,
    "run_id",
)
ACCESS_AUDIT = ChainSpec(
    "access_audit",
    AccessAudit,
    ("actor", "action", "target", "at", "odoo_instance"),
    (),
    "at",
    727277,
    "target",
)
SPECS = (PROMPT_LOG, REVIEWS, ACCESS_AUDIT)
BY_TABLE = {spec.table: spec for spec in SPECS}
_BY_MODEL = {spec.model: spec for spec in SPECS}


def _canonical_value(value: Any) -> Any:
    if isinstance(value, datetime):
        return value.astimezone(UTC).isoformat(timespec="microseconds")
    if isinstance(value, float):
        return round(value, 3)
    return value


def canonical(spec: ChainSpec, row: Mapping[str, Any]) -> str:
    payload = {name: _canonical_value(row.get(name)) for name in spec.fields}
    for name in spec.late_fields:
        if row.get(name) not in (None, ""):
            payload[name] = _canonical_value(row.get(name))
    return json.dumps(payload, sort_keys=True, ensure_ascii=False, separators=(",", ":"), default=str)


def chain_hash(spec: ChainSpec, prev_hash: str, row: Mapping[str, Any]) -> str:
    return hashlib.sha256((prev_hash + canonical(spec, row)).encode("utf-8")).hexdigest()


def row_values(spec: ChainSpec, obj: Any) -> dict[str, Any]:
    return {name: getattr(obj, name) for name in spec.all_fields}


def signer_of(session: Session) -> Signer | None:
    """The signing key of the database this session belongs to (None: unsigned rows)."""
    db = session.info.get("db")
    return None if db is None else db.signer


def instance_of(session: Session) -> str:
    """This deployment's Odoo instance (normalised URL + database), "" without settings."""
    db = session.info.get("db")
    if db is None or db.settings is None:
        return ""
    from assistant.store.anchor import odoo_instance

    return odoo_instance(db.settings)


def _complete(spec: ChainSpec, obj: Any, instance: str) -> None:
    """Give the row the values the INSERT would give it, before hashing: the time stamp, the Odoo instance
    of this deployment when the writer left it empty, the columns' Python-side defaults (applied by
    SQLAlchemy only after this hook), and UTC on naive datetimes (which the database would otherwise read in
    its session time zone)."""
    if getattr(obj, spec.stamp) is None:
        setattr(obj, spec.stamp, clock.wall())
    if not obj.odoo_instance:
        obj.odoo_instance = instance
    columns = spec.model.__table__.columns
    for name in spec.all_fields:
        value = getattr(obj, name)
        if value is None:
            default = columns[name].default
            if default is not None and default.is_scalar:
                setattr(obj, name, default.arg)
            elif default is not None and default.is_callable:
                setattr(obj, name, default.arg(None))
        elif isinstance(value, datetime) and value.tzinfo is None:
            setattr(obj, name, value.replace(tzinfo=UTC))


def _chain_new_rows(session: Session, flush_context: UOWTransaction, instances: object) -> None:
    pending: dict[ChainSpec, list[Any]] = {}
    for obj in session.new:
        spec = _BY_MODEL.get(type(obj))
        if spec is not None:
            pending.setdefault(spec, []).append(obj)
    if not pending:
        return
    signer = signer_of(session)
    instance = instance_of(session)
    conn = session.connection()  # not session.execute: that would autoflush inside this flush
    for spec in sorted(pending, key=lambda s: s.lock):  # one lock order everywhere: no deadlock between two
        conn.execute(text("SELECT pg_advisory_xact_lock(:k)"), {"k": spec.lock})
        model = spec.model
        prev = conn.execute(
            select(model.row_hash).where(model.id > 0).order_by(model.id.desc()).limit(1)
        ).scalar()
        prev = prev or GENESIS
        # The unit of work inserts one table's rows in the order they were added, and ids follow.
        for obj in sorted(pending[spec], key=lambda o: o._sa_instance_state.insert_order):
            _complete(spec, obj, instance)
            row_hash = chain_hash(spec, prev, row_values(spec, obj))
            obj.prev_hash = prev
            obj.row_hash = row_hash
            obj.row_sig = signer.sign_row(spec.table, row_hash) if signer is not None else None
            prev = row_hash
        session.info.setdefault("chained_tables", set()).add(spec.table)


def _checkpoint_after_commit(session: Session) -> None:
    tables = session.info.pop("chained_tables", None)
    db = session.info.get("db")
    if not tables or db is None or db.signer is None:
        return
    from assistant.store.anchor import write_checkpoints

    try:
        write_checkpoints(db, tables=sorted(tables))
    except Exception as exc:  # noqa: BLE001 - the rows are committed; a missed checkpoint must not undo them
        log.warning("could not write a log checkpoint for %s: %s", ", ".join(sorted(tables)), exc)


def _forget_after_rollback(session: Session) -> None:
    session.info.pop("chained_tables", None)


_installed = False


def install() -> None:
    """Register the chaining hooks on every ORM session (idempotent)."""
    global _installed
    if _installed:
        return
    event.listen(Session, "before_flush", _chain_new_rows)
    event.listen(Session, "after_commit", _checkpoint_after_commit)
    event.listen(Session, "after_soft_rollback", lambda session, previous: _forget_after_rollback(session))
    _installed = True
