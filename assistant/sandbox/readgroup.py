"""``read_group`` of the Odoo 18 *simulation*.

Answers with the same row shape as real Odoo 18 (capture 57)::

    {"project_id": [9, "AGR - S00023 - Sales Order"], "__count": 140, "unit_amount": 285.0,
     "__domain": ["&", ["project_id", "!=", false], ["project_id", "=", 9]]}

Supports ``lazy`` (``<groupby>_count`` + ``__context``) and eager (``__count``)
grouping, aggregate specs ``field``, ``field:agg`` and ``name:agg(field)``,
date/datetime granularities ``day|week|month|quarter|year`` (with
``__range``), many2many groupbys, ``orderby``, ``offset`` and ``limit``.
Week labels use ISO week numbers (real Odoo formats them with the user's
locale, so labels can differ by one around year boundaries).
"""

from __future__ import annotations

import functools
import itertools
import re
from datetime import date, timedelta
from typing import TYPE_CHECKING, Any

from .errors import OdooValueError
from .fields import Field

if TYPE_CHECKING:
    from .orm import SandboxData

AGG_RE = re.compile(r"^(\w+)(?::(\w+)(?:\((\w+)\))?)?$")
AGGREGATES = {"sum", "avg", "min", "max", "count", "count_distinct", "array_agg", "bool_and", "bool_or"}
MONTHS = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
]


