"""Conversions between Odoo's wire values and Python: one place for Many2one pairs, ``False`` and datetimes.

Odoo sends an empty field as ``False`` (also for strings, dates and Many2one), a Many2one as ``[id, "name"]``,
dates as ``"YYYY-MM-DD"`` and datetimes as ``"YYYY-MM-DD HH:MM:SS"`` in UTC. It rejects ISO ``T``/``Z`` forms.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime
from typing import Any

# The contact fields read wherever a partner's personal data must be known to redaction (record context).
PARTNER_FIELDS = [
    "name",
    "email",
    "phone",
    "mobile",
    "street",
    "street2",
    "zip",
    "city",
    "vat",
    "parent_id",
    "is_company",
]


ODOO_DATE = "%Y-%m-%d"
ODOO_DATETIME = "%Y-%m-%d %H:%M:%S"


@dataclass(frozen=True)
class Ref:
    """A Many2one value."""

    id: int
    name: str


def m2o(value: Any) -> Ref | None:
    if isinstance(value, (list, tuple)) and len(value) == 2 and isinstance(value[0], int):
        return Ref(int(value[0]), str(value[1]))
    if isinstance(value, int) and not isinstance(value, bool):
        return Ref(value, "")
    return None


def m2o_id(value: Any) -> int | None:
    ref = m2o(value)
    return ref.id if ref else None


def text(value: Any) -> str:
    """Odoo char/text/html: ``False`` means empty."""
    return value if isinstance(value, str) else ""


def num(value: Any) -> float:
    return float(value) if isinstance(value, (int, float)) and not isinstance(value, bool) else 0.0


def ids(value: Any) -> list[int]:
    return [int(v) for v in value] if isinstance(value, list) else []


def odoo_date(value: Any) -> date | None:
    if not isinstance(value, str) or not value:
        return None
    return datetime.strptime(value[:10], ODOO_DATE).date()


def odoo_datetime(value: Any) -> datetime | None:
    if not isinstance(value, str) or not value:
        return None
    if len(value) == 10:
        return datetime.strptime(value, ODOO_DATE).replace(tzinfo=UTC)
    return datetime.strptime(value[:19], ODOO_DATETIME).replace(tzinfo=UTC)


def to_odoo_date(value: date) -> str:
    return value.strftime(ODOO_DATE)


def to_odoo_datetime(value: datetime) -> str:
    if value.tzinfo is not None:
        value = value.astimezone(UTC).replace(tzinfo=None)
    return value.strftime(ODOO_DATETIME)
