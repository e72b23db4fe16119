"""Fixtures for the Odoo 18 simulation tests: a seeded sandbox server with a fixed anchor date."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

import pytest

from assistant.sandbox import SandboxServer

ANCHOR = date(2026, 11, 22)  # the capture date of tests/fixtures/odoo18


@pytest.fixture(scope="module")
def sandbox() -> Iterator[SandboxServer]:
    """One running sandbox per test module (tests in a module may share its state)."""
    with SandboxServer(anchor_date=ANCHOR) as srv:
        yield srv


@pytest.fixture
def fresh() -> Iterator[SandboxServer]:
    """A running sandbox of its own, for tests that change data."""
    with SandboxServer(anchor_date=ANCHOR) as srv:
        yield srv
