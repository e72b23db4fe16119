"""Signed checkpoints: the heads of the log's hash chains, anchored outside PostgreSQL.

Modelled on Certificate Transparency's signed tree heads: a checkpoint is an Ed25519 signature over
``(instance, table, row count, head id, head hash, first signed id, time)``. Checkpoints go to

* an append-only JSON Lines file (``ASSISTANT_LOG__CHECKPOINT_PATH``), on storage the database
  administrator does not control (another host's mount, an object store with object lock, a WORM volume);
* optionally an internal chatter note on a governance record in Odoo (``ASSISTANT_LOG__ODOO_ANCHOR``), so
  rewriting history unseen means compromising the database, the checkpoint store and Odoo, and holding the key.

The same key signs every new row (:mod:`assistant.store.chain`). ``assistant log verify`` checks that every
checkpoint is signed by the configured key and that the chains still contain each checkpointed head at the
checkpointed position (:mod:`assistant.store.verify`).
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import html
import json
import logging
import os
import re
from collections.abc import Iterable, Sequence
from dataclasses import asdict, dataclass
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey
from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat
from sqlalchemy import text

from assistant import clock
from assistant.errors import ConfigError, InputError
from assistant.settings import Settings

if TYPE_CHECKING:
    from assistant.odoo.gateway import OdooGateway
    from assistant.store.db import Database

ROW_CONTEXT = b"oga-log-row/v1\n"
CHECKPOINT_CONTEXT = b"oga-log-checkpoint/v1\n"
NOTE_MARKER = "oga-log-checkpoint/v1"
CHECKPOINT_FILE = "log-checkpoints.jsonl"
log = logging.getLogger(__name__)


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _unb64(value: str, what: str, size: int) -> bytes:
    try:
        raw = base64.b64decode(value.strip(), validate=True)
    except (binascii.Error, ValueError):
        raise ConfigError(f"{what} is not base64") from None
    if len(raw) != size:
        raise ConfigError(f"{what} must be {size} bytes (base64), got {len(raw)}")
    return raw


def key_id(public: Ed25519PublicKey) -> str:
    return hashlib.sha256(public.public_bytes(Encoding.Raw, PublicFormat.Raw)).hexdigest()[:16]


class Verifier:
    """Checks row and checkpoint signatures with a public key."""

    def __init__(self, public: Ed25519PublicKey) -> None:
        self.public = public
        self.key_id = key_id(public)

    @property
    def public_b64(self) -> str:
        return _b64(self.public.public_bytes(Encoding.Raw, PublicFormat.Raw))

    def _check(self, signature: str | None, message: bytes) -> bool:
        if not signature:
            return False
        try:
            self.public.verify(base64.b64decode(signature, validate=True), message)
        except (InvalidSignature, binascii.Error, ValueError):
            return False
        return True

    def row_ok(self, table: str, row_hash: str, signature: str | None) -> bool:
        return self._check(signature, ROW_CONTEXT + f"{table}\n{row_hash}".encode())

    def checkpoint_ok(self, cp: Checkpoint) -> bool:
        return cp.key == self.key_id and self._check(cp.sig, CHECKPOINT_CONTEXT + cp.message())


class Signer(Verifier):
    """Signs rows and checkpoints with the private key from settings."""

    def __init__(self, private: Ed25519PrivateKey) -> None:
        super().__init__(private.public_key())
        self.private = private

    @classmethod
    def from_b64(cls, value: str) -> Signer:
        raw = _unb64(value, "ASSISTANT_LOG__CHECKPOINT_KEY", 32)
        return cls(Ed25519PrivateKey.from_private_bytes(raw))

    def sign_row(self, table: str, row_hash: str) -> str:
        return _b64(self.private.sign(ROW_CONTEXT + f"{table}\n{row_hash}".encode()))

    def sign(self, cp: Checkpoint) -> Checkpoint:
        cp.key = self.key_id
        cp.sig = _b64(self.private.sign(CHECKPOINT_CONTEXT + cp.message()))
        return cp


def keygen() -> tuple[str, str]:
    """A new Ed25519 key pair: (private key, public key), both base64 of the raw 32 bytes."""
    private = Ed25519PrivateKey.generate()
    signer = Signer(private)
    from cryptography.hazmat.primitives.serialization import NoEncryption, PrivateFormat

    raw = private.private_bytes(Encoding.Raw, PrivateFormat.Raw, NoEncryption())
    return _b64(raw), signer.public_b64


def signer_from_settings(settings: Settings | None) -> Signer | None:
    if settings is None or settings.log.checkpoint_key is None:
        return None
    signer = Signer.from_b64(settings.log.checkpoint_key.get_secret_value())
    if settings.log.public_key and settings.log.public_key.strip() != signer.public_b64:
        raise ConfigError("ASSISTANT_LOG__PUBLIC_KEY does not match ASSISTANT_LOG__CHECKPOINT_KEY")
    return signer


def verifier_from_settings(settings: Settings | None) -> Verifier | None:
    """The private key's public half, or the configured public key (an auditor's set-up)."""
    signer = signer_from_settings(settings)
    if signer is not None:
        return signer
    if settings is not None and settings.log.public_key:
        raw = _unb64(settings.log.public_key, "ASSISTANT_LOG__PUBLIC_KEY", 32)
        return Verifier(Ed25519PublicKey.from_public_bytes(raw))
    return None


def odoo_instance(settings: Settings) -> str:
    """This deployment's Odoo instance, the same name the run keys and scan state use
    (:func:`assistant.odoo.instance_of`; ``ASSISTANT_LOG__INSTANCE`` overrides it)."""
    from assistant.odoo import instance_of

    return instance_of(settings)


@dataclass
class Checkpoint:
    """A signed statement: chain ``table`` of ``instance`` had ``rows`` rows ending at ``head_id``/``head``."""

    instance: str
    table: str
    rows: int
    head_id: int
    head: str
    signed_from: int | None  # id of the first signed row (rows after it must all be signed)
    at: str
    key: str = ""
    sig: str = ""
    v: int = 1
    source: str = ""  # where it was read from (not signed, not stored)

    def message(self) -> bytes:
        body = {
            "v": self.v,
            "instance": self.instance,
            "table": self.table,
            "rows": self.rows,
            "head_id": self.head_id,
            "head": self.head,
            "signed_from": self.signed_from,
            "at": self.at,
            "key": self.key,
        }
        return json.dumps(body, sort_keys=True, separators=(",", ":")).encode()

    def to_json(self) -> str:
        data = asdict(self)
        data.pop("source")
        return json.dumps(data, sort_keys=True, separators=(",", ":"))

    @classmethod
    def from_json(cls, line: str, source: str) -> Checkpoint:
        data = json.loads(line)
        if not isinstance(data, dict):
            raise ValueError("not a JSON object")
        try:
            signed_from = data.get("signed_from")
            return cls(
                instance=str(data["instance"]),
                table=str(data["table"]),
                rows=int(data["rows"]),
                head_id=int(data["head_id"]),
                head=str(data["head"]),
                signed_from=None if signed_from is None else int(signed_from),
                at=str(data["at"]),
                key=str(data.get("key", "")),
                sig=str(data.get("sig", "")),
                v=int(data.get("v", 1)),
                source=source,
            )
        except (KeyError, TypeError, ValueError) as exc:
            raise ValueError(f"missing or malformed field: {exc}") from None


@dataclass
class Unreadable:
    """A line of a checkpoint store that is not a checkpoint (reported by verify)."""

    source: str
    error: str


def checkpoint_path(settings: Settings) -> Path:
    return settings.log.checkpoint_path or settings.data_dir / CHECKPOINT_FILE


def append_to_file(path: Path, checkpoints: Sequence[Checkpoint]) -> None:
    """Append (never rewrite) and fsync: a torn last line is reported by verify, earlier lines stay intact."""
    path.parent.mkdir(parents=True, exist_ok=True)
    data = "".join(cp.to_json() + "\n" for cp in checkpoints).encode()
    fd = os.open(path, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o640)
    try:
        os.write(fd, data)
        os.fsync(fd)
    finally:
        os.close(fd)


def read_file(path: Path) -> tuple[list[Checkpoint], list[Unreadable]]:
    if not path.exists():
        return [], []
    found: list[Checkpoint] = []
    bad: list[Unreadable] = []
    with path.open(encoding="utf-8", errors="replace") as handle:
        for number, line in enumerate(handle, 1):
            if not line.strip():
                continue
            source = f"{path.name} line {number}"
            try:
                found.append(Checkpoint.from_json(line, source))
            except ValueError as exc:
                bad.append(Unreadable(source, str(exc)))
    return found, bad


def head_of(db: Database, table: str) -> tuple[int, int, str, int | None]:
    """(rows, head id, head hash, first signed id) of one chain, read in one statement (one snapshot)."""
    from assistant.store.chain import BY_TABLE, GENESIS

    name = BY_TABLE[table].table  # a constant of ours, never input
    query = text(
        f"WITH last AS (SELECT id, row_hash FROM {name} WHERE id > 0 ORDER BY id DESC LIMIT 1) "
        f"SELECT last.id, last.row_hash, (SELECT count(*) FROM {name} t WHERE t.id > 0 AND t.id <= last.id), "
        f"(SELECT min(t.id) FROM {name} t WHERE t.id > 0 AND t.id <= last.id AND t.row_sig IS NOT NULL) "
        "FROM last"
    )
    with db.engine.connect() as conn:
        found = conn.execute(query).first()
    if found is None:
        return 0, 0, GENESIS, None
    head_id, head, rows, signed_from = found
    return int(rows), int(head_id), str(head), None if signed_from is None else int(signed_from)


def make_checkpoints(db: Database, signer: Signer, instance: str, tables: Iterable[str]) -> list[Checkpoint]:
    at = clock.wall().isoformat(timespec="microseconds")
    out = []
    for table in tables:
        rows, head_id, head, signed_from = head_of(db, table)
        out.append(signer.sign(Checkpoint(instance, table, rows, head_id, head, signed_from, at)))
    return out


def write_checkpoints(
    db: Database, *, tables: Iterable[str] | None = None, gateway: OdooGateway | None = None
) -> list[Checkpoint]:
    """Sign the current head of each chain and append it to the checkpoint file (and Odoo, with a gateway
    and ``ASSISTANT_LOG__ODOO_ANCHOR``). Needs ``ASSISTANT_LOG__CHECKPOINT_KEY``."""
    from assistant.store.chain import SPECS

    settings = db.settings
    signer = db.signer
    if settings is None or signer is None:
        raise ConfigError("no ASSISTANT_LOG__CHECKPOINT_KEY configured: run `assistant log keygen`")
    cps = make_checkpoints(db, signer, odoo_instance(settings), tables or [s.table for s in SPECS])
    append_to_file(checkpoint_path(settings), cps)
    if gateway is not None and settings.log.odoo_anchor:
        post_to_odoo(gateway, settings, cps)
    return cps


ODOO_ANCHOR_STATE = "log_anchor:odoo"
ODOO_ANCHOR_LOCK = 727278


def latest_valid(db: Database) -> list[Checkpoint]:
    """Per table, the latest checkpoint in the file that this deployment's key signed."""
    settings, verifier = db.settings, db.signer
    if settings is None or verifier is None:
        return []
    instance = odoo_instance(settings)
    candidates = [cp for cp in read_file(checkpoint_path(settings))[0] if cp.instance == instance]
    found: dict[str, Checkpoint] = {}
    for cp in sorted(candidates, key=lambda c: c.head_id, reverse=True):
        if cp.table not in found and verifier.checkpoint_ok(cp):
            found[cp.table] = cp
    return list(found.values())


