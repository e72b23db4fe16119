"""JSON-RPC services of the Odoo 18 *simulation*: ``common``, ``object``, ``db`` and the web session.

Mirrors ``odoo/service/*`` closely enough for unmodified clients (odoorpc
0.10.1, raw ``requests`` calls):

* ``common.version`` / ``login`` / ``authenticate`` (a wrong password answers
  ``False``, not an error - like real Odoo);
* ``object.execute`` / ``execute_kw``: credentials checked on every call
  (password or API key; wrong -> ``odoo.exceptions.AccessDenied``), then the
  model method (see :mod:`.methods`);
* ``db.list`` is disabled (``AccessDenied``), as on the captured server;
* ``/web/session/authenticate`` and ``/web/dataset/call_kw`` (cookie sessions).
"""

from __future__ import annotations

import secrets
import threading
from dataclasses import dataclass, field
from typing import Any

from .errors import AccessDenied, DatabaseError, OdooError, OdooKeyError, OdooTypeError, SessionExpired
from .methods import WRITE_METHODS, call
from .orm import Env, SandboxData
from .versions import VERSION_INFO as VERSIONS_INFO

#: the Odoo 18 answer (kept for importers; per version: :data:`.versions.VERSION_INFO`)
VERSION_INFO: dict[str, Any] = VERSIONS_INFO[18]


@dataclass
class Credentials:
    """Who may log in: passwords per login, one API key for the administrator (uid 2)."""

    api_key: str = "sandbox-api-key-0000"
    passwords: dict[str, str] = field(default_factory=lambda: {"admin": "admin"})
    default_password: str = "demo"  # every other active internal user


class RpcService:
    """Dispatches decoded JSON-RPC ``params`` to the simulated services."""

    def __init__(self, data: SandboxData, db: str, credentials: Credentials) -> None:
        self.data = data
        self.db = db
        self.credentials = credentials
        self.sessions: dict[str, int] = {}
        self.calls: list[tuple[str, str, str]] = []
        self._calls_lock = threading.Lock()
        self.writes = 0

    def record(self, service: str, model: str, method: str) -> None:
        with self._calls_lock:
            self.calls.append((service, model, method))

    # ------------------------------------------------------------------ auth
    def _check_db(self, db: Any) -> None:
        if db != self.db:
            raise DatabaseError(
                f'connection to server on socket "/var/run/postgresql/.s.PGSQL.5432" failed: '
                f'FATAL:  database "{db}" does not exist\n'
            )

    def _user_by_login(self, login: Any) -> tuple[int, dict[str, Any]] | None:
        for uid, user in self.data.records["res.users"].items():
            if user.get("login") == login and user.get("active", True) and not user.get("share"):
                return uid, user
        return None

    def _password_ok(self, uid: int, login: str, password: Any) -> bool:
        if not isinstance(password, str) or not password:
            return False
        if uid == 2 and password == self.credentials.api_key:
            return True
        return password == self.credentials.passwords.get(login, self.credentials.default_password)

    def login(self, db: Any, login: Any, password: Any) -> int | bool:
        self._check_db(db)
        found = self._user_by_login(login)
        if found is None or not self._password_ok(found[0], str(login), password):
            return False
        return found[0]

    def check(self, db: Any, uid: Any, password: Any) -> None:
        self._check_db(db)
        user = self.data.records["res.users"].get(uid) if isinstance(uid, int) else None
        if (
            not user
            or not user.get("active", True)
            or not self._password_ok(uid, user.get("login", ""), password)
        ):
            raise AccessDenied()

    # ------------------------------------------------------------------ services
    def dispatch(self, params: dict[str, Any]) -> Any:
        with self.data.lock:  # one request at a time, like a single-worker Odoo
            return self._dispatch(params)

    def _dispatch(self, params: dict[str, Any]) -> Any:
        service = params.get("service")
        method = params.get("method")
        args = list(params.get("args") or [])
        model = args[3] if service == "object" and len(args) > 3 and isinstance(args[3], str) else ""
        obj_method = (
            args[4] if service == "object" and len(args) > 4 and isinstance(args[4], str) else str(method)
        )
        self.record(str(service), model, obj_method if service == "object" else str(method))
        if service == "common":
            return self._common(str(method), args)
        if service == "object":
            return self._object(str(method), args)
        if service == "db":
            if method == "server_version":
                return VERSIONS_INFO[self.data.version]["server_version"]
            raise AccessDenied()
        raise OdooKeyError(repr(service))

    def _common(self, method: str, args: list[Any]) -> Any:
        if method == "version":
            return dict(VERSIONS_INFO[self.data.version])
        if method == "login":
            _need(args, 3, "login")
            return self.login(args[0], args[1], args[2])
        if method == "authenticate":
            _need(args, 4, "authenticate")
            return self.login(args[0], args[1], args[2])
        if method == "about":
            return "See http://openerp.com"
        raise OdooKeyError(repr(method))

    def _object(self, method: str, args: list[Any]) -> Any:
        if method not in ("execute", "execute_kw"):
            raise OdooKeyError(repr(method))
        _need(args, 5, method)
        db, uid, password, model, name = args[:5]
        self.check(db, uid, password)
        if method == "execute_kw":
            call_args = args[5] if len(args) > 5 else []
            kwargs = args[6] if len(args) > 6 else {}
            if not isinstance(call_args, list) or not isinstance(kwargs, dict):
                raise OdooTypeError("execute_kw() arguments must be a list and a dict")
        else:
            call_args, kwargs = list(args[5:]), {}
        return self.call_model(uid, model, name, call_args, kwargs)

    def call_model(self, uid: int, model: Any, method: Any, args: list[Any], kwargs: dict[str, Any]) -> Any:
        if not isinstance(model, str) or not isinstance(method, str):
            raise OdooTypeError("model and method must be strings")
        result = call(self.data, Env(uid), model, method, args, kwargs)
        if method in WRITE_METHODS:
            self.writes += 1
            self.data.notify_changed()
        return result

    # ------------------------------------------------------------------ web session
    def web_authenticate(self, params: dict[str, Any], base_url: str) -> tuple[dict[str, Any], str]:
        with self.data.lock:
            return self._web_authenticate(params, base_url)

    def _web_authenticate(self, params: dict[str, Any], base_url: str) -> tuple[dict[str, Any], str]:
        uid = self.login(params.get("db"), params.get("login"), params.get("password"))
        if not uid:
            raise AccessDenied()
        sid = secrets.token_urlsafe(48)
        self.sessions[sid] = int(uid)
        return session_info(self.data, int(uid), self.db, base_url), sid

    def web_call_kw(self, sid: str | None, params: dict[str, Any]) -> Any:
        uid = self.sessions.get(sid or "")
        if uid is None:
            raise SessionExpired()
        with self.data.lock:
            return self.call_model(
                uid,
                params.get("model"),
                params.get("method"),
                list(params.get("args") or []),
                dict(params.get("kwargs") or {}),
            )


