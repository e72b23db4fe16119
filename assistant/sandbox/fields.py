"""Field schemas and value conversion for the Odoo 18 *simulation*.

Every model served by the sandbox has a schema: the exact ``fields_get`` answer
of a real Odoo 18 server (captured, see ``schema/build.py``) or, for the few
small models that were not captured, a synthesized one built from
:mod:`assistant.sandbox.extra_models`.  The schema drives

* ``fields_get`` answers (returned verbatim, optionally filtered),
* which field names are valid (``Invalid field 'x' on model 'y'``),
* how stored values are converted to the JSON-RPC wire format
  (Many2one ``[id, "name"]`` / ``false``, x2many id lists, ``false`` for empty
  char/date fields, floats as floats), and
* how written values are validated the way Odoo does it (the datetime parser
  rejects ISO ``T...Z`` strings, a date-only string written into a datetime
  field becomes midnight).
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import date, datetime
from functools import cache
from pathlib import Path
from typing import Any

from .errors import OdooValueError

SCHEMA_DIR = Path(__file__).resolve().parent / "schema"
#: Odoo major versions the sandbox can speak (18 is the default)
VERSIONS = (17, 18)
DEFAULT_VERSION = 18


def schema_dir(version: int = DEFAULT_VERSION) -> Path:
    """Where the captured ``fields_get`` answers of one Odoo version live (18: ``schema/``, 17: ``schema/v17``)."""
    if version not in VERSIONS:
        raise ValueError(f"unsupported Odoo version {version!r}: the sandbox speaks {VERSIONS}")
    return SCHEMA_DIR if version == DEFAULT_VERSION else SCHEMA_DIR / f"v{version}"


DATE_FORMAT = "%Y-%m-%d"
DATETIME_FORMAT = "%Y-%m-%d %H:%M:%S"
RELATIONAL = ("many2one", "one2many", "many2many")
X2MANY = ("one2many", "many2many")
NUMERIC = ("integer", "float", "monetary")


@dataclass(frozen=True)
class Field:
    """One field of a model, as described by ``fields_get``."""

    name: str
    type: str
    string: str
    relation: str | None = None
    relation_field: str | None = None
    related: str | None = None
    model_field: str | None = None
    store: bool = True
    required: bool = False
    readonly: bool = False
    aggregator: str | None = None
    selection: tuple[str, ...] = ()
    attrs: dict[str, Any] = field(default_factory=dict, compare=False, hash=False, repr=False)

    @property
    def is_relational(self) -> bool:
        return self.type in RELATIONAL

    @property
    def is_x2many(self) -> bool:
        return self.type in X2MANY

    def empty(self) -> Any:
        """The value real Odoo returns for an unset field of this type."""
        if self.type in X2MANY or self.type == "properties":
            return []
        if self.type == "integer":
            return 0
        if self.type in ("float", "monetary"):
            return 0.0
        return False


@dataclass
class ModelSchema:
    """A model: its technical name, description (``ir.model.name``), fields and default order."""

    name: str
    description: str
    fields: dict[str, Field]
    order: str = "id"
    rec_name: str = "name"

    def field(self, name: str) -> Field:
        try:
            return self.fields[name]
        except KeyError:
            raise OdooValueError(f"Invalid field {name!r} on model {self.name!r}") from None


def field_from_attrs(name: str, attrs: dict[str, Any]) -> Field:
    selection = attrs.get("selection")
    keys = tuple(str(k) for k, _ in selection) if isinstance(selection, list) else ()
    return Field(
        name=name,
        type=attrs["type"],
        string=attrs.get("string", name),
        relation=attrs.get("relation"),
        relation_field=attrs.get("relation_field"),
        related=attrs.get("related"),
        model_field=attrs.get("model_field"),
        store=bool(attrs.get("store", True)),
        required=bool(attrs.get("required", False)),
        readonly=bool(attrs.get("readonly", False)),
        aggregator=attrs.get("aggregator"),
        selection=keys,
        attrs=attrs,
    )


@cache
def load_schemas(version: int = DEFAULT_VERSION) -> dict[str, ModelSchema]:
    """Load every model schema of one Odoo version (captured JSON files plus synthesized small models)."""
    from .extra_models import DESCRIPTIONS, EXTRA_FIELDS, ORDERS, REC_NAMES, synthesize

    schemas: dict[str, ModelSchema] = {}
    for path in sorted(schema_dir(version).glob("*.json")):
        model = path.stem
        if model.endswith((".defaults", ".admin_groups")):
            continue
        raw = json.loads(path.read_text(encoding="utf-8"))
        fields = {name: field_from_attrs(name, attrs) for name, attrs in raw.items()}
        schemas[model] = ModelSchema(model, DESCRIPTIONS.get(model, model), fields)
    for model, spec in EXTRA_FIELDS.items():
        fields = {name: field_from_attrs(name, attrs) for name, attrs in synthesize(spec).items()}
        schemas[model] = ModelSchema(model, DESCRIPTIONS.get(model, model), fields)
    for model, order in ORDERS.items():
        schemas[model].order = order
    for model, rec in REC_NAMES.items():
        schemas[model].rec_name = rec
    return schemas


@cache
def load_extra(stem: str, version: int = DEFAULT_VERSION) -> dict[str, Any]:
    """A captured JSON object stored next to the schemas (``res.users.defaults`` ...), or ``{}``."""
    path = schema_dir(version) / f"{stem}.json"
    if not path.exists():
        return {}
    data: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    return data


def load_defaults(model: str, version: int = DEFAULT_VERSION) -> dict[str, Any]:
    """What the real server's ``default_get`` answered for ``model`` (captured), if anything."""
    return load_extra(f"{model}.defaults", version)