def still_extends(db: Database, previous: Sequence[Checkpoint]) -> list[str]:
    """A light consistency check before signing again (CT's consistency proof, by lookup): the head of each
    table's latest earlier checkpoint is still there with the same hash and the same rows before it. Returns
    what no longer holds ([] = consistent)."""
    from assistant.store.chain import BY_TABLE

    latest: dict[str, Checkpoint] = {}
    for cp in previous:
        if cp.table in BY_TABLE and cp.rows > 0 and cp.head_id >= latest.get(cp.table, cp).head_id:
            latest[cp.table] = cp
    broken = []
    with db.engine.connect() as conn:
        for table, cp in latest.items():
            found = conn.execute(
                text(
                    f"SELECT row_hash, (SELECT count(*) FROM {table} t WHERE t.id > 0 AND t.id <= :i) "
                    f"FROM {table} WHERE id = :i"
                ),
                {"i": cp.head_id},
            ).first()
            if found is None or found[0] != cp.head or int(found[1]) != cp.rows:
                broken.append(f"{table}: row id {cp.head_id} no longer matches the checkpoint of {cp.at}")
    return broken


def anchor_in_odoo_if_due(db: Database, gateway: OdooGateway) -> list[Checkpoint] | None:
    """For the service's schedule: sign the heads and note them in Odoo when the last note is older than
    ``ASSISTANT_LOG__ODOO_EVERY_MINUTES`` (one worker at a time). None when not configured or not due."""
    from sqlalchemy import text as sql

    from assistant.store.models import KeyValue

    settings = db.settings
    if settings is None or db.signer is None or not settings.log.odoo_anchor:
        return None
    now = clock.wall()
    with db.session() as session, session.begin():
        session.execute(sql("SELECT pg_advisory_xact_lock(:k)"), {"k": ODOO_ANCHOR_LOCK})
        state = session.get(KeyValue, ODOO_ANCHOR_STATE)
        last = str(state.value.get("at", "")) if state is not None else ""
        if (
            last
            and (now - datetime.fromisoformat(last)).total_seconds() < settings.log.odoo_every_minutes * 60
        ):
            return None
        broken = still_extends(db, latest_valid(db))
        if broken:  # never sign over a rewritten history; `assistant log verify` names what broke
            log.warning("log checkpoint not noted in Odoo: %s", "; ".join(broken))
            return None
        cps = write_checkpoints(db, gateway=gateway)
        value = {"at": now.isoformat(), "heads": {cp.table: cp.head_id for cp in cps}}
        if state is None:
            session.add(KeyValue(key=ODOO_ANCHOR_STATE, value=value))
        else:
            state.value = value
    return cps


