"""In-memory record store of the Odoo 18 *simulation* (:class:`SandboxData`).

Records are plain dicts of *stored* values (Many2one as an id or ``False``,
x2many as id lists, dates/datetimes as Odoo's strings).  Everything else a real
server would compute (``display_name``, ``effective_hours``, activity state,
inverse one2many, related fields, ``res.users`` fields delegated to its
partner...) is computed on read by :mod:`assistant.sandbox.computed`.

All public methods take the lock, so one instance can be shared by the HTTP
threads and by tests calling it directly.  Values computed during one
operation are cached for that operation only.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date, datetime, time, timedelta
from typing import Any

from assistant import clock

from . import search
from .errors import AccessError, MissingError, OdooValueError, UserError
from .fields import DEFAULT_VERSION, Field, ModelSchema, load_schemas, render


class Env:
    """Who is calling and with which context (``uid``, ``context`` of the RPC call)."""

    def __init__(self, uid: int = 2, context: dict[str, Any] | None = None) -> None:
        self.uid = uid
        self.context = dict(context or {})


class SandboxData:
    """The simulated database: one dict of records per model, thread-safe."""

    def __init__(
        self,
        records: dict[str, dict[int, dict[str, Any]]],
        *,
        anchor_date: date,
        next_ids: dict[str, int] | None = None,
        version: int = DEFAULT_VERSION,
    ) -> None:
        #: the Odoo major version simulated (17 or 18): schemas, errors and message formats follow it
        self.version = version
        self.schemas: dict[str, ModelSchema] = load_schemas(version)
        self.records = records
        for model in self.schemas:
            self.records.setdefault(model, {})
        self.anchor_date = anchor_date
        self.next_ids = dict(next_ids or {})
        self.lock = threading.RLock()
        self._cache: dict[tuple[str, str], dict[int, Any]] | None = None
        self._depth = 0
        self.on_change: list[Any] = []  # callbacks run after a write operation
        self._newest_write: datetime | None = None  # monotonic floor of now()

    # ------------------------------------------------------------------ helpers
    @contextmanager
    def op(self) -> Iterator[None]:
        """Hold the lock; computed values are cached until the outermost op ends."""
        with self.lock:
            if self._depth == 0:
                self._cache = {}
            self._depth += 1
            try:
                yield
            finally:
                self._depth -= 1
                if self._depth == 0:
                    self._cache = None

    def invalidate(self) -> None:
        if self._cache is not None:
            self._cache.clear()

    def now(self) -> datetime:
        """The simulated clock: the anchor date with the current UTC time of day, never earlier than a stored
        ``write_date`` (as on a real server, where every stored write happened in the past: seeded records of
        the anchor day are stamped in the evening, so without this a write at 10:00 would look older than
        them and an incremental scan would miss it)."""
        current = clock.now().time().replace(microsecond=0)
        stamp = datetime.combine(self.anchor_date, current)
        if self._newest_write is None:
            newest = max(
                (str(r.get("write_date") or "") for table in self.records.values() for r in table.values()),
                default="",
            )
            self._newest_write = datetime.strptime(newest[:19], "%Y-%m-%d %H:%M:%S") if newest else stamp
        if stamp <= self._newest_write:
            stamp = self._newest_write + timedelta(seconds=1)
        self._newest_write = stamp
        return stamp

    def now_str(self) -> str:
        return self.now().strftime("%Y-%m-%d %H:%M:%S")

    def today(self) -> date:
        return self.anchor_date

    def schema(self, model: str) -> ModelSchema:
        try:
            return self.schemas[model]
        except KeyError:
            raise UserError(f"Object {model} doesn't exist") from None

    def table(self, model: str) -> dict[int, dict[str, Any]]:
        self.schema(model)
        return self.records[model]

    def next_id(self, model: str) -> int:
        table = self.records[model]
        nid = max(self.next_ids.get(model, 1), (max(table) + 1) if table else 1)
        self.next_ids[model] = nid + 1
        return nid

    def missing(self, model: str, ids: list[int], uid: int = 2) -> MissingError:
        shown = ", ".join(str(i) for i in ids) + ("," if len(ids) == 1 else "")
        return MissingError(
            f"Record does not exist or has been deleted.\n(Record: {model}({shown}), User: {uid})"
        )

    # ------------------------------------------------------------------ values
    def values(self, model: str, fname: str) -> dict[int, Any]:
        """Raw value of ``fname`` for every record of ``model`` (stored or computed)."""
        assert self._cache is not None, "values() must run inside op()"
        key = (model, fname)
        cached = self._cache.get(key)
        if cached is not None:
            return cached
        from .computed import compute_field

        schema = self.schema(model)
        fld = schema.field(fname)
        table = self.records[model]
        result = compute_field(self, model, fld)
        if result is None:
            if fname == "id":
                result = {rid: rid for rid in table}
            else:
                empty = fld.empty()
                result = {rid: rec.get(fname, empty) for rid, rec in table.items()}
        self._cache[key] = result
        return result

    def check_field_access(self, model: str, fields: Any, uid: int = 2) -> None:
        """Reading fields restricted to groups the user lacks is an ``AccessError`` (17/18 wording)."""
        from .versions import RESTRICTED_FIELDS, restricted_field_error

        denied = [f for f in fields or [] if (model, f) in RESTRICTED_FIELDS]
        if denied:
            description = self.schema(model).description
            raise AccessError(restricted_field_error(self.version, model, description, denied, uid))

    def display_names(self, model: str) -> dict[int, str]:
        if model not in self.schemas:
            return {}
        return self.values(model, "display_name")

    def resolve(self, model: str, record: dict[str, Any], path: str) -> tuple[list[Any], Field]:
        """Values a (dotted) path reaches from one record, for domain evaluation."""
        first, _, rest = path.partition(".")
        fld = self.schema(model).field(first)
        raw = self.values(model, first).get(record["id"], fld.empty())
        if fld.type == "many2one":
            vals: list[Any] = [raw] if raw else []
        elif fld.is_x2many:
            vals = list(raw or [])
        else:
            vals = [raw]
        if not rest:
            return vals, fld
        if not fld.relation:
            raise OdooValueError(f"Invalid field {model}.{first} in leaf ('{path}')")
        out: list[Any] = []
        last: Field = fld
        table = self.records.get(fld.relation, {})
        for rid in vals:
            if rid in table:
                sub, last = self.resolve(fld.relation, table[rid], rest)
                out.extend(sub)
        if not vals:
            _, last = self._last_field(fld.relation, rest)
        return out, last

    def _last_field(self, model: str, path: str) -> tuple[str, Field]:
        first, _, rest = path.partition(".")
        fld = self.schema(model).field(first)
        if rest and fld.relation:
            return self._last_field(fld.relation, rest)
        return model, fld

    # ------------------------------------------------------------------ search
    def search_ids(
        self,
        model: str,
        domain: Any = None,
        offset: int = 0,
        limit: int | None = None,
        order: str | None = None,
        context: dict[str, Any] | None = None,
    ) -> list[int]:
        """Ids matching an Odoo domain (``active_test`` honoured), ordered like Odoo."""
        return search.search_ids(self, model, domain, offset, limit, order, context)

    def sort_ids(self, model: str, ids: list[int], order: str | None) -> list[int]:
        return search.sort_ids(self, model, ids, order)

    # ------------------------------------------------------------------ read
    def read(
        self,
        model: str,
        ids: list[int],
        fields: list[str] | None = None,
        load: str | None = "_classic_read",
        uid: int = 2,
        context: dict[str, Any] | None = None,
    ) -> list[dict[str, Any]]:
        """``read`` as the RPC answers it; ``context={"active_test": False}`` makes one2many fields
        list archived co-records too (as real Odoo does: ``task_ids`` then shows archived open tasks)."""
        with self.op():
            schema = self.schema(model)
            table = self.records[model]
            names_list = list(fields) if fields else [f for f in schema.fields if f != "id"]
            self.check_field_access(model, names_list, uid)
            for fname in names_list:
                schema.field(fname)
            missing = [i for i in ids if i not in table]
            if missing:
                raise self.missing(model, missing, uid)
            classic_write = load == "_classic_write"
            columns: dict[str, tuple[Field, dict[int, Any], dict[int, str] | None]] = {}
            for fname in names_list:
                if fname == "id":
                    continue
                fld = schema.fields[fname]
                names = None
                if fld.type == "many2one" and fld.relation and not classic_write:
                    names = self.display_names(fld.relation)
                values = self.values(model, fname)
                if fld.type == "one2many" and (context or {}).get("active_test", True) is False:
                    from .computed import COMPUTES, GENERIC, inverse

                    if (model, fname) not in COMPUTES and fname not in GENERIC and not fld.related:
                        values = inverse(self, model, fld, active_test=False)
                columns[fname] = (fld, values, names)
            out = []
            for rid in ids:
                row: dict[str, Any] = {"id": rid}
                for fname, (fld, vals, names) in columns.items():
                    row[fname] = render(fld, vals.get(rid, fld.empty()), names, classic_write)
                out.append(row)
            return out

    def search_read(
        self,
        model: str,
        domain: Any = None,
        fields: list[str] | None = None,
        offset: int = 0,
        limit: int | None = None,
        order: str | None = None,
        context: dict[str, Any] | None = None,
    ) -> list[dict[str, Any]]:
        """Same shapes as the ``search_read`` RPC (Many2one pairs, ``False`` for empty values)."""
        with self.op():
            self.check_field_access(model, fields)
            for fname in fields or []:
                self.schema(model).field(fname)
            ids = self.search_ids(model, domain, offset, limit, order, context)
            return self.read(model, ids, fields, context=context)

    # ------------------------------------------------------------------ write side
    def create(self, model: str, vals: dict[str, Any], env: Env | None = None) -> int:
        """Create one record (with the simulated server's defaults and side effects)."""
        from .business import create_records

        with self.op():
            ids = create_records(self, model, [vals], env or Env())
            self.notify_changed()
            return ids[0]

    def write(self, model: str, ids: list[int], vals: dict[str, Any], env: Env | None = None) -> bool:
        from .business import write_records

        with self.op():
            write_records(self, model, list(ids), vals, env or Env())
            self.notify_changed()
            return True

    def unlink(self, model: str, ids: list[int], env: Env | None = None) -> bool:
        from .business import unlink_records

        with self.op():
            unlink_records(self, model, list(ids), env or Env())
            self.notify_changed()
            return True

    def notify_changed(self) -> None:
        self.invalidate()
        for callback in list(self.on_change):
            callback()

    # ------------------------------------------------------------------ persistence
    def to_state(self) -> dict[str, Any]:
        with self.lock:
            return {
                "format": "odoo-sandbox/1",
                "version": self.version,
                "anchor_date": self.anchor_date.isoformat(),
                "next_ids": dict(self.next_ids),
                "records": {m: [dict(r) for r in t.values()] for m, t in self.records.items() if t},
            }

    def shift_dates(self, new_anchor: date) -> None:
        """Move every stored date/datetime by ``new_anchor - anchor_date`` (keeps loaded data current)."""
        delta = new_anchor - self.anchor_date
        if not delta:
            return
        with self.lock:
            for model, table in self.records.items():
                kinds = {
                    n: f.type for n, f in self.schemas[model].fields.items() if f.type in ("date", "datetime")
                }
                for rec in table.values():
                    for fname, ftype in kinds.items():
                        value = rec.get(fname)
                        if not isinstance(value, str) or not value:
                            continue
                        if ftype == "date":
                            rec[fname] = (date.fromisoformat(value[:10]) + delta).isoformat()
                        else:
                            moved = datetime.strptime(value[:19], "%Y-%m-%d %H:%M:%S") + delta
                            rec[fname] = moved.strftime("%Y-%m-%d %H:%M:%S")
            self.anchor_date = new_anchor
            self._newest_write = None
            self.invalidate()

    @classmethod
    def from_state(cls, state: dict[str, Any]) -> SandboxData:
        records = {m: {int(r["id"]): r for r in rows} for m, rows in state["records"].items()}
        return cls(
            records,
            anchor_date=date.fromisoformat(state["anchor_date"]),
            next_ids=state.get("next_ids"),
            version=int(state.get("version", DEFAULT_VERSION)),
        )


def midnight(d: date) -> str:
    return datetime.combine(d, time.min).strftime("%Y-%m-%d %H:%M:%S")
