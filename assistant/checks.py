"""Shared output checks. The main one: the model may only cite figures that exist in the facts."""

from __future__ import annotations

import re
from collections.abc import Iterable
from decimal import ROUND_HALF_EVEN, ROUND_HALF_UP, Decimal
from typing import Any

from assistant.tasks import CheckIssue

# Numbers as written in prose: 1,234.5 / 1234 / 12.5% / -3 / 2026-11-22 (dates are split into parts).
_NUMBER = re.compile(r"(?<![\w<])-?\d{1,3}(?:,\d{3})+(?:\.\d+)?|(?<![\w<])-?\d+(?:\.\d+)?")
_PLACEHOLDER = re.compile(r"<[A-Z_]+_\d+>")


def _canon(value: float) -> str:
    text = format(Decimal(repr(float(value))).normalize(), "f")
    return "0" if text in ("-0", "") else text


def _cited(token: str) -> str:
    """The canonical form of a figure as written in the narrative (1,234.50 -> 1234.5)."""
    return _canon(float(token.replace(",", "")))


def _fact_forms(value: float) -> set[str]:
    """Spellings a fact may be cited with: exact, or rounded to 0-2 decimals, or its magnitude."""
    exact = Decimal(repr(float(value)))
    forms = {_canon(value)} | {
        _canon(float(exact.quantize(Decimal(q), rounding=mode)))
        for q in ("1", "0.1", "0.01")
        for mode in (ROUND_HALF_UP, ROUND_HALF_EVEN)
    }
    return forms | {f.lstrip("-") for f in forms}


def numbers_in(text: str) -> list[str]:
    return _NUMBER.findall(_PLACEHOLDER.sub(" ", text))


def allowed_numbers(facts: Any) -> set[str]:
    """Every figure in the facts, in every accepted spelling, including numbers inside strings and dates."""
    allowed: set[str] = set()

    def walk(node: Any) -> None:
        if isinstance(node, bool) or node is None:
            return
        if isinstance(node, (int, float)):
            allowed.update(_fact_forms(float(node)))
            if isinstance(node, float) and 0 < abs(node) < 10:  # fractions are also cited as percentages
                allowed.update(_fact_forms(node * 100))
        elif isinstance(node, str):
            for token in numbers_in(node):
                allowed.update(_fact_forms(float(token.replace(",", ""))))
        elif isinstance(node, dict):
            for value in node.values():
                walk(value)
        elif isinstance(node, (list, tuple)):
            allowed.update(_fact_forms(len(node)))
            for value in node:
                walk(value)

    walk(facts)
    return allowed


def check_figures(texts: Iterable[str], facts: Any, *, field: str = "narrative") -> list[CheckIssue]:
    """One error per number in ``texts`` that is not in ``facts``."""
    allowed = allowed_numbers(facts)
    issues = []
    seen: set[str] = set()
    for text in texts:
        for token in numbers_in(text):
            if token in seen:
                continue
            seen.add(token)
            if _cited(token) not in allowed:
                issues.append(
                    CheckIssue("invented_figure", f"{field} cites {token}, which is not in the facts")
                )
    return issues
