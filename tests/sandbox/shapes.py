"""Shape comparison between a captured Odoo 18 response and the sandbox's answer.

Values differ (other ids, other data), so we compare *shapes*:

* same JSON type at every position; ``false`` is accepted in place of a string,
  a Many2one pair, an id or an object (Odoo sends ``false`` for empty values)
  and vice versa - but never in place of a number, and ints never stand in for
  floats (``20.0`` must stay a float);
* same keys in every object (lists of records: every record has the captured keys);
* Many2one pairs stay ``[int, str]``.

:func:`check_values` additionally validates every field of returned records
against the model's real ``fields_get`` type.
"""

from __future__ import annotations

import re
from typing import Any

from assistant.sandbox.fields import Field

NULLABLE = (str, list, dict)
DATE_RE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
DATETIME_RE = re.compile(r"^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}$")


def kind(value: Any) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int):
        return "int"
    if isinstance(value, float):
        return "float"
    if isinstance(value, str):
        return "str"
    if isinstance(value, list):
        return (
            "m2o" if len(value) == 2 and isinstance(value[0], int) and isinstance(value[1], str) else "list"
        )
    return "dict"


def compatible(cap: str, act: str) -> bool:
    if cap == act or {cap, act} <= {"true", "false"}:
        return True
    loose = {"str", "list", "m2o", "dict"}
    if cap == "false":
        return act in loose
    if act == "false":
        return cap in loose
    return {cap, act} <= {"list", "m2o"}  # an empty x2many vs a pair-looking id list


def compare(cap: Any, act: Any, path: str = "$", depth: int | None = None) -> list[str]:
    """Return human-readable mismatches (empty when the shapes agree)."""
    ck, ak = kind(cap), kind(act)
    if not compatible(ck, ak):
        return [f"{path}: captured {ck} {str(cap)[:60]!r}, sandbox {ak} {str(act)[:60]!r}"]
    if depth == 0:
        return []
    sub = None if depth is None else depth - 1
    problems: list[str] = []
    if isinstance(cap, dict) and isinstance(act, dict) and _id_keyed(cap) and _id_keyed(act):
        # json values keyed by record ids ({"3": 100.0}): keys are data, values must agree in kind
        kinds = {kind(v) for v in cap.values()}
        problems += [
            f"{path}.{k}: {kind(v)} not in {sorted(kinds)}"
            for k, v in act.items()
            if kinds and not any(compatible(c, kind(v)) for c in kinds)
        ]
    elif isinstance(cap, dict) and isinstance(act, dict):
        missing = sorted(set(cap) - set(act))
        extra = sorted(set(act) - set(cap))
        if missing or extra:
            problems.append(f"{path}: keys missing {missing[:10]} extra {extra[:10]}")
        for key in cap:
            if key in act:
                problems += compare(cap[key], act[key], f"{path}.{key}", sub)
    elif isinstance(cap, list) and isinstance(act, list) and cap and act:
        if all(isinstance(c, dict) for c in cap) and all(isinstance(a, dict) for a in act):
            keys = set(cap[0])
            for i, rec in enumerate(act):
                if set(rec) != keys:
                    problems.append(f"{path}[{i}]: keys {sorted(set(rec) ^ keys)[:10]} differ")
                    continue
                for key in keys:
                    kinds = {kind(c.get(key)) for c in cap}
                    if not any(compatible(k, kind(rec[key])) for k in kinds):
                        problems.append(
                            f"{path}[{i}].{key}: captured {sorted(kinds)}, sandbox {kind(rec[key])}"
                        )
                    else:
                        sample = next((c[key] for c in cap if compatible(kind(c[key]), kind(rec[key]))), None)
                        if isinstance(sample, (dict, list)) and kind(sample) != "m2o":
                            problems += compare(sample, rec[key], f"{path}[{i}].{key}", sub)
        else:
            for i, (c, a) in enumerate(zip(cap, act, strict=False)):
                problems += compare(c, a, f"{path}[{i}]", sub)
    return problems


def _id_keyed(obj: dict[str, Any]) -> bool:
    return bool(obj) and all(k.isdigit() for k in obj)


def check_value(fld: Field, value: Any, classic_write: bool = False) -> str | None:
    """Validate one read value against its field type; returns a problem or None."""
    t = fld.type
    ok: bool
    if t == "many2one":
        ok = value is False or (
            isinstance(value, int) and not isinstance(value, bool) if classic_write else kind(value) == "m2o"
        )
    elif t in ("one2many", "many2many"):
        ok = isinstance(value, list) and all(isinstance(v, int) and not isinstance(v, bool) for v in value)
    elif t in ("float", "monetary"):
        ok = isinstance(value, float)
    elif t in ("integer", "many2one_reference"):
        ok = isinstance(value, int) and not isinstance(value, bool)
    elif t == "boolean":
        ok = isinstance(value, bool)
    elif t == "date":
        ok = value is False or (isinstance(value, str) and bool(DATE_RE.match(value)))
    elif t == "datetime":
        ok = value is False or (isinstance(value, str) and bool(DATETIME_RE.match(value)))
    elif t == "selection":
        # res.users' reified sel_groups_* selections have integer keys (group ids)
        ok = value is False or (
            isinstance(value, (str, int)) and (not fld.selection or str(value) in fld.selection)
        )
    elif t in ("char", "text", "html", "binary", "reference"):
        ok = value is False or isinstance(value, str)
    elif t in ("json", "properties"):
        ok = value is False or isinstance(value, (dict, list))
    else:
        ok = True
    return None if ok else f"{fld.name} ({t}) = {value!r}"


def check_values(
    fields: dict[str, Field], records: list[dict[str, Any]], classic_write: bool = False
) -> list[str]:
    problems = []
    for rec in records:
        for key, value in rec.items():
            if key == "id":
                if not isinstance(value, int):
                    problems.append(f"id = {value!r}")
                continue
            problem = check_value(fields[key], value, classic_write)
            if problem:
                problems.append(f"record {rec.get('id')}: {problem}")
    return problems
