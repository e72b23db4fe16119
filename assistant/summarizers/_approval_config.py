"""Settings of the approval context packs (``ASSISTANT_APPROVALS__...``)."""

from __future__ import annotations

from pydantic import BaseModel, Field


class ApprovalSettings(BaseModel):
    discount_threshold_pct: float = Field(
        10.0, ge=0, description="Sale orders with a discount at or above this need approval."
    )
    change_request_stage: str = Field("Change request", description="Task stage that marks a change request.")
    change_request_tag: str = Field("Change request", description="Task tag that marks a change request.")
    approver_user_id: int | None = Field(
        None, description="Approver when the record names none (sales, finance)."
    )
    precedents: int = Field(5, ge=0, le=20, description="Similar past decisions shown in a pack.")
