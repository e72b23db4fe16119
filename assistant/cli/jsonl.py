"""Reading JSONL input for the CLI: one JSON object per line, a required string field, clear line errors."""

from __future__ import annotations

import json
from typing import Any

from assistant.errors import InputError


def read_objects(
    text: str, field: str, *, where: str = "line", missing: str | None = None
) -> list[dict[str, Any]]:
    """Objects from non-empty lines; ``InputError`` naming the line when a line is not JSON or lacks ``field``."""
    rows: list[dict[str, Any]] = []
    for number, line in enumerate(text.splitlines(), 1):
        if not line.strip():
            continue
        try:
            row = json.loads(line)
        except json.JSONDecodeError as exc:
            raise InputError(f"{where} {number}: not valid JSON ({exc.msg})") from None
        if not isinstance(row, dict) or not isinstance(row.get(field), str):
            raise InputError(
                f"{where} {number}: " + (missing or f'expected an object with a string "{field}" field')
            )
        rows.append(row)
    return rows
