"""Settings of the redaction package: one pydantic model, usable on its own or nested in an app's settings.

``Redactor(RedactionSettings(ner="off"))`` works without any application around it; the assistant nests
this same model as ``Settings.redaction`` (environment variables ``ASSISTANT_REDACTION__*``).
"""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, Field, SecretStr


class RedactionSettings(BaseModel):
    """How the redactor behaves: NER use, leak gate, limits, allow list, persistence of placeholder maps."""

    ner: Literal["auto", "on", "off"] = Field(
        default="auto", description="spaCy NER through Presidio (auto: if installed)."
    )
    leak_gate: Literal["block", "warn"] = Field(
        default="block", description="What to do when a known value survives."
    )
    max_chars: int = Field(default=200_000, ge=1000, description="Largest text accepted for redaction.")
    allow_list: list[str] = Field(default_factory=list, description="Terms never redacted (company, tools).")
    score_threshold: float = Field(default=0.4, ge=0.0, le=1.0)
    person_tagger: bool = Field(
        default=False,
        description="Add the learned person-token scorer's names to the rules' (data/person_tagger.json; on "
        "from round 9 to round 11; off since round 12, when no threshold met the out-of-part rule: at 0.95 "
        "it added 14 spans, 9 right, against the 0.8 precision the rule asks).",
    )
    persist_key: SecretStr | None = Field(
        default=None, description="Fernet key: store encrypted placeholder maps."
    )
    retention_days: int = Field(default=30, ge=1, description="Days an encrypted placeholder map is kept.")


def settings_for(ner: str | None = None) -> RedactionSettings:
    """Default settings, or with the NER mode overridden ("auto", "on", "off"; bad values: a clear error)."""
    return RedactionSettings() if ner is None else RedactionSettings.model_validate({"ner": ner})
