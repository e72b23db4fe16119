"""Write-back of pending activities: the specs, what a create achieved, and the batching Odoo accepts.

Batches follow two Odoo 18 constraints (captured on real servers, simulated by the sandbox): one ``create`` per
(model, project) group (a batch spanning tasks of several projects fails upstream), and at most one new
activity per (record, assignee) in one ``create`` (two activities for the same user on a record the user does
not follow yet fail with "a partner cannot follow twice the same object"). Created ids are read back.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import TYPE_CHECKING, Any

from assistant.errors import OdooError, OdooValidationError
from assistant.odoo.dto import to_odoo_date

if TYPE_CHECKING:
    from assistant.odoo.gateway import OdooGateway

# what a reviewer will see, read back after create (also the baseline the review sync compares edits with)
CONFIRM_FIELDS = ["res_id", "summary", "note", "user_id", "date_deadline", "create_date", "write_date"]


@dataclass
class ActivitySpec:
    """One pending review activity to create."""

    res_model: str
    res_id: int
    summary: str
    note_html: str
    user_id: int | None
    deadline: date
    group: int | None = None  # project id for project.task rows: Odoo 18 fails on batches spanning projects


@dataclass
class Landing:
    """What :meth:`OdooGateway.create_activities` achieved, per spec in input order."""

    ids: list[int | None]
    errors: list[OdooError | None]
    rows: list[dict[str, Any] | None] = field(default_factory=list)  # each activity as read back

    @property
    def created(self) -> int:
        return sum(1 for i in self.ids if i)


def create(gw: OdooGateway, specs: Sequence[ActivitySpec]) -> Landing:
    """Create activities in batches and read their ids back; one failing batch does not sink the others.

    Batches follow two Odoo 18 constraints: one ``create`` per (model, project) group (a batch spanning
    tasks of several projects fails upstream), and at most one new activity per (record, assignee) in one
    ``create`` (two activities for the same user on a record the user does not follow yet fail with "a
    partner cannot follow twice the same object"). Assignees that are not active internal users are
    replaced by the fallback user, else the integration user itself. ``Landing.ids[i]`` is the id Odoo
    confirmed for ``specs[i]``, or ``None`` with the reason in ``Landing.errors[i]``.
    """
    landing = Landing([None] * len(specs), [None] * len(specs), [None] * len(specs))
    if not specs:
        return landing
    model_ids = gw.model_ids({s.res_model for s in specs})
    type_id = gw.activity_type_id()
    users = gw._assignees([s.user_id for s in specs])
    batches: dict[tuple[str, int | None, int], list[int]] = defaultdict(list)
    seen: dict[tuple[str, int, int], int] = defaultdict(int)
    for index, spec in enumerate(specs):
        # the n-th activity for the same (record, assignee) goes into the n-th round of its group
        key = (spec.res_model, spec.res_id, users[index])
        batches[(spec.res_model, spec.group, seen[key])].append(index)
        seen[key] += 1
    for indexes in batches.values():
        for start in range(0, len(indexes), gw.batch_size):
            chunk = indexes[start : start + gw.batch_size]
            vals = [_activity_vals(specs[i], model_ids, type_id, users[i]) for i in chunk]
            try:
                created = gw.client.execute_kw("mail.activity", "create", [vals])
            except OdooError as exc:
                for i in chunk:
                    landing.errors[i] = exc
                continue
            created = created if isinstance(created, list) else [created]
            for i, new_id in zip(chunk, created, strict=True):
                landing.ids[i] = int(new_id)
    _confirm(gw, landing)
    return landing


def _confirm(gw: OdooGateway, landing: Landing) -> None:
    """Keep only the ids Odoo returns when read back (what a reviewer will actually see)."""
    claimed = [i for i in landing.ids if i]
    if not claimed:
        return
    try:
        rows = gw.search_read("mail.activity", [["id", "in", claimed]], CONFIRM_FIELDS)
        found = {int(r["id"]): r for r in rows}
    except OdooError as exc:
        for index, new_id in enumerate(landing.ids):
            if new_id:
                landing.ids[index], landing.errors[index] = None, exc
        return
    for index, new_id in enumerate(landing.ids):
        if new_id and new_id not in found:
            landing.ids[index] = None
            landing.errors[index] = OdooValidationError(f"activity {new_id} was not found when read back")
        elif new_id:
            landing.rows[index] = found[new_id]


def _activity_vals(
    spec: ActivitySpec, model_ids: dict[str, int], type_id: int, user_id: int
) -> dict[str, Any]:
    vals: dict[str, Any] = {
        "res_model_id": model_ids[spec.res_model],
        "res_id": spec.res_id,
        "activity_type_id": type_id,
        "summary": spec.summary[:250],
        "note": spec.note_html,
        "date_deadline": to_odoo_date(spec.deadline),
        "user_id": user_id,
    }
    return vals
