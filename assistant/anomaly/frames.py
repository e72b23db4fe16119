"""The tabular input of the detectors: one pandas DataFrame per Odoo model, with fixed columns and dtypes.

:mod:`assistant.anomaly.fetch` builds these from Odoo; the evaluation scenarios, the benchmark and the unit tests
build them synthetically (:mod:`assistant.anomaly.synth`). Conventions: ids are ``int64`` with 0 for "none",
dates are ``datetime64[ns]`` at midnight (``NaT`` when empty), text is ``str`` with "" for empty.
Timesheet lines marked ``outside_window`` are dated before the scan window and were read only because an invoice
in the window covers them (for the invoice vs timesheet gap); the timesheet detectors ignore them.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field, fields
from typing import Any

import pandas as pd

# column -> dtype kind: i (id / int), f (float), d (date), t (datetime), b (bool), s (text)
SCHEMAS: dict[str, dict[str, str]] = {
    "timesheets": {
        "id": "i",
        "date": "d",
        "employee_id": "i",
        "task_id": "i",
        "project_id": "i",
        "hours": "f",
        "name": "s",
        "so_line_id": "i",
        "invoice_id": "i",
        "invoice_type": "s",
        "validated": "b",
        "create_date": "t",
        "write_date": "t",
        "outside_window": "b",
    },
    "employees": {"id": "i", "name": "s", "user_id": "i", "manager_user_id": "i"},
    "leaves": {"id": "i", "employee_id": "i", "date_from": "d", "date_to": "d"},
    "tasks": {
        "id": "i",
        "name": "s",
        "project_id": "i",
        "state": "s",
        "is_closed": "b",
        "stage_fold": "b",
        "closed_on": "d",
        "date_deadline": "d",
        "allocated_hours": "f",
        "effective_hours": "f",
        "user_id": "i",
        "write_date": "t",
    },
    "projects": {
        "id": "i",
        "name": "s",
        "active": "b",
        "date_start": "d",
        "date": "d",
        "allocated_hours": "f",
        "effective_hours": "f",
        "user_id": "i",
        "partner_id": "i",
        "write_date": "t",
    },
    "invoices": {
        "id": "i",
        "name": "s",
        "move_type": "s",
        "state": "s",
        "partner_id": "i",
        "partner_name": "s",
        "amount_untaxed": "f",
        "amount_total": "f",
        "ref": "s",
        "invoice_date": "d",
        "invoice_origin": "s",
        "reversed_entry_id": "i",
        "user_id": "i",
        "write_date": "t",
    },
    "invoice_lines": {
        "id": "i",
        "move_id": "i",
        "product_id": "i",
        "product_name": "s",
        "name": "s",
        "quantity": "f",
        "price_unit": "f",
        "discount": "f",
        "price_subtotal": "f",
        "so_line_id": "i",
    },
    "so_lines": {
        "id": "i",
        "order_id": "i",
        "order_name": "s",
        "partner_id": "i",
        "partner_name": "s",
        "product_id": "i",
        "name": "s",
        "price_unit": "f",
        "discount": "f",
        "state": "s",
        "salesman_id": "i",
    },
    "expenses": {
        "id": "i",
        "employee_id": "i",
        "name": "s",
        "date": "d",
        "total_amount": "f",
        "product_id": "i",
        "product_name": "s",
        "state": "s",
        "create_date": "t",
    },
}

BOOL_TRUE_BY_DEFAULT = {"validated", "active"}  # absent in Odoo Community / not read: approved, active


def coerce(table: str, frame: pd.DataFrame) -> pd.DataFrame:
    """Give ``frame`` exactly the columns and dtypes of ``table`` (missing columns get neutral values)."""
    schema = SCHEMAS[table]
    out = {}
    n = len(frame)
    for col, kind in schema.items():
        src = frame[col] if col in frame.columns else None
        if kind == "i":
            out[col] = (
                pd.to_numeric(src, errors="coerce").fillna(0).astype("int64")
                if src is not None
                else pd.Series(0, index=frame.index, dtype="int64")
            )
        elif kind == "f":
            out[col] = (
                pd.to_numeric(src, errors="coerce").fillna(0.0).astype("float64")
                if src is not None
                else pd.Series(0.0, index=frame.index, dtype="float64")
            )
        elif kind == "b":
            default = col in BOOL_TRUE_BY_DEFAULT
            out[col] = (
                src.fillna(default).astype(bool)
                if src is not None
                else pd.Series(default, index=frame.index, dtype=bool)
            )
        elif kind in ("d", "t"):
            values = (
                pd.to_datetime(src, errors="coerce")
                if src is not None
                else pd.Series(pd.NaT, index=frame.index, dtype="datetime64[ns]")
            )
            values = values.astype("datetime64[ns]")
            out[col] = values.dt.normalize() if kind == "d" else values
        else:
            out[col] = (
                src.fillna("").astype(str)
                if src is not None
                else pd.Series([""] * n, index=frame.index, dtype=str)
            )
    return pd.DataFrame(out, index=frame.index).reset_index(drop=True)


def from_records(table: str, rows: Iterable[Mapping[str, Any]]) -> pd.DataFrame:
    rows = list(rows)
    return coerce(table, pd.DataFrame(rows) if rows else pd.DataFrame(columns=list(SCHEMAS[table])))


def empty(table: str) -> pd.DataFrame:
    return from_records(table, [])


def _empty_factory(table: str) -> Any:
    return field(default_factory=lambda: empty(table))


@dataclass
class AnomalyData:
    """Everything the detectors look at. ``today`` anchors ages (days since, elapsed schedule)."""

    today: pd.Timestamp
    timesheets: pd.DataFrame = _empty_factory("timesheets")
    employees: pd.DataFrame = _empty_factory("employees")
    leaves: pd.DataFrame = _empty_factory("leaves")
    tasks: pd.DataFrame = _empty_factory("tasks")
    projects: pd.DataFrame = _empty_factory("projects")
    invoices: pd.DataFrame = _empty_factory("invoices")
    invoice_lines: pd.DataFrame = _empty_factory("invoice_lines")
    so_lines: pd.DataFrame = _empty_factory("so_lines")
    expenses: pd.DataFrame = _empty_factory("expenses")
    has_leave_data: bool = False

    def __post_init__(self) -> None:
        self.today = pd.Timestamp(self.today).normalize()
        for f in fields(self):
            if f.name in SCHEMAS:
                setattr(self, f.name, coerce(f.name, getattr(self, f.name)))

    # -- lookups used by several detectors ------------------------------------------------------------------
    def names(self, table: str) -> dict[int, str]:
        frame = getattr(self, table)
        return dict(zip(frame["id"].tolist(), frame["name"].tolist(), strict=True))

    def size(self) -> dict[str, int]:
        return {f.name: len(getattr(self, f.name)) for f in fields(self) if f.name in SCHEMAS}