def _need(args: list[Any], n: int, name: str) -> None:
    if len(args) < n:
        raise OdooTypeError(f"{name}() missing {n - len(args)} required positional argument(s)")


def session_info(data: SandboxData, uid: int, db: str, base_url: str) -> dict[str, Any]:
    """The ``/web/session/authenticate`` answer: same keys as real Odoo 18 (capture 64)."""
    with data.op():
        user = data.records["res.users"][uid]
        partner_id = user["partner_id"]
        partner = data.records["res.partner"][partner_id]
        company = data.records["res.company"][1]
        ctx = {
            "lang": partner.get("lang") or "en_US",
            "tz": partner.get("tz") or "Europe/Brussels",
            "uid": uid,
        }
        settings = {
            "id": 1,
            "user_id": {"id": uid},
            "is_discuss_sidebar_category_channel_open": True,
            "is_discuss_sidebar_category_chat_open": True,
            "push_to_talk_key": False,
            "use_push_to_talk": False,
            "voice_active_duration": 200,
            "channel_notifications": False,
            "mute_until_dt": False,
            "volumes": [["ADD", []]],
        }
        return {
            "uid": uid,
            "is_system": uid == 2,
            "is_admin": uid == 2,
            "is_public": False,
            "is_internal_user": True,
            "user_context": ctx,
            "db": db,
            "user_settings": settings,
            "server_version": VERSIONS_INFO[data.version]["server_version"],
            "server_version_info": VERSIONS_INFO[data.version]["server_version_info"],
            "support_url": "https://www.odoo.com/buy",
            "name": partner.get("name"),
            "username": user.get("login"),
            "partner_write_date": partner.get("write_date"),
            "partner_display_name": data.display_names("res.partner").get(partner_id),
            "partner_id": partner_id,
            "web.base.url": base_url,
            "active_ids_limit": 20000,
            "profile_session": None,
            "profile_collectors": None,
            "profile_params": None,
            "max_file_upload_size": 134217728,
            "home_action_id": False,
            "cache_hashes": {"translations": "sandbox", "load_menus": "sandbox"},
            "currencies": {"1": {"symbol": "€", "position": "after", "digits": [69, 2]}},
            "bundle_params": {"lang": ctx["lang"]},
            "test_mode": False,
            "view_info": {},
            "user_companies": {
                "current_company": 1,
                "allowed_companies": {
                    "1": {
                        "id": 1,
                        "name": company["name"],
                        "sequence": 0,
                        "child_ids": [],
                        "parent_id": False,
                        "timesheet_uom_id": 4,
                        "timesheet_uom_factor": 1.0,
                    }
                },
                "disallowed_ancestor_companies": {},
            },
            "show_effect": True,
            "display_switch_company_menu": False,
            "websocket_worker_version": f"{data.version}.0-1",
            "tour_enabled": False,
            "current_tour": None,
            "storeData": {
                "Store": {
                    "odoobot": {"id": 2, "type": "partner"},
                    "self": {"id": partner_id, "type": "partner"},
                    "settings": settings,
                }
            },
            "can_insert_in_spreadsheet": False,
            "odoobot_initialized": True,
            "iap_company_enrich": False,
            "uom_ids": {"4": {"id": 4, "name": "Hours", "rounding": 0.01, "timesheet_widget": "float_time"}},
        }


__all__ = ["Credentials", "OdooError", "RpcService", "VERSION_INFO", "session_info"]
