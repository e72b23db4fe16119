"""Settings of the dispute email classifier (``ASSISTANT_DISPUTES__...``)."""

from __future__ import annotations

from pydantic import BaseModel, Field


class DisputeSettings(BaseModel):
    confidence_threshold: float = Field(
        0.85,
        ge=0.0,
        le=1.0,  # from grouped out-of-fold predictions alone (python -m evals.disputes.calibrate): the highest
        # threshold at which the hand-written training emails keep precision >= 0.975 and each of their six
        # sources (earlier hand-written, five later authors) keeps coverage >= 0.87 (0.988 / 0.88-0.92 there;
        # 0.80 before the n-gram L2 went 1e-5 -> 3e-6, which made the model more confident)
        description="Below this confidence the output keeps the best label and says needs_triage: true (with the "
        "runner-up), never a guess presented as certain.",
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
