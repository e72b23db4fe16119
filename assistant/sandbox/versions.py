"""What differs between the Odoo 17 and Odoo 18 *simulations* (besides the schemas).

The sandbox speaks Odoo 18 by default; ``SandboxServer(version=17)`` (or
``ASSISTANT_SANDBOX_VERSION=17`` in the environment of whatever starts it)
makes it speak Odoo 17.  Every rule here was observed on real 17.0 / 18.0
community servers with demo data (transcripts in ``tests/fixtures/odoo17`` and
``tests/fixtures/odoo18``):

* ``version_info`` / ``common.version`` answers (17's real server reports its
  nightly build, ``17.0-20240709``);
* fields restricted to groups the administrator lacks (``project.project.stage_id``
  needs "Use Stages on Project"): absent from ``fields_get``, and reading them is
  an ``AccessError`` whose wording differs between 17 and 18;
* seed differences: the To-Do activity type's icon (17 ``fa-tasks``, 18
  ``fa-check``), the project's analytic account field (17
  ``analytic_account_id``, 18 ``account_id``).
"""

from __future__ import annotations

import os
from typing import Any

from .fields import DEFAULT_VERSION, VERSIONS

ENV_VAR = "ASSISTANT_SANDBOX_VERSION"

VERSION_INFO: dict[int, dict[str, Any]] = {
    18: {
        "server_version": "18.0",
        "server_version_info": [18, 0, 0, "final", 0, ""],
        "server_serie": "18.0",
        "protocol_version": 1,
    },
    17: {
        "server_version": "17.0-20240709",
        "server_version_info": [17, 0, 0, "final", 0, ""],
        "server_serie": "17.0",
        "protocol_version": 1,
    },
}

#: (model, field) -> display name of the group a field is restricted to (the admin is not in it)
RESTRICTED_FIELDS: dict[tuple[str, str], str] = {
    ("project.project", "stage_id"): "Technical / Use Stages on Project",
}


def resolve_version(version: int | str | None) -> int:
    """The version asked for, else ``$ASSISTANT_SANDBOX_VERSION``, else 18; anything else is a ValueError."""
    raw: int | str | None = version if version is not None else os.environ.get(ENV_VAR) or None
    if raw is None:
        return DEFAULT_VERSION
    text = str(raw).strip().removesuffix(".0")
    if not text.isdigit() or int(text) not in VERSIONS:
        source = f"{ENV_VAR}={raw!r}" if version is None else repr(raw)
        raise ValueError(
            f"unsupported Odoo version {source}: the sandbox speaks {', '.join(map(str, VERSIONS))}"
        )
    return int(text)


def restricted_field_error(version: int, model: str, description: str, fields: list[str], uid: int) -> str:
    """The message of the ``AccessError`` a read of group-restricted fields raises (captured 17 and 18)."""
    lines = "\n".join(f"- {f} (allowed for groups {RESTRICTED_FIELDS[(model, f)]!r})" for f in sorted(fields))
    tail = f"\nOperation: read\nUser: {uid}\nFields:\n{lines}"
    if version >= 18:
        return (
            f'You do not have enough rights to access the fields "{",".join(fields)}" on {description} '
            f"({model}). Please contact your system administrator.\n{tail}"
        )
    return (
        "The requested operation can not be completed due to security restrictions.\n\n"
        f"Document type: {description} ({model}){tail}"
    )


def adapt_seed(records: dict[str, dict[int, dict[str, Any]]], version: int) -> None:
    """Turn the (Odoo 18 shaped) seed into what the same data looks like on ``version``."""
    if version >= 18:
        return
    for atype in records.get("mail.activity.type", {}).values():
        if atype.get("icon") == "fa-check":  # 17's To-Do (mail.mail_activity_data_todo)
            atype["icon"] = "fa-tasks"
    for project in records.get("project.project", {}).values():
        project["analytic_account_id"] = project.get("account_id") or False
