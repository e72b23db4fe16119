"""The errors the redaction package raises, with no dependency on any application.

``Error`` carries what a caller needs to decide what to do: ``retryable`` (may a later attempt succeed
unchanged?) and ``exit_code`` (for command lines). An application that wants these in its own exception tree
re-exports them (the assistant's ``AssistantError`` *is* :class:`Error`, so ``except AssistantError`` and
``except InputError`` catch what redaction raises).
"""

from __future__ import annotations


class Error(Exception):
    """Base class. ``retryable``: a later attempt may succeed without anyone changing anything."""

    retryable: bool = False
    exit_code: int = 1

    def __init__(self, message: str, *, retryable: bool | None = None) -> None:
        super().__init__(message)
        if retryable is not None:
            self.retryable = retryable

    @property
    def error_class(self) -> str:
        return type(self).__name__


class ConfigError(Error):
    """Settings are missing or contradictory (e.g. ``ner=on`` without a model)."""

    exit_code = 2


class InputError(Error):
    """Bad input from a caller (not text, unknown kind): a 4xx, never retried."""

    exit_code = 2


class RedactionError(Error):
    """Text could not be redacted (oversized, broken HTML, a persisted map that cannot be read)."""


class LeakBlocked(Error):
    """The leak gate found a known sensitive value in the final prompt; the call was not made."""
