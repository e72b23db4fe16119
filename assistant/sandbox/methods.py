"""Model methods callable over RPC on the Odoo 18 *simulation*.

:func:`call` plays the role of Odoo's ``odoo.api.call_kw``: it rejects private
methods (``AccessError``) and unknown ones (``AttributeError``), passes the
record ids of record-level methods, takes ``context`` out of the keyword
arguments, and binds the rest to Python functions whose signatures mirror
Odoo 18's (``message_post`` only takes keyword arguments, like the real one).
"""

from __future__ import annotations

import inspect
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from .business import create_records, unlink_records, write_records
from .errors import AccessError, OdooAttributeError, OdooTypeError, OdooValueError
from .fields import load_defaults
from .hooks import defaults_for
from .readgroup import read_group

if TYPE_CHECKING:
    from .orm import Env, SandboxData

Method = Callable[..., Any]
MODEL_METHODS: dict[str, Method] = {}
RECORD_METHODS: dict[str, Method] = {}
#: methods only available on some models
ONLY_ON: dict[str, tuple[str, ...]] = {
    "action_feedback": ("mail.activity",),
    "action_done": ("mail.activity",),
    "check_object_reference": ("ir.model.data",),
    "context_get": ("res.users",),
}
WRITE_METHODS = {
    "create",
    "write",
    "unlink",
    "message_post",
    "action_feedback",
    "action_done",
    "message_subscribe",
    "action_archive",
    "action_unarchive",
}


def model_method(fn: Method) -> Method:
    MODEL_METHODS[fn.__name__.removeprefix("m_")] = fn
    return fn


def record_method(fn: Method) -> Method:
    RECORD_METHODS[fn.__name__.removeprefix("m_")] = fn
    return fn


def call(
    data: SandboxData, env: Env, model: str, method: str, args: list[Any], kwargs: dict[str, Any]
) -> Any:
    schema = data.schema(model)  # "Object x doesn't exist"
    if method.startswith("_"):
        raise AccessError(f"Private methods (such as {method}) cannot be called remotely.")
    kwargs = dict(kwargs or {})
    ctx = kwargs.pop("context", None)
    if isinstance(ctx, dict):
        env.context.update(ctx)
    available = model in ONLY_ON.get(method, (model,))
    if method == "message_post" and "message_ids" not in schema.fields:
        available = False
    if available and method in MODEL_METHODS:
        return _bind(MODEL_METHODS[method], method, (data, env, model, *args), kwargs)
    if not available or method not in RECORD_METHODS:
        raise OdooAttributeError(f"The method '{model}.{method}' does not exist")
    if not args:
        raise OdooTypeError(f"{model}.{method}() missing 1 required positional argument: 'self'")
    ids = args[0]
    ids = [ids] if isinstance(ids, int) else list(ids or [])
    return _bind(RECORD_METHODS[method], method, (data, env, model, ids, *args[1:]), kwargs)


def _bind(fn: Method, method: str, args: tuple[Any, ...], kwargs: dict[str, Any]) -> Any:
    try:
        inspect.signature(fn).bind(*args, **kwargs)
    except TypeError as exc:
        raise OdooTypeError(f"{method}() {exc}") from None
    with args[0].op():
        return fn(*args, **kwargs)


# --------------------------------------------------------------------------- ORM


@model_method
def m_search_read(
    data: SandboxData,
    env: Env,
    model: str,
    domain: Any = None,
    fields: Any = None,
    offset: int = 0,
    limit: int | None = None,
    order: str | None = None,
) -> list[dict[str, Any]]:
    data.check_field_access(model, fields, env.uid)
    for fname in fields or []:
        data.schema(model).field(fname)
    ids = data.search_ids(model, domain, offset or 0, limit, order, env.context)
    return data.read(model, ids, fields or None, uid=env.uid, context=env.context)


@model_method
def m_search(
    data: SandboxData,
    env: Env,
    model: str,
    domain: Any = None,
    offset: int = 0,
    limit: int | None = None,
    order: str | None = None,
) -> list[int]:
    return data.search_ids(model, domain, offset or 0, limit, order, env.context)


@model_method
def m_search_count(
    data: SandboxData, env: Env, model: str, domain: Any = None, limit: int | None = None
) -> int:
    return len(data.search_ids(model, domain, 0, limit, "id", env.context))


