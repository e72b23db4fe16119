"""Create / write / unlink rules of the Odoo 18 *simulation*.

What a real server does when a client creates or writes records, reduced to
what clients of this project can observe:

* defaults (``create_date``, an activity's deadline and owner, a timesheet's
  employee, analytic account and cost ``amount``...),
* NOT NULL checks that raise the exact ``ValidationError`` of real Odoo
  (``mail.activity`` without ``res_model_id``: capture 63),
* x2many commands (``[6, 0, ids]``, ``[0, 0, vals]``, ``[4, id]``...),
* unknown fields are ignored, as Odoo 18 does (it only logs a warning),
* the Odoo 18 bug that makes one batched ``mail.activity.create`` fail when its
  records are tasks of more than one project (capture 66, upstream PR #284842),
* the follower constraint of Odoo 17/18: creating an activity subscribes its
  assignee to the record, and one batch holding two activities on one record
  for one assignee who does not follow it yet is refused as a whole (captures
  odoo18/105-109, odoo17/17-21), and an activity assigned to another user posts
  a ``user_notification`` message to that user (odoo18/138, odoo17/53).
"""

from __future__ import annotations

import html
import logging
from typing import TYPE_CHECKING, Any

from .errors import OdooTypeError, OdooValueError, ValidationError, mandatory_field_error
from .fields import convert_scalar
from .hooks import POST_WRITE, PRE_CREATE, PRE_WRITE, defaults_for

if TYPE_CHECKING:
    from .orm import Env, SandboxData

_log = logging.getLogger(__name__)

#: NOT NULL columns without a server default (others in fields_get have defaults)
MANDATORY: dict[str, tuple[str, ...]] = {
    "mail.activity": ("res_model_id",),
    "project.task": ("name",),
    "project.project": ("name",),
    "project.tags": ("name",),
    "project.task.type": ("name",),
    "ir.model.data": ("module", "name", "model"),
    "mail.activity.type": ("name",),
    "mail.followers": ("res_model", "partner_id"),
    "crm.lead": ("name",),
    "sale.order": ("partner_id",),
    "sale.order.line": ("order_id",),
    "account.move.line": ("move_id",),
    "res.users": ("login",),
    "res.partner.bank": ("acc_number", "partner_id"),
    "hr.employee": ("name",),
    "res.company": ("name",),
}


def check_activity_batch(data: SandboxData, vals_list: list[dict[str, Any]]) -> None:
    """Reproduce Odoo 18's ``list.remove(x): x not in list`` on multi-project task batches."""
    if len(vals_list) < 2:
        return
    ir_models = data.records["ir.model"]
    tasks = data.records["project.task"]
    projects = set()
    for vals in vals_list:
        target = vals.get("res_model") or ir_models.get(vals.get("res_model_id") or 0, {}).get("model")
        if target == "project.task" and vals.get("res_id") in tasks:
            projects.add(tasks[vals["res_id"]].get("project_id") or False)
    if len(projects) > 1:
        raise OdooValueError("list.remove(x): x not in list")


FOLLOW_TWICE = "The operation cannot be completed: Error, a partner cannot follow twice the same object."


def _activity_target(data: SandboxData, vals: dict[str, Any]) -> str | None:
    target = vals.get("res_model") or data.records["ir.model"].get(vals.get("res_model_id") or 0, {}).get(
        "model"
    )
    return str(target) if target else None


def _follows(data: SandboxData, model: str, res_id: Any, partner: Any) -> bool:
    return any(
        f.get("res_model") == model and f.get("res_id") == res_id and f.get("partner_id") == partner
        for f in data.records["mail.followers"].values()
    )


def _assignee_partner(data: SandboxData, vals: dict[str, Any], env: Env) -> Any:
    uid = vals.get("user_id", env.uid)
    return data.records["res.users"].get(uid or 0, {}).get("partner_id") or False


def check_activity_followers(data: SandboxData, vals_list: list[dict[str, Any]], env: Env) -> None:
    """Odoo 17/18 refuse a batch holding two activities on one record for one assignee who does not
    follow that record yet (captured: odoo18/105, odoo17/17): ``mail.activity.create`` subscribes each
    assignee to ``browse(res_ids)`` with the record id twice, which breaks the followers' unique key.
    The whole create is rolled back."""
    seen: set[tuple[str, Any, Any]] = set()
    for vals in vals_list:
        target = _activity_target(data, vals)
        partner = _assignee_partner(data, vals, env)
        schema = data.schemas.get(target or "")
        if not target or not partner or schema is None or "message_follower_ids" not in schema.fields:
            continue
        key = (target, vals.get("res_id"), partner)
        if key in seen and not _follows(data, *key):
            raise ValidationError(FOLLOW_TWICE)
        seen.add(key)


