"""Mail methods callable over RPC on the Odoo 18 *simulation*: ``message_post``, ``action_feedback``...

* ``message_post`` takes keyword arguments only (like Odoo 18) and escapes a
  plain string body - ``<p>&lt;b&gt;...`` - unless ``body_is_html=True``;
* ``mail.activity.action_feedback`` posts the "done" message rendered like
  Odoo's ``mail.message_activity_done`` template, then deletes the activity
  (or archives it when its type has ``keep_done``) and returns the message id.
"""

from __future__ import annotations

import html
from typing import TYPE_CHECKING, Any

from .business import create_records, unlink_records, write_records
from .errors import OdooValueError
from .hooks import plaintext2html, user_partner
from .methods import record_method

if TYPE_CHECKING:
    from .orm import Env, SandboxData


def xmlid_to_res_id(data: SandboxData, xmlid: str) -> int | bool:
    module, _, name = xmlid.partition(".")
    for rec in data.records["ir.model.data"].values():
        if rec.get("module") == module and rec.get("name") == name:
            return int(rec["res_id"])
    return False


def post_message(
    data: SandboxData,
    env: Env,
    model: str,
    res_id: int,
    body: str,
    *,
    message_type: str,
    subtype_id: int | bool,
    **extra: Any,
) -> int:
    subtype = data.records["mail.message.subtype"].get(subtype_id or 0, {})
    vals = {
        "model": model,
        "res_id": res_id,
        "body": body,
        "message_type": message_type,
        "subtype_id": subtype_id or False,
        "is_internal": bool(subtype.get("internal")),
        "author_id": extra.pop("author_id", None) or user_partner(data, env.uid),
        **extra,
    }
    return create_records(data, "mail.message", [vals], env)[0]


@record_method
def m_message_post(
    data: SandboxData,
    env: Env,
    model: str,
    ids: list[int],
    *,
    body: str = "",
    subject: str | None = None,
    message_type: str = "notification",
    email_from: str | None = None,
    author_id: int | None = None,
    parent_id: int | bool = False,
    subtype_xmlid: str | None = None,
    subtype_id: int | bool = False,
    partner_ids: Any = None,
    attachments: Any = None,
    attachment_ids: Any = None,
    body_is_html: bool = False,
    **kwargs: Any,
) -> int:
    if len(ids) != 1:
        raise OdooValueError(f"Expected singleton: {model}({', '.join(map(str, ids))})")
    if ids[0] not in data.records[model]:
        raise data.missing(model, ids, env.uid)
    if not subtype_id:
        subtype_id = xmlid_to_res_id(data, subtype_xmlid or "mail.mt_note")
    # a plain string is text: real Odoo escapes it (captures 39-42) unless body_is_html=True
    html_body = body if body_is_html else (plaintext2html(body) if body else "")
    extra: dict[str, Any] = {
        "subject": subject or False,
        "parent_id": parent_id or False,
        "partner_ids": list(partner_ids or []),
    }
    if email_from:
        extra["email_from"] = email_from
    if author_id:
        extra["author_id"] = author_id
    return post_message(
        data, env, model, ids[0], html_body, message_type=message_type, subtype_id=subtype_id, **extra
    )