@model_method
def m_fields_get(
    data: SandboxData, env: Env, model: str, allfields: Any = None, attributes: Any = None
) -> dict[str, Any]:
    out = {}
    for name, fld in data.schema(model).fields.items():
        if allfields and name not in allfields:
            continue
        attrs = fld.attrs
        out[name] = {k: v for k, v in attrs.items() if k in attributes} if attributes else dict(attrs)
    return out


@model_method
def m_read_group(
    data: SandboxData,
    env: Env,
    model: str,
    domain: Any,
    fields: Any,
    groupby: Any,
    offset: int = 0,
    limit: int | None = None,
    orderby: Any = False,
    lazy: bool = True,
) -> list[dict[str, Any]]:
    return read_group(
        data, model, domain, fields or [], groupby, offset or 0, limit, orderby or None, lazy, env.context
    )


@model_method
def m_create(data: SandboxData, env: Env, model: str, vals_list: Any) -> Any:
    if isinstance(vals_list, dict):
        return create_records(data, model, [vals_list], env)[0]
    if not isinstance(vals_list, list):
        raise OdooTypeError(f"'{type(vals_list).__name__}' object is not a mapping")
    return create_records(data, model, vals_list, env)


@model_method
def m_name_search(
    data: SandboxData,
    env: Env,
    model: str,
    name: str = "",
    domain: Any = None,
    operator: str = "ilike",
    limit: int = 100,
    args: Any = None,
) -> list[list[Any]]:
    schema = data.schema(model)
    dom = list(domain or args or [])
    if name:
        dom = (
            [
                "&",
                [schema.rec_name if schema.rec_name in schema.fields else "display_name", operator, name],
                *(dom or [[1, "=", 1]]),
            ]
            if dom
            else [[schema.rec_name, operator, name]]
        )
    ids = data.search_ids(model, dom, 0, limit, None, env.context)
    names = data.display_names(model)
    return [[rid, names.get(rid, "")] for rid in ids]


@model_method
def m_default_get(data: SandboxData, env: Env, model: str, fields_list: Any) -> dict[str, Any]:
    data.schema(model)
    # captured answers of the real server take precedence (res.users: groups, preferences...)
    values = dict(load_defaults(model, data.version))
    if "calendar_last_notif_ack" in values:
        values["calendar_last_notif_ack"] = data.now_str()
    if not values:
        values = {k: v() if callable(v) else v for k, v in defaults_for(data, model, env).items()}
    return {k: v for k, v in values.items() if k in (fields_list or [])}


@model_method
def m_check_object_reference(
    data: SandboxData, env: Env, model: str, module: str, xml_id: str, raise_on_access_error: bool = False
) -> list[Any]:
    for rec in data.records["ir.model.data"].values():
        if rec.get("module") == module and rec.get("name") == xml_id:
            target = data.records.get(rec.get("model") or "", {})
            if rec.get("res_id") in target:
                return [rec["model"], rec["res_id"]]
    raise OdooValueError(f"External ID not found in the system: {module}.{xml_id}")


@model_method
def m_context_get(data: SandboxData, env: Env, model: str) -> dict[str, Any]:
    user = data.records["res.users"].get(env.uid, {})
    partner = data.records["res.partner"].get(user.get("partner_id") or 0, {})
    return {"lang": partner.get("lang") or "en_US", "tz": partner.get("tz") or False, "uid": env.uid}


@record_method
def m_read(
    data: SandboxData, env: Env, model: str, ids: list[int], fields: Any = None, load: str = "_classic_read"
) -> list[dict[str, Any]]:
    return data.read(model, ids, fields or None, load=load, uid=env.uid, context=env.context)


@record_method
def m_write(data: SandboxData, env: Env, model: str, ids: list[int], vals: dict[str, Any]) -> bool:
    write_records(data, model, ids, vals, env)
    return True


@record_method
def m_unlink(data: SandboxData, env: Env, model: str, ids: list[int]) -> bool:
    unlink_records(data, model, ids, env)
    return True


@record_method
def m_action_archive(data: SandboxData, env: Env, model: str, ids: list[int]) -> bool:
    write_records(data, model, ids, {"active": False}, env)
    return True


@record_method
def m_action_unarchive(data: SandboxData, env: Env, model: str, ids: list[int]) -> bool:
    write_records(data, model, ids, {"active": True}, env)
    return True


# registers message_post, action_feedback, ... and web_read, web_search_read
from . import methods_mail, methods_web  # noqa: E402,F401
