"""A shared check of the rule tests: a text redacted in a whole run, scored as the eval scores it."""

from __future__ import annotations

from redaction import Redactor


def check_whole_run(redactor: Redactor, text: str, found: set[str], kept: set[str]) -> None:
    """Every letter and digit of each ``found`` value redacted; no redacted span holding a ``kept`` value."""
    entities = redactor.session().analyze_many([text])[0][1]
    redacted = {e["text"] for e in entities}
    spans = [(e["start"], e["end"]) for e in entities]

    def covered(value: str) -> bool:
        start = text.index(value)
        return all(
            not text[i].isalnum() or any(a <= i < b for a, b in spans)
            for i in range(start, start + len(value))
        )

    assert all(covered(value) for value in found), (redacted, found)
    assert not any(value in text[e["start"] : e["end"]] for e in entities for value in kept), redacted
