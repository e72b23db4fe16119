"""Verification of the chained tables against their signatures and the signed checkpoints.

Every row is read in id order from the very first (ids <= 0 included), in one repeatable-read snapshot, and
named when something is wrong with it:

* **forged row** - an id the table's sequence never issued (<= 0, or beyond the sequence), or a row without
  a valid signature where rows must be signed (inserted, appended or re-chained without the key);
* **edited row** - content that no longer matches its hash, or a row whose hash was recomputed so that the
  next row no longer links to it;
* **missing rows** - a broken link across an id gap, a first row that does not start the chain, a
  checkpointed head row that is gone, or fewer rows before a checkpointed head than it counted;
* **truncated tail** - a checkpoint covering rows past the current end of the chain;
* **re-chained history** - the row at a checkpointed head carries another hash than the signed one: history
  was rewritten and the chain recomputed consistently, which only the key holder could have signed;
* **bad checkpoint signature** / **unreadable checkpoint** / **missing checkpoints**.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from sqlalchemy import select, text
from sqlalchemy.orm import Session

from assistant.store.anchor import (
    Checkpoint,
    Unreadable,
    Verifier,
    checkpoint_path,
    odoo_instance,
    read_file,
    read_from_odoo,
    verifier_from_settings,
)
from assistant.store.chain import GENESIS, SPECS, ChainSpec, chain_hash, row_values

if TYPE_CHECKING:
    from assistant.odoo.gateway import OdooGateway
    from assistant.store.db import Database

MAX_PROBLEMS = 200  # per table; a wholesale rewrite would otherwise print every row


@dataclass
class Problem:
    table: str
    kind: str
    detail: str
    row_id: int | None = None
    ref: str | None = None
    ref_name: str = ""

    def line(self) -> str:
        where = ""
        if self.row_id is not None:
            where = f"row id {self.row_id} " + (f"({self.ref_name} {self.ref}) " if self.ref else "") + "- "
        return f"{self.table}: {self.kind.upper()}: {where}{self.detail}"

    def to_dict(self) -> dict[str, Any]:
        return {
            "table": self.table,
            "kind": self.kind,
            "row_id": self.row_id,
            "ref": self.ref,
            "detail": self.detail,
        }


@dataclass
class TableReport:
    table: str
    rows: int = 0
    signed: int = 0
    unsigned: int = 0
    head_id: int | None = None
    head: str = GENESIS
    checkpoints: int = 0
    latest_checkpoint: Checkpoint | None = None
    problems: list[Problem] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.problems

    def add(self, problem: Problem) -> None:
        if len(self.problems) < MAX_PROBLEMS:
            self.problems.append(problem)
        elif len(self.problems) == MAX_PROBLEMS:
            self.problems.append(Problem(self.table, "more", "further problems not listed"))

    def to_dict(self) -> dict[str, Any]:
        latest = self.latest_checkpoint
        return {
            "table": self.table,
            "ok": self.ok,
            "rows": self.rows,
            "signed": self.signed,
            "unsigned": self.unsigned,
            "head_id": self.head_id,
            "head": self.head,
            "checkpoints": self.checkpoints,
            "latest_checkpoint": None
            if latest is None
            else {"at": latest.at, "rows": latest.rows, "head_id": latest.head_id, "source": latest.source},
            "problems": [p.to_dict() for p in self.problems],
            "notes": self.notes,
        }


@dataclass
class LedgerReport:
    tables: list[TableReport]
    anchor_problems: list[Problem] = field(default_factory=list)  # the checkpoint stores themselves
    notes: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return all(t.ok for t in self.tables) and not self.anchor_problems

    @property
    def problems(self) -> list[Problem]:
        return [p for t in self.tables for p in t.problems] + self.anchor_problems

    def table(self, name: str) -> TableReport:
        return next(t for t in self.tables if t.table == name)

    def to_dict(self) -> dict[str, Any]:
        return {
            "ok": self.ok,
            "tables": [t.to_dict() for t in self.tables],
            "anchor_problems": [p.to_dict() for p in self.anchor_problems],
            "notes": self.notes,
        }


def _issued_up_to(session: Session, table: str) -> int | None:
    """The highest id the table's sequence has handed out (None when the table has no sequence)."""
    seq = session.execute(text("SELECT pg_get_serial_sequence(:t, 'id')"), {"t": table}).scalar()
    if not seq:
        return None
    last, called = session.execute(text(f"SELECT last_value, is_called FROM {seq}")).one()
    return int(last) if called else int(last) - 1


