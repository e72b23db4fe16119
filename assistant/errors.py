"""The project's one exception tree.

Every upstream error (odoorpc, urllib, openai, httpx, psycopg) is translated where it is caught into one of
these classes. ``retryable`` tells the pipeline and the job engine whether trying again can help.
"""

from __future__ import annotations

# The base class and the errors redaction raises live in the stand-alone ``redaction`` package; the
# assistant re-exports them, so ``except AssistantError`` / ``except InputError`` catch redaction's errors too.
from redaction.errors import ConfigError as ConfigError
from redaction.errors import Error
from redaction.errors import InputError as InputError
from redaction.errors import LeakBlocked as LeakBlocked
from redaction.errors import RedactionError as RedactionError

AssistantError = Error
"""Base class. ``retryable``: a later attempt may succeed without anyone changing anything."""


# --- Odoo -----------------------------------------------------------------------------------------------
class OdooError(AssistantError):
    """Anything that went wrong talking to Odoo."""

    exit_code = 2


class OdooUnreachable(OdooError):
    """Network failure, timeout or 5xx from Odoo."""

    retryable = True


class OdooAuthError(OdooError):
    """Wrong database, login, password or API key."""


class OdooAccessDenied(OdooError):
    """The integration user may not do this (ACLs, record rules, private methods)."""


class OdooMissingModel(OdooError):
    """The model is not installed on this server."""


class OdooMissingField(OdooError):
    """A field does not exist on this server's version of a model."""


class OdooValidationError(OdooError):
    """Odoo refused the values (mandatory field, constraint, bad format)."""


class OdooUnsupported(OdooError):
    """The server lacks an optional API (e.g. ``web_read`` before Odoo 17); callers fall back."""


class OdooServerError(OdooError):
    """Any other server-side error."""


# --- LLM ------------------------------------------------------------------------------------------------
class LLMError(AssistantError):
    """Anything that went wrong generating output."""


class LLMUnavailable(LLMError):
    """Endpoint down, timeout, rate limited or 5xx."""

    retryable = True


class LLMRequestRejected(LLMError):
    """The endpoint refused the request (4xx other than 429): wrong model, bad key, unsupported option."""


class LLMOutputInvalid(LLMError):
    """The output did not parse or did not validate against the task's schema."""


# --- Pipeline -------------------------------------------------------------------------------------------
class StoreError(AssistantError):
    """The prompt-log database failed."""

    retryable = True
