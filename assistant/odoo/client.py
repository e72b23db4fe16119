"""The JSON-RPC connection to Odoo: the only module that imports ``odoorpc``.

It logs in once, sends ``execute_kw`` calls, counts round trips, and translates every upstream failure
(odoorpc's ``RPCError``, ``urllib`` / socket errors, HTTP 5xx) into :mod:`assistant.errors` with a
retryable flag. Nothing here knows about business models; see :mod:`assistant.odoo.gateway`.
"""

from __future__ import annotations

import http.client
import json
import re
import socket
import threading
import time
import urllib.error
from typing import Any
from urllib.parse import urlparse

import odoorpc
import odoorpc.error

from assistant.errors import (
    OdooAccessDenied,
    OdooAuthError,
    OdooError,
    OdooMissingField,
    OdooMissingModel,
    OdooServerError,
    OdooUnreachable,
    OdooValidationError,
)

# AI advises, humans decide: the only writes the service may ever send. Everything else must be a read.
READ_METHODS = frozenset(
    {
        "search_read",
        "read",
        "search",
        "search_count",
        "fields_get",
        "read_group",
        "name_search",
        "context_get",
        "check_object_reference",
        "default_get",
        "web_read",
        "web_search_read",
    }
)
ALLOWED_WRITES = frozenset({("mail.activity", "create"), ("mail.activity.type", "create")})
# ir.model.data: only the external id of our own bootstrap record (the "AI review" activity type).
BOOTSTRAP_XMLID = {
    "module": "odoo_governed_assistant",
    "name": "mail_activity_type_ai_review",
    "model": "mail.activity.type",
}
BOOTSTRAP_FIELDS = frozenset({*BOOTSTRAP_XMLID, "res_id", "noupdate"})
# message_post: an internal note only, which notifies nobody outside (no partner_ids, no other subtype).
NOTE = {"message_type": "comment", "subtype_xmlid": "mail.mt_note"}
NOTE_KWARGS = frozenset({*NOTE, "body", "body_is_html"})


def _refuse(model: str, method: str, why: str = "") -> OdooAccessDenied:
    return OdooAccessDenied(
        f"refused {model}.{method}{f' ({why})' if why else ''}: the assistant only reads Odoo and writes "
        "activities and internal chatter notes"
    )


def _check_note(model: str, args: list[Any], kwargs: dict[str, Any]) -> None:
    ids = args[0] if len(args) == 1 else None
    if not isinstance(ids, list) or not ids or not all(isinstance(i, int) for i in ids):
        raise _refuse(model, "message_post", "record ids only, everything else as keywords")
    extra = sorted(set(kwargs) - NOTE_KWARGS)
    if extra:
        raise _refuse(model, "message_post", f"not allowed in a note: {', '.join(extra)}")
    for key, value in NOTE.items():
        if kwargs.get(key) != value:
            raise _refuse(model, "message_post", f"only internal notes: {key}={value!r}")


def _check_bootstrap_xmlid(args: list[Any], kwargs: dict[str, Any]) -> None:
    vals = args[0] if len(args) == 1 and not kwargs else None
    rows = vals if isinstance(vals, list) else [vals]
    for row in rows:
        if (
            not isinstance(row, dict)
            or set(row) - BOOTSTRAP_FIELDS
            or any(row.get(k) != v for k, v in BOOTSTRAP_XMLID.items())
            or not isinstance(row.get("res_id"), int)
        ):
            raise _refuse("ir.model.data", "create", "only the assistant's own 'AI review' external id")


def check_allowed(
    model: str, method: str, args: list[Any] | None = None, kwargs: dict[str, Any] | None = None
) -> None:
    """Refuse, before anything is sent, any call that could change business data or reach people outside:
    reads; ``mail.activity`` / ``mail.activity.type`` creates; ``message_post`` as an internal note only
    (``message_type='comment'``, ``subtype_xmlid='mail.mt_note'``, no ``partner_ids`` or other options);
    ``ir.model.data`` create only for the assistant's own bootstrap external id."""
    args, kwargs = list(args or []), dict(kwargs or {})
    if method in READ_METHODS or (model, method) in ALLOWED_WRITES:
        return
    if method == "message_post":
        _check_note(model, args, kwargs)
        return
    if (model, method) == ("ir.model.data", "create"):
        _check_bootstrap_xmlid(args, kwargs)
        return
    raise _refuse(model, method)


_INVALID_FIELD = re.compile(r"Invalid field '?([\w.]+)'? on model '?([\w.]+)'?")
_MISSING_MODEL = re.compile(r"Object ([\w.]+) doesn't exist")


