"""Optional encrypted persistence of a run's placeholder map (Fernet: AES-128-CBC + HMAC-SHA256).

The pipeline stores the blob with the prompt log; a governance user with the key can re-identify a logged
run within the retention period (Fernet's timestamp enforces it). The caller logs every re-identification.
"""

from __future__ import annotations

import json
import logging
import time
from typing import Any

from cryptography.fernet import Fernet, InvalidToken
from pydantic import SecretStr

from redaction.errors import ConfigError, RedactionError

KeyLike = str | bytes | SecretStr
log = logging.getLogger(__name__)


def new_key() -> str:
    """A fresh Fernet key for ``ASSISTANT_REDACTION__PERSIST_KEY``."""
    return Fernet.generate_key().decode()


def _fernet(key: KeyLike | None) -> Fernet:
    if key is None:
        raise ConfigError("no redaction.persist_key configured: encrypted placeholder maps are disabled")
    raw = key.get_secret_value() if isinstance(key, SecretStr) else key
    try:
        return Fernet(raw.encode() if isinstance(raw, str) else raw)
    except (ValueError, TypeError) as exc:
        raise ConfigError(
            "redaction.persist_key is not a valid Fernet key (32 url-safe base64 bytes)"
        ) from exc


def encrypt_mapping(
    mapping: dict[str, str], key: KeyLike | None, meta: dict[str, Any] | None = None
) -> bytes:
    """Encrypt a placeholder map (plus value-free metadata) into an opaque token."""
    payload = {"v": 1, "created": time.time(), "meta": meta or {}, "mapping": mapping}
    return _fernet(key).encrypt(json.dumps(payload, ensure_ascii=False).encode("utf-8"))


def decrypt_mapping(
    blob: bytes | str, key: KeyLike | None, max_age_days: int | None = None
) -> dict[str, str]:
    """Decrypt a token from :func:`encrypt_mapping`; fails after ``max_age_days`` (the retention period)."""
    token = blob.encode() if isinstance(blob, str) else blob
    ttl = max_age_days * 86_400 if max_age_days is not None else None
    try:
        data = _fernet(key).decrypt(token, ttl=ttl)
    except InvalidToken as exc:
        raise RedactionError(
            "cannot decrypt the placeholder map: wrong key, altered data, or older than the retention period"
        ) from exc
    payload = json.loads(data)
    mapping = payload.get("mapping", {})
    # the caller records who re-identified which run; this line makes the event visible in any case
    log.warning("placeholder map decrypted: %d values re-identified", len(mapping))
    return {str(k): str(v) for k, v in mapping.items()}
