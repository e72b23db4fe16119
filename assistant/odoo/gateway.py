"""Business-level access to Odoo: batched reads with explicit fields, version compatibility, write-back.

Reads use ``search_read`` / ``read`` / ``read_group`` with explicit field lists (never ``browse()``, which
reads every field). Field names that changed between Odoo 17 and 18 are resolved once per model from
``fields_get(attributes=['type'])``; callers always use the Odoo 18 ("logical") names and get rows back
under those names. The only writes are ``mail.activity`` creates and ``message_post`` notes.
"""

from __future__ import annotations

import threading
from collections.abc import Iterable, Sequence
from typing import Any
from urllib.parse import urlsplit

from assistant.errors import (
    OdooAccessDenied,
    OdooError,
    OdooMissingModel,
    OdooServerError,
    OdooUnsupported,
    OdooValidationError,
)
from assistant.odoo import activities
from assistant.odoo.activities import CONFIRM_FIELDS, ActivitySpec, Landing
from assistant.odoo.client import OdooClient

# Odoo 18 name -> names to try, newest first (Odoo 17 and older spellings after).
FIELD_ALIASES: dict[str, dict[str, tuple[str, ...]]] = {
    "project.task": {
        "allocated_hours": ("allocated_hours", "planned_hours"),
        "user_ids": ("user_ids", "user_id"),
        "state": ("state", "kanban_state"),
    },
    "project.project": {"account_id": ("account_id", "analytic_account_id")},
    "hr.expense": {"price_unit": ("price_unit", "unit_amount")},
}

CLOSED_TASK_STATES = ("1_done", "1_canceled")  # project.task.state of Odoo 17 and 18
AI_ACTIVITY_MODULE = "odoo_governed_assistant"
AI_ACTIVITY_NAME = "mail_activity_type_ai_review"
TODO_XMLID = ("mail", "mail_activity_data_todo")


def instance_id(url: str, db: str) -> str:
    """One identity per Odoo instance: normalised host, port and path of the URL plus the database name
    (``https://ERP.example.com:443/`` and ``https://erp.example.com`` with db ``prod`` are both
    ``erp.example.com/prod``)."""
    parts = urlsplit(url if "://" in url else f"http://{url}")
    host = (parts.hostname or "").lower()
    default = {"http": 80, "https": 443}.get(parts.scheme.lower())
    port = f":{parts.port}" if parts.port and parts.port != default else ""
    path = parts.path.rstrip("/")
    return f"{host}{port}{path}/{db}"