def parse_anchor(value: str) -> tuple[str, int]:
    model, sep, rid = value.strip().rpartition(":")
    if not sep or not model or not rid.isascii() or not rid.isdigit() or int(rid) <= 0:
        raise InputError(f"ASSISTANT_LOG__ODOO_ANCHOR must be model:id (e.g. res.partner:1), got {value!r}")
    return model, int(rid)


def note_html(cps: Sequence[Checkpoint]) -> str:
    lines = "\n".join(cp.to_json() for cp in cps)
    return (
        f"<p>{NOTE_MARKER}: signed heads of the AI assistant's log (do not edit; "
        f"checked by <code>assistant log verify --odoo</code>)</p><pre>{html.escape(lines)}</pre>"
    )


def post_to_odoo(gateway: OdooGateway, settings: Settings, cps: Sequence[Checkpoint]) -> int:
    """One internal note (``mail.mt_note``, no recipients) carrying the checkpoints on the anchor record."""
    model, rid = parse_anchor(settings.log.odoo_anchor or "")
    return gateway.post_note(model, rid, note_html(cps))


def read_from_odoo(gateway: OdooGateway, settings: Settings) -> tuple[list[Checkpoint], list[Unreadable]]:
    """Checkpoints in the anchor record's notes."""
    model, rid = parse_anchor(settings.log.odoo_anchor or "")
    messages = gateway.search_read(
        "mail.message",
        [["model", "=", model], ["res_id", "=", rid], ["body", "ilike", NOTE_MARKER]],
        ["body"],
        order="id asc",
    )
    found: list[Checkpoint] = []
    bad: list[Unreadable] = []
    for msg in messages:
        body = str(msg.get("body") or "")
        match = re.search(r"<pre>(.*?)</pre>", body, re.DOTALL)
        if match is None:
            bad.append(Unreadable(f"Odoo note {msg['id']}", "no checkpoint block"))
            continue
        for number, line in enumerate(html.unescape(match.group(1)).splitlines(), 1):
            if not line.strip():
                continue
            source = f"Odoo note {msg['id']} line {number}"
            try:
                found.append(Checkpoint.from_json(line, source))
            except ValueError as exc:
                bad.append(Unreadable(source, str(exc)))
    return found, bad