# --------------------------------------------------------------------------- parsing


def parse_datetime(value: Any) -> str | bool:
    """Odoo's ``fields.Datetime.to_datetime`` on a client value, normalised to the storage string."""
    if value is False or value is None or value == "":
        return False
    if not isinstance(value, str):
        raise OdooValueError(f"Invalid datetime value: {value!r}")
    if len(value) == 10:
        # a date-only string is accepted and means midnight (captured: 78/79)
        return datetime.strptime(value, DATE_FORMAT).strftime(DATETIME_FORMAT)
    # exactly what Odoo does: the error message is Python's own strptime message
    try:
        parsed = datetime.strptime(value, DATETIME_FORMAT[: len(value) - 2])
    except ValueError as exc:
        raise OdooValueError(str(exc)) from None
    return parsed.strftime(DATETIME_FORMAT)


def parse_date(value: Any) -> str | bool:
    """Odoo's ``fields.Date.to_date``: the first 10 characters must be ``YYYY-MM-DD``."""
    if value is False or value is None or value == "":
        return False
    if not isinstance(value, str):
        raise OdooValueError(f"Invalid date value: {value!r}")
    try:
        return datetime.strptime(value[:10], DATE_FORMAT).date().isoformat()
    except ValueError as exc:
        raise OdooValueError(str(exc)) from None


def convert_scalar(model: str, fld: Field, value: Any) -> Any:
    """Validate and normalise a client value for a non-x2many field (write/create)."""
    t = fld.type
    if t == "datetime":
        return parse_datetime(value)
    if t == "date":
        return parse_date(value)
    if t in ("many2one", "many2one_reference"):
        if value is None or value is False or value == 0:
            return False
        if isinstance(value, bool) or not isinstance(value, int):
            raise OdooValueError(f"Wrong value for {model}.{fld.name}: {value!r}")
        return value
    if t in ("float", "monetary"):
        if value is False or value is None:
            return 0.0
        if isinstance(value, (int, float)) and not isinstance(value, bool):
            return float(value)
        try:
            return float(value)
        except (TypeError, ValueError):
            raise OdooValueError(f"could not convert string to float: {value!r}") from None
    if t == "integer":
        if value is False or value is None:
            return 0
        return int(value)
    if t == "boolean":
        return bool(value)
    if t == "selection":
        if value is False or value is None:
            return False
        if fld.selection and str(value) not in fld.selection:
            raise OdooValueError(f"Wrong value for {model}.{fld.name}: {value!r}")
        return value
    if t in ("char", "text", "html"):
        if value is None or value is False:
            return False
        return str(value)
    return value


# --------------------------------------------------------------------------- rendering


def render(fld: Field, raw: Any, names: dict[int, str] | None, classic_write: bool) -> Any:
    """Convert a stored value to what real Odoo puts on the wire for ``read``."""
    t = fld.type
    if t == "many2one":
        if not raw:
            return False
        if classic_write:
            return raw
        label = names.get(raw, "") if names is not None else ""
        return [raw, label]
    if t in X2MANY:
        return list(raw or [])
    if t in ("float", "monetary"):
        return float(raw or 0.0)
    if t == "integer":
        return int(raw or 0)
    if t == "boolean":
        return bool(raw)
    if t == "many2one_reference":
        return int(raw or 0)
    if t == "properties":
        return raw if raw else []
    if raw is None or raw == "":
        return False
    return raw


def today_str(d: date) -> str:
    return d.isoformat()
