"""Redaction that governance can trust: record-aware, multilingual, reversible, measured.

Public interface (the pipeline codes against these names)::

    from redaction import Redactor, RecordContext, SensitiveValue, RedactionSession, RedactionReport, html_to_text
    from redaction import RedactionSettings  # its own settings model (pydantic)
    from redaction import errors             # Error, ConfigError, InputError, RedactionError, LeakBlocked

A :class:`Redactor` is built once (engines load lazily, once) and shared; each run opens a
:class:`RedactionSession` with the :class:`RecordContext` of its Odoo records, redacts its texts with
consistent ``<KIND_n>`` placeholders, checks the final prompt with ``leak_check``/``gate`` and restores the
placeholders in the write-back.

The package imports nothing from the application that uses it. Names are imported on first use, so that
``import redaction.errors`` (done by an application's exception tree) stays cheap.
"""

from __future__ import annotations

import importlib
import os
from typing import TYPE_CHECKING, Any

# Presidio's e-mail recognizer would fetch the public suffix list: never at run time.
os.environ.setdefault("TLDEXTRACT_PUBLIC_SUFFIX_LIST_URLS", "")

if TYPE_CHECKING:
    from redaction.engine import Redactor
    from redaction.html import html_to_text
    from redaction.session import RedactionSession
    from redaction.settings import RedactionSettings
    from redaction.types import KINDS, RecordContext, RedactionReport, SensitiveValue

_EXPORTS = {
    "KINDS": "redaction.types",
    "RecordContext": "redaction.types",
    "RedactionReport": "redaction.types",
    "SensitiveValue": "redaction.types",
    "RedactionSession": "redaction.session",
    "RedactionSettings": "redaction.settings",
    "Redactor": "redaction.engine",
    "html_to_text": "redaction.html",
}

__all__ = [
    "KINDS",
    "RecordContext",
    "RedactionReport",
    "RedactionSession",
    "RedactionSettings",
    "Redactor",
    "SensitiveValue",
    "html_to_text",
]


def __getattr__(name: str) -> Any:
    module = _EXPORTS.get(name)
    if module is None:
        raise AttributeError(f"module 'redaction' has no attribute {name!r}")
    value = getattr(importlib.import_module(module), name)
    globals()[name] = value
    return value
