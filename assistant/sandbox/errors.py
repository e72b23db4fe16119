"""Server-side errors of the Odoo 18 *simulation*, shaped like real Odoo's.

Real Odoo answers every failed JSON-RPC call with HTTP 200 and an ``error``
object::

    {"code": 200, "message": "Odoo Server Error",
     "data": {"name": "odoo.exceptions.AccessDenied", "debug": "Traceback ...",
              "message": "Access Denied", "arguments": ["Access Denied"], "context": {}}}

Each class below carries the exact ``data.name`` of the exception real Odoo
raises in the same situation (see ``tests/fixtures/odoo18``).
"""

from __future__ import annotations

from typing import Any


class OdooError(Exception):
    """Base of the simulated server errors; ``name`` is the qualified exception name."""

    name = "odoo.exceptions.UserError"
    code = 200
    http_message = "Odoo Server Error"

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message

    @property
    def short_name(self) -> str:
        return self.name.removeprefix("builtins.")

    def payload(self) -> dict[str, Any]:
        """The JSON-RPC ``error`` member, as real Odoo 18 builds it."""
        debug = (
            "Traceback (most recent call last):\n"
            '  File "<odoo-src>/odoo/http.py", line 1954, in _transactioning\n'
            "    return service_model.retrying(func, env=self.env)\n"
            '  File "<odoo-src>/odoo/service/model.py", line 137, in retrying\n'
            "    result = func()\n"
            '  File "<sandbox>/assistant/sandbox/rpc.py", in dispatch\n'
            "    (simulated Odoo 18 server: assistant.sandbox)\n"
            f"{self.short_name}: {self.message}\n"
        )
        return {
            "code": self.code,
            "message": self.http_message,
            "data": {
                "name": self.name,
                "debug": debug,
                "message": self.message,
                "arguments": [self.message],
                "context": {},
            },
        }


class UserError(OdooError):
    name = "odoo.exceptions.UserError"


class AccessDenied(OdooError):
    name = "odoo.exceptions.AccessDenied"

    def __init__(self, message: str = "Access Denied") -> None:
        super().__init__(message)


class AccessError(OdooError):
    name = "odoo.exceptions.AccessError"


class ValidationError(OdooError):
    name = "odoo.exceptions.ValidationError"


class MissingError(OdooError):
    name = "odoo.exceptions.MissingError"


class OdooValueError(OdooError):
    """A plain Python ``ValueError`` raised inside Odoo (``data.name == "builtins.ValueError"``)."""

    name = "builtins.ValueError"


class OdooTypeError(OdooError):
    name = "builtins.TypeError"


class OdooAttributeError(OdooError):
    name = "builtins.AttributeError"


class DatabaseError(OdooError):
    name = "psycopg2.OperationalError"


class SessionExpired(OdooError):
    """``/web/dataset/call_kw`` without a valid session cookie."""

    name = "odoo.http.SessionExpiredException"
    code = 100
    http_message = "Odoo Session Expired"

    def __init__(self, message: str = "Session expired") -> None:
        super().__init__(message)


def mandatory_field_error(
    model_description: str, model: str, field_string: str, field_name: str
) -> ValidationError:
    """The error Odoo 18 raises when a NOT NULL column is left empty (captured: 63)."""
    return ValidationError(
        "The operation cannot be completed:\n"
        "- Create/update: a mandatory field is not set.\n"
        "- Delete: another model requires the record being deleted. If possible, archive it instead.\n\n"
        f"Model: {model_description} ({model})\n"
        f"Field: {field_string} ({field_name})\n"
    )


class OdooKeyError(OdooError):
    name = "builtins.KeyError"