def subscribe_assignees(data: SandboxData, ids: list[int], env: Env) -> None:
    """After ``mail.activity.create`` the assignee's partner follows the record (real Odoo 17/18)."""
    for aid in ids:
        act = data.records["mail.activity"][aid]
        target, res_id = act.get("res_model"), act.get("res_id")
        partner = data.records["res.users"].get(act.get("user_id") or 0, {}).get("partner_id")
        if not target or not res_id or not partner or target not in data.schemas:
            continue
        if "message_follower_ids" not in data.schemas[target].fields or _follows(
            data, target, res_id, partner
        ):
            continue
        create_records(
            data,
            "mail.followers",
            [{"res_model": target, "res_id": res_id, "partner_id": partner, "subtype_ids": [1, 2, 3]}],
            env,
        )


def notify_assignees(data: SandboxData, ids: list[int], env: Env) -> None:
    """``mail.activity.action_notify``: an activity assigned to someone else than the caller posts a
    ``user_notification`` message on the record, addressed to the assignee (captured: odoo18/138,
    odoo17/53; ``message_ids`` hides it through its domain)."""
    from datetime import date

    from .methods_mail import xmlid_to_res_id

    if env.context.get("mail_activity_quick_update"):
        return
    users = data.display_names("res.users")
    types = data.display_names("mail.activity.type")
    for aid in ids:
        act = data.records["mail.activity"][aid]
        uid, target, res_id = act.get("user_id"), act.get("res_model"), act.get("res_id")
        if (
            not uid
            or uid == env.uid
            or target not in data.schemas
            or "message_ids" not in data.schemas[target].fields
        ):
            continue
        res_name = str(data.display_names(target).get(int(res_id or 0), "") or "")
        summary = str(act.get("summary") or "")
        deadline = date.fromisoformat(str(act.get("date_deadline"))[:10]).strftime("%m/%d/%Y")
        esc = html.escape
        body = (
            '<div style="margin: 0px; padding: 0px; font-size: 13px;">\n'
            f"    Dear <span>{esc(users.get(uid, ''), quote=False)}</span>,\n    <br/><br/>\n    <p>\n"
            f"        <span>{esc(users.get(env.uid, ''), quote=False)}</span> has just assigned you the "
            "following activity:\n        <ul>\n"
            f'            <li>Document: "{esc(res_name)}"\n'
            f"                 ({esc(data.schemas[target].description, quote=False)})\n            </li>\n"
            + (
                f"            <li>Summary: <span>{esc(summary, quote=False)}</span></li>\n"
                if summary
                else "\n"
            )
            + f"            <li>Deadline: <span>{deadline}</span></li>\n        </ul>\n    </p>\n</div>"
        )
        label = summary or types.get(act.get("activity_type_id") or 0, "")
        create_records(
            data,
            "mail.message",
            [
                {
                    "model": target,
                    "res_id": res_id,
                    "body": body,
                    "message_type": "user_notification",
                    "subtype_id": xmlid_to_res_id(data, "mail.mt_note") or False,
                    "is_internal": True,
                    "partner_ids": [data.records["res.users"].get(uid, {}).get("partner_id")],
                    "author_id": data.records["res.users"].get(env.uid, {}).get("partner_id") or False,
                    "subject": f'"{res_name}: {label}" assigned to you',
                    "record_name": res_name,
                }
            ],
            env,
        )


def create_records(data: SandboxData, model: str, vals_list: list[Any], env: Env) -> list[int]:
    schema = data.schema(model)
    for vals in vals_list:
        if not isinstance(vals, dict):
            raise OdooTypeError(f"'{type(vals).__name__}' object is not a mapping")
    if model == "mail.activity":
        check_activity_batch(data, vals_list)
        check_activity_followers(data, vals_list, env)
    ids: list[int] = []
    for vals in vals_list:
        unknown = [k for k in vals if k not in schema.fields]
        if unknown:
            _log.warning("%s.create() includes unknown fields: %s", model, ", ".join(unknown))
        rec: dict[str, Any] = {}
        now = data.now_str()
        for key, value in defaults_for(data, model, env).items():
            rec[key] = value() if callable(value) else value
        rec.update({"create_date": now, "write_date": now, "create_uid": env.uid, "write_uid": env.uid})
        x2many: dict[str, Any] = {}
        for key, value in vals.items():
            fld = schema.fields.get(key)
            if fld is None or key == "id":
                continue
            if fld.is_x2many:
                x2many[key] = value
            else:
                rec[key] = convert_scalar(model, fld, value)
        hook = PRE_CREATE.get(model)
        if hook is not None:
            hook(data, rec, env)
        for fname in MANDATORY.get(model, ()):
            if rec.get(fname) in (None, False, ""):
                fld = schema.fields[fname]
                raise mandatory_field_error(schema.description, model, fld.string, fname)
        rid = data.next_id(model)
        rec["id"] = rid
        data.records[model][rid] = rec
        for key, value in x2many.items():
            apply_x2many(data, model, rid, key, value, env)
        post = POST_WRITE.get(model)
        if post is not None:
            post(data, [rid], set(vals), env)
        data.invalidate()
        ids.append(rid)
    if model == "mail.activity":
        notify_assignees(data, ids, env)
        subscribe_assignees(data, ids, env)
    return ids