class _Walk:
    """State of one pass over a chain."""

    def __init__(self, spec: ChainSpec, report: TableReport) -> None:
        self.spec = spec
        self.report = report
        self.bad_sigs: list[tuple[int, str | None, str]] = []  # consecutive rows without a valid signature

    def problem(self, kind: str, detail: str, row: Any | None = None, row_id: int | None = None) -> None:
        ref = getattr(row, self.spec.ref, None) if row is not None else None
        rid = row_id if row_id is not None else (row.id if row is not None else None)
        self.report.add(Problem(self.spec.table, kind, detail, rid, ref or None, self.spec.ref))

    def flush_bad_sigs(self) -> None:
        if not self.bad_sigs:
            return
        first, ref, why = self.bad_sigs[0]
        last = self.bad_sigs[-1][0]
        if len(self.bad_sigs) == 1:
            detail = f"{why}: written without the signing key (inserted, appended or rewritten)"
        else:
            detail = (
                f"{why}, and so do the {len(self.bad_sigs) - 1} rows after it up to row id {last}: "
                "written without the signing key (inserted, appended or re-chained)"
            )
        self.report.add(Problem(self.spec.table, "forged row", detail, first, ref, self.spec.ref))
        self.bad_sigs = []


def verify_table(
    session: Session,
    spec: ChainSpec,
    verifier: Verifier | None,
    checkpoints: Sequence[Checkpoint],
    *,
    batch: int = 2000,
) -> TableReport:
    report = TableReport(spec.table)
    walk = _Walk(spec, report)
    model = spec.model
    issued = _issued_up_to(session, spec.table)  # first statement: ids visible in this snapshot were issued

    valid: list[Checkpoint] = []
    if checkpoints and verifier is None:
        report.notes.append(f"{len(checkpoints)} checkpoints found but no key configured to check them")
    for cp in checkpoints:
        if verifier is None:
            break
        if verifier.checkpoint_ok(cp):
            valid.append(cp)
        else:
            walk.problem(
                "bad checkpoint signature",
                f"{cp.source}: the checkpoint of {cp.at} (row id {cp.head_id}, {cp.rows} rows) is not signed "
                "by the configured key (forged or altered checkpoint, or another key)",
            )
    report.checkpoints = len(valid)
    watched = {cp.head_id for cp in valid if cp.rows > 0}
    claimed = [cp.signed_from for cp in valid if cp.signed_from is not None]
    must_sign_from = min(claimed) if claimed else None
    seen: dict[int, tuple[int, str]] = {}  # checkpointed head id -> (position, hash) found

    prev, prev_id, count, signing, prev_signed = GENESIS, None, 0, False, False
    last_id: int | None = None
    while True:
        query = select(model).order_by(model.id).limit(batch)
        if last_id is not None:
            query = query.where(model.id > last_id)
        rows = session.scalars(query).all()
        if not rows:
            break
        for row in rows:
            last_id = row.id
            if row.id <= 0 or (issued is not None and row.id > issued):
                issued_text = f"1..{issued}" if issued else "none yet"
                walk.problem(
                    "forged row",
                    f"id {row.id} was never issued by the table's sequence (issued: {issued_text}); "
                    "inserted by hand, outside the chain",
                    row,
                )
                continue
            count += 1
            if row.prev_hash != prev:
                if prev_id is None:
                    walk.problem(
                        "missing rows",
                        "does not link to the start of the chain: the first rows were deleted",
                        row,
                    )
                elif row.id > prev_id + 1:
                    walk.problem(
                        "missing rows",
                        f"does not link to row id {prev_id}: rows between were deleted "
                        f"(ids {prev_id + 1}..{row.id - 1} absent)",
                        row,
                    )
                elif prev_signed:
                    walk.problem(
                        "edited row",
                        f"does not link to row id {prev_id}, which is intact and signed: this row's link was "
                        "altered, or the row was inserted with a made-up link",
                        row,
                    )
                else:
                    walk.problem(
                        "edited row",
                        f"does not link to row id {prev_id}: row {prev_id} was rewritten with a recomputed "
                        "hash, or this row's link was altered",
                        row,
                    )
            if chain_hash(spec, row.prev_hash, row_values(spec, row)) != row.row_hash:
                walk.problem("edited row", "content changed after it was written (hash mismatch)", row)
            row_signed = False
            if verifier is not None:
                if row.row_sig and verifier.row_ok(spec.table, row.row_hash, row.row_sig):
                    walk.flush_bad_sigs()
                    report.signed += 1
                    signing = row_signed = True
                elif row.row_sig:
                    walk.bad_sigs.append((row.id, getattr(row, spec.ref, None), "signature does not match"))
                elif signing or (must_sign_from is not None and row.id >= must_sign_from):
                    walk.bad_sigs.append(
                        (row.id, getattr(row, spec.ref, None), "unsigned where every row is signed")
                    )
                else:
                    report.unsigned += 1
            if row.id in watched:
                seen[row.id] = (count, row.row_hash)
            prev, prev_id, prev_signed = row.row_hash, row.id, row_signed
    walk.flush_bad_sigs()
    report.rows, report.head_id, report.head = count, prev_id, prev
    _check_against(walk, valid, seen)
    if verifier is not None and report.signed and not valid:
        walk.problem(
            "missing checkpoints",
            f"{report.signed} signed rows but no valid checkpoint of this table: the checkpoint store was "
            "lost, emptied or replaced (a truncated tail could not be seen)",
        )
    return report


