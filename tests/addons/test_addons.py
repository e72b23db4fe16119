"""The Odoo addons in odoo_addons/, checked without Odoo (CI): manifests, XML data, and pylint-odoo.

Installing and running them on a real Odoo 17/18 is tests/integration/test_module.py.
"""

from __future__ import annotations

import ast
import csv
import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path
from typing import Any

import pytest

ADDONS = Path(__file__).resolve().parents[2] / "odoo_addons"
MODULES = sorted(p.parent for p in ADDONS.glob("*/__manifest__.py"))
MAIN = ADDONS / "governed_assistant"
BUSINESS_WRITE = re.compile(r"\.(write|create|unlink|action_post|button_\w+|message_post)\(")


def manifest(module: Path) -> dict[str, Any]:
    value = ast.literal_eval((module / "__manifest__.py").read_text())
    assert isinstance(value, dict)
    return value


def xml_files(module: Path) -> list[Path]:
    return sorted(module.rglob("*.xml"))


def test_the_module_and_its_optional_parts_are_there() -> None:
    names = {m.name for m in MODULES}
    assert {
        "governed_assistant",
        "governed_assistant_sale",
        "governed_assistant_hr_expense",
        "governed_assistant_approvals",
    } <= names


@pytest.mark.parametrize("module", MODULES, ids=lambda m: m.name)
def test_manifest(module: Path) -> None:
    data = manifest(module)
    assert data["license"] == "LGPL-3"
    # one tree for Odoo 17 and 18: a plain x.y.z (Odoo prefixes its series; "18.0.x.y.z" is refused by 17)
    assert re.fullmatch(r"\d+\.\d+\.\d+", data["version"])
    for key in ("name", "summary", "author", "category", "depends"):
        assert data.get(key), key
    for path in data.get("data", []):
        assert (module / path).is_file(), path
    if module == MAIN:
        assert set(data["depends"]) == {"mail", "project", "account", "base_automation"}
        assert data["post_init_hook"] == "post_init_hook" and data["uninstall_hook"] == "uninstall_hook"
        assert not data.get("auto_install")
    else:  # an optional part: installed by Odoo when both the module and the app are
        assert data["auto_install"] is True and data["depends"][0] == "governed_assistant"
        assert len(data["depends"]) == 2
    listed = {str(p.relative_to(module)) for p in xml_files(module)}
    assert listed == set(data.get("data", [])), "every XML file is loaded, and only those"


@pytest.mark.parametrize(
    "path", [p for m in MODULES for p in xml_files(m)], ids=lambda p: str(p.relative_to(ADDONS))
)
def test_xml_parses_and_ids_are_namespaced(path: Path) -> None:
    root = ET.parse(path).getroot()
    assert root.tag == "odoo"
    module = path.relative_to(ADDONS).parts[0]
    for record in root.iter("record"):
        xmlid = record.get("id", "")
        assert xmlid and "." not in xmlid, f"{xmlid!r}: declare records in this module's namespace"
        fields = {f.get("name"): f for f in record.iter("field")}
        if record.get("model") in ("ir.actions.server", "ir.cron"):
            code = (fields["code"].text or "").strip()
            assert code.startswith(
                ('action = env["governed.assistant.service"]', 'env["governed.assistant.service"]')
            )
            assert not BUSINESS_WRITE.search(code), "server actions only call the service client"
        if record.get("model") in ("base.automation", "ir.cron"):
            assert fields["active"].get("eval") == "False", f"{xmlid} must ship inactive"
    for ref in re.findall(r'ref="([^"]+)"', path.read_text()) + re.findall(
        r"ref\('([^']+)'\)", path.read_text()
    ):
        owner = ref.split(".")[0] if "." in ref else module
        deps = set(manifest(ADDONS / module)["depends"]) | {module, "base"}
        assert owner in deps or owner == "governed_assistant", f"{ref}: module {owner} is not a dependency"


def test_rules_and_cron_call_the_api_like_the_server_action() -> None:
    root = ET.parse(MAIN / "data" / "base_automation_data.xml").getroot()
    rules = {r.get("id"): {f.get("name"): f for f in r.iter("field")} for r in root.iter("record")}
    assert {"automation_project_status", "automation_invoice_posted", "automation_invoice_email"} <= set(
        rules
    )
    assert rules["automation_invoice_email"]["trigger"].text == "on_message_received"
    stage = rules["automation_project_status"]["trigger_field_ids"].get("eval", "")
    assert "stage_id" in stage and "date_start" in stage
    actions = [r for r in rules.values() if r["model_id"] is not None and "code" in r]
    assert len(actions) == 3 and all(a["usage"].text == "base_automation" for a in actions)
    cron = ET.parse(MAIN / "data" / "ir_cron_data.xml").getroot().find("record")
    assert cron is not None and cron.get("id") == "cron_weekly_status"


def test_python_strings_shown_to_users_are_translatable() -> None:
    source = (MAIN / "models" / "governed_assistant_service.py").read_text()
    tree = ast.parse(source)
    raised = [
        n
        for n in ast.walk(tree)
        if isinstance(n, ast.Raise)
        and isinstance(n.exc, ast.Call)
        and getattr(n.exc.func, "id", "") == "UserError"
    ]
    assert raised
    for node in raised:
        [arg] = node.exc.args  # type: ignore[union-attr]
        assert isinstance(arg, ast.Call) and getattr(arg.func, "id", "") == "_", ast.unparse(node)


def test_translation_template_covers_the_module() -> None:
    pot = MAIN / "i18n" / "governed_assistant.pot"
    assert pot.is_file()
    text = pot.read_text()
    for phrase in ("Ask the assistant", "AI review", "Test connection", "cannot be reached"):
        assert phrase in text, phrase


def test_security_csv_when_present_is_well_formed() -> None:
    for path in ADDONS.rglob("ir.model.access.csv"):
        rows = list(csv.DictReader(path.open()))
        assert rows and set(rows[0]) >= {"id", "model_id:id", "perm_read"}


def test_pylint_odoo_is_clean() -> None:
    pytest.importorskip("pylint_odoo", reason="pylint-odoo not installed (dev extra)")
    done = subprocess.run(
        [sys.executable, "-m", "pylint", f"--rcfile={ADDONS / '.pylintrc'}", *map(str, MODULES)],
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert done.returncode == 0, done.stdout + done.stderr