class OdooGateway:
    """Typed, batched access to one Odoo database through an :class:`OdooClient`."""

    def __init__(
        self,
        client: OdooClient,
        *,
        batch_size: int = 200,
        instance: str | None = None,
        fallback_user_id: int | None = None,
    ) -> None:
        self.client = client
        self.batch_size = batch_size
        # which Odoo this is: every run key, log row, scan state and job carries it
        self.instance = instance or instance_id(client.url, client.db)
        self.fallback_user_id = fallback_user_id
        self._valid_users: dict[int, bool] = {}
        self._fields: dict[str, dict[str, str]] = {}
        self._relations: dict[str, dict[str, str]] = {}
        self._unsupported: set[str] = set()
        self._model_ids: dict[str, int] = {}
        self._activity_type_id: int | None = None
        self._lock = threading.Lock()

    # -- metadata ------------------------------------------------------------------------------------------
    @property
    def round_trips(self) -> int:
        return self.client.calls

    def fields(self, model: str) -> dict[str, str]:
        """Field name -> type for ``model``, fetched once (one round trip per model per process)."""
        if model not in self._fields:
            got = self.client.execute_kw(model, "fields_get", [], {"attributes": ["type", "relation"]})
            with self._lock:
                self._fields[model] = {name: str(spec.get("type", "")) for name, spec in got.items()}
                self._relations[model] = {
                    name: str(spec["relation"]) for name, spec in got.items() if spec.get("relation")
                }
        return self._fields[model]

    def relation(self, model: str, field: str) -> str:
        self.fields(model)
        return self._relations[model][field]

    def supports_web_read(self) -> bool:
        """Odoo 17+ reads nested records in one call with ``web_read`` specifications."""
        if "web_read" in self._unsupported:
            return False
        version = str(getattr(self.client, "server_version", "") or "")
        major = version.split(".")[0].split("+")[0].removeprefix("saas~")
        return major.isdigit() and int(major) >= 17

    def has_model(self, model: str) -> bool:
        try:
            self.fields(model)
        except OdooMissingModel:
            return False
        return True

    def open_task_leaf(self) -> list[Any]:
        """A domain leaf selecting open tasks on this server: Odoo 18 has ``is_closed``; Odoo 17 only the
        ``state`` selection (closed = ``1_done`` / ``1_canceled``); older servers the folded stage."""
        if self.has_field("project.task", "is_closed"):
            return ["is_closed", "=", False]
        if self.fields("project.task").get("state") == "selection":
            return ["state", "not in", list(CLOSED_TASK_STATES)]
        return ["stage_id.fold", "=", False]

    def has_field(self, model: str, field: str) -> bool:
        return self.resolve(model, [field])[1].get(field) is not None

    def resolve(self, model: str, fields: Iterable[str]) -> tuple[list[str], dict[str, str | None]]:
        """Map logical field names to this server's names. Missing optional fields map to ``None``."""
        available = self.fields(model)
        aliases = FIELD_ALIASES.get(model, {})
        server: list[str] = []
        mapping: dict[str, str | None] = {}
        for name in fields:
            found = next((c for c in aliases.get(name, (name,)) if c in available), None)
            mapping[name] = found
            if found and found not in server:
                server.append(found)
        return server, mapping

    @staticmethod
    def _rename(rows: list[dict[str, Any]], mapping: dict[str, str | None]) -> list[dict[str, Any]]:
        out = []
        for row in rows:
            new = {"id": row["id"]}
            for logical, actual in mapping.items():
                value = row.get(actual, False) if actual else False
                if logical == "user_ids" and actual == "user_id":  # Odoo 17: many2one -> list of ids
                    value = [value[0]] if isinstance(value, list) and value else []
                new[logical] = value
            out.append(new)
        return out

    # -- reads ---------------------------------------------------------------------------------------------
    def search_read(
        self,
        model: str,
        domain: list[Any],
        fields: Sequence[str],
        *,
        order: str | None = None,
        limit: int | None = None,
        context: dict[str, Any] | None = None,
    ) -> list[dict[str, Any]]:
        server, mapping = self.resolve(model, fields)
        kwargs: dict[str, Any] = {"fields": server}
        if order:
            kwargs["order"] = order
        if limit:
            kwargs["limit"] = limit
        if context:
            kwargs["context"] = context
        rows = self.client.execute_kw(model, "search_read", [domain], kwargs)
        return self._rename(rows, mapping)

    def read(self, model: str, ids: Sequence[int], fields: Sequence[str]) -> list[dict[str, Any]]:
        if not ids:
            return []
        server, mapping = self.resolve(model, fields)
        rows: list[dict[str, Any]] = []
        for start in range(0, len(ids), self.batch_size):
            chunk = list(ids[start : start + self.batch_size])
            rows += self.client.execute_kw(model, "read", [chunk], {"fields": server})
        return self._rename(rows, mapping)

    def web_read(self, model: str, ids: Sequence[int], spec: dict[str, Any]) -> list[dict[str, Any]]:
        """Nested read in one round trip (Odoo 17+). ``spec`` uses logical field names at every level; the
        rows come back under those names. Raises :class:`OdooUnsupported` on servers without ``web_read``."""
        if not ids:
            return []
        server_spec = self._server_spec(model, spec)
        rows = self._web_call(model, "web_read", [list(ids)], {"specification": server_spec})
        return [self._logical_row(model, row, spec) for row in rows]

    def web_search_read(
        self,
        model: str,
        domain: list[Any],
        spec: dict[str, Any],
        *,
        order: str | None = None,
        context: dict[str, Any] | None = None,
    ) -> list[dict[str, Any]]:
        """Search and nested read in one round trip (Odoo 17+), logical names as in :meth:`web_read`."""
        kwargs: dict[str, Any] = {"specification": self._server_spec(model, spec)}
        if order:
            kwargs["order"] = order
        if context:
            kwargs["context"] = context
        reply = self._web_call(model, "web_search_read", [domain], kwargs)
        return [self._logical_row(model, row, spec) for row in reply["records"]]

    def _web_call(self, model: str, method: str, args: list[Any], kwargs: dict[str, Any]) -> Any:
        try:
            return self.client.execute_kw(model, method, args, kwargs)
        except OdooServerError as exc:
            if method in str(exc) and ("does not exist" in str(exc) or "has no attribute" in str(exc)):
                self._unsupported.add("web_read")
                raise OdooUnsupported(f"{model}.{method} is not available on this server") from None
            raise

    def _server_spec(self, model: str, spec: dict[str, Any]) -> dict[str, Any]:
        _, mapping = self.resolve(model, spec)
        out: dict[str, Any] = {}
        for logical, actual in mapping.items():
            if actual is None:
                continue
            sub = spec[logical]
            if isinstance(sub, dict) and "fields" in sub:
                sub = {**sub, "fields": self._server_spec(self.relation(model, actual), sub["fields"])}
            out[actual] = sub
        return out

    def _logical_row(self, model: str, row: dict[str, Any], spec: dict[str, Any]) -> dict[str, Any]:
        _, mapping = self.resolve(model, spec)
        new: dict[str, Any] = {"id": row["id"]}
        for logical, actual in mapping.items():
            value = row.get(actual, False) if actual else False
            sub = spec[logical]
            if actual and isinstance(sub, dict) and "fields" in sub:
                rel = self.relation(model, actual)
                if isinstance(value, dict):
                    value = self._logical_row(rel, value, sub["fields"])
                elif isinstance(value, list):
                    value = [
                        self._logical_row(rel, v, sub["fields"]) if isinstance(v, dict) and len(v) > 1 else v
                        for v in value
                    ]
            new[logical] = value
        return new

    def existing_ids(self, model: str, ids: Sequence[int]) -> set[int]:
        """Which of ``ids`` exist (archived ones included)."""
        if not ids:
            return set()
        found = self.client.execute_kw(
            model, "search", [[["id", "in", list(ids)]]], {"context": {"active_test": False}}
        )
        return {int(i) for i in found}

    def search_ids(
        self, model: str, domain: list[Any], *, order: str = "id", limit: int | None = None
    ) -> list[int]:
        kwargs: dict[str, Any] = {"order": order}
        if limit:
            kwargs["limit"] = limit
        return [int(i) for i in self.client.execute_kw(model, "search", [domain], kwargs)]

    def read_group(
        self, model: str, domain: list[Any], aggregates: Sequence[str], groupby: Sequence[str]
    ) -> list[dict[str, Any]]:
        """``read_group`` with ``lazy=False`` (one row per combination of every groupby)."""
        return list(
            self.client.execute_kw(
                model, "read_group", [domain, list(aggregates), list(groupby)], {"lazy": False}
            )
        )

    # -- write-back ----------------------------------------------------------------------------------------
    def model_ids(self, models: Iterable[str]) -> dict[str, int]:
        missing = sorted({m for m in models if m not in self._model_ids})
        if missing:
            rows = self.client.execute_kw(
                "ir.model", "search_read", [[["model", "in", missing]]], {"fields": ["id", "model"]}
            )
            for row in rows:
                self._model_ids[row["model"]] = int(row["id"])
        unknown = [m for m in missing if m not in self._model_ids]
        if unknown:
            raise OdooMissingModel(f"models not installed on this Odoo: {', '.join(unknown)}")
        return {m: self._model_ids[m] for m in models}

    def _xmlid(self, module: str, name: str) -> int | None:
        rows = self.client.execute_kw(
            "ir.model.data",
            "search_read",
            [[["module", "=", module], ["name", "=", name]]],
            {"fields": ["res_id", "model"], "limit": 1},
        )
        return int(rows[0]["res_id"]) if rows else None

    def activity_type_id(self) -> int:
        """The 'AI review' activity type if bootstrapped, else Odoo's To-Do."""
        if self._activity_type_id is None:
            found = self._xmlid(AI_ACTIVITY_MODULE, AI_ACTIVITY_NAME) or self._xmlid(*TODO_XMLID)
            if found is None:
                raise OdooValidationError(
                    "no 'AI review' or To-Do activity type: run `assistant odoo bootstrap`"
                )
            self._activity_type_id = found
        return self._activity_type_id

    def bootstrap(self) -> tuple[int, bool]:
        """Create the 'AI review' activity type once (idempotent). Returns (type id, created now)."""
        existing = self._xmlid(AI_ACTIVITY_MODULE, AI_ACTIVITY_NAME)
        if existing:
            self._activity_type_id = existing
            return existing, False
        try:
            type_id = int(
                self.client.execute_kw(
                    "mail.activity.type",
                    "create",
                    [
                        {
                            "name": "AI review",
                            "summary": "Review AI-generated advice",
                            "icon": "fa-magic",
                            "delay_count": 3,
                            "delay_unit": "days",
                            "category": "default",
                        }
                    ],
                )
            )
            self.client.execute_kw(
                "ir.model.data",
                "create",
                [
                    {
                        "module": AI_ACTIVITY_MODULE,
                        "name": AI_ACTIVITY_NAME,
                        "model": "mail.activity.type",
                        "res_id": type_id,
                        "noupdate": True,
                    }
                ],
            )
        except OdooAccessDenied:
            fallback = self._xmlid(*TODO_XMLID)
            if fallback is None:
                raise
            self._activity_type_id = fallback
            return fallback, False
        self._activity_type_id = type_id
        return type_id, True

    def create_activities(self, specs: Sequence[ActivitySpec]) -> Landing:
        """Create activities in batches Odoo accepts and read their ids back (see :mod:`.activities`)."""
        return activities.create(self, specs)

    def _assignees(self, wanted: Sequence[int | None]) -> list[int]:
        """Each wanted assignee if it is an active internal user, else the fallback user, else ourselves."""
        ids = sorted({u for u in (*wanted, self.fallback_user_id) if u} - set(self._valid_users))
        if ids:
            rows = self.search_read("res.users", [["id", "in", ids], ["share", "=", False]], ["id"])
            active = {int(r["id"]) for r in rows}  # search_read skips archived users (active_test)
            self._valid_users.update({i: i in active for i in ids})
        fallback = self.fallback_user_id if self._valid_users.get(self.fallback_user_id or 0) else None
        me = int(self.client.uid or 0)
        return [u if u and self._valid_users.get(u) else (fallback or me) for u in wanted]

    def open_activities(
        self, res_model: str, res_ids: Sequence[int], summary_marker: str
    ) -> list[dict[str, Any]]:
        """Open activities on the records whose summary contains ``summary_marker``."""
        if not res_ids:
            return []
        return self.search_read(
            "mail.activity",
            [
                ["res_model", "=", res_model],
                ["res_id", "in", list(res_ids)],
                ["summary", "ilike", summary_marker],
            ],
            CONFIRM_FIELDS,
        )

    def post_note(self, res_model: str, res_id: int, body_html: str) -> int:
        """A chatter note (internal), HTML kept (``body_is_html``)."""
        return int(
            self.client.execute_kw(
                res_model,
                "message_post",
                [[res_id]],
                {
                    "body": body_html,
                    "body_is_html": True,
                    "message_type": "comment",
                    "subtype_xmlid": "mail.mt_note",
                },
            )
        )

    def ping(self) -> str:
        """Cheap reachability check; raises an :class:`OdooError` subclass."""
        try:
            self.client.execute_kw("res.users", "search_count", [[["id", "=", self.client.uid]]])
        except OdooError:
            raise
        return self.client.server_version