def translate_rpc_error(info: dict[str, Any], where: str) -> OdooError:
    """Map a JSON-RPC ``error`` object from Odoo onto our exception tree."""
    data = info.get("data") or {}
    name = str(data.get("name", ""))
    message = str(data.get("message") or info.get("message") or "Odoo error")
    text = f"{where}: {message}"
    if name.endswith("AccessDenied"):
        return OdooAuthError(f"{where}: access denied (wrong database, login, password or API key)")
    if _MISSING_MODEL.search(message):
        return OdooMissingModel(text)
    if _INVALID_FIELD.search(message):
        return OdooMissingField(text)
    if name.endswith("AccessError"):
        return OdooAccessDenied(text)
    if name.endswith(("ValidationError", "UserError")) or "does not match format" in message:
        return OdooValidationError(text)
    if name.endswith(("OperationalError", "SerializationFailure", "ConcurrentUpdate")):
        return OdooServerError(text, retryable=True)
    return OdooServerError(f"{text} ({name})" if name else text)


class OdooClient:
    """A logged-in JSON-RPC session. Thread-safe for calls; counts round trips in ``calls``."""

    def __init__(self, url: str, db: str, user: str, password: str, *, timeout: float = 30.0) -> None:
        parsed = urlparse(url if "://" in url else f"http://{url}")
        if parsed.scheme not in ("http", "https") or not parsed.hostname:
            raise OdooError(f"invalid Odoo URL {url!r}: expected http(s)://host[:port]")
        self.url = url
        self.db = db
        self.user = user
        self._password = password
        self._timeout = timeout
        self._host = parsed.hostname
        self._protocol = "jsonrpc+ssl" if parsed.scheme == "https" else "jsonrpc"
        self._port = parsed.port or (443 if parsed.scheme == "https" else 80)
        self._odoo: Any = None
        self._lock = threading.Lock()
        self.calls = 0
        self.rpc_seconds = 0.0  # time spent waiting on Odoo (server + network), for benchmarks
        self.uid: int | None = None
        self.server_version: str = ""

    # -- connection ---------------------------------------------------------------------------------------
    def connect(self) -> OdooClient:
        where = f"Odoo at {self.url}"
        try:
            odoo = odoorpc.ODOO(self._host, protocol=self._protocol, port=self._port, timeout=self._timeout)
            self.server_version = str(odoo.version)
            odoo.login(self.db, self.user, self._password)
        except odoorpc.error.RPCError as exc:
            info = exc.info if isinstance(exc.info, dict) else {}
            if not info or "Wrong login" in str(exc) or "AccessDenied" in json.dumps(info):
                raise OdooAuthError(
                    f"{where}: login refused for user {self.user!r} on database {self.db!r} "
                    "(check ASSISTANT_ODOO__DB, __USER and __PASSWORD / API key)"
                ) from None
            raise translate_rpc_error(info, where) from None
        except Exception as exc:  # noqa: BLE001 - every transport failure becomes one clear error
            raise self._transport_error(exc, where) from None
        self._odoo = odoo
        self.uid = int(odoo.env.uid)
        return self

    def _transport_error(self, exc: Exception, where: str) -> OdooError:
        if isinstance(exc, OdooError):
            return exc
        if isinstance(exc, urllib.error.HTTPError):
            retry = exc.code >= 500 or exc.code == 429
            return OdooUnreachable(f"{where}: HTTP {exc.code} {exc.reason}", retryable=retry)
        if isinstance(
            exc,
            (
                urllib.error.URLError,
                socket.timeout,
                TimeoutError,
                ConnectionError,
                http.client.HTTPException,
                OSError,
            ),
        ):
            reason = getattr(exc, "reason", exc)
            return OdooUnreachable(f"{where} is unreachable: {reason}")
        if isinstance(exc, (json.JSONDecodeError, ValueError)):
            return OdooUnreachable(f"{where} answered something that is not JSON-RPC ({exc})")
        return OdooServerError(f"{where}: {type(exc).__name__}: {exc}")

    # -- calls --------------------------------------------------------------------------------------------
    def execute_kw(
        self, model: str, method: str, args: list[Any] | None = None, kwargs: dict[str, Any] | None = None
    ) -> Any:
        check_allowed(model, method, args, kwargs)
        if self._odoo is None:
            self.connect()
        where = f"{model}.{method}"
        with self._lock:
            self.calls += 1
        started = time.perf_counter()
        try:
            return self._odoo.execute_kw(model, method, args or [], kwargs or {})
        except odoorpc.error.RPCError as exc:
            info = exc.info if isinstance(exc.info, dict) else {"message": str(exc)}
            raise translate_rpc_error(info, where) from None
        except Exception as exc:  # noqa: BLE001
            raise self._transport_error(exc, f"Odoo at {self.url} ({where})") from None
        finally:
            with self._lock:
                self.rpc_seconds += time.perf_counter() - started

    def close(self) -> None:
        self._odoo = None