def write_records(data: SandboxData, model: str, ids: list[int], vals: dict[str, Any], env: Env) -> None:
    from .computed import COMPUTES

    schema = data.schema(model)
    if not isinstance(vals, dict):
        raise OdooTypeError(f"'{type(vals).__name__}' object is not a mapping")
    table = data.records[model]
    missing = [i for i in ids if i not in table]
    if missing:
        raise data.missing(model, missing, env.uid)
    converted: dict[str, Any] = {}
    x2many: dict[str, Any] = {}
    for key, value in vals.items():
        fld = schema.fields.get(key)
        if fld is None:
            _log.warning("%s.write() with unknown fields: %s", model, key)
            continue
        if key == "id" or (model, key) in COMPUTES:
            continue
        if fld.related and not fld.store:
            _write_related(data, model, ids, fld.related, value, env)
            continue
        if fld.is_x2many:
            x2many[key] = value
        else:
            converted[key] = convert_scalar(model, fld, value)
    pre = PRE_WRITE.get(model)
    now = data.now_str()
    for rid in ids:
        rec = table[rid]
        if pre is not None:
            pre(data, rec, converted, env)
        rec.update(converted)
        rec["write_date"] = now
        rec["write_uid"] = env.uid
        for key, value in x2many.items():
            apply_x2many(data, model, rid, key, value, env)
    post = POST_WRITE.get(model)
    if post is not None:
        post(data, ids, set(vals), env)
    data.invalidate()


def _write_related(data: SandboxData, model: str, ids: list[int], path: str, value: Any, env: Env) -> None:
    link, _, rest = path.partition(".")
    if not rest or "." in rest:
        return
    targets = sorted(
        {int(data.records[model][rid][link]) for rid in ids if data.records[model][rid].get(link)}
    )
    fld = data.schemas[model].fields[link]
    if fld.relation and targets:
        write_records(data, fld.relation, targets, {rest: value}, env)


def unlink_records(data: SandboxData, model: str, ids: list[int], env: Env) -> None:
    table = data.table(model)
    missing = [i for i in ids if i not in table]
    if missing:
        raise data.missing(model, missing, env.uid)
    doomed = set(ids)
    for rid in ids:
        del table[rid]
    # mail.thread cascade: activities, followers and messages of deleted documents
    for comodel, model_field in (
        ("mail.activity", "res_model"),
        ("mail.followers", "res_model"),
        ("mail.message", "model"),
    ):
        if comodel == model:
            continue
        cotable = data.records[comodel]
        for cid in [
            c for c, r in cotable.items() if r.get(model_field) == model and r.get("res_id") in doomed
        ]:
            del cotable[cid]
    for child_model, link in (("account.move.line", "move_id"), ("sale.order.line", "order_id")):
        parent = "account.move" if child_model == "account.move.line" else "sale.order"
        if parent == model:
            cotable = data.records[child_model]
            for cid in [c for c, r in cotable.items() if r.get(link) in doomed]:
                del cotable[cid]
    data.invalidate()


def apply_x2many(data: SandboxData, model: str, rid: int, fname: str, value: Any, env: Env) -> None:
    """Apply Odoo x2many commands (or a plain id list) to ``fname`` of one record."""
    fld = data.schemas[model].fields[fname]
    comodel = fld.relation or ""
    if value is False or value is None:
        value = [[5, 0, 0]]
    if not isinstance(value, (list, tuple)):
        raise OdooValueError(f"Wrong value for {model}.{fname}: {value!r}")
    commands = [[6, 0, list(value)]] if all(isinstance(v, int) for v in value) else value
    rec = data.records[model][rid]
    current: list[int] = list(rec.get(fname) or []) if fld.type == "many2many" else []
    inverse = fld.relation_field if fld.type == "one2many" else None
    for cmd in commands:
        if not isinstance(cmd, (list, tuple)) or not cmd:
            raise OdooValueError(f"Wrong value for {model}.{fname}: {cmd!r}")
        padded: list[Any] = [*cmd, 0, 0]
        code, arg, payload = int(padded[0]), padded[1], padded[2]
        if code == 0:
            vals = dict(payload or {})
            if inverse:
                vals[inverse] = rid
            (new_id,) = create_records(data, comodel, [vals], env)
            current.append(new_id)
        elif code == 1:
            write_records(data, comodel, [arg], dict(payload or {}), env)
        elif code == 2:
            unlink_records(data, comodel, [arg], env)
            current = [c for c in current if c != arg]
        elif code == 3:
            if inverse and arg in data.records[comodel]:
                data.records[comodel][arg][inverse] = False
            current = [c for c in current if c != arg]
        elif code == 4:
            if inverse and arg in data.records[comodel]:
                data.records[comodel][arg][inverse] = rid
            if arg not in current:
                current.append(arg)
        elif code in (5, 6):
            keep = list(payload or []) if code == 6 else []
            if inverse:
                for cid, corec in data.records[comodel].items():
                    if corec.get(inverse) == rid and cid not in keep:
                        corec[inverse] = False
                    elif cid in keep:
                        corec[inverse] = rid
            current = keep
        else:
            raise OdooValueError(f"Unknown x2many command {code!r}")
    if fld.type == "many2many":
        rec[fname] = current
