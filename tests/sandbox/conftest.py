"""Fixtures for the Odoo simulation tests: seeded sandbox servers (Odoo 18 and Odoo 17) with a fixed anchor date.

``sandbox`` / ``fresh`` speak Odoo 18 (the default); ``sandbox17`` / ``fresh17`` speak Odoo 17
(``SandboxServer(version=17)``: 17's ``fields_get``, no ``project.task.is_closed``, 17's done-message
format, ``server_version`` ``17.0-20240709``).  Tests elsewhere can do the same::

    from assistant.sandbox import SandboxServer
    with SandboxServer(version=17) as srv: ...

or set ``ASSISTANT_SANDBOX_VERSION=17`` for code that starts its own sandbox.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

import pytest

from assistant.sandbox import SandboxServer

ANCHOR = date(2026, 11, 22)  # the capture date of tests/fixtures/odoo18


@pytest.fixture(scope="module")
def sandbox() -> Iterator[SandboxServer]:
    """One running Odoo 18 sandbox per test module (tests in a module may share its state)."""
    with SandboxServer(anchor_date=ANCHOR, version=18) as srv:
        yield srv


@pytest.fixture
def fresh() -> Iterator[SandboxServer]:
    """A running Odoo 18 sandbox of its own, for tests that change data."""
    with SandboxServer(anchor_date=ANCHOR, version=18) as srv:
        yield srv


@pytest.fixture(scope="module")
def sandbox17() -> Iterator[SandboxServer]:
    """One running Odoo 17 sandbox per test module."""
    with SandboxServer(anchor_date=ANCHOR, version=17) as srv:
        yield srv


@pytest.fixture
def fresh17() -> Iterator[SandboxServer]:
    """A running Odoo 17 sandbox of its own, for tests that change data."""
    with SandboxServer(anchor_date=ANCHOR, version=17) as srv:
        yield srv
