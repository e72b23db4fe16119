"""Captured ``fields_get`` answers of a real Odoo 17.0 server (``tests/fixtures/capture.py --schema``)."""
