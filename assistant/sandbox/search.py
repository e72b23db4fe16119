"""Search and ordering for the in-memory store of the Odoo 18 *simulation*.

``search_ids`` validates the domain's field names (``Invalid field
project.task.x in leaf (...)`` like Odoo 18), adds ``('active', '=', True)``
unless ``active_test`` is off or the domain mentions ``active``, narrows the
candidates with a cheap scan on plain ``=``/``in`` leaves, then evaluates the
full domain.  ``sort_ids`` implements Odoo ``order`` strings (``"date desc, id"``)
with PostgreSQL's NULL placement (last ascending, first descending).
"""

from __future__ import annotations

import functools
from typing import TYPE_CHECKING, Any

from . import domain as dom
from .errors import OdooValueError
from .fields import Field

if TYPE_CHECKING:
    from .orm import SandboxData


def search_ids(
    data: SandboxData,
    model: str,
    domain: Any = None,
    offset: int = 0,
    limit: int | None = None,
    order: str | None = None,
    context: dict[str, Any] | None = None,
) -> list[int]:
    with data.op():
        schema = data.schema(model)
        context = context or {}
        term = dom.parse(domain or [])
        _validate(data, model, term)
        if (
            "active" in schema.fields
            and context.get("active_test", True)
            and not dom.mentions(term, "active")
        ):
            term = dom.Node("and", (dom.Leaf("active", "=", True), term))
        evaluator = dom.Evaluator(
            model,
            data.resolve,
            lambda m, d: search_ids(data, m, d, context={"active_test": False}),
            functools.partial(_name_match, data),
            functools.partial(_hierarchy, data),
        )
        table = data.records[model]
        candidates = _prefilter(data, model, term)
        pool = ((rid, table[rid]) for rid in candidates) if candidates is not None else table.items()
        ids = [rid for rid, rec in pool if evaluator(term, rec)]
        ids = sort_ids(data, model, ids, order)
        if offset:
            ids = ids[offset:]
        if limit:
            ids = ids[:limit]
        return ids


def _validate(data: SandboxData, model: str, term: dom.Term) -> None:
    """Unknown fields in a domain fail like Odoo 18, even when no record would be tested."""
    if isinstance(term, dom.Node):
        for child in term.children:
            _validate(data, model, child)
        return
    current = model
    for part in term.path.split("."):
        fld = data.schema(current).fields.get(part)
        if fld is None:
            data.check_field_access(current, [part])  # a group-restricted field: AccessError
            leaf = (term.path, term.op, term.value)
            raise OdooValueError(f"Invalid field {current}.{part} in leaf {leaf!r}")
        current = fld.relation or current


def _prefilter(data: SandboxData, model: str, term: dom.Term) -> list[int] | None:
    """Cheap candidate ids from top-level ``=``/``in`` leaves on plain stored fields (speed only:
    the full domain is still evaluated on every candidate)."""
    from .computed import COMPUTES

    leaves: list[dom.Leaf] = []
    stack = [term]
    while stack:
        node = stack.pop()
        if isinstance(node, dom.Leaf):
            leaves.append(node)
        elif node.kind == "and":
            stack.extend(node.children)
    schema = data.schemas[model]
    best: list[int] | None = None
    for leaf in leaves:
        fld = schema.fields.get(leaf.path)
        if (
            fld is None
            or not fld.store
            or fld.related
            or fld.is_x2many
            or fld.name == "display_name"
            or (model, fld.name) in COMPUTES
            or fld.type
            not in ("many2one", "integer", "char", "selection", "many2one_reference", "boolean", "date")
        ):
            continue
        if (
            leaf.op == "="
            and leaf.value is not False
            and leaf.value is not None
            and not (fld.type == "many2one" and isinstance(leaf.value, str))
        ):
            wanted = {leaf.value}
        elif (
            leaf.op == "in"
            and isinstance(leaf.value, (list, tuple))
            and all(
                v is not False and v is not None and not (fld.type == "many2one" and isinstance(v, str))
                for v in leaf.value
            )
        ):
            wanted = set(leaf.value)
        else:
            continue
        if fld.name == "id":
            found = [rid for rid in data.records[model] if rid in wanted]
        else:
            name = fld.name
            found = [rid for rid, rec in data.records[model].items() if rec.get(name) in wanted]
        if best is None or len(found) < len(best):
            best = found
    return best


def _name_match(data: SandboxData, model: str, op: str, target: Any) -> list[int]:
    names = data.display_names(model)
    targets = target if isinstance(target, (list, tuple)) else [target]
    out = []
    for rid, name in names.items():
        if name in targets if op == "in" else dom.compare(op, [name], target):
            out.append(rid)
    return out


def _hierarchy(data: SandboxData, model: str, op: str, target: Any) -> set[int]:
    ids = set(target if isinstance(target, (list, tuple)) else [target])
    if isinstance(target, str):
        ids = set(functools.partial(_name_match, data)(model, "ilike", target))
    if "parent_id" not in data.schema(model).fields:
        return ids
    parents = data.values(model, "parent_id")
    result = set(ids)
    changed = True
    while changed:
        changed = False
        for rid, parent in parents.items():
            if op == "child_of" and parent in result and rid not in result:
                result.add(rid)
                changed = True
            if op == "parent_of" and rid in result and parent and parent not in result:
                result.add(parent)
                changed = True
    return result


def sort_ids(data: SandboxData, model: str, ids: list[int], order: str | None) -> list[int]:
    schema = data.schema(model)
    spec = (order or schema.order or "id").strip()
    keys: list[tuple[str, bool]] = []
    for part in spec.split(","):
        tokens = part.strip().split()
        if not tokens:
            continue
        fname = tokens[0].split(":")[0]
        desc = len(tokens) > 1 and tokens[1].lower() == "desc"
        fld = schema.field(fname)  # raises Invalid field
        keys.append((fld.name, desc))
    result = list(ids)
    for fname, desc in reversed(keys):
        fld = schema.fields[fname]
        vals = data.values(model, fname)
        if fld.type == "many2one" and fld.relation:
            names = data.display_names(fld.relation)
            vals = {rid: names.get(v, "") if v else None for rid, v in vals.items()}
        result.sort(key=functools.partial(_sort_key_of, vals=vals, fld=fld), reverse=desc)
    return result


def _sort_key_of(rid: int, vals: dict[int, Any], fld: Field) -> tuple[int, Any]:
    return _sort_key(vals.get(rid), fld)


def _sort_key(value: Any, fld: Field) -> tuple[int, Any]:
    if fld.type == "boolean":
        return (0, bool(value))
    if value is None or value is False or value == "":
        return (1, 0)
    if isinstance(value, list):
        return (0, tuple(value))
    if isinstance(value, str):
        return (0, value.lower())
    return (0, value)
