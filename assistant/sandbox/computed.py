"""Computed fields of the Odoo 18 *simulation*.

Real Odoo computes many fields from other records (a task's ``effective_hours``
from its timesheets, ``progress`` as a fraction of ``allocated_hours``, an
activity's ``state`` from its deadline...).  The sandbox recomputes them on
every read, for all records of a model at once (one pass per operation; values
are cached by :meth:`SandboxData.values`), so results stay consistent with
whatever clients create or write over RPC.

Resolution order for a field: an explicit compute registered with
:func:`computes`, then generic behaviours (``display_name``, ``related``
fields, inverse one2many), else the stored value or the type's empty value.
Model-specific computes live in :mod:`.computed_models`.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from .fields import Field

if TYPE_CHECKING:
    from .orm import SandboxData

Compute = Callable[["SandboxData", str], dict[int, Any]]
COMPUTES: dict[tuple[str, str], Compute] = {}
#: computes shared by every model that has the field (mail.thread / mail.activity.mixin)
GENERIC: dict[str, Compute] = {}


def computes(model: str, *fields: str) -> Callable[[Compute], Compute]:
    """Register ``fn(data, field_name) -> {id: value}`` for fields of ``model`` (``"*"``: generic)."""

    def deco(fn: Compute) -> Compute:
        for fname in fields:
            if model == "*":
                GENERIC[fname] = fn
            else:
                COMPUTES[(model, fname)] = fn
        return fn

    return deco


def compute_field(data: SandboxData, model: str, fld: Field) -> dict[int, Any] | None:
    from . import computed_mail, computed_models  # noqa: F401  (registration)

    fn = COMPUTES.get((model, fld.name))
    if fn is not None:
        return fn(data, model)
    if fld.name == "display_name":
        return display_name(data, model)
    if fld.related:
        # a related field whose chain the simulation does not model (Odoo 17's hr.employee.name is
        # resource_id.name) keeps the value seeded on the record itself
        out = related(data, model, fld)
        seeded = stored(data, model, fld.name, None)
        return {rid: v if v or seeded.get(rid) in (None, False) else seeded[rid] for rid, v in out.items()}
    if fld.name in GENERIC:
        return GENERIC[fld.name](data, model)
    if fld.type == "one2many":
        return inverse(data, model, fld)
    return None


def stored(data: SandboxData, model: str, fname: str, default: Any = False) -> dict[int, Any]:
    """Raw stored values straight from the table (no compute, for speed)."""
    return {rid: rec.get(fname, default) for rid, rec in data.records.get(model, {}).items()}


def display_name(data: SandboxData, model: str) -> dict[int, Any]:
    schema = data.schemas[model]
    rec_name = schema.rec_name if schema.rec_name in schema.fields else "name"
    names = data.values(model, rec_name)
    return {rid: names.get(rid) or f"{model},{rid}" for rid in data.records[model]}


def related(data: SandboxData, model: str, fld: Field) -> dict[int, Any]:
    """Follow ``fld.related`` (``"project_id.pricing_type"``); x2many hops take the first record."""
    assert fld.related
    parts = fld.related.split(".")
    current: dict[int, Any] = {rid: rid for rid in data.records[model]}
    cur_model = model
    for i, part in enumerate(parts):
        schema = data.schemas.get(cur_model)
        if schema is None or part not in schema.fields:
            return {rid: fld.empty() for rid in data.records[model]}
        hop = schema.fields[part]
        vals = data.values(cur_model, part)
        last = i == len(parts) - 1
        nxt: dict[int, Any] = {}
        for rid, target in current.items():
            if target is False or target is None:
                nxt[rid] = False
                continue
            value = vals.get(target, hop.empty())
            if not last and hop.is_x2many:
                value = value[0] if value else False
            nxt[rid] = value
        current = nxt
        if not last:
            if not hop.relation or hop.relation not in data.schemas:
                return {rid: fld.empty() for rid in data.records[model]}
            cur_model = hop.relation
    empty = fld.empty()
    return {rid: (empty if v is False and fld.type != "boolean" else v) for rid, v in current.items()}


def inverse(data: SandboxData, model: str, fld: Field, active_test: bool = True) -> dict[int, Any]:
    """One2many as the list of comodel ids pointing back (``relation_field``), in comodel order.

    Like Odoo (``One2many.get_domain_list``), the field's own domain applies when it is a list (what
    ``fields_get`` reports as ``domain``): Odoo 18's ``project.project.task_ids`` is
    ``[('is_closed', '=', False)]`` and Odoo 17's ``[('state', 'in', OPEN_STATES)]``, so reading
    ``task_ids`` leaves closed tasks out.  String domains are client-side only and are ignored.
    """
    out: dict[int, list[int]] = {rid: [] for rid in data.records[model]}
    comodel = fld.relation
    if not comodel or comodel not in data.schemas or not fld.relation_field:
        return dict(out)
    coschema = data.schemas[comodel]
    back = coschema.fields.get(fld.relation_field)
    if back is None:
        return dict(out)
    model_field = back.model_field if back.type == "many2one_reference" else None
    table = data.records[comodel]
    has_active = "active" in coschema.fields
    allowed = field_domain_ids(data, comodel, fld)
    order = ordered_ids(data, comodel)
    for cid in order:
        rec = table[cid]
        if active_test and has_active and rec.get("active", True) is False:
            continue
        if allowed is not None and cid not in allowed:
            continue
        if model_field and rec.get(model_field) != model:
            continue
        parent = rec.get(fld.relation_field)
        if parent in out:
            out[parent].append(cid)
    return dict(out)


def field_domain_ids(data: SandboxData, comodel: str, fld: Field) -> set[int] | None:
    """Comodel ids satisfying a relational field's list domain (``None``: no domain to apply)."""
    domain = fld.attrs.get("domain")
    if not isinstance(domain, list) or not domain:
        return None
    from .errors import OdooError

    try:
        return set(data.search_ids(comodel, domain, context={"active_test": False}))
    except OdooError:  # a comodel the sandbox only sketches (rating.rating...): no filter
        return None


def ordered_ids(data: SandboxData, model: str) -> list[int]:
    """All ids of ``model`` in its default order (cached per operation)."""
    assert data._cache is not None
    key = (model, "__order__")
    if key not in data._cache:
        data._cache[key] = {
            i: rid for i, rid in enumerate(data.sort_ids(model, list(data.records[model]), None))
        }
    return list(data._cache[key].values())


def group_sum(data: SandboxData, model: str, key: str, value: str) -> dict[Any, float]:
    totals: dict[Any, float] = defaultdict(float)
    for rec in data.records[model].values():
        k = rec.get(key)
        if k:
            totals[k] += float(rec.get(value) or 0.0)
    return totals


def group_ids(data: SandboxData, model: str, key: str, active_only: bool = True) -> dict[Any, list[int]]:
    groups: dict[Any, list[int]] = defaultdict(list)
    for rid, rec in data.records[model].items():
        if active_only and rec.get("active", True) is False:
            continue
        k = rec.get(key)
        if k:
            groups[k].append(rid)
    return groups
