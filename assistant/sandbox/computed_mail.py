"""Computed fields of the mail layer in the Odoo 18 *simulation*.

Covers what ``mail.thread`` / ``mail.activity.mixin`` add to every business
model (``message_ids``, ``activity_state``...) and the computed fields of
``mail.activity``, ``mail.activity.type``, ``mail.message``, ``ir.model`` and
``ir.model.data``.
"""

from __future__ import annotations

import re
from html import unescape
from typing import TYPE_CHECKING, Any

from .computed import computes, inverse, stored

if TYPE_CHECKING:
    from .orm import SandboxData

ADMIN_PARTNER = 3


def activity_state_for(deadline: Any, today: str, active: bool = True) -> str | bool:
    if not active:
        return "done"
    if not deadline:
        return False
    if deadline < today:
        return "overdue"
    if deadline == today:
        return "today"
    return "planned"


def _activities(data: SandboxData, model: str) -> dict[int, list[int]]:
    return data.values(model, "activity_ids")


def _make_activity_compute(fname: str) -> Any:
    def fn(data: SandboxData, model: str) -> dict[int, Any]:
        acts = data.records["mail.activity"]
        today = data.today().isoformat()
        out: dict[int, Any] = {}
        for rid, act_ids in _activities(data, model).items():
            recs = [acts[a] for a in act_ids if a in acts]
            if fname == "my_activity_date_deadline":
                recs = [r for r in recs if r.get("user_id") == 2]
            if not recs:
                out[rid] = False
                continue
            first = min(recs, key=lambda r: (r.get("date_deadline") or "", r["id"]))
            if fname == "activity_user_id":
                out[rid] = first.get("user_id") or False
            elif fname == "activity_state":
                out[rid] = activity_state_for(first.get("date_deadline"), today)
            else:
                out[rid] = first.get("date_deadline") or False
        return out

    return fn


for _name in ("activity_state", "activity_date_deadline", "my_activity_date_deadline", "activity_user_id"):
    computes("*", _name)(_make_activity_compute(_name))


@computes("*", "has_message")
def _has_message(data: SandboxData, model: str) -> dict[int, Any]:
    return {rid: bool(ids) for rid, ids in data.values(model, "message_ids").items()}


def _make_follower_compute(fname: str) -> Any:
    def fn(data: SandboxData, model: str) -> dict[int, Any]:
        fld = data.schemas[model].fields.get("message_follower_ids")
        if fld is None:
            return {rid: ([] if fname == "message_partner_ids" else False) for rid in data.records[model]}
        followers = data.records["mail.followers"]
        out: dict[int, Any] = {}
        for rid, fids in inverse(data, model, fld).items():
            partners = [followers[f]["partner_id"] for f in fids if f in followers]
            out[rid] = partners if fname == "message_partner_ids" else ADMIN_PARTNER in partners
        return out

    return fn


for _name in ("message_partner_ids", "message_is_follower"):
    computes("*", _name)(_make_follower_compute(_name))


# --------------------------------------------------------------------------- mail.activity


@computes("mail.activity", "res_name")
def _res_name(data: SandboxData, model: str) -> dict[int, Any]:
    out = {}
    for rid, rec in data.records[model].items():
        target = rec.get("res_model")
        names = data.display_names(target) if target in data.schemas else {}
        out[rid] = names.get(rec.get("res_id") or 0, False)
    return out


@computes("mail.activity", "state")
def _state(data: SandboxData, model: str) -> dict[int, Any]:
    today = data.today().isoformat()
    return {
        rid: activity_state_for(rec.get("date_deadline"), today, rec.get("active", True))
        for rid, rec in data.records[model].items()
    }


@computes("mail.activity", "display_name")
def _activity_name(data: SandboxData, model: str) -> dict[int, Any]:
    types = data.display_names("mail.activity.type")
    return {
        rid: rec.get("summary") or types.get(rec.get("activity_type_id") or 0, False) or f"{model},{rid}"
        for rid, rec in data.records[model].items()
    }


@computes("mail.activity", "can_write")
def _can_write(data: SandboxData, model: str) -> dict[int, Any]:
    return {rid: True for rid in data.records[model]}


@computes("mail.activity.type", "delay_label")
def _delay_label(data: SandboxData, model: str) -> dict[int, Any]:
    return {
        rid: f"{rec.get('delay_count', 0)} {rec.get('delay_unit', 'days')}"
        for rid, rec in data.records[model].items()
    }


@computes("mail.activity.type", "initial_res_model")
def _initial_res_model(data: SandboxData, model: str) -> dict[int, Any]:
    return stored(data, model, "res_model")


# --------------------------------------------------------------------------- mail.message


def html_to_text(html: str) -> str:
    text = re.sub(r"<br\s*/?>|</p>|</div>", "\n", html or "")
    text = re.sub(r"<[^>]+>", "", text)
    return re.sub(r"[ \t\r\f\v]+", " ", unescape(text)).strip()


@computes("mail.message", "preview")
def _preview(data: SandboxData, model: str) -> dict[int, Any]:
    out = {}
    for rid, rec in data.records[model].items():
        text = " ".join(html_to_text(rec.get("body") or "").split())
        out[rid] = (text[:187] + "...") if len(text) > 190 else text
    return out


@computes("mail.message", "display_name")
def _message_name(data: SandboxData, model: str) -> dict[int, Any]:
    return {
        rid: rec.get("subject") or rec.get("record_name") or f"{model},{rid}"
        for rid, rec in data.records[model].items()
    }


@computes("mail.message", "is_current_user_or_guest_author")
def _is_author(data: SandboxData, model: str) -> dict[int, Any]:
    return {rid: rec.get("author_id") == ADMIN_PARTNER for rid, rec in data.records[model].items()}


# --------------------------------------------------------------------------- ir.model(.data)


@computes("ir.model", "count")
def _count(data: SandboxData, model: str) -> dict[int, Any]:
    return {rid: len(data.records.get(str(rec.get("model")), {})) for rid, rec in data.records[model].items()}


@computes("ir.model.data", "complete_name", "display_name")
def _complete_name(data: SandboxData, model: str) -> dict[int, Any]:
    return {rid: f"{rec.get('module')}.{rec.get('name')}" for rid, rec in data.records[model].items()}


@computes("ir.model.data", "reference")
def _reference(data: SandboxData, model: str) -> dict[int, Any]:
    return {rid: f"{rec.get('model')},{rec.get('res_id')}" for rid, rec in data.records[model].items()}
