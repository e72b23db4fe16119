"""Redactors shared by the redaction tests (engines are built once per test session)."""

from __future__ import annotations

import pytest

from redaction import Redactor
from redaction.settings import RedactionSettings


@pytest.fixture(scope="session")
def redactor() -> Redactor:
    return Redactor(RedactionSettings())


@pytest.fixture(scope="session")
def redactor_no_ner() -> Redactor:
    return Redactor(RedactionSettings(ner="off"))
