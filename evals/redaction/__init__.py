"""Redaction evaluation: an annotated corpus of Odoo-like texts in five languages and its runner."""