def _check_against(walk: _Walk, valid: list[Checkpoint], seen: dict[int, tuple[int, str]]) -> None:
    report = walk.report
    end_id = report.head_id or 0
    truncated: list[Checkpoint] = []
    gone: list[Checkpoint] = []
    rechained: list[Checkpoint] = []
    miscounted: list[Checkpoint] = []
    for cp in valid:
        if cp.rows <= 0:
            continue
        if cp.head_id not in seen:
            (truncated if cp.head_id > end_id else gone).append(cp)
        elif seen[cp.head_id][1] != cp.head:
            rechained.append(cp)
        elif seen[cp.head_id][0] != cp.rows:
            miscounted.append(cp)
    if truncated:
        cp = max(truncated, key=lambda c: (c.head_id, c.rows))
        walk.problem(
            "truncated tail",
            f"the checkpoint of {cp.at} ({cp.source}) covers {cp.rows} rows up to row id {cp.head_id}; the "
            f"chain now ends at row id {report.head_id} after {report.rows} rows: rows at the end were deleted",
        )
    for cp in sorted(gone, key=lambda c: c.head_id)[:3]:
        walk.problem(
            "missing rows",
            f"this row, the head of the checkpoint of {cp.at} ({cp.source}), is gone",
            row_id=cp.head_id,
        )
    if rechained:
        cp = min(rechained, key=lambda c: c.head_id)
        others = f" ({len(rechained)} checkpoints disagree)" if len(rechained) > 1 else ""
        walk.problem(
            "re-chained history",
            f"hash differs from the one signed in the checkpoint of {cp.at} ({cp.source}): rows up to here "
            f"were rewritten and the chain recomputed after them{others}",
            row_id=cp.head_id,
        )
    if miscounted:
        cp = min(miscounted, key=lambda c: c.head_id)
        others = f" (and {len(miscounted) - 1} later checkpoints)" if len(miscounted) > 1 else ""
        walk.problem(
            "missing rows",
            f"the checkpoint of {cp.at} ({cp.source}) counted {cp.rows} rows up to this row; the chain has "
            f"{seen[cp.head_id][0]}{others}",
            row_id=cp.head_id,
        )
    if valid:
        latest = max(valid, key=lambda c: (c.head_id, c.at))
        report.latest_checkpoint = latest
        if report.head_id is not None and report.head_id > latest.head_id:
            after = report.rows - (seen[latest.head_id][0] if latest.head_id in seen else 0)
            report.notes.append(
                f"{after} rows after the latest checkpoint ({latest.at}) are protected by their signatures "
                "only: deleting them would not be seen until the next checkpoint"
            )


def verify_all(
    session: Session,
    verifier: Verifier | None,
    instance: str,
    checkpoints: Iterable[Checkpoint],
    unreadable: Iterable[Unreadable] = (),
    *,
    tables: Sequence[ChainSpec] = SPECS,
    batch: int = 2000,
) -> LedgerReport:
    """Verify each chained table in one repeatable-read snapshot."""
    session.connection(execution_options={"isolation_level": "REPEATABLE READ"})
    per_table: dict[str, list[Checkpoint]] = defaultdict(list)
    foreign = 0
    for cp in checkpoints:
        if cp.instance == instance:
            per_table[cp.table].append(cp)
        else:
            foreign += 1
    report = LedgerReport(
        [verify_table(session, s, verifier, per_table[s.table], batch=batch) for s in tables]
    )
    for bad in unreadable:
        report.anchor_problems.append(
            Problem("checkpoints", "unreadable checkpoint", f"{bad.source}: {bad.error}")
        )
    if verifier is None:
        report.notes.append(
            "no key configured (ASSISTANT_LOG__CHECKPOINT_KEY or ASSISTANT_LOG__PUBLIC_KEY): only the hash "
            "chains were checked; whoever can write the database can rewrite them unseen"
        )
    if foreign:
        report.notes.append(f"{foreign} checkpoints of other instances than {instance!r} ignored")
    return report


def verify_database(
    db: Database,
    *,
    gateway: OdooGateway | None = None,
    tables: Sequence[ChainSpec] = SPECS,
    batch: int = 2000,
) -> LedgerReport:
    """Verify with the key, instance and checkpoint stores of ``db.settings`` (the checkpoint file, and the
    Odoo anchor record's notes when a gateway is given)."""
    settings = db.settings
    verifier: Verifier | None = db.signer or verifier_from_settings(settings)
    checkpoints: list[Checkpoint] = []
    unreadable: list[Unreadable] = []
    sources: list[str] = []
    instance = ""
    if settings is not None:
        instance = odoo_instance(settings)
        path = checkpoint_path(settings)
        found, bad = read_file(path)
        checkpoints += found
        unreadable += bad
        sources.append(f"{len(found)} checkpoints in {path}")
        if gateway is not None and settings.log.odoo_anchor:
            found, bad = read_from_odoo(gateway, settings)
            checkpoints += found
            unreadable += bad
            sources.append(f"{len(found)} checkpoints in the notes of Odoo record {settings.log.odoo_anchor}")
    with db.session() as session:
        report = verify_all(session, verifier, instance, checkpoints, unreadable, tables=tables, batch=batch)
    report.notes[:0] = sources
    return report
