"""API keys (hashed at rest) with roles, UI sessions, and webhook signatures.

Keys look like ``oga_<prefix>_<secret>``: 32 random bytes, shown once at creation; the database keeps the
prefix (to name a key in lists) and SHA-256 of the whole key. A fast hash is right here because the keys are
random and long (nothing to brute-force, unlike passwords); it keeps per-request checks cheap.
Webhook signatures: ``X-Assistant-Signature: sha256=<hex HMAC-SHA256(secret, f"{timestamp}.{raw body}")>``
with ``X-Assistant-Timestamp: <unix seconds>`` (integer or fractional; signed exactly as sent) inside the
replay window.
"""

from __future__ import annotations

import hashlib
import hmac
import re
import secrets
import threading
import time
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import DateTime, Integer, String, delete, func, select, update
from sqlalchemy.orm import Mapped, mapped_column

from assistant import clock
from assistant.errors import InputError
from assistant.store.db import Database
from assistant.store.models import Base

SERVICE, MANAGER, FINANCE, GOVERNANCE = "service", "manager", "finance", "governance"
ROLES = (SERVICE, MANAGER, FINANCE, GOVERNANCE)
KEY_PREFIX = "oga_"
KEY_FORMAT = re.compile(r"oga_[0-9a-f]{8}_[A-Za-z0-9_-]{20,100}")  # what create() hands out
CACHE_SECONDS = 30.0  # a revoked key stops working within this time in every process


class ApiKey(Base):
    __tablename__ = "api_keys"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    name: Mapped[str] = mapped_column(String(128), unique=True)
    role: Mapped[str] = mapped_column(String(32))
    prefix: Mapped[str] = mapped_column(String(16), index=True)
    key_hash: Mapped[str] = mapped_column(String(64), unique=True)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), server_default=func.now())
    revoked_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True), nullable=True)
    last_used_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True), nullable=True)


class UiSession(Base):
    __tablename__ = "ui_sessions"

    token_hash: Mapped[str] = mapped_column(String(64), primary_key=True)
    key_id: Mapped[int] = mapped_column(Integer, index=True)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), server_default=func.now())
    expires_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), index=True)


@dataclass(frozen=True)
class Principal:
    """Who is calling: the API key's id, name and role."""

    key_id: int
    name: str
    role: str

    @property
    def actor(self) -> str:
        return f"key:{self.name}"


def sha256_hex(value: str) -> str:
    return hashlib.sha256(value.encode("utf-8", "surrogatepass")).hexdigest()


