"""Settings of the dispute email classifier (``ASSISTANT_DISPUTES__...``)."""

from __future__ import annotations

from pydantic import BaseModel, Field


class DisputeSettings(BaseModel):
    confidence_threshold: float = Field(
        0.6,
        ge=0.0,
        le=1.0,  # grouped out-of-fold on the training set: best strict macro-F1 (0.950), precision
        # 0.97 at 96% coverage (evals/disputes/calibrate.py)
        description="Below this confidence the label is 'needs_triage' (never a guess presented as certain).",
    )
    llm_override_confidence: float = Field(
        0.8,
        ge=0.0,
        le=1.0,
        description="An LLM label that contradicts an offline decision at least this confident is rejected "
        "(fallback to the offline classifier): a steered model cannot overturn a clear case.",
    )
    extra_models: list[str] = Field(
        default_factory=list,
        description="Models besides account.move and res.partner whose inbound emails are classified.",
    )
    lookback_days: int = Field(
        60, ge=1, description="Inbound emails of the last N days are selected by --all."
    )
