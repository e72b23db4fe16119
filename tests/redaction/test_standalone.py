"""``redaction`` stands alone: it imports nothing from ``assistant`` and works without it (issue 10).

The subprocess test copies ``redaction/`` into an empty directory and runs ``python -I`` (no PYTHONPATH, no
current directory on the path) with an import hook that refuses ``assistant``: if any module of the package
reached for it, the import or the redaction would fail. These tests themselves import nothing from
``assistant``.
"""

from __future__ import annotations

import ast
import shutil
import subprocess
import sys
from pathlib import Path

import redaction
from redaction import Redactor, errors
from redaction.settings import RedactionSettings

PACKAGE = Path(redaction.__file__).resolve().parent
TESTS = Path(__file__).resolve().parent

SCRIPT = """
import sys
sys.path.insert(0, {root!r})

class Refuse:
    def find_spec(self, name, path=None, target=None):
        if name == "assistant" or name.startswith("assistant."):
            raise ImportError("assistant must not be imported by redaction")
        return None

sys.meta_path.insert(0, Refuse())
import redaction
assert redaction.__file__.startswith({root!r}), redaction.__file__
from redaction import RecordContext, Redactor, RedactionSettings
from redaction.errors import InputError
redactor = Redactor(RedactionSettings(ner="off"))
ctx = RecordContext()
ctx.add("PERSON", "Jürgen Müller")
print(redactor.session(ctx).redact("Herr Müller: jm@example.org, +49 40 1234567"))
try:
    redactor.session().redact(b"bytes")
except InputError as exc:
    print("InputError", exc.exit_code)
print("assistant" in sys.modules)
"""


def _imports(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names |= {alias.name for alias in node.names}
        elif isinstance(node, ast.ImportFrom) and node.module:
            names.add(node.module)
    return names


def test_no_module_of_the_package_imports_assistant() -> None:
    offenders = {
        str(path.relative_to(PACKAGE)): sorted(n for n in _imports(path) if n.split(".")[0] == "assistant")
        for path in PACKAGE.rglob("*.py")
    }
    assert {k: v for k, v in offenders.items() if v} == {}


def test_the_package_tests_import_nothing_from_assistant() -> None:
    """Only the CLI test (which tests the ``assistant`` commands) may import the application."""
    offenders = {
        path.name: sorted(n for n in _imports(path) if n.split(".")[0] == "assistant")
        for path in TESTS.glob("*.py")
        if path.name != "test_cli.py"
    }
    assert {k: v for k, v in offenders.items() if v} == {}


def test_import_and_redact_in_a_process_without_assistant(tmp_path: Path) -> None:
    shutil.copytree(PACKAGE, tmp_path / "redaction", ignore=shutil.ignore_patterns("__pycache__"))
    proc = subprocess.run(
        [sys.executable, "-I", "-c", SCRIPT.format(root=str(tmp_path))],
        capture_output=True,
        text=True,
        timeout=120,
        cwd=tmp_path,
    )
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.splitlines() == [
        "Herr <PERSON_1>: <EMAIL_1>, <PHONE_1>",
        "InputError 2",
        "False",
    ]


def test_own_settings_and_errors() -> None:
    settings = RedactionSettings(ner="off", allow_list=["Northwind Advisory"])
    redactor = Redactor(settings)
    assert redactor.describe()["mode"] == "patterns+record"
    assert (
        redactor.session().redact("Northwind Advisory met Wiebke Harmsen")
        == "Northwind Advisory met <PERSON_1>"
    )
    assert issubclass(errors.LeakBlocked, errors.Error) and errors.InputError("x").error_class == "InputError"