def _period(value: str, gran: str) -> tuple[date, date]:
    d = date.fromisoformat(value[:10])
    if gran == "day":
        return d, d + timedelta(days=1)
    if gran == "week":
        start = d - timedelta(days=d.weekday())
        return start, start + timedelta(days=7)
    if gran == "month":
        start = d.replace(day=1)
    elif gran == "quarter":
        start = d.replace(month=3 * ((d.month - 1) // 3) + 1, day=1)
    elif gran == "year":
        return d.replace(month=1, day=1), d.replace(year=d.year + 1, month=1, day=1)
    else:
        raise OdooValueError(f"Invalid date granularity {gran!r}")
    months = 1 if gran == "month" else 3
    end_month = start.month + months
    end = start.replace(year=start.year + (end_month - 1) // 12, month=(end_month - 1) % 12 + 1)
    return start, end


def _label(start: date, gran: str) -> str:
    if gran == "day":
        return start.strftime("%d %b %Y")
    if gran == "week":
        iso = start.isocalendar()
        return f"W{iso.week} {iso.year}"
    if gran == "month":
        return f"{MONTHS[start.month - 1]} {start.year}"
    if gran == "quarter":
        return f"Q{(start.month - 1) // 3 + 1} {start.year}"
    return str(start.year)


def normalize(domain: list[Any]) -> list[Any]:
    """Odoo's ``normalize_domain``: make implicit ``&`` explicit."""
    if not domain:
        return []
    result: list[Any] = []
    expected = 1
    for token in domain:
        if expected == 0:
            result[0:0] = ["&"]
            expected = 1
        if isinstance(token, (list, tuple)):
            expected -= 1
            token = list(token)
        elif token in ("&", "|"):
            expected += 1
        result.append(token)
    return result


def and_domains(domains: list[list[Any]]) -> list[Any]:
    parts = [normalize(d) for d in domains if d]
    out: list[Any] = ["&"] * (len(parts) - 1)
    for part in parts:
        out.extend(part)
    return out


def read_group(
    data: SandboxData,
    model: str,
    domain: Any,
    fields: list[str],
    groupby: Any,
    offset: int = 0,
    limit: int | None = None,
    orderby: str | None = None,
    lazy: bool = True,
    context: dict[str, Any] | None = None,
) -> list[dict[str, Any]]:
    with data.op():
        schema = data.schema(model)
        specs = [groupby] if isinstance(groupby, str) else list(groupby or [])
        groupbys: list[tuple[str, Field, str | None]] = []
        for spec in specs:
            fname, _, gran = spec.partition(":")
            fld = schema.field(fname)
            if fld.type in ("date", "datetime"):
                gran = gran or "month"
            groupbys.append((spec if not gran or ":" in spec else f"{fname}:{gran}", fld, gran or None))
        active = groupbys[:1] if lazy else groupbys
        aggs = _parse_aggregates(schema.fields, fields, {g[1].name for g in active})
        ids = data.search_ids(model, domain or [], context=context)
        groups: dict[tuple[Any, ...], list[int]] = {}
        for rid in ids:
            keys_per_gb = [_keys(data, model, rid, fld, gran) for _, fld, gran in active]
            for combo in itertools.product(*keys_per_gb):
                groups.setdefault(combo, []).append(rid)
        rows = [
            _row(data, model, domain or [], active, key, members, aggs, lazy, groupbys)
            for key, members in groups.items()
        ]
        rows = _sort(data, rows, active, orderby, schema.fields)
        if offset:
            rows = rows[offset:]
        if limit:
            rows = rows[:limit]
        return rows


def _parse_aggregates(
    fields: dict[str, Field], specs: list[str], grouped: set[str]
) -> list[tuple[str, str, str]]:
    out = []
    for spec in specs or []:
        if spec == "__count":
            continue
        m = AGG_RE.match(spec.strip())
        if not m:
            raise OdooValueError(f"Invalid field specification {spec!r}.")
        name, func, source = m.group(1), m.group(2), m.group(3)
        fname = source or name
        if fname not in fields:
            raise OdooValueError(f"Invalid field {fname!r} on model")
        fld = fields[fname]
        if func and func not in AGGREGATES:
            raise OdooValueError(f"Invalid aggregation function {func!r}.")
        if fname in grouped and not func:
            continue
        func = func or fld.aggregator
        if not func:
            continue
        out.append((name, fname, func))
    return out


def _keys(data: SandboxData, model: str, rid: int, fld: Field, gran: str | None) -> list[Any]:
    raw = data.values(model, fld.name).get(rid, fld.empty())
    if fld.type == "many2many":
        return list(raw) or [False]
    if gran and raw:
        return [_period(raw, gran)[0]]
    return [raw if raw not in (None, "") else False]


def _row(
    data: SandboxData,
    model: str,
    domain: list[Any],
    active: list[tuple[str, Field, str | None]],
    key: tuple[Any, ...],
    members: list[int],
    aggs: list[tuple[str, str, str]],
    lazy: bool,
    groupbys: list[tuple[str, Field, str | None]],
) -> dict[str, Any]:
    row: dict[str, Any] = {}
    leaves: list[Any] = []
    ranges: dict[str, Any] = {}
    for (spec, fld, gran), value in zip(active, key, strict=True):
        if fld.type in ("many2one", "many2many") and value:
            names = data.display_names(fld.relation or "")
            row[spec] = [value, names.get(value, "")]
            leaves.append([fld.name, "=", value])
        elif gran and value:
            start, end = _period(value.isoformat(), gran)
            fmt = (lambda d: d.isoformat()) if fld.type == "date" else (lambda d: f"{d.isoformat()} 00:00:00")
            row[spec] = _label(start, gran)
            ranges[spec] = {"from": fmt(start), "to": fmt(end)}
            leaves.extend(["&", [fld.name, ">=", fmt(start)], [fld.name, "<", fmt(end)]])
        else:
            row[spec] = value
            leaves.append([fld.name, "=", value])
    if lazy:
        row[f"{active[0][1].name}_count" if active else "__count"] = len(members)
    else:
        row["__count"] = len(members)
    for name, fname, func in aggs:
        row[name] = _aggregate(data, model, fname, func, members)
    row["__domain"] = and_domains([list(domain), normalize(leaves)])
    if ranges:
        row["__range"] = ranges
    if lazy and len(groupbys) > 1:
        row["__context"] = {"group_by": [g[0] for g in groupbys[1:]]}
    return row


def _aggregate(data: SandboxData, model: str, fname: str, func: str, members: list[int]) -> Any:
    fld = data.schemas[model].fields[fname]
    vals = data.values(model, fname)
    values = [vals.get(rid) for rid in members]
    if func == "count":
        return sum(1 for v in values if v not in (None, False))
    if func == "count_distinct":
        return len({v for v in values if v not in (None, False)})
    if func == "array_agg":
        return values
    if func == "bool_and":
        return all(values)
    if func == "bool_or":
        return any(values)
    nums = (
        [float(v) for v in values if v not in (None, False)]
        if fld.type in ("float", "monetary", "integer")
        else [v for v in values if v not in (None, False)]
    )
    if not nums:
        return (
            False
            if func in ("min", "max") and fld.type not in ("float", "monetary", "integer")
            else (0 if fld.type == "integer" else 0.0)
        )
    if func == "sum":
        total: Any = round(sum(nums), 6)
    elif func == "avg":
        total = sum(nums) / len(nums)
    elif func == "min":
        total = min(nums)
    else:
        total = max(nums)
    return int(total) if fld.type == "integer" and func != "avg" else total


def _sort_key_of(row: dict[str, Any], key: str) -> tuple[int, Any]:
    rng = row.get("__range", {}).get(key)
    value = rng["from"] if rng else row.get(key, row.get(key.split(":")[0]))
    if isinstance(value, list):
        value = str(value[1]).lower()
    if value is None or value is False:
        return (1, "")
    return (0, value)


def _sort(
    data: SandboxData,
    rows: list[dict[str, Any]],
    active: list[tuple[str, Field, str | None]],
    orderby: str | None,
    fields: dict[str, Field],
) -> list[dict[str, Any]]:
    specs: list[tuple[str, bool]] = []
    if orderby:
        for part in orderby.split(","):
            tokens = part.strip().split()
            if tokens:
                specs.append((tokens[0], len(tokens) > 1 and tokens[1].lower() == "desc"))
    else:
        specs = [(spec, False) for spec, _, _ in active]

    for key, desc in reversed(specs):
        rows.sort(key=functools.partial(_sort_key_of, key=key), reverse=desc)
    return rows