class KeyStore:
    """Create, verify, list and revoke API keys; open and close UI sessions."""

    def __init__(self, db: Database) -> None:
        self.db = db
        self._cache: dict[str, tuple[float, Principal | None]] = {}
        self._lock = threading.Lock()

    def create(self, name: str, role: str) -> str:
        """A new key for ``role``; the only time the plain key exists."""
        if role not in ROLES:
            raise InputError(f"unknown role {role!r}; roles: {', '.join(ROLES)}")
        prefix = secrets.token_hex(4)
        key = f"{KEY_PREFIX}{prefix}_{secrets.token_urlsafe(32)}"
        with self.db.session() as session, session.begin():
            if session.scalars(select(ApiKey).where(ApiKey.name == name)).first() is not None:
                raise InputError(f"an API key named {name!r} already exists")
            session.add(ApiKey(name=name, role=role, prefix=prefix, key_hash=sha256_hex(key)))
        return key

    def revoke(self, name: str) -> bool:
        with self.db.session() as session, session.begin():
            done = session.execute(
                update(ApiKey)
                .where(ApiKey.name == name, ApiKey.revoked_at.is_(None))
                .values(revoked_at=clock.wall())
            )
        with self._lock:
            self._cache.clear()
        return bool(done.rowcount)  # type: ignore[attr-defined]

    def list(self) -> list[ApiKey]:
        with self.db.session() as session:
            return list(session.scalars(select(ApiKey).order_by(ApiKey.id)))

    def verify(self, key: str | None) -> Principal | None:
        """The principal for a presented key, or None (unknown, malformed or revoked)."""
        if not key or len(key) > 200 or not KEY_FORMAT.fullmatch(key):
            return None
        digest = sha256_hex(key)
        now = time.monotonic()
        with self._lock:
            hit = self._cache.get(digest)
        if hit is not None and now - hit[0] < CACHE_SECONDS:
            return hit[1]
        with self.db.session() as session, session.begin():
            row = session.scalars(select(ApiKey).where(ApiKey.key_hash == digest)).first()
            principal = None
            if row is not None and row.revoked_at is None:
                principal = Principal(row.id, row.name, row.role)
                session.execute(update(ApiKey).where(ApiKey.id == row.id).values(last_used_at=clock.wall()))
        with self._lock:
            if len(self._cache) > 10_000:
                self._cache.clear()
            self._cache[digest] = (now, principal)
        return principal

    # -- UI sessions -----------------------------------------------------------------------------------------
    def open_session(self, principal: Principal, hours: float) -> str:
        token = secrets.token_urlsafe(32)
        expires = clock.wall() + timedelta(hours=hours)
        with self.db.session() as session, session.begin():
            session.execute(delete(UiSession).where(UiSession.expires_at < clock.wall()))
            session.add(UiSession(token_hash=sha256_hex(token), key_id=principal.key_id, expires_at=expires))
        return token

    def session_principal(self, token: str | None) -> Principal | None:
        if not token or len(token) > 100:
            return None
        with self.db.session() as session:
            row = (
                session.execute(
                    select(ApiKey)
                    .join(UiSession, UiSession.key_id == ApiKey.id)
                    .where(
                        UiSession.token_hash == sha256_hex(token),
                        UiSession.expires_at > clock.wall(),
                        ApiKey.revoked_at.is_(None),
                    )
                )
                .scalars()
                .first()
            )
        return Principal(row.id, row.name, row.role) if row is not None else None

    def close_session(self, token: str | None) -> None:
        if token:
            with self.db.session() as session, session.begin():
                session.execute(delete(UiSession).where(UiSession.token_hash == sha256_hex(token)))


# -- webhook signatures ----------------------------------------------------------------------------------------
# Unix seconds, integer or with a fraction (n8n's ``$now.toSeconds()`` is fractional): ASCII digits only.
TIMESTAMP_FORMAT = re.compile(r"[0-9]{1,12}(?:\.[0-9]{1,9})?")
SIGNATURE_FORMAT = re.compile(r"sha256=[0-9a-fA-F]{64}")


def sign(secret: str, timestamp: int | float | str, body: bytes) -> str:
    """The ``X-Assistant-Signature`` value for a request: ``sha256=`` + lowercase hex of
    HMAC-SHA256(secret, "<timestamp>.<raw body>"), where <timestamp> is the ``X-Assistant-Timestamp`` header
    **exactly as sent** (``1764672000`` or ``1764672000.123``) and <raw body> the bytes of the body as sent."""
    mac = hmac.new(secret.encode(), f"{timestamp}.".encode() + body, hashlib.sha256).hexdigest()
    return f"sha256={mac}"


def parse_timestamp(value: str) -> float | None:
    """Unix seconds from the header text, or None when it is not ``digits[.digits]`` of a sane length."""
    value = value.strip()
    if not TIMESTAMP_FORMAT.fullmatch(value):
        return None
    return float(value)


def check_signature(
    secret: str,
    timestamp: str | None,
    signature: str | None,
    body: bytes,
    tolerance: int,
    now: float | None = None,
) -> str | None:
    """None when valid, else the reason for a 401. Never raises, whatever the headers hold."""
    if not timestamp or not signature:
        return "unsigned request: X-Assistant-Timestamp and X-Assistant-Signature are required"
    ts = parse_timestamp(timestamp)
    if ts is None:
        return "X-Assistant-Timestamp must be unix seconds, e.g. 1764672000 or 1764672000.123"
    if abs((time.time() if now is None else now) - ts) > tolerance:
        return f"stale or future timestamp (outside the {tolerance} s replay window)"
    presented = signature.strip()
    if not SIGNATURE_FORMAT.fullmatch(presented):
        return "X-Assistant-Signature must be sha256=<64 hex digits>"
    expected = sign(secret, timestamp.strip(), body)
    if not hmac.compare_digest(expected.encode(), presented.lower().encode()):
        return "bad signature"
    return None


def check_token(expected: str, presented: str | None) -> bool:
    if not presented:
        return False
    return hmac.compare_digest(expected.encode(), presented.encode("utf-8", "replace"))