def activity_done_body(
    type_name: str,
    icon: str,
    summary: str | bool,
    note: str | bool,
    feedback: str | bool,
    assignee: str | None,
    version: int = 18,
) -> str:
    """QWeb template ``mail.message_activity_done`` rendered the way Odoo renders it, byte for byte.

    Odoo 18 (captures ``odoo18/37``, ``122``, ``125``): the original note, then the feedback under a
    ``<div class="fw-bold">Feedback:</div>`` label.  Odoo 17 (captures ``odoo17/34``, ``37``): the
    feedback first, in a plain ``<div>`` without any label, then the note under
    ``<div class="o_mail_note_title"><strong>Original note:</strong></div>``.  Feedback lines are
    escaped and separated by ``<br>`` on their own lines.
    """

    def esc(value: Any) -> str:
        return html.escape(str(value), quote=False)

    out = f'\n    <p>\n        <span class="fa {icon} fa-fw"></span><span>{esc(type_name)}</span> done'
    if assignee:
        out += f" (originally assigned to <span>{esc(assignee)}</span>)"
    out += "\n        "
    if summary:
        out += f"<span>: </span><span>{esc(summary)}</span>"
    out += "\n    </p>\n    "
    lines = "\n            <br>".join(f"\n            {esc(line)}" for line in str(feedback).split("\n"))
    if version >= 18:
        if note:
            out += f'\n        <div class="o_mail_note_title fw-bold">Original note:</div>\n        <div>{note}</div>\n    '
        if feedback:
            out += f'<div>\n        <div class="fw-bold">Feedback:</div>{lines}\n    </div>\n'
    else:
        if feedback:
            out += f"<div>{lines}\n    </div>\n    "
        if note:
            out += (
                '\n        <div class="o_mail_note_title"><strong>Original note:</strong></div>\n'
                f"        <div>{note}</div>\n"
            )
    # the rendered template ends with one newline whatever was left out (captures 125, 134; 17: 37, 49)
    return out.rstrip() + "\n"


@record_method
def m_action_feedback(
    data: SandboxData, env: Env, model: str, ids: list[int], feedback: Any = False, attachment_ids: Any = None
) -> int | bool:
    table = data.records["mail.activity"]
    missing = [i for i in ids if i not in table]
    if missing:
        raise data.missing(model, missing, env.uid)
    messages: list[int] = []
    activities = [dict(table[i]) for i in ids]
    subtype = xmlid_to_res_id(data, "mail.mt_activities")
    users = data.display_names("res.users")
    for act in activities:
        atype = data.records["mail.activity.type"].get(act.get("activity_type_id") or 0, {})
        target_model, res_id = act.get("res_model"), act.get("res_id")
        if not target_model or not res_id:
            continue
        assignee = users.get(act["user_id"]) if act.get("user_id") and act.get("user_id") != env.uid else None
        body = activity_done_body(
            atype.get("name", ""),
            atype.get("icon") or "fa-tasks",
            act.get("summary") or False,
            act.get("note") or False,
            feedback,
            assignee,
            data.version,
        )
        mid = post_message(
            data,
            env,
            target_model,
            res_id,
            body,
            message_type="notification",
            subtype_id=subtype,
            mail_activity_type_id=act.get("activity_type_id") or False,
        )
        # the rendered template is stored as is: the real done messages keep their leading
        # whitespace, which the sanitizer would strip (captures odoo18/122, odoo17/34)
        data.records["mail.message"][mid]["body"] = body
        messages.append(mid)
    keep = [
        a["id"]
        for a in activities
        if data.records["mail.activity.type"].get(a.get("activity_type_id") or 0, {}).get("keep_done")
    ]
    if keep:
        write_records(data, model, keep, {"active": False, "date_done": data.today().isoformat()}, env)
    gone = [a["id"] for a in activities if a["id"] not in keep]
    if gone:
        unlink_records(data, model, gone, env)
    return messages[0] if messages else False


@record_method
def m_action_done(data: SandboxData, env: Env, model: str, ids: list[int]) -> int | bool:
    result: int | bool = m_action_feedback(data, env, model, ids)
    return result


@record_method
def m_message_subscribe(
    data: SandboxData, env: Env, model: str, ids: list[int], partner_ids: Any = None, subtype_ids: Any = None
) -> bool:
    followers = data.records["mail.followers"]
    for rid in ids:
        for pid in partner_ids or []:
            if not any(
                f.get("res_model") == model and f.get("res_id") == rid and f.get("partner_id") == pid
                for f in followers.values()
            ):
                create_records(
                    data,
                    "mail.followers",
                    [
                        {
                            "res_model": model,
                            "res_id": rid,
                            "partner_id": pid,
                            "subtype_ids": list(subtype_ids or [1, 2, 3]),
                        }
                    ],
                    env,
                )
    return True
