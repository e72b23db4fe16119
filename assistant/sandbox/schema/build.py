"""Regenerate the sandbox's field schemas from the captured Odoo 18 transcripts.

This is a developer tool, not used at runtime.  The simulation needs the exact
``fields_get`` answer of a real Odoo 18 server for every model it serves; those
answers were captured in ``tests/fixtures/odoo18`` (the ``*_odoorpc_model_proxy_*``
files hold complete ``fields_get`` responses, ``fields/<model>.json`` hold a
reduced attribute set).  This script copies them into
``assistant/sandbox/schema/<model>.json`` (one field per line, so diffs stay
readable) and, for models only available with reduced attributes, fills in the
attributes a real server always returns.

Usage::

    python -m assistant.sandbox.schema.build [FIXTURES_DIR]
"""

from __future__ import annotations

import glob
import json
import sys
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
DEFAULT_FIXTURES = HERE.parents[2] / "tests" / "fixtures" / "odoo18"

#: full fields_get responses: file prefix -> model
FULL = {
    "03": "project.project",
    "05": "project.task",
    "08": "account.analytic.line",
    "10": "account.move",
    "12": "hr.expense",
    "14": "crm.lead",
    "16": "res.partner",
    "18": "mail.message",
    "20": "ir.model",
    "23": "mail.activity.type",
    "25": "ir.model.data",
    "28": "res.users",
    "30": "mail.activity",
    "45": "project.task.type",
}
#: models only dumped with attributes [string,type,relation,required,readonly,selection,store]
REDUCED = ["account.move.line", "hr.employee", "sale.order", "sale.order.line"]


def complete(name: str, attrs: dict[str, Any]) -> dict[str, Any]:
    """Add the attributes every real fields_get entry carries."""
    out: dict[str, Any] = {
        "change_default": False,
        "company_dependent": False,
        "default_export_compatible": False,
        "depends": [],
        "exportable": True,
        "groupable": bool(attrs.get("store")) and attrs["type"] not in ("one2many", "text", "html", "binary"),
        "manual": False,
        "name": name,
        "searchable": bool(attrs.get("store")),
        "sortable": bool(attrs.get("store")) and attrs["type"] not in ("one2many", "many2many", "binary"),
    }
    if attrs["type"] in ("many2one", "one2many", "many2many"):
        out["context"] = {}
        out["domain"] = []
    out.update(attrs)
    return dict(sorted(out.items()))


def dump(model: str, fields: dict[str, Any]) -> None:
    lines = [
        f"{json.dumps(k)}: {json.dumps(v, ensure_ascii=False, separators=(',', ':'))}"
        for k, v in fields.items()
    ]
    (HERE / f"{model}.json").write_text("{\n" + ",\n".join(lines) + "\n}\n", encoding="utf-8")


def main(fixtures: Path) -> None:
    for prefix, model in FULL.items():
        (path,) = glob.glob(str(fixtures / f"{prefix}_*.json"))
        data = json.loads(Path(path).read_text())
        assert data["request"]["params"]["args"][3] == model, path
        dump(model, data["response"]["result"])
    for model in REDUCED:
        data = json.loads((fixtures / "fields" / f"{model}.json").read_text())
        dump(model, {name: complete(name, attrs) for name, attrs in data.items()})
    # res.users.default_get as answered by the real server (odoorpc calls it when
    # browsing an empty res.users recordset)
    (path,) = glob.glob(str(fixtures / "48_*.json"))
    defaults = json.loads(Path(path).read_text())["response"]["result"]
    (HERE / "res.users.defaults.json").write_text(json.dumps(defaults, indent=0) + "\n")
    # the administrator's reified group fields (in_group_N / sel_groups_N_M), from env.user's read
    (path,) = glob.glob(str(fixtures / "49_*.json"))
    admin = json.loads(Path(path).read_text())["response"]["result"][0]
    groups = {k: v for k, v in admin.items() if k.startswith(("in_group_", "sel_groups_"))}
    (HERE / "res.users.admin_groups.json").write_text(json.dumps(groups, indent=0) + "\n")


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT_FIXTURES)
