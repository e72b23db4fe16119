"""``web_read`` / ``web_search_read`` of the Odoo 18 *simulation*: Odoo 17+'s specification-driven reads.

A specification maps field names to sub-specifications. Semantics follow Odoo 17/18's
``BaseModel.web_read``: plain fields as ``read(load=None)`` gives them; a many2one is its id, or a dict of
the co-record's fields when ``{"fields": {...}}`` is given (``display_name`` supported); an x2many is a list
of ids, or a list of dicts when ``fields`` is given, with optional ``order`` and ``limit`` (records past the
limit stay as ``{"id": id}``). ``web_search_read`` returns ``{"length": n, "records": [...]}``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from .errors import OdooValueError
from .methods import model_method, record_method

if TYPE_CHECKING:
    from .orm import Env, SandboxData


def _web_read(
    data: SandboxData, env: Env, model: str, ids: list[int], spec: dict[str, Any]
) -> list[dict[str, Any]]:
    if not isinstance(spec, dict):
        raise OdooValueError("specification must be a dict")
    schema = data.schema(model)
    names = [f for f in spec if f != "id"]
    if not ids:
        return []
    plain = [f for f in names if f != "display_name"]
    rows: list[dict[str, Any]] = (
        data.read(model, ids, plain, load="_classic_write", uid=env.uid, context=env.context)
        if plain
        else [{"id": i} for i in ids]
    )
    if "display_name" in names:
        shown = data.display_names(model)
        for row in rows:
            row["display_name"] = shown.get(row["id"], False)
    for fname in plain:
        sub = spec[fname] or {}
        field = schema.field(fname)
        if field.type == "many2one" and "fields" in sub and field.relation:
            co_ids = sorted({row[fname] for row in rows if row[fname]})
            co = {r["id"]: r for r in _web_read(data, env, field.relation, co_ids, dict(sub["fields"]))}
            for row in rows:
                if row[fname]:
                    row[fname] = row[fname] if sub["fields"] == {} else co[row[fname]]
        elif field.type in ("one2many", "many2many") and sub and field.relation:
            if sub.get("order"):
                every = sorted({i for row in rows for i in row[fname]})
                ranked = data.search_ids(
                    field.relation, [["id", "in", every]], 0, None, sub["order"], {"active_test": False}
                )
                rank = {rid: n for n, rid in enumerate(ranked)}
                for row in rows:
                    row[fname] = sorted(row[fname], key=lambda i: rank.get(i, len(rank)))
            if "fields" in sub:
                limit = sub.get("limit")
                wanted = list(
                    dict.fromkeys(
                        i for row in rows for i in (row[fname][:limit] if limit is not None else row[fname])
                    )
                )
                co = {r["id"]: r for r in _web_read(data, env, field.relation, wanted, dict(sub["fields"]))}
                for row in rows:
                    row[fname] = [co.get(i) or {"id": i} for i in row[fname]]
    return rows


@record_method
def m_web_read(
    data: SandboxData, env: Env, model: str, ids: list[int], specification: Any
) -> list[dict[str, Any]]:
    return _web_read(data, env, model, ids, specification)


@model_method
def m_web_search_read(
    data: SandboxData,
    env: Env,
    model: str,
    domain: Any = None,
    specification: Any = None,
    offset: int = 0,
    limit: int | None = None,
    order: str | None = None,
    count_limit: int | None = None,
) -> dict[str, Any]:
    ids = data.search_ids(model, domain, offset or 0, limit, order, env.context)
    records = _web_read(data, env, model, ids, specification or {})
    length = len(ids) + (offset or 0)
    if limit and len(ids) == limit:
        length = len(data.search_ids(model, domain, 0, count_limit, "id", env.context))
    return {"length": length, "records": records}
