"""Redaction that governance can trust: record-aware, multilingual, reversible, measured.

Public interface (the pipeline codes against these names)::

    from redaction import Redactor, RecordContext, SensitiveValue, RedactionSession, RedactionReport, html_to_text

A :class:`Redactor` is built once (engines load lazily, once) and shared; each run opens a
:class:`RedactionSession` with the :class:`RecordContext` of its Odoo records, redacts its texts with
consistent ``<KIND_n>`` placeholders, checks the final prompt with ``leak_check``/``gate`` and restores the
placeholders in the write-back.
"""

from __future__ import annotations

import os

# Presidio's e-mail recognizer would fetch the public suffix list: never at run time.
os.environ.setdefault("TLDEXTRACT_PUBLIC_SUFFIX_LIST_URLS", "")

from redaction.engine import Redactor  # noqa: E402
from redaction.html import html_to_text  # noqa: E402
from redaction.session import RedactionSession  # noqa: E402
from redaction.types import KINDS, RecordContext, RedactionReport, SensitiveValue  # noqa: E402

__all__ = [
    "KINDS",
    "RecordContext",
    "RedactionReport",
    "RedactionSession",
    "Redactor",
    "SensitiveValue",
    "html_to_text",
]
